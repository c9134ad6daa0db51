import { lstatSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import type { Advisory, Problem } from '../model/types.js';
import { matchKey } from '../model/names.js';
import { LIMITS } from '../limits.js';
import { AdvisoryDb, EcosystemTally } from './db.js';
import type { LoadedAdvisories, SourceInfo } from './db.js';
import { normaliseOsv, recordFacts } from './osv.js';
import type { BundleLookup, IndexedEntry, SkipSummary } from './osv-cache.js';
import type { RecordFacts } from './osv.js';
import { identityOf, IndexDamaged, MemoryLookup, nowNs, openIndex, prepareCacheDir, reopenIndex, writeIndex } from './osv-cache.js';
import { ZipArchive } from './zip.js';
import type { ZipEntryRef } from './zip.js';
import { InflateWorker } from './inflate-worker.js';
import { availableParallelism } from 'node:os';
import { fileLooksLike, layoutOf, listNames } from './sniff.js';
import { loadNative, recogniseNative } from './native/index.js';
import { osAdvisoryName } from '../model/os.js';
import type { AdvisorySource, SortedSourceConfig } from './sources.js';

// Offline advisory databases: OSV's per-ecosystem all.zip bundles (one <ID>.json per entry), a
// folder of OSV JSON records at any depth (GitHub's advisory-database layout), or one record.
//
// Loading is three passes. The first reads every source: folders and single records are parsed
// whole; a bundle is read through its index (osv-cache.ts), cached by an earlier run or built now
// in one pass that keeps only the index, never the records. The second collects the ids of every
// record naming an inventory key, whichever source holds it. The third reads from each bundle
// only the records naming an inventory key plus every record sharing an id with one of those, and
// adds records in source order, so the same-id rule of AdvisoryDb (the later `modified` wins)
// gives exactly what a full load gives for every key the inventory can look up. A cached index
// found damaged in any pass is built again from its bundle before the pass goes on.

const ORIGIN = 'advise/osv';

/** Collects skips per source so a bundle with 200 informational records yields one notice, not 200. */
class SkipLog {
  private readonly byReason = new Map<string, { count: number; examples: string[] }>();
  static from(entries: readonly SkipSummary[]): SkipLog {
    const log = new SkipLog();
    for (const [reason, count, examples] of entries) log.byReason.set(reason, { count, examples: [...examples] });
    return log;
  }
  add(reason: string, where: string): void {
    const key = reason.replace(/^[^:]+: /, '');
    const got = this.byReason.get(key);
    if (!got) this.byReason.set(key, { count: 1, examples: [where] });
    else if (got.count++ < 5) got.examples.push(where);
  }
  /** What the report shows of the skips: the count and the first five names, per reason. */
  summary(): SkipSummary[] {
    return [...this.byReason].map(([reason, { count, examples }]) => [reason, count, examples]);
  }
  flush(path: string, problems: Problem[]): void {
    for (const [reason, { count, examples }] of this.byReason) {
      const level: Problem['level'] = reason.startsWith('informational') ? 'notice' : 'warning';
      const shown = examples.join(', ') + (count > 5 ? `, … (${count - 5} more)` : '');
      problems.push({ level, origin: ORIGIN, file: path, message: `${count} record(s) skipped, ${reason}: ${shown}` });
    }
  }
}

export interface OfflineLoadOptions {
  /**
   * The inventory's matchKey()s. With a cached bundle index, only records naming one of them (and
   * records sharing an id with those) are read; lookups of other keys then find nothing.
   */
  keys?: ReadonlySet<string>;
  /** Folder for the bundles' cached indexes; none when absent. */
  cacheDir?: string;
  /** Bundles from this size (bytes) are inflated on a second thread while indexed; tests lower it. */
  parallelFromBytes?: number;
}

/** OSV's per-ecosystem bundles of a few MB index in well under a second on one thread. */
export const PARALLEL_FROM_BYTES = 16 * 1024 * 1024;

/** Advisory count across sources, against LIMITS.maxAdvisories. */
interface Budget {
  accepted: number;
}

type Loaded = { kind: 'records'; info: SourceInfo; advisories: Advisory[] } | Bundle;

/** A bundle read through its index: built in this run, or cached by an earlier one. */
interface Bundle {
  kind: 'indexed';
  info: SourceInfo;
  source: string;
  lookup: BundleLookup;
  /** By position, for the records a run asks for; absent when the bundle could not be opened. */
  zip?: ZipArchive;
  /** What reading the bundle (or its cached index) reported. */
  problems: Problem[];
  /** Whether the index was built in this run (in memory, or written and read back from its file); a cached one found damaged is rebuilt. */
  built: boolean;
}

/**
 * One record's text, judged: `judge` gives what is kept of it or the reason it is skipped. Invalid
 * JSON, skips and the record limit are counted the same way whatever is kept.
 */
function screenRecord<T extends object>(text: string, where: string, skips: SkipLog, budget: Budget, judge: (raw: unknown) => T | string): T | undefined {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    skips.add(`invalid JSON (${(err as Error).message})`, where);
    return undefined;
  }
  const kept = judge(raw);
  if (typeof kept === 'string') {
    skips.add(kept, where);
    return undefined;
  }
  if (budget.accepted >= LIMITS.maxAdvisories) {
    skips.add(`over the ${LIMITS.maxAdvisories}-record limit`, where);
    return undefined;
  }
  budget.accepted++;
  return kept;
}

function parseRecord(text: string, where: string, source: string, skips: SkipLog, budget: Budget): Advisory | undefined {
  return screenRecord(text, where, skips, budget, (raw) => {
    const r = normaliseOsv(raw, source);
    return r.advisory ?? r.skip;
  });
}

/** What a bundle's index keeps of a record: the same screen as parseRecord, without building the advisory. */
function indexRecord(text: string, where: string, skips: SkipLog, budget: Budget): RecordFacts | undefined {
  return screenRecord(text, where, skips, budget, (raw) => {
    const r = recordFacts(raw);
    return r.facts ?? r.skip;
  });
}

function keysOf(packages: readonly { ecosystem: string; name: string }[]): string[] {
  if (packages.length === 1) return [matchKey(packages[0]!.ecosystem, packages[0]!.name)];
  return [...new Set(packages.map((a) => matchKey(a.ecosystem, a.name)))];
}

/**
 * Reads every record of the bundle once, in archive order and in bounded memory, and keeps only
 * its index (where each accepted record is, its id and the keys it names); writes the index to
 * the cache folder when one is given and the read was complete.
 */
async function buildBundle(path: string, budget: Budget, cacheDir: string | undefined, parallelFromBytes: number): Promise<Bundle> {
  const problems: Problem[] = [];
  const skips = new SkipLog();
  const source = `osv-zip:${basename(path)}`;
  let lookup = new MemoryLookup();
  const tally = new EcosystemTally();
  let complete = false;
  let scan: ZipArchive | undefined;
  let sha256: string | undefined;
  // Taken before the read: a bundle changed during it shows another identity next time.
  const identity = cacheDir ? identityOf(path) : undefined;
  const builtAtNs = nowNs();
  let worker: InflateWorker | undefined;
  try {
    scan = ZipArchive.open(path, 'sequential');
    lookup = new MemoryLookup(scan.entryCount);
    const want = (name: string): boolean => name.endsWith('.json');
    const onEntry = (ref: ZipEntryRef, text: string): void => {
      // Only the facts the index keeps: the record itself is read again if a run asks for it.
      const facts = indexRecord(text, ref.name, skips, budget);
      if (!facts) return;
      lookup.add(ref, facts.id, keysOf(facts.packages));
      tally.addRecord(facts.packages, facts.date, facts.withdrawn);
    };
    // A big bundle is inflated on a second thread while this one parses and indexes.
    if (scan.size >= parallelFromBytes && availableParallelism() > 1) worker = InflateWorker.start();
    // The digest, too, is made there, between batches.
    const digest = cacheDir ? (worker ? scan.digestWith(worker) : Promise.resolve(scan.digest())) : undefined;
    digest?.catch(() => undefined);
    const res = worker ? await scan.forEachTextWith(worker, want, onEntry) : scan.forEachText(want, onEntry);
    sha256 = await digest;
    for (const s of res.skipped) skips.add(s.reason, s.name);
    complete = true;
  } catch (err) {
    problems.push({ level: 'error', origin: ORIGIN, file: path, message: `advisory bundle not read: ${(err as Error).message}` });
  } finally {
    worker?.close();
    scan?.close();
  }
  lookup.skips = skips.summary();
  lookup.ecosystems = tally.result();
  skips.flush(path, problems);
  // Only a complete read under the record limit is worth reusing: it is exactly what the bundle says.
  let answers: BundleLookup = lookup;
  if (complete && cacheDir && sha256 && identity && budget.accepted < LIMITS.maxAdvisories) {
    const failed = writeIndex(cacheDir, path, sha256, identity, builtAtNs, lookup);
    if (failed) problems.push({ level: 'notice', origin: ORIGIN, file: path, message: failed });
    // Asked through the file, as a later run asks it: the index in memory (tens of MB for a big
    // bundle) is let go before the run matches and reports.
    else answers = reopenIndex(cacheDir, path, sha256, builtAtNs) ?? lookup;
  }
  let zip: ZipArchive | undefined;
  try {
    if (lookup.records > 0) zip = ZipArchive.open(path, false);
  } catch {
    zip = undefined;
  }
  const info: SourceInfo = { kind: 'osv-zip', path, records: lookup.records, ecosystems: lookup.ecosystems };
  return { kind: 'indexed', info, source, lookup: answers, problems, built: true, ...(zip ? { zip } : {}) };
}

/**
 * Whether the cache folder holds an index that describes the bundle. With `digest` false the
 * bundle's identity alone decides (no hashing: a bundle whose identity changed counts as not
 * indexed).
 */
export function hasCachedIndex(path: string, cacheDir: string, digest: boolean): boolean {
  let zip: ZipArchive | undefined;
  try {
    const lookup = openIndex(cacheDir, path, identityOf(path), () => {
      if (!digest) throw new Error('not hashed');
      zip ??= ZipArchive.open(path, false);
      return zip.digest();
    });
    lookup?.close();
    return lookup !== undefined;
  } catch {
    return false;
  } finally {
    zip?.close();
  }
}

/**
 * Builds and caches the index of each bundle that has none, as a first run of the advise stage
 * would, without keeping anything: the index worker's job (index-ahead.ts), done while the main
 * thread reads the repository. The advise stage then finds the indexes as a later run does.
 */
export async function cacheBundleIndexes(paths: readonly string[], cacheDir: string, parallelFromBytes = PARALLEL_FROM_BYTES): Promise<void> {
  if (prepareCacheDir(cacheDir) !== undefined) return;
  for (const path of paths) {
    if (hasCachedIndex(path, cacheDir, true)) continue;
    // A budget of its own: the advise stage counts the sources in order, and builds again on
    // its own thread an index its count cannot take (as it does with any cached index).
    const built = await buildBundle(path, { accepted: 0 }, cacheDir, parallelFromBytes);
    built.lookup.close();
    built.zip?.close();
  }
}

async function loadZip(path: string, budget: Budget, cacheDir: string | undefined, parallelFromBytes: number): Promise<Bundle> {
  if (!cacheDir) return buildBundle(path, budget, undefined, parallelFromBytes);
  let zip: ZipArchive;
  try {
    // By position: a cached run reads a handful of entries.
    zip = ZipArchive.open(path, false);
  } catch {
    return buildBundle(path, budget, undefined, parallelFromBytes);
  }
  let lookup: BundleLookup | undefined;
  try {
    lookup = openIndex(cacheDir, path, identityOf(path), () => zip.digest());
  } catch {
    lookup = undefined;
  }
  if (!lookup || budget.accepted + lookup.records > LIMITS.maxAdvisories) {
    lookup?.close();
    zip.close();
    return buildBundle(path, budget, cacheDir, parallelFromBytes);
  }
  budget.accepted += lookup.records;
  const problems: Problem[] = [];
  SkipLog.from(lookup.skips).flush(path, problems);
  const info: SourceInfo = { kind: 'osv-zip', path, records: lookup.records, ecosystems: lookup.ecosystems };
  return { kind: 'indexed', info, source: `osv-zip:${basename(path)}`, lookup, zip, problems, built: false };
}

/** A cached index found damaged where it was read: built again from the bundle, in its place. */
async function rebuild(b: Bundle, budget: Budget, cacheDir: string | undefined, parallelFromBytes: number): Promise<void> {
  b.lookup.close();
  b.zip?.close();
  budget.accepted -= b.lookup.records;
  const fresh = await buildBundle(b.info.path, budget, cacheDir, parallelFromBytes);
  Object.assign(b, { info: fresh.info, lookup: fresh.lookup, zip: fresh.zip, problems: fresh.problems, built: true });
}

/** `ask` of the bundle's index; a cached index found damaged is rebuilt first and asked again. */
async function guarded<T>(b: Bundle, budget: Budget, cacheDir: string | undefined, parallelFromBytes: number, ask: (lookup: BundleLookup) => T): Promise<T> {
  try {
    return ask(b.lookup);
  } catch (err) {
    if (!(err instanceof IndexDamaged) || b.lookup instanceof MemoryLookup) throw err;
    // An index file this run wrote and found damaged is built again in memory only.
    await rebuild(b, budget, b.built ? undefined : cacheDir, parallelFromBytes);
    return ask(b.lookup);
  }
}

function loadDir(path: string, budget: Budget, problems: Problem[]): Loaded {
  const skips = new SkipLog();
  const advisories: Advisory[] = [];
  const source = `osv-dir:${basename(path)}`;
  const walk = (dir: string, depth: number): void => {
    if (depth > LIMITS.maxDepth) return;
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch (err) {
      skips.add(`folder not readable (${(err as NodeJS.ErrnoException).code ?? String(err)})`, relative(path, dir));
      return;
    }
    for (const name of names) {
      const abs = join(dir, name);
      const st = lstatSync(abs);
      // Links are not followed: an advisory folder has no reason to contain them.
      if (st.isDirectory()) walk(abs, depth + 1);
      else if (st.isFile() && name.endsWith('.json')) {
        const rel = relative(path, abs);
        if (st.size > LIMITS.advisoryMaxFileBytes) {
          skips.add(`over the ${LIMITS.advisoryMaxFileBytes}-byte limit per record`, rel);
          continue;
        }
        const advisory = parseRecord(readFileSync(abs, 'utf8'), rel, source, skips, budget);
        if (advisory) advisories.push(advisory);
      }
    }
  };
  walk(path, 0);
  skips.flush(path, problems);
  return { kind: 'records', info: { kind: 'osv-dir', path, records: advisories.length, ecosystems: EcosystemTally.of(advisories) }, advisories };
}

function loadFile(path: string, budget: Budget, problems: Problem[]): Loaded {
  const skips = new SkipLog();
  // The same cap as in a folder: a --db path can name a file a pull request wrote.
  const tooBig = statSync(path).size > LIMITS.advisoryMaxFileBytes;
  if (tooBig) skips.add(`over the ${LIMITS.advisoryMaxFileBytes}-byte limit per record`, basename(path));
  const advisory = tooBig ? undefined : parseRecord(readFileSync(path, 'utf8'), basename(path), `osv-file:${basename(path)}`, skips, budget);
  skips.flush(path, problems);
  const advisories = advisory ? [advisory] : [];
  return { kind: 'records', info: { kind: 'osv-file', path, records: advisories.length, ecosystems: EcosystemTally.of(advisories) }, advisories };
}


/** Records of a bundle to read, in archive order: those naming a wanted key or carrying a wanted id. */
function selected(lookup: BundleLookup, keys: ReadonlySet<string> | undefined, ids: ReadonlySet<string>): IndexedEntry[] {
  if (!keys) return lookup.all();
  const out = new Map<number, IndexedEntry>();
  lookup.expect('keys', keys.size);
  for (const key of keys) for (const e of lookup.byKey(key)) out.set(e.n, e);
  // Most wanted ids come from this bundle's own keys; where ids are unique, those are all read.
  const found = lookup.uniqueIds ? new Set([...out.values()].map((e) => e.id)) : undefined;
  const rest = found ? [...ids].filter((id) => !found.has(id)) : [...ids];
  lookup.expect('ids', rest.length);
  for (const id of rest) for (const e of lookup.byId(id)) out.set(e.n, e);
  return [...out.values()].sort((a, b) => a.n - b.n);
}

/**
 * The chosen records of a bundle. A record that does not read back as indexed means a damaged
 * cached index (IndexDamaged: it is rebuilt); after a rebuild in this run, it means the bundle
 * changed during the run, and the record is skipped with that reason.
 */
function readChosen(b: Bundle, chosen: IndexedEntry[]): Advisory[] {
  const skips = new SkipLog();
  const out: Advisory[] = [];
  for (const { ref, id } of chosen) {
    const got = b.zip ? b.zip.read(ref) : { skip: 'bundle not readable' };
    const result = got.data ? normaliseOsv(safeParse(got.data.toString('utf8')), b.source) : undefined;
    if (result?.advisory && result.advisory.id === id) {
      out.push(result.advisory);
      continue;
    }
    if (!b.built) throw new IndexDamaged(`${ref.name} does not read as indexed`);
    skips.add(`${got.skip ?? result?.skip ?? `id is not ${id}`} (the bundle changed after it was indexed)`, ref.name);
  }
  skips.flush(b.info.path, b.problems);
  return out;
}

/** A native advisory tree (RubySec, FriendsOfPHP), restated as OSV-equivalent records. */
function loadNativeTree(path: string, isDir: boolean, found: NonNullable<ReturnType<typeof recogniseNative>>, budget: Budget, problems: Problem[]): Loaded {
  const kind = found.format.kind;
  const skips = new SkipLog();
  const accept = (): boolean => budget.accepted < LIMITS.maxAdvisories && ++budget.accepted > 0;
  let got;
  try {
    got = loadNative(path, isDir, found, `${kind}:${basename(path)}`, accept);
  } catch (err) {
    problems.push({ level: 'error', origin: ORIGIN, file: path, message: `${found.format.title} not read: ${(err as Error).message}` });
    return { kind: 'records', info: { kind, path, records: 0 }, advisories: [] };
  }
  for (const [reason, where] of got.skips) skips.add(reason, where);
  skips.flush(path, problems);
  return { kind: 'records', info: { kind, path, records: got.advisories.length, ecosystems: EcosystemTally.of(got.advisories) }, advisories: got.advisories };
}

function safely<T>(f: () => T): T | undefined {
  try {
    return f();
  } catch {
    return undefined;
  }
}

/** A source that gave no record cannot serve: an error that says what the path looked like. */
function noRecords(path: string, isDir: boolean): Problem {
  const like = path.endsWith('.json') && !isDir ? safely(() => fileLooksLike(path)) : safely(() => layoutOf(listNames(path, isDir)));
  const what = like ?? 'OSV-style JSON, but no record could be used (see the skips reported for it)';
  return { level: 'error', origin: ORIGIN, file: path, message: `no OSV record in this advisory database; it looks like ${what}` };
}

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * Loads every given path into one index. A path that does not exist or cannot be read is an
 * error-level problem (the run must not pass on missing data); bad records inside a source are
 * skipped with reasons.
 */
export async function loadOfflineAdvisories(
  paths: readonly string[],
  db = new AdvisoryDb(),
  options: OfflineLoadOptions = {},
): Promise<LoadedAdvisories> {
  const sources: SourceInfo[] = [];
  const problems: Problem[] = [];
  let cacheDir = options.cacheDir;
  if (cacheDir !== undefined) {
    const unusable = prepareCacheDir(cacheDir);
    if (unusable) {
      problems.push({ level: 'notice', origin: ORIGIN, message: `advisory index cache not used: ${unusable}` });
      cacheDir = undefined;
    }
  }
  const budget: Budget = { accepted: 0 };
  const parallelFromBytes = options.parallelFromBytes ?? PARALLEL_FROM_BYTES;
  const loaded: Loaded[] = [];
  // Problems in source order, whatever pass finds them: a bundle's list is filled in later passes.
  const perSource: (Problem[] | Bundle)[] = [];
  for (const path of paths) {
    let st;
    try {
      st = statSync(path);
    } catch {
      problems.push({ level: 'error', origin: ORIGIN, file: path, message: 'advisory database not found' });
      continue;
    }
    const mine: Problem[] = [];
    // A native tree (RubySec, FriendsOfPHP) is recognised by its names and first record. A zip is
    // asked only when it holds no OSV record, so that an OSV bundle's warm run reads nothing more
    // than its index says.
    const native = st.isDirectory() ? safely(() => recogniseNative(path, true)) : undefined;
    let l: Loaded | undefined;
    if (native) l = loadNativeTree(path, true, native, budget, mine);
    else if (st.isDirectory()) l = loadDir(path, budget, mine);
    else if (path.endsWith('.zip')) {
      const b = await loadZip(path, budget, cacheDir, parallelFromBytes);
      const nativeZip = b.info.records === 0 ? safely(() => recogniseNative(path, false)) : undefined;
      if (nativeZip) {
        b.lookup.close();
        b.zip?.close();
        l = loadNativeTree(path, false, nativeZip, budget, mine);
      } else {
        loaded.push(b);
        perSource.push(problems.splice(0), b);
        // A bundle that gave no record cannot serve (its own errors, if any, say why).
        if (b.info.records === 0 && !b.problems.some((p) => p.level === 'error')) b.problems.push(noRecords(path, false));
        continue;
      }
    } else if (path.endsWith('.json')) l = loadFile(path, budget, mine);
    else {
      const like = safely(() => fileLooksLike(path));
      mine.push({ level: 'error', origin: ORIGIN, file: path, message: `expected an OSV all.zip, a folder of OSV JSON records, or one .json record${like ? `; this looks like ${like}` : ''}` });
    }
    if (l) {
      loaded.push(l);
      if (l.info.records === 0 && !mine.some((p) => p.level === 'error')) mine.push(noRecords(path, st.isDirectory()));
    }
    problems.push(...mine);
  }
  perSource.push(problems.splice(0));
  try {
    // Ids of every record that names an inventory key, whichever source holds it.
    const keys = options.keys;
    const wantedIds = new Set<string>();
    if (keys) {
      for (const l of loaded) {
        if (l.kind === 'records') {
          for (const a of l.advisories) if (keysOf(a.affected).some((k) => keys.has(k))) wantedIds.add(a.id);
        } else {
          await guarded(l, budget, cacheDir, parallelFromBytes, (lookup) => {
            lookup.expect('keys', keys.size);
            for (const key of keys) for (const e of lookup.byKey(key)) wantedIds.add(e.id);
          });
        }
      }
    }
    const chosen = new Map<Bundle, Advisory[]>();
    for (const l of loaded) {
      if (l.kind === 'indexed') chosen.set(l, await guarded(l, budget, cacheDir, parallelFromBytes, (lookup) => readChosen(l, selected(lookup, keys, wantedIds))));
    }
    for (const l of loaded) {
      sources.push(l.info);
      for (const a of l.kind === 'records' ? l.advisories : chosen.get(l)!) db.add(a);
    }
  } finally {
    for (const l of loaded) {
      if (l.kind !== 'indexed') continue;
      l.lookup.close();
      l.zip?.close();
    }
  }
  for (const p of perSource) problems.push(...(Array.isArray(p) ? p : p.problems));
  return { db, sources, problems };
}

/** The offline OSV databases (`--db`) as an advisory source: only records naming the inventory are loaded. */
export function offlineOsvSource(config: SortedSourceConfig): AdvisorySource | undefined {
  // Distribution data (a security index, changelogs, ...) and scanners' reports given with --db
  // are their own sources' to read; the rest is OSV data.
  const paths = config.db.osv;
  if (paths.length === 0) return undefined;
  return {
    gives: 'osv',
    async advisoriesFor(components) {
      // An OS package's advisories name its source package.
      const keys = new Set(components.map((c) => matchKey(c.ecosystem, osAdvisoryName(c).name)));
      const loaded = await loadOfflineAdvisories(paths, new AdvisoryDb(), { keys, ...(config.cacheDir ? { cacheDir: config.cacheDir } : {}) });
      return { osv: loaded.db, sources: loaded.sources, problems: loaded.problems };
    },
  };
}
