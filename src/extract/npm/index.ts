import type { Component, ComponentSource, Problem } from '../../model/types.js';
import type { ExtractContext, ExtractResult, Extractor, SourceFile } from '../../model/extractor.js';
import { KEY_SEP, isRecord, locateJsonKeys, parseJson } from '../../parse/json.js';
import { makeComponent } from '../../model/component.js';
import { problem } from '../../model/problem.js';

// package-lock.json and npm-shrinkwrap.json, lockfile versions 1, 2 and 3
// (docs.npmjs.com/cli/configuring-npm/package-lock-json). Versions 2 and 3 list every installed
// folder under `packages` keyed by its path; version 1 nests `dependencies` as node_modules does.
// Version 2 carries both; the `packages` view is the exact one and wins.

const ORIGIN = 'extract/npm';
const NODE_MODULES = 'node_modules/';

/** The package name a `packages` key installs: the part after the last `node_modules/`. */
function nameFromKey(key: string): string | undefined {
  const i = key.lastIndexOf(NODE_MODULES);
  return i === -1 ? undefined : key.slice(i + NODE_MODULES.length);
}

/** Where a resolved/version string says the code comes from, when it is not the registry. */
function sourceOf(spec: string | undefined): ComponentSource {
  if (!spec) return 'registry';
  if (/^(git\+|git:|github:|gitlab:|bitbucket:)/.test(spec) || /^[^/@:]+\/[^/]+#/.test(spec)) return 'git';
  if (spec.startsWith('file:')) return 'path';
  if (spec.startsWith('link:')) return 'link';
  if (/^https?:/.test(spec) && !/\/-\/[^/]+\.tgz(\?|#|$)/.test(spec)) return 'url';
  return 'registry';
}

/** Names the project itself depends on, from the root and workspace entries, for `direct`. */
function directNames(entry: Record<string, unknown>, into: Set<string>): void {
  for (const field of ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies']) {
    const deps = entry[field];
    if (isRecord(deps)) for (const name of Object.keys(deps)) into.add(name);
  }
}

function npmComponent(file: SourceFile, name: string, version: string, line: number, direct: boolean, dev: boolean, source: ComponentSource): Component {
  return makeComponent({ ecosystem: 'npm', name, version, file: file.path, line, direct, dev, source });
}

function fromPackages(
  file: SourceFile,
  packages: Record<string, unknown>,
  components: Component[],
  problems: Problem[],
): void {
  const lines = locateJsonKeys(file.text, (p) => p.length === 2 && p[0] === 'packages');
  // A key that is not under node_modules is the root ("") or a workspace folder: their manifests
  // say which packages the project asked for. Installed copies right below them are direct.
  const directByOwner = new Map<string, Set<string>>();
  for (const [key, entry] of Object.entries(packages)) {
    if (!isRecord(entry) || key.includes(NODE_MODULES) || key.startsWith(NODE_MODULES.slice(0, -1))) continue;
    const names = new Set<string>();
    directNames(entry, names);
    directByOwner.set(key, names);
  }
  for (const [key, entry] of Object.entries(packages)) {
    const name = nameFromKey(key);
    if (name === undefined) continue;
    const line = lines.get(`packages${KEY_SEP}${key}`) ?? 1;
    if (!isRecord(entry)) {
      problems.push(problem(ORIGIN, file.path, `packages["${key}"]: expected an object`, line));
      continue;
    }
    // A link is the workspace folder itself, listed again under its own key.
    if (entry.link === true) continue;
    const realName = typeof entry.name === 'string' ? entry.name : name;
    const version = entry.version;
    if (typeof version !== 'string' || version === '') {
      problems.push(problem(ORIGIN, file.path, `packages["${key}"]: no version; not matched`, line, 'warning'));
      continue;
    }
    const owner = key.slice(0, key.length - NODE_MODULES.length - name.length).replace(/\/$/, '');
    const direct = directByOwner.get(owner)?.has(name) ?? false;
    const resolved = typeof entry.resolved === 'string' ? entry.resolved : undefined;
    components.push(npmComponent(file, realName, version, line, direct, entry.dev === true, sourceOf(resolved ?? version)));
  }
}

function fromDependencies(
  file: SourceFile,
  root: Record<string, unknown>,
  components: Component[],
  problems: Problem[],
): void {
  // Keys alternate: dependencies, <name>, dependencies, <name>, ...
  const lines = locateJsonKeys(
    file.text,
    (p) => p.length % 2 === 0 && p.every((k, i) => i % 2 === 1 || k === 'dependencies'),
  );
  const direct = new Set<string>();
  directNames(root, direct);
  // v1 lockfiles do not record the root manifest's dependencies; every top-level entry that is
  // not required by another entry is taken as direct.
  const required = new Set<string>();
  const top = root.dependencies;
  if (isRecord(top)) {
    for (const entry of Object.values(top)) {
      if (isRecord(entry) && isRecord(entry.requires)) for (const r of Object.keys(entry.requires)) required.add(r);
    }
  }
  const walk = (deps: Record<string, unknown>, path: string[], depth: number): void => {
    for (const [name, entry] of Object.entries(deps)) {
      const keyPath = [...path, 'dependencies', name];
      const line = lines.get(keyPath.join(KEY_SEP)) ?? 1;
      if (!isRecord(entry)) {
        problems.push(problem(ORIGIN, file.path, `dependencies["${name}"]: expected an object`, line));
        continue;
      }
      let version = typeof entry.version === 'string' ? entry.version : '';
      let realName = name;
      // An alias records the real package as `npm:<name>@<version>`.
      const alias = /^npm:((?:@[^/]+\/)?[^@]+)@(.+)$/.exec(version);
      if (alias) {
        realName = alias[1]!;
        version = alias[2]!;
      }
      if (version === '') {
        problems.push(problem(ORIGIN, file.path, `dependencies["${name}"]: no version; not matched`, line, 'warning'));
      } else {
        const isDirect = depth === 0 && (direct.size > 0 ? direct.has(name) : !required.has(name));
        const source = sourceOf(typeof entry.resolved === 'string' ? entry.resolved : version);
        components.push(npmComponent(file, realName, version, line, isDirect, entry.dev === true, source));
      }
      if (isRecord(entry.dependencies)) walk(entry.dependencies, keyPath, depth + 1);
    }
  };
  if (isRecord(top)) walk(top, [], 0);
}

function extract(file: SourceFile, ctx?: ExtractContext): ExtractResult {
  const components: Component[] = [];
  const problems: Problem[] = [];
  // npm reads npm-shrinkwrap.json and ignores package-lock.json when a folder has both
  // (docs.npmjs.com, "npm-shrinkwrap.json"): what it installs is the shrinkwrap's.
  const lock = /(^|\/)package-lock\.json$/.exec(file.path);
  if (lock && ctx?.readFile(`${file.path.slice(0, lock.index + lock[1]!.length)}npm-shrinkwrap.json`) !== undefined) {
    return { components, problems: [problem(ORIGIN, file.path, 'not read: npm-shrinkwrap.json beside it wins (npm ignores package-lock.json when both exist)', 1, 'notice')] };
  }
  const parsed = parseJson(file.text, ORIGIN, file.path);
  if (parsed.problem) return { components, problems: [parsed.problem] };
  const root = parsed.value;
  if (!isRecord(root)) {
    return { components, problems: [problem(ORIGIN, file.path, 'expected a JSON object at the top level', 1)] };
  }
  const version = root.lockfileVersion;
  if (typeof version !== 'number' || ![1, 2, 3].includes(version)) {
    problems.push(
      problem(ORIGIN, file.path, `lockfileVersion ${JSON.stringify(version)} is not 1, 2 or 3; read as the closest known shape`, 1, 'warning'),
    );
  }
  if (isRecord(root.packages)) fromPackages(file, root.packages, components, problems);
  else if (isRecord(root.dependencies)) fromDependencies(file, root, components, problems);
  else if (version !== undefined) problems.push(problem(ORIGIN, file.path, 'no `packages` or `dependencies`: nothing installed', 1, 'notice'));
  return { components, problems };
}

export const npmLock: Extractor = {
  id: 'npm',
  description: 'package-lock.json and npm-shrinkwrap.json, lockfile versions 1, 2 and 3',
  claims: (path) => /(^|\/)(package-lock|npm-shrinkwrap)\.json$/.test(path),
  extract,
};
