import type { EnrichConfig, Enrichment } from './index.js';
import { readFile, stat } from 'node:fs/promises';
import type { Problem } from '../model/types.js';
import { LineIndex } from '../parse/lines.js';
import { isRecord, parseJson } from '../parse/json.js';
import { problem } from '../model/problem.js';

// CISA's Known Exploited Vulnerabilities catalogue (https://www.cisa.gov/known-exploited-
// vulnerabilities-catalog), read from the JSON feed CISA publishes and its schema
// (known_exploited_vulnerabilities_schema.json): `vulnerabilities[]` with `cveID`, `dateAdded` and
// `dueDate` (YYYY-MM-DD). Fields CISA adds later (`cwes`, `forensicTriage`) are tolerated; an
// entry without a usable CVE id or dates is skipped with a located warning, the rest is kept.

export const KEV_ORIGIN = 'advise/kev';
const MAX_KEV_BYTES = 64 * 1024 * 1024;
const CVE_RE = /^CVE-\d{4}-\d{4,19}$/;
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface KevEntry {
  dateAdded: string;
  dueDate: string;
  knownRansomwareCampaignUse?: string;
}

/** CVE id (upper case) -> catalogue entry. */
export type KevCatalog = ReadonlyMap<string, KevEntry>;

export interface KevLoadResult {
  catalog: KevCatalog;
  problems: Problem[];
  /** The feed's own `catalogVersion` and `dateReleased`, for the report's sources. */
  catalogVersion?: string;
  dateReleased?: string;
}

function realDay(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = DATE_RE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === value && Number(m[1]) >= 1970;
}

/**
 * 1-based lines where each element of the top-level `vulnerabilities` array starts. Only needed
 * to place warnings, so it runs only when there is one.
 */
function elementLines(text: string): number[] {
  const at = /"vulnerabilities"\s*:\s*\[/.exec(text);
  if (!at) return [];
  const index = new LineIndex(text);
  const lines: number[] = [];
  let depth = 0;
  for (let i = at.index + at[0].length; i < text.length; i++) {
    const c = text[i]!;
    if (depth === 0) {
      if (c === ']') break;
      if (c !== ',' && c !== ' ' && c !== '\n' && c !== '\r' && c !== '\t') lines.push(index.lineOf(i));
    }
    if (c === '"') {
      for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === '\\') i++;
    } else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') depth--;
    else if (depth === 0 && c !== ',' && c !== ' ' && c !== '\n' && c !== '\r' && c !== '\t') {
      // A bare scalar element (number, true, null): skip to the next separator.
      while (i + 1 < text.length && text[i + 1] !== ',' && text[i + 1] !== ']') i++;
    }
  }
  return lines;
}

/** Parses the KEV feed's text; `file` names it in problems. */
export function parseKev(text: string, file: string): KevLoadResult {
  const catalog = new Map<string, KevEntry>();
  const problems: Problem[] = [];
  const parsed = parseJson(text, KEV_ORIGIN, file);
  if (parsed.problem) return { catalog, problems: [parsed.problem] };
  const root = parsed.value;
  if (!isRecord(root) || !Array.isArray(root.vulnerabilities)) {
    problems.push(problem(KEV_ORIGIN, file, 'not a KEV catalogue: expected an object with a "vulnerabilities" list', 1));
    return { catalog, problems };
  }
  let lines: number[] | undefined;
  const lineOf = (i: number): number | undefined => (lines ??= elementLines(text))[i];
  root.vulnerabilities.forEach((raw: unknown, i: number) => {
    const skip = (why: string): void => {
      problems.push(problem(KEV_ORIGIN, file, `vulnerabilities[${i}] skipped: ${why}`, lineOf(i), 'warning'));
    };
    if (!isRecord(raw)) return skip('expected an object');
    const id = typeof raw.cveID === 'string' ? raw.cveID.trim().toUpperCase() : undefined;
    if (!id || !CVE_RE.test(id)) return skip(`expected cveID like CVE-2021-44228, got ${JSON.stringify(raw.cveID ?? null)}`);
    if (!realDay(raw.dateAdded)) return skip(`${id}: expected dateAdded like 2021-12-10, got ${JSON.stringify(raw.dateAdded ?? null)}`);
    if (!realDay(raw.dueDate)) return skip(`${id}: expected dueDate like 2021-12-24, got ${JSON.stringify(raw.dueDate ?? null)}`);
    const entry: KevEntry = { dateAdded: raw.dateAdded, dueDate: raw.dueDate };
    if (typeof raw.knownRansomwareCampaignUse === 'string') entry.knownRansomwareCampaignUse = raw.knownRansomwareCampaignUse;
    const prev = catalog.get(id);
    // The catalogue lists each CVE once; if a copy repeats one, the earlier due date is the binding one.
    if (!prev || entry.dueDate < prev.dueDate) catalog.set(id, entry);
  });
  const result: KevLoadResult = { catalog, problems };
  if (typeof root.catalogVersion === 'string') result.catalogVersion = root.catalogVersion;
  if (typeof root.dateReleased === 'string') result.dateReleased = root.dateReleased;
  if (catalog.size === 0 && root.vulnerabilities.length > 0) {
    problems.push(problem(KEV_ORIGIN, file, 'no usable entries in the KEV catalogue', 1));
  }
  return result;
}

export async function loadKev(path: string): Promise<KevLoadResult> {
  try {
    const st = await stat(path);
    if (!st.isFile()) return { catalog: new Map(), problems: [problem(KEV_ORIGIN, path, 'KEV catalogue is not a file')] };
    if (st.size > MAX_KEV_BYTES) {
      return { catalog: new Map(), problems: [problem(KEV_ORIGIN, path, `KEV catalogue is ${st.size} bytes; the limit is ${MAX_KEV_BYTES}`)] };
    }
    return parseKev(await readFile(path, 'utf8'), path);
  } catch (err) {
    return { catalog: new Map(), problems: [problem(KEV_ORIGIN, path, `KEV catalogue not read: ${(err as Error).message}`)] };
  }
}

/** The KEV catalogue file (`--kev`) as an enrichment. */
export function kevFile(config: EnrichConfig): Enrichment | undefined {
  const path = config.kev;
  if (!path) return undefined;
  return {
    async lookupsFor() {
      const loaded = await loadKev(path);
      return { lookups: { kev: loaded.catalog }, problems: loaded.problems, sources: [{ kind: 'kev', path, records: loaded.catalog.size }] };
    },
  };
}
