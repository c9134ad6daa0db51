import { gt, lt, valid } from '@renovatebot/ruby-semver';
import type { Advisory, AdvisorySeverity, RangeEvent, Reference } from '../../model/types.js';
import { advisoryUrl, labelForScore } from '../osv.js';
import type { NativeFormat, NativeRecord, NativeResult } from './types.js';
import { isoDate, parseRecord, str } from './yaml-record.js';

// RubySec's ruby-advisory-db (github.com/rubysec/ruby-advisory-db): one YAML file per advisory
// under gems/<gem>/. It lists the versions that are safe (`patched_versions`,
// `unaffected_versions`, each a RubyGems requirement such as "~> 2.2.8, >= 2.2.8.1"); every
// other version is affected. The safe intervals are merged in RubyGems order and their
// complement is written as one OSV range, so the matcher needs nothing of this format.
// A safe interval closed above (`<= 1.2`) reopens at that version itself: OSV cannot say
// "just after 1.2", so that one version is reported as affected (none of the real records does it).

interface Bound {
  v: string;
  incl: boolean;
}
interface Interval {
  lo?: Bound;
  hi?: Bound;
}

function bump(v: string): string | undefined {
  const nums = v.split('.').filter((s) => /^\d+$/.test(s));
  if (nums.length === 0) return undefined;
  const kept = nums.length > 1 ? nums.slice(0, -1) : nums;
  kept[kept.length - 1] = String(Number(kept[kept.length - 1]) + 1);
  return kept.join('.');
}

const cmp = (a: string, b: string): number => (lt(a, b) ? -1 : gt(a, b) ? 1 : 0);

function loOf(a: Bound | undefined, b: Bound | undefined): Bound | undefined {
  if (!a) return b;
  if (!b) return a;
  const c = cmp(a.v, b.v);
  return c > 0 ? a : c < 0 ? b : { v: a.v, incl: a.incl && b.incl };
}
function hiOf(a: Bound | undefined, b: Bound | undefined): Bound | undefined {
  if (!a) return b;
  if (!b) return a;
  const c = cmp(a.v, b.v);
  return c < 0 ? a : c > 0 ? b : { v: a.v, incl: a.incl && b.incl };
}

/** One requirement line ("~> 2.2.8, >= 2.2.8.1") as an interval, or why not. */
export function requirementInterval(line: string): Interval | string {
  let out: Interval = {};
  for (const part of line.split(',')) {
    const m = /^\s*(~>|>=|<=|!=|>|<|=)?\s*([0-9A-Za-z.\-+]+)\s*$/.exec(part);
    if (!m || !valid(m[2]!)) return `requirement "${line}" is not a RubyGems requirement`;
    const op = m[1] ?? '=';
    const v = m[2]!;
    let next: Interval;
    if (op === '~>') {
      const up = bump(v);
      if (up === undefined) return `requirement "${line}" is not a RubyGems requirement`;
      next = { lo: { v, incl: true }, hi: { v: up, incl: false } };
    } else if (op === '>=' || op === '>') next = { lo: { v, incl: op === '>=' } };
    else if (op === '<=' || op === '<') next = { hi: { v, incl: op === '<=' } };
    else if (op === '=') next = { lo: { v, incl: true }, hi: { v, incl: true } };
    else continue; // `!=` excludes one version from a safe set: leaving it out can only widen what is affected
    out = { ...(loOf(out.lo, next.lo) ? { lo: loOf(out.lo, next.lo)! } : {}), ...(hiOf(out.hi, next.hi) ? { hi: hiOf(out.hi, next.hi)! } : {}) };
  }
  return out;
}

function empty(i: Interval): boolean {
  if (!i.lo || !i.hi) return false;
  const c = cmp(i.lo.v, i.hi.v);
  return c > 0 || (c === 0 && !(i.lo.incl && i.hi.incl));
}

/** OSV events for every version outside the safe intervals. */
export function affectedEvents(safe: readonly Interval[]): RangeEvent[] {
  const sorted = safe.filter((i) => !empty(i)).sort((a, b) => (!a.lo ? -1 : !b.lo ? 1 : cmp(a.lo.v, b.lo.v)));
  const merged: Interval[] = [];
  for (const i of sorted) {
    const last = merged[merged.length - 1];
    const touches = last && (!last.hi || !i.lo || cmp(i.lo.v, last.hi.v) < 0 || (cmp(i.lo.v, last.hi.v) === 0 && (i.lo.incl || last.hi.incl)));
    if (last && touches) {
      if (last.hi && (!i.hi || cmp(i.hi.v, last.hi.v) > 0 || (cmp(i.hi.v, last.hi.v) === 0 && i.hi.incl))) {
        if (i.hi) last.hi = i.hi;
        else delete last.hi;
      }
    } else merged.push({ ...i });
  }
  const events: RangeEvent[] = [];
  if (merged.length === 0 || merged[0]!.lo) events.push({ introduced: '0' });
  for (const i of merged) {
    if (i.lo) events.push(i.lo.incl ? { fixed: i.lo.v } : { last_affected: i.lo.v });
    if (!i.hi) break;
    events.push({ introduced: i.hi.v });
  }
  return events;
}

function severityOf(raw: Record<string, unknown>): AdvisorySeverity | undefined {
  for (const key of ['cvss_v3', 'cvss_v4', 'cvss_v2']) {
    const score = typeof raw[key] === 'number' ? (raw[key] as number) : Number(str(raw[key]));
    const label = Number.isFinite(score) ? labelForScore(score) : undefined;
    if (label) return { label, source: 'cvss', score };
  }
  return undefined;
}

function read(record: NativeRecord, source: string): NativeResult {
  const parsed = parseRecord(record.text);
  if (!parsed.value) return { skip: parsed.error };
  const raw = parsed.value;
  const gem = str(raw.gem);
  if (!gem) return { skip: str(raw.engine) ? 'informational (a Ruby interpreter advisory under rubies/, not a gem)' : 'no `gem`' };
  const safe: Interval[] = [];
  for (const key of ['patched_versions', 'unaffected_versions']) {
    const list = raw[key];
    if (list === undefined || list === null) continue;
    if (!Array.isArray(list)) return { skip: `\`${key}\` is not a list` };
    for (const line of list) {
      const i = requirementInterval(String(line));
      if (typeof i === 'string') return { skip: i };
      safe.push(i);
    }
  }
  const cve = str(raw.cve);
  const ghsa = str(raw.ghsa);
  const osvdb = str(raw.osvdb);
  const ids = [ghsa ? `GHSA-${ghsa}` : undefined, cve ? `CVE-${cve}` : undefined, osvdb ? `OSVDB-${osvdb}` : undefined].filter((x): x is string => x !== undefined);
  const id = ids[0] ?? `RUBYSEC-${record.name.replace(/\.ya?ml$/, '')}`;
  const references: Reference[] = [];
  const url = str(raw.url);
  if (url) references.push({ type: 'ADVISORY', url });
  const related = raw.related as { url?: unknown } | undefined;
  if (related && Array.isArray(related.url)) for (const u of related.url) if (typeof u === 'string') references.push({ type: 'WEB', url: u });
  const advisory: Advisory = {
    id,
    aliases: ids.filter((x) => x !== id),
    summary: str(raw.title) ?? '',
    affected: [{ ecosystem: 'RubyGems', name: gem, ranges: [{ type: 'ECOSYSTEM', events: affectedEvents(safe) }], versions: [] }],
    references,
    url: advisoryUrl(id),
    source,
  };
  const published = isoDate(raw.date);
  if (published) advisory.published = published;
  const severity = severityOf(raw);
  if (severity) advisory.severity = severity;
  return { advisories: [advisory] };
}

export const RUBYSEC: NativeFormat = {
  kind: 'rubysec',
  title: "RubySec's ruby-advisory-db",
  wants: (name) => /(^|\/)(gems|rubies)\/[^/]+\/[^/]+\.ya?ml$/.test(name),
  recognises: (text) => /^(gem|engine):\s*\S/m.test(text),
  read,
};
