import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/report/model.js';
import type { FakeRepo } from '../helpers/github-server.js';
import { useFakeGitHub } from '../helpers/github-server.js';
import { finding, reportOf } from '../helpers/report-builder.js';
import { runSync, snapshot } from './harness.js';

// Transient failures (5xx, secondary rate limits as 403 or 429 with retry-after) are retried
// by the real Octokit plugins with millisecond backoff; the run must end in exactly the state a
// fault-free run reaches, with no duplicate issue, even when GitHub made an issue but the
// response was lost.

const gh = useFakeGitHub();
let n = 0;

function repo(): FakeRepo {
  return gh.repo('acme', `faulty-${++n}`);
}

const day1: Report = reportOf([
  finding({ name: 'ws', version: '8.17.0', id: 'GHSA-3h5v-q93c-6h6q', severity: 'high', status: 'overdue', daysLeft: -120 }),
  finding({ name: 'lodash', version: '4.17.20', id: 'GHSA-35jh-r3h4-6jhm', severity: 'critical', status: 'overdue', daysLeft: -3 }),
  finding({ name: 'express', version: '4.18.0', id: 'GHSA-qw6h-vgh9-j6wx', severity: 'medium', status: 'overdue', daysLeft: -1 }),
  finding({ name: 'semver', version: '7.5.1', id: 'GHSA-c2qf-rxjj-qqgw', severity: 'medium', status: 'overdue', daysLeft: -30 }),
]);
// Next day: ws fixed (closed), lodash one day later (updated), a new package (created).
const day2: Report = reportOf([
  finding({ name: 'lodash', version: '4.17.20', id: 'GHSA-35jh-r3h4-6jhm', severity: 'critical', status: 'overdue', daysLeft: -4 }),
  finding({ name: 'express', version: '4.18.0', id: 'GHSA-qw6h-vgh9-j6wx', severity: 'medium', status: 'overdue', daysLeft: -1 }),
  finding({ name: 'semver', version: '7.5.1', id: 'GHSA-c2qf-rxjj-qqgw', severity: 'medium', status: 'overdue', daysLeft: -30 }),
  finding({ name: 'tar', version: '6.1.0', id: 'GHSA-r628-mhmh-qjhw', severity: 'high', status: 'overdue', daysLeft: -9 }),
]);

async function cleanRun(): Promise<unknown[]> {
  const r = repo();
  await runSync(gh, r, day1, { dashboard: true });
  await runSync(gh, r, day2, { dashboard: true });
  return snapshot(r);
}

describe('retries and interrupted runs', () => {
  it('a run with injected 5xx and secondary-rate-limit faults ends in the fault-free state', async () => {
    const expected = await cleanRun();
    gh.reset();

    const r = repo();
    gh.faults.push(
      { operationId: 'issues/list-for-repo', times: 2, fault: { kind: 'server', status: 502 } },
      { operationId: 'issues/list-labels-for-repo', times: 1, fault: { kind: 'server', status: 500 } },
      { operationId: 'issues/create-label', times: 1, fault: { kind: 'secondary', status: 403, retryAfter: 1 } },
      // GitHub makes the issue, but the answer is lost: a blind retry would duplicate it.
      { operationId: 'issues/create', times: 1, fault: { kind: 'server', status: 502, applied: true } },
      { operationId: 'issues/create', times: 1, fault: { kind: 'server', status: 503 } },
      { operationId: 'issues/create', times: 1, fault: { kind: 'secondary', status: 429, retryAfter: 1 } },
    );
    const first = await runSync(gh, r, day1, { dashboard: true });
    expect(first.result.failed).toEqual([]);
    expect(gh.requests.filter((q) => q.faulted).length).toBe(7);

    gh.faults.push(
      { operationId: 'issues/update', times: 1, fault: { kind: 'secondary', status: 403, retryAfter: 1 } },
      { operationId: 'issues/update', times: 1, fault: { kind: 'server', status: 500, applied: true } },
      { operationId: 'issues/create-comment', times: 1, fault: { kind: 'secondary', status: 429, retryAfter: 1 } },
      { operationId: 'issues/create', times: 1, fault: { kind: 'server', status: 504, applied: true } },
    );
    const second = await runSync(gh, r, day2, { dashboard: true });
    expect(second.result.failed).toEqual([]);
    expect(gh.faults.every((f) => f.times === 0)).toBe(true);

    expect(snapshot(r)).toEqual(expected);
  });

  it('honours retry-after on a secondary rate limit', async () => {
    const r = repo();
    gh.faults.push({ operationId: 'issues/create', times: 1, fault: { kind: 'secondary', status: 403, retryAfter: 3 } });
    await runSync(gh, r, reportOf([finding({ name: 'ws', status: 'overdue' })]), { retryBaseMs: 40 });
    const creates = gh.requests.filter((q) => q.operationId === 'issues/create');
    expect(creates).toHaveLength(2);
    // retry-after 3 "seconds" of 40 ms each.
    expect(creates[1]!.at - creates[0]!.at).toBeGreaterThanOrEqual(110);
    expect(r.issues).toHaveLength(1);
  });

  it('a create whose every answer is lost is found by its marker, not repeated', async () => {
    const expected = await cleanRun();
    gh.reset();
    const r = repo();
    await runSync(gh, r, day1, { maxIssues: 1 });
    // From here GitHub makes each issue but every answer is a 502.
    gh.faults.push({ operationId: 'issues/create', times: 100, fault: { kind: 'server', status: 502, applied: true } });
    const lossy = await runSync(gh, r, day1, { dashboard: true });
    expect(lossy.result.failed).toEqual([]);
    expect(lossy.result.created).toHaveLength(3);
    // One POST each (the earlier run's, three issues, the dashboard): after the lost answer the
    // issue was looked up, found, and not posted again.
    expect(gh.requests.filter((q) => q.operationId === 'issues/create')).toHaveLength(5);
    gh.faults.length = 0;
    await runSync(gh, r, day2, { dashboard: true });
    expect(snapshot(r)).toEqual(expected);
  });

  it('a run whose writes keep failing stops, and the next run finishes without duplicates', async () => {
    const expected = await cleanRun();
    gh.reset();
    const r = repo();
    gh.faults.push({ operationId: 'issues/create', times: 1000, fault: { kind: 'server', status: 500 } });
    const down = await runSync(gh, r, day1, { dashboard: true });
    expect(down.result.failed.length).toBeGreaterThan(0);
    expect(down.result.created).toEqual([]);
    expect(down.warnings.join('\n')).toMatch(/left for the next run/);
    // It stopped after the first create failed its 1 + 3 attempts instead of trying every one.
    expect(gh.requests.filter((q) => q.operationId === 'issues/create')).toHaveLength(4);
    gh.faults.length = 0;
    await runSync(gh, r, day1, { dashboard: true });
    await runSync(gh, r, day2, { dashboard: true });
    expect(snapshot(r)).toEqual(expected);
  });
});
