import { distroPaths } from './os-sources.js';
import { splitScannerReports } from './scanner-report.js';
import { osAdvisoryName } from '../model/os.js';
import { lstatSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import type { Advisory, Problem } from '../model/types.js';
import { matchKey } from '../model/names.js';
import type { AdvisorySource, SourceConfig } from './sources.js';
import { LIMITS } from '../limits.js';
import { AdvisoryDb, EcosystemTally } from './db.js';
import type { LoadedAdvisories, SourceInfo } from './db.js';
import { normaliseOsv } from './osv.js';
import type { BundleIndex } from './osv-cache.js';
import { emptyIndex, fromTuple, prepareCacheDir, readIndex, toTuple, writeIndex } from './osv-cache.js';
import { ZipArchive } from './zip.js';
import { fileLooksLike, layoutOf, listNames } from './sniff.js';
import { loadNative, recogniseNative } from './native/index.js';

// Offline advisory databases: OSV's per-ecosystem all.zip bundles (one <ID>.json per entry), a
// folder of OSV JSON records at any depth (GitHub's advisory-database layout), or one record.
//
// Loading is two passes. The first reads every source: folders, single records and bundles
// without a cached index are parsed whole (and a bundle's index is written); a bundle whose index
// is cached is only opened. The second adds records to the index in source order: every parsed
// record, and from an indexed bundle only the records naming an inventory key plus every record
// sharing an id with one of those, so the same-id rule of AdvisoryDb (the later `modified` wins)
// gives exactly what a full load gives for every key the inventory can look up.

const ORIGIN = 'advise/osv';

/** Collects skips per source so a bundle with 200 informational records yields one notice, not 200. */
class SkipLog {
  constructor(private readonly byReason = new Map<string, string[]>()) {}
  static from(entries: readonly [string, string[]][]): SkipLog {
    return new SkipLog(new Map(entries.map(([reason, where]) => [reason, [...where]])));
  }
  add(reason: string, where: string): void {
    const key = reason.replace(/^[^:]+: /, '');
    const list = this.byReason.get(key);
    if (list) list.push(where);
    else this.byReason.set(key, [where]);
  }
  entries(): [string, string[]][] {
    return [...this.byReason];
  }
  flush(path: string, problems: Problem[]): void {
    for (const [reason, where] of this.byReason) {
      const level: Problem['level'] = reason.startsWith('informational') ? 'notice' : 'warning';
      const examples = where.slice(0, 5).join(', ') + (where.length > 5 ? `, … (${where.length - 5} more)` : '');
      problems.push({ level, origin: ORIGIN, file: path, message: `${where.length} record(s) skipped, ${reason}: ${examples}` });
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
}

/** Advisory count across sources, against LIMITS.maxAdvisories. */
interface Budget {
  accepted: number;
}

type Loaded =
  | { kind: 'records'; info: SourceInfo; advisories: Advisory[] }
  | { kind: 'indexed'; info: SourceInfo; zip: ZipArchive; index: BundleIndex; source: string };

function parseRecord(text: string, where: string, source: string, skips: SkipLog, budget: Budget): Advisory | undefined {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    skips.add(`invalid JSON (${(err as Error).message})`, where);
    return undefined;
  }
  const result = normaliseOsv(raw, source);
  if (!result.advisory) {
    skips.add(result.skip, where);
    return undefined;
  }
  if (budget.accepted >= LIMITS.maxAdvisories) {
    skips.add(`over the ${LIMITS.maxAdvisories}-record limit`, where);
    return undefined;
  }
  budget.accepted++;
  return result.advisory;
}

function keysOf(advisory: Advisory): string[] {
  return [...new Set(advisory.affected.map((a) => matchKey(a.ecosystem, a.name)))];
}

/** The whole bundle, parsed; and its index, when a cache folder is given. */
function parseZip(path: string, sha256: string | undefined, budget: Budget, problems: Problem[], cacheDir?: string): Loaded {
  const skips = new SkipLog();
  const source = `osv-zip:${basename(path)}`;
  const advisories: Advisory[] = [];
  const index = emptyIndex(sha256 ?? '');
  let complete = false;
  let zip: ZipArchive | undefined;
  try {
    zip = ZipArchive.open(path, true);
    const res = zip.forEachText(
      (name) => name.endsWith('.json'),
      (ref, text) => {
        const advisory = parseRecord(text, ref.name, source, skips, budget);
        if (!advisory) return;
        const i = index.entries.length;
        index.entries.push(toTuple(ref));
        index.names.push(ref.name);
        index.ids.push(advisory.id);
        for (const key of keysOf(advisory)) (index.keys[key] ??= []).push(i);
        advisories.push(advisory);
      },
    );
    for (const s of res.skipped) skips.add(s.reason, s.name);
    complete = true;
  } catch (err) {
    problems.push({ level: 'error', origin: ORIGIN, file: path, message: `advisory bundle not read: ${(err as Error).message}` });
  } finally {
    zip?.close();
  }
  index.skips = skips.entries();
  index.ecosystems = EcosystemTally.of(advisories);
  skips.flush(path, problems);
  // Only a complete read under the record limit is worth reusing: it is exactly what the bundle says.
  if (complete && cacheDir && sha256 && budget.accepted < LIMITS.maxAdvisories) {
    const failed = writeIndex(cacheDir, path, index);
    if (failed) problems.push({ level: 'notice', origin: ORIGIN, file: path, message: failed });
  }
  return { kind: 'records', info: { kind: 'osv-zip', path, records: advisories.length, ecosystems: index.ecosystems }, advisories };
}

function loadZip(path: string, budget: Budget, problems: Problem[], cacheDir: string | undefined): Loaded {
  if (!cacheDir) return parseZip(path, undefined, budget, problems);
  let zip: ZipArchive;
  let sha256: string;
  try {
    // By position: a cached run reads a handful of entries, and hashing streams the file.
    zip = ZipArchive.open(path, false);
  } catch {
    return parseZip(path, undefined, budget, problems);
  }
  try {
    sha256 = zip.digest();
  } catch {
    zip.close();
    return parseZip(path, undefined, budget, problems);
  }
  const index = readIndex(cacheDir, path, sha256);
  if (!index || budget.accepted + index.entries.length > LIMITS.maxAdvisories) {
    zip.close();
    return parseZip(path, sha256, budget, problems, cacheDir);
  }
  budget.accepted += index.entries.length;
  SkipLog.from(index.skips).flush(path, problems);
  const info: SourceInfo = { kind: 'osv-zip', path, records: index.entries.length, ecosystems: index.ecosystems };
  return { kind: 'indexed', info, zip, index, source: `osv-zip:${basename(path)}` };
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

/** Entry indexes of an indexed bundle to read: those naming a wanted key or carrying a wanted id. */
function selected(index: BundleIndex, keys: ReadonlySet<string> | undefined, ids: ReadonlySet<string>): number[] {
  if (!keys) return index.ids.map((_, i) => i);
  const out = new Set<number>();
  for (const key of keys) for (const i of index.keys[key] ?? []) out.add(i);
  if (ids.size > 0) index.ids.forEach((id, i) => ids.has(id) && out.add(i));
  return [...out].sort((a, b) => a - b);
}

/** Adds the chosen records of an indexed bundle; a record that no longer reads as indexed is reported. */
function addIndexed(l: Extract<Loaded, { kind: 'indexed' }>, chosen: number[], db: AdvisoryDb, problems: Problem[]): void {
  const skips = new SkipLog();
  for (const i of chosen) {
    const ref = fromTuple(l.index.entries[i]!, l.index.names[i]!);
    const got = l.zip.read(ref);
    if (!got.data) {
      skips.add(`${got.skip} (the bundle changed after it was indexed)`, ref.name);
      continue;
    }
    const result = normaliseOsv(safeParse(got.data.toString('utf8')), l.source);
    if (result.advisory) db.add(result.advisory);
    else skips.add(`${result.skip} (the bundle changed after it was indexed)`, ref.name);
  }
  skips.flush(l.info.path, problems);
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
  const loaded: Loaded[] = [];
  for (const path of paths) {
    let st;
    try {
      st = statSync(path);
    } catch {
      problems.push({ level: 'error', origin: ORIGIN, file: path, message: 'advisory database not found' });
      continue;
    }
    let l: Loaded;
    const native = st.isDirectory() || path.endsWith('.zip') ? safely(() => recogniseNative(path, st.isDirectory())) : undefined;
    if (native) l = loadNativeTree(path, st.isDirectory(), native, budget, problems);
    else if (st.isDirectory()) l = loadDir(path, budget, problems);
    else if (path.endsWith('.zip')) l = loadZip(path, budget, problems, cacheDir);
    else if (path.endsWith('.json')) l = loadFile(path, budget, problems);
    else {
      const like = safely(() => fileLooksLike(path));
      problems.push({ level: 'error', origin: ORIGIN, file: path, message: `expected an OSV all.zip, a folder of OSV JSON records, or one .json record${like ? `; this looks like ${like}` : ''}` });
      continue;
    }
    loaded.push(l);
    const said = problems.some((p) => p.level === 'error' && p.file === path);
    if (l.info.records === 0 && !said) problems.push(noRecords(path, st.isDirectory()));
  }
  // Ids of every record that names an inventory key, whichever source holds it.
  const keys = options.keys;
  const wantedIds = new Set<string>();
  if (keys) {
    for (const l of loaded) {
      if (l.kind === 'records') {
        for (const a of l.advisories) if (keysOf(a).some((k) => keys.has(k))) wantedIds.add(a.id);
      } else {
        for (const key of keys) for (const i of l.index.keys[key] ?? []) wantedIds.add(l.index.ids[i]!);
      }
    }
  }
  try {
    for (const l of loaded) {
      sources.push(l.info);
      if (l.kind === 'records') for (const a of l.advisories) db.add(a);
      else addIndexed(l, selected(l.index, keys, wantedIds), db, problems);
    }
  } finally {
    for (const l of loaded) if (l.kind === 'indexed') l.zip.close();
  }
  return { db, sources, problems };
}

/** The offline OSV databases (`--db`) as an advisory source: only records naming the inventory are loaded. */
export function offlineOsvSource(config: SourceConfig): AdvisorySource | undefined {
  // Distribution data given with --db (a security index, changelogs, ...) and scanners' reports
  // are their own sources' to read; the rest is OSV data.
  const distro = distroPaths(config.db ?? []);
  const reports = new Set(splitScannerReports(config.db ?? []).reports.map((r) => r.path));
  const paths = (config.db ?? []).filter((p) => !distro.has(p) && !reports.has(p));
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
