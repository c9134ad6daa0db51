import { byCodePoint } from '../model/order.js';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../evaluate/index.js';
import { loadPolicy } from '../evaluate/policy/load.js';
import { scannerReports } from '../extract/scanner-report/index.js';
import type { Advisory, Component, Match } from '../model/types.js';
import { readScannerReport } from '../parse/scanner-report.js';
import { AdvisoryDb } from './db.js';
import { advisoriesFromReport, scannerReportAdvisories, splitScannerReports } from './scanner-report.js';

const dir = fileURLToPath(new URL('../extract/scanner-report/__fixtures__/', import.meta.url));

function load(name: string) {
  const text = readFileSync(dir + name, 'utf8');
  const report = readScannerReport(text, JSON.parse(text));
  if (!report) throw new Error(`${name} is not a report`);
  return { text, report };
}

describe('Trivy findings as advisories', () => {
  it('debian stretch: one record per CVE, one affected entry per package, installed version and fix as the report says', () => {
    const { report } = load('trivy-debian-stretch.json');
    const { advisories, problems } = advisoriesFromReport(report, 'trivy-debian-stretch.json');
    expect(problems).toEqual([]);
    expect(advisories.map((a) => a.id)).toEqual(['CVE-2019-18276', 'CVE-2019-5094']);
    const e2fs = advisories[1]!;
    expect(e2fs).toMatchObject({
      aliases: ['DSA-4535-1'],
      summary: 'e2fsprogs: Crafted ext4 partition leads to out-of-bounds write (reported by Trivy)',
      published: '2019-09-24T22:15:00.000Z',
      modified: expect.any(String),
      severity: { label: 'medium', source: 'label', score: 6.7, vector: 'CVSS:3.1/AV:L/AC:L/PR:H/UI:N/S:U/C:H/I:H/A:H' },
      url: 'https://nvd.nist.gov/vuln/detail/CVE-2019-5094',
      source: 'trivy:trivy-debian-stretch.json',
    });
    expect(e2fs.affected).toEqual(
      ['e2fslibs', 'e2fsprogs', 'libcomerr2', 'libss2'].map((name) => ({
        ecosystem: 'Debian:9',
        name,
        versions: ['1.43.4-2'],
        ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '1.43.4-2' }, { fixed: '1.43.4-2+deb9u1' }] }],
      })),
    );
    // No fix: the installed version alone, no range; Trivy's label is Debian's (LOW), the score NVD's.
    expect(advisories[0]!.affected).toEqual([{ ecosystem: 'Debian:9', name: 'bash', versions: ['4.4-5'], ranges: [] }]);
    expect(advisories[0]!.severity).toEqual({ label: 'low', source: 'label', score: 7.8, vector: 'CVSS:3.1/AV:L/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:H' });
  });

  it('ubuntu 18.04 findings land in Ubuntu:18.04:LTS, as OSV names the release', () => {
    const { report } = load('trivy-ubuntu-18.04.json');
    const { advisories } = advisoriesFromReport(report, 'r.json');
    expect(new Set(advisories.flatMap((a) => a.affected.map((p) => p.ecosystem)))).toEqual(new Set(['Ubuntu:18.04:LTS']));
  });

  it('language findings are left to the lockfiles\' sources', () => {
    const text = JSON.stringify({
      SchemaVersion: 2,
      Results: [{ Target: 'package-lock.json', Class: 'lang-pkgs', Type: 'npm', Vulnerabilities: [{ VulnerabilityID: 'CVE-2021-23337', PkgName: 'lodash', InstalledVersion: '4.17.20', FixedVersion: '4.17.21', Severity: 'HIGH' }] }],
    });
    const report = readScannerReport(text, JSON.parse(text))!;
    expect(report.findings).toHaveLength(1);
    expect(advisoriesFromReport(report, 'trivy.json').advisories).toEqual([]);
  });
});

describe('Grype findings as advisories', () => {
  it('reads matches, every fixed version, the distro block and the severity label with its CVSS', () => {
    const { report } = load('grype-presenter-snapshot.json');
    const { advisories } = advisoriesFromReport(report, 'g.json');
    expect(advisories.map((a) => [a.id, a.severity, a.affected, a.published])).toEqual([
      [
        'CVE-1999-0001',
        { label: 'low', source: 'label', score: 8.2, vector: 'CVSS:3.1/AV:N/AC:L/PR:L/UI:R/S:C/C:L/I:L/A:H' },
        [
          {
            ecosystem: 'centos',
            name: 'package-1',
            versions: ['2:1.1.1'],
            ranges: ['1.2.1', '2.1.3', '3.4.0'].map((fixed) => ({ type: 'ECOSYSTEM', events: [{ introduced: '2:1.1.1' }, { fixed }] })),
          },
        ],
        undefined,
      ],
      [
        'CVE-1999-0002',
        { label: 'critical', source: 'label', score: 8.5, vector: 'CVSS:3.1/AV:N/AC:H/PR:L/UI:N/S:C/C:H/I:H/A:H' },
        [{ ecosystem: 'centos', name: 'package-2', versions: ['2.2.2'], ranges: [] }],
        undefined,
      ],
    ]);
  });

  it('starts the clock at the date Grype first saw the fix, when it says', () => {
    const text = JSON.stringify({
      distro: { name: 'debian', version: '12' },
      descriptor: { name: 'grype' },
      matches: [
        {
          artifact: { name: 'libssl3', version: '3.0.11-1~deb12u1', type: 'deb', purl: 'pkg:deb/debian/libssl3@3.0.11-1~deb12u1?distro=debian-12', upstreams: [{ name: 'openssl' }] },
          vulnerability: { id: 'CVE-2024-0727', severity: 'Medium', fix: { versions: ['3.0.13-1~deb12u1'], state: 'fixed', available: [{ version: '3.0.13-1~deb12u1', date: '2024-02-06', kind: 'first-observed' }] } },
          relatedVulnerabilities: [{ id: 'CVE-2024-0727' }],
        },
      ],
    });
    const report = readScannerReport(text, JSON.parse(text))!;
    const [a] = advisoriesFromReport(report, 'grype.json').advisories;
    expect([a!.published, a!.aliases, a!.affected[0]!.ecosystem]).toEqual(['2024-02-06T00:00:00.000Z', [], 'Debian:12']);
  });
});

describe('the report as a --db source', () => {
  it('is recognised by content; anything else goes to the OSV loader', () => {
    const split = splitScannerReports([dir + 'trivy-alpine-3.10.json', dir + 'PROVENANCE.md', dir + 'grype-presenter-snapshot.json', '/nonexistent/x.json']);
    expect(split.reports.map((r) => [r.report.tool, r.path.replace(dir, '')])).toEqual([
      ['trivy', 'trivy-alpine-3.10.json'],
      ['grype', 'grype-presenter-snapshot.json'],
    ]);
    expect(split.rest).toEqual([dir + 'PROVENANCE.md', '/nonexistent/x.json']);
  });

  it('fills OS ecosystems no other source covers, merges two images\' records, and says what it left out', () => {
    const db = new AdvisoryDb();
    const debianRecord: Advisory = { id: 'DSA-4535-1', aliases: [], summary: '', affected: [{ ecosystem: 'Debian:10', name: 'e2fsprogs', ranges: [], versions: [] }], references: [], url: '', source: 'osv:x' };
    db.add(debianRecord);
    const files = ['trivy-debian-stretch.json', 'trivy-ubuntu-18.04.json', 'trivy-alpine-3.10.json'].map((n) => ({ path: n, report: load(n).report }));
    const got = scannerReportAdvisories(files, db);
    const all = AdvisoryDb.merge([db, got.osv]);
    expect(got.sources).toEqual([
      { kind: 'trivy-report', path: 'trivy-debian-stretch.json', records: 0, fetched: '2021-08-25T12:20:30.000000005Z' },
      { kind: 'trivy-report', path: 'trivy-ubuntu-18.04.json', records: 2, fetched: '2021-08-25T12:20:30.000000005Z' },
      { kind: 'trivy-report', path: 'trivy-alpine-3.10.json', records: 2, fetched: '2021-08-25T12:20:30.000000005Z' },
    ]);
    expect(got.problems).toEqual([
      { level: 'notice', origin: 'advise/scanner-report', file: 'trivy-debian-stretch.json', message: "Trivy's Debian findings not used: another advisory source given to this run covers Debian" },
    ]);
    // bash's CVE from Ubuntu's image; Alpine's two openssl CVEs.
    expect(all.size).toBe(1 + 4);
    expect(all.lookup('Ubuntu:18.04:LTS', 'bash').map((a) => a.id)).toEqual(['CVE-2019-18276']);
    expect(all.lookup('Alpine:v3.10', 'libssl1.1').map((a) => a.id).sort()).toEqual(['CVE-2019-1549', 'CVE-2019-1551']);
    expect(all.lookup('Debian:9', 'bash')).toEqual([]);
  });
});

describe('a Trivy report re-judged under builtin:baseline@1', () => {
  const policy = loadPolicy({ spec: 'builtin:baseline@1', root: '/nonexistent-root' }).policy!;

  /** The report's own verdict, without a version ordering: each finding names its installed version and fix. */
  function reportMatches(components: Component[], advisories: Advisory[]): Match[] {
    return components.flatMap((component) =>
      advisories.flatMap((advisory) =>
        advisory.affected
          .filter((p) => p.ecosystem === component.ecosystem && p.name === component.name && p.versions.includes(component.version))
          .map((p) => ({ kind: 'vulnerability' as const, component, advisory, ids: [advisory.id], aliases: advisory.aliases, fixedVersion: p.ranges[0]?.events[1]?.fixed ?? null })),
      ),
    );
  }

  it('gives the hand-worked deadlines on 2019-12-10', () => {
    const now = new Date('2019-12-10T09:00:00Z');
    const rows: (string | number | null)[][] = [];
    ['trivy-debian-stretch.json', 'trivy-debian-buster.json', 'trivy-alpine-3.10.json'].forEach((name, file) => {
      const { text, report } = load(name);
      const { components } = scannerReports.extract({ path: `reports/${name}`, text }, { readFile: () => undefined });
      const { advisories } = advisoriesFromReport(report, name);
      const { findings } = evaluate({ matches: reportMatches(components, advisories), policy, now });
      for (const f of findings) rows.push([file, f.component.name, f.advisory.id, f.severity, f.clockStart, f.clockBasis, f.deadline, f.daysLeft, f.status, f.locations[0]!.line]);
    });
    // evaluate orders findings by urgency; compare in the reports' own order.
    const key = (r: (string | number | null)[]): string => `${r[0]} ${String(r[9]).padStart(4, '0')} ${r[2]}`;
    expect(rows.sort((a, b) => byCodePoint(key(a), key(b))).map((r) => r.slice(1))).toEqual([
      // No fix in Debian 9: reported, never overdue.
      ['bash', 'CVE-2019-18276', 'low', '2019-11-28', 'published', null, null, 'no-fix', 73],
      // Medium, 90 days from 2019-09-24: 2019-12-23, 13 days left, inside the 23-day due-soon window.
      ['e2fslibs', 'CVE-2019-5094', 'medium', '2019-09-24', 'published', '2019-12-23', 13, 'due-soon', 138],
      ['e2fsprogs', 'CVE-2019-5094', 'medium', '2019-09-24', 'published', '2019-12-23', 13, 'due-soon', 213],
      ['libcomerr2', 'CVE-2019-5094', 'medium', '2019-09-24', 'published', '2019-12-23', 13, 'due-soon', 288],
      ['libss2', 'CVE-2019-5094', 'medium', '2019-09-24', 'published', '2019-12-23', 13, 'due-soon', 363],
      ['bash', 'CVE-2019-18276', 'low', '2019-11-28', 'published', null, null, 'no-fix', 73],
      // Critical, 7 days from 2019-10-21: 2019-10-28, 43 days late on 2019-12-10.
      ['libidn2-0', 'CVE-2019-18224', 'critical', '2019-10-21', 'published', '2019-10-28', -43, 'overdue', 138],
      // Medium from 2019-09-10: due 2019-12-09, one day late.
      ['libcrypto1.1', 'CVE-2019-1549', 'medium', '2019-09-10', 'published', '2019-12-09', -1, 'overdue', 74],
      // Medium from 2019-12-06: due 2020-03-05 (2020 is a leap year), 86 days left.
      ['libcrypto1.1', 'CVE-2019-1551', 'medium', '2019-12-06', 'published', '2020-03-05', 86, 'within', 74],
      ['libssl1.1', 'CVE-2019-1549', 'medium', '2019-09-10', 'published', '2019-12-09', -1, 'overdue', 232],
      ['libssl1.1', 'CVE-2019-1551', 'medium', '2019-12-06', 'published', '2020-03-05', 86, 'within', 232],
    ]);
  });
});
