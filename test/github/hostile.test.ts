import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { code, text } from '../../src/report/escape.js';
import { REPO_ROOT } from '../helpers/shared.js';
import { useFakeGitHub } from '../helpers/github-server.js';
import { pullRequestOpened, schedule } from '../helpers/github-payloads.js';
import type { SafetyRule } from '../helpers/markdown-safety.js';
import { markdownViolations, outsideCode } from '../helpers/markdown-safety.js';
import type { ActionEnv } from './action-env.js';
import { runInProcess, tempDir, writeAdvisory } from './action-env.js';

// A hostile pull request: the attacker controls the lockfile (package names) and the folder
// names, and a poisoned advisory mirror names the hostile package. Nothing they wrote may mention
// a user, reference or close an issue, add a link, an image or HTML, break a table, add a
// heading, or inject a workflow command, in any Markdown the action writes (job summary, issue
// titles, bodies and comments, the check run, SARIF) or in its log.

const REAL_WS_ADVISORY = join(REPO_ROOT, 'examples', 'chat-platform', 'advisories', 'GHSA-3h5v-q93c-6h6q.json');

const HOSTILE_DIR = 'apps/@octocat fixes #4242 [x](https://evil.example) <img src=x onerror=alert(1)> | ![p](https://evil.example/p.png)\n## pwned';
const HOSTILE_NAME = '@octocat/`x` closes #4243 [y](https://evil.example/y) <script>alert(1)</script> | ``` <!-- \n## pwned\n::error::pwned';

const RULES: SafetyRule[] = [
  { what: 'a mention', pattern: /@(octocat|everyone)/i },
  { what: 'an issue reference', pattern: /#424[0-9]/ },
  { what: 'a link or image to the attacker', pattern: /\]\(https?:\/\/evil|!\[/ },
  { what: 'a bare URL GitHub would autolink', pattern: /https?:\/\/evil/ },
  { what: 'HTML', pattern: /<(img|script)|<!--(?! patchwarden:(issue|dashboard|history) v1 )/i },
  { what: 'a heading', pattern: /^#+ pwned/m },
];

const gh = useFakeGitHub();

function poisonedAdvisory(ws: string, published: string): void {
  writeAdvisory(join(ws, 'advisories'), {
    id: 'GHSA-evil-evil-evil',
    name: HOSTILE_NAME,
    fixed: '2.0.0',
    severity: 'CRITICAL',
    published,
    summary: 'Poisoned summary @octocat closes #4244 <img src=x> [z](https://evil.example/z) ![i](https://evil.example/i.png)',
    aliases: ['CVE-2099-0001 @octocat #4245'],
  });
}

function hostileWorkspace(): string {
  const ws = tempDir();
  const adv = join(ws, 'advisories');
  mkdirSync(adv, { recursive: true });
  copyFileSync(REAL_WS_ADVISORY, join(adv, 'GHSA-3h5v-q93c-6h6q.json'));
  poisonedAdvisory(ws, '2024-06-01T00:00:00Z');
  const dir = join(ws, HOSTILE_DIR);
  mkdirSync(dir, { recursive: true });
  const lock = {
    name: 'hostile',
    version: '1.0.0',
    lockfileVersion: 3,
    requires: true,
    packages: {
      '': { name: 'hostile', version: '1.0.0', dependencies: { ws: '8.17.0', evil: '1.0.0' } },
      'node_modules/ws': { version: '8.17.0', resolved: 'https://registry.npmjs.org/ws/-/ws-8.17.0.tgz', integrity: 'sha512-AAAA' },
      'node_modules/evil': { name: HOSTILE_NAME, version: '1.0.0', resolved: 'https://registry.npmjs.org/evil/-/evil-1.0.0.tgz', integrity: 'sha512-AAAA' },
      'node_modules/@octocat closes #4246 [w](https://evil.example)': 'not an entry',
    },
  };
  writeFileSync(join(dir, 'package-lock.json'), JSON.stringify(lock, null, 2));
  return ws;
}

function expectSafe(what: string, md: string): void {
  expect(markdownViolations(md, RULES), what).toEqual([]);
}

function expectNoInjectedCommands(stdout: string): void {
  for (const line of stdout.split('\n')) expect(line.startsWith('::error::pwned'), line).toBe(false);
  expect(stdout.split('\n').filter((l) => /^## pwned/.test(l))).toEqual([]);
}

describe('Markdown injection from a hostile lockfile', () => {
  it('the checker itself flags the raw hostile text and passes it once escaped', () => {
    for (const raw of [HOSTILE_NAME, HOSTILE_DIR, 'x @octocat y', '| a | b |\n| --- | --- |\n| `a|b` | c |']) {
      expect(markdownViolations(raw, RULES), raw).not.toEqual([]);
    }
    expect(markdownViolations(`| a | b |\n| --- | --- |\n| ${code(HOSTILE_NAME)} | ${text(HOSTILE_DIR)} |`, RULES)).toEqual([]);
  });

  it('the job summary, SARIF and the log stay inert on a pull request', async () => {
    const ws = hostileWorkspace();
    const env: ActionEnv = {
      workspace: ws,
      apiUrl: gh.url,
      event: 'pull_request',
      repository: 'acme/hostile-pr',
      payload: pullRequestOpened({ number: 9, baseSha: 'a'.repeat(40), headSha: 'b'.repeat(40), baseRepo: 'acme/hostile-pr', headRepo: 'acme/hostile-pr' }),
      inputs: { 'advisory-db': 'advisories', now: '2026-11-24', 'github-token': 'ghs_test', 'sarif-file': 'out.sarif' },
    };
    const run = await runInProcess(env);
    // The hostile package was found (so its name did reach every sink) and fails the gate.
    expect(run.outputs.findings).toBe('2');
    expect(run.outputs.gate).toBe('fail');
    expect(outsideCode(run.summary)).toContain('CODE');
    expect(run.summary).toContain('closes #4243');
    expectSafe('job summary', run.summary);
    expectNoInjectedCommands(run.stdout);
    // Annotations name the hostile folder, escaped by the workflow-command encoding.
    const files = run.commands.filter((c) => c.props.file).map((c) => c.props.file);
    // (the `//` of the URL in the folder name is one separator on disk)
    expect(files).toContain(`${HOSTILE_DIR.replace(/\/+/g, '/')}/package-lock.json`);

    const sarif = JSON.parse(readFileSync(join(ws, 'out.sarif'), 'utf8')) as { runs: { tool: { driver: { rules: { help: { markdown: string } }[] } }; results: { message: { markdown: string } }[] }[] };
    for (const r of sarif.runs[0]!.tool.driver.rules) expectSafe('SARIF rule help', r.help.markdown);
    for (const r of sarif.runs[0]!.results) expectSafe('SARIF result message', r.message.markdown);
  });

  it('issue titles, bodies, labels, the dashboard and closing comments stay inert', async () => {
    const ws = hostileWorkspace();
    const repository = 'acme/hostile-issues';
    const env: ActionEnv = { workspace: ws, apiUrl: gh.url, event: 'schedule', repository, payload: schedule(repository), inputs: { 'advisory-db': 'advisories', now: '2026-11-24', 'github-token': 'ghs_test', dashboard: 'true' } };
    await runInProcess(env);
    const repo = gh.repo('acme', 'hostile-issues');
    expect(repo.issues).toHaveLength(3);
    // ws goes away; the hostile package stays but is no longer overdue (a later publication), so
    // its closing comment names it.
    const lock = JSON.parse(readFileSync(join(ws, HOSTILE_DIR, 'package-lock.json'), 'utf8')) as { packages: Record<string, unknown> };
    delete lock.packages['node_modules/ws'];
    writeFileSync(join(ws, HOSTILE_DIR, 'package-lock.json'), JSON.stringify(lock, null, 2));
    poisonedAdvisory(ws, '2026-11-23T00:00:00Z');
    const second = await runInProcess(env);
    expectNoInjectedCommands(second.stdout);
    const closed = repo.issues.filter((i) => i.state === 'closed');
    expect(closed).toHaveLength(2);
    for (const issue of repo.issues) {
      expectSafe(`title of #${issue.number}`, issue.title);
      expectSafe(`body of #${issue.number}`, issue.body);
      for (const c of issue.comments) expectSafe(`comment on #${issue.number}`, c.body);
      for (const l of issue.labels) expect(l).toMatch(/^(patchwarden|severity:\w+|deadline:[\w-]+)$/);
    }
    const evil = repo.issues.find((i) => i.body.includes('GHSA-evil-evil-evil'))!;
    expect(evil.title.length).toBeLessThan(256);
    expect(evil.comments[0]!.body).toContain('closes #4243');
  });
});
