import { describe, expect, it } from 'vitest';
import { computeAudit } from '../../src/audit/compute.js';
import type { AuditModel } from '../../src/audit/compute.js';
import { auditMarker, publishAuditIssue } from '../../src/audit/issue.js';
import { historyFromIssues } from '../../src/audit/issues.js';
import { parsePeriod } from '../../src/audit/period.js';
import { createClient } from '../../src/github/client.js';
import { parseHistoryBlock } from '../../src/github/issue-history.js';
import { Pacer, virtualClock } from '../../src/github/pacer.js';
import { WriteThrottle } from '../../src/github/writes.js';
import { EXAMPLE_OLDEST_OVERDUE } from '../helpers/audit-example.js';
import type { FakeRepo } from '../helpers/github-server.js';
import { useFakeGitHub } from '../helpers/github-server.js';
import { seedExample } from './audit-seed.js';

// The audit from the record a scheduled workflow keeps: its issues. The README's worked example
// is replayed as issues (one per package, as the tool makes them): each body rendered by the
// real issue renderer run after run, so the history block's first-seen days and exceptions are
// carried the way they are in production; created, closed and reopened on the example's run
// days. Read back over HTTP (issues list and issue events, every request checked against
// GitHub's OpenAPI description), it must give the worked example's figures exactly.

const gh = useFakeGitHub();
let n = 0;

function client(warnings: string[] = []) {
  return createClient({ token: 'test-token', baseUrl: gh.url, retryBaseMs: 1, log: { warning: (m) => warnings.push(m), debug: () => undefined } });
}

function throttle(): WriteThrottle {
  return new WriteThrottle(new Pacer({ clock: virtualClock(1_000_000) }), () => undefined);
}

async function issueAudit(repo: FakeRepo, period = '2026-11'): Promise<AuditModel> {
  const history = await historyFromIssues({ client: client(), repo: { owner: repo.owner, repo: repo.name }, label: 'patchwarden' });
  const p = parsePeriod({ period });
  if (typeof p === 'string') throw new Error(p);
  return computeAudit({ period: p, lives: history.lives, observations: history.observations, problems: history.problems });
}

describe('finding lives from the tool-managed issues', () => {
  it('the history block carries first seen and an expired exception from run to run', () => {
    const repo = gh.repo('acme', `block-${++n}`);
    seedExample(repo);
    const openssl = repo.issues.find((i) => i.title.includes('openssl'))!;
    const block = parseHistoryBlock(openssl.body);
    expect(block).toMatchObject({ v: 1, ecosystem: 'Debian:12', name: 'openssl', policy: { name: 'baseline', version: '1.0.0' } });
    expect(block !== 'invalid' && block?.entries).toEqual([
      {
        id: 'GHSA-ffff-0000-0000', aliases: [], kind: 'vulnerability', severity: 'critical', layer: 'os', version: '6.1.0',
        clockStart: '2026-05-01', basis: 'published', deadline: '2026-05-16', published: '2026-05-01', status: 'overdue',
        firstSeen: '2026-10-01', exception: { reason: 'Base image rebuilt with the vendor patch in the next release train', approvedBy: 'ops-lead', expires: '2026-11-25' },
        file: 'Dockerfile', line: 2,
      },
    ]);
    expect(openssl.body.split('\n')[0]).toMatch(/^<!-- patchwarden:issue v1 [0-9a-f]{40} -->$/);
  });

  it('twelve issues created, closed on time, closed late, reopened and excepted give the worked example figures', async () => {
    const repo = gh.repo('acme', `history-${++n}`);
    seedExample(repo);
    const a = await issueAudit(repo);
    expect(a.problems).toEqual([]);
    expect(a.compliance.overall).toEqual({ due: 4, met: 2, missed: 2, excepted: 1, share: 0.5 });
    expect(a.compliance.bySeverity.critical).toEqual({ due: 1, met: 0, missed: 1, excepted: 0, share: 0 });
    expect(a.compliance.bySeverity.high).toEqual({ due: 2, met: 1, missed: 1, excepted: 0, share: 0.5 });
    expect(a.compliance.bySeverity.medium).toEqual({ due: 1, met: 1, missed: 0, excepted: 1, share: 1 });
    expect(a.compliance.byLayer).toEqual({
      library: { due: 3, met: 1, missed: 2, excepted: 1, share: 0.3333 },
      runtime: { due: 1, met: 1, missed: 0, excepted: 0, share: 1 },
      os: { due: 0, met: 0, missed: 0, excepted: 0, share: null },
    });
    expect(a.timeToPatch.map((t) => [t.severity, t.resolved, t.medianDays, t.p90Days, t.policyDays])).toEqual([
      ['critical', 1, 21, 21, 15],
      ['high', 2, 26, 28, 30],
      ['medium', 1, 82, 82, 90],
      ['low', 0, null, null, null],
      ['all', 4, 26, 82, null],
    ]);
    const o = a.openAtEnd;
    expect([o.open, o.overdue, o.dueSoon, o.within, o.noFix, o.excepted]).toEqual([9, 5, 1, 1, 1, 1]);
    expect(o.overdueByAge).toEqual({ '0-30': 2, '31-90': 1, '91-180': 1, '>180': 1 });
    expect(o.oldestOverdue.map((r) => [r.name, r.daysOverdue, r.file, r.line])).toEqual(EXAMPLE_OLDEST_OVERDUE);
    expect(a.trend.weekly.map((w) => w.openOverdue)).toEqual([1, 2, 2, 2, 3, 4, 3, 3, 5]);
    expect(a.trend.monthly).toEqual([
      { month: '2026-10', due: 2, met: 0, share: 0 },
      { month: '2026-11', due: 4, met: 2, share: 0.5 },
    ]);
    expect(a.exceptions.map((e) => [e.target, e.approvedBy, e.expires, e.state])).toEqual([
      ['GHSA-ffff-0000-0000 openssl', 'ops-lead', '2026-11-25', 'expired'],
      ['GHSA-gggg-0000-0000 qs', 'security-lead', '2027-01-31', 'in-force'],
    ]);
    expect(a.vendorLag.map((v) => [v.name, v.days])).toEqual([['express', 42], ['minimist', 32], ['lodash', 15]]);
    expect(a.history.fromIssueBodies).toBe(0);
    expect(gh.requests.filter((r) => r.operationId === 'issues/list-events')).toHaveLength(12);
  });

  it('an issue from before the history block is read from its table and counted apart', async () => {
    const repo = gh.repo('acme', `legacy-${++n}`);
    seedExample(repo);
    const legacy = repo.issues.find((i) => i.title.includes('`ws`'))!;
    legacy.body = legacy.body.split('\n').filter((l) => !l.startsWith('<!-- patchwarden:history')).join('\n');
    const a = await issueAudit(repo);
    expect(a.history.fromIssueBodies).toBe(1);
    const ws = a.lives.find((l) => l.name === 'ws')!;
    expect([ws.origin, ws.advisoryId, ws.severity, ws.deadline, ws.clockStart]).toEqual(['issue-body', 'GHSA-cccc-0000-0000', 'high', '2026-10-31', null]);
    // Its deadline and episodes are still known: the open overdue count is unchanged.
    expect(a.openAtEnd.overdue).toBe(5);
    expect(a.compliance.overall.due).toBe(4);
  });
});

describe('the "Patch audit <period>" issue', () => {
  it('is created once per period and updated, never duplicated, through 5xx and secondary rate limits', async () => {
    const repo = gh.repo('acme', `audit-issue-${++n}`);
    seedExample(repo);
    const nov = await issueAudit(repo);
    const opts = { client: client(), throttle: throttle(), repo: { owner: repo.owner, repo: repo.name }, label: 'patchwarden', retryBaseMs: 1 };
    gh.faults.push(
      { operationId: 'issues/list-for-repo', times: 1, fault: { kind: 'server', status: 503 } },
      // GitHub makes the issue but the answer is lost: it must be found, not made again.
      { operationId: 'issues/create', times: 1, fault: { kind: 'server', status: 502, applied: true } },
    );
    const first = await publishAuditIssue(nov, opts);
    expect(first.action).toBe('created');
    const audits = () => repo.issues.filter((i) => i.title.startsWith('Patch audit'));
    expect(audits().map((i) => i.title)).toEqual(['Patch audit 2026-11']);
    expect(audits()[0]!.body.split('\n')[0]).toBe(auditMarker('2026-11'));
    expect(audits()[0]!.body).toContain('| **Overall** | 50.0% | 2 | 2 | 1 |');

    // The same audit again: nothing written.
    const writes = () => gh.requests.filter((r) => r.method !== 'GET').length;
    const before = writes();
    expect((await publishAuditIssue(nov, opts)).action).toBe('unchanged');
    expect(writes()).toBe(before);

    // A changed audit (a later run closed a finding) updates the same issue, through a secondary rate limit.
    repo.issues.find((i) => i.title.includes('`tar`'))!.state = 'closed';
    repo.issues.find((i) => i.title.includes('`tar`'))!.events!.push({ event: 'closed', created_at: '2026-11-29T06:00:00Z' });
    gh.faults.push({ operationId: 'issues/update', times: 1, fault: { kind: 'secondary', status: 403, retryAfter: 1 } });
    const changed = await issueAudit(repo);
    expect((await publishAuditIssue(changed, opts)).action).toBe('updated');
    expect(audits()).toHaveLength(1);
    expect(audits()[0]!.body).toContain('4 overdue');

    // The next period gets its own issue.
    expect((await publishAuditIssue(await issueAudit(repo, '2026-12'), opts)).action).toBe('created');
    expect(audits().map((i) => i.title)).toEqual(['Patch audit 2026-11', 'Patch audit 2026-12']);
    expect(gh.requests.filter((r) => r.faulted).length).toBe(3);
  });
});
