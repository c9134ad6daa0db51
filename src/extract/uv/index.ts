import type { ComponentSource, Problem } from '../../model/types.js';
import type { ExtractResult, Extractor, SourceFile } from '../../model/extractor.js';
import { isRecord } from '../../parse/json.js';
import { problem } from '../../model/problem.js';
import { PythonComponents, appendAll, devByGraph, extraNode, key, namedPackages, noVersion } from '../pip/python.js';
import { type Dangling, incompleteLock, keyLine, readTomlLock, str, strings } from '../../parse/toml-lock.js';

// uv.lock (docs.astral.sh/uv/concepts/projects/layout/#the-lockfile): one `[[package]]` table per
// distribution, reported at the line of its header. `source` says where it comes from: a
// `registry`, a `git` or `url` download, a local `path`/`directory`, or a workspace member
// (`editable`, `virtual`). The members are the roots: what they list under `dependencies`,
// `optional-dependencies` and `dev-dependencies` is direct. A package is dev when only the `dev`
// group reaches it, the group `uv sync --no-dev` leaves out; other groups count as runtime.

const ORIGIN = 'extract/uv';
const DEV_GROUP = 'dev';

function sourceOf(table: Record<string, unknown>): ComponentSource | undefined {
  const src = table.source;
  if (!isRecord(src)) return undefined;
  if ('registry' in src) return 'registry';
  if ('git' in src) return 'git';
  if ('url' in src) return 'url';
  if ('editable' in src || 'virtual' in src) return 'workspace';
  if ('path' in src || 'directory' in src) return 'path';
  return undefined;
}

interface Dep {
  /** PEP 503 name. */
  name: string;
  extras: string[];
  /** Installed only where its marker holds. */
  conditional: boolean;
}

/** A `dependencies`-style array of `{ name = ..., extra = [...], marker = ... }` tables. */
function deps(value: unknown): Dep[] {
  if (!Array.isArray(value)) return [];
  const out: Dep[] = [];
  for (const d of value) {
    const name = isRecord(d) ? str(d, 'name') : undefined;
    if (name && isRecord(d)) out.push({ name: key(name), extras: strings(d.extra), conditional: 'marker' in d });
  }
  return out;
}

/** A table of such arrays (`optional-dependencies`, `dev-dependencies`), per table key. */
function depTable(value: unknown): Map<string, Dep[]> {
  const out = new Map<string, Dep[]>();
  if (isRecord(value)) for (const [k, v] of Object.entries(value)) out.set(k, deps(v));
  return out;
}

const targets = (ds: Dep[]): string[] => ds.flatMap((d) => [d.name, ...d.extras.map((e) => extraNode(d.name, e))]);

function extract(file: SourceFile): ExtractResult {
  const lock = readTomlLock(file.text, ORIGIN, file.path);
  const problems: Problem[] = [...lock.problems];
  const version = lock.top.version;
  if (version !== undefined && version !== 1) {
    problems.push(problem(ORIGIN, file.path, `uv.lock version ${JSON.stringify(version)} is not 1; read as version 1`, keyLine(file.text, 'version'), 'warning'));
  }

  const edges = new Map<string, string[]>();
  const runtimeRoots: string[] = [];
  const devRoots: string[] = [];
  const direct = new Set<string>();
  const dangling: Dangling[] = [];
  const names = new Set(lock.packages.map((p) => str(p.table, 'name')).filter((n) => n !== undefined).map(key));
  for (const { table, line } of lock.packages) {
    const name = str(table, 'name');
    if (!name) continue;
    const own = deps(table.dependencies);
    appendAll(edges, key(name), targets(own));
    const extras = depTable(table['optional-dependencies']);
    for (const [extra, ds] of extras) appendAll(edges, extraNode(key(name), extra), targets(ds));
    // Dependencies without a marker are installed everywhere, so the lock must hold them.
    for (const d of own) if (!d.conditional && !names.has(d.name)) dangling.push({ from: name, to: d.name, line });
    if (sourceOf(table) !== 'workspace') continue;
    // A member's own dependencies and extras are the runtime; its groups are dev only when named `dev`.
    const groups: [string | undefined, Dep[]][] = [[undefined, own], ...[...extras.values()].map((ds): [undefined, Dep[]] => [undefined, ds])];
    groups.push(...depTable(table['dev-dependencies']));
    for (const [group, ds] of groups) {
      (group === DEV_GROUP ? devRoots : runtimeRoots).push(...targets(ds));
      for (const d of ds) direct.add(d.name);
    }
  }
  const gap = incompleteLock(ORIGIN, file.path, dangling);
  if (gap) problems.push(gap);
  if (!lock.packages.some((p) => sourceOf(p.table) === 'workspace')) {
    // Every project lock holds the project itself.
    const line = lock.packages[lock.packages.length - 1]?.line ?? 1;
    problems.push(problem(ORIGIN, file.path, 'no workspace member (editable or virtual source): the lock is incomplete or was cut short', line, 'warning'));
  }
  const devOf = devByGraph(runtimeRoots, devRoots, edges);

  const out = new PythonComponents(file.path);
  for (const { table, line, name } of namedPackages(lock.packages, ORIGIN, file.path, problems)) {
    const source = sourceOf(table);
    if (source === undefined) {
      problems.push(problem(ORIGIN, file.path, `package "${name}": no recognised source; not matched`, line, 'warning'));
      continue;
    }
    const v = str(table, 'version');
    if (!v) {
      // Workspace members with a dynamic version have none; they are the project itself.
      problems.push(noVersion(ORIGIN, file.path, name, line, source));
      continue;
    }
    const isMember = source === 'workspace';
    out.add({ name, version: v, line, source, direct: isMember ? undefined : direct.has(key(name)), dev: isMember ? undefined : devOf(name) });
  }
  return { components: out.list(), problems };
}

export const uvLock: Extractor = {
  id: 'uv',
  description: 'uv.lock (version 1; direct and dev from the workspace members\' dependencies and groups)',
  claims: (path) => /(^|\/)uv\.lock$/.test(path),
  extract,
};
