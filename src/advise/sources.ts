import type { Component, Problem } from '../model/types.js';
import { AdvisoryDb } from './db.js';
import type { SourceInfo } from './db.js';
import type { LiveSession } from './live/index.js';
import { mergeProducts } from './runtime/endoflife.js';
import { emptyRuntimeData } from './runtime/types.js';
import type { ProductReleases, RuntimeData } from './runtime/types.js';
import { endoflifeApiSource, osvApiSource } from './live/index.js';
import { offlineOsvSource } from './osv-local.js';
import { distroDataSource, distroPaths } from './os-sources.js';
import { scannerReportSource, splitScannerReports } from './scanner-report.js';
import type { ScannerReportFile } from './scanner-report.js';
import type { OsFixBook } from '../model/os-fixes.js';
import { releaseFilesSource } from './runtime/index.js';

// The advise stage: every configured advisory source is asked in turn about the inventory, and
// their answers are merged into a new database that the match stage reads. A source never
// changes another's answer; it may look at what the sources before it gave (`known`), so that a
// live source can fill only what the files lacked.

/** What the sources know about the inventory: OSV records, and release data for runtime images. */
export interface AdvisoryData {
  osv: AdvisoryDb;
  runtime: RuntimeData;
  /** When the distribution shipped each OS fix, where its security data says. */
  osFixes?: OsFixBook;
}

/** One source's answer: any of OSV records and runtime release data, with its report entries. */
export interface AdvisoryAnswer {
  osv?: AdvisoryDb;
  products?: readonly ProductReleases[];
  nodeVulnerabilities?: RuntimeData['nodeVulnerabilities'];
  osFixes?: OsFixBook;
  sources: SourceInfo[];
  problems: Problem[];
}

export interface AdvisorySource {
  /** What kind of data it gives: `osv` records or `runtime` release data. */
  readonly gives: 'osv' | 'runtime';
  advisoriesFor(components: readonly Component[], known: Readonly<AdvisoryData>): Promise<AdvisoryAnswer>;
}

/** How a run is configured; each source takes what it needs and is absent when not configured. */
export interface SourceConfig {
  /** Offline OSV databases: all.zip bundles, folders of OSV JSON, single records. */
  db?: readonly string[];
  /** Folder for cached advisory-bundle indexes; undefined: no cache. */
  cacheDir?: string;
  /** Runtime release data in endoflife.date's formats. */
  releases?: string;
  /** The Node.js security working group's data (vuln.zip or a folder). */
  nodejsSecurityWg?: string;
  live?: LiveSession;
  /** The policy's `images:` map (image repository -> endoflife.date product), so its products are read too. */
  policyImages?: Readonly<Record<string, string>>;
}

/**
 * The --db paths sorted once by what they hold (recognised by content), so that no source reads
 * another's files: distribution data, scanners' reports, and the rest, OSV data.
 */
export interface DbPaths {
  osv: readonly string[];
  distro: readonly string[];
  reports: readonly ScannerReportFile[];
}

/** What each source factory is given: the run's configuration with the --db paths sorted. */
export type SortedSourceConfig = Omit<SourceConfig, 'db'> & { db: DbPaths };

function sortDb(paths: readonly string[]): DbPaths {
  const { reports, rest } = splitScannerReports(paths);
  const distro = distroPaths(rest);
  return { osv: rest.filter((p) => !distro.has(p)), distro: [...distro], reports };
}

/**
 * The advisory sources, in the order they are asked (files before the network, so the network
 * only fills gaps). A new source is a file exporting a factory, and one line here.
 */
export const ADVISORY_SOURCES: readonly ((config: SortedSourceConfig) => AdvisorySource | undefined)[] = [
  distroDataSource,
  offlineOsvSource,
  osvApiSource,
  releaseFilesSource,
  endoflifeApiSource,
  scannerReportSource,
];

export interface AdviseResult {
  advisories: AdvisoryData;
  sources: SourceInfo[];
  problems: Problem[];
}

/** Asks each configured source about the components and merges the answers into a new database. */
export async function advise(components: readonly Component[], config: SourceConfig): Promise<AdviseResult> {
  const sources: SourceInfo[] = [];
  const problems: Problem[] = [];
  const sorted: SortedSourceConfig = { ...config, db: sortDb(config.db ?? []) };
  const configured = ADVISORY_SOURCES.map((make) => make(sorted)).filter((s): s is AdvisorySource => s !== undefined);
  if (!configured.some((s) => s.gives === 'osv') && components.some((c) => c.image === undefined)) {
    // Packages were found and nothing could judge them: an input that cannot serve, not a pass.
    problems.push({ level: 'error', origin: 'advise', message: 'no advisory source: no --db was given and the OSV API is off (--offline); nothing could be matched. Give an OSV bundle with --db, or run online' });
  }
  let known: AdvisoryData = { osv: new AdvisoryDb(), runtime: emptyRuntimeData() };
  const osvParts: AdvisoryDb[] = [];
  for (const source of configured) {
    const answer = await source.advisoriesFor(components, known);
    sources.push(...answer.sources);
    problems.push(...answer.problems);
    if (answer.osv) osvParts.push(answer.osv);
    // One part is read as it is (nothing writes to it); several are merged into a new index.
    const osv = !answer.osv ? known.osv : osvParts.length === 1 ? answer.osv : AdvisoryDb.merge(osvParts);
    known = { osv, runtime: mergeRuntime(known.runtime, answer), ...(answer.osFixes ?? known.osFixes ? { osFixes: answer.osFixes ?? known.osFixes! } : {}) };
  }
  return { advisories: known, sources, problems };
}

/** Release data of earlier sources, with an answer's products added (earlier sources win; gaps are filled). */
function mergeRuntime(into: RuntimeData, answer: AdvisoryAnswer): RuntimeData {
  if (!answer.products?.length && !answer.nodeVulnerabilities?.length) return into;
  const products = new Map(into.products);
  for (const p of answer.products ?? []) {
    const have = products.get(p.product);
    if (!have) {
      products.set(p.product, p);
      continue;
    }
    const copy: ProductReleases = { ...have, cycles: have.cycles.map((c) => ({ ...c })), versions: new Map(have.versions), sources: [...have.sources] };
    mergeProducts(copy, p);
    products.set(p.product, copy);
  }
  return { ...into, products, nodeVulnerabilities: [...into.nodeVulnerabilities, ...(answer.nodeVulnerabilities ?? [])] };
}
