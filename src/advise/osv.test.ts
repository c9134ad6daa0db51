import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { trimmed } from '../../test/helpers/corpus.js';
import { loadOfflineAdvisories } from './osv-local.js';
import { readZipText } from './zip.js';
import { cvssBaseScore, labelForScore, normaliseOsv, realDate, recordFacts } from './osv.js';

const SAMPLE = 'osv/github-reviewed-sample/advisories/github-reviewed';
const sample = (path: string): unknown => JSON.parse(readFileSync(trimmed(SAMPLE, path), 'utf8'));

describe('normaliseOsv on real records', () => {
  it('takes GitHub’s label over the CVSS score and keeps aliases and dates', () => {
    const r = normaliseOsv(sample('2024/06/GHSA-3h5v-q93c-6h6q/GHSA-3h5v-q93c-6h6q.json'), 'test');
    expect(r.advisory).toMatchObject({
      id: 'GHSA-3h5v-q93c-6h6q',
      aliases: ['CVE-2024-37890'],
      published: '2024-06-17T19:09:10.000Z',
      severity: { label: 'high', source: 'label', score: 7.5 },
      url: 'https://github.com/advisories/GHSA-3h5v-q93c-6h6q',
    });
    expect(r.advisory!.affected.map((a) => a.ranges[0]!.events)).toContainEqual([{ introduced: '8.0.0' }, { fixed: '8.17.1' }]);
  });

  it('maps MODERATE to medium and reads a record with no severity vector', () => {
    const r = normaliseOsv(sample('2024/10/GHSA-pxg6-pf52-xh8x/GHSA-pxg6-pf52-xh8x.json'), 'test');
    expect(r.advisory!.severity).toEqual({ label: 'low', source: 'label' });
    const m = normaliseOsv(sample('2024/09/GHSA-qw6h-vgh9-j6wx/GHSA-qw6h-vgh9-j6wx.json'), 'test');
    expect(m.advisory!.severity!.label).toBe('medium');
  });

  it('treats Go’s 0001-01-01 timestamps as unknown, never as dates', async () => {
    let text = '';
    await readZipText(trimmed('osv/Go/all.zip'), (n) => n === 'GO-2020-0001.json', (e) => (text = e.text));
    const raw = JSON.parse(text) as { modified: string };
    expect(raw.modified).toBe('0001-01-01T00:00:00Z');
    const r = normaliseOsv(raw, 'test');
    expect(r.advisory!.modified).toBeUndefined();
    expect(r.advisory!.severity).toBeUndefined();
  });
});

describe('CVSS and dates', () => {
  it('computes base scores with the calculator and bands them as NVD does', () => {
    expect(cvssBaseScore('CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H')).toBe(9.8);
    expect(cvssBaseScore('CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:L')).toBe(5.3);
    expect(cvssBaseScore('CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N')).toBe(9.3);
    expect(cvssBaseScore('AV:N/AC:L/Au:N/C:P/I:P/A:P')).toBe(7.5);
    expect(cvssBaseScore('not a vector')).toBeUndefined();
    expect([9.0, 8.9, 7.0, 6.9, 4.0, 3.9, 0.1, 0].map(labelForScore)).toEqual([
      'critical', 'high', 'high', 'medium', 'medium', 'low', 'low', undefined,
    ]);
  });

  it('accepts only real dates', () => {
    expect(realDate('2024-06-17T19:09:10Z')).toBe('2024-06-17T19:09:10.000Z');
    expect(realDate('0001-01-01T00:00:00Z')).toBeUndefined();
    expect(realDate('yesterday')).toBeUndefined();
    expect(realDate(42)).toBeUndefined();
  });

  it('reads plain UTC timestamps without Date and gives what Date gives, at every edge', () => {
    // What realDate did before its shortcut for YYYY-MM-DDTHH:MM:SS(.fff)Z: every answer must match.
    const viaDate = (v: string): string | undefined => {
      const t = Date.parse(v);
      return Number.isNaN(t) || new Date(t).getUTCFullYear() < 1970 ? undefined : new Date(t).toISOString();
    };
    const edges = [
      '2024-02-29T12:00:00Z', '2023-02-29T12:00:00Z', '2100-02-29T00:00:00Z', '2000-02-29T00:00:00Z', '2024-04-31T00:00:00Z',
      '2024-12-31T23:59:59Z', '2024-12-31T24:00:00Z', '2016-12-31T23:59:60Z', '2024-13-01T00:00:00Z', '2024-00-10T00:00:00Z',
      '2024-01-00T00:00:00Z', '2024-01-01T00:60:00Z', '1969-12-31T23:59:59Z', '1970-01-01T00:00:00Z', '9999-12-31T23:59:59.999Z',
      '2024-06-17T19:09:10.123Z', '2024-06-17T19:09:10.5Z', '2024-06-17T19:09:10.123456Z', '2024-06-17T19:09:10.12aZ',
      '2024-06-17T19:09:10+00:00', '2024-06-17T19:09:10z', '2024-06-17t19:09:10Z', '2024-06-17 19:09:10Z', '2024-06-17T19:09:1xZ',
      '+02024-06-17T19:09:10Z', '2024-06-17', '２０２４-06-17T19:09:10Z', '2024/06/17T19:09:10Z',
    ];
    for (const v of edges) expect([v, realDate(v)]).toEqual([v, viaDate(v)]);
    // Every day of four years around a leap year and a century, at a few times of day.
    for (let day = Date.UTC(2098, 0, 1); day < Date.UTC(2102, 0, 1); day += 86_400_000) {
      for (const ms of [0, 3_599_999, 86_399_000]) {
        const iso = new Date(day + ms).toISOString();
        for (const v of [iso, `${iso.slice(0, 19)}Z`]) expect(realDate(v)).toBe(viaDate(v));
      }
    }
  });
});

describe('recordFacts, what a bundle index keeps of a record', () => {
  it('accepts and skips exactly the records normaliseOsv does, with its packages and dates', async () => {
    const raws: unknown[] = [
      [], {}, { id: '' }, { id: 'X-1', affected: [{ package: {} }] }, { id: 'X-2', affected: 'npm' },
      { id: 'X-3', affected: [{ package: { ecosystem: 'npm', name: '' } }, { package: { ecosystem: 'npm', name: 'b' } }], withdrawn: '2024-01-01T00:00:00Z' },
      { id: 'X-4', affected: [{ package: { ecosystem: 'npm', name: 'a' }, ranges: [{ type: 'SEMVER', events: Array.from({ length: 5000 }, () => ({ introduced: '0' })) }] }] },
      { id: 'X-5', affected: [{ package: { ecosystem: 'npm', name: 'a' } }], modified: '0001-01-01T00:00:00Z', published: '2020-01-01T00:00:00+02:00', withdrawn: 'never' },
      { id: 'RUSTSEC-1', affected: [{ package: { ecosystem: 'crates.io', name: 'a' }, database_specific: { informational: 'notice' } }] },
      { id: 'RUSTSEC-2', affected: [{ package: { ecosystem: 'crates.io', name: 'a' }, database_specific: { informational: 'unsound' } }, { package: { ecosystem: 'crates.io', name: 'b' } }] },
    ];
    for (const bundle of ['Go', 'PyPI', 'crates.io']) {
      await readZipText(trimmed('osv', bundle, 'all.zip'), (n) => n.endsWith('.json'), (e) => raws.push(JSON.parse(e.text)));
    }
    expect(raws.length).toBeGreaterThan(100);
    for (const raw of raws) {
      const full = normaliseOsv(raw, 's');
      const facts = recordFacts(raw);
      if (!full.advisory) {
        expect(facts).toEqual({ skip: full.skip });
        continue;
      }
      const a = full.advisory;
      expect(facts.facts).toEqual({
        id: a.id,
        packages: a.affected.map(({ ecosystem, name }) => ({ ecosystem, name })),
        ...((a.modified ?? a.published) ? { date: a.modified ?? a.published } : {}),
        withdrawn: a.withdrawn !== undefined,
      });
    }
  });
});

describe('normaliseOsv on bad records', () => {
  it('refuses records without an id or affected packages and skips informational RustSec notices (unsound and unmaintained are kept)', () => {
    expect(normaliseOsv([], 's')).toEqual({ skip: 'not a JSON object' });
    expect(normaliseOsv({}, 's')).toEqual({ skip: 'no `id`' });
    expect(normaliseOsv({ id: 'X-1', affected: [{ package: {} }] }, 's')).toEqual({ skip: 'X-1: no affected package' });
    expect(
      normaliseOsv({ id: 'RUSTSEC-1', affected: [{ package: { ecosystem: 'crates.io', name: 'a' }, database_specific: { informational: 'notice' } }] }, 's'),
    ).toEqual({ skip: 'RUSTSEC-1: informational (not a vulnerability)' });
    expect(normaliseOsv({ id: 'RUSTSEC-2', affected: [{ package: { ecosystem: 'crates.io', name: 'a' }, database_specific: { informational: 'unmaintained' } }] }, 's').advisory?.kind).toBe('unmaintained');
    expect(normaliseOsv({ id: 'RUSTSEC-3', affected: [{ package: { ecosystem: 'crates.io', name: 'a' }, database_specific: { informational: 'unsound' } }] }, 's').advisory?.kind).toBe('unsound');
    expect(normaliseOsv({ id: 'MAL-2025-1', affected: [{ package: { ecosystem: 'npm', name: 'a' } }] }, 's').advisory?.kind).toBe('malicious');
    expect(normaliseOsv({ id: 'GHSA-1', affected: [{ package: { ecosystem: 'npm', name: 'a' } }] }, 's').advisory?.kind).toBeUndefined();
  });
});

describe('loading offline bundles', () => {
  it('reports a missing database as an error, not an empty pass', async () => {
    const loaded = await loadOfflineAdvisories(['/nonexistent/all.zip']);
    expect(loaded.problems).toEqual([{ level: 'error', origin: 'advise/osv', file: '/nonexistent/all.zip', message: 'advisory database not found' }]);
  });
});
