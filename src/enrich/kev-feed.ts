import { isRecord } from '../parse/json.js';
import type { Problem } from '../model/types.js';
import type { SourceInfo } from '../advise/db.js';
import type { KevLoadResult } from './kev.js';
import { KEV_ORIGIN, parseKev } from './kev.js';
import type { LiveContext } from '../advise/live/context.js';
import { ShapeError } from '../advise/live/context.js';
import { parseJsonBody } from '../advise/live/http.js';

// CISA's Known Exploited Vulnerabilities feed, fetched once per run (or taken from the cache for
// half a day) and read by the same parser as the offline file, so both give the same catalogue.

export const DEFAULT_KEV_URL = 'https://www.cisa.gov/sites/default/files/feeds/known_exploited_vulnerabilities.json';
/** The feed is about 1.5 MB; this leaves room for growth, not for a runaway answer. */
const MAX_KEV_BYTES = 64 * 1024 * 1024;

export interface LiveKevResult {
  /** Undefined when the feed could not be had from the network or the cache. */
  kev?: KevLoadResult;
  sources: SourceInfo[];
  problems: Problem[];
}

export async function fetchKev(ctx: LiveContext, url: string): Promise<LiveKevResult> {
  const got = await ctx.cached<string>(
    {
      source: 'kev',
      // The catalogue is one document whatever mirror serves it.
      key: 'catalog',
      label: 'KEV catalogue',
      check: (v): v is string => typeof v === 'string',
      fetch: async () => {
        const res = await ctx.http.request({ url, maxBytes: MAX_KEV_BYTES });
        const value = parseJsonBody(res);
        // Only a catalogue is worth caching; an error page in JSON is not.
        if (!isRecord(value) || !Array.isArray(value.vulnerabilities)) throw new ShapeError(`${url}: expected a KEV catalogue with a "vulnerabilities" list`);
        return res.body.toString('utf8');
      },
    },
    url,
  );
  const problems = ctx.problems('kev', KEV_ORIGIN, `KEV feed ${url}`, 'so no finding was checked against the KEV catalogue');
  if (got.value === undefined) return { sources: [], problems };
  const kev = parseKev(got.value, url);
  problems.push(...kev.problems);
  return { kev, sources: [ctx.sourceInfo('kev', 'kev', url, kev.catalog.size)], problems };
}
