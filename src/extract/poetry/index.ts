import type { ComponentSource, Problem } from '../../model/types.js';
import type { ExtractContext, ExtractResult, Extractor, SourceFile } from '../../model/extractor.js';
import { isRecord } from '../../parse/json.js';
import { problem } from '../../model/problem.js';
import { splitLines } from '../../parse/lines.js';
import { PythonComponents, appendAll, declaredNames, devByGraph, extraNode, key, namedPackages, noVersion, pep508Nodes, poetryExtras, readProject } from '../pip/python.js';
import { keyLine, readTomlLock, str, strings } from '../../parse/toml-lock.js';

// poetry.lock: one `[[package]]` table per locked distribution. Components are reported at the
// line of their `[[package]]` header. `dev` is what the lock records where it records it: Poetry
// before 1.5 writes `category = "main" | "dev"`, Poetry 2 writes `groups = [...]` (every group but
// `main` is a development group). Poetry 1.5 to 1.8 record neither; there the project's
// pyproject.toml, when present, gives the roots and the lock's `[package.dependencies]` the graph.
// `direct` always comes from pyproject.toml, since the lock does not list the project's own
// requirements.

const ORIGIN = 'extract/poetry';

/** `[package.source] type`: git, directory, file and url are not the registry; legacy/explicit/supplemental are indexes. */
function sourceOf(table: Record<string, unknown>): ComponentSource {
  const src = table.source;
  if (!isRecord(src)) return 'registry';
  switch (str(src, 'type')) {
    case 'git':
      return 'git';
    case 'directory':
    case 'file':
      return 'path';
    case 'url':
      return 'url';
    default:
      return 'registry';
  }
}

/** Whether every constraint of a `[package.dependencies]` entry is `optional = true` (installed only by an extra). */
function optionalOnly(value: unknown): boolean {
  const tables = Array.isArray(value) ? value : [value];
  return tables.length > 0 && tables.every((t) => isRecord(t) && t.optional === true);
}

/**
 * A package's edges in the dependency graph (nodes as in extraNode): its non-optional
 * dependencies, with the extras they ask for, and per extra (`[package.extras]`) what it adds.
 */
function poetryEdges(name: string, table: Record<string, unknown>): [string, string[]][] {
  const own: string[] = [];
  if (isRecord(table.dependencies)) {
    for (const [dep, value] of Object.entries(table.dependencies)) {
      if (!optionalOnly(value)) own.push(key(dep), ...poetryExtras(value).map((e) => extraNode(dep, e)));
    }
  }
  const out: [string, string[]][] = [[key(name), own]];
  if (isRecord(table.extras)) {
    for (const [extra, specs] of Object.entries(table.extras)) out.push([extraNode(name, extra), strings(specs).flatMap(pep508Nodes)]);
  }
  return out;
}

function extract(file: SourceFile, ctx: ExtractContext): ExtractResult {
  const lock = readTomlLock(file.text, ORIGIN, file.path);
  const problems: Problem[] = [...lock.problems];
  const meta = lock.top.metadata;
  if (!(isRecord(meta) && typeof meta['content-hash'] === 'string')) {
    // Poetry always ends the lock with [metadata] and its content-hash, even with no packages.
    const last = splitLines(file.text).length;
    problems.push(problem(ORIGIN, file.path, 'no [metadata] content-hash at the end: the lock is incomplete or was cut short', last, 'warning'));
  }
  const lockVersion = isRecord(meta) ? str(meta, 'lock-version') : undefined;
  if (lockVersion !== undefined && !/^[12]\./.test(lockVersion)) {
    problems.push(problem(ORIGIN, file.path, `lock-version "${lockVersion}" is newer than 2.x; read as 2.x`, keyLine(file.text, 'lock-version'), 'notice'));
  }
  const project = readProject(ctx, file.path, ORIGIN, problems);

  let graphDev: ((name: string) => boolean | undefined) | undefined;
  const recordsDev = lock.packages.some((p) => 'category' in p.table || 'groups' in p.table);
  if (!recordsDev && project) {
    const edges = new Map<string, string[]>();
    for (const { table } of lock.packages) {
      const name = str(table, 'name');
      if (name) for (const [from, to] of poetryEdges(name, table)) appendAll(edges, from, to);
    }
    const devRoots = [...project.groups.values()].flatMap((g) => [...g]);
    graphDev = devByGraph([...project.main, ...project.extras], devRoots, edges);
  }
  const declared = project ? declaredNames(project) : undefined;

  const out = new PythonComponents(file.path);
  for (const { table, line, name } of namedPackages(lock.packages, ORIGIN, file.path, problems)) {
    const version = str(table, 'version');
    if (!version) {
      problems.push(noVersion(ORIGIN, file.path, name, line));
      continue;
    }
    let dev: boolean | undefined;
    const category = str(table, 'category');
    if (category !== undefined) dev = category === 'dev';
    else if (Array.isArray(table.groups)) dev = !strings(table.groups).includes('main');
    else dev = graphDev?.(name);
    out.add({ name, version, line, source: sourceOf(table), direct: declared?.has(key(name)), dev });
  }
  return { components: out.list(), problems };
}

export const poetryLock: Extractor = {
  id: 'poetry',
  description: 'poetry.lock (Poetry 1.x and 2.x; dev from category/groups, direct from pyproject.toml)',
  claims: (path) => /(^|\/)poetry\.lock$/.test(path),
  extract,
};
