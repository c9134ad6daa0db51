import semver from 'semver';
import type { Component, Problem } from '../../model/types.js';
import type { ExtractContext, ExtractResult, Extractor, SourceFile } from '../../model/extractor.js';
import { problem } from '../../model/problem.js';
import { isRecord, KEY_SEP, locateJsonKeys, parseJson } from '../../parse/json.js';
import { runtimeComponent } from '../shared/runtime-pin.js';

// package.json `engines.node` as the Node.js release an application ships on, judged on
// endoflife.date's `nodejs` clock. Only where it names what ships:
//  - the package is an application: `"private": true`, which npm refuses to publish. A published
//    package's `engines` is a compatibility claim for its users (Renovate widens such ranges
//    rather than bumping them; Dependabot leaves `engines` alone), not a deployment;
//  - the range names one release line: an exact version (`20.11.1`, `v20`) is judged for end of
//    life and patch lag; a single lower-bounded range (`>=20.11`, `^20.11.0`, `~20.11`, `20.x`)
//    for the end of life of its floor's cycle only, since the release that runs may be newer.
//    A union (`^18 || ^20`) or an unbounded range (`*`, `<22`) is a notice, never a guess.
// `engines.npm` is not judged: endoflife.date has no npm product (npm ships with Node.js).

const ORIGIN = 'extract/engines';

const baseName = (path: string): string => path.slice(path.lastIndexOf('/') + 1);

function nodeVersion(range: string): { version: string; exact: boolean } | string {
  const r = range.trim();
  const exact = /^v?(\d+(?:\.\d+){0,2})$/.exec(r);
  if (exact) return { version: exact[1]!, exact: exact[1]!.split('.').length === 3 };
  const valid = semver.validRange(r);
  if (valid === null) return 'is not a semver range';
  const sets = new semver.Range(valid).set;
  if (sets.length !== 1) return 'allows several release lines (a compatibility range)';
  const floor = semver.minVersion(valid);
  if (floor === null || floor.major === 0) return 'has no lower bound';
  return { version: String(floor.major), exact: false };
}

export const packageEngines: Extractor = {
  id: 'engines',
  description: "package.json `engines.node` of an application (`\"private\": true`): the Node.js release line it ships on",
  claims: (path) => baseName(path) === 'package.json' && !/(?:^|\/)node_modules\//.test(path),
  extract(file: SourceFile, _ctx: ExtractContext): ExtractResult {
    const components: Component[] = [];
    const problems: Problem[] = [];
    // Most package.json files have no `engines`: skip them before parsing.
    if (!file.text.includes('"engines"')) return { components, problems };
    const parsed = parseJson(file.text, ORIGIN, file.path);
    if (parsed.problem) return { components, problems: [parsed.problem] };
    const pkg = parsed.value;
    if (!isRecord(pkg) || !isRecord(pkg.engines) || pkg.private !== true) return { components, problems };
    const lines = locateJsonKeys(file.text, (p) => p.length === 2 && p[0] === 'engines');
    const node = pkg.engines.node;
    if (typeof node !== 'string') return { components, problems };
    const line = lines.get(`engines${KEY_SEP}node`) ?? 1;
    const got = nodeVersion(node);
    if (typeof got === 'string') {
      problems.push(problem(ORIGIN, file.path, `engines.node "${node}" ${got}; the Node.js release that ships is not checked`, line, 'notice'));
      return { components, problems };
    }
    runtimeComponent({ product: 'nodejs', name: 'nodejs', written: node, version: got.version, file: file.path, line, origin: ORIGIN }, components, problems);
    return { components, problems };
  },
};
