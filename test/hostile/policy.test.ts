import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/check.js';
import { LIMITS } from '../../src/limits.js';
import { NOW, expectSane, link, put, scan, scratchDir } from './kit.js';
import { POLICY_HEAD, timed } from './yaml-kit.js';

// The repository's policy (.github/patchwarden.yml) is part of the pull request. Its `extends`
// may not reach a file outside the repository by any spelling, and its path globs (scopes,
// exceptions) may not be written so that matching them against the pull request's own file
// names takes minutes: picomatch compiles globs to backtracking regular expressions.


const CANARY = `pw-canary-policy-${process.pid}`;
const AT = '.github/patchwarden.yml';

/** A repository whose policy extends `ref`, with a secret policy file just outside it. */
function extendsRepo(ref: string): string {
  const parent = scratchDir('pw-hostile-parent-');
  put(parent, 'outside.yml', `${POLICY_HEAD.replace('hostile', CANARY)}deadlines: { critical: 1d }\n`);
  const root = join(parent, 'repo');
  put(root, AT, `${POLICY_HEAD}extends:\n  - ${JSON.stringify(ref)}\n`);
  link(root, '.github/inside-link.yml', join(parent, 'outside.yml'));
  return root;
}

describe('a path-traversing `extends`', () => {
  const cases: [string, RegExp][] = [
    ['../../outside.yml', /is outside the repository/],
    ['../../../../../../../../etc/passwd', /is outside the repository/],
    ['.github/../../../outside.yml', /is outside the repository/],
    ['sub/../../../outside.yml', /is outside the repository/],
    ['/etc/passwd', /expected a path relative to the repository/],
    ['C:\\Windows\\win.ini', /expected a path relative to the repository/],
    ['\\\\server\\share\\policy.yml', /expected a path relative to the repository/],
    ['./inside-link.yml', /leads outside the repository through a symbolic link/],
    ['builtin:../../../etc/passwd', /expected builtin:NAME@MAJOR/],
    ['builtin:baseline@1/../../../../etc/passwd', /expected builtin:NAME@MAJOR/],
    ['%2e%2e/%2e%2e/outside.yml', /does not exist/],
    ['~/.ssh/id_rsa', /does not exist/],
    ['file:///etc/passwd', /does not exist/],
    ['outside.yml\u0000.yml', /does not exist|cannot be read|outside/],
  ];

  it.each(cases)('%j: refused at its line, nothing outside read', async (ref, why) => {
    const root = extendsRepo(ref);
    const r = await check({ root, now: NOW, cacheDir: false });
    expect(r.exitCode).toBe(2);
    expect(r.report).toBeUndefined();
    expect(r.fatal).toEqual([expect.objectContaining({ file: AT, line: 5, message: expect.stringMatching(why) })]);
    expect(JSON.stringify(r.fatal)).not.toContain(CANARY);
  });

  it('an extends chain that loops back on itself, or runs deeper than the limit, ends with a located error', async () => {
    const root = scratchDir();
    put(root, AT, `${POLICY_HEAD}extends: [./a.yml]\n`);
    put(root, '.github/a.yml', `${POLICY_HEAD}extends: [./b.yml]\n`);
    put(root, '.github/b.yml', `${POLICY_HEAD}extends: [./patchwarden.yml]\n`);
    const loop = await check({ root, now: NOW, cacheDir: false });
    expect(loop.exitCode).toBe(2);
    expect(loop.fatal).toEqual([expect.objectContaining({ file: '.github/b.yml', line: 4, message: expect.stringMatching(/^extends.*cycle/) })]);

    const deep = scratchDir();
    const n = LIMITS.policyMaxExtendsDepth + 4;
    for (let i = 0; i < n; i++) put(deep, `.github/p${i}.yml`, `${POLICY_HEAD}extends: [./p${i + 1}.yml]\n`);
    put(deep, `.github/p${n}.yml`, POLICY_HEAD);
    put(deep, AT, `${POLICY_HEAD}extends: [./p0.yml]\n`);
    const chain = await check({ root: deep, now: NOW, cacheDir: false });
    expect(chain.exitCode).toBe(2);
    expect(chain.fatal).toContainEqual(expect.objectContaining({ line: 4, message: `extends[0]: extends chain is deeper than ${LIMITS.policyMaxExtendsDepth} files` }));
  });
});

describe('pathological globs in a policy', () => {
  const refused: [string, RegExp][] = [
    ['*a*a*a*a*b', /has 5 wildcards/],
    ['**/*a*/**/*a*/**/b', /has 7 wildcards/],
    ['+(a|aa)+(a|aa)+(a|aa)+(a|aa)b', /has 4 wildcards/],
    ['{*a*,*b*}c', /has 4 wildcards/],
    ['a'.repeat(LIMITS.globMaxLength + 1), new RegExp(`the limit is ${LIMITS.globMaxLength}`)],
    // picomatch cannot compile it at all (a regular expression too large for V8): refused, not thrown.
    ['a'.repeat(70_000), /the limit is/],
  ];

  it.each(refused.map(([g, why]) => [g.length > 40 ? `${g.slice(0, 20)}… (${g.length} chars)` : g, g, why] as const))(
    '%s: refused with the scope path that holds it',
    async (_name, glob, why) => {
      const root = scratchDir();
      put(root, AT, `${POLICY_HEAD}scopes:\n  - name: edge\n    paths:\n      - deploy/**\n      - ${JSON.stringify(glob)}\n`);
      const { value: r, ms } = await timed(() => check({ root, now: NOW, cacheDir: false }));
      expect(r.exitCode).toBe(2);
      expect(r.fatal).toEqual([expect.objectContaining({ file: AT, line: 8, message: expect.stringMatching(why) })]);
      expect(ms).toBeLessThan(5_000);
    },
  );

  it(`the worst globs allowed (${LIMITS.globMaxWildcards} wildcards) against 255-character folder names stay fast`, async () => {
    const root = scratchDir();
    const worst = ['*a*a*b', '**/*a*/x', '*a*/**/b', '+(a|aa)+(a|aa)*b', '**/**/*a'];
    put(root, AT, `${POLICY_HEAD}scopes:\n${worst.map((g, i) => `  - name: s${i}\n    paths: [${JSON.stringify(g)}]\n    deadlines: { high: 1d }\n`).join('')}`);
    // Folder names a pull request can choose: as long as a file name may be, all one letter, nested.
    const long = 'a'.repeat(255);
    for (let i = 0; i < 12; i++) {
      const dir = Array.from({ length: 1 + (i % 4) }, () => long).join('/') + `/${i}`;
      put(root, `${dir}/package-lock.json`, JSON.stringify({ lockfileVersion: 3, packages: { '': {}, 'node_modules/ws': { version: '8.17.0' } } }));
    }
    const db = scratchDir('pw-hostile-db-');
    put(db, 'GHSA-glob-glob-glob.json', JSON.stringify({ id: 'GHSA-glob-glob-glob', modified: '2024-06-01T00:00:00Z', published: '2024-06-01T00:00:00Z', database_specific: { severity: 'HIGH' }, affected: [{ package: { ecosystem: 'npm', name: 'ws' }, ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: '8.17.1' }] }] }] }));
    const { value: s, ms } = await timed(() => scan(root, { db: [db] }));
    expectSane(s.report);
    expect(s.report.findings).toHaveLength(1);
    expect(s.report.findings[0]!.locations).toHaveLength(12);
    expect(ms).toBeLessThan(10_000);
  });
});
