import { beforeAll, describe, expect, it } from 'vitest';
import type { FuzzTarget } from '../../fuzz/targets.js';
import { CI_RUNS, allTargets, maxMsPerInput, runTarget, targetNames } from '../../fuzz/targets.js';

// The short fuzz run of the test suite: every target of `npm run fuzz` (every registered
// extractor, the policy loader, the image-reference parser, every version order) for a few
// hundred near-valid inputs each, with a fixed seed so a failure reproduces. The full run,
// 100,000 inputs per target, is `npm run fuzz`.

const runs = Number(process.env.PW_FUZZ_RUNS) > 0 ? Number(process.env.PW_FUZZ_RUNS) : CI_RUNS;
const seed = Number(process.env.PW_FUZZ_SEED) || 20_261_124;

let targets: Map<string, FuzzTarget>;

beforeAll(async () => {
  targets = new Map((await allTargets()).map((t) => [t.name, t]));
}, 120_000);

describe(`fuzz (${runs} inputs per target, seed ${seed})`, () => {
  it.each(targetNames())('%s', (name) => {
    const report = runTarget(targets.get(name)!, { runs, maxMs: maxMsPerInput(), seed });
    expect(report.failure ?? null).toBeNull();
    expect(report.slow).toEqual([]);
    expect(report.runs).toBe(runs);
  });
});
