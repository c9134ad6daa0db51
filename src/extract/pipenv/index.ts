import type { ComponentSource, Problem } from '../../model/types.js';
import type { ExtractContext, ExtractResult, Extractor, SourceFile } from '../../model/extractor.js';
import { KEY_SEP, isRecord, locateJsonKeys } from '../../parse/json.js';
import { problem } from '../../model/problem.js';
import { type SalvagedJson, parseJsonSalvaging } from '../../parse/json-salvage.js';
import { PythonComponents, dirOf, key, noVersion } from '../pip/python.js';
import { readTomlLock } from '../../parse/toml-lock.js';

// Pipfile.lock (pipenv): JSON with `default` (runtime) and `develop` (dev) sections, each mapping
// a package name to `{ "version": "==1.2.3", "hashes": [...], "markers": ... }`, or to a `git`,
// `path` or `file` entry for code from elsewhere. Components are reported at the line of their
// name key. `direct` comes from the Pipfile beside the lock when there is one.

const ORIGIN = 'extract/pipenv';
const SECTIONS = [
  ['default', false],
  ['develop', true],
] as const;

function sourceOf(entry: Record<string, unknown>): ComponentSource {
  if (typeof entry.git === 'string' || typeof entry.hg === 'string' || typeof entry.svn === 'string') return 'git';
  if (typeof entry.path === 'string') return 'path';
  if (typeof entry.file === 'string') return /^[a-z]+:\/\//i.test(entry.file) && !entry.file.startsWith('file:') ? 'url' : 'path';
  return 'registry';
}

/** Package names the Pipfile lists under [packages] and [dev-packages]. */
function pipfileNames(ctx: ExtractContext, lockPath: string, problems: Problem[]): Set<string> | undefined {
  const file = dirOf(lockPath) + 'Pipfile';
  const text = ctx.readFile(file);
  if (text === undefined) return undefined;
  const read = readTomlLock(text, ORIGIN, file);
  for (const p of read.problems) problems.push({ ...p, level: 'warning', message: `${p.message} (used only for direct flags)` });
  const names = new Set<string>();
  for (const section of ['packages', 'dev-packages']) {
    const t = read.top[section];
    if (isRecord(t)) for (const n of Object.keys(t)) names.add(key(n));
  }
  return names;
}

function extract(file: SourceFile, ctx: ExtractContext): ExtractResult {
  let parsed: SalvagedJson;
  try {
    parsed = parseJsonSalvaging(file.text, ORIGIN, file.path);
  } catch (err) {
    // The located-error path recurses per nesting level; absurd nesting exhausts the stack.
    const why = err instanceof RangeError ? 'nested too deeply to read' : `not read (${String(err)})`;
    return { components: [], problems: [problem(ORIGIN, file.path, `invalid JSON: ${why}`, 1)] };
  }
  const problems: Problem[] = [...parsed.problems];
  const root = parsed.value;
  if (root === undefined) return { components: [], problems };
  if (!isRecord(root)) {
    problems.push(problem(ORIGIN, file.path, 'expected a JSON object at the top level', 1));
    return { components: [], problems };
  }
  const lines = locateJsonKeys(file.text, (p) => p.length <= 2 && (p[0] === 'default' || p[0] === 'develop'));
  const declared = pipfileNames(ctx, file.path, problems);
  const out = new PythonComponents(file.path);
  for (const [section, dev] of SECTIONS) {
    const entries = root[section];
    if (entries === undefined) continue;
    if (!isRecord(entries)) {
      problems.push(problem(ORIGIN, file.path, `"${section}": expected an object`, lines.get(section) ?? 1));
      continue;
    }
    for (const [name, entry] of Object.entries(entries)) {
      const line = lines.get(`${section}${KEY_SEP}${name}`) ?? 1;
      if (!isRecord(entry)) {
        problems.push(problem(ORIGIN, file.path, `${section}["${name}"]: expected an object`, line));
        continue;
      }
      const source = sourceOf(entry);
      const spec = entry.version;
      if (typeof spec !== 'string') {
        // git/path entries record a ref, not a version: inventory cannot say what is installed.
        problems.push(noVersion(ORIGIN, file.path, name, line, source));
        continue;
      }
      const m = /^\s*(===|==)\s*(\S+)\s*$/.exec(spec);
      if (!m) {
        problems.push(problem(ORIGIN, file.path, `package "${name}": version "${spec}" is not an exact == pin; not matched`, line, 'warning'));
        continue;
      }
      out.add({ name, version: m[2]!, line, source, direct: declared?.has(key(name)), dev });
    }
  }
  return { components: out.list(), problems };
}

export const pipfileLock: Extractor = {
  id: 'pipenv',
  description: 'Pipfile.lock (pipenv; default and develop sections, direct from the Pipfile)',
  claims: (path) => /(^|\/)Pipfile\.lock$/.test(path),
  extract,
};
