import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import type { Report } from '../../src/report/model.js';
import { REPO_ROOT } from '../helpers/shared.js';

// What the README says about the bundled example, checked by running what it says to run.

const README = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
const POLICY = join(REPO_ROOT, 'examples', 'chat-platform', '.github', 'patchwarden.yml');
const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };

/** `npm run example`'s arguments, as package.json gives them to dist/cli.js. */
function exampleArgs(): string[] {
  const [node, cli, ...args] = pkg.scripts.example!.split(' ');
  expect([node, cli]).toEqual(['node', 'dist/cli.js']);
  return args;
}

async function run(args: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(args, { stdout: (t) => (out += t), stderr: (t) => (err += t), cwd: REPO_ROOT, now: () => new Date('2031-01-01T00:00:00Z') });
  return { code, out, err };
}

const withNow = (args: string[], now: string): string[] => args.map((a, i) => (args[i - 1] === '--now' ? now : a));

describe("the README's example", () => {
  it('npm run example pins the date the figures assume', () => {
    const args = exampleArgs();
    expect(args[args.indexOf('--now') + 1]).toBe('2026-11-24');
    expect(README).toContain('`npm run example` pins `--now 2026-11-24`');
  });

  it('prints the quick start row, and its gate is incomplete (not a pass) yet exits 0', async () => {
    const r = await run(exampleArgs());
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    const block = /OVERDUE \(13\)\n {2}\.\.\.\n( {2}high {5}ws 8\.17\.0 .*\n.*\n)```/.exec(README);
    expect(block).not.toBeNull();
    expect(r.out).toContain('OVERDUE (13)\n');
    expect(r.out).toContain(block![1]);
    expect(r.out).toContain('gate (critical and above, overdue): incomplete\n');
  });

  it('shows the policy file the example uses, byte for byte', () => {
    const at = README.indexOf('### Example: a self-hosted chat platform');
    const start = README.indexOf('```yaml\n', at) + '```yaml\n'.length;
    expect(README.slice(start, README.indexOf('```\n', start))).toBe(readFileSync(POLICY, 'utf8'));
  });

  it('gives ws, PostgreSQL and path-to-regexp what the README says', async () => {
    const r = await run([...exampleArgs(), '--format', 'json']);
    const report = JSON.parse(r.out) as Report;
    expect(report.policy).toMatchObject({ name: 'chat-platform', version: '1.3.0' });
    const find = (id: string) => report.findings.filter((f) => f.advisory.id === id);
    // published 2024-06-17 + 14 days
    expect(find('GHSA-3h5v-q93c-6h6q')).toEqual([expect.objectContaining({ deadline: '2024-07-01', rule: 'scopes[internet].deadlines.high', status: 'overdue', daysLeft: -876 })]);
    expect(README).toContain('deadline 2024-07-01 (14 days), rule `scopes[internet].deadlines.high`');
    // 13.15 released 2024-05-06 + 45 days = 2024-06-20
    expect(find('PW-PATCH-postgresql-13.14')).toEqual([
      expect.objectContaining({ kind: 'patch-lag', fixedVersion: '13.23', clockStart: '2024-05-06', deadline: '2024-06-20', rule: 'scopes[data].runtime.patchLag.deadline' }),
    ]);
    expect(README).toContain('2024-06-20, rule `scopes[data].runtime.patchLag.deadline`');
    const pathToRegexp = find('GHSA-9wv6-86v2-598j');
    expect(pathToRegexp).toEqual([expect.objectContaining({ status: 'excepted', exception: expect.objectContaining({ expires: '2026-12-31' }) })]);
    expect(pathToRegexp[0]!.locations[0]!.file).toBe('service/package-lock.json');
    expect(report.findings.some((f) => f.severity === 'critical')).toBe(false);
  });

  it('counts path-to-regexp again from 2027-01-01, the exception listed as expired', async () => {
    const r = await run([...withNow(exampleArgs(), '2027-01-01'), '--format', 'json']);
    const report = JSON.parse(r.out) as Report;
    expect(report.findings.filter((f) => f.advisory.id === 'GHSA-9wv6-86v2-598j').map((f) => f.status)).toEqual(['overdue']);
    expect(report.exceptions).toEqual([expect.objectContaining({ state: 'expired', expires: '2026-12-31' })]);
  });
});
