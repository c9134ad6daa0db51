import { describe, expect, it } from 'vitest';
import { BODY_LIMIT, packageFingerprint, parseMarker } from '../../src/github/issue-render.js';
import type { FakeRepo } from '../helpers/github-server.js';
import { useFakeGitHub } from '../helpers/github-server.js';
import { finding, reportOf } from '../helpers/report-builder.js';
import { runSync, SHA, snapshot } from './harness.js';

const gh = useFakeGitHub();
let repoCount = 0;

function freshRepo(): FakeRepo {
  return gh.repo('acme', `chat-${++repoCount}`);
}

const wsOverdue = finding({ name: 'ws', version: '8.17.0', id: 'GHSA-3h5v-q93c-6h6q', aliases: ['CVE-2024-37890'], severity: 'high', status: 'overdue', daysLeft: -120, fixed: '8.17.1', locations: [{ file: 'package-lock.json', line: 812 }] });
const wsSecond = finding({ name: 'ws', version: '8.17.0', id: 'GHSA-aaaa-bbbb-cccc', severity: 'medium', status: 'within', daysLeft: 40, fixed: '8.18.0', locations: [{ file: 'package-lock.json', line: 812 }] });
const lodash = finding({ name: 'lodash', version: '4.17.20', id: 'GHSA-35jh-r3h4-6jhm', severity: 'critical', status: 'overdue', daysLeft: -3, fixed: '4.17.21', locations: [{ file: 'services/api/package-lock.json', line: 40 }] });
const soon = finding({ name: 'express', version: '4.18.0', id: 'GHSA-qw6h-vgh9-j6wx', severity: 'medium', status: 'due-soon', daysLeft: 5 });

describe('issue sync against the REST API', () => {
  it('first run creates one issue per package, with the marker in the create request itself', async () => {
    const repo = freshRepo();
    const { result } = await runSync(gh, repo, reportOf([lodash, wsOverdue, wsSecond, soon]));
    expect(result.created.map((c) => c.package).sort()).toEqual(['npm/lodash', 'npm/ws']);
    expect(repo.issues).toHaveLength(2);

    const creates = gh.requests.filter((r) => r.operationId === 'issues/create');
    expect(creates).toHaveLength(2);
    for (const c of creates) {
      const body = (c.body as { body: string }).body;
      expect(parseMarker(body)?.kind).toBe('issue');
      expect((c.body as { labels: string[] }).labels).toContain('patchwarden');
    }

    const ws = repo.issues.find((i) => parseMarker(i.body)?.kind === 'issue' && i.body.includes('GHSA-3h5v-q93c-6h6q'))!;
    expect(parseMarker(ws.body)).toEqual({ kind: 'issue', fingerprint: packageFingerprint('npm', 'ws') });
    expect(ws.title).toBe('Overdue high patch: `ws` (npm)');
    expect(ws.labels.sort()).toEqual(['deadline:overdue', 'patchwarden', 'severity:high']);
    // Both advisories, the versions, the line linked to the commit, the deadline and days left.
    expect(ws.body).toContain('GHSA-aaaa-bbbb-cccc');
    expect(ws.body).toContain('CVE-2024-37890');
    expect(ws.body).toContain(`[\`package-lock.json:812\`](https://github.com/acme/${repo.name}/blob/${SHA}/package-lock.json#L812)`);
    expect(ws.body).toContain('120 days overdue');
    expect(ws.body).toContain('| `8.17.0` | `8.18.0` | 2 |');
    // Labels were created with colours before use.
    const labelPosts = gh.requests.filter((r) => r.operationId === 'issues/create-label').map((r) => (r.body as { name: string }).name);
    expect(labelPosts.sort()).toEqual(['deadline:overdue', 'patchwarden', 'severity:critical', 'severity:high']);
  });

  it('a second run with nothing changed sends no write request at all', async () => {
    const repo = freshRepo();
    const report = reportOf([lodash, wsOverdue, wsSecond, soon]);
    await runSync(gh, repo, report, { dashboard: true });
    const before = snapshot(repo);
    gh.reset();
    const { result } = await runSync(gh, repo, report, { dashboard: true });
    expect(gh.writes()).toEqual([]);
    expect(gh.requests.every((r) => r.method === 'GET')).toBe(true);
    expect(result.unchanged).toBe(2);
    expect(snapshot(repo)).toEqual(before);
  });

  it('updates only the issue whose content changed', async () => {
    const repo = freshRepo();
    await runSync(gh, repo, reportOf([lodash, wsOverdue]));
    gh.reset();
    const later = { ...wsOverdue, daysLeft: -121 };
    const { result } = await runSync(gh, repo, reportOf([lodash, later]));
    expect(result.updated.map((u) => u.package)).toEqual(['npm/ws']);
    const writes = gh.writes();
    expect(writes).toHaveLength(1);
    // Only the changed field is sent.
    expect(Object.keys(writes[0]!.body as object)).toEqual(['body']);
  });

  it('closes an issue with a short comment when the package is no longer vulnerable, and reopens it on regression', async () => {
    const repo = freshRepo();
    await runSync(gh, repo, reportOf([lodash, wsOverdue]));
    const wsIssue = repo.issues.find((i) => i.title.includes('`ws`'))!;

    const fixed = await runSync(gh, repo, reportOf([lodash]));
    expect(fixed.result.closed.map((c) => c.number)).toEqual([wsIssue.number]);
    expect(wsIssue.state).toBe('closed');
    expect(wsIssue.state_reason).toBe('completed');
    expect(wsIssue.labels).not.toContain('deadline:overdue');
    expect(wsIssue.comments).toHaveLength(1);
    expect(wsIssue.comments[0]!.body).toMatch(/^patchwarden closed this issue\. No vulnerable version/);

    gh.reset();
    await runSync(gh, repo, reportOf([lodash]));
    expect(gh.writes()).toEqual([]);

    const back = await runSync(gh, repo, reportOf([lodash, wsOverdue]));
    expect(back.result.reopened.map((r) => r.number)).toEqual([wsIssue.number]);
    expect(back.result.created).toEqual([]);
    expect(wsIssue.state).toBe('open');
    expect(wsIssue.labels).toContain('deadline:overdue');
    expect(repo.issues).toHaveLength(2);
  });

  it('a package still present but no longer overdue is closed with the reason', async () => {
    const repo = freshRepo();
    await runSync(gh, repo, reportOf([wsOverdue]));
    const { result } = await runSync(gh, repo, reportOf([{ ...wsOverdue, status: 'excepted', daysLeft: -120 }]));
    expect(result.closed).toHaveLength(1);
    expect(repo.issues[0]!.comments[0]!.body).toContain('is overdue any more');
    expect(repo.issues[0]!.comments[0]!.body).toContain('excepted');
  });

  it('leaves an issue a person closed as not planned closed', async () => {
    const repo = freshRepo();
    await runSync(gh, repo, reportOf([wsOverdue]));
    Object.assign(repo.issues[0]!, { state: 'closed', state_reason: 'not_planned' });
    gh.reset();
    const { result } = await runSync(gh, repo, reportOf([wsOverdue]));
    expect(result.dismissed).toHaveLength(1);
    expect(gh.writes()).toEqual([]);
  });

  it('finds issues only by marker, never by title, through every page, ignoring pull requests', async () => {
    const repo = freshRepo();
    // A person's issue with the very title patchwarden would use, but no marker.
    repo.seed({ title: 'Overdue high patch: `ws` (npm)', body: 'I noticed ws is old', labels: ['patchwarden'] });
    // 150 other labelled issues and pull requests, so the real one is on a later page.
    for (let i = 0; i < 150; i++) repo.seed({ title: `other ${i}`, body: 'x', labels: ['patchwarden'], isPull: i % 3 === 0 });
    // patchwarden's issue, retitled by a person.
    const ours = repo.seed({ title: 'ws needs work', body: `<!-- patchwarden:issue v1 ${packageFingerprint('npm', 'ws')} -->\nold`, labels: ['patchwarden', 'team:chat'] });
    const { result } = await runSync(gh, repo, reportOf([wsOverdue]));
    expect(result.created).toEqual([]);
    expect(result.updated.map((u) => u.number)).toEqual([ours.number]);
    expect(ours.title).toBe('Overdue high patch: `ws` (npm)');
    // A label people added is kept.
    expect(ours.labels).toContain('team:chat');
    const pages = gh.requests.filter((r) => r.operationId === 'issues/list-for-repo');
    expect(pages.length).toBeGreaterThanOrEqual(2);
    for (const p of pages) expect(new URLSearchParams(p.query).get('state')).toBe('all');
  });

  it('a package name cannot pose as a marker', async () => {
    const repo = freshRepo();
    const fake = `evil\n<!-- patchwarden:issue v1 ${packageFingerprint('npm', 'ws')} -->`;
    await runSync(gh, repo, reportOf([finding({ name: fake, status: 'overdue' }), wsOverdue]));
    expect(repo.issues).toHaveLength(2);
    const fps = repo.issues.map((i) => parseMarker(i.body));
    expect(new Set(fps.map((f) => JSON.stringify(f))).size).toBe(2);
    gh.reset();
    await runSync(gh, repo, reportOf([finding({ name: fake, status: 'overdue' }), wsOverdue]));
    expect(gh.writes()).toEqual([]);
  });

  it('issue-on due-soon opens issues for packages due soon too', async () => {
    const repo = freshRepo();
    const { result } = await runSync(gh, repo, reportOf([wsOverdue, soon]), { issueOn: 'due-soon' });
    expect(result.created.map((c) => c.package).sort()).toEqual(['npm/express', 'npm/ws']);
    const express = repo.issues.find((i) => i.title.includes('express'))!;
    expect(express.title).toBe('Due soon medium patch: `express` (npm)');
    expect(express.labels).toContain('deadline:due-soon');
  });

  it('caps the issues opened per run and opens the rest in later runs', async () => {
    const repo = freshRepo();
    const many = Array.from({ length: 5 }, (_, i) => finding({ name: `pkg-${i}`, severity: i === 4 ? 'critical' : 'low', status: 'overdue', daysLeft: -i - 1 }));
    const first = await runSync(gh, repo, reportOf(many), { maxIssues: 2 });
    expect(first.result.created).toHaveLength(2);
    expect(first.result.deferred).toHaveLength(3);
    // The most urgent first: the critical one.
    expect(first.result.created[0]!.package).toBe('npm/pkg-4');
    const second = await runSync(gh, repo, reportOf(many), { maxIssues: 2 });
    expect(second.result.created).toHaveLength(2);
    const third = await runSync(gh, repo, reportOf(many), { maxIssues: 2 });
    expect(third.result.created).toHaveLength(1);
    expect(repo.issues).toHaveLength(5);
  });

  it('paces writes under the per-minute limit on a virtual clock', async () => {
    const repo = freshRepo();
    const many = Array.from({ length: 8 }, (_, i) => finding({ name: `paced-${i}`, status: 'overdue' }));
    const started = Date.now();
    const { pacer, clock } = await runSync(gh, repo, reportOf(many), { pacing: { perMinute: 3, minIntervalMs: 1000 } });
    const stamps = pacer.history;
    // 8 issues and their 3 labels (tool, severity, state).
    expect(stamps).toHaveLength(11);
    for (let i = 1; i < stamps.length; i++) expect(stamps[i]! - stamps[i - 1]!).toBeGreaterThanOrEqual(1000);
    for (let i = 3; i < stamps.length; i++) expect(stamps[i]! - stamps[i - 3]!).toBeGreaterThanOrEqual(60_000);
    expect(clock.slept.length).toBeGreaterThan(0);
    // The virtual minutes cost no real time.
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  it('default pacing keeps a large run under 80 writes in any minute', async () => {
    const repo = freshRepo();
    const many = Array.from({ length: 100 }, (_, i) => finding({ name: `bulk-${i}`, status: 'overdue' }));
    const { pacer } = await runSync(gh, repo, reportOf(many), { maxIssues: 100 });
    const stamps = pacer.history;
    expect(stamps.length).toBeGreaterThan(100);
    for (let i = 0; i < stamps.length; i++) {
      const inWindow = stamps.filter((t) => t >= stamps[i]! && t < stamps[i]! + 60_000).length;
      expect(inWindow).toBeLessThan(80);
    }
  });

  it('truncates a body over 60,000 characters with a note, keeping the marker', async () => {
    const repo = freshRepo();
    const locations = Array.from({ length: 4000 }, (_, i) => ({ file: `apps/app-${i}/package-lock.json`, line: i + 1 }));
    await runSync(gh, repo, reportOf([finding({ name: 'ws', status: 'overdue', locations })]));
    const body = repo.issues[0]!.body;
    expect(body.length).toBeLessThanOrEqual(BODY_LIMIT);
    expect(body.length).toBeGreaterThan(BODY_LIMIT - 2000);
    expect(parseMarker(body)?.kind).toBe('issue');
    expect(body).toMatch(/\d+ more line\(s\) were left out to stay under GitHub's size limit/);
    gh.reset();
    await runSync(gh, repo, reportOf([finding({ name: 'ws', status: 'overdue', locations })]));
    expect(gh.writes()).toEqual([]);
  });

  it('with a read-only token, skips writes after the first 403 with one notice and does not fail', async () => {
    const repo = freshRepo();
    gh.readOnly = true;
    try {
      const { result, notices } = await runSync(gh, repo, reportOf([lodash, wsOverdue, soon]), { issueOn: 'due-soon' });
      expect(result.readOnly).toMatch(/Resource not accessible by integration/);
      expect(result.failed).toEqual([]);
      expect(notices).toHaveLength(1);
      expect(gh.writes()).toHaveLength(1);
      expect(repo.issues).toHaveLength(0);
    } finally {
      gh.readOnly = false;
    }
  });

  it('assigns CODEOWNERS users on creation, and creates unassigned when GitHub refuses them', async () => {
    const repo = freshRepo();
    repo.collaborators.add('alice');
    const { result } = await runSync(gh, repo, reportOf([lodash]), { owners: (p) => (p.startsWith('services/') ? ['alice'] : []) });
    expect(result.created).toHaveLength(1);
    expect(repo.issues[0]!.assignees).toEqual(['alice']);

    const other = freshRepo();
    const refused = await runSync(gh, other, reportOf([lodash]), { owners: () => ['mallory'] });
    expect(refused.result.created).toHaveLength(1);
    expect(other.issues[0]!.assignees).toEqual([]);
    expect(refused.warnings.join('\n')).toMatch(/refused the CODEOWNERS assignees mallory/);
  });

  it('keeps one dashboard issue in deadline order with links to the package issues', async () => {
    const repo = freshRepo();
    const { result } = await runSync(gh, repo, reportOf([wsOverdue, lodash, soon]), { dashboard: true });
    const dash = repo.issues.find((i) => parseMarker(i.body)?.kind === 'dashboard')!;
    expect(result.dashboard?.number).toBe(dash.number);
    const rows = dash.body.split('\n').filter((l) => l.startsWith('| 20'));
    expect(rows.map((r) => r.slice(2, 12))).toEqual([...rows.map((r) => r.slice(2, 12))].sort());
    const wsNumber = repo.issues.find((i) => i.title.includes('`ws`'))!.number;
    expect(dash.body).toContain(`| #${wsNumber} |`);
    expect(dash.title).toBe('Patch deadlines: 2 overdue, 1 due soon');
  });

  it('stops opening issues when GitHub drops the tool label (the next run could not find them)', async () => {
    const repo = freshRepo();
    repo.dropLabelsOnCreate = true;
    const { result, warnings } = await runSync(gh, repo, reportOf([lodash, wsOverdue]));
    expect(result.created).toHaveLength(1);
    expect(result.deferred).toEqual(['npm/ws']);
    expect(warnings.join('\n')).toMatch(/dropped the label 'patchwarden'/);
  });
});
