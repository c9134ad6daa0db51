import type { Component, ComponentSource, Problem } from '../../model/types.js';
import type { ExtractResult, Extractor, SourceFile } from '../../model/extractor.js';
import { isRecord } from '../../parse/json.js';
import { makeComponent } from '../../model/component.js';
import { problem } from '../../model/problem.js';
import { splitLines } from '../../parse/lines.js';
import { type Dangling, incompleteLock, keyLine, readTomlLock, str, strings } from '../../parse/toml-lock.js';

// Cargo.lock, versions 1 to 4 (cargo's src/cargo/core/resolver/encode.rs). Every version is an
// array of `[[package]]` tables, reported at the line of their header; they differ in how a
// dependency names its target ("name version (source)" in v1, the shortest unambiguous form
// since v2), where checksums live (a `[metadata]` table in v1, a `checksum` key since v2) and, in
// the oldest v1 files, a separate `[root]` table for the root crate. A package without `source`
// is a workspace member or path dependency; `git+` is a git checkout; only crates.io itself is
// the registry advisories speak about, so another registry's crate is kept but not matched.

const ORIGIN = 'extract/cargo';
const ECOSYSTEM = 'crates.io';
const CRATES_IO = new Set(['registry+https://github.com/rust-lang/crates.io-index', 'sparse+https://index.crates.io/']);

function sourceOf(source: string | undefined): ComponentSource {
  if (source === undefined) return 'path';
  if (CRATES_IO.has(source)) return 'registry';
  if (source.startsWith('git+')) return 'git';
  if (source.startsWith('path+')) return 'path';
  return 'url';
}

interface Entry {
  name: string;
  version: string;
  source: string | undefined;
  line: number;
  dependencies: string[];
}

/** `name`, `name version` or `name version (source)`: the package entries it can mean. */
function resolveDep(dep: string, byName: Map<string, Entry[]>): Entry[] {
  const m = /^(\S+)(?:\s+(\S+))?(?:\s+\((.+)\))?$/.exec(dep.trim());
  if (!m) return [];
  const [, name, version, source] = m;
  return (byName.get(name!) ?? []).filter((e) => (version === undefined || e.version === version) && (source === undefined || e.source === source));
}

/** The line of a `[root]` header (v1 files from before cargo 0.23). */
function rootLine(text: string): number {
  const i = splitLines(text).findIndex((l) => /^\s*\[\s*root\s*\]\s*(#.*)?$/.test(l));
  return i + 1 || 1;
}

function extract(file: SourceFile): ExtractResult {
  const lock = readTomlLock(file.text, ORIGIN, file.path);
  const problems: Problem[] = [...lock.problems];
  const version = lock.top.version;
  if (version !== undefined && !(typeof version === 'number' && version >= 1 && version <= 4)) {
    problems.push(problem(ORIGIN, file.path, `Cargo.lock version ${JSON.stringify(version)} is not 1 to 4; read as version 4`, keyLine(file.text, 'version'), 'warning'));
  }
  const tables = [...lock.packages];
  if (isRecord(lock.top.root)) tables.unshift({ table: lock.top.root, line: rootLine(file.text), partial: false });

  const entries: Entry[] = [];
  for (const { table, line, partial } of tables) {
    const name = str(table, 'name');
    const v = str(table, 'version');
    if (!name || !v) {
      if (!partial || name) {
        problems.push(problem(ORIGIN, file.path, `package ${name ? `"${name}"` : ''} without a ${name ? 'version' : 'name'}; not matched`, line, 'warning'));
      }
      continue;
    }
    entries.push({ name, version: v, source: str(table, 'source'), line, dependencies: strings(table.dependencies) });
  }

  const byName = new Map<string, Entry[]>();
  for (const e of entries) {
    const list = byName.get(e.name);
    if (list) list.push(e);
    else byName.set(e.name, [e]);
  }
  // What the workspace's own crates (no source) depend on is direct.
  const direct = new Set<Entry>();
  const dangling: Dangling[] = [];
  for (const e of entries) {
    for (const d of e.dependencies) {
      const targets = resolveDep(d, byName);
      if (targets.length === 0) dangling.push({ from: e.name, to: d, line: e.line });
      if (e.source === undefined) for (const t of targets) direct.add(t);
    }
  }
  const gap = incompleteLock(ORIGIN, file.path, dangling);
  if (gap) problems.push(gap);
  if (!entries.some((e) => e.source === undefined)) {
    // Every Cargo.lock holds the workspace's own crates.
    const line = entries[entries.length - 1]?.line ?? 1;
    problems.push(problem(ORIGIN, file.path, 'no workspace crate (a package without source): the lock is incomplete or was cut short', line, 'warning'));
  }

  const components: Component[] = [];
  const otherRegistries = new Map<string, number>();
  for (const e of entries) {
    const source = sourceOf(e.source);
    if (source === 'url' && e.source !== undefined && !otherRegistries.has(e.source)) otherRegistries.set(e.source, e.line);
    components.push(
      makeComponent({
        ecosystem: ECOSYSTEM,
        name: e.name,
        version: e.version,
        file: file.path,
        line: e.line,
        source,
        direct: source === 'path' ? undefined : direct.has(e),
      }),
    );
  }
  for (const [s, line] of otherRegistries) {
    problems.push(problem(ORIGIN, file.path, `crates from "${s}" are not from crates.io; listed but not matched`, line, 'notice'));
  }
  return { components, problems };
}

export const cargoLock: Extractor = {
  id: 'cargo',
  description: 'Cargo.lock versions 1 to 4 (path and git crates listed, not matched; direct from workspace members)',
  claims: (path) => /(^|\/)Cargo\.lock$/.test(path),
  extract,
};
