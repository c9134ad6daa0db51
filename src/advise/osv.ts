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
  const t = Date.parse(value);
  if (Number.isNaN(t)) return undefined;
  const d = new Date(t);
  if (d.getUTCFullYear() < 1970) return undefined;
  return d.toISOString();
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
      if (typeof v === 'string' && v !== '') events.push({ [k]: v });
    }
  }
  return events;
}

function normaliseAffected(list: unknown[]): AffectedPackage[] {
  const out: AffectedPackage[] = [];
  for (const a of list) {
    if (!isRecord(a) || !isRecord(a.package)) continue;
    const { ecosystem, name } = a.package;
    if (typeof ecosystem !== 'string' || typeof name !== 'string' || name === '') continue;
    const ranges: AffectedRange[] = [];
    if (Array.isArray(a.ranges)) {
      for (const r of a.ranges) {
        if (!isRecord(r)) continue;
        if (r.type !== 'SEMVER' && r.type !== 'ECOSYSTEM' && r.type !== 'GIT') continue;
        ranges.push({ type: r.type, events: normaliseEvents(r.events) });
      }
    }
    const versions = Array.isArray(a.versions) ? a.versions.filter((v): v is string => typeof v === 'string') : [];
    out.push({ ecosystem, name, ranges, versions });
  }
  return out;
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

export function normaliseOsv(raw: unknown, source: string): NormaliseResult {
  if (!isRecord(raw)) return { skip: 'not a JSON object' };
  if (typeof raw.id !== 'string' || raw.id === '') return { skip: 'no `id`' };
  const affectedRaw = Array.isArray(raw.affected) ? raw.affected : [];
  // Cutting a range short could drop the `fixed` that ends it: the record is refused instead.
  const overlong = affectedRaw.some(
    (a) => isRecord(a) && Array.isArray(a.ranges) && a.ranges.some((r) => isRecord(r) && Array.isArray(r.events) && r.events.length > LIMITS.maxRangeEvents),
  );
  if (overlong) return { skip: `${raw.id}: a range has more than ${LIMITS.maxRangeEvents} events` };
  const affected = normaliseAffected(affectedRaw);
  if (affected.length === 0) return { skip: `${raw.id}: no affected package` };
  // RustSec marks "unmaintained"/"unsound"/"notice" records as informational. An unsound API
  // with a fix is still worth a deadline, and an unmaintained crate is a library at its end of
  // life; a notice is not a finding.
  const informational = affectedRaw.map((a) => (isRecord(a) && isRecord(a.database_specific) && typeof a.database_specific.informational === 'string' ? a.database_specific.informational : undefined));
  const info = informational.every((i) => i !== undefined) ? informational[0] : undefined;
  if (info !== undefined && (info !== 'unsound' && info !== 'unmaintained' || informational.some((i) => i !== info))) {
    return { skip: `${raw.id}: informational (not a vulnerability)` };
  }
  const references: Reference[] = Array.isArray(raw.references)
    ? raw.references
        .filter((r): r is Record<string, unknown> => isRecord(r) && typeof r.url === 'string')
        .map((r) => ({ type: typeof r.type === 'string' ? r.type : 'WEB', url: r.url as string }))
    : [];
  const aliases = Array.isArray(raw.aliases) ? raw.aliases.filter((a): a is string => typeof a === 'string' && a !== raw.id) : [];
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
  if (info === 'unsound' || info === 'unmaintained') advisory.kind = info;
  // OpenSSF's malicious-packages records, which OSV's npm and PyPI bundles carry.
  if (raw.id.startsWith('MAL-')) advisory.kind = 'malicious';
  return { advisory };
}
