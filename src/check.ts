import type { SourceInfo } from './advise/db.js';
import { AdvisoryDb } from './advise/db.js';
import { loadOfflineAdvisories } from './advise/osv-local.js';
import { loadKev } from './advise/kev.js';
import type { KevCatalog } from './advise/kev.js';
import { loadEpss } from './advise/epss.js';
import type { EpssScores } from './advise/epss.js';
import { defaultCacheDir, LiveSession } from './advise/live/index.js';
import type { LiveOptions } from './advise/live/index.js';
import { mergeProducts } from './advise/runtime/endoflife.js';
import { emptyRuntimeData, loadRuntimeData } from './advise/runtime/index.js';
import { discover } from './discover/index.js';
import type { Exclusion } from './discover/index.js';
import { realRoot } from './discover/read.js';
import { evaluate } from './evaluate/index.js';
import { loadPolicy } from './evaluate/policy/load.js';
import { extractAll } from './extract/index.js';
import { EXTRACTORS } from './extract/registry.js';
import { matchComponents } from './match/index.js';
import { matchRuntime } from './match/runtime.js';
import { matchKey } from './model/names.js';
import type { Match, Problem, SeverityLabel } from './model/types.js';
import type { Report } from './report/model.js';
import { REPORT_SCHEMA_VERSION, summarise, toReportComponent } from './report/model.js';
import { TOOL_NAME, TOOL_VERSION } from './version.js';

export interface CheckOptions {
  /** The repository to scan. */
  root: string;
  /** Offline advisory databases: OSV all.zip bundles, folders of OSV JSON, single records. */
  db?: readonly string[];
  /** Policy: a file, `builtin:NAME@MAJOR`, or undefined for the repository's own or the baseline. */
  policy?: string;
  /**
   * Where the repository's own policy (and the files it extends) is looked for: `root` by
   * default. A pull request's run points it at a checkout of the base commit, so that the pull
   * request cannot loosen the gate it is judged by.
   */
  policyRoot?: string;
  /** Paths not to scan (folders are not entered, files not read), compiled by exclusion(). */
  exclude?: Exclusion;
  now: Date;
  /** Overrides the policy's gate. */
  failOn?: SeverityLabel | 'none';
  /** CISA KEV catalogue (JSON) and FIRST EPSS scores (CSV), offline. */
  kev?: string;
  epss?: string;
  /** Runtime release data in endoflife.date's formats (patch lag and end of life of images). */
  releases?: string;
  /** The Node.js security working group's data (vuln.zip or a folder), for `node` images. */
  nodejsSecurityWg?: string;
  /** Folder for cached advisory-bundle indexes (default: defaultCacheDir()); false: no cache. */
  cacheDir?: string | false;
  /**
   * Live sources (the OSV API, registries' release dates, KEV and EPSS feeds, endoflife.date),
   * with their cache and failure policy. Absent: files only.
   */
  live?: LiveOptions;
}

export interface CheckResult {
  /** Absent only when the run could not start (an invalid policy). */
  report?: Report;
  /** 0: gate passed; 1: an overdue finding at or above the gate; 2: a policy or input error. */
  exitCode: 0 | 1 | 2;
  /** Problems that stopped the run before a report could be made. */
  fatal: Problem[];
}

/**
 * The one engine behind the CLI and the action: discover -> extract -> advise -> match ->
 * evaluate -> report. Only `evaluate` decides statuses, and it takes `now` as an argument.
 */
export async function check(opts: CheckOptions): Promise<CheckResult> {
  const root = realRoot(opts.root);
  const policyResult = await loadPolicy({ spec: opts.policy, root: opts.policyRoot === undefined ? root : realRoot(opts.policyRoot) });
  if (!policyResult.policy) return { exitCode: 2, fatal: policyResult.problems };
  const policy = policyResult.policy;
  const problems: Problem[] = [...policyResult.problems];

  const found = discover({ root, extractors: EXTRACTORS, ...(opts.exclude ? { exclude: opts.exclude } : {}) });
  problems.push(...found.problems);
  const extracted = extractAll(root, found.files);
  problems.push(...extracted.problems);

  const sources: SourceInfo[] = [];
  let db = new AdvisoryDb();
  if (opts.db && opts.db.length > 0) {
    const keys = new Set(extracted.components.map((c) => matchKey(c.ecosystem, c.name)));
    const cacheDir = opts.cacheDir === false ? undefined : (opts.cacheDir ?? defaultCacheDir());
    const loaded = await loadOfflineAdvisories(opts.db, db, { keys, ...(cacheDir ? { cacheDir } : {}) });
    db = loaded.db;
    sources.push(...loaded.sources);
    problems.push(...loaded.problems);
  }
  const live = opts.live ? new LiveSession(opts.live) : undefined;
  if (live?.enabled('osv-api')) {
    const got = await live.advisories(extracted.components, db);
    sources.push(...got.sources);
    problems.push(...got.problems);
  } else if (!opts.db || opts.db.length === 0) {
    problems.push({ level: 'warning', origin: 'advise', message: 'no advisory database given (--db) and the OSV API is off: nothing can be matched' });
  }

  let kev: KevCatalog | undefined;
  if (opts.kev) {
    const loaded = await loadKev(opts.kev);
    kev = loaded.catalog;
    problems.push(...loaded.problems);
    sources.push({ kind: 'kev', path: opts.kev, records: kev.size });
  }
  // The live KEV feed is asked for after matching, and only when something matched: a run that
  // finds nothing asks no network. Its source and problems keep their place in the report.
  const kevAt = { sources: sources.length, problems: problems.length };
  let epss: EpssScores | undefined;
  if (opts.epss) {
    const loaded = await loadEpss(opts.epss);
    epss = loaded.scores;
    problems.push(...loaded.problems);
    sources.push({ kind: 'epss', path: opts.epss, records: epss.size });
  }

  const matched = matchComponents(extracted.components, db);
  problems.push(...matched.problems);
  const matches: Match[] = matched.matches;

  // Runtime images have no OSV advisories: release data says what is behind or past its end.
  let runtime = emptyRuntimeData();
  if (opts.releases) {
    const loaded = await loadRuntimeData(opts.releases, opts.nodejsSecurityWg ? { nodejsSecurityWg: opts.nodejsSecurityWg } : {});
    runtime = loaded.data;
    problems.push(...loaded.problems);
    sources.push({ kind: 'releases', path: opts.releases, records: runtime.products.size });
    if (runtime.nodeVulnerabilities.length > 0) {
      sources.push({ kind: 'nodejs-security-wg', path: opts.nodejsSecurityWg ?? opts.releases, records: runtime.nodeVulnerabilities.length });
    }
  }
  if (live?.enabled('endoflife')) {
    // Files given with --releases win; the API fills in the products they lack.
    const wanted = new Set(extracted.components.flatMap((c) => (c.image?.product ? [c.image.product] : [])));
    const got = await live.endoflife([...wanted].filter((p) => !runtime.products.has(p)));
    for (const p of got.products) {
      const have = runtime.products.get(p.product);
      if (have) mergeProducts(have, p);
      else runtime.products.set(p.product, p);
    }
    sources.push(...got.sources);
    problems.push(...got.problems);
  }
  const runtimeMatched = matchRuntime(extracted.components, runtime, opts.now);
  matches.push(...runtimeMatched.matches);
  problems.push(...runtimeMatched.problems);

  if (!opts.kev && live?.enabled('kev') && matches.length > 0) {
    const got = await live.kev();
    if (got.kev) kev = got.kev.catalog;
    sources.splice(kevAt.sources, 0, ...got.sources);
    problems.splice(kevAt.problems, 0, ...got.problems);
  }
  if (live) {
    // The clock starts when the fix was released, where the registry says when that was.
    const dated = await live.fixReleaseDates(matches);
    sources.push(...dated.sources);
    problems.push(...dated.problems);
    const cves = new Set(matches.flatMap((m) => [m.advisory.id, ...m.aliases]).filter((id) => /^CVE-\d{4}-\d+$/.test(id)));
    if (!opts.epss && live.enabled('epss') && cves.size > 0) {
      const got = await live.epss(cves);
      if (got.epss) epss = got.epss.scores;
      sources.push(...got.sources);
      problems.push(...got.problems);
    }
  }

  const evaluated = evaluate({ matches, policy, now: opts.now, ...(kev ? { kev } : {}), ...(epss ? { epss } : {}) });
  problems.push(...evaluated.problems);

  const gate = opts.failOn ?? policy.gate;
  const components = extracted.components
    .map(toReportComponent)
    .sort((a, b) => a.ecosystem.localeCompare(b.ecosystem) || a.name.localeCompare(b.name) || a.version.localeCompare(b.version));
  const report: Report = {
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    now: opts.now.toISOString(),
    root: opts.root,
    policy: policy.identity,
    sources,
    components,
    findings: evaluated.findings,
    exceptions: evaluated.exceptions,
    problems,
    summary: summarise(extracted.components, evaluated.findings, gate),
  };
  const inputError = problems.some((p) => p.level === 'error');
  const exitCode = inputError ? 2 : report.summary.gate === 'fail' ? 1 : 0;
  return { report, exitCode, fatal: [] };
}
