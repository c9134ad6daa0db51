import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { trimmed } from '../../test/helpers/corpus.js';
import { loadOfflineAdvisories } from './osv-local.js';
import { readZipText } from './zip.js';
import { cvssBaseScore, labelForScore, normaliseOsv, realDate } from './osv.js';

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
