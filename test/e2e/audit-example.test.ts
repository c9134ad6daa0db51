import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AuditModel } from '../../src/audit/compute.js';
import { runCli } from '../../src/cli/run.js';
import { tempDir } from '../helpers/tmp.js';

// The audit from reports that `check` wrote itself: the chat-platform example (its real
// advisories and runtime release data) checked on the 1st and 15th of each month from June to
// September 2024, with the team patching as the dates go by:
//   - before the 07-15 run: ws 8.17.0 -> 8.17.1 (its fix; GHSA-3h5v-q93c-6h6q, deadline 07-17)
//   - before the 08-15 run: the redis image 7.2.4 -> 7.2.5 in the manifests and compose file (deadline 06-18)
//   - before the 09-15 run: axios 1.7.2 -> 1.7.4 (its fix; GHSA-8hc4-vh64-cxmj, deadline 09-11)
// The expected figures are worked out from those dates by the README's method, not by the code.

const EXAMPLE = fileURLToPath(new URL('../../examples/chat-platform', import.meta.url));
const RUNS = ['2024-06-01', '2024-06-15', '2024-07-01', '2024-07-15', '2024-08-01', '2024-08-15', '2024-09-01', '2024-09-15'];

function edit(root: string, file: string, from: string, to: string): void {
  const path = join(root, file);
  const text = readFileSync(path, 'utf8');
  if (!text.includes(from)) throw new Error(`${file}: '${from}' not found`);
  writeFileSync(path, text.replace(from, to));
}

async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd: process.cwd(), now: () => new Date('2026-12-07T00:00:00Z') });
  return { code, stdout, stderr };
}

describe('patchwarden audit over reports check wrote at successive dates', () => {
  const reports = tempDir('pw-audit-reports-');
  const repo = join(tempDir('pw-audit-repo-'), 'chat-platform');
  let audit: AuditModel;

  beforeAll(async () => {
    // The example's own policy stays behind: the figures were worked out under the baseline.
    cpSync(EXAMPLE, repo, { recursive: true, filter: (src) => !src.split(/[\\/]/).includes('.github') });
    for (const day of RUNS) {
      if (day === '2024-07-15') edit(repo, 'service/package-lock.json', '"node_modules/ws": {\n      "version": "8.17.0"', '"node_modules/ws": {\n      "version": "8.17.1"');
      if (day === '2024-08-15') {
        edit(repo, 'deploy/k8s/data.yaml', 'image: redis:7.2.4-bookworm', 'image: redis:7.2.5-bookworm');
        edit(repo, 'docker-compose.yml', 'image: redis:7.2.4-bookworm', 'image: redis:7.2.5-bookworm');
      }
      if (day === '2024-09-15') edit(repo, 'service/package-lock.json', '"node_modules/axios": {\n      "version": "1.7.2"', '"node_modules/axios": {\n      "version": "1.7.4"');
      mkdirSync(join(reports, day));
      const r = await cli(['check', repo, '--db', join(repo, 'advisories'), '--releases', join(repo, 'releases'), '--now', day, '--repository', 'acme/chat-platform', '--format', 'json', '--output', join(reports, day, 'report.json')]);
      expect(r.stderr).toBe('');
      // The baseline's gate is critical; the example has no critical finding.
      expect(r.code).toBe(0);
    }
    const out = await cli(['audit', '--reports', reports, '--period', '2024-Q3', '--format', 'json']);
    expect(out.stderr).toBe('');
    expect(out.code).toBe(0);
    audit = JSON.parse(out.stdout);
  }, 300_000);

  it('sees each patch land on the run after it was made', () => {
    const life = (name: string) => audit.lives.find((l) => l.name === name || l.name.endsWith(`/${name}`))!;
    expect([life('ws').firstSeen, life('ws').resolved, life('ws').outcome]).toEqual(['2024-06-01', '2024-07-15', 'met']);
    expect([life('axios').resolved, life('axios').outcome, life('axios').daysToPatch]).toEqual(['2024-09-15', 'missed', 34]);
    expect(audit.lives.filter((l) => l.name === 'docker.io/library/redis').map((l) => [l.advisoryId, l.resolved])).toEqual([['PW-PATCH-redis-7.2.4', '2024-08-15']]);
    // cookie 0.4.1 and 0.6.0 share one advisory: one late patch with two locations.
    expect(audit.lives.filter((l) => l.name === 'cookie')).toHaveLength(1);
  });

  it('gives the figures worked out by hand for 2024-Q3', () => {
    // Deadlines in Q3: ws 07-17 (resolved 07-15: met), axios 09-11 (resolved 09-15: missed).
    expect(audit.compliance.overall).toEqual({ due: 2, met: 1, missed: 1, excepted: 0, share: 0.5 });
    expect(audit.compliance.bySeverity.high).toEqual({ due: 2, met: 1, missed: 1, excepted: 0, share: 0.5 });
    expect(audit.compliance.byLayer.library).toEqual({ due: 2, met: 1, missed: 1, excepted: 0, share: 0.5 });
    // Resolved in Q3: ws 07-15 - 06-17 = 28 days, axios 09-15 - 08-12 = 34 (high); redis 08-15 - 05-19 = 88 (medium).
    expect(audit.timeToPatch.find((t) => t.severity === 'high')).toEqual({ severity: 'high', resolved: 2, medianDays: 28, p90Days: 34, policyDays: 30 });
    expect(audit.timeToPatch.find((t) => t.severity === 'medium')).toMatchObject({ resolved: 1, medianDays: 88, p90Days: 88, policyDays: 30 });
    // On 09-30 (the 09-15 run): nginx and node patch lag (deadline 03-15: 199 days), nginx end of
    // life (05-29: 124), postgres patch lag (06-05: 117) overdue; path-to-regexp, express, cookie within.
    expect(audit.openAtEnd.oldestOverdue.map((r) => [r.advisoryId, r.daysOverdue])).toEqual([
      ['PW-PATCH-nginx-1.25.3', 199],
      ['PW-PATCH-nodejs-18.19.0', 199],
      ['PW-EOL-nginx-1.25', 124],
      ['PW-PATCH-postgresql-13.14', 117],
    ]);
    expect(audit.openAtEnd.overdueByAge).toEqual({ '0-30': 0, '31-90': 0, '91-180': 2, '>180': 2 });
    expect([audit.openAtEnd.open, audit.openAtEnd.overdue, audit.openAtEnd.within]).toEqual([7, 4, 3]);
    // Months from the first run (June): June's deadlines are postgres 06-05 and redis 06-18, both missed.
    expect(audit.trend.monthly).toEqual([
      { month: '2024-06', due: 2, met: 0, share: 0 },
      { month: '2024-07', due: 1, met: 1, share: 1 },
      { month: '2024-08', due: 0, met: 0, share: null },
      { month: '2024-09', due: 1, met: 0, share: 0 },
    ]);
    expect(audit.policies.map((p) => [p.name, p.runs, p.repositories])).toEqual([['baseline', 6, 1]]);
  });

  it('writes the other formats from the same reports', async () => {
    const file = join(reports, 'audit.html');
    expect((await cli(['audit', '--reports', reports, '--period', '2024-Q3', '--format', 'html', '--output', file])).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toContain('<title>Patch audit 2024-Q3</title>');
    const csv = await cli(['audit', '--reports', reports, '--from', '2024-07-01', '--to', '2024-09-30', '--format', 'csv']);
    expect(csv.stdout.split('\r\n')).toHaveLength(1 + audit.lives.length + 1);
    const md = await cli(['audit', '--reports', reports, '--period', '2024-Q3']);
    expect(md.stdout).toContain('| **Overall** | 50.0% | 1 | 1 | 0 |');
  });

  it('refuses a bad period or an empty folder, naming what it expected', async () => {
    expect(await cli(['audit', '--reports', reports, '--period', '2024-13'])).toMatchObject({ code: 2, stderr: expect.stringContaining("--period: no month 13 in '2024-13'") });
    expect(await cli(['audit', '--reports', tempDir(), '--period', '2024-Q3'])).toMatchObject({ code: 2, stderr: expect.stringContaining('no patchwarden JSON report under') });
    expect(await cli(['audit', '--period', '2024-Q3'])).toMatchObject({ code: 2, stderr: expect.stringContaining('give --reports DIR') });
  });
});
