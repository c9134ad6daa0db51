import { fork } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { TargetReport } from './targets.js';
import { allTargets, fuzzRuns, fuzzSeed, maxMsPerInput, runTarget, targetNames } from './targets.js';

// `npm run fuzz`: every target for PW_FUZZ_RUNS generated inputs (100,000 by default; 300 when CI
// is set), spread over PW_FUZZ_JOBS worker processes (default: one per core). Arguments filter
// targets by name (`npm run fuzz -- extract/npm policy`). Exit 1 when any target throws, breaks a
// property or takes longer than PW_FUZZ_MAX_MS (default 2,000) on a single input.

function line(r: TargetReport): string {
  const status = r.failure || r.slow.length > 0 ? 'FAIL' : 'ok  ';
  return `${status} ${r.name.padEnd(24)} ${String(r.runs).padStart(7)} inputs  ${(r.ms / 1000).toFixed(1).padStart(6)} s  slowest ${r.maxMs.toFixed(1)} ms`;
}

async function worker(names: string[]): Promise<void> {
  const runs = fuzzRuns();
  const maxMs = maxMsPerInput();
  const seed = fuzzSeed();
  const targets = (await allTargets()).filter((t) => names.includes(t.name));
  for (const t of targets) {
    const report = runTarget(t, { runs, maxMs, ...(seed !== undefined ? { seed } : {}) });
    process.send!(report);
  }
}

async function main(args: string[]): Promise<number> {
  const all = targetNames();
  const names = args.length === 0 ? all : all.filter((n) => args.some((a) => n === a || n.startsWith(`${a}/`)));
  if (names.length === 0) {
    console.error(`no target matches ${args.join(' ')}; targets: ${all.join(', ')}`);
    return 2;
  }
  const jobs = Math.max(1, Math.min(Number(process.env.PW_FUZZ_JOBS) || availableParallelism(), names.length));
  const seed = fuzzSeed();
  console.log(`fuzzing ${names.length} targets, ${fuzzRuns()} inputs each, ${jobs} worker(s), at most ${maxMsPerInput()} ms per input, seed ${seed ?? 'random'}`);
  const groups: string[][] = Array.from({ length: jobs }, () => []);
  names.forEach((n, i) => groups[i % jobs]!.push(n));
  const reports: TargetReport[] = [];
  const self = fileURLToPath(import.meta.url);
  await Promise.all(
    groups.map(
      (group) =>
        new Promise<void>((resolve) => {
          const child = fork(self, ['--worker', ...group], { execArgv: process.execArgv });
          child.on('message', (r: TargetReport) => {
            reports.push(r);
            console.log(line(r));
          });
          child.on('exit', (code) => {
            const done = new Set(reports.map((r) => r.name));
            for (const n of group) {
              if (!done.has(n)) reports.push({ name: n, runs: 0, ms: 0, maxMs: 0, slow: [], failure: `worker exited (code ${code}) before finishing: a crash` });
            }
            resolve();
          });
        }),
    ),
  );
  const bad = reports.filter((r) => r.failure || r.slow.length > 0);
  for (const r of bad) {
    console.log(`\n${r.name}:`);
    if (r.failure) console.log(`  ${r.failure}`);
    for (const s of r.slow) console.log(`  ${s.ms.toFixed(0)} ms: ${s.input}`);
  }
  const total = reports.reduce((n, r) => n + r.runs, 0);
  console.log(`\n${total} inputs over ${reports.length} targets: ${bad.length === 0 ? 'no failure' : `${bad.length} target(s) failed`}`);
  return bad.length === 0 ? 0 : 1;
}

const args = process.argv.slice(2);
if (args[0] === '--worker') {
  await worker(args.slice(1));
  process.exit(0);
} else {
  process.exitCode = await main(args);
}
