import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AuditModel } from '../../src/audit/compute.js';
import { schedule, workflowDispatch } from '../helpers/github-payloads.js';
import { useFakeGitHub } from '../helpers/github-server.js';
import { runInProcess, tempDir, writeAdvisory, writeLockfile } from './action-env.js';
import { seedExample } from './audit-seed.js';

// The action's audit: `mode: audit` reads the repository's issues and files the period's audit
// issue; `audit-issue: monthly` on scheduled issues-mode runs files last month's audit once.

const gh = useFakeGitHub();
let n = 0;

describe('mode: audit', () => {
  it('writes the summary, the JSON and HTML files and the period issue from the repository issues', async () => {
    const repository = `acme/audit-${++n}`;
    seedExample(gh.repo(...(repository.split('/') as [string, string])));
    const run = await runInProcess({
      workspace: tempDir(),
      apiUrl: gh.url,
      event: 'workflow_dispatch',
      repository,
      payload: workflowDispatch(repository),
      inputs: { mode: 'audit', 'audit-period': '2026-11', 'audit-issue': 'monthly', 'github-token': 'ghs_test', now: '2026-12-02' },
    });
    expect(run.failed).toBe(false);
    expect(run.outputs).toMatchObject({ mode: 'audit', 'audit-period': '2026-11', overdue: '5' });
    expect(run.summary).toContain('| **Overall** | 50.0% | 2 | 2 | 1 |');
    const model = JSON.parse(readFileSync(run.outputs['audit-file']!, 'utf8')) as AuditModel;
    expect(model.compliance.overall.share).toBe(0.5);
    expect(readFileSync(run.outputs['audit-html']!, 'utf8')).toContain('<title>Patch audit 2026-11</title>');
    const repo = gh.repo(...(repository.split('/') as [string, string]));
    expect(repo.issues.filter((i) => i.title === 'Patch audit 2026-11').map((i) => i.number)).toEqual([Number(run.outputs['audit-issue'])]);
  });

  it('refuses to run without a history to read', async () => {
    const repository = `acme/audit-${++n}`;
    const run = await runInProcess({ workspace: tempDir(), apiUrl: gh.url, event: 'workflow_dispatch', repository, payload: workflowDispatch(repository), inputs: { mode: 'audit', 'github-token': '' } });
    expect(run.failed).toBe(true);
    expect(run.commands.find((c) => c.name === 'error')?.message).toContain('mode audit: needs github-token');
  });
});

describe('audit-issue: monthly', () => {
  it('the first scheduled run of December files the November audit; later runs leave it alone', async () => {
    const repository = `acme/audit-${++n}`;
    seedExample(gh.repo(...(repository.split('/') as [string, string])));
    const ws = tempDir();
    writeLockfile(ws, [{ name: 'left-pad', version: '1.0.0' }]);
    writeAdvisory(`${ws}/advisories`, { id: 'GHSA-lpad-aaaa-bbbb', name: 'left-pad', fixed: '1.0.1' });
    const env = (now: string) => ({ workspace: ws, apiUrl: gh.url, event: 'schedule', repository, payload: schedule(repository), inputs: { 'advisory-db': 'advisories', now, 'github-token': 'ghs_test', 'audit-issue': 'monthly' } });
    const first = await runInProcess(env('2026-12-01'));
    expect(first.failed).toBe(false);
    const repo = gh.repo(...(repository.split('/') as [string, string]));
    const audits = () => repo.issues.filter((i) => i.title.startsWith('Patch audit'));
    expect(audits().map((i) => i.title)).toEqual(['Patch audit 2026-11']);
    expect(audits()[0]!.body).toContain('| **Overall** | 50.0% | 2 | 2 | 1 |');
    const second = await runInProcess(env('2026-12-02'));
    expect(second.failed).toBe(false);
    expect(audits()).toHaveLength(1);
    expect(gh.requests.filter((r) => r.operationId === 'issues/create' && (r.body as { title?: string }).title?.startsWith('Patch audit'))).toHaveLength(1);
  });
});
