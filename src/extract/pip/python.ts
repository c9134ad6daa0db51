import type { Component, ComponentSource, Problem } from '../../model/types.js';
import { normaliseName } from '../../model/names.js';
import type { ExtractContext } from '../../model/extractor.js';
import { isRecord } from '../../parse/json.js';
import { makeComponent } from '../../model/component.js';
import { problem } from '../../model/problem.js';
import { type TomlPackage, readTomlLock } from '../../parse/toml-lock.js';

// What the Python lockfile extractors share: PEP 508 names, the project's own declarations in
// pyproject.toml (for `direct`, and for `dev` where the lockfile does not say), a reachability
// walk over the lock's dependency graph, and folding of entries that name the same package.

export const PYPI = 'PyPI';

/** PEP 508 name: letters and digits, with `.`, `_`, `-` inside. */
const NAME = /^[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?/;

/** The distribution name at the start of a PEP 508 requirement string, or undefined. */
export function pep508Name(spec: string): string | undefined {
  const m = NAME.exec(spec.trimStart());
  return m ? m[0] : undefined;
}

export const key = (name: string): string => normaliseName(PYPI, name);

/**
 * Dependency-graph node for what `extra` of a package adds. Nodes are PEP 503 names, or
 * `name[extra]`: an edge that asks for extras reaches those nodes too, so an extra nobody asks
 * for reaches nothing.
 */
export const extraNode = (name: string, extra: string): string => `${key(name)}[${key(extra)}]`;

/** The node a PEP 508 requirement reaches and the nodes of the extras it asks for. */
export function pep508Nodes(spec: string): string[] {
  const name = pep508Name(spec);
  if (!name) return [];
  const extras = /^\s*\[([^\]]*)\]/.exec(spec.trimStart().slice(name.length));
  const wanted = extras ? extras[1]!.split(',').map((e) => e.trim()).filter((e) => e !== '') : [];
  return [key(name), ...wanted.map((e) => extraNode(name, e))];
}

/** The folder part of a `/`-separated relative path, with its trailing slash ('' at the root). */
export function dirOf(path: string): string {
  return path.slice(0, path.lastIndexOf('/') + 1);
}

/** What the project itself declares, by PEP 503 name. */
export interface ProjectDeclarations {
  /** The file they were read from, relative to the root. */
  file: string;
  /** Runtime dependencies (PEP 621 `dependencies`, `[tool.poetry.dependencies]`), as graph nodes (see extraNode). */
  main: Set<string>;
  /** Optional runtime dependencies (PEP 621 extras). */
  extras: Set<string>;
  /** The names of those extras (PDM locks them as groups). */
  extraNames: Set<string>;
  /** Named groups: PEP 735 `[dependency-groups]`, Poetry groups and dev-dependencies, PDM and uv dev-dependencies. */
  groups: Map<string, Set<string>>;
}

function addSpecs(into: Set<string>, specs: unknown): void {
  if (!Array.isArray(specs)) return;
  for (const s of specs) if (typeof s === 'string') for (const n of pep508Nodes(s)) into.add(n);
}

/** Extras a Poetry dependency asks for: `{ extras = [...] }`, or a list of such tables. */
export function poetryExtras(value: unknown): string[] {
  const tables = Array.isArray(value) ? value : [value];
  return tables.flatMap((t) => (isRecord(t) && Array.isArray(t.extras) ? t.extras.filter((e): e is string => typeof e === 'string') : []));
}

function addKeys(into: Set<string>, table: unknown): void {
  if (!isRecord(table)) return;
  for (const [name, value] of Object.entries(table)) {
    if (key(name) === 'python') continue;
    into.add(key(name));
    for (const e of poetryExtras(value)) into.add(extraNode(name, e));
  }
}

function group(d: ProjectDeclarations, name: string): Set<string> {
  let g = d.groups.get(name);
  if (!g) {
    g = new Set();
    d.groups.set(name, g);
  }
  return g;
}

/**
 * Reads the pyproject.toml beside a lockfile. Undefined when there is none; a damaged one is a
 * warning on its own file and whatever parsed is still used.
 */
export function readProject(ctx: ExtractContext, lockPath: string, origin: string, problems: Problem[]): ProjectDeclarations | undefined {
  const file = dirOf(lockPath) + 'pyproject.toml';
  const text = ctx.readFile(file);
  if (text === undefined) return undefined;
  // pyproject.toml has no [[package]] array; the sectioned reader still locates any damage and
  // keeps the tables around it.
  const read = readTomlLock(text, origin, file);
  for (const p of read.problems) problems.push({ ...p, level: 'warning', message: `${p.message} (used only for direct/dev flags)` });
  const doc = read.top;
  const d: ProjectDeclarations = { file, main: new Set(), extras: new Set(), extraNames: new Set(), groups: new Map() };
  const project = doc.project;
  if (isRecord(project)) {
    addSpecs(d.main, project.dependencies);
    if (isRecord(project['optional-dependencies'])) {
      for (const [name, specs] of Object.entries(project['optional-dependencies'])) {
        d.extraNames.add(name);
        addSpecs(d.extras, specs);
      }
    }
  }
  const groups = doc['dependency-groups'];
  if (isRecord(groups)) for (const [name, specs] of Object.entries(groups)) addSpecs(group(d, name), specs);
  const tool = isRecord(doc.tool) ? doc.tool : {};
  const poetry = tool.poetry;
  if (isRecord(poetry)) {
    addKeys(d.main, poetry.dependencies);
    addKeys(group(d, 'dev'), poetry['dev-dependencies']);
    if (isRecord(poetry.group)) {
      for (const [name, g] of Object.entries(poetry.group)) {
        if (isRecord(g)) addKeys(name === 'main' ? d.main : group(d, name), g.dependencies);
      }
    }
  }
  const pdm = tool.pdm;
  if (isRecord(pdm) && isRecord(pdm['dev-dependencies'])) {
    for (const [name, specs] of Object.entries(pdm['dev-dependencies'])) addSpecs(group(d, name), specs);
  }
  const uv = tool.uv;
  if (isRecord(uv)) addSpecs(group(d, 'dev'), uv['dev-dependencies']);
  return d;
}

/** Every name the project declares anywhere: the `direct` set. */
export function declaredNames(d: ProjectDeclarations): Set<string> {
  const all = new Set([...d.main, ...d.extras]);
  for (const g of d.groups.values()) for (const n of g) all.add(n);
  return new Set([...all].filter((n) => !n.includes('[')));
}

/** Appends to the list under `k`, creating it; never spreads, so a huge list cannot overflow the stack. */
export function appendAll<T>(map: Map<string, T[]>, k: string, items: Iterable<T>): void {
  let list = map.get(k);
  if (!list) map.set(k, (list = []));
  for (const item of items) list.push(item);
}

/** Every name reachable from `roots` over `edges` (PEP 503 names throughout). */
export function reachable(roots: Iterable<string>, edges: ReadonlyMap<string, readonly string[]>): Set<string> {
  const seen = new Set<string>();
  const queue = [...roots];
  while (queue.length > 0) {
    const n = queue.pop()!;
    if (seen.has(n)) continue;
    seen.add(n);
    for (const m of edges.get(n) ?? []) if (!seen.has(m)) queue.push(m);
  }
  return seen;
}

/**
 * `dev` from the dependency graph: true for a package only the development roots reach, false
 * for one the runtime roots reach, undefined for one neither reaches (an unused extra, say).
 */
export function devByGraph(
  runtimeRoots: Iterable<string>,
  devRoots: Iterable<string>,
  edges: ReadonlyMap<string, readonly string[]>,
): (name: string) => boolean | undefined {
  const runtime = reachable(runtimeRoots, edges);
  const dev = reachable(devRoots, edges);
  return (name) => {
    const k = key(name);
    return runtime.has(k) ? false : dev.has(k) ? true : undefined;
  };
}

export interface PythonEntry {
  name: string;
  version: string;
  line: number;
  source: ComponentSource;
  direct?: boolean;
  dev?: boolean;
}

/**
 * One component per (PEP 503 name, version, source) in one file. Several entries can name the
 * same package (PDM's per-extra entries, Pipfile.lock's `default` and `develop`): the component
 * keeps every distinct line, is direct when any entry is, and dev only when every entry is.
 */
export class PythonComponents {
  private readonly byKey = new Map<string, Component>();

  constructor(private readonly file: string) {}

  add(e: PythonEntry): void {
    const k = `${key(e.name)}\u0000${e.version}\u0000${e.source}`;
    const existing = this.byKey.get(k);
    if (!existing) {
      this.byKey.set(k, makeComponent({ ecosystem: PYPI, file: this.file, ...e }));
      return;
    }
    if (!existing.locations.some((l) => l.line === e.line)) existing.locations.push({ file: this.file, line: e.line });
    if (e.direct) existing.direct = true;
    if (existing.dev !== undefined || e.dev !== undefined) existing.dev = (existing.dev ?? false) && (e.dev ?? false);
  }

  list(): Component[] {
    return [...this.byKey.values()];
  }
}

/**
 * The problem for a lock entry without a version: a warning for a registry package (it should have
 * one), a notice for a path, git or workspace entry (they often record none).
 */
export function noVersion(origin: string, file: string, name: string, line: number, source: ComponentSource = 'registry'): Problem {
  return source === 'registry'
    ? problem(origin, file, `package "${name}": no version; not matched`, line, 'warning')
    : problem(origin, file, `package "${name}" (${source}): no version recorded; not listed`, line, 'notice');
}

/** The `[[package]]` tables that have a name; a complete one without is an error (a damaged one already has its problem). */
export function namedPackages(packages: readonly TomlPackage[], origin: string, file: string, problems: Problem[]): (TomlPackage & { name: string })[] {
  const out: (TomlPackage & { name: string })[] = [];
  for (const p of packages) {
    const name = typeof p.table.name === 'string' && p.table.name !== '' ? p.table.name : undefined;
    if (name) out.push({ ...p, name });
    else if (!p.partial) problems.push(problem(origin, file, '[[package]] without a name', p.line));
  }
  return out;
}
