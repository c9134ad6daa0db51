import { describe, expect, it } from 'vitest';
import type { Extractor } from '../../model/extractor.js';
import { expectLocated, noFiles } from '../bundler/lockfile-testkit.js';
import { cargoLock } from '../cargo/index.js';
import { goMod } from '../gomod/index.js';
import { pdmLock } from '../pdm/index.js';
import { pipfileLock } from '../pipenv/index.js';
import { poetryLock } from '../poetry/index.js';
import { uvLock } from '../uv/index.js';
import { requirementsTxt } from './index.js';

// Inputs built to make a careless reader slow or crash: long runs that make regular expressions
// backtrack, deep nesting, one name repeated many times, NUL bytes and stray quotes. Each must
// finish quickly, not throw, and locate whatever it reports.

const EXTRACTORS: [string, Extractor][] = [
  ['requirements.txt', requirementsTxt],
  ['poetry.lock', poetryLock],
  ['uv.lock', uvLock],
  ['Pipfile.lock', pipfileLock],
  ['pdm.lock', pdmLock],
  ['go.mod', goMod],
  ['Cargo.lock', cargoLock],
];

const N = 200_000;
const INPUTS: [string, string][] = [
  ['a long run of spaces', 'x' + ' '.repeat(N) + 'y'],
  ['spaces then a hash', ' '.repeat(N) + '#'],
  ['many hashes', 'a#'.repeat(N / 2)],
  ['deep brackets', 'x = ' + '['.repeat(N / 10)],
  ['deep JSON', '{"default":' + '['.repeat(N / 10)],
  ['NUL bytes and quotes', '\u0000"\'`'.repeat(N / 4)],
  ['one name many times', '[[package]]\nname = "a"\nversion = "1"\ndependencies = ["a"]\n'.repeat(N / 50)],
  ['a dependency line without end', 'dependencies = [\n' + ' "a 1.0 (x)",\n'.repeat(N / 20)],
  ['go block of one module many times', 'require (\n' + '\ta.b/c v1.0.0\n'.repeat(N / 20)],
  ['requirement continued forever', 'six==1.0 \\\n'.repeat(N / 20)],
];

describe.each(EXTRACTORS)('%s on hostile input', (path, extractor) => {
  it.each(INPUTS)('%s: finishes quickly, does not throw, locates what it reports', (_label, text) => {
    const started = performance.now();
    const r = extractor.extract({ path, text }, noFiles);
    expect(performance.now() - started).toBeLessThan(5_000);
    expectLocated(r, text);
  });
});
