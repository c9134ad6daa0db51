import { statSync } from 'node:fs';
import type { LiveOptions } from './advise/live/index.js';
import { osvApiBase } from './advise/live/options.js';
import type { Exclusion, Walk } from './discover/index.js';
import { claim, walk, walkHasFiles } from './discover/index.js';
import { realRoot } from './discover/read.js';
import { evaluate } from './evaluate/index.js';
import { resolvePolicy } from './evaluate/policy/resolved.js';
import type { Problem, SeverityLabel } from './model/types.js';
import type { ResolvedPolicy } from './evaluate/policy/types.js';
import type { Report } from './report/model.js';
import { buildReport, exitCodeOf } from './report/model.js';
import { computeCoverage, coverageProblems } from './evaluate/coverage.js';
import { scanTarget } from './discover/target.js';
import type { Judged } from './engine.js';

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
  /** The distribution of a package database with no os-release beside it (`--distro debian:12`). */
  distro?: { distro: string; release?: string };
  /** Paths not to scan (folders are not entered, files not read), compiled by exclusion(). */
  exclude?: Exclusion;
  /** Helm values files (relative to `root`) layered after the policy's `helm.values`, in order (`--helm-values`). */
  helmValues?: readonly string[];
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
  /**
   * 0: gate passed (or incomplete, unless the policy says `missingData: fail`); 1: an overdue
   * finding at or above the gate; 2: a policy or input error; 3: incomplete under `missingData: fail`.
   */
  exitCode: 0 | 1 | 2 | 3;
  /** Problems that stopped the run before a report could be made. */
  fatal: Problem[];
  /** The policy the report was judged by (its owners route alerts). */
  policy?: ResolvedPolicy;
}

/**
 * The one engine behind the CLI and the action, one call per stage: inventory (discover +
 * extract) -> advise -> match -> enrich -> evaluate -> report. Each stage reads the ones before
 * it and writes nothing back; only `evaluate` decides statuses, and it takes `now` as an argument.
 */
export async function check(opts: CheckOptions): Promise<CheckResult> {
  // A folder is walked before any extractor is loaded; a single file must be claimed by one.
  const target = scanTarget(opts.root, isFolder(opts.root) ? [] : (await import('./extract/registry.js')).EXTRACTORS);
  if (target.problem) return { exitCode: 2, fatal: [target.problem] };
  const root = target.root;
  const policyResult = await resolvePolicy({ spec: opts.policy, root: opts.policyRoot === undefined ? root : realRoot(opts.policyRoot) });
  if (!policyResult.policy) return { exitCode: 2, fatal: policyResult.problems };
  const policy = policyResult.policy;

  // Values files named for a Helm install must all be there: a missing one would quietly judge
  // another install than the one deployed.
  const namedHelm = namedHelmValues(policy, opts.helmValues);
  let helmValues: string[] = [];
  if (namedHelm.length > 0) {
    const helm = (await import('./inventory.js')).helmValuesFiles(root, namedHelm);
    if (helm.problems.length > 0) return { exitCode: 2, fatal: helm.problems };
    helmValues = helm.paths;
  }
  const walked = target.file ? undefined : walk({ root, ...(opts.exclude ? { exclude: opts.exclude } : {}) });
  const judged = walked && nothingToAsk(opts, walked) ? nothingFound(opts, policy, walked) : await (await import('./engine.js')).judge(opts, root, policy, walked, target.file, helmValues);

  const problems = [...policyResult.problems, ...judged.problems];
  // What the run could not check, so that a pass means everything in scope was checked.
  const coverage = computeCoverage({
    components: judged.components,
    sources: judged.sources,
    runtimeProducts: judged.runtimeProducts,
    ...(judged.productOf ? { productOf: judged.productOf } : {}),
    settings: policy.settings.coverage,
    now: opts.now,
    notes: problems.flatMap((p) => (p.coverage ? [p.coverage] : [])),
  });
  problems.push(...coverageProblems(coverage));
  const report = buildReport({
    now: opts.now,
    root: opts.root,
    policy: policy.identity,
    sources: judged.sources,
    components: judged.components,
    evaluated: judged.evaluated,
    problems,
    gate: opts.failOn ?? policy.gate,
    coverage,
  });
  return { report, exitCode: exitCodeOf(report), fatal: [], policy };
}

/** The Helm values files a run layers: the policy's `helm.values`, then the ones given to the run. */
export function namedHelmValues(policy: ResolvedPolicy, given: readonly string[] = []): { path: string; from: string }[] {
  return [
    ...(policy.settings.helm?.values ?? []).map((path) => ({ path, from: "the policy's helm.values" })),
    ...given.map((path) => ({ path, from: '--helm-values' })),
  ];
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/**
 * True when the run has nothing to read: the walk met no file at all, and no advisory or
 * enrichment file is given (no --db, release data, KEV or EPSS file). Every stage after discovery
 * then answers an empty inventory with nothing, and the live sources ask nothing (the OSV API
 * is named as a source with no record, the feeds are asked only for matches), so the engine
 * (extractors, sources, parsers, HTTP clients) is not loaded: this is most of the start-up of an
 * action with nothing to check, online or offline. test/perf/nothing-found.test.ts holds the
 * answer equal to the engine's.
 */
export function nothingToAsk(opts: CheckOptions, walked: Walk): boolean {
  const files = (opts.db?.length ?? 0) > 0 || [opts.releases, opts.nodejsSecurityWg, opts.kev, opts.epss].some((x) => x !== undefined && x !== '');
  return !files && !walkHasFiles(walked);
}

/**
 * What the engine answers for a walk with no file and no file source: discovery's notes, the
 * policy's own evaluation (its exceptions), and online the OSV API named with no record, as the
 * live session names a source it had nothing to ask.
 */
export function nothingFound(opts: CheckOptions, policy: ResolvedPolicy, walked: Walk): Judged {
  const found = claim(walked, []);
  const evaluated = evaluate({ matches: [], policy, now: opts.now });
  const osvApi = opts.live !== undefined && ![...(opts.live.disabled ?? [])].includes('osv-api');
  const sources = osvApi ? [{ kind: 'osv-api', path: osvApiBase(opts.live!), records: 0 }] : [];
  return { components: [], sources, evaluated, problems: [...found.problems, ...evaluated.problems], runtimeProducts: new Set() };
}
