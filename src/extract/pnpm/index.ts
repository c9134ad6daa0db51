import { posix } from 'node:path';
import type { ComponentSource, Problem } from '../../model/types.js';
import type { ExtractResult, Extractor, SourceFile } from '../../model/extractor.js';
import { problem } from '../../model/problem.js';
import { NpmComponents, devByReachability, sourceOfReference, splitDescriptor } from '../yarn/npm-family.js';
import type { LockMap, LockValue, PnpmEntry } from './view.js';
import { parsePnpmView, readPnpmView } from './view.js';

// pnpm-lock.yaml, lockfileVersion 5.x, 6.x and 9.x (pnpm.io/next/git#lockfile and the
// @pnpm/lockfile-types of each generation). The package key changed shape every time:
//   5.x  /name/1.2.3_peer@1.0.0      (scoped: /@scope/name/1.2.3, peers after `_`)
//   6.x  /name@1.2.3(peer@1.0.0)
//   9.x  name@1.2.3 in `packages`, with the peer variants as `snapshots` keys
// Importers (the workspace projects; the top level of a single-project 5.x/6.x file) say which
// packages are direct. 5.x and 6.x mark each package `dev: true|false` (absent: needed by both);
// 9.x dropped the flag, so it is derived by walking `snapshots` from the importers.
//
// The YAML is parsed with the `yaml` package (failsafe schema: every scalar a string, so a
// version like 1.10 stays "1.10") and walked node by node without converting to JS, so aliases
// are never expanded. A damaged file is read entry by entry (./view.ts).

const ID = 'pnpm';
const ORIGIN = `extract/${ID}`;

type Style = 'v5' | 'v6' | 'v9';

interface KeyParts {
  name?: string;
  version?: string;
  /** A non-registry reference the key carries (`file:../x`, `https://...`), for the source. */
  ref?: string;
}

function str(value: LockValue | undefined): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function mapOf(value: LockValue | undefined): LockMap | undefined {
  return typeof value === 'object' && value !== null ? value : undefined;
}

/** `(peer@1.0.0)(other@2)` suffixes of 6.x/9.x keys and references. */
function stripParens(s: string): string {
  const i = s.indexOf('(');
  return i === -1 ? s : s.slice(0, i);
}

function parseKey(key: string, style: Style): KeyParts {
  if (style === 'v5') {
    if (!key.startsWith('/')) return { ref: key, ...tailNameVersion(key) };
    const segs = key.slice(1).split('/');
    const scoped = segs[0]?.startsWith('@') ?? false;
    const name = scoped ? `${segs[0]}/${segs[1] ?? ''}` : segs[0];
    const rest = segs.slice(scoped ? 2 : 1).join('/');
    // Versions never hold `_`, so the first one starts the peer suffix.
    const version = rest.split('_')[0];
    return name && version ? { name, version } : {};
  }
  const bare = style === 'v6' ? (key.startsWith('/') ? key.slice(1) : undefined) : key;
  if (bare === undefined) return { ref: key };
  const d = splitDescriptor(stripParens(bare));
  if (!d || d.rest === '') return {};
  if (/^\d/.test(d.rest)) return { name: d.name, version: d.rest };
  return { name: d.name, ref: d.rest };
}

/** `registry.example.com/name/1.2.3`: a 5.x key of a package from a non-default registry. */
function tailNameVersion(key: string): KeyParts {
  const segs = key.split('/');
  const version = segs[segs.length - 1]?.split('_')[0];
  if (!version || !/^\d+\.\d+\.\d+/.test(version) || segs.length < 3) return {};
  const last = segs[segs.length - 2]!;
  const scope = segs[segs.length - 3]!;
  return { name: scope.startsWith('@') ? `${scope}/${last}` : last, version };
}

/** Where a package's code comes from, by its `resolution` first and its key second. */
function sourceOf(entry: LockMap | undefined, ref: string | undefined): ComponentSource {
  const resolution = entry ? mapOf(entry.get('resolution')) : undefined;
  if (resolution) {
    const type = str(resolution.get('type'));
    if (type === 'directory' || resolution.get('directory') !== undefined) return 'path';
    if (type === 'git' || resolution.get('repo') !== undefined) return 'git';
    const tarball = str(resolution.get('tarball'));
    if (tarball !== undefined) {
      if (tarball.startsWith('file:')) return 'path';
      if (/^https?:\/\/codeload\.github\.com\//.test(tarball)) return 'git';
      // A registry tarball (`.../name/-/name-1.2.3.tgz`) is still the registry package.
      if (!tarball.includes('/-/')) return 'url';
    }
  }
  if (ref === undefined) return 'registry';
  const bySpec = sourceOfReference(ref);
  if (bySpec !== 'registry') return bySpec;
  // 5.x/6.x keys of non-registry packages: `github.com/owner/repo/<commit>`, `file:`, a host.
  if (/^(?:github\.com|gitlab\.com|bitbucket\.org)\//.test(ref)) return 'git';
  return 'registry';
}

/** The lockfile keys an importer's or a package's dependency (`name: ref`) may stand under. */
function candidates(name: string, ref: string, style: Style): string[] {
  if (style === 'v5') return ref.startsWith('/') || ref.includes('/') ? [ref] : [`/${name}/${ref}`];
  if (style === 'v6') return ref.startsWith('/') ? [ref] : /^\d/.test(ref) ? [`/${name}@${ref}`] : [ref, `/${name}@${ref}`];
  if (/^\d/.test(ref)) return [`${name}@${ref}`];
  // An alias (`real@1.2.3`) names its own package; a URL or path is this package's reference.
  const alias = splitDescriptor(ref);
  if (alias && !/^[a-z+]+:/.test(ref) && !alias.name.includes(':')) return [ref, `${name}@${ref}`];
  return [`${name}@${ref}`];
}

/** `dependencies: {name: ref}` (5.x importers, packages, snapshots) or `{name: {specifier, version}}` (6.x+ importers). */
function depRefs(section: LockValue | undefined): [string, string][] {
  const out: [string, string][] = [];
  mapOf(section)?.forEach((name, value) => {
    const ref = str(value) ?? str(mapOf(value)?.get('version'));
    if (name !== undefined && ref !== undefined && !ref.startsWith('link:')) out.push([name, ref]);
  });
  return out;
}

function styleOf(version: string | undefined, firstKey: string | undefined): Style | undefined {
  const major = version === undefined ? NaN : parseInt(version, 10);
  if (major === 5) return 'v5';
  if (major === 6) return 'v6';
  if (major === 9) return 'v9';
  // Another version: the shape of the first package key decides.
  if (firstKey === undefined) return major >= 7 ? 'v9' : undefined;
  if (!firstKey.startsWith('/')) return 'v9';
  return splitDescriptor(firstKey.slice(1))?.rest.match(/^\d/) ? 'v6' : 'v5';
}

export const pnpmLock: Extractor = {
  id: ID,
  description: 'pnpm-lock.yaml, lockfileVersion 5.x, 6.x and 9.x, peer suffixes stripped, aliases resolved',
  claims: (path) => posix.basename(path) === 'pnpm-lock.yaml',
  extract: (file: SourceFile): ExtractResult => extractPnpmLock(file, 'scan'),
};

/**
 * `scan`: by the line scanner where the file is in pnpm's own shape, else by the YAML parse;
 * `parse`: by the YAML parse alone (what the scanner is tested against).
 */
export function extractPnpmLock(file: SourceFile, how: 'scan' | 'parse'): ExtractResult {
  const problems: Problem[] = [];
  const view = (how === 'scan' ? readPnpmView : parsePnpmView)(file.text, file.path, ORIGIN, problems);
  if (!view) return { components: [], problems };
  const versionSection = view.sections.get('lockfileVersion');
  const lockfileVersion = str(versionSection?.value);
  const packages = view.entries.get('packages');
  const style = styleOf(lockfileVersion, packages?.[0]?.key);
  if (!/^(?:5|6|9)\./.test(lockfileVersion ?? '')) {
    problems.push(
      problem(
        ORIGIN,
        file.path,
        lockfileVersion === undefined
          ? `no lockfileVersion; read as ${style ?? 'nothing'}`
          : `lockfileVersion ${lockfileVersion} is not one of 5.x, 6.x, 9.x; read with the ${style ?? '?'} rules`,
        versionSection?.line ?? 1,
        'warning',
      ),
    );
  }
  const packagesNode = view.sections.get('packages');
  if (packagesNode?.notMapping) {
    problems.push(problem(ORIGIN, file.path, '`packages` is not a mapping', packagesNode.line));
  }
  if (!packages || !style) return { components: [], problems };

  const out = new NpmComponents(file.path);
  /** Package key as written (5.x/6.x with peer suffix; 9.x without) -> component key. */
  const byKey = new Map<string, string>();
  let anyDevFlag = false;
  const devFlags: [string, string | undefined][] = [];
  for (const { key, line, value: entry } of packages) {
    const parts = parseKey(key, style);
    const name = str(entry?.get('name')) ?? parts.name;
    const version = str(entry?.get('version')) ?? parts.version;
    if (!name || !version) {
      problems.push(problem(ORIGIN, file.path, `packages["${key}"]: no package name and version in the key or the entry; not read`, line));
      continue;
    }
    const componentKey = out.add(name, version, sourceOf(entry, parts.ref), line);
    byKey.set(key, componentKey);
    const dev = str(entry?.get('dev'));
    if (dev !== undefined) anyDevFlag = true;
    devFlags.push([componentKey, dev]);
  }

  const lookup = (name: string, ref: string): string | undefined => {
    for (const c of candidates(name, ref, style)) {
      const hit = byKey.get(style === 'v9' ? stripParens(c) : c);
      if (hit !== undefined) return hit;
    }
    return undefined;
  };

  // Importers: `importers:` in workspaces (and every 9.x file); the top level of a single project before 9.x.
  const importerEntries = view.entries.get('importers');
  const importers: ((field: string) => LockValue | undefined)[] = importerEntries
    ? importerEntries.map((e) => (field: string) => e.value?.get(field))
    : [(field: string) => view.sections.get(field)?.value];
  const prodRefs: [string, string][] = [];
  const devRefs: [string, string][] = [];
  for (const imp of importers) {
    prodRefs.push(...depRefs(imp('dependencies')), ...depRefs(imp('optionalDependencies')));
    devRefs.push(...depRefs(imp('devDependencies')));
  }
  const directKnown = importerEntries !== undefined || prodRefs.length + devRefs.length > 0;
  for (const [name, ref] of [...prodRefs, ...devRefs]) {
    const hit = lookup(name, ref);
    if (hit !== undefined) out.markDirect(hit);
  }

  if (style !== 'v9') {
    // Absent means needed by both; only a file with no flag at all says nothing.
    for (const [key, dev] of devFlags) out.noteDev(key, dev === 'true' ? true : dev === 'false' || anyDevFlag ? false : undefined);
  } else {
    deriveDevV9(view.entries.get('snapshots'), byKey, prodRefs, devRefs, out);
  }
  return { components: out.build(directKnown), problems };
}

/** 9.x: walk `snapshots` (the peer variants, with their dependencies) from the importers. */
function deriveDevV9(
  snapshots: PnpmEntry[] | undefined,
  componentOf: ReadonlyMap<string, string>,
  prodRefs: [string, string][],
  devRefs: [string, string][],
  out: NpmComponents,
): void {
  if (!snapshots) return;
  const index = new Map<string, number>();
  const nodes: { component?: string; deps: [string, string][] }[] = [];
  for (const { key, value: entry } of snapshots) {
    index.set(key, nodes.length);
    nodes.push({
      component: componentOf.get(stripParens(key)),
      deps: entry ? [...depRefs(entry.get('dependencies')), ...depRefs(entry.get('optionalDependencies'))] : [],
    });
  }
  const find = (name: string, ref: string): number | undefined => {
    for (const c of candidates(name, ref, 'v9')) {
      const i = index.get(c);
      if (i !== undefined) return i;
    }
    return undefined;
  };
  const edges = nodes.map((n) => n.deps.map(([name, ref]) => find(name, ref)).filter((i): i is number => i !== undefined));
  const roots = (refs: [string, string][]): number[] =>
    refs.map(([name, ref]) => find(name, ref)).filter((i): i is number => i !== undefined);
  const dev = devByReachability(nodes.length, edges, { prod: roots(prodRefs), dev: roots(devRefs), unknown: [] });
  nodes.forEach((n, i) => {
    const d = dev[i];
    if (n.component !== undefined && d !== null) out.noteDev(n.component, d);
  });
}
