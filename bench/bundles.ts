// Real-size advisory bundles: OSV's npm bundle (250,000 records) and its complete export (600,000
// records across ecosystems), generated at bench time (bench/osv-synth.ts), against the example
// repository, the synthetic 1,000-lockfile monorepo and a repository of 50 components. Each run is
// a child process of its own (peak RSS its own). See docs/performance.md, "Real-size bundles".
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadavg } from 'node:os';
import type { ChildFigures } from './child.js';
import { writeCompleteExport, writeNpmBundle } from './osv-synth.js';
import { generateMonorepo, loadPools } from '../scripts/gen-monorepo.js';
import { readZipText, ZipArchive } from '../src/advise/zip.js';
import { lstatSync, readdirSync } from 'node:fs';

export interface BenchContext {
  root: string;
  work: string;
  /** The shared bundles (the "small" advisory data). */
  db: string[];
  data: string;
  reps: number;
  checkArgs: (root: string, db: string[], cache: string | false) => string[];
  child: (args: string[]) => ChildFigures;
  row: (...cells: (string | number)[]) => void;
  target: (t: { name: string; measured: string; target: string; ratio: number; pass: boolean }) => void;
  results: Record<string, unknown>;
  /** A folder with npm-all.zip and all.zip generated earlier (seed 1): used instead of generating them. */
  bundles?: string;
}

const round = (n: number, d = 1): number => Math.round(n * 10 ** d) / 10 ** d;
const MB = (n: number): number => round(n / 2 ** 20);

/** Every record of the shared bundles, as entries of the complete export. */
async function realRecords(db: string[]): Promise<{ name: string; text: string }[]> {
  const out: { name: string; text: string }[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const abs = join(dir, name);
      if (lstatSync(abs).isDirectory()) walk(abs);
      else if (name.endsWith('.json')) out.push({ name, text: readFileSync(abs, 'utf8') });
    }
  };
  for (const p of db) {
    if (p.endsWith('.zip')) await readZipText(p, (n) => n.endsWith('.json'), ({ name, text }) => out.push({ name, text }));
    else walk(p);
  }
  return out;
}

function npmNames(lockfile: string): string[] {
  const lock = JSON.parse(readFileSync(lockfile, 'utf8')) as { packages: Record<string, unknown> };
  return [...new Set(Object.keys(lock.packages).filter(Boolean).map((p) => p.replace(/^.*node_modules\//, '')))];
}

/** A repository of one package-lock.json with the first `count` packages of the example's. */
function smallRepository(dir: string, lockfile: string, count: number): void {
  const lock = JSON.parse(readFileSync(lockfile, 'utf8')) as { name: string; lockfileVersion: number; packages: Record<string, { dependencies?: unknown }> };
  const keep = Object.entries(lock.packages).slice(0, count + 1);
  const packages = Object.fromEntries(keep.map(([k, v]) => [k, k === '' ? { ...v, dependencies: undefined } : v]));
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package-lock.json'), JSON.stringify({ ...lock, packages }, null, 2));
}

export async function realSizeBundles(ctx: BenchContext): Promise<void> {
  const dir = join(ctx.work, 'bundles');
  mkdirSync(dir, { recursive: true });
  const example = join(ctx.root, 'examples', 'chat-platform');
  const exampleLock = join(example, 'service', 'package-lock.json');
  const pools = await loadPools(ctx.data);
  const names = (eco: string): string[] => (pools[eco] ?? []).map((p) => p.name);

  let npm: { path: string; records: number; bytes: number };
  let complete: { path: string; records: number; bytes: number };
  if (ctx.bundles) {
    const given = (name: string): { path: string; records: number; bytes: number } => {
      const path = join(ctx.bundles!, name);
      const zip = ZipArchive.open(path, false);
      const records = zip.entries().length;
      zip.close();
      return { path, records, bytes: statSync(path).size };
    };
    npm = given('npm-all.zip');
    complete = given('all.zip');
    ctx.row('bundles', `given: npm bundle, ${npm.records} records`, '', '', '', `${MB(npm.bytes)} MB zip, from ${ctx.bundles}`);
    ctx.row('bundles', `given: complete export, ${complete.records} records`, '', '', '', `${MB(complete.bytes)} MB zip`);
  } else {
    let t = performance.now();
    npm = writeNpmBundle(join(dir, 'npm-all.zip'), { seed: 1, records: 250_000, names: [...new Set([...npmNames(exampleLock), ...names('npm')])] });
    const npmMs = performance.now() - t;
    t = performance.now();
    const real = await realRecords(ctx.db);
    const namesBy = Object.fromEntries(['PyPI', 'Go', 'crates.io', 'RubyGems', 'Packagist'].map((e) => [e, names(e)]));
    complete = writeCompleteExport(join(dir, 'all.zip'), { seed: 1, records: 600_000, names: [], real, npm: npm.path, namesBy });
    const completeMs = performance.now() - t;
    ctx.row('bundles', `generated: npm bundle, ${npm.records} records`, round(npmMs), '', '', `${MB(npm.bytes)} MB zip`);
    ctx.row('bundles', `generated: complete export, ${complete.records} records`, round(completeMs), '', '', `${MB(complete.bytes)} MB zip (${real.length} real records, the npm bundle, the rest synthetic)`);
  }

  const mono = join(ctx.work, 'bundles-monorepo');
  const gen = await generateMonorepo({ out: mono, seed: 1, files: 1000, entries: 200_000 }, pools);
  const small = join(ctx.work, 'bundles-small');
  smallRepository(small, exampleLock, 50);

  const bundleSets: [string, string[]][] = [
    ['npm bundle (+ shared bundles)', [...ctx.db, npm.path]],
    ['complete export', [complete.path]],
  ];
  const out: Record<string, unknown> = { npm: { records: npm.records, bytes: npm.bytes }, complete: { records: complete.records, bytes: complete.bytes }, repositories: {} };
  let cacheN = 0;
  const freshCache = (): string => join(dir, `cache-${cacheN++}`);
  const best = (runs: ChildFigures[]): ChildFigures => runs.reduce((a, b) => (b.wallMs < a.wallMs ? b : a));
  const warmRuns = (root: string, db: string[], cache: string): ChildFigures[] => {
    ctx.child(ctx.checkArgs(root, db, cache));
    return Array.from({ length: ctx.reps }, () => ctx.child(ctx.checkArgs(root, db, cache)));
  };

  for (const [label, root, warmLimit] of [
    ['example', example, 2],
    [`monorepo (${gen.files.length} lockfiles)`, mono, 1.3],
  ] as const) {
    const smallCache = freshCache();
    const base = best(warmRuns(root, ctx.db, smallCache));
    ctx.row('bundles', `${label}: shared bundles only, cache warm`, round(base.wallMs), '', round(base.maxRssMB), `${base.components} components, ${base.findings} findings`);
    const perRepo: Record<string, unknown> = { smallWarm: { ms: round(base.wallMs), maxRssMB: round(base.maxRssMB) } };
    for (const [set, db] of bundleSets) {
      const cache = freshCache();
      const cold = ctx.child(ctx.checkArgs(root, db, cache));
      const warm = warmRuns(root, db, cache);
      const w = best(warm);
      const warmRss = Math.max(...warm.map((r) => r.maxRssMB));
      // CPU time (user + system, every thread) beside wall time: on a shared machine the wall time
      // says as much about the other work as about this run.
      ctx.row('bundles', `${label}: ${set}, first run (builds the index)`, round(cold.wallMs), '', round(cold.maxRssMB), `${cold.components} components, ${cold.findings} findings; CPU ${round(cold.cpuMs)} ms; load average ${loadavg()[0]!.toFixed(1)}`);
      ctx.row('bundles', `${label}: ${set}, cache warm`, round(w.wallMs), '', round(warmRss), `${w.findings} findings; read ${MB(w.bundleBytesRead)} MB of bundles, ${MB(w.indexBytesRead)} MB of indexes`);
      ctx.target({ name: `bundles: ${label}, ${set}, first run time`, measured: `${round(cold.wallMs)} ms`, target: '<= 20,000 ms', ratio: round(cold.wallMs / 20_000, 2), pass: cold.wallMs <= 20_000 });
      ctx.target({ name: `bundles: ${label}, ${set}, first run peak RSS`, measured: `${round(cold.maxRssMB)} MB`, target: '<= 400 MB', ratio: round(cold.maxRssMB / 400, 2), pass: cold.maxRssMB <= 400 });
      const ratio = round(w.wallMs / base.wallMs, 2);
      ctx.target({ name: `bundles: ${label}, ${set}, cache warm / shared bundles`, measured: `${round(w.wallMs)} ms / ${round(base.wallMs)} ms`, target: `<= ${warmLimit}`, ratio, pass: ratio <= warmLimit });
      ctx.target({ name: `bundles: ${label}, ${set}, cache warm peak RSS`, measured: `${round(warmRss)} MB`, target: '<= 250 MB', ratio: round(warmRss / 250, 2), pass: warmRss <= 250 });
      perRepo[set] = { cold: { ms: round(cold.wallMs), cpuMs: round(cold.cpuMs), maxRssMB: round(cold.maxRssMB) }, warm: { ms: round(w.wallMs), maxRssMB: round(warmRss), bundleBytesRead: w.bundleBytesRead, indexBytesRead: w.indexBytesRead }, findings: w.findings };
    }
    (out.repositories as Record<string, unknown>)[label] = perRepo;
  }

  // What a small repository reads of a big bundle, cache warm: bundle bytes and index bytes.
  for (const [set, path, bytes] of [
    ['npm bundle', npm.path, npm.bytes],
    ['complete export', complete.path, complete.bytes],
  ] as const) {
    const cache = freshCache();
    ctx.child(ctx.checkArgs(small, [path], cache));
    const w = ctx.child(ctx.checkArgs(small, [path], cache));
    const read = w.bundleBytesRead + w.indexBytesRead;
    const share = read / bytes;
    ctx.row('bundles', `50 components, ${set}, cache warm`, round(w.wallMs), '', round(w.maxRssMB), `${w.components} components; read ${w.bundleBytesRead} B of the bundle + ${w.indexBytesRead} B of its index = ${round(share * 100, 3)}% of ${MB(bytes)} MB`);
    ctx.target({ name: `bundles: 50 components, ${set}, bytes read / bundle size`, measured: `${read} B / ${bytes} B`, target: '<= 0.01', ratio: round(share, 4), pass: share <= 0.01 });
    out[`small-${set}`] = { components: w.components, bundleBytesRead: w.bundleBytesRead, indexBytesRead: w.indexBytesRead, bundleBytes: bytes, indexBytes: indexSize(cache) };
  }
  ctx.results.bundles = out;
  rmSync(dir, { recursive: true, force: true });
  rmSync(mono, { recursive: true, force: true });
  rmSync(small, { recursive: true, force: true });
}

function indexSize(cache: string): number {
  return readdirSync(cache).reduce((sum, f) => sum + statSync(join(cache, f)).size, 0);
}
