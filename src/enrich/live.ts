import type { Match } from '../model/types.js';
import type { LiveOptions, LiveSession } from '../advise/live/index.js';
import { internalProblem, session } from '../advise/live/index.js';
import { DEFAULT_EPSS_API_URL, fetchEpssApi, fetchEpssCsv } from './epss-feed.js';
import type { LiveEpssResult } from './epss-feed.js';
import { DEFAULT_KEV_URL, fetchKev } from './kev-feed.js';
import type { LiveKevResult } from './kev-feed.js';
import { ReleaseDates, datesForMatches } from './registries.js';
import type { FixDatesResult } from './registries.js';
import { FixReleaseDates } from './release-dates.js';
import type { EnrichConfig, Enrichment } from './index.js';

// The live enrichments, over the run's one LiveSession (shared HTTP limits, cache and failure
// policy with the live advisory sources). Like the session's own entry points, none throws.

export { DEFAULT_KEV_URL } from './kev-feed.js';
export { DEFAULT_EPSS_API_URL, DEFAULT_EPSS_CSV_URL } from './epss-feed.js';
export { DATED_ECOSYSTEMS } from './registries.js';
export type { LiveKevResult } from './kev-feed.js';
export type { LiveEpssResult } from './epss-feed.js';
export type { FixDatesResult } from './registries.js';

/** Release dates of the matches' fixed versions, where a registry dates them. */
export async function liveFixReleaseDates(live: LiveSession, matches: readonly Match[]): Promise<FixDatesResult> {
  if (!live.enabled('registry-dates')) return { dates: new FixReleaseDates(), dated: 0, sources: [], problems: [] };
  const dates = new ReleaseDates(live.ctx, live.options.registryUrls ?? {});
  try {
    return live.withCacheProblems(await datesForMatches(matches, dates, live.ctx));
  } catch (err) {
    return { dates: new FixReleaseDates(), dated: 0, sources: [], problems: [internalProblem('advise/registry-dates', err, live.ctx.policy)] };
  }
}

export async function liveKev(live: LiveSession): Promise<LiveKevResult> {
  if (!live.enabled('kev')) return { sources: [], problems: [] };
  try {
    return live.withCacheProblems(await fetchKev(live.ctx, live.options.kevUrl ?? DEFAULT_KEV_URL));
  } catch (err) {
    return { sources: [], problems: [internalProblem('advise/kev', err, live.ctx.policy)] };
  }
}

/** EPSS scores for these CVEs (API), or for all CVEs (CSV, when `epssCsvUrl` is set). */
export async function liveEpss(live: LiveSession, cves: Iterable<string>): Promise<LiveEpssResult> {
  if (!live.enabled('epss')) return { sources: [], problems: [] };
  try {
    const result = live.options.epssCsvUrl
      ? await fetchEpssCsv(live.ctx, live.options.epssCsvUrl)
      : await fetchEpssApi(live.ctx, live.options.epssUrl ?? DEFAULT_EPSS_API_URL, cves);
    return live.withCacheProblems(result);
  } catch (err) {
    return { sources: [], problems: [internalProblem('advise/epss', err, live.ctx.policy)] };
  }
}

/** Where a registry dates a match's fixed version; the evaluate stage then starts the clock there. */
export function addFixReleaseDates(matches: readonly Match[], live: LiveOptions | LiveSession): Promise<FixDatesResult> {
  return liveFixReleaseDates(session(live), matches);
}

/** CISA's KEV feed, when no catalogue file is given. */
export function kevFeed(config: EnrichConfig): Enrichment | undefined {
  const live = config.live;
  if (config.kev || !live?.enabled('kev')) return undefined;
  return {
    async lookupsFor(matches) {
      // A run that matched nothing has nothing to escalate: it asks no network.
      if (matches.length === 0) return { lookups: {}, sources: [], problems: [] };
      const got = await liveKev(live);
      return { lookups: got.kev ? { kev: got.kev.catalog } : {}, sources: got.sources, problems: got.problems };
    },
  };
}

/** The registries' release dates of the matches' fixed versions. */
export function registryDates(config: EnrichConfig): Enrichment | undefined {
  const live = config.live;
  if (!live) return undefined;
  return {
    async lookupsFor(matches, have) {
      // A fix that earlier data already dated (Go's own releases) is not asked about.
      const got = await liveFixReleaseDates(live, matches.filter((m) => have.fixReleases.of(m) === undefined));
      return { lookups: { fixReleases: have.fixReleases.merged(got.dates) }, sources: got.sources, problems: got.problems };
    },
  };
}

/** FIRST's EPSS scores of the matches' CVEs, when no scores file is given. */
export function epssFeed(config: EnrichConfig): Enrichment | undefined {
  const live = config.live;
  if (config.epss || !live?.enabled('epss')) return undefined;
  return {
    async lookupsFor(matches) {
      const cves = new Set(matches.flatMap((m) => [m.advisory.id, ...m.aliases]).filter((id) => /^CVE-\d{4}-\d+$/.test(id)));
      if (cves.size === 0) return { lookups: {}, sources: [], problems: [] };
      const got = await liveEpss(live, cves);
      return { lookups: got.epss ? { epss: got.epss.scores } : {}, sources: got.sources, problems: got.problems };
    },
  };
}
