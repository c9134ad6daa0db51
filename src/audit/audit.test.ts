import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_OLDEST_OVERDUE, exampleReports } from '../../test/helpers/audit-example.js';
import { tempDir } from '../../test/helpers/tmp.js';
import { renderJson } from '../report/json.js';
import type { AuditModel } from './compute.js';
import { computeAudit, nearestRank } from './compute.js';
import { buildLives, reopenCount, resolvedAt } from './history.js';
import { parsePeriod } from './period.js';
import { readReports } from './reports.js';

// The README's worked example ("Patch audit"), figure by figure, from its reports written to a
// folder and read back the way `patchwarden audit --reports DIR` reads them.

function exampleFolder(): string {
  const dir = tempDir('pw-audit-');
  for (const r of exampleReports()) {
    const sub = join(dir, `run-${r.now.slice(0, 10)}`);
    mkdirSync(sub);
    writeFileSync(join(sub, 'patchwarden.json'), renderJson(r));
  }
  return dir;
}

export function exampleAudit(period = '2026-11'): AuditModel {
  const read = readReports(exampleFolder());
  const p = parsePeriod({ period });
  if (typeof p === 'string') throw new Error(p);
  return computeAudit({ period: p, lives: buildLives(read.observations), observations: read.observations, problems: read.problems });
}

describe('finding lives from a folder of reports', () => {
  it('follows each finding from its first run to the first run without it, across alias and version changes', () => {
    const read = readReports(exampleFolder());
    expect(read.problems).toEqual([]);
    expect(read.observations.map((o) => o.day)).toEqual(['2026-10-01', '2026-11-01', '2026-11-10', '2026-11-20', '2026-11-30']);
    const lives = buildLives(read.observations);
    const by = (name: string) => lives.find((l) => l.name === name)!;
    expect(lives).toHaveLength(12);
    expect([by('lodash').firstSeen, resolvedAt(by('lodash'))]).toEqual(['2026-11-01', '2026-11-10']);
    expect(by('undici').episodes).toEqual([
      { opened: '2026-11-01', resolved: '2026-11-20' },
      { opened: '2026-11-30', resolved: null },
    ]);
    expect(reopenCount(by('undici'))).toBe(1);
    // The GHSA id on the first run, the CVE id after: one life.
    expect(by('minimist').episodes).toEqual([{ opened: '2026-10-01', resolved: null }]);
    expect(by('minimist').ids.sort()).toEqual(['CVE-2026-1111', 'GHSA-kkkk-kkkk-kkkk']);
    expect(by('tar').version).toBe('6.1.1');
    expect(by('tar').episodes).toHaveLength(1);
  });
});

describe('the worked example: Patch audit 2026-11', () => {
  const a = exampleAudit();

  it('SLA compliance per severity, per layer and overall', () => {
    expect(a.compliance.overall).toEqual({ due: 4, met: 2, missed: 2, excepted: 1, share: 0.5 });
    expect(a.compliance.bySeverity).toEqual({
      critical: { due: 1, met: 0, missed: 1, excepted: 0, share: 0 },
      high: { due: 2, met: 1, missed: 1, excepted: 0, share: 0.5 },
      medium: { due: 1, met: 1, missed: 0, excepted: 1, share: 1 },
      low: { due: 0, met: 0, missed: 0, excepted: 0, share: null },
    });
    expect(a.compliance.byLayer).toEqual({
      library: { due: 3, met: 1, missed: 2, excepted: 1, share: 0.3333 },
      runtime: { due: 1, met: 1, missed: 0, excepted: 0, share: 1 },
      os: { due: 0, met: 0, missed: 0, excepted: 0, share: null },
    });
  });

  it('time to patch: nearest-rank median and 90th percentile beside the policy deadline', () => {
    expect(a.timeToPatch).toEqual([
      { severity: 'critical', resolved: 1, medianDays: 21, p90Days: 21, policyDays: 15 },
      { severity: 'high', resolved: 2, medianDays: 26, p90Days: 28, policyDays: 30 },
      { severity: 'medium', resolved: 1, medianDays: 82, p90Days: 82, policyDays: 90 },
      { severity: 'low', resolved: 0, medianDays: null, p90Days: null, policyDays: null },
      { severity: 'all', resolved: 4, medianDays: 26, p90Days: 82, policyDays: null },
    ]);
  });

  it('open at the period end: overdue by severity and age, due soon, no fix, the oldest overdue', () => {
    const o = a.openAtEnd;
    expect([o.open, o.overdue, o.dueSoon, o.within, o.noFix, o.excepted]).toEqual([9, 5, 1, 1, 1, 1]);
    expect(o.overdueBySeverity).toEqual({ critical: 1, high: 3, medium: 1, low: 0 });
    expect(o.overdueByAge).toEqual({ '0-30': 2, '31-90': 1, '91-180': 1, '>180': 1 });
    expect(o.oldestOverdue.map((r) => [r.name, r.daysOverdue, r.file, r.line])).toEqual(EXAMPLE_OLDEST_OVERDUE);
  });

  it('trend: open overdue week by week, compliance month by month, where history reaches', () => {
    expect(a.trend.weekly).toEqual([
      ['2026-10-05', 1], ['2026-10-12', 2], ['2026-10-19', 2], ['2026-10-26', 2], ['2026-11-02', 3],
      ['2026-11-09', 4], ['2026-11-16', 3], ['2026-11-23', 3], ['2026-11-30', 5],
    ].map(([weekEnding, openOverdue]) => ({ weekEnding, openOverdue })));
    expect(a.trend.monthly).toEqual([
      { month: '2026-10', due: 2, met: 0, share: 0 },
      { month: '2026-11', due: 4, met: 2, share: 0.5 },
    ]);
  });

  it('exceptions, vendor lag, coverage and the policy each figure was judged by', () => {
    expect(a.exceptions.map((e) => [e.target, e.approvedBy, e.expires, e.state])).toEqual([
      ['GHSA-ffff-0000-0000 openssl', 'ops-lead', '2026-11-25', 'expired'],
      ['GHSA-gggg-0000-0000 qs', 'security-lead', '2027-01-31', 'in-force'],
    ]);
    expect(a.vendorLag.map((v) => [v.name, v.advisoryId, v.days])).toEqual([
      ['express', 'GHSA-bbbb-0000-0000', 42],
      ['minimist', 'CVE-2026-1111', 32],
      ['lodash', 'GHSA-aaaa-0000-0000', 15],
    ]);
    expect(a.coverage).toEqual({
      runsInPeriod: 4,
      runsWithCoverage: 1,
      gaps: [{ repository: 'acme/chat', ecosystem: 'Debian:12', layer: 'os', state: 'no-data', detail: 'no advisory source for Debian:12' }],
    });
    expect(a.policies).toEqual([{ apiVersion: 'patchwarden.dev/v1', name: 'baseline', version: '1.0.0', digest: `sha256:${'0'.repeat(64)}`, runs: 4, repositories: 1 }]);
    expect(a.history).toEqual({ runs: 5, repositories: 1, firstRun: '2026-10-01', lastRun: '2026-11-30', lives: 12, fromIssueBodies: 0 });
  });

  it('a past period is not changed by later runs: October as of its own end', () => {
    const oct = exampleAudit('2026-10');
    expect(oct.compliance.overall).toEqual({ due: 2, met: 0, missed: 2, excepted: 0, share: 0 });
    // At 2026-10-31 the last run is 10-01: minimist (07-01) and tar (10-11) are overdue.
    expect(oct.openAtEnd.overdue).toBe(2);
    expect(oct.lives).toHaveLength(8);
  });
});

describe('nearest-rank percentiles', () => {
  it('takes the value at rank ceil(p × n)', () => {
    expect(nearestRank([], 0.5)).toBeNull();
    expect(nearestRank([5], 0.9)).toBe(5);
    expect(nearestRank([1, 2, 3, 4], 0.5)).toBe(2);
    expect(nearestRank([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9)).toBe(9);
    expect(nearestRank([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], 0.9)).toBe(10);
  });
});

describe('reading a reports folder: bad inputs', () => {
  it('names each file that is not a usable report, and reads the rest', () => {
    const dir = exampleFolder();
    writeFileSync(join(dir, 'broken.json'), '{"tool": ');
    writeFileSync(join(dir, 'package.json'), '{"name": "x"}');
    const [r] = exampleReports();
    writeFileSync(join(dir, 'old.json'), JSON.stringify({ ...r, schemaVersion: 7 }));
    writeFileSync(join(dir, 'bad-finding.json'), JSON.stringify({ ...r, findings: [{ ...r!.findings[0], deadline: 'soon' }] }));
    const read = readReports(dir);
    expect(read.observations).toHaveLength(5);
    expect(read.problems.map((p) => [p.level, p.file, p.message.replace(/: .*$/s, '')])).toEqual([
      ['error', 'bad-finding.json', 'findings[0]'],
      ['error', 'broken.json', 'not valid JSON'],
      ['error', 'old.json', 'expected schemaVersion 1, got 7'],
      ['notice', 'package.json', 'skipped'],
    ]);
    expect(read.problems[0]!.message).toBe('findings[0]: deadline: expected YYYY-MM-DD or null, got "soon"');
    expect(read.skipped).toBe(1);
  });
});

describe('organisation-wide: many repositories in one reports folder', () => {
  it('gives a row per repository and the figures of all of them together', () => {
    const dir = tempDir('pw-audit-org-');
    // acme/chat as in the example; acme/billing the same, except that ws was patched on 11-20 instead of never.
    for (const repo of ['acme/chat', 'acme/billing']) {
      for (const r of exampleReports(repo)) {
        if (repo === 'acme/billing' && r.now >= '2026-11-20') r.findings = r.findings.filter((f) => f.component.name !== 'ws');
        const sub = join(dir, repo.replace('/', '-'), r.now.slice(0, 10));
        mkdirSync(sub, { recursive: true });
        writeFileSync(join(sub, 'report.json'), renderJson(r));
      }
    }
    const read = readReports(dir);
    const p = parsePeriod({ period: '2026-11' });
    if (typeof p === 'string') throw new Error(p);
    const a = computeAudit({ period: p, lives: buildLives(read.observations), observations: read.observations });
    expect(a.repositories.map((r) => [r.repository, r.runs, r.compliance.share, r.open, r.overdue])).toEqual([
      ['acme/billing', 5, 0.5, 8, 4],
      ['acme/chat', 5, 0.5, 9, 5],
    ]);
    // ws's deadline (10-31) is not in November, so compliance is 2 of 4 in each: 4 of 8 together.
    expect(a.compliance.overall).toEqual({ due: 8, met: 4, missed: 4, excepted: 2, share: 0.5 });
    expect(a.openAtEnd.overdue).toBe(9);
    // The same advisory in two repositories is one vendor-lag row counting both.
    expect(a.vendorLag.map((v) => [v.name, v.repositories])).toEqual([['express', 2], ['minimist', 2], ['lodash', 2]]);
    expect(a.history).toMatchObject({ runs: 10, repositories: 2, lives: 24 });
    expect(a.policies).toEqual([expect.objectContaining({ name: 'baseline', runs: 8, repositories: 2 })]);
  });
});
