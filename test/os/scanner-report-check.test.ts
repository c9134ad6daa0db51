import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/check.js';
import { tempDir } from '../helpers/tmp.js';

// check() with a Trivy report both scanned (its packages, located) and given with --db (its OS
// findings as advisories), and with OSV's Debian data beside it (which then speaks for Debian).
const fixtures = fileURLToPath(new URL('../../src/extract/scanner-report/__fixtures__/', import.meta.url));

function tree(): { root: string; report: string } {
  const root = tempDir();
  mkdirSync(join(root, 'reports'));
  const report = join(root, 'reports', 'trivy-debian-buster.json');
  copyFileSync(join(fixtures, 'trivy-debian-buster.json'), report);
  return { root, report };
}

const now = new Date('2019-12-10T09:00:00Z');

describe('a Trivy report given to check()', () => {
  it('is an inventory and, with --db, the advisory source of Debian, named in the report', async () => {
    const { root, report } = tree();
    const r = await check({ root, db: [report], now, cacheDir: false });
    expect(r.report!.sources).toEqual([{ kind: 'trivy-report', path: report, records: 2, fetched: '2021-08-25T12:20:30.000000005Z' }]);
    expect(r.report!.components.map((c) => [c.ecosystem, c.name, c.version, c.layer])).toEqual([
      ['Debian:10', 'bash', '5.0-4', 'os'],
      ['Debian:10', 'libidn2-0', '2.0.5-1', 'os'],
    ]);
    expect(r.report!.problems.filter((p) => p.origin === 'advise/scanner-report')).toEqual([]);
  });

  it('leaves Debian to OSV\'s Debian records when they are given too, and says so', async () => {
    const { root, report } = tree();
    const osv = tempDir();
    writeFileSync(
      join(osv, 'DSA-4613-1.json'),
      JSON.stringify({
        id: 'DSA-4613-1',
        modified: '2020-01-31T00:00:00Z',
        published: '2020-01-31T00:00:00Z',
        aliases: ['CVE-2019-18224'],
        affected: [{ package: { ecosystem: 'Debian:10', name: 'libidn2' }, ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: '2.0.5-1+deb10u1' }] }] }],
      }),
    );
    const r = await check({ root, db: [osv, report], now, cacheDir: false });
    expect(r.report!.sources.map((s) => [s.kind, s.records])).toEqual([
      ['osv-dir', 1],
      ['trivy-report', 0],
    ]);
    expect(r.report!.problems.filter((p) => p.origin === 'advise/scanner-report').map((p) => p.message)).toEqual([
      "Trivy's Debian findings not used: another advisory source given to this run covers Debian",
    ]);
  });
});
