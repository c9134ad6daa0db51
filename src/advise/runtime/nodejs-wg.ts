import semver from 'semver';
import type { Comparator } from 'semver';
import type { AdvisorySeverity, AffectedRange, RangeEvent, SeverityLabel } from '../../model/types.js';
import { isRecord } from '../../parse/json.js';
import type { NodeCoreVulnerability } from './types.js';

// The Node.js security working group's records of Node.js runtime vulnerabilities
// (github.com/nodejs/security-wg, vuln/core/<n>.json): `cve`, `vulnerable` and `patched` as
// node-semver ranges over Node.js versions, `severity`, `ref` to the release announcement.
// They become Advisory records: the id `NSWG-CORE-<n>`, the CVEs as aliases, the record's own
// severity label, and the two ranges turned into OSV SEMVER events.

/** Runtime advisories name the endoflife.date product under this ecosystem. */
export const RUNTIME_ECOSYSTEM = 'runtime';
export const NODEJS_PRODUCT = 'nodejs';

const LABELS: ReadonlySet<string> = new Set(['critical', 'high', 'medium', 'low']);
const RECORD_URL = 'https://github.com/nodejs/security-wg/blob/main/vuln/core/';

function minVersion(set: readonly Comparator[]): semver.SemVer | null {
  try {
    return semver.minVersion(new semver.Range(set.map((c) => c.value).join(' ') || '*'));
  } catch {
    return null;
  }
}

function inSet(v: semver.SemVer | string, set: readonly Comparator[]): boolean {
  return set.every((c) => c.test(v));
}

/** The exclusive `<X` bound of a comparator set, without the `-0` node-semver adds to `x` ranges. */
function upperBound(set: readonly Comparator[]): { version: string; inclusive: boolean } | undefined {
  const c = set.find((x) => x.operator === '<' || x.operator === '<=');
  if (!c) return undefined;
  const v = c.semver;
  return { version: `${v.major}.${v.minor}.${v.patch}`, inclusive: c.operator === '<=' };
}

/** A patched set that is one exact version (`4.4.2`) patches only that version: it ends at the next patch. */
function exactEnd(set: readonly Comparator[]): { version: string; inclusive: boolean } | undefined {
  if (set.length !== 1 || set[0]!.operator !== '' || set[0]!.value === '') return undefined;
  const next = semver.inc(set[0]!.semver, 'patch');
  return next ? { version: next, inclusive: false } : undefined;
}

/**
 * OSV SEMVER ranges equivalent to "in `vulnerable` and not in `patched`": one range per
 * comparator set of `vulnerable`, closed by the fixes inside it (and reopened where a patched
 * line ends inside it, as `<= 10` with `^6.14.4 || ^8.11.4 || >= 10.9.0` is).
 */
export function semverRangesToEvents(vulnerable: string, patched: string): AffectedRange[] {
  const v = new semver.Range(vulnerable);
  const p = patched.trim() === '' ? undefined : new semver.Range(patched);
  const ranges: AffectedRange[] = [];
  for (const set of v.set) {
    const lower = minVersion(set);
    if (!lower) continue;
    const events: RangeEvent[] = [{ introduced: lower.version }];
    const fixes = (p?.set ?? [])
      .map((q) => ({ lo: minVersion(q), hi: upperBound(q) ?? exactEnd(q) }))
      .filter((q): q is { lo: semver.SemVer; hi: ReturnType<typeof upperBound> } => q.lo !== null && inSet(q.lo, set))
      .sort((a, b) => semver.compare(a.lo, b.lo));
    let open = true;
    for (const fix of fixes) {
      if (!open) continue;
      events.push({ fixed: fix.lo.version });
      open = false;
      if (fix.hi && !fix.hi.inclusive && inSet(fix.hi.version, set)) {
        events.push({ introduced: fix.hi.version });
        open = true;
      }
    }
    if (open) {
      const upper = upperBound(set);
      if (upper) events.push(upper.inclusive ? { last_affected: upper.version } : { fixed: upper.version });
      else if (set.length === 1 && set[0]!.operator === '') events.push({ last_affected: lower.version });
    }
    ranges.push({ type: 'SEMVER', events });
  }
  return ranges;
}

function firstSentence(text: string): string {
  const line = text.trim().split(/\n\s*\n/)[0]!.replace(/\s+/g, ' ');
  return line.length > 200 ? `${line.slice(0, 197)}...` : line;
}

/** One `vuln/core/<n>.json` record; a string says why it was not usable. */
export function parseNodeCoreRecord(n: string, value: unknown, source: string): NodeCoreVulnerability | string {
  if (!isRecord(value)) return 'not a JSON object';
  const vulnerable = typeof value.vulnerable === 'string' ? value.vulnerable.trim() : '';
  const patched = typeof value.patched === 'string' ? value.patched.trim() : '';
  if (vulnerable === '' || semver.validRange(vulnerable) === null) return `vulnerable range "${String(value.vulnerable)}" is not a semver range`;
  if (patched !== '' && semver.validRange(patched) === null) return `patched range "${patched}" is not a semver range`;
  const cves = Array.isArray(value.cve) ? value.cve.filter((c): c is string => typeof c === 'string' && c !== '') : [];
  const environments = Array.isArray(value.affectedEnvironments)
    ? value.affectedEnvironments.filter((e): e is string => typeof e === 'string')
    : [];
  const text =
    (typeof value.description === 'string' && value.description.trim()) ||
    (typeof value.overview === 'string' && value.overview.trim()) ||
    cves.join(', ') ||
    `Node.js core vulnerability ${n}`;
  const onlyOn = environments.length > 0 && !environments.includes('all') ? ` (${environments.join(', ')} only)` : '';
  const label = typeof value.severity === 'string' ? value.severity.toLowerCase() : '';
  let severity: AdvisorySeverity | undefined;
  if (LABELS.has(label)) {
    severity = { label: label as SeverityLabel, source: 'label' };
    if (typeof value.cvss_score === 'number') severity.score = value.cvss_score;
    if (typeof value.cvss === 'string' && value.cvss !== '') severity.vector = value.cvss.startsWith('CVSS:') ? value.cvss : `CVSS:${value.cvss}`;
  }
  const ref = typeof value.ref === 'string' && /^https?:\/\//.test(value.ref) ? value.ref : undefined;
  const url = ref ?? `${RECORD_URL}${n}.json`;
  const published = typeof value.publish_date === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value.publish_date) ? value.publish_date.slice(0, 10) : undefined;
  const advisory: NodeCoreVulnerability['advisory'] = {
    id: `NSWG-CORE-${n}`,
    aliases: cves,
    summary: firstSentence(text) + onlyOn,
    affected: [{ ecosystem: RUNTIME_ECOSYSTEM, name: NODEJS_PRODUCT, ranges: semverRangesToEvents(vulnerable, patched), versions: [] }],
    references: [{ type: 'ADVISORY', url: `${RECORD_URL}${n}.json` }, ...(ref ? [{ type: 'WEB', url: ref }] : [])],
    url,
    source: `nodejs-security-wg:${source}`,
  };
  if (published) advisory.published = published;
  if (severity) advisory.severity = severity;
  return { advisory, vulnerable, patched, environments };
}

/** `vuln/core/<n>.json`, in a zip or a folder; `index.json` (all records in one) is not a record. */
export const CORE_RECORD = /(?:^|\/)core\/(\d+)\.json$/;
