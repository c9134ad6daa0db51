import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitForCommands, fitsInCommands } from '../../src/github/checks.js';
import { isTransient } from '../../src/github/client.js';
import { loadCodeowners, ownersOf, parseCodeowners } from '../../src/github/codeowners.js';
import { forkReadOnly, readRunContext } from '../../src/github/context.js';
import { envInputs, readInputs } from '../../src/github/inputs.js';
import { fitBody, groupByPackage, parseMarker } from '../../src/github/issue-render.js';
import { blobUrl, locationLink } from '../../src/github/links.js';
import { resolveMode } from '../../src/github/mode.js';
import { Pacer, virtualClock } from '../../src/github/pacer.js';
import type { Annotation } from '../../src/report/annotations.js';
import { annotationsFor } from '../../src/report/annotations.js';
import { daysLeftChart, renderMarkdown } from '../../src/report/markdown.js';
import { openApiValidator } from '../helpers/github-openapi.js';
import { pullRequestOpened, push, webhookPayload } from '../helpers/github-payloads.js';
import { finding, reportOf } from '../helpers/report-builder.js';
import { tempDir } from './action-env.js';

function context(event: string, payload: object, extra: Record<string, string> = {}) {
  const dir = tempDir('pw-ctx-');
  const path = join(dir, 'event.json');
  writeFileSync(path, JSON.stringify(payload));
  return readRunContext({ GITHUB_EVENT_NAME: event, GITHUB_EVENT_PATH: path, GITHUB_REPOSITORY: 'acme/chat', GITHUB_SHA: 'a'.repeat(40), ...extra });
}

const pr = (headRepo: string) => pullRequestOpened({ number: 3, baseSha: 'b'.repeat(40), headSha: 'c'.repeat(40), baseRepo: 'acme/chat', headRepo });

describe('modes and events', () => {
  it('maps events to modes in auto', () => {
    expect(resolveMode('auto', context('pull_request', pr('acme/chat'))).mode).toBe('annotate');
    expect(resolveMode('auto', context('pull_request_target', pr('mallory/chat'))).mode).toBe('annotate');
    expect(resolveMode('auto', context('schedule', {})).mode).toBe('issues');
    expect(resolveMode('auto', context('workflow_dispatch', {})).mode).toBe('issues');
    expect(resolveMode('auto', context('push', push('acme/chat', 'refs/heads/main', 'd'.repeat(40)), { GITHUB_REF: 'refs/heads/main' })).mode).toBe('issues');
    expect(resolveMode('auto', context('push', push('acme/chat', 'refs/heads/dev', 'd'.repeat(40)), { GITHUB_REF: 'refs/heads/dev' })).mode).toBe('report');
    expect(resolveMode('auto', context('release', {})).mode).toBe('report');
    expect(resolveMode('report', context('schedule', {})).mode).toBe('report');
  });

  it('knows a fork pull request is read-only, but not pull_request_target', () => {
    const fork = context('pull_request', pr('mallory/chat'));
    expect(fork.pullRequest).toMatchObject({ number: 3, headSha: 'c'.repeat(40), baseRepo: 'acme/chat', headRepo: 'mallory/chat' });
    expect(forkReadOnly(fork)).toMatch(/fork/);
    expect(forkReadOnly(context('pull_request', pr('acme/chat')))).toBeUndefined();
    expect(forkReadOnly(context('pull_request_target', pr('mallory/chat')))).toBeUndefined();
  });

  it('reports an unreadable payload and goes on', () => {
    const ctx = readRunContext({ GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: '/nonexistent/event.json', GITHUB_REPOSITORY: 'acme/chat' });
    expect(ctx.warnings[0]).toMatch(/not read/);
    expect(ctx.owner).toBe('acme');
  });

  it('the payload fixtures are held to the webhook schemas', () => {
    expect(() => webhookPayload('webhook-pull-request-opened', { number: 'seven' })).toThrow(/does not match/);
    expect(() => webhookPayload('webhook-push', { ref: 42 })).toThrow(/does not match/);
  });
});

describe('inputs', () => {
  const read = (inputs: Record<string, string>) => readInputs(envInputs(Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v]))), { GITHUB_WORKSPACE: '/ws' }, () => new Date('2026-01-01T00:00:00Z'));

  it('has the documented defaults', () => {
    const i = read({});
    expect(i).toMatchObject({ mode: 'auto', labels: ['patchwarden'], maxIssues: 20, issueOn: 'overdue', dashboard: false, assignOwners: false, checkRun: true, root: '/ws' });
    expect(i.now.toISOString()).toBe('2026-01-01T00:00:00.000Z');
  });

  it('parses lists and paths, and names the input of a bad value', () => {
    expect(read({ labels: 'security, deps\npatch' }).labels).toEqual(['security', 'deps', 'patch']);
    expect(read({ 'sarif-file': 'out/x.sarif', 'base-path': 'base' })).toMatchObject({ sarifFile: '/ws/out/x.sarif', basePath: '/ws/base' });
    expect(() => read({ 'max-issues': 'lots' })).toThrow("input max-issues: expected a whole number, got 'lots'");
    expect(() => read({ 'issue-on': 'always' })).toThrow("input issue-on: expected overdue, due-soon, got 'always'");
    expect(() => read({ dashboard: 'maybe' })).toThrow("input dashboard: expected true or false, got 'maybe'");
    expect(() => read({ labels: ' , ' })).toThrow(/at least one label/);
    expect(() => read({ now: 'yesterday' })).toThrow(/input now/);
    expect(read({ exclude: '**/__fixtures__\n\n examples/** ' }).exclude).toEqual(['**/__fixtures__', 'examples/**']);
    expect(read({}).exclude).toEqual([]);
    expect(() => read({ exclude: 'ok/**\n../../home' })).toThrow("input exclude: expected a repository-relative glob like deploy/**, got '../../home'");
    expect(read({ distro: 'Debian:12' }).distro).toEqual({ distro: 'debian', release: '12' });
    expect(read({ distro: 'alpine' }).distro).toEqual({ distro: 'alpine' });
    expect(read({}).distro).toBeUndefined();
    expect(() => read({ distro: 'windows:11' })).toThrow("input distro: expected ID[:RELEASE] with an ID such as debian, ubuntu, alpine, rocky, almalinux, rhel, opensuse, sles; got 'windows:11'");
  });
});

describe('CODEOWNERS', () => {
  const co = parseCodeowners(
    ['# comment', '*       @everyone-team/x @default', '*.json  @json-owner', '/services/api/ @alice @acme/backend dev@example.com', 'docs/*  @writer', 'lib/**/lock @deep', '!negated @x'].join('\n'),
    '.github/CODEOWNERS',
  );

  it('applies the last matching rule, and keeps only user owners', () => {
    expect(ownersOf(co, 'services/api/package-lock.json')).toEqual(['alice']);
    expect(ownersOf(co, 'package-lock.json')).toEqual(['json-owner']);
    expect(ownersOf(co, 'apps/web/yarn.lock')).toEqual(['default']);
    expect(ownersOf(co, 'docs/a.md')).toEqual(['writer']);
    expect(ownersOf(co, 'lib/a/b/lock')).toEqual(['deep']);
  });

  it('lets `docs/*` own the files directly in docs/ only, as GitHub does', () => {
    expect(ownersOf(co, 'docs/a.md')).toEqual(['writer']);
    expect(ownersOf(co, 'docs/a/b')).toEqual(['default']);
    expect(ownersOf(co, 'docs/a/b.json')).toEqual(['json-owner']);
    // A folder pattern still owns everything below it.
    expect(ownersOf(co, 'services/api/deep/er/go.sum')).toEqual(['alice']);
  });

  it('refuses a CODEOWNERS that is a symlink out of the checkout or to a device, and says so', () => {
    const outside = mkdtempSync(join(tmpdir(), 'pw-co-out-'));
    writeFileSync(join(outside, 'owners'), '* @mallory\n');
    for (const target of [join(outside, 'owners'), '/dev/zero']) {
      const repo = mkdtempSync(join(tmpdir(), 'pw-co-'));
      mkdirSync(join(repo, '.github'));
      symlinkSync(target, join(repo, '.github', 'CODEOWNERS'));
      writeFileSync(join(repo, 'CODEOWNERS'), '* @second-file\n');
      const got = loadCodeowners(repo)!;
      expect(got.rules).toEqual([]);
      expect(got.problems).toEqual([
        { level: 'warning', origin: 'github/codeowners', file: '.github/CODEOWNERS', message: 'not read: symlink points outside the repository; not followed' },
      ]);
      expect(ownersOf(got, 'package-lock.json')).toEqual([]);
      rmSync(repo, { recursive: true, force: true });
    }
    rmSync(outside, { recursive: true, force: true });
  });

  it('reads a CODEOWNERS that is a symlink inside the checkout', () => {
    const repo = mkdtempSync(join(tmpdir(), 'pw-co-'));
    writeFileSync(join(repo, 'owners.txt'), '* @inside\n');
    mkdirSync(join(repo, '.github'));
    symlinkSync('../owners.txt', join(repo, '.github', 'CODEOWNERS'));
    expect(ownersOf(loadCodeowners(repo)!, 'a/b')).toEqual(['inside']);
    rmSync(repo, { recursive: true, force: true });
  });

  it('reports rules GitHub does not support', () => {
    expect(co.problems).toHaveLength(1);
    expect(co.problems[0]).toMatchObject({ line: 7, file: '.github/CODEOWNERS' });
  });
});

describe('pacing', () => {
  it('spaces writes and keeps any minute under the limit, on virtual time', async () => {
    const clock = virtualClock(0);
    const pacer = new Pacer({ perMinute: 5, minIntervalMs: 500, clock });
    for (let i = 0; i < 12; i++) await pacer.acquire();
    const t = pacer.history;
    for (let i = 1; i < t.length; i++) expect(t[i]! - t[i - 1]!).toBeGreaterThanOrEqual(500);
    for (let i = 5; i < t.length; i++) expect(t[i]! - t[i - 5]!).toBeGreaterThanOrEqual(60_000);
    expect(t[11]).toBe(120_000 + 500);
  });
});

describe('markers, bodies and links', () => {
  it('reads a marker from the first line only', () => {
    const fp = 'a'.repeat(40);
    expect(parseMarker(`<!-- patchwarden:issue v1 ${fp} -->\r\nbody`)).toEqual({ kind: 'issue', fingerprint: fp });
    expect(parseMarker(`text\n<!-- patchwarden:issue v1 ${fp} -->`)).toBeUndefined();
    expect(parseMarker('<!-- patchwarden:dashboard v1 -->')).toEqual({ kind: 'dashboard' });
    expect(parseMarker(null)).toBeUndefined();
  });

  it('fits a body at a line boundary with a note', () => {
    const lines = ['<!-- m -->', ...Array.from({ length: 100 }, (_, i) => `line ${i} ${'x'.repeat(50)}`)];
    const body = fitBody(lines, 1000);
    expect(body.length).toBeLessThanOrEqual(1000);
    expect(body.startsWith('<!-- m -->\n')).toBe(true);
    expect(body).toMatch(/\d+ more line\(s\) were left out/);
    expect(fitBody(['a', 'b'], 1000)).toBe('a\nb\n');
  });

  it('links locations with every path segment encoded, and declines odd commits', () => {
    const links = { serverUrl: 'https://github.com', owner: 'acme', repo: 'chat', sha: 'f'.repeat(40), prefix: 'svc' };
    expect(blobUrl(links, 'a b/(x)/package-lock.json', 3)).toBe(`https://github.com/acme/chat/blob/${'f'.repeat(40)}/svc/a%20b/%28x%29/package-lock.json#L3`);
    expect(locationLink({ ...links, sha: 'not a sha' }, 'x', 1)).toBe('`svc/x:1`');
  });

  it('groups findings by ecosystem and name, case-insensitively for npm', () => {
    const groups = groupByPackage([finding({ name: 'WS', version: '1.0.0' }), finding({ name: 'ws', version: '2.0.0', status: 'within' }), finding({ name: 'ws', ecosystem: 'PyPI' })], 'overdue');
    expect(groups.map((g) => `${g.ecosystem}:${g.findings.length}`).sort()).toEqual(['PyPI:1', 'npm:2']);
  });
});

describe('annotations and the summary', () => {
  const many = [
    ...Array.from({ length: 12 }, (_, i) => finding({ name: `low-${i}`, severity: 'low', status: 'overdue' })),
    finding({ name: 'crit', severity: 'critical', status: 'overdue' }),
    ...Array.from({ length: 3 }, (_, i) => finding({ name: `soon-${i}`, status: 'due-soon' })),
  ];

  it('orders annotations most severe first and splits the 10 per level a step shows', () => {
    const all = annotationsFor(reportOf(many));
    expect(all[0]!.title).toContain('crit');
    expect(fitsInCommands(all)).toBe(false);
    const { shown, rest } = splitForCommands(all);
    expect(shown.filter((a: Annotation) => a.level === 'error')).toHaveLength(10);
    expect(shown.filter((a: Annotation) => a.level === 'warning')).toHaveLength(3);
    expect(rest).toHaveLength(3);
  });

  it('charts findings by days left, in fixed buckets', () => {
    const chart = daysLeftChart([finding({ name: 'a', daysLeft: -100 }), finding({ name: 'b', daysLeft: -5 }), finding({ name: 'c', status: 'within', daysLeft: 45 }), finding({ name: 'd', status: 'no-fix' })])!;
    expect(chart).toContain('bar [1, 0, 1, 0, 0, 1, 0]');
    expect(daysLeftChart([finding({ name: 'd', status: 'no-fix' })])).toBeUndefined();
  });

  it('lists overdue findings in deadline order and the pull request split', () => {
    const early = finding({ name: 'early', daysLeft: -50 });
    const late = finding({ name: 'late', daysLeft: -2 });
    const md = renderMarkdown(reportOf([late, early]), { split: { introduced: [late], inherited: [early], basis: 'against base' } });
    const section = md.slice(md.indexOf('### Overdue'));
    expect(section.indexOf('`early`')).toBeLessThan(section.indexOf('`late`'));
    expect(md).toContain('### Introduced by this pull request (1)');
    expect(md).toContain('<details><summary>Inherited from the base branch (1)</summary>');
    expect(md).not.toContain('### Findings');
  });
});

describe('the test doubles themselves', () => {
  it('the OpenAPI check rejects unknown operations, undeclared parameters and bad bodies', () => {
    const v = openApiValidator();
    const u = (p: string) => new URL(`http://127.0.0.1${p}`);
    expect(v.validate('GET', u('/repos/o/r/issues?state=all&labels=x&per_page=100&page=2'), undefined).violations).toEqual([]);
    expect(v.validate('POST', u('/repos/o/r/isues'), {}).violations[0]).toMatch(/no operation/);
    expect(v.validate('GET', u('/repos/o/r/issues?label=x'), undefined).violations[0]).toMatch(/'label' is not declared/);
    expect(v.validate('PATCH', u('/repos/o/r/issues/1'), { state: 'shut' }).violations[0]).toMatch(/allowed values/);
    expect(v.validate('PATCH', u('/repos/o/r/issues/1'), { stat_reason: 'completed' }).violations[0]).toMatch(/'stat_reason' is not declared/);
    expect(v.validate('POST', u('/repos/o/r/check-runs'), { head_sha: 'x' }).violations[0]).toMatch(/name/);
  });

  it('transient failures are the ones worth retrying', () => {
    expect(isTransient({ status: 502 })).toBe(true);
    expect(isTransient({ status: 429 })).toBe(true);
    expect(isTransient(Object.assign(new Error('You have exceeded a secondary rate limit'), { status: 403 }))).toBe(true);
    expect(isTransient(Object.assign(new Error('Resource not accessible by integration'), { status: 403 }))).toBe(false);
    expect(isTransient({ status: 422 })).toBe(false);
  });
});
