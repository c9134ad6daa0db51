import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/shared.js';
import { useFakeGitHub } from '../helpers/github-server.js';
import { pullRequestOpened, push, schedule, workflowDispatch } from '../helpers/github-payloads.js';
import type { ActionEnv } from './action-env.js';
import { runInProcess, tempDir, writeAdvisory, writeLockfile } from './action-env.js';

// The action end to end in this process: real check() on real or generated repositories, the
// real Octokit client against the fake GitHub, events from GitHub's webhook schemas.

const EXAMPLE = join(REPO_ROOT, 'examples', 'chat-platform');
const BASE_SHA = 'ba5e000000000000000000000000000000000000';
const HEAD_SHA = 'feed000000000000000000000000000000000000';

const gh = useFakeGitHub();
let n = 0;

function exampleWorkspace(): string {
  const ws = tempDir();
  // Without the example's own policy (.github/patchwarden.yml): these runs are judged by the baseline.
  cpSync(EXAMPLE, ws, { recursive: true, filter: (src) => !src.endsWith('/.github') });
  return ws;
}

/** A workspace whose lockfile pins `count` packages, each with its own overdue high advisory. */
function manyFindings(count: number): string {
  const ws = tempDir();
  const pkgs = Array.from({ length: count }, (_, i) => ({ name: `vuln-${String(i).padStart(2, '0')}`, version: '1.0.0' }));
  writeLockfile(ws, pkgs);
  for (const p of pkgs) writeAdvisory(join(ws, 'advisories'), { id: `GHSA-${p.name.slice(5)}xx-aaaa-bbbb`, name: p.name, fixed: '1.0.1' });
  return ws;
}

function prEnv(workspace: string, opts: { fork?: boolean; inputs?: Record<string, string>; repo?: string } = {}): ActionEnv {
  const repository = opts.repo ?? `acme/pr-${++n}`;
  return {
    workspace,
    apiUrl: gh.url,
    event: 'pull_request',
    repository,
    sha: 'merge000000000000000000000000000000000000',
    ref: 'refs/pull/7/merge',
    payload: pullRequestOpened({ number: 7, baseSha: BASE_SHA, headSha: HEAD_SHA, baseRepo: repository, headRepo: opts.fork ? 'mallory/chat' : repository }),
    inputs: { 'advisory-db': 'advisories', now: '2026-11-24', 'github-token': 'ghs_test', ...opts.inputs },
  };
}

describe('pull requests', () => {
  it('annotates the exact lines, writes the summary and outputs, and calls no API when 10 per level suffice', async () => {
    const ws = exampleWorkspace();
    const run = await runInProcess(prEnv(ws));
    const errors = run.commands.filter((c) => c.name === 'error');
    expect(errors).toHaveLength(6);
    const wsAnnotation = errors.find((e) => e.props.title?.includes('ws'))!;
    expect(wsAnnotation.props).toMatchObject({ file: 'service/package-lock.json', line: '6084' });
    // Most severe first: the high findings precede the medium and low ones.
    expect(errors.map((e) => /Overdue (\w+)/.exec(e.props.title!)![1])).toEqual(['high', 'high', 'high', 'medium', 'low', 'low']);
    expect(run.outputs).toMatchObject({ mode: 'annotate', overdue: '6', findings: '6', gate: 'incomplete' });
    expect(run.outputs['not-checked']).toMatch(/^not everything was checked: /);
    expect(run.failed).toBe(false);
    expect(gh.requests).toEqual([]);
    expect(run.summary).toContain('```mermaid\nxychart-beta');
    expect(run.summary).toContain('### Overdue, in deadline order (6)');
    // Deadline order: ws (2024-07-17) first, cookie (2025-04-02) last.
    const overdue = run.summary.slice(run.summary.indexOf('### Overdue'));
    expect(overdue.indexOf('`ws`')).toBeLessThan(overdue.indexOf('`cookie`'));
    expect(run.summary).toContain(`(https://github.com/${'acme'}/`);
    expect(run.summary).toContain(`/blob/${HEAD_SHA}/service/package-lock.json#L6084)`);
  });

  it('past 10 annotations, posts them all on a check run in batches of 50', async () => {
    const env = prEnv(manyFindings(60));
    const run = await runInProcess(env);
    const repo = gh.repo(...(env.repository!.split('/') as [string, string]));
    expect(repo.checkRuns).toHaveLength(1);
    const check = repo.checkRuns[0]!;
    expect(check.head_sha).toBe(HEAD_SHA);
    expect(check.annotations).toHaveLength(60);
    expect(check.status).toBe('completed');
    expect(check.conclusion).toBe('neutral');
    const ops = gh.requests.map((r) => r.operationId);
    expect(ops).toEqual(['checks/create', 'checks/update']);
    expect((gh.requests[0]!.body as { output: { annotations: unknown[] } }).output.annotations).toHaveLength(50);
    // No workflow-command annotations duplicate the check run's.
    expect(run.commands.filter((c) => c.name === 'error')).toHaveLength(0);
    expect(run.summary).not.toContain('Not annotated on the diff');
  });

  it('from a fork: no write is tried, one notice, 10 annotations, the rest in the summary, and the gate still fails', async () => {
    const env = prEnv(manyFindings(25), { fork: true, inputs: { 'fail-on': 'high' } });
    const run = await runInProcess(env);
    expect(gh.requests).toEqual([]);
    const notices = run.commands.filter((c) => c.name === 'notice');
    expect(notices).toHaveLength(1);
    expect(notices[0]!.message).toMatch(/fork.*read-only.*writes are skipped/);
    expect(run.commands.filter((c) => c.name === 'error' && c.props.file)).toHaveLength(10);
    expect(run.summary).toContain('### Not annotated on the diff (15)');
    expect(run.outputs.gate).toBe('fail');
    expect(run.failed).toBe(true);
    expect(run.stdout).toMatch(/::error::patchwarden: 25 overdue patch\(es\), at least one at or above high/);
  });

  it('with a token that may not write checks: one notice on the refused write, and the run does not fail for it', async () => {
    const env = prEnv(manyFindings(12));
    gh.readOnly = true;
    try {
      const run = await runInProcess(env);
      expect(gh.writes()).toHaveLength(1);
      const notices = run.commands.filter((c) => c.name === 'notice');
      expect(notices).toHaveLength(1);
      expect(notices[0]!.message).toMatch(/Resource not accessible by integration/);
      expect(run.commands.filter((c) => c.name === 'error')).toHaveLength(10);
      expect(run.summary).toContain('### Not annotated on the diff (2)');
      expect(run.failed).toBe(false);
    } finally {
      gh.readOnly = false;
    }
  });

  it('separates findings the pull request introduced from those it inherited (base-path)', async () => {
    const ws = tempDir();
    const adv = join(ws, 'head', 'advisories');
    writeAdvisory(adv, { id: 'GHSA-old0-aaaa-bbbb', name: 'old-dep', fixed: '2.0.0' });
    writeAdvisory(adv, { id: 'GHSA-new0-aaaa-bbbb', name: 'new-dep', fixed: '2.0.0' });
    writeAdvisory(adv, { id: 'GHSA-bump-aaaa-bbbb', name: 'bumped', fixed: '3.0.0' });
    writeLockfile(join(ws, 'base'), [
      { name: 'old-dep', version: '1.0.0' },
      { name: 'bumped', version: '1.0.0' },
    ]);
    writeLockfile(join(ws, 'head'), [
      { name: 'old-dep', version: '1.0.0' },
      { name: 'new-dep', version: '1.0.0' },
      { name: 'bumped', version: '2.0.0' },
    ]);
    // Two checkouts side by side, as docs/github.md shows: head/ is the repository's root.
    mkdirSync(join(ws, 'head', '.git'));
    const env = prEnv(ws, { inputs: { path: 'head', 'advisory-db': 'head/advisories', 'base-path': 'base' } });
    const run = await runInProcess(env);
    expect(run.outputs.introduced).toBe('2');
    const introduced = run.summary.slice(run.summary.indexOf('### Introduced by this pull request (2)'), run.summary.indexOf('Inherited from the base branch'));
    expect(introduced).toContain('`new-dep`');
    expect(introduced).toContain('`bumped` `2.0.0`');
    expect(introduced).not.toContain('`old-dep`');
    expect(run.summary).toContain('<details><summary>Inherited from the base branch (1)</summary>');
    // Annotation paths and links are relative to the repository, not to the workspace.
    expect(run.commands.find((c) => c.name === 'error')!.props.file).toBe('package-lock.json');
    expect(run.summary).toContain(`/blob/${HEAD_SHA}/package-lock.json#L`);
  });

  it('does not call findings introduced when the base could not read their file, and reports why', async () => {
    const ws = tempDir();
    const adv = join(ws, 'head', 'advisories');
    writeAdvisory(adv, { id: 'GHSA-old0-aaaa-bbbb', name: 'old-dep', fixed: '2.0.0' });
    writeAdvisory(adv, { id: 'GHSA-new0-aaaa-bbbb', name: 'new-dep', fixed: '2.0.0' });
    writeLockfile(join(ws, 'head'), [
      { name: 'old-dep', version: '1.0.0' },
      { name: 'new-dep', version: '1.0.0' },
    ]);
    // The base's lockfile is cut off mid-way: what it held is unknown, not "nothing".
    mkdirSync(join(ws, 'base'), { recursive: true });
    writeFileSync(join(ws, 'base', 'package-lock.json'), '{\n  "lockfileVersion": 3,\n  "packages": {\n    "node_modules/old-dep": {');
    mkdirSync(join(ws, 'head', '.git'));
    const env = prEnv(ws, { inputs: { path: 'head', 'advisory-db': 'head/advisories', 'base-path': 'base' } });
    const run = await runInProcess(env);
    expect(run.outputs.introduced).toBe('0');
    expect(run.summary).toContain('### Introduced by this pull request (0)');
    expect(run.summary).toContain("<details><summary>Not told apart: the base's copy of their files could not be read (2)</summary>");
    const warnings = run.commands.filter((c) => c.name === 'warning' && c.message.startsWith('base-path package-lock.json'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.message).toMatch(/^base-path package-lock\.json:\d+: invalid JSON/);
  });
});

describe("a pull request's own policy", () => {
  // The base checkout's policy holds the gate high; the pull request lowers it to critical. One
  // overdue high finding decides which policy judged the run.
  const policy = (name: string, gate: string): string => `apiVersion: patchwarden/v1\nkind: PatchPolicy\nmetadata: { name: ${name}, version: 1.0.0 }\ngate: ${gate}\n`;

  function twoCheckouts(headPolicy: string): string {
    const ws = tempDir();
    for (const side of ['base', 'head']) writeLockfile(join(ws, side), [{ name: 'old-dep', version: '1.0.0' }]);
    writeAdvisory(join(ws, 'head', 'advisories'), { id: 'GHSA-old0-aaaa-bbbb', name: 'old-dep', fixed: '2.0.0' });
    mkdirSync(join(ws, 'head', '.git'));
    mkdirSync(join(ws, 'base', '.github'));
    mkdirSync(join(ws, 'head', '.github'));
    writeFileSync(join(ws, 'base', '.github', 'patchwarden.yml'), policy('strict', 'high'));
    writeFileSync(join(ws, 'head', '.github', 'patchwarden.yml'), headPolicy);
    return ws;
  }

  const inputs = { path: 'head', 'advisory-db': 'head/advisories', 'base-path': 'base' };

  it('with base-path, cannot loosen its own gate: the base commit\'s policy judges it, and the change is said', async () => {
    const ws = twoCheckouts(policy('lenient', 'critical'));
    const run = await runInProcess(prEnv(ws, { inputs }));
    expect(run.outputs.gate).toBe('fail');
    expect(run.failed).toBe(true);
    const notices = run.commands.filter((c) => c.name === 'notice').map((c) => c.message);
    expect(notices).toContainEqual(expect.stringMatching(/changes the patch policy \(to lenient@1\.0\.0\); it is judged by the base commit's policy strict@1\.0\.0/));
    expect(run.summary).toContain("**Policy:** this pull request changes the patch policy (to `lenient@1.0.0`); it is judged by the base commit's policy `strict@1.0.0`");
    const report = JSON.parse(readFileSync(run.outputs['report-file']!, 'utf8')) as { policy: { name: string } };
    expect(report.policy.name).toBe('strict');
  });

  it('the same policy on both sides: nothing said', async () => {
    const ws = twoCheckouts(policy('strict', 'high'));
    const run = await runInProcess(prEnv(ws, { inputs }));
    expect(run.outputs.gate).toBe('fail');
    expect(run.commands.filter((c) => c.name === 'notice' && /patch policy/.test(c.message))).toEqual([]);
    expect(run.summary).not.toContain('**Policy:**');
  });

  it("a pull request that breaks the policy fails at the broken line, though the base's policy is the one that judges", async () => {
    const ws = twoCheckouts(`${policy('broken', 'high')}deadlines:\n  high: 30 days\n`);
    const run = await runInProcess(prEnv(ws, { inputs }));
    expect(run.failed).toBe(true);
    const errors = run.commands.filter((c) => c.name === 'error');
    expect(errors).toContainEqual(expect.objectContaining({ props: expect.objectContaining({ file: '.github/patchwarden.yml', line: '6' }) }));
    expect(errors.map((e) => e.message)).toContainEqual(expect.stringMatching(/the pull request's policy is invalid; nothing was checked/));
  });

  it('a policy the workflow names is used as given (the way to choose the head\'s on purpose)', async () => {
    const ws = twoCheckouts(policy('lenient', 'critical'));
    const run = await runInProcess(prEnv(ws, { inputs: { ...inputs, policy: 'head/.github/patchwarden.yml' } }));
    expect(run.outputs.gate).toBe('incomplete');
    expect(run.summary).not.toContain('**Policy:**');
  });

  it('without base-path the pull request\'s own policy is the only one there is', async () => {
    const ws = twoCheckouts(policy('lenient', 'critical'));
    const run = await runInProcess(prEnv(ws, { inputs: { path: 'head', 'advisory-db': 'head/advisories' } }));
    expect(run.outputs.gate).toBe('incomplete');
  });
});

describe('scheduled and other events', () => {
  it('a schedule keeps the issues in step: creates, then writes nothing on a re-run', async () => {
    const ws = exampleWorkspace();
    const repository = `acme/sched-${++n}`;
    const env: ActionEnv = { workspace: ws, apiUrl: gh.url, event: 'schedule', repository, payload: schedule(repository), inputs: { 'advisory-db': 'advisories', now: '2026-11-24', 'github-token': 'ghs_test', dashboard: 'true', 'sarif-file': 'out/patchwarden.sarif' } };
    const first = await runInProcess(env);
    expect(first.outputs).toMatchObject({ mode: 'issues', 'issues-created': '5', gate: 'incomplete' });
    expect(first.failed).toBe(false);
    const repo = gh.repo(...(repository.split('/') as [string, string]));
    // One issue per package: cookie has two versions but one issue; plus the dashboard.
    expect(repo.issues).toHaveLength(6);
    expect(first.summary).toContain('### Issues');
    expect(first.commands.filter((c) => c.name === 'error')).toHaveLength(0);
    expect(existsSync(join(ws, 'out', 'patchwarden.sarif'))).toBe(true);
    const cookie = repo.issues.find((i) => i.title.includes('`cookie`'))!;
    expect(cookie.body).toContain('`0.4.1`');
    expect(cookie.body).toContain('`0.6.0`');
    expect(cookie.body).toContain('/blob/c0ffee0000000000000000000000000000000000/service/package-lock.json#L1981');

    gh.reset();
    const second = await runInProcess(env);
    expect(gh.writes()).toEqual([]);
    expect(second.outputs).toMatchObject({ 'issues-created': '0', 'issues-updated': '0', 'issues-closed': '0' });
  });

  it('an organisation-wide run keeps the issues of the repository it checked (repository and commit inputs)', async () => {
    const ws = exampleWorkspace();
    const commit = '5eed5eed5eed5eed5eed5eed5eed5eed5eed5eed';
    const env: ActionEnv = {
      workspace: ws,
      apiUrl: gh.url,
      event: 'workflow_dispatch',
      repository: 'acme/central',
      payload: workflowDispatch('acme/central'),
      inputs: { 'advisory-db': 'advisories', now: '2026-11-24', 'github-token': 'ghs_app', repository: 'acme/target-1', commit },
    };
    const run = await runInProcess(env);
    expect(run.outputs['issues-created']).toBe('5');
    expect(gh.repo('acme', 'central').issues).toHaveLength(0);
    const target = gh.repo('acme', 'target-1');
    expect(target.issues).toHaveLength(5);
    expect(target.issues[0]!.body).toContain(`https://github.com/acme/target-1/blob/${commit}/service/package-lock.json#L`);
  });

  it('when the issues cannot be read, changes nothing, still writes the summary, and fails the step', async () => {
    const repository = `acme/down-${++n}`;
    gh.faults.push({ operationId: 'issues/list-for-repo', times: 100, fault: { kind: 'server', status: 503 } });
    const env: ActionEnv = { workspace: exampleWorkspace(), apiUrl: gh.url, event: 'schedule', repository, payload: schedule(repository), inputs: { 'advisory-db': 'advisories', now: '2026-11-24', 'github-token': 'ghs_test' } };
    const run = await runInProcess(env);
    expect(gh.writes()).toEqual([]);
    expect(run.summary).toContain('The issues could not be read');
    expect(run.outputs.overdue).toBe('6');
    expect(run.failed).toBe(true);
  });

  it('a push to another branch only reports: annotations, summary, no API request', async () => {
    const ws = exampleWorkspace();
    const env: ActionEnv = { workspace: ws, apiUrl: gh.url, event: 'push', ref: 'refs/heads/feature', payload: push('acme/chat', 'refs/heads/feature', HEAD_SHA), inputs: { 'advisory-db': 'advisories', now: '2026-11-24' } };
    const run = await runInProcess(env);
    expect(run.outputs.mode).toBe('report');
    expect(run.commands.filter((c) => c.name === 'error')).toHaveLength(6);
    expect(gh.requests).toEqual([]);
  });

  it('a located problem is an annotation on its line, as the command line prints it', async () => {
    const ws = tempDir();
    writeFileSync(join(ws, 'package-lock.json'), '{\n  "lockfileVersion": 3,\n  "packages": {\n    "": {},\n    "node_modules/a": {}\n  }\n}\n');
    mkdirSync(join(ws, 'advisories'));
    const env: ActionEnv = { workspace: ws, apiUrl: gh.url, event: 'push', ref: 'refs/heads/feature', payload: push('acme/chat', 'refs/heads/feature', HEAD_SHA), inputs: { 'advisory-db': 'advisories', now: '2026-11-24' } };
    const run = await runInProcess(env);
    const warnings = run.commands.filter((c) => c.name === 'warning' && c.props.file === 'package-lock.json');
    expect(warnings.map((w) => [w.props.line, w.message])).toEqual([['5', 'packages["node_modules/a"]: no version; not matched']]);
  });

  it('rejects a bad input with its name and value', async () => {
    const env: ActionEnv = { workspace: exampleWorkspace(), apiUrl: gh.url, event: 'push', payload: push('acme/chat', 'refs/heads/main', HEAD_SHA), inputs: { mode: 'sometimes' } };
    const run = await runInProcess(env);
    expect(run.failed).toBe(true);
    expect(run.stdout).toContain("input mode: expected auto, annotate, issues, report, audit, got 'sometimes'");
  });

  it('the JSON report it writes is the one the summary counts', async () => {
    const ws = exampleWorkspace();
    const env: ActionEnv = { workspace: ws, apiUrl: gh.url, event: 'push', ref: 'refs/heads/feature', payload: push('acme/chat', 'refs/heads/feature', HEAD_SHA), inputs: { 'advisory-db': 'advisories', now: '2026-11-24', 'report-file': 'report.json' } };
    const run = await runInProcess(env);
    const report = JSON.parse(readFileSync(join(ws, 'report.json'), 'utf8')) as { summary: { overdue: number } };
    expect(String(report.summary.overdue)).toBe(run.outputs.overdue);
  });
});
