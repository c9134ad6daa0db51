import { advise } from './advise/sources.js';
import { defaultCacheDir, LiveSession } from './advise/live/index.js';
import type { LiveOptions } from './advise/live/index.js';
import type { Exclusion } from './discover/index.js';
import { realRoot } from './discover/read.js';
import { enrich } from './enrich/index.js';
import { evaluate } from './evaluate/index.js';
import { loadPolicy } from './evaluate/policy/load.js';
import { helmValuesFiles, inventory } from './inventory.js';
import { matchAll } from './match/index.js';
import { runtimeProductResolver } from './match/runtime.js';
import type { Problem, SeverityLabel } from './model/types.js';
import type { ResolvedPolicy } from './evaluate/policy/types.js';
import type { Report } from './report/model.js';
import { buildReport, exitCodeOf } from './report/model.js';
import { computeCoverage, coverageProblems } from './evaluate/coverage.js';
import { scanTarget } from './discover/target.js';
import { EXTRACTORS } from './extract/registry.js';

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
  const target = scanTarget(opts.root, EXTRACTORS);
  if (target.problem) return { exitCode: 2, fatal: [target.problem] };
  const root = target.root;
  const policyResult = loadPolicy({ spec: opts.policy, root: opts.policyRoot === undefined ? root : realRoot(opts.policyRoot) });
  if (!policyResult.policy) return { exitCode: 2, fatal: policyResult.problems };
  const policy = policyResult.policy;
  const live = opts.live ? new LiveSession(opts.live) : undefined;
  const cacheDir = opts.cacheDir === false ? undefined : (opts.cacheDir ?? defaultCacheDir());

  const helm = helmValuesFiles(root, namedHelmValues(policy, opts.helmValues));
  if (helm.problems.length > 0) return { exitCode: 2, fatal: helm.problems };
  const found = inventory(root, {
    ...pick(opts, 'exclude', 'distro'),
    ...(helm.paths.length > 0 ? { helmValues: helm.paths } : {}),
    ...(target.file ? { only: target.file } : {}),
  });
  const images = policy.settings.images;
  const advised = await advise(found.components, {
    ...pick(opts, 'db', 'releases', 'nodejsSecurityWg'),
    ...(cacheDir ? { cacheDir } : {}),
    ...(live ? { live } : {}),
    ...(images ? { policyImages: images } : {}),
  });
  const matched = matchAll(found.components, advised.advisories, opts.now, images);
  const goReleases = advised.advisories.runtime.products.get('go');
  const enriched = await enrich(matched.matches, { ...pick(opts, 'kev', 'epss'), ...(live ? { live } : {}), ...(goReleases ? { goReleases } : {}) });
  const osFixes = advised.advisories.osFixes;
  const evaluated = evaluate({ matches: matched.matches, policy, now: opts.now, ...enriched.lookups, ...(osFixes ? { osFixes } : {}) });

  const problems = [...policyResult.problems, ...found.problems, ...advised.problems, ...matched.problems, ...enriched.problems, ...evaluated.problems];
  const sources = [...advised.sources, ...enriched.sources];
  // What the run could not check, so that a pass means everything in scope was checked.
  const coverage = computeCoverage({
    components: found.components,
    sources,
    runtimeProducts: new Set(advised.advisories.runtime.products.keys()),
    productOf: runtimeProductResolver(advised.advisories.runtime, images),
    settings: policy.settings.coverage,
    now: opts.now,
    notes: problems.flatMap((p) => (p.coverage ? [p.coverage] : [])),
  });
  problems.push(...coverageProblems(coverage));
  const report = buildReport({
    now: opts.now,
    root: opts.root,
    policy: policy.identity,
    sources,
    components: found.components,
    evaluated,
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

/** The options that are set, so that an absent option stays absent (exactOptionalPropertyTypes). */
function pick<K extends keyof CheckOptions>(opts: CheckOptions, ...keys: K[]): { [P in K]?: NonNullable<CheckOptions[P]> } {
  const out: { [P in K]?: NonNullable<CheckOptions[P]> } = {};
  for (const k of keys) if (opts[k] !== undefined && opts[k] !== null) out[k] = opts[k] as NonNullable<CheckOptions[K]>;
  return out;
}
