import type { ComponentSource, Problem } from '../../model/types.js';
import type { ExtractContext, ExtractResult, Extractor, SourceFile } from '../../model/extractor.js';
import { isRecord } from '../../parse/json.js';
import { problem } from '../../model/problem.js';
import { PythonComponents, declaredNames, key, namedPackages, noVersion, pep508Name, readProject } from '../pip/python.js';
import { type Dangling, incompleteLock, keyLine, readTomlLock, str, strings } from '../../parse/toml-lock.js';

// pdm.lock: `[metadata]` then one `[[package]]` table per distribution, reported at the line of
// its header. PDM writes a second table for a package locked with extras (`extras = [...]`); it is
// the same distribution and folds into one component. Since lock_version 4.4 (strategy
// `inherit_metadata`) each package lists its `groups`: `default` is the runtime; the others are
// either extras ([project.optional-dependencies], runtime) or development groups, which only
// pyproject.toml tells apart. Without it, only `default` is certain (dev = false).

const ORIGIN = 'extract/pdm';
const DEFAULT_GROUP = 'default';

function sourceOf(table: Record<string, unknown>): ComponentSource {
  if (typeof table.git === 'string' || typeof table.hg === 'string') return 'git';
  if (typeof table.path === 'string') return 'path';
  if (typeof table.url === 'string') return table.url.startsWith('file:') ? 'path' : 'url';
  return 'registry';
}

function extract(file: SourceFile, ctx: ExtractContext): ExtractResult {
  const lock = readTomlLock(file.text, ORIGIN, file.path);
  const problems: Problem[] = [...lock.problems];
  const meta = isRecord(lock.top.metadata) ? lock.top.metadata : {};
  const lockVersion = str(meta, 'lock_version');
  if (lockVersion !== undefined && !/^4(\.|$)/.test(lockVersion)) {
    problems.push(problem(ORIGIN, file.path, `lock_version "${lockVersion}" is not 4.x; read as 4.x`, keyLine(file.text, 'lock_version'), 'notice'));
  }
  const project = readProject(ctx, file.path, ORIGIN, problems);
  // Extras are locked as groups of their own name: runtime, not development.
  const extraGroups = project?.extraNames ?? new Set<string>();
  const declared = project ? declaredNames(project) : undefined;

  // Dependencies without a marker are installed everywhere, so the lock must hold them.
  const locked = new Set(lock.packages.map((p) => str(p.table, 'name')).filter((n) => n !== undefined).map(key));
  const dangling: Dangling[] = [];
  for (const { table, line } of lock.packages) {
    const from = str(table, 'name');
    if (!from) continue;
    for (const spec of strings(table.dependencies)) {
      const to = pep508Name(spec);
      if (to && !spec.includes(';') && !locked.has(key(to))) dangling.push({ from, to, line });
    }
  }
  const gap = incompleteLock(ORIGIN, file.path, dangling);
  if (gap) problems.push(gap);

  const out = new PythonComponents(file.path);
  for (const { table, line, name } of namedPackages(lock.packages, ORIGIN, file.path, problems)) {
    const version = str(table, 'version');
    const source = sourceOf(table);
    if (!version) {
      problems.push(noVersion(ORIGIN, file.path, name, line, source));
      continue;
    }
    let dev: boolean | undefined;
    if (Array.isArray(table.groups)) {
      const groups = strings(table.groups);
      if (groups.includes(DEFAULT_GROUP) || groups.some((g) => extraGroups.has(g))) dev = false;
      else if (project && groups.length > 0) dev = true;
    }
    out.add({ name, version, line, source, direct: declared?.has(key(name)), dev });
  }
  return { components: out.list(), problems };
}

export const pdmLock: Extractor = {
  id: 'pdm',
  description: 'pdm.lock (lock_version 4; dev from per-package groups with pyproject.toml, direct from pyproject.toml)',
  claims: (path) => /(^|\/)pdm\.lock$/.test(path),
  extract,
};
