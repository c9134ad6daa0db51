import type { Match, Problem } from '../model/types.js';
import type { SourceInfo } from '../advise/db.js';
import type { LiveSession } from '../advise/live/index.js';
import type { EpssScores } from './epss.js';
import { epssFile } from './epss.js';
import type { KevCatalog } from './kev.js';
import { kevFile } from './kev.js';
import { epssFeed, kevFeed, registryDates } from './live.js';
import { FixReleaseDates } from './release-dates.js';
import { goReleases } from './go-releases.js';
import type { ProductReleases } from '../advise/runtime/types.js';

// The enrich stage: after matching, read-only tables that evaluate consults (exploitation data
// and the fixes' release dates). No enrichment changes a match; each returns its lookups.

export interface Lookups {
  kev?: KevCatalog;
  epss?: EpssScores;
  fixReleases: FixReleaseDates;
}

export interface EnrichAnswer {
  lookups: Partial<Lookups>;
  sources: SourceInfo[];
  problems: Problem[];
}

export interface Enrichment {
  /** `have`: the lookups the enrichments before this one gave. */
  lookupsFor(matches: readonly Match[], have: Readonly<Lookups>): Promise<EnrichAnswer>;
}

export interface EnrichConfig {
  /** CISA KEV catalogue (JSON) and FIRST EPSS scores (CSV), offline. */
  kev?: string;
  epss?: string;
  live?: LiveSession;
  /** Go's release dates from the runtime release data (they date Go stdlib/toolchain fixes). */
  goReleases?: ProductReleases;
}

/**
 * The enrichments, in the order they are asked: a file given wins over its feed (the feed's
 * factory stands back). A new enrichment is a file exporting a factory, and one line here.
 */
export const ENRICHMENTS: readonly ((config: EnrichConfig) => Enrichment | undefined)[] = [kevFile, kevFeed, epssFile, goReleases, registryDates, epssFeed];

export interface EnrichResult {
  lookups: Lookups;
  sources: SourceInfo[];
  problems: Problem[];
}

export async function enrich(matches: readonly Match[], config: EnrichConfig): Promise<EnrichResult> {
  let lookups: Lookups = { fixReleases: new FixReleaseDates() };
  const sources: SourceInfo[] = [];
  const problems: Problem[] = [];
  for (const make of ENRICHMENTS) {
    const enrichment = make(config);
    if (!enrichment) continue;
    const answer = await enrichment.lookupsFor(matches, lookups);
    lookups = { ...lookups, ...answer.lookups };
    sources.push(...answer.sources);
    problems.push(...answer.problems);
  }
  return { lookups, sources, problems };
}
