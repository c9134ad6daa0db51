import type { Component, ComponentSource, Problem } from '../../model/types.js';
import { normaliseName } from '../../model/names.js';
import type { ExtractContext, ExtractResult, Extractor, SourceFile } from '../../model/extractor.js';
import { isRecord, locateJsonKeys, parseJson } from '../../parse/json.js';
import { makeComponent } from '../../model/component.js';
import { problem } from '../../model/problem.js';
import { memberLinesInArrays } from './element-lines.js';
import { parseJsonObjectSalvaging } from '../../parse/json-salvage.js';

// composer.lock (getcomposer.org/doc/01-basic-usage.md#commit-your-composer-lock-file-to-version-control):
// `packages` are installed everywhere, `packages-dev` only with dev requirements. The version is
// kept exactly as Composer locked it (`v6.4.12`), as OSV-Scanner reports it and as purls spell
// it; Packagist advisories write `6.4.14`, and Composer's own version parser reads both alike, so
// the leading `v` is the Packagist version comparator's business, not the inventory's.
// composer.json beside the lock, when present, says which packages the project requires itself.

const ORIGIN = 'extract/composer';
const SECTIONS = [
  { key: 'packages', dev: false },
  { key: 'packages-dev', dev: true },
] as const;

/** Lowercased names from composer.json's require and require-dev, or undefined without a readable one. */
function directNames(lockPath: string, ctx: ExtractContext, problems: Problem[]): Set<string> | undefined {
  const slash = lockPath.lastIndexOf('/');
  const manifestPath = (slash === -1 ? '' : lockPath.slice(0, slash + 1)) + 'composer.json';
  const text = ctx.readFile(manifestPath);
  if (text === undefined) return undefined;
  const parsed = parseJson(text, ORIGIN, manifestPath);
  if (parsed.problem) {
    parsed.problem.level = 'warning';
    parsed.problem.message += '; direct dependencies of the lock are unknown';
    problems.push(parsed.problem);
    return undefined;
  }
  const names = new Set<string>();
  if (!isRecord(parsed.value)) return names;
  for (const field of ['require', 'require-dev']) {
    const deps = parsed.value[field];
    if (isRecord(deps)) for (const name of Object.keys(deps)) names.add(normaliseName('Packagist', name));
  }
  return names;
}

function sourceOf(pkg: Record<string, unknown>): ComponentSource {
  // A path repository (getcomposer.org/doc/05-repositories.md#path) is the project's own code.
  const dist = pkg.dist;
  const src = pkg.source;
  if ((isRecord(dist) && dist.type === 'path') || (isRecord(src) && src.type === 'path')) return 'path';
  return 'registry';
}

function extract(file: SourceFile, ctx: ExtractContext): ExtractResult {
  const components: Component[] = [];
  const { root, problems } = parseJsonObjectSalvaging(file.text, ORIGIN, file.path);
  if (!root) return { components, problems };
  const keyLines = locateJsonKeys(file.text, (p) => p.length === 1);
  const nameLines = memberLinesInArrays(file.text, SECTIONS.map((s) => s.key), 'name');
  const direct = directNames(file.path, ctx, problems);
  for (const { key, dev } of SECTIONS) {
    const list = root[key];
    const sectionLine = keyLines.get(key) ?? 1;
    if (list === undefined || list === null) continue;
    if (!Array.isArray(list)) {
      problems.push(problem(ORIGIN, file.path, `"${key}": expected an array of packages`, sectionLine));
      continue;
    }
    const lines = nameLines.get(key) ?? [];
    list.forEach((pkg: unknown, i: number) => {
      const where = `"${key}"[${i}]`;
      const line = lines[i] ?? sectionLine;
      if (!isRecord(pkg)) {
        problems.push(problem(ORIGIN, file.path, `${where}: expected a package object`, line));
        return;
      }
      const name = pkg.name;
      const version = pkg.version;
      if (typeof name !== 'string' || name === '') {
        problems.push(problem(ORIGIN, file.path, `${where}: no package name`, line));
        return;
      }
      if (typeof version !== 'string' || version === '') {
        problems.push(problem(ORIGIN, file.path, `${where} ${name}: no version; not matched`, line, 'warning'));
        return;
      }
      components.push(
        makeComponent({
          ecosystem: 'Packagist',
          name,
          version,
          file: file.path,
          line,
          dev,
          source: sourceOf(pkg),
          ...(direct ? { direct: direct.has(normaliseName('Packagist', name)) } : {}),
        }),
      );
    });
  }
  return { components, problems };
}

export const composerLock: Extractor = {
  id: 'composer',
  description: 'composer.lock (PHP Composer): packages and packages-dev, direct from composer.json',
  claims: (path) => /(^|\/)composer\.lock$/.test(path),
  extract,
};
