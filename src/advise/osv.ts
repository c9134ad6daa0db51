/// <reference lib="es2024.string" />
import cvssCalculator from 'ae-cvss-calculator';
import type {
  AdvisorySeverity,
  Advisory,
  AffectedPackage,
  AffectedRange,
  RangeEvent,
  Reference,
  SeverityLabel,
} from '../model/types.js';
import { isRecord } from '../parse/json.js';
import { fitted } from '../model/arrays.js';
import { LIMITS } from '../limits.js';

// Normalises one OSV record (ossf.github.io/osv-schema) into the Advisory every later stage
// reads. Anything the schema makes optional may be missing or malformed in real data; such a
// field is dropped with the record kept, and only a record without an id or affected packages is
// refused.

// A webpack-built CommonJS package: Node's ESM loader cannot see its named exports.
const { Cvss2, Cvss3P0, Cvss3P1, Cvss4P0 } = cvssCalculator;

/** A timestamp that is a real date (Go's vulndb writes 0001-01-01 for "not yet published"). */
export function realDate(value: unknown): string | undefined {
  if (typeof value !== 'string' || value === '') return undefined;
  const plain = plainUtc(value);
  if (plain !== undefined) return plain;
  const t = Date.parse(value);
  if (Number.isNaN(t)) return undefined;
  const d = new Date(t);
  if (d.getUTCFullYear() < 1970) return undefined;
  return d.toISOString();
}

const digit = (s: string, i: number): number => {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : NaN;
};
const two = (s: string, i: number): number => digit(s, i) * 10 + digit(s, i + 1);
const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

// Nearly every record's dates are written YYYY-MM-DDTHH:MM:SSZ or with three fraction digits:
// for those, with every field in range, Date.parse and toISOString give back the same fields, so
// the text is the answer (read without building a Date: a bundle's index reads a million dates).
// Anything else (offsets, other precisions, hour 24, a leap second) goes through Date.
function plainUtc(v: string): string | undefined {
  if (v.length !== 20 && v.length !== 24) return undefined;
  if (v.charCodeAt(4) !== 45 || v.charCodeAt(7) !== 45 || v.charCodeAt(10) !== 84 || v.charCodeAt(13) !== 58 || v.charCodeAt(16) !== 58 || v.charCodeAt(v.length - 1) !== 90) return undefined;
  const year = two(v, 0) * 100 + two(v, 2);
  const month = two(v, 5);
  const day = two(v, 8);
  if (!(year >= 1970 && month >= 1 && month <= 12 && day >= 1)) return undefined;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  if (day > DAYS[month - 1]! + (month === 2 && leap ? 1 : 0)) return undefined;
  if (!(two(v, 11) <= 23 && two(v, 14) <= 59 && two(v, 17) <= 59)) return undefined;
  if (v.length === 20) return `${v.slice(0, 19)}.000Z`;
  return v.charCodeAt(19) === 46 && digit(v, 20) >= 0 && digit(v, 21) >= 0 && digit(v, 22) >= 0 ? v : undefined;
}

const GH_LABEL: Record<string, SeverityLabel | undefined> = {
  CRITICAL: 'critical',
  HIGH: 'high',
  MODERATE: 'medium',
  MEDIUM: 'medium',
  LOW: 'low',
};

/** CVSS base-score bands, as NVD and GitHub use them (v3.x and v4.0 share them). */
export function labelForScore(score: number): SeverityLabel | undefined {
  if (score >= 9.0) return 'critical';
  if (score >= 7.0) return 'high';
  if (score >= 4.0) return 'medium';
  if (score > 0) return 'low';
  return undefined;
}

/** Base score of a CVSS vector (v2, v3.0, v3.1, v4.0), or undefined when the vector does not parse. */
export function cvssBaseScore(vector: string): number | undefined {
  try {
    const calc = vector.startsWith('CVSS:4.0/')
      ? new Cvss4P0(vector)
      : vector.startsWith('CVSS:3.1/')
        ? new Cvss3P1(vector)
        : vector.startsWith('CVSS:3.0/')
          ? new Cvss3P0(vector)
          : new Cvss2(vector);
    const base = calc.calculateScores().base;
    return typeof base === 'number' && Number.isFinite(base) ? base : undefined;
  } catch {
    return undefined;
  }
}

// Preference among several vectors: v3.1 is what NVD and GitHub score by; v4.0 and v2 follow.
const CVSS_PREFERENCE = ['CVSS_V3', 'CVSS_V4', 'CVSS_V2'];

function severityFrom(raw: Record<string, unknown>, affected: unknown[]): AdvisorySeverity | undefined {
  const dbs = isRecord(raw.database_specific) ? raw.database_specific : undefined;
  const label = typeof dbs?.severity === 'string' ? GH_LABEL[dbs.severity.toUpperCase()] : undefined;
  const vectors: { type: string; score: string }[] = [];
  const collect = (list: unknown): void => {
    if (!Array.isArray(list)) return;
    for (const s of list) {
      if (isRecord(s) && typeof s.type === 'string' && typeof s.score === 'string') vectors.push({ type: s.type, score: s.score });
    }
  };
  collect(raw.severity);
  // Per-package severity (schema 1.x allows it) only when the record has none of its own.
  if (vectors.length === 0) for (const a of affected) if (isRecord(a)) collect(a.severity);
  // Ubuntu's notices keep each CVE's vectors and Ubuntu's own priority (type "Ubuntu") in
  // affected[].database_specific.cves_map; the priority is the distribution's label.
  if (vectors.length === 0) for (const a of affected) for (const cve of cvesMap(a)) collect(cve.severity);
  const priority = label ? undefined : ubuntuPriority(vectors);
  if (priority) return { ...(bestVector(vectors) ?? {}), label: priority, source: 'label' };
  vectors.sort((a, b) => rank(a.type) - rank(b.type));
  for (const v of vectors) {
    const score = cvssBaseScore(v.score);
    if (score === undefined) continue;
    if (label) return { label, source: 'label', score, vector: v.score };
    const fromScore = labelForScore(score);
    if (fromScore) return { label: fromScore, source: 'cvss', score, vector: v.score };
  }
  return label ? { label, source: 'label' } : undefined;
}

function cvesMap(affected: unknown): Record<string, unknown>[] {
  if (!isRecord(affected) || !isRecord(affected.database_specific)) return [];
  const map = affected.database_specific.cves_map;
  return isRecord(map) && Array.isArray(map.cves) ? map.cves.filter(isRecord) : [];
}

// Ubuntu's priorities (ubuntu.com/security/cves#priority); "negligible" and "untriaged" carry no
// more weight than low.
const UBUNTU_PRIORITY: Record<string, SeverityLabel> = { negligible: 'low', low: 'low', medium: 'medium', high: 'high', critical: 'critical' };

/** The highest Ubuntu priority among a notice's CVEs, as a severity label. */
function ubuntuPriority(vectors: readonly { type: string; score: string }[]): SeverityLabel | undefined {
  const word = ubuntuPriorityWord(vectors);
  return word === undefined ? undefined : UBUNTU_PRIORITY[word];
}

const PRIORITY_ORDER = ['negligible', 'low', 'medium', 'high', 'critical'];

/** The highest Ubuntu priority among a notice's CVEs, as Ubuntu writes it. */
function ubuntuPriorityWord(vectors: readonly { type: string; score: string }[]): string | undefined {
  let best: string | undefined;
  for (const v of vectors) {
    const word = v.type === 'Ubuntu' ? v.score.toLowerCase() : undefined;
    if (word && PRIORITY_ORDER.includes(word) && (best === undefined || PRIORITY_ORDER.indexOf(word) > PRIORITY_ORDER.indexOf(best))) best = word;
  }
  return best;
}

/** An Ubuntu notice's priority (Advisory.distroUrgency), from its affected entries' cves_map. */
function noticePriority(affected: unknown[]): string | undefined {
  const vectors: { type: string; score: string }[] = [];
  for (const a of affected) {
    for (const cve of cvesMap(a)) {
      if (!Array.isArray(cve.severity)) continue;
      for (const s of cve.severity) if (isRecord(s) && s.type === 'Ubuntu' && typeof s.score === 'string') vectors.push({ type: 'Ubuntu', score: s.score });
    }
  }
  return ubuntuPriorityWord(vectors);
}

/** The highest-scoring CVSS vector among several, for the report beside a label. */
function bestVector(vectors: readonly { type: string; score: string }[]): { score: number; vector: string } | undefined {
  let best: { score: number; vector: string } | undefined;
  for (const v of vectors) {
    const score = cvssBaseScore(v.score);
    if (score !== undefined && (best === undefined || score > best.score)) best = { score, vector: v.score };
  }
  return best;
}

function rank(type: string): number {
  const i = CVSS_PREFERENCE.indexOf(type);
  return i === -1 ? CVSS_PREFERENCE.length : i;
}

function normaliseEvents(list: unknown): RangeEvent[] {
  const events: RangeEvent[] = [];
  if (!Array.isArray(list)) return events;
  for (const e of list) {
    if (!isRecord(e)) continue;
    for (const k of ['introduced', 'fixed', 'last_affected', 'limit'] as const) {
      const v = e[k];
      if (typeof v === 'string' && v !== '') events.push(eventOf(k, v));
    }
  }
  return fitted(events);
}

/** One event, as a plain one-field object (an object literal with a computed key is made larger). */
function eventOf(kind: 'introduced' | 'fixed' | 'last_affected' | 'limit', v: string): RangeEvent {
  switch (kind) {
    case 'introduced':
      return { introduced: v };
    case 'fixed':
      return { fixed: v };
    case 'last_affected':
      return { last_affected: v };
    case 'limit':
      return { limit: v };
  }
}

/** The package an affected entry names, when it names one (entries that do not are dropped). */
function packageOf(a: unknown): { ecosystem: string; name: string } | undefined {
  if (!isRecord(a) || !isRecord(a.package)) return undefined;
  const { ecosystem, name } = a.package;
  return typeof ecosystem !== 'string' || typeof name !== 'string' || name === '' ? undefined : { ecosystem, name };
}

function normaliseAffected(list: unknown[]): AffectedPackage[] {
  const out: AffectedPackage[] = [];
  for (const a of list) {
    const named = packageOf(a);
    if (!named || !isRecord(a)) continue;
    const { ecosystem, name } = named;
    const ranges: AffectedRange[] = [];
    if (Array.isArray(a.ranges)) {
      for (const r of a.ranges) {
        if (!isRecord(r)) continue;
        if (r.type !== 'SEMVER' && r.type !== 'ECOSYSTEM' && r.type !== 'GIT') continue;
        ranges.push({ type: r.type, events: normaliseEvents(r.events) });
      }
    }
    const versions = Array.isArray(a.versions) ? fitted(a.versions.filter((v): v is string => typeof v === 'string')) : [];
    out.push({ ecosystem, name, ranges: fitted(ranges), versions });
  }
  return fitted(out);
}

/** The page a person opens for this advisory. */
export function advisoryUrl(id: string): string {
  if (id.startsWith('GHSA-')) return `https://github.com/advisories/${id}`;
  if (id.startsWith('GO-')) return `https://pkg.go.dev/vuln/${id}`;
  if (id.startsWith('RUSTSEC-')) return `https://rustsec.org/advisories/${id}.html`;
  if (/^CVE-\d+-\d+$/.test(id)) return `https://nvd.nist.gov/vuln/detail/${id}`;
  // toWellFormed: encodeURIComponent throws on a lone surrogate (a JSON "\ud800" escape in an id).
  return `https://osv.dev/vulnerability/${encodeURIComponent(id.toWellFormed())}`;
}

function summaryOf(raw: Record<string, unknown>): string {
  const s = typeof raw.summary === 'string' && raw.summary.trim() !== '' ? raw.summary : typeof raw.details === 'string' ? raw.details : '';
  const first = s.trim().split(/\r?\n/, 1)[0] ?? '';
  const max = LIMITS.advisorySummaryMaxChars;
  return first.length > max ? first.slice(0, max - 1) + '…' : first;
}

export type NormaliseResult = { advisory: Advisory; skip?: undefined } | { advisory?: undefined; skip: string };

/** A record that passed the screen: the parts both the normaliser and a bundle's index read. */
interface Screened {
  raw: Record<string, unknown> & { id: string };
  affectedRaw: unknown[];
  packages: { ecosystem: string; name: string }[];
  /** The informational kind every affected entry shares (RustSec), when it is kept. */
  info?: 'unsound' | 'unmaintained';
}

/**
 * Whether a record is kept, and why not: the one place the rules live, so that a bundle's index
 * (recordFacts) accepts and skips exactly the records the normaliser does.
 */
function screen(raw: unknown): { screened: Screened; skip?: undefined } | { screened?: undefined; skip: string } {
  if (!isRecord(raw)) return { skip: 'not a JSON object' };
  if (typeof raw.id !== 'string' || raw.id === '') return { skip: 'no `id`' };
  const affectedRaw = Array.isArray(raw.affected) ? raw.affected : [];
  // Cutting a range short could drop the `fixed` that ends it: the record is refused instead.
  const overlong = affectedRaw.some(
    (a) => isRecord(a) && Array.isArray(a.ranges) && a.ranges.some((r) => isRecord(r) && Array.isArray(r.events) && r.events.length > LIMITS.maxRangeEvents),
  );
  if (overlong) return { skip: `${raw.id}: a range has more than ${LIMITS.maxRangeEvents} events` };
  const packages: { ecosystem: string; name: string }[] = [];
  for (const a of affectedRaw) {
    const named = packageOf(a);
    if (named) packages.push(named);
  }
  if (packages.length === 0) return { skip: `${raw.id}: no affected package` };
  // RustSec marks "unmaintained"/"unsound"/"notice" records as informational. An unsound API
  // with a fix is still worth a deadline, and an unmaintained crate is a library at its end of
  // life; a notice is not a finding.
  const informational = affectedRaw.map((a) => (isRecord(a) && isRecord(a.database_specific) && typeof a.database_specific.informational === 'string' ? a.database_specific.informational : undefined));
  const info = informational.every((i) => i !== undefined) ? informational[0] : undefined;
  if (info !== undefined && (info !== 'unsound' && info !== 'unmaintained' || informational.some((i) => i !== info))) {
    return { skip: `${raw.id}: informational (not a vulnerability)` };
  }
  return { screened: { raw: raw as Screened['raw'], affectedRaw, packages, ...(info === 'unsound' || info === 'unmaintained' ? { info } : {}) } };
}

/** What a bundle's index keeps of a record: the packages it names and the dates the coverage reads. */
export interface RecordFacts {
  id: string;
  /** (ecosystem, name) of each affected package, as the normaliser keeps them. */
  packages: { ecosystem: string; name: string }[];
  /** The normalised `modified`, else `published`. */
  date?: string;
  withdrawn: boolean;
}

/**
 * The facts of a record the normaliser would keep, or why it would not: the same screen as
 * normaliseOsv without building the advisory (its severity, references and ranges are read only
 * for the few records a run asks for).
 */
export function recordFacts(raw: unknown): { facts: RecordFacts; skip?: undefined } | { facts?: undefined; skip: string } {
  const s = screen(raw);
  if (!s.screened) return { skip: s.skip };
  const { raw: r, packages } = s.screened;
  const date = realDate(r.modified) ?? realDate(r.published);
  return { facts: { id: r.id, packages, ...(date ? { date } : {}), withdrawn: realDate(r.withdrawn) !== undefined } };
}

export function normaliseOsv(input: unknown, source: string): NormaliseResult {
  const s = screen(input);
  if (!s.screened) return { skip: s.skip };
  const { raw, affectedRaw, info } = s.screened;
  const affected = normaliseAffected(affectedRaw);
  const references: Reference[] = Array.isArray(raw.references)
    ? raw.references
        .filter((r): r is Record<string, unknown> => isRecord(r) && typeof r.url === 'string')
        .map((r) => ({ type: typeof r.type === 'string' ? r.type : 'WEB', url: r.url as string }))
    : [];
  const aliases = Array.isArray(raw.aliases) ? fitted(raw.aliases.filter((a): a is string => typeof a === 'string' && a !== raw.id)) : [];
  const advisory: Advisory = {
    id: raw.id,
    aliases,
    summary: summaryOf(raw),
    affected,
    references,
    url: advisoryUrl(raw.id),
    source,
  };
  const published = realDate(raw.published);
  const modified = realDate(raw.modified);
  const withdrawn = realDate(raw.withdrawn);
  if (published) advisory.published = published;
  if (modified) advisory.modified = modified;
  if (withdrawn) advisory.withdrawn = withdrawn;
  const severity = severityFrom(raw, affectedRaw);
  if (severity) advisory.severity = severity;
  const priority = noticePriority(affectedRaw);
  if (priority) advisory.distroUrgency = priority;
  if (info) advisory.kind = info;
  // OpenSSF's malicious-packages records, which OSV's npm and PyPI bundles carry.
  if (raw.id.startsWith('MAL-')) advisory.kind = 'malicious';
  return { advisory };
}
