import { execFile } from 'node:child_process';
import { cpSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/shared.js';
import { useFakeGitHub } from '../helpers/github-server.js';
import { pullRequestOpened, schedule } from '../helpers/github-payloads.js';
import type { ActionEnv } from './action-env.js';
import { parseOutputs, runnerEnv, stepFiles, tempDir, writeAdvisory, writeLockfile } from './action-env.js';

// The built action (dist/index.js, what action.yml runs) started as the runner starts it: a
// node process with INPUT_* variables, the event file, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY and
// GITHUB_API_URL pointing at the fake GitHub. dist/ is built by `npm run build`; without it
// these tests are skipped (they say so), since the bundle is what they test.

const DIST = process.env.PW_DIST_INDEX ?? join(REPO_ROOT, 'dist', 'index.js');
const built = existsSync(DIST);
const run = promisify(execFile);

const gh = useFakeGitHub();

async function runDist(env: ActionEnv): Promise<{ code: number; stdout: string; summary: string; outputs: Record<string, string> }> {
  const files = stepFiles(env);
  const vars = runnerEnv(env, files);
  const base: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && !k.startsWith('INPUT_') && !k.startsWith('GITHUB_')) base[k] = v;
  let code = 0;
  let stdout: string;
  try {
    const r = await run(process.execPath, [DIST], { env: { ...base, ...vars }, cwd: env.workspace, timeout: 120_000 });
    stdout = r.stdout;
  } catch (err) {
    const e = err as { code?: number; stdout?: string };
    code = e.code ?? -1;
    stdout = e.stdout ?? '';
  }
  return { code, stdout, summary: readFileSync(files.summary, 'utf8'), outputs: parseOutputs(readFileSync(files.output, 'utf8')) };
}

describe.skipIf(!built)(`the built action (${built ? DIST : 'skipped: dist/index.js is missing, run `npm run build` first'})`, () => {
  it('on a fork pull request: annotations, summary, outputs, no API request, exit 0', async () => {
    const ws = tempDir();
    // Judged by the baseline: the example's own policy (.github/) is left behind.
    cpSync(join(REPO_ROOT, 'examples', 'chat-platform'), ws, { recursive: true, filter: (src) => !src.endsWith('/.github') });
    const repository = 'acme/dist-pr';
    const result = await runDist({
      workspace: ws,
      apiUrl: gh.url,
      event: 'pull_request',
      repository,
      payload: pullRequestOpened({ number: 5, baseSha: 'a'.repeat(40), headSha: 'b'.repeat(40), baseRepo: repository, headRepo: 'mallory/chat' }),
      inputs: { 'advisory-db': 'advisories', now: '2026-11-24', 'github-token': 'ghs_test', 'sarif-file': 'pw.sarif' },
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^::error title=Overdue high patch%3A ws,file=service\/package-lock.json,line=6084::ws@8.17.0: GHSA-3h5v-q93c-6h6q/m);
    expect(result.outputs).toMatchObject({ mode: 'annotate', overdue: '6', findings: '6', gate: 'incomplete', 'sarif-file': join(ws, 'pw.sarif') });
    expect(result.summary).toContain('### Overdue, in deadline order (6)');
    expect(gh.requests).toEqual([]);
  });

  it('on a schedule: creates the issues through GITHUB_API_URL, and a re-run writes nothing', async () => {
    const ws = tempDir();
    writeLockfile(ws, [
      { name: 'left-pad', version: '1.0.0' },
      { name: 'right-pad', version: '1.0.0' },
    ]);
    writeAdvisory(join(ws, 'advisories'), { id: 'GHSA-left-aaaa-bbbb', name: 'left-pad', fixed: '1.0.1' });
    writeAdvisory(join(ws, 'advisories'), { id: 'GHSA-rght-aaaa-bbbb', name: 'right-pad', fixed: '1.0.1', severity: 'CRITICAL' });
    const repository = 'acme/dist-schedule';
    const env: ActionEnv = { workspace: ws, apiUrl: gh.url, event: 'schedule', repository, payload: schedule(repository), inputs: { 'advisory-db': 'advisories', now: '2026-11-24', 'github-token': 'ghs_test' } };
    const first = await runDist(env);
    expect(first.outputs).toMatchObject({ mode: 'issues', 'issues-created': '2' });
    // The scheduled run reports through issues; the failing gate does not fail it unless fail-on is set.
    expect(first.outputs.gate).toBe('fail');
    expect(first.code).toBe(0);
    expect(gh.repo('acme', 'dist-schedule').issues).toHaveLength(2);
    gh.reset();
    const second = await runDist(env);
    expect(second.code).toBe(0);
    expect(gh.writes()).toEqual([]);
  });
});
