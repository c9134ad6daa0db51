import type { Advisory, AffectedRange, RangeEvent } from '../../model/types.js';
import { advisoryUrl } from '../osv.js';
import type { NativeFormat, NativeRecord, NativeResult } from './types.js';
import { isoDate, parseRecord, str } from './yaml-record.js';

// FriendsOfPHP's security-advisories (github.com/FriendsOfPHP/security-advisories): one YAML
// file per advisory under <vendor>/<package>/, `reference: composer://vendor/package`, and per
// branch the affected versions as Composer constraints ANDed together (['>=7.0.0', '<7.12.1'])
// with the time the fix was released. Each branch becomes one OSV range. A lower bound written
// `>` starts the range at that version itself (OSV has no "just after"); the records write `>=`.

function branchRange(versions: unknown): AffectedRange | string {
  const list = Array.isArray(versions) ? versions.map(String) : typeof versions === 'string' ? versions.split(',') : undefined;
  if (!list) return '`versions` is not a list';
  const events: RangeEvent[] = [];
  let lower: string | undefined;
  let upper: RangeEvent | undefined;
  for (const c of list.flatMap((x) => x.split(','))) {
    const m = /^\s*(>=|<=|>|<|=)\s*v?([0-9][0-9A-Za-z.\-+]*)\s*$/.exec(c);
    if (!m) return `constraint "${c.trim()}" is not a Composer version constraint`;
    const [, op, v] = m;
    if (op === '>=' || op === '>') lower = v;
    else if (op === '<') upper = { fixed: v! };
    else if (op === '<=') upper = { last_affected: v! };
    else {
      lower = v;
      upper = { last_affected: v! };
    }
  }
  events.push({ introduced: lower ?? '0' });
  if (upper) events.push(upper);
  return { type: 'ECOSYSTEM', events };
}

function read(record: NativeRecord, source: string): NativeResult {
  const parsed = parseRecord(record.text);
  if (!parsed.value) return { skip: parsed.error };
  const raw = parsed.value;
  const ref = /^composer:\/\/(.+\/.+)$/.exec(str(raw.reference) ?? '');
  if (!ref) return { skip: 'no `reference: composer://vendor/package`' };
  const branches = raw.branches;
  if (typeof branches !== 'object' || branches === null || Array.isArray(branches)) return { skip: 'no `branches`' };
  const ranges: AffectedRange[] = [];
  let published: string | undefined;
  for (const b of Object.values(branches as Record<string, unknown>)) {
    const branch = (b ?? {}) as Record<string, unknown>;
    const range = branchRange(branch.versions);
    if (typeof range === 'string') return { skip: range };
    ranges.push(range);
    // The advisory is known from its first fix: the earliest branch time.
    const t = isoDate(branch.time);
    if (t && (published === undefined || t < published)) published = t;
  }
  const link = str(raw.link);
  const cve = str(raw.cve);
  const ghsa = /GHSA(-[23456789cfghjmpqrvwx]{4}){3}/.exec(link ?? '')?.[0];
  const ids = [cve && /^CVE-\d+-\d+$/.test(cve) ? cve : undefined, ghsa].filter((x): x is string => x !== undefined);
  const id = ids[0] ?? `FRIENDSOFPHP-${record.name.replace(/\.ya?ml$/, '')}`;
  const advisory: Advisory = {
    id,
    aliases: ids.filter((x) => x !== id),
    summary: str(raw.title) ?? '',
    affected: [{ ecosystem: 'Packagist', name: ref[1]!, ranges, versions: [] }],
    references: link ? [{ type: 'ADVISORY', url: link }] : [],
    url: link ?? advisoryUrl(id),
    source,
  };
  if (published) advisory.published = published;
  return { advisories: [advisory] };
}

export const FRIENDSOFPHP: NativeFormat = {
  kind: 'friendsofphp',
  title: "FriendsOfPHP's security-advisories",
  wants: (name) => /(^|\/)[^/.][^/]*\/[^/]+\/[^/]+\.yaml$/.test(name),
  recognises: (text) => /^reference:\s*composer:\/\//m.test(text),
  read,
};
