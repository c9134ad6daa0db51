import { createClient } from '../../src/github/client.js';
import type { SyncOptions, SyncResult } from '../../src/github/issues.js';
import { syncIssues } from '../../src/github/issues.js';
import { Pacer, virtualClock } from '../../src/github/pacer.js';
import type { PacerOptions } from '../../src/github/pacer.js';
import { WriteThrottle } from '../../src/github/writes.js';
import type { Report } from '../../src/report/model.js';
import type { FakeGitHub, FakeRepo } from '../helpers/github-server.js';

// Drives the issue sync against the fake GitHub with the real Octokit client, a virtual clock
// for the pacing and millisecond backoff, and records what the run told the user.

export const SHA = '0123456789abcdef0123456789abcdef01234567';

export interface Harness {
  result: SyncResult;
  notices: string[];
  warnings: string[];
  pacer: Pacer;
  clock: ReturnType<typeof virtualClock>;
}

export interface HarnessOptions extends Partial<Omit<SyncOptions, 'client' | 'throttle' | 'repo' | 'log'>> {
  readOnly?: string;
  pacing?: Omit<PacerOptions, 'clock'>;
  retryBaseMs?: number;
}

export async function runSync(gh: FakeGitHub, repo: FakeRepo, report: Report, opts: HarnessOptions = {}): Promise<Harness> {
  const notices: string[] = [];
  const warnings: string[] = [];
  const clock = virtualClock(1_000_000);
  const pacer = new Pacer({ ...opts.pacing, clock });
  const throttle = new WriteThrottle(pacer, (m) => notices.push(m), opts.readOnly);
  const base = opts.retryBaseMs ?? 1;
  const log = { notice: (m: string) => notices.push(m), warning: (m: string) => warnings.push(m), info: () => undefined };
  const client = createClient({ token: 'test-token', baseUrl: gh.url, retryBaseMs: base, log: { warning: (m) => warnings.push(m), debug: () => undefined } });
  const result = await syncIssues(report, {
    client,
    throttle,
    repo: { owner: repo.owner, repo: repo.name },
    render: opts.render ?? { links: { serverUrl: 'https://github.com', owner: repo.owner, repo: repo.name, sha: SHA, prefix: '' }, policy: report.policy, today: report.now.slice(0, 10), labels: ['patchwarden'] },
    issueOn: opts.issueOn ?? 'overdue',
    maxIssues: opts.maxIssues ?? 20,
    dashboard: opts.dashboard ?? false,
    ...(opts.owners ? { owners: opts.owners } : {}),
    log,
    retryBaseMs: base,
  });
  return { result, notices, warnings, pacer, clock };
}

/** The repository's issues as a person would compare them: no timestamps, no repository name. */
export function snapshot(repo: FakeRepo): unknown[] {
  const anon = (s: string): string => s.split(`/${repo.owner}/${repo.name}/`).join('/OWNER/REPO/');
  return repo.issues.map((i) => ({
    number: i.number,
    title: i.title,
    body: anon(i.body),
    state: i.state,
    state_reason: i.state_reason,
    labels: [...i.labels].sort(),
    assignees: i.assignees,
    comments: i.comments.map((c) => c.body),
  }));
}
