import { execFileSync, spawnSync } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ALPINE_SCHEME } from './apk.js';
import { DEBIAN_SCHEME, UBUNTU_SCHEME } from './dpkg.js';
import { schemeFor } from './index.js';
import { describeOrderLaws, expectAscending, expectCases, expectInvalid, numStr, opt, orderCases, pick, sgn } from './order-testkit.js';
import { RPM_SCHEMES } from './rpm.js';

const RED_HAT = schemeFor('Red Hat')!;

describe('OS version orders against the hand-written cases (osv-scalibr semantic/testdata)', () => {
  it('dpkg: every case of debian-versions.txt', () => {
    for (const v of orderCases('os-versions/debian-versions.txt').flatMap(([a, , b]) => [a, b])) expect(DEBIAN_SCHEME.isValid(v), v).toBe(true);
    expectCases(DEBIAN_SCHEME, 'os-versions/debian-versions.txt', 30);
  });
  it('apk: every case of alpine-versions.txt', () => expectCases(ALPINE_SCHEME, 'os-versions/alpine-versions.txt', 778));
  it('rpm: every case of redhat-versions.txt', () => {
    for (const v of orderCases('os-versions/redhat-versions.txt').flatMap(([a, , b]) => [a, b])) expect(RED_HAT.isValid(v), v).toBe(true);
    expectCases(RED_HAT, 'os-versions/redhat-versions.txt', 165);
  });
});

describe('dpkg (Debian Policy 5.6.12)', () => {
  it("orders the policy's own examples: ~ below the end, epochs first, revisions last", () => {
    expectAscending(DEBIAN_SCHEME, ['1.0~~', '1.0~~a', '1.0~', '1.0', '1.0a', '1.0+b1', '1.0.1', '1:0.1']);
    expectAscending(DEBIAN_SCHEME, ['3.0.11-1~deb12u1', '3.0.11-1~deb12u2', '3.0.11-1', '3.0.13-1~deb12u1', '3.0.15-1~deb12u1', '3.0.17-1~deb12u2']);
    expectAscending(UBUNTU_SCHEME, ['3.0.2-0ubuntu1.15', '3.0.2-0ubuntu1.16', '3.0.2-0ubuntu1.16+esm1']);
    expectAscending(DEBIAN_SCHEME, ['1.9007199254740992', '1.9007199254740993']);
  });
  it('refuses what dpkg refuses or warns about', () => {
    expectInvalid(DEBIAN_SCHEME, ['', ' ', 'a1.0', '1.0 1', 'x:1.0', ':1.0', '1:', '1.0-', '1.0-a_b', '1.0_1', '1.0-1:2', '1.0@']);
  });
  describeOrderLaws(DEBIAN_SCHEME, { valid: dpkgVersions(), hostile: ['~', '1~', ':', '1:'] });
});

describe('apk (apk-package(5))', () => {
  it('orders suffixes alpha < beta < pre < rc < none < cvs < svn < git < hg < p, then -rN', () => {
    expectAscending(ALPINE_SCHEME, ['1.2_alpha', '1.2_alpha2', '1.2_beta', '1.2_pre1', '1.2_rc1', '1.2', '1.2-r1', '1.2_cvs', '1.2_svn', '1.2_git', '1.2_hg', '1.2_p1', '1.2a', '1.2.1']);
    expectAscending(ALPINE_SCHEME, ['3.1.4-r0', '3.1.4-r5', '3.1.4-r10', '3.1.5-r0', '3.3.0-r0']);
    // A component the other version lacks makes it greater, as in apk (osv-scalibr treats them equal).
    expectAscending(ALPINE_SCHEME, ['1', '1.0', '1.0.0']);
  });
  it('accepts the grammar and refuses the rest (compare still answers for them, as apk does)', () => {
    for (const v of ['1.2.3', '1.2.3-r0', '1.2.3a_rc1_p2~abc123-r4', '20240101']) expect(ALPINE_SCHEME.isValid(v), v).toBe(true);
    expectInvalid(ALPINE_SCHEME, ['', 'a', '.1', '1.0bc', '1-r', '1-r0-1', '1.2_blah', '1..2', '1.0A', '1.0~XYZ', '1.0-1']);
  });
  describeOrderLaws(ALPINE_SCHEME, { valid: apkVersions(), hostile: ['_p', '-r', '_alpha', '~a'] });
});

describe('rpm (rpmvercmp)', () => {
  it('orders ~ below the end and ^ above it, epochs first', () => {
    expectAscending(RED_HAT, ['1.0~rc1', '1.0', '1.0^git1', '1.0^git2', '1.0.1', '1.0.1-1.el9', '1.0.1-1.el9_2', '1.0.1-2.el9', '1:0.1-1']);
    expectAscending(RED_HAT, ['3.0.7-16.el9_2', '3.0.7-17.el9', '3.0.7-18.el9', '3.0.7-24.el9', '1:3.0.7-25.el9_3']);
  });
  it('is registered for every rpm-based OSV ecosystem with a release suffix', () => {
    for (const s of RPM_SCHEMES) expect(schemeFor(`${s.ecosystem}:9`)?.compare('1.0-1', '1.0-2')).toBe(-1);
    expect(RPM_SCHEMES.map((s) => s.ecosystem)).toEqual(['Red Hat', 'AlmaLinux', 'Rocky Linux', 'openSUSE', 'SUSE', 'Mageia', 'openEuler']);
  });
  it('refuses blanks and control characters', () => {
    expectInvalid(RED_HAT, ['', ' ', '1.0 -1', '1.0\n', '1\t2', '\u0000']);
  });
  describeOrderLaws(RED_HAT, { valid: rpmVersions(), hostile: ['~', '^', '1^', '1~', '-'] });
});

// dpkg itself, where the machine has it: thousands of generated pairs, each compared by the real
// tool. One shell process runs every comparison so that the test costs one spawn, not thousands.
const HAVE_DPKG = spawnSync('dpkg', ['--version']).status === 0;

describe.skipIf(!HAVE_DPKG)('dpkg: agrees with `dpkg --compare-versions` (skipped: no dpkg on this machine)', () => {
  it('on 2,000 generated pairs', { timeout: 120_000 }, () => {
    const pairs = fc.sample(fc.tuple(dpkgVersions(), dpkgVersions()), { numRuns: 2_000, seed: 17 });
    const script = 'while read -r a b; do if dpkg --compare-versions "$a" lt "$b"; then echo -1; elif dpkg --compare-versions "$a" eq "$b"; then echo 0; else echo 1; fi; done';
    const out = execFileSync('sh', ['-c', script], { input: pairs.map(([a, b]) => `${a} ${b}`).join('\n') + '\n', encoding: 'utf8' });
    const answers = out.trim().split('\n').map(Number);
    expect(answers.length).toBe(pairs.length);
    const disagreements = pairs.filter(([a, b], i) => sgn(DEBIAN_SCHEME.compare(a, b)) !== answers[i]);
    expect(disagreements).toEqual([]);
    // The generator must exercise all three answers, or the agreement means little.
    expect(new Set(answers)).toEqual(new Set([-1, 0, 1]));
  });
});

/** Debian versions in the shapes the archive uses: epochs, ~ and + suffixes, revisions, security uploads. */
function dpkgVersions(): fc.Arbitrary<string> {
  const word = pick('', '', 'a', 'b', 'rc', 'dfsg', 'deb', 'ubuntu', 'git', 'Z');
  const part = fc.tuple(numStr, pick('', '', '.', '~', '+', '~~', '+~'), word).map(([n, s, w]) => n + s + w);
  const upstream = fc.tuple(numStr, fc.array(fc.tuple(pick('.', '.', '~', '+', ''), part), { maxLength: 3 })).map(([n, rest]) => n + rest.map(([s, p]) => s + p).join(''));
  const revision = fc.array(fc.tuple(pick('', '.', '~', '+'), fc.oneof(numStr, word)), { minLength: 1, maxLength: 3 }).map((ps) => ps.map(([s, p]) => s + p).join('')).filter((r) => r !== '' && /^[A-Za-z0-9.+~]+$/.test(r));
  return fc.tuple(opt(pick('0', '1', '2', '00')), upstream, opt(revision)).map(([e, u, r]) => (e === undefined ? '' : `${e}:`) + u + (r === undefined ? '' : `-${r}`));
}

function apkVersions(): fc.Arbitrary<string> {
  const suffix = fc.tuple(pick('alpha', 'beta', 'pre', 'rc', 'cvs', 'svn', 'git', 'hg', 'p'), opt(numStr)).map(([s, n]) => `_${s}${n ?? ''}`);
  return fc
    .tuple(fc.array(fc.oneof(numStr, pick('0', '01', '001', '1')), { minLength: 1, maxLength: 4 }), opt(pick('a', 'b', 'z')), fc.array(suffix, { maxLength: 2 }), opt(pick('~abc', '~0f')), opt(numStr))
    .map(([ns, l, ss, h, r]) => ns.join('.') + (l ?? '') + ss.join('') + (h ?? '') + (r === undefined ? '' : `-r${r}`));
}

function rpmVersions(): fc.Arbitrary<string> {
  const seg = fc.oneof(numStr, pick('el9', 'el9_2', 'fc39', 'git', 'a', 'B', 'rc1'));
  const part = fc.array(fc.tuple(pick('.', '.', '_', '+', '~', '^'), seg), { maxLength: 3 }).map((ps) => ps.map(([s, p]) => s + p).join(''));
  return fc
    .tuple(opt(pick('0', '1', '2')), numStr, part, opt(fc.tuple(numStr, part)))
    .map(([e, n, p, r]) => (e === undefined ? '' : `${e}:`) + n + p + (r === undefined ? '' : `-${r[0]}${r[1]}`));
}
