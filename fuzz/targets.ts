import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { loadOfflineAdvisories } from '../src/advise/osv-local.js';
import { readZipText } from '../src/advise/zip.js';
import { evaluate } from '../src/evaluate/index.js';
import { loadPolicy } from '../src/evaluate/policy/load.js';
import { familiarString, parseImageReference, parseReference, REFERENCE_MAX_LENGTH } from '../src/extract/images/reference.js';
import { settle } from '../src/extract/index.js';
import { EXTRACTORS } from '../src/extract/registry.js';
import type { ExtractContext, ExtractResult, Extractor } from '../src/model/extractor.js';
import { LineIndex } from '../src/parse/lines.js';
import { matchComponents } from '../src/match/index.js';
import { SCHEMES, SEMVER_SCHEME } from '../src/match/versions/index.js';
import type { VersionScheme } from '../src/match/versions/index.js';
import type { Match, Problem } from '../src/model/types.js';
import { SEED_DATA } from '../test/helpers/corpus.js';
import { REPO_ROOT } from '../test/helpers/shared.js';
import type { CorpusFile } from './corpus.js';
import { contextFor, corpusFiles, readCorpus, scanPath, seedsFor } from './corpus.js';
import { HOSTILE_TOKENS, applyMutation, mutation, nearValid } from './mutate.js';

// What is fuzzed, and what must hold for every input: every registered extractor, the policy
// loader (with the evaluate stage on what it accepts), the image-reference parser and every
// version order. Beyond "never throws", each target checks what a caller relies on: locations
// inside the file, bounded messages, JSON-safe results, round trips, a total order.

export interface FuzzTarget<T = unknown> {
  name: string;
  arbitrary: fc.Arbitrary<T>;
  /** Throws when a property fails. */
  run(input: T): void;
  /** A short rendering of an input for a failure report. */
  show(input: T): string;
  /** The whole input as a file's text, saved beside a failure report so it can be replayed. */
  dump(input: T): string;
}

/** Longest message a problem may carry (the hostile catalogue holds whole runs to the same bound). */
export const MAX_MESSAGE = 2_000;

function fail(message: string): never {
  throw new Error(message);
}

const LEVELS = new Set(['error', 'warning', 'notice']);

function checkProblem(p: Problem, path: string, lineCount: number, maxMessage: number): void {
  if (!LEVELS.has(p.level)) fail(`problem level ${String(p.level)}`);
  if (typeof p.message !== 'string' || p.message === '') fail('problem without a message');
  if (p.message.length > maxMessage) fail(`problem message of ${p.message.length} characters: ${p.message.slice(0, 80)}…`);
  if (p.line !== undefined && (!Number.isInteger(p.line) || p.line < 1 || (p.file === path && p.line > lineCount))) {
    fail(`problem at line ${p.line} of a ${lineCount}-line file: ${p.message.slice(0, 80)}`);
  }
}

/** What every (settled) extractor result must satisfy for the stages after it. */
export function checkExtractResult(r: ExtractResult, path: string, text: string): void {
  if (!Array.isArray(r.components) || !Array.isArray(r.problems)) fail('result without components and problems arrays');
  const lineCount = new LineIndex(text).lineCount;
  for (const c of r.components) {
    if (typeof c.name !== 'string' || c.name === '') fail(`component without a name: ${JSON.stringify(c).slice(0, 200)}`);
    if (typeof c.version !== 'string') fail(`component ${c.name} without a version string`);
    if (!Array.isArray(c.locations) || c.locations.length === 0) fail(`component ${c.name} without a location`);
    for (const l of c.locations) {
      if (!Number.isInteger(l.line) || l.line < 1 || (l.file === path && l.line > lineCount)) {
        fail(`component ${c.name}@${c.version} at line ${l.line} of a ${lineCount}-line file`);
      }
    }
  }
  for (const p of r.problems) checkProblem(p, path, lineCount, MAX_MESSAGE);
  JSON.stringify(r);
  if (({} as Record<string, unknown>).polluted !== undefined) fail('Object.prototype was polluted');
}

/** The context of a corpus file, with its reads cached (siblings are read once, not per input). */
function cachedContext(file: CorpusFile | undefined): ExtractContext {
  if (!file) return { readFile: () => undefined };
  const inner = contextFor(file);
  const cache = new Map<string, string | undefined>();
  return {
    readFile(path: string): string | undefined {
      if (!cache.has(path)) cache.set(path, inner.readFile(path));
      return cache.get(path);
    },
  };
}

/** Dockerfiles rebuilt from the corpus's derived FROM/ARG lines (the Dockerfiles themselves were not copied), each at its own line. */
function derivedDockerfiles(): string[] {
  const out: string[] = [];
  const repos = join(SEED_DATA, 'repos');
  for (const name of readdirSync(repos)) {
    let raw: string;
    try {
      raw = readFileSync(join(repos, name, '_derived', 'dockerfile-from-arg.json'), 'utf8');
    } catch {
      continue;
    }
    const data = JSON.parse(raw) as { dockerfiles: { instructions: { line: number; text: string }[] }[] };
    for (const d of data.dockerfiles) {
      const lines: string[] = [];
      for (const i of d.instructions) {
        while (lines.length < i.line - 1) lines.push('');
        lines.push(i.text);
      }
      out.push(lines.join('\n') + '\n');
    }
  }
  return out;
}

/** Format-specific words harvested from the seeds (keys, section names), as extra replacement tokens. */
function wordsOf(texts: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const t of texts) for (const w of t.slice(0, 200_000).match(/[A-Za-z_][\w.-]{2,30}/g) ?? []) counts.set(w, (counts.get(w) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]).slice(0, 60).map(([w]) => w);
}

export function extractorTarget(ex: Extractor): FuzzTarget<{ seed: number; text: string }> {
  const files = [...new Set([...seedsFor(ex, EXTRACTORS, { limit: 6, productive: true }), ...seedsFor(ex, EXTRACTORS, { limit: 4 })])];
  const seeds: { text: string; path: string; ctx: ExtractContext }[] = files.map((f) => ({ text: readCorpus(f), path: scanPath(f), ctx: cachedContext(f) }));
  if (ex.id === 'dockerfile') for (const text of derivedDockerfiles()) seeds.push({ text, path: 'Dockerfile', ctx: cachedContext(undefined) });
  if (seeds.length === 0) throw new Error(`no corpus file for extractor ${ex.id}`);
  const texts = seeds.map((s) => s.text);
  return {
    name: `extract/${ex.id}`,
    arbitrary: nearValid(texts, { extra: wordsOf(texts) }),
    run({ seed, text }) {
      const s = seeds[seed]!;
      // As extractAll passes it on: a throw here is a bug; settle() is what the run sees.
      checkExtractResult(settle(ex.extract({ path: s.path, text }, s.ctx), `extract/${ex.id}`), s.path, text);
    },
    show: ({ seed, text }) => `${seeds[seed]!.path} (${text.length} chars): ${JSON.stringify(text.slice(0, 300))}`,
    dump: ({ text }) => text,
  };
}

/** Policy texts to start from: the built-ins and the YAML examples of the policy README. */
function policySeeds(): string[] {
  const dir = join(REPO_ROOT, 'policies');
  const out = readdirSync(dir).filter((f) => f.endsWith('.yml')).map((f) => readFileSync(join(dir, f), 'utf8'));
  const readme = readFileSync(join(REPO_ROOT, 'src', 'evaluate', 'policy', 'README.md'), 'utf8');
  for (const m of readme.matchAll(/```yaml\n([\s\S]*?)```/g)) if (/apiVersion:/.test(m[1]!)) out.push(m[1]!);
  return out;
}

/** Matches of the example project against its advisories: what a fuzzed policy is evaluated on. */
async function exampleMatches(): Promise<Match[]> {
  const example = join(REPO_ROOT, 'examples', 'chat-platform');
  const npm = EXTRACTORS.find((e) => e.claims('service/package-lock.json'))!;
  const text = readFileSync(join(example, 'service', 'package-lock.json'), 'utf8');
  const components = npm.extract({ path: 'service/package-lock.json', text }, { readFile: () => undefined }).components;
  const { db } = await loadOfflineAdvisories([join(example, 'advisories')]);
  return matchComponents(components, db).matches;
}

export async function policyTarget(): Promise<FuzzTarget<{ seed: number; text: string }>> {
  const seeds = policySeeds();
  const matches = await exampleMatches();
  const root = mkdtempSync(join(tmpdir(), 'pw-fuzz-policy-'));
  process.once('exit', () => rmSync(root, { recursive: true, force: true }));
  mkdirSync(join(root, '.github'));
  const file = join(root, '.github', 'patchwarden.yml');
  // A second file for `extends: [./base.yml]` to find.
  writeFileSync(join(root, '.github', 'base.yml'), seeds[0]!);
  const now = new Date('2026-11-24T00:00:00Z');
  return {
    name: 'policy',
    arbitrary: nearValid(seeds, { extra: ['extends:', './base.yml', 'builtin:baseline@1', 'scopes:', 'paths:', 'exceptions:', 'deadlines:', '**/*', 'apiVersion: patchwarden/v1'] }),
    run({ text }) {
      writeFileSync(file, text);
      const r = loadPolicy({ spec: file, root });
      const lineCount = new LineIndex(text).lineCount;
      for (const p of r.problems) checkProblem(p, '.github/patchwarden.yml', lineCount, MAX_MESSAGE);
      if (!r.policy) {
        const errors = r.problems.filter((p) => p.level === 'error');
        if (errors.length === 0) fail('no policy and no error');
        for (const e of errors) if (e.file === undefined) fail(`policy error without a file: ${e.message}`);
        return;
      }
      // What the loader accepts, the evaluate stage must run on.
      const result = evaluate({ matches, policy: r.policy, now });
      JSON.stringify(result);
    },
    show: ({ text }) => JSON.stringify(text.slice(0, 400)),
    dump: ({ text }) => text,
  };
}

/** Image references seen in the corpus: `image:` values of YAML files and FROM lines. */
function corpusImageRefs(): string[] {
  const refs = new Set<string>();
  for (const f of corpusFiles()) {
    if (!/\.(ya?ml|json)$|Dockerfile/.test(f.rel) || f.size > 2_000_000) continue;
    const text = readFileSync(f.abs, 'utf8');
    for (const m of text.matchAll(/(?:image|repository)["']?\s*:\s*["']?([^\s"'#,}]+)/g)) refs.add(m[1]!);
    for (const m of text.matchAll(/FROM\s+(?:--platform=\S+\s+)?([^\s"]+)/g)) refs.add(m[1]!);
  }
  return [...refs].slice(0, 2_000);
}

const alnum = fc.stringMatching(/^[a-z0-9]{1,12}$/);
const structuredRef: fc.Arbitrary<string> = fc
  .record({
    host: fc.option(fc.oneof(fc.constantFrom('docker.io', 'index.docker.io', 'ghcr.io', 'quay.io', 'localhost', 'registry.example.com', 'Registry.Example.COM', '[::1]', '127.0.0.1'), alnum.map((s) => `${s}.io`)), { nil: undefined }),
    port: fc.option(fc.integer({ min: 0, max: 99_999 }), { nil: undefined }),
    path: fc.array(fc.tuple(alnum, fc.option(fc.tuple(fc.constantFrom('.', '_', '__', '-', '---'), alnum), { nil: undefined })), { minLength: 1, maxLength: 4 }),
    tag: fc.option(fc.stringMatching(/^[\w][\w.-]{0,20}$/), { nil: undefined }),
    digest: fc.option(fc.tuple(fc.constantFrom('sha256', 'sha512', 'sha384', 'md5', 'SHA256'), fc.stringMatching(/^[0-9a-f]{32,128}$/)), { nil: undefined }),
  })
  .map(({ host, port, path, tag, digest }) => {
    const name = path.map(([a, sep]) => (sep ? `${a}${sep[0]}${sep[1]}` : a)).join('/');
    return `${host ? `${host}${port !== undefined ? `:${port}` : ''}/` : ''}${name}${tag ? `:${tag}` : ''}${digest ? `@${digest[0]}:${digest[1]}` : ''}`;
  });

export function imageReferenceTarget(): FuzzTarget<string> {
  const real = corpusImageRefs();
  const mutated = (base: fc.Arbitrary<string>): fc.Arbitrary<string> =>
    fc.tuple(base, fc.array(mutation(['/', ':', '@', '.', '-', '_', '__', 'sha256:', 'A', '${TAG}', ':latest', 'a'.repeat(256)]), { maxLength: 3 })).map(([s, ms]) => ms.reduce(applyMutation, s));
  return {
    name: 'image-reference',
    arbitrary: fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...real) },
      { weight: 3, arbitrary: mutated(fc.constantFrom(...real)) },
      { weight: 3, arbitrary: structuredRef },
      { weight: 3, arbitrary: mutated(structuredRef) },
      { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 64 }) },
      { weight: 1, arbitrary: fc.tuple(fc.constantFrom('a', 'a-', 'a_', 'a.', '0', 'x/'), fc.integer({ min: 100, max: 3_000 })).map(([s, n]) => s.repeat(n) + '!') },
    ),
    run(input) {
      const raw = parseReference(input);
      if (raw.ok) {
        const back = raw.ref.name + (raw.ref.tag !== undefined ? `:${raw.ref.tag}` : '') + (raw.ref.digest !== undefined ? `@${raw.ref.digest}` : '');
        if (back !== input) fail(`parseReference does not round-trip: ${JSON.stringify(back)}`);
      }
      const r = parseImageReference(input);
      if (r.ok) {
        if (input.length > REFERENCE_MAX_LENGTH) fail('accepted a reference over the length limit');
        // Docker's familiar form drops `docker.io/`; where the path's first part would then read
        // as a host (`docker.io/a.b/c`), it is ambiguous in Docker too, so only the rest must round-trip.
        const first = r.ref.repository.split('/')[0]!;
        if (r.ref.registry === 'docker.io' && (/[.:]/.test(first) || first === 'localhost')) return;
        const again = parseImageReference(familiarString(r.ref));
        if (!again.ok) fail(`its familiar form ${JSON.stringify(familiarString(r.ref))} does not parse: ${again.reason}`);
        if (JSON.stringify(again.ref) !== JSON.stringify(r.ref)) fail(`familiar form changes the reference: ${JSON.stringify(again.ref)} vs ${JSON.stringify(r.ref)}`);
      } else if (typeof r.reason !== 'string' || r.reason === '') fail('refused without a reason');
    },
    show: (input) => JSON.stringify(input.slice(0, 300)),
    dump: (input) => input,
  };
}

/** Real versions per OSV ecosystem: advisory events and version lists of the shared bundles, and every corpus component. */
export async function corpusVersions(): Promise<Map<string, string[]>> {
  const by = new Map<string, Set<string>>();
  const add = (eco: string, v: unknown): void => {
    if (typeof v !== 'string' || v === '' || v.length > 200) return;
    let set = by.get(eco);
    if (!set) by.set(eco, (set = new Set()));
    set.add(v);
  };
  const fromRecord = (text: string): void => {
    try {
      const r = JSON.parse(text) as { affected?: { package?: { ecosystem?: string }; ranges?: { events?: Record<string, string>[] }[]; versions?: string[] }[] };
      for (const a of r.affected ?? []) {
        const eco = a.package?.ecosystem;
        if (!eco) continue;
        for (const range of a.ranges ?? []) for (const e of range.events ?? []) for (const v of Object.values(e)) add(eco, v);
        for (const v of (a.versions ?? []).slice(0, 50)) add(eco, v);
      }
    } catch {
      // not a record
    }
  };
  for (const eco of ['Go', 'PyPI', 'crates.io']) {
    await readZipText(join(SEED_DATA, 'osv', eco, 'all.zip'), (n) => n.endsWith('.json'), ({ text }) => fromRecord(text));
  }
  const sample = join(SEED_DATA, 'osv', 'github-reviewed-sample', 'advisories');
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(dir, e.name));
      else if (e.name.endsWith('.json')) fromRecord(readFileSync(join(dir, e.name), 'utf8'));
    }
  };
  walk(sample);
  for (const ex of EXTRACTORS) {
    for (const f of seedsFor(ex, EXTRACTORS, { maxBytes: 3_000_000 })) {
      for (const c of ex.extract({ path: scanPath(f), text: readCorpus(f) }, contextFor(f)).components) add(c.ecosystem, c.version);
    }
  }
  return new Map([...by].map(([eco, set]) => [eco, [...set]]));
}

/** Version-shaped strings of every ecosystem's habits: epochs, v prefixes, qualifiers, local and build parts. */
const structuredVersion: fc.Arbitrary<string> = fc
  .record({
    epoch: fc.option(fc.nat(3), { nil: undefined }),
    v: fc.boolean(),
    nums: fc.array(fc.oneof(fc.nat(20), fc.nat(99_999), fc.constantFrom(2 ** 31, 2 ** 53, 10 ** 20)), { minLength: 1, maxLength: 5 }),
    sep: fc.constantFrom('-', '.', '', '+', '_', '~'),
    qualifier: fc.constantFrom('', 'alpha', 'beta', 'rc', 'RC', 'pre', 'dev', 'post', 'SNAPSHOT', 'Final', 'RELEASE', 'ga', 'sp', 'a', 'b', 'c', 'p', 'pl', 'patch', 'incompatible', 'milestone', 'cr', 'preview', 'x'),
    qnum: fc.option(fc.nat(30), { nil: undefined }),
    build: fc.option(fc.stringMatching(/^[0-9A-Za-z.-]{1,10}$/), { nil: undefined }),
  })
  .map(({ epoch, v, nums, sep, qualifier, qnum, build }) => `${epoch !== undefined ? `${epoch}!` : ''}${v ? 'v' : ''}${nums.join('.')}${qualifier ? `${sep}${qualifier}${qnum ?? ''}` : ''}${build ? `+${build}` : ''}`);

function sign(n: number): number {
  return n < 0 ? -1 : n > 0 ? 1 : 0;
}

export function versionTarget(scheme: VersionScheme, real: readonly string[]): FuzzTarget<[string, string, string]> {
  const pool = real.length > 0 ? real : ['1.0.0'];
  const char = fc.constantFrom(...'0123456789.-+_~!abcxrv'.split(''), 'alpha', 'SNAPSHOT', '.0', '-0', '00');
  const edited = fc
    .tuple(fc.constantFrom(...pool), fc.array(fc.record({ at: fc.nat(100), kind: fc.constantFrom('insert', 'delete', 'replace'), with: char }), { maxLength: 3 }))
    .map(([s, edits]) =>
      edits.reduce((acc, e) => {
        const at = e.at % (acc.length + 1);
        if (e.kind === 'insert') return acc.slice(0, at) + e.with + acc.slice(at);
        if (e.kind === 'delete') return acc.slice(0, at) + acc.slice(at + 1);
        return acc.slice(0, at) + e.with + acc.slice(at + 1);
      }, s),
    );
  const version = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...pool) },
    { weight: 4, arbitrary: edited },
    { weight: 3, arbitrary: structuredVersion },
    { weight: 1, arbitrary: fc.constantFrom(...HOSTILE_TOKENS) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 24 }) },
  );
  return {
    name: `versions/${scheme.ecosystem}`,
    arbitrary: fc.tuple(version, version, version),
    run(triple) {
      const valid = triple.filter((v) => {
        const ok = scheme.isValid(v);
        if (typeof ok !== 'boolean') fail(`isValid(${JSON.stringify(v)}) is not a boolean`);
        return ok;
      });
      for (const a of valid) {
        if (scheme.compare(a, a) !== 0) fail(`compare(${a}, ${a}) is not 0`);
        for (const b of valid) {
          const ab = scheme.compare(a, b);
          if (!Number.isFinite(ab)) fail(`compare(${a}, ${b}) = ${ab}`);
          if (sign(ab) !== -sign(scheme.compare(b, a))) fail(`compare(${a}, ${b}) and compare(${b}, ${a}) disagree`);
        }
      }
      if (valid.length === 3) {
        const [a, b, c] = [...valid].sort((x, y) => scheme.compare(x, y));
        if (scheme.compare(a!, b!) > 0 || scheme.compare(b!, c!) > 0 || scheme.compare(a!, c!) > 0) fail(`not transitive: ${a}, ${b}, ${c}`);
      }
    },
    show: (t) => JSON.stringify(t),
    dump: (t) => t.join('\n'),
  };
}

/** Inputs per target: PW_FUZZ_RUNS, else 100,000 (300 when CI is set). */
export const FULL_RUNS = 100_000;
export const CI_RUNS = 300;

export function fuzzRuns(env: NodeJS.ProcessEnv = process.env): number {
  const given = Number(env.PW_FUZZ_RUNS);
  if (Number.isInteger(given) && given > 0) return given;
  return env.CI ? CI_RUNS : FULL_RUNS;
}

/**
 * The fast-check seed: PW_FUZZ_SEED; else a fixed one when CI is set (a CI run must fail or pass
 * the same way every time); else random, printed with any failure so it can be replayed.
 */
export function fuzzSeed(env: NodeJS.ProcessEnv = process.env): number | undefined {
  const given = Number(env.PW_FUZZ_SEED);
  if (env.PW_FUZZ_SEED !== undefined && Number.isInteger(given)) return given;
  return env.CI ? 1 : undefined;
}

/** The time one input may take: PW_FUZZ_MAX_MS, else 2,000 ms (generous for a loaded two-core runner). */
export function maxMsPerInput(env: NodeJS.ProcessEnv = process.env): number {
  const given = Number(env.PW_FUZZ_MAX_MS);
  return Number.isFinite(given) && given > 0 ? given : 2_000;
}

/** Target names, without building the targets. */
export function targetNames(): string[] {
  return [...EXTRACTORS.map((ex) => `extract/${ex.id}`), 'policy', 'image-reference', ...[...SCHEMES.values(), SEMVER_SCHEME].map((s) => `versions/${s.ecosystem}`)];
}

/** Every target, built once (reading the corpus takes a few seconds). */
export async function allTargets(): Promise<FuzzTarget[]> {
  const out: FuzzTarget[] = EXTRACTORS.map((ex) => extractorTarget(ex) as FuzzTarget);
  out.push((await policyTarget()) as FuzzTarget);
  out.push(imageReferenceTarget() as FuzzTarget);
  const versions = await corpusVersions();
  for (const scheme of [...SCHEMES.values(), SEMVER_SCHEME]) {
    const real = scheme === SEMVER_SCHEME ? [...(versions.get('npm') ?? []), ...(versions.get('crates.io') ?? [])] : (versions.get(scheme.ecosystem) ?? []);
    out.push(versionTarget(scheme, real) as FuzzTarget);
  }
  return out;
}

export interface TargetReport {
  name: string;
  runs: number;
  ms: number;
  /** Slowest single input. */
  maxMs: number;
  failure?: string;
  /** Inputs over the time bound, slowest first. */
  slow: { ms: number; input: string }[];
}

/**
 * Runs one target for `runs` inputs. A throw is shrunk by fast-check to a small counterexample;
 * an input slower than `maxMs` is recorded (not shrunk: re-running slow inputs is what makes a
 * fuzz run hang) and fails the target.
 */
export function runTarget(target: FuzzTarget, opts: { runs: number; maxMs: number; seed?: number }): TargetReport {
  const slow: TargetReport['slow'] = [];
  let maxMs = 0;
  const start = performance.now();
  const details = fc.check(
    fc.property(target.arbitrary, (input) => {
      let t = performance.now();
      target.run(input);
      let ms = performance.now() - t;
      if (ms > opts.maxMs) {
        // Once more before calling it slow: a garbage collection or a busy machine can stall one run.
        t = performance.now();
        target.run(input);
        ms = Math.min(ms, performance.now() - t);
      }
      if (ms > maxMs) maxMs = ms;
      if (ms > opts.maxMs && slow.length < 5) {
        const file = join(tmpdir(), `pw-fuzz-${target.name.replace(/\W+/g, '-')}-slow-${slow.length}.txt`);
        writeFileSync(file, target.dump(input));
        slow.push({ ms, input: `${target.show(input)}\n  saved: ${file}` });
      }
    }),
    { numRuns: opts.runs, ...(opts.seed !== undefined ? { seed: opts.seed } : {}) },
  );
  const report: TargetReport = { name: target.name, runs: details.numRuns, ms: performance.now() - start, maxMs, slow: slow.sort((a, b) => b.ms - a.ms) };
  if (details.failed) {
    const input = details.counterexample ? target.show(details.counterexample[0]) : '(no counterexample)';
    const error = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
    let saved = '';
    if (details.counterexample) {
      const file = join(tmpdir(), `pw-fuzz-${target.name.replace(/\W+/g, '-')}-${details.seed}.txt`);
      writeFileSync(file, target.dump(details.counterexample[0]));
      saved = `\n  saved: ${file}`;
    }
    report.failure = `${error.split('\n')[0]} (seed ${details.seed}, path ${details.counterexamplePath ?? '-'})\n  input: ${input}${saved}`;
  }
  return report;
}
