import type { EnrichConfig, Enrichment } from './index.js';
import { readFile, stat } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import type { Problem } from '../model/types.js';
import { problem } from '../model/problem.js';

// FIRST's EPSS scores (https://www.first.org/epss/data_stats), as the daily CSV
// (epss_scores-YYYY-MM-DD.csv.gz) is published: a comment line
// `#model_version:v2025.03.14,score_date:2025-06-01T00:00:00+0000`, a header
// `cve,epss,percentile`, then one row per CVE. Columns are found by the header's names, so an
// added column does not shift them; a bad row is skipped with its line.

export const EPSS_ORIGIN = 'advise/epss';
const MAX_EPSS_BYTES = 512 * 1024 * 1024;
/** Bad rows reported one by one before the rest are summarised. */
const MAX_ROW_PROBLEMS = 20;
const CVE_RE = /^CVE-\d{4}-\d{4,19}$/;
const NUMBER_RE = /^(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;

export interface EpssScore {
  score: number;
  percentile?: number;
}

/** CVE id (upper case) -> score. */
export type EpssScores = ReadonlyMap<string, EpssScore>;

export interface EpssLoadResult {
  scores: EpssScores;
  problems: Problem[];
  modelVersion?: string;
  scoreDate?: string;
}

function probability(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const t = text.trim();
  if (!NUMBER_RE.test(t)) return undefined;
  const n = Number(t);
  return Number.isFinite(n) && n >= 0 && n <= 1 ? n : undefined;
}

export function parseEpss(text: string, file = 'epss.csv'): EpssLoadResult {
  const scores = new Map<string, EpssScore>();
  const problems: Problem[] = [];
  const result: EpssLoadResult = { scores, problems };
  const lines = text.split(/\r\n|\r|\n/);
  let i = 0;
  if (lines[0]?.charCodeAt(0) === 0xfeff) lines[0] = lines[0].slice(1);
  for (; i < lines.length && lines[i]!.startsWith('#'); i++) {
    for (const part of lines[i]!.slice(1).split(',')) {
      const colon = part.indexOf(':');
      if (colon === -1) continue;
      const key = part.slice(0, colon).trim();
      const value = part.slice(colon + 1).trim();
      if (key === 'model_version') result.modelVersion = value;
      else if (key === 'score_date') result.scoreDate = value;
    }
  }
  const header = lines[i]?.split(',').map((h) => h.trim().toLowerCase());
  const cveCol = header?.indexOf('cve') ?? -1;
  const epssCol = header?.indexOf('epss') ?? -1;
  const pctCol = header?.indexOf('percentile') ?? -1;
  if (!header || cveCol === -1 || epssCol === -1) {
    problems.push(problem(EPSS_ORIGIN, file, `expected a header line "cve,epss,percentile", got ${JSON.stringify(lines[i] ?? '')}`, i + 1));
    return result;
  }
  let bad = 0;
  for (i++; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '') continue;
    const cols = line.split(',');
    const id = cols[cveCol]?.trim().toUpperCase();
    const score = probability(cols[epssCol]);
    const pct = pctCol === -1 ? undefined : probability(cols[pctCol]);
    let why: string | undefined;
    if (!id || !CVE_RE.test(id)) why = `expected a CVE id like CVE-2021-44228, got ${JSON.stringify(cols[cveCol] ?? '')}`;
    else if (score === undefined) why = `${id}: expected an EPSS score from 0 to 1, got ${JSON.stringify(cols[epssCol] ?? '')}`;
    else if (pctCol !== -1 && pct === undefined) why = `${id}: expected a percentile from 0 to 1, got ${JSON.stringify(cols[pctCol] ?? '')}`;
    if (why !== undefined) {
      bad++;
      if (bad <= MAX_ROW_PROBLEMS) problems.push(problem(EPSS_ORIGIN, file, `row skipped: ${why}`, i + 1, 'warning'));
      continue;
    }
    const entry: EpssScore = { score: score! };
    if (pct !== undefined) entry.percentile = pct;
    scores.set(id!, entry);
  }
  if (bad > MAX_ROW_PROBLEMS) {
    problems.push(problem(EPSS_ORIGIN, file, `${bad - MAX_ROW_PROBLEMS} more rows skipped`, undefined, 'warning'));
  }
  return result;
}

/** Reads an EPSS CSV, gzip-compressed when the name ends in `.gz`. */
export async function loadEpss(path: string): Promise<EpssLoadResult> {
  try {
    const st = await stat(path);
    if (!st.isFile()) return { scores: new Map(), problems: [problem(EPSS_ORIGIN, path, 'EPSS file is not a file')] };
    if (st.size > MAX_EPSS_BYTES) {
      return { scores: new Map(), problems: [problem(EPSS_ORIGIN, path, `EPSS file is ${st.size} bytes; the limit is ${MAX_EPSS_BYTES}`)] };
    }
    let buf = await readFile(path);
    if (path.endsWith('.gz')) buf = gunzipSync(buf, { maxOutputLength: MAX_EPSS_BYTES });
    return parseEpss(buf.toString('utf8'), path);
  } catch (err) {
    return { scores: new Map(), problems: [problem(EPSS_ORIGIN, path, `EPSS file not read: ${(err as Error).message}`)] };
  }
}

/** The EPSS scores file (`--epss`) as an enrichment. */
export function epssFile(config: EnrichConfig): Enrichment | undefined {
  const path = config.epss;
  if (!path) return undefined;
  return {
    async lookupsFor() {
      const loaded = await loadEpss(path);
      return { lookups: { epss: loaded.scores }, problems: loaded.problems, sources: [{ kind: 'epss', path, records: loaded.scores.size }] };
    },
  };
}
