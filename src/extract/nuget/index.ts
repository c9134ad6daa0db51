import type { Component } from '../../model/types.js';
import type { ExtractResult, Extractor, SourceFile } from '../../model/extractor.js';
import { KEY_SEP, isRecord, locateJsonKeys } from '../../parse/json.js';
import { makeComponent } from '../../model/component.js';
import { problem } from '../../model/problem.js';
import { parseJsonObjectSalvaging } from '../../parse/json-salvage.js';

// packages.lock.json, NuGet's repeatable-restore lock (learn.microsoft.com/nuget/consume-packages/
// package-references-in-project-files#locking-dependencies), versions 1 and 2 (2 adds
// CentralTransitive for central package management). `dependencies` maps each target framework
// (and framework/runtime pair, e.g. `net8.0/linux-x64`) to the packages restored for it; a
// package restored for several targets is listed once per target, and the extract stage folds
// those into one component with every line. `Project` entries are other projects of the same
// solution, referenced by path: they carry no version and are not registry packages.

const ORIGIN = 'extract/nuget';
const KNOWN_VERSIONS = new Set([1, 2]);

function extract(file: SourceFile): ExtractResult {
  const components: Component[] = [];
  const { root, problems } = parseJsonObjectSalvaging(file.text, ORIGIN, file.path);
  if (!root) return { components, problems };
  const lines = locateJsonKeys(file.text, (p) => p.length <= 3);
  const lineOf = (...path: string[]): number => lines.get(path.join(KEY_SEP)) ?? 1;
  if (typeof root.version !== 'number' || !KNOWN_VERSIONS.has(root.version)) {
    problems.push(
      problem(ORIGIN, file.path, `lock file version ${JSON.stringify(root.version)} is not 1 or 2; read as version 2`, lineOf('version'), 'warning'),
    );
  }
  const targets = root.dependencies;
  if (!isRecord(targets)) {
    if (targets !== undefined) problems.push(problem(ORIGIN, file.path, '"dependencies": expected an object of target frameworks', lineOf('dependencies')));
    return { components, problems };
  }
  for (const [target, packages] of Object.entries(targets)) {
    if (!isRecord(packages)) {
      problems.push(problem(ORIGIN, file.path, `"dependencies"."${target}": expected an object of packages`, lineOf('dependencies', target)));
      continue;
    }
    for (const [name, entry] of Object.entries(packages)) {
      const line = lineOf('dependencies', target, name);
      const where = `${target} ${name}`;
      if (!isRecord(entry)) {
        problems.push(problem(ORIGIN, file.path, `${where}: expected an object`, line));
        continue;
      }
      const type = entry.type;
      const resolved = typeof entry.resolved === 'string' ? entry.resolved : '';
      if (type === 'Project') {
        components.push(makeComponent({ ecosystem: 'NuGet', name, version: resolved, file: file.path, line, source: 'path' }));
        continue;
      }
      if (resolved === '') {
        problems.push(problem(ORIGIN, file.path, `${where}: no "resolved" version; not matched`, line, 'warning'));
        continue;
      }
      if (type !== 'Direct' && type !== 'Transitive' && type !== 'CentralTransitive') {
        problems.push(
          problem(ORIGIN, file.path, `${where}: unknown type ${JSON.stringify(type)}; read as transitive`, line, 'warning'),
        );
      }
      components.push(
        makeComponent({ ecosystem: 'NuGet', name, version: resolved, file: file.path, line, direct: type === 'Direct' }),
      );
    }
  }
  return { components, problems };
}

export const nugetLock: Extractor = {
  id: 'nuget',
  description: 'packages.lock.json (NuGet lock file, versions 1 and 2): every target framework, Direct/Transitive/Project',
  claims: (path) => /(^|\/)packages(\.[^/]+)?\.lock\.json$/.test(path),
  extract,
};
