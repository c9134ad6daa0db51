import { gunzipSync } from 'node:zlib';
import { isRecord } from '../parse/json.js';
import type { Problem } from '../model/types.js';
import type { SourceInfo } from '../advise/db.js';
import type { EpssLoadResult, EpssScore } from './epss.js';
import { EPSS_ORIGIN, parseEpss } from './epss.js';
import type { CacheLookup, Fetched, LiveContext } from '../advise/live/context.js';
import { ShapeError } from '../advise/live/context.js';
import { mapLimit, parseJsonBody } from '../advise/live/http.js';

// FIRST's EPSS scores, two ways:
//  - the API (api.first.org/data/v1/epss?cve=A,B,...), asked only for the CVEs the findings
//    name, with each URL kept under 2,000 characters (the limit FIRST documents for GET) and at
//    most 100 CVEs (the API's default page size); answers are cached per CVE for a day;
//  - the daily CSV (epss_scores-current.csv.gz), all CVEs at once, read by the offline parser.

export const DEFAULT_EPSS_API_URL = 'https://api.first.org/data/v1/epss';
export const DEFAULT_EPSS_CSV_URL = 'https://epss.empiricalsecurity.com/epss_scores-current.csv.gz';
export const MAX_EPSS_URL_LENGTH = 2000;
const MAX_CVES_PER_REQUEST = 100;
const MAX_CSV_BYTES = 512 * 1024 * 1024;
const CVE_RE = /^CVE-\d{4}-\d{4,19}$/;

/** A CVE's answer: its score, or `null` when EPSS has none (reserved, rejected, too new). */
type CveAnswer = { score: number; percentile?: number; date?: string } | { score: null };

export interface LiveEpssResult {
  /** Undefined when nothing could be had; otherwise the scores found (possibly for fewer CVEs). */
  epss?: EpssLoadResult;
  sources: SourceInfo[];
  problems: Problem[];
}

const isAnswer = (v: unknown): v is CveAnswer => isRecord(v) && (v.score === null || (typeof v.score === 'number' && v.score >= 0 && v.score <= 1));

function probability(v: unknown): number | undefined {
  const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
  return Number.isFinite(n) && n >= 0 && n <= 1 ? n : undefined;
}

/** CVE lists for `?cve=`, each URL under the length limit and the page size. */
export function epssChunks(base: string, cves: readonly string[], maxLength = MAX_EPSS_URL_LENGTH): string[][] {
  const prefix = `${base}?cve=`.length;
  const chunks: string[][] = [];
  let current: string[] = [];
  let length = prefix;
  for (const cve of cves) {
    const add = (current.length === 0 ? 0 : 1) + cve.length;
    if (current.length > 0 && (length + add >= maxLength || current.length >= MAX_CVES_PER_REQUEST)) {
      chunks.push(current);
      current = [];
      length = prefix;
    }
    length += (current.length === 0 ? 0 : 1) + cve.length;
    current.push(cve);
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

async function askApi(ctx: LiveContext, base: string, cves: readonly string[]): Promise<Map<string, CveAnswer>> {
  const found = new Map<string, CveAnswer>();
  let offset = 0;
  // `total` can exceed one page only if the API's page is smaller than the chunk; follow it.
  for (let page = 0; page < 10; page++) {
    const url = `${base}?cve=${cves.join(',')}${offset > 0 ? `&offset=${offset}` : ''}`;
    const res = await ctx.http.request({ url });
    const doc = parseJsonBody(res);
    if (!isRecord(doc) || !Array.isArray(doc.data)) throw new ShapeError(`${url}: expected {"data": [...]}`);
    for (const row of doc.data) {
      if (!isRecord(row) || typeof row.cve !== 'string') continue;
      const score = probability(row.epss);
      if (score === undefined) throw new ShapeError(`${url}: ${row.cve}: epss ${JSON.stringify(row.epss)} is not a probability`);
      const answer: CveAnswer = { score };
      const pct = probability(row.percentile);
      if (pct !== undefined) answer.percentile = pct;
      if (typeof row.date === 'string') answer.date = row.date;
      found.set(row.cve.toUpperCase(), answer);
    }
    offset += doc.data.length;
    const total = typeof doc.total === 'number' ? doc.total : 0;
    if (doc.data.length === 0 || offset >= total) break;
  }
  for (const cve of cves) if (!found.has(cve)) found.set(cve, { score: null });
  return found;
}

export async function fetchEpssApi(ctx: LiveContext, base: string, cveList: Iterable<string>): Promise<LiveEpssResult> {
  const cves = [...new Set([...cveList].map((c) => c.trim().toUpperCase()).filter((c) => CVE_RE.test(c)))].sort();
  const req = (cve: string): CacheLookup<CveAnswer> => ({ source: 'epss', key: `cve\u0000${cve}`, label: cve, check: isAnswer });
  const answers = new Map<string, Fetched<CveAnswer>>();
  const ask: string[] = [];
  const looked = await mapLimit(cves, 32, (cve) => ctx.lookup(req(cve), base));
  for (let i = 0; i < cves.length; i++) {
    const cve = cves[i]!;
    const f = looked[i]!;
    if (f.hit) answers.set(cve, f.hit);
    else if (f.blocked !== undefined) answers.set(cve, await ctx.settle(req(cve), f.entry, { error: f.blocked }, base));
    else ask.push(cve);
  }
  const entryOf = new Map(cves.map((c, i) => [c, looked[i]!.entry]));
  for (const chunk of epssChunks(base, ask)) {
    let outcome: { value: Map<string, CveAnswer> } | { error: unknown };
    const down = ctx.downReason(base);
    try {
      if (down !== undefined) throw new Error(`skipped, the server failed earlier requests: ${down}`);
      outcome = { value: await askApi(ctx, base, chunk) };
    } catch (error) {
      outcome = { error };
    }
    for (const cve of chunk) {
      const one = 'value' in outcome ? { value: outcome.value.get(cve)! } : outcome;
      answers.set(cve, await ctx.settle(req(cve), entryOf.get(cve), one, base));
    }
  }
  const problems = ctx.problems('epss', EPSS_ORIGIN, `EPSS API ${base}`, 'so those CVEs have no EPSS score and cannot be escalated by it');
  const scores = new Map<string, EpssScore>();
  let scoreDate: string | undefined;
  let any = false;
  for (const [cve, a] of answers) {
    if (!a.value) continue;
    any = true;
    if (a.value.score === null) continue;
    const s: EpssScore = { score: a.value.score };
    if (a.value.percentile !== undefined) s.percentile = a.value.percentile;
    scores.set(cve, s);
    if (a.value.date !== undefined && (scoreDate === undefined || a.value.date < scoreDate)) scoreDate = a.value.date;
  }
  if (!any && cves.length > 0) return { sources: [], problems };
  const epss: EpssLoadResult = { scores, problems: [] };
  if (scoreDate !== undefined) epss.scoreDate = scoreDate;
  // With no CVE to ask about, the source was consulted and had nothing to say: it is still listed.
  return { epss, sources: [ctx.sourceInfo('epss', 'epss-api', base, scores.size)], problems };
}

export async function fetchEpssCsv(ctx: LiveContext, url: string): Promise<LiveEpssResult> {
  let parsed: EpssLoadResult | undefined;
  const got = await ctx.cached<string>(
    {
      source: 'epss',
      key: 'csv',
      label: 'EPSS scores (CSV)',
      check: (v): v is string => typeof v === 'string',
      fetch: async () => {
        const res = await ctx.http.request({ url, maxBytes: MAX_CSV_BYTES, headers: { accept: 'text/csv, application/gzip, */*' } });
        // The file is served as application/gzip, not with a content encoding fetch would undo.
        const gz = res.body[0] === 0x1f && res.body[1] === 0x8b;
        let text: string;
        try {
          text = (gz ? gunzipSync(res.body, { maxOutputLength: MAX_CSV_BYTES }) : res.body).toString('utf8');
        } catch (err) {
          throw new ShapeError(`${url}: not a readable gzip file (${(err as Error).message})`);
        }
        parsed = parseEpss(text, url);
        if (parsed.scores.size === 0) throw new ShapeError(`${url}: no EPSS scores in the file${parsed.problems[0] ? ` (${parsed.problems[0].message})` : ''}`);
        return text;
      },
    },
    url,
  );
  const problems = ctx.problems('epss', EPSS_ORIGIN, `EPSS CSV ${url}`, 'so no finding has an EPSS score');
  if (got.value === undefined) return { sources: [], problems };
  const epss = got.from === 'network' && parsed ? parsed : parseEpss(got.value, url);
  problems.push(...epss.problems);
  return { epss, sources: [ctx.sourceInfo('epss', 'epss-csv', url, epss.scores.size)], problems };
}
