import { posix } from 'node:path';
import type { ComponentSource, Problem } from '../../model/types.js';
import type { ExtractContext, ExtractResult, Extractor, SourceFile } from '../../model/extractor.js';
import { problem } from '../../model/problem.js';
import type { ManifestDeps } from './npm-family.js';
import { NpmComponents, devByReachability, manifestDeps, sourceOfReference, splitDescriptor } from './npm-family.js';
import type { YarnEntry } from './scan.js';
import { scanYarnLock } from './scan.js';

// yarn.lock, classic (v1) and berry (`__metadata` version 4 to 8). Classic names the package by
// the descriptors of the header and the version field; berry's `resolution` locator is the
// package actually installed (`name@npm:1.2.3`), which also undoes `npm:` aliases. `direct` and
// `dev` need the manifests: berry lists each workspace's dependencies in the lockfile (dev ones
// included, unmarked), classic lists none, so both read package.json where it can be read.

const ID = 'yarn';
const ORIGIN = `extract/${ID}`;
const BERRY_VERSIONS = { min: 4, max: 8 };

interface Resolved {
  name: string;
  version: string;
  source: ComponentSource;
}

/** Classic: the real package behind the header's first descriptor, and where it comes from. */
function resolveClassic(entry: YarnEntry): Resolved | string {
  const spec = entry.specs[0]!;
  const d = splitDescriptor(spec);
  // `lodash:` names the package but not what was asked for: say that the range is missing.
  if (!d && /^(?:@[^/@]+\/)?[^@/\s]+$/.test(spec)) return `descriptor "${spec}" has no version range (expected name@range)`;
  if (!d) return `descriptor "${spec}" has no package name`;
  let name = d.name;
  let range = d.rest;
  if (range.startsWith('npm:')) {
    // `alias@npm:real@range`; `name@npm:^1.0.0` is the same package with an explicit protocol.
    const target = splitDescriptor(range.slice(4));
    if (target) {
      name = target.name;
      range = target.rest;
    } else {
      range = range.slice(4);
    }
  }
  const version = entry.fields.get('version');
  if (version === undefined || version === '') return 'entry has no version';
  let source = sourceOfReference(range);
  const resolved = entry.fields.get('resolved');
  if (source === 'registry' && resolved !== undefined) {
    // package.json `resolutions` keep the original descriptor but point it elsewhere.
    if (/^(?:git\+|git:|git@|ssh:)/.test(resolved) || /^https?:\/\/codeload\.github\.com\//.test(resolved)) source = 'git';
    else if (resolved.startsWith('file:')) source = 'path';
    else if (/^https?:/.test(resolved) && !resolved.includes('/-/') && /\.(?:tgz|tar\.gz)(?:#|$)/.test(resolved)) source = 'url';
  }
  return { name, version, source };
}

/** Berry: the locator in `resolution`, with `patch:` unwrapped to the package it patches. */
function resolveBerry(entry: YarnEntry): Resolved | string {
  const resolution = entry.fields.get('resolution');
  if (resolution === undefined) return 'entry has no resolution';
  return parseLocator(resolution, entry.fields.get('version'), 0);
}

function parseLocator(locator: string, versionField: string | undefined, depth: number): Resolved | string {
  const d = splitDescriptor(locator);
  if (!d) return `resolution "${locator}" has no package name`;
  const ref = d.rest;
  if (ref.startsWith('npm:')) {
    const version = ref.slice(4);
    return version === '' ? `resolution "${locator}" has no version` : { name: d.name, version, source: 'registry' };
  }
  if (ref.startsWith('patch:')) {
    // `name@patch:name@npm%3A1.2.3#<patch path>::version=1.2.3&hash=...`: the patched package is
    // still that package at that version, and an advisory for it still applies.
    const hash = ref.indexOf('#');
    const encoded = ref.slice('patch:'.length, hash === -1 ? undefined : hash);
    let inner: string;
    try {
      inner = decodeURIComponent(encoded);
    } catch {
      return `patch resolution "${locator}" is not URL-encoded as yarn writes it`;
    }
    if (depth > 2) return `patch resolution "${locator}" nests too deeply`;
    const param = /[:&]version=([^&]+)/.exec(ref.slice(hash === -1 ? ref.length : hash));
    return parseLocator(inner, param?.[1] ?? versionField, depth + 1);
  }
  const source = sourceOfReference(ref);
  if (source === 'registry') return `resolution "${locator}" uses a protocol patchwarden does not know`;
  if (versionField === undefined || versionField === '') return `entry "${locator}" has no version`;
  return { name: d.name, version: versionField, source };
}

function readManifest(ctx: ExtractContext, lockfile: string, folder: string): { path: string; deps?: ManifestDeps } {
  const path = posix.join(posix.dirname(lockfile), folder, 'package.json');
  const text = ctx.readFile(path);
  return { path, deps: text === undefined ? undefined : manifestDeps(text) };
}

export const yarnLock: Extractor = {
  id: ID,
  description: 'yarn.lock, classic (v1) and berry (v2+, __metadata 4 to 8), with npm: aliases, workspace: and patch: entries',
  claims: (path) => posix.basename(path) === 'yarn.lock',
  extract(file: SourceFile, ctx: ExtractContext): ExtractResult {
    const scan = scanYarnLock(file.text, file.path, ORIGIN);
    const problems: Problem[] = [...scan.problems];
    const berry = scan.style === 'berry';
    if (scan.metadata) {
      const v = Number(scan.metadata.fields.get('version'));
      if (!Number.isInteger(v) || v < BERRY_VERSIONS.min || v > BERRY_VERSIONS.max) {
        problems.push(
          problem(
            ORIGIN,
            file.path,
            `__metadata version "${scan.metadata.fields.get('version') ?? ''}" is outside the versions read (${BERRY_VERSIONS.min} to ${BERRY_VERSIONS.max}); read as berry`,
            scan.metadata.line,
            'warning',
          ),
        );
      }
    } else if (berry) {
      problems.push(problem(ORIGIN, file.path, 'berry lockfile without __metadata; read as berry', 1, 'warning'));
    }

    const out = new NpmComponents(file.path);
    // Per entry: its component key, or undefined when the entry was not read.
    const keys: (string | undefined)[] = [];
    const workspaces: number[] = [];
    const specIndex = new Map<string, number>();
    const byName = new Map<string, number[]>();
    scan.entries.forEach((entry, i) => {
      for (const spec of entry.specs) if (!specIndex.has(spec)) specIndex.set(spec, i);
      const r = entry.damaged ? 'a field is damaged' : berry ? resolveBerry(entry) : resolveClassic(entry);
      if (typeof r === 'string') {
        problems.push(problem(ORIGIN, file.path, `${r}; entry "${entry.specs.join(', ')}" not read`, entry.line));
        keys.push(undefined);
        return;
      }
      keys.push(out.add(r.name, r.version, r.source, entry.line));
      if (r.source === 'workspace') workspaces.push(i);
      const named = byName.get(r.name);
      if (named) named.push(i);
      else byName.set(r.name, [i]);
    });

    const resolveDep = (name: string, range: string): number | undefined => {
      const exact = specIndex.get(`${name}@${range}`);
      if (exact !== undefined) return exact;
      // Berry before lockfile v8 writes dependency ranges without the default `npm:` protocol.
      if (berry && !/^[a-z]+:/.test(range)) {
        const npm = specIndex.get(`${name}@npm:${range}`);
        if (npm !== undefined) return npm;
      }
      // A `resolutions` override keeps the original range in the dependant; a single entry of
      // that name is then the one installed.
      const named = byName.get(name);
      return named?.length === 1 ? named[0] : undefined;
    };

    const wsSet = new Set(workspaces);
    const edges = scan.entries.map((entry, i) => {
      // A workspace's own dependencies are roots, split by its manifest; walking through it would
      // make its devDependencies look like run-time ones of whatever depends on it.
      if (wsSet.has(i)) return [];
      const targets: number[] = [];
      for (const [name, range] of entry.deps) {
        const t = resolveDep(name, range);
        if (t !== undefined) targets.push(t);
      }
      return targets;
    });

    const roots = { prod: [] as number[], dev: [] as number[], unknown: [] as number[] };
    let directKnown = false;
    let devKnown = false;
    if (berry) {
      directKnown = workspaces.length > 0;
      const unread: { path: string; line: number }[] = [];
      for (const w of workspaces) {
        const entry = scan.entries[w]!;
        const resolution = entry.fields.get('resolution') ?? '';
        const folder = resolution.slice(resolution.indexOf('@workspace:') + '@workspace:'.length);
        const manifest = readManifest(ctx, file.path, folder);
        if (!manifest.deps) unread.push({ path: manifest.path, line: entry.line });
        for (const [name, range] of entry.deps) {
          const t = resolveDep(name, range);
          if (t === undefined) continue;
          const key = keys[t];
          if (key !== undefined) out.markDirect(key);
          if (manifest.deps?.prod.has(name)) roots.prod.push(t);
          else if (manifest.deps?.dev.has(name)) roots.dev.push(t);
          else roots.unknown.push(t);
        }
      }
      devKnown = workspaces.length > 0;
      if (unread.length > 0) {
        problems.push(
          problem(
            ORIGIN,
            file.path,
            `dev flags not derived for the dependencies of ${unread.length} workspace(s) whose package.json was not readable (first: ${unread[0]!.path}, this entry)`,
            unread[0]!.line,
            'notice',
          ),
        );
      }
    } else {
      const manifest = readManifest(ctx, file.path, '.');
      if (!manifest.deps || manifest.deps.hasWorkspaces) {
        problems.push(
          problem(
            ORIGIN,
            file.path,
            manifest.deps
              ? `direct and dev flags not derived: ${manifest.path} declares workspaces, whose manifests a classic lockfile does not name`
              : `direct and dev flags not derived: ${manifest.path} not readable`,
            1,
            'notice',
          ),
        );
      } else {
        directKnown = true;
        devKnown = true;
        for (const [kind, deps] of [['prod', manifest.deps.prod], ['dev', manifest.deps.dev]] as const) {
          for (const [name, range] of deps) {
            const t = resolveDep(name, range);
            if (t === undefined) continue;
            const key = keys[t];
            if (key !== undefined) out.markDirect(key);
            roots[kind].push(t);
          }
        }
      }
    }

    if (devKnown) {
      const dev = devByReachability(scan.entries.length, edges, roots);
      keys.forEach((key, i) => {
        const d = dev[i];
        if (key !== undefined && d !== null) out.noteDev(key, d);
      });
    }
    return { components: out.build(directKnown), problems };
  },
};
