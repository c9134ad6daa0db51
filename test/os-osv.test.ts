import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { check } from '../src/check.js';
import { runCli } from '../src/cli/run.js';
import type { Report } from '../src/report/model.js';
import { REPO_ROOT } from './helpers/shared.js';
import { tempDir } from './helpers/tmp.js';

// End to end with an OSV distribution record in a --db folder: an Ubuntu 22.04 root filesystem's
// dpkg status and os-release, and the real USN-6986-1 (test/corpus/os-usn, CC BY-SA 4.0), whose
// affected entries are `Ubuntu:22.04:LTS` and `Ubuntu:24.04:LTS`. The same status on a 24.04
// system, where the installed version is the fix, has no finding.
function ubuntuRoot(versionId: string, version: string): string {
  const root = tempDir('pw-ubuntu-');
  mkdirSync(join(root, 'var/lib/dpkg'), { recursive: true });
  mkdirSync(join(root, 'etc'));
  writeFileSync(join(root, 'etc/os-release'), `NAME="Ubuntu"\nID=ubuntu\nID_LIKE=debian\nVERSION_ID="${versionId}"\n`);
  writeFileSync(join(root, 'var/lib/dpkg/status'), `Package: libssl3\nStatus: install ok installed\nArchitecture: amd64\nSource: openssl\nVersion: ${version}\n`);
  return root;
}

it('an Ubuntu notice from an OSV folder applies to its own release only, with Ubuntu priority as severity and its publication as the clock', async () => {
  const db = [join(REPO_ROOT, 'test', 'corpus', 'os-usn')];
  const now = new Date('2024-12-01T00:00:00Z');
  const jammy = await check({ root: ubuntuRoot('22.04', '3.0.2-0ubuntu1.15'), db, now, cacheDir: false });
  expect(jammy.report!.findings.map((f) => [f.component.ecosystem, f.component.name, f.advisory.id, f.fixedVersion, f.severity, f.severitySource, f.clockStart, f.clockBasis, f.deadline, f.status, f.locations])).toEqual([
    ['Ubuntu:22.04:LTS', 'libssl3', 'USN-6986-1', '3.0.2-0ubuntu1.18', 'medium', 'label', '2024-09-03', 'published', '2024-12-02', 'due-soon', [{ file: 'var/lib/dpkg/status', line: 1 }]],
  ]);
  const noble = await check({ root: ubuntuRoot('24.04', '3.0.2-0ubuntu1.15'), db, now, cacheDir: false });
  // 3.0.2 is below noble's fix too: the 24.04 entry's own range applies, not 22.04's.
  expect(noble.report!.findings.map((f) => [f.component.ecosystem, f.fixedVersion])).toEqual([['Ubuntu:24.04:LTS', '3.0.13-0ubuntu3.4']]);
  const fixed = await check({ root: ubuntuRoot('24.04', '3.0.13-0ubuntu3.4'), db, now, cacheDir: false });
  expect(fixed.report!.findings).toEqual([]);
});

it("a policy scopes deadlines to the OS layer and has a rule on Debian's urgency", async () => {
  // The trimmed Debian 12 host (test/corpus/os-debian12): openssl's security upload was
  // urgency=high (2026-10-21), postgresql-15's urgency=medium (2026-11-13); the rest are dated
  // by the index (2026-12-05) and have no urgency.
  const dir = join(REPO_ROOT, 'test', 'corpus', 'os-debian12');
  const policyDir = tempDir('pw-os-policy-');
  const policy = join(policyDir, 'policy.yml');
  writeFileSync(
    policy,
    [
      'apiVersion: patchwarden/v1',
      'kind: PatchPolicy',
      'metadata: { name: os-test, version: 1.0.0 }',
      'rules:',
      '  - name: debian-urgent',
      '    when: { urgency: [high, emergency, critical] }',
      '    severity: high',
      '    deadline: 7d',
      'scopes:',
      '  - name: hosts',
      '    layers: [os]',
      '    deadlines: { medium: 30d }',
      '',
    ].join('\n'),
  );
  const r = await check({
    root: join(dir, 'host'),
    db: [join(dir, 'apt-lists', 'bookworm-security_main_binary-amd64_Packages'), join(dir, 'changelogs')],
    policy,
    failOn: 'high',
    now: new Date('2026-12-06T12:00:00Z'),
    cacheDir: false,
  });
  const by = new Map(r.report!.findings.map((f) => [f.component.name, [f.severity, f.rule, f.deadline, f.status]]));
  expect(by.get('openssl')).toEqual(['high', 'rules[debian-urgent]', '2026-10-28', 'overdue']);
  expect(by.get('zlib1g')).toEqual(['high', 'rules[debian-urgent]', '2026-12-05', 'overdue']);
  expect(by.get('postgresql-15')).toEqual(['medium', 'scopes[hosts].deadlines.medium', '2026-12-13', 'due-soon']);
  expect(by.get('openssh-client')).toEqual(['medium', 'scopes[hosts].deadlines.medium', '2027-01-04', 'within']);
  expect(r.exitCode).toBe(1);
});

it('--distro names the release of a saved dpkg status that has no os-release beside it; an unknown distribution is a usage error', async () => {
  const dir = tempDir('pw-distro-');
  writeFileSync(join(dir, 'web1.dpkg-status'), 'Package: libssl3\nStatus: install ok installed\nArchitecture: amd64\nSource: openssl\nVersion: 3.0.2-0ubuntu1.15\n');
  const run = async (...extra: string[]) => {
    let out = '';
    let err = '';
    const code = await runCli(['check', dir, '--db', join(REPO_ROOT, 'test', 'corpus', 'os-usn'), '--now', '2024-12-01', '--format', 'json', '--no-cache', ...extra], {
      stdout: (t) => (out += t),
      stderr: (t) => (err += t),
      cwd: dir,
      now: () => new Date(),
    });
    return { code, out, err };
  };
  const named = JSON.parse((await run('--distro', 'ubuntu:22.04')).out) as Report;
  expect(named.findings.map((f) => `${f.component.ecosystem} ${f.component.name} ${f.advisory.id} ${f.fixedVersion}`)).toEqual(['Ubuntu:22.04:LTS libssl3 USN-6986-1 3.0.2-0ubuntu1.18']);
  const unnamed = JSON.parse((await run()).out) as Report;
  expect(unnamed.findings).toEqual([]);
  expect(unnamed.problems).toContainEqual(expect.objectContaining({ level: 'warning', origin: 'extract/dpkg', file: 'web1.dpkg-status', message: expect.stringContaining('distribution release unknown') }));
  const bad = await run('--distro', 'gentoo:2.14');
  expect(bad.code).toBe(2);
  expect(bad.err).toContain("--distro: expected ID[:RELEASE]");
});

it('an Alpine root filesystem against Alpine secdb: origin package, apk order, and no clock (the secdb has no dates)', async () => {
  const root = tempDir('pw-alpine-');
  mkdirSync(join(root, 'lib/apk/db'), { recursive: true });
  mkdirSync(join(root, 'etc'));
  writeFileSync(join(root, 'etc/os-release'), 'NAME="Alpine Linux"\nID=alpine\nVERSION_ID=3.10.9\n');
  // libcrypto1.1 from origin openssl at 1.1.1c-r0: below the secdb's 1.1.1d-r0 fix (CVE-2019-1547 ...), above 1.1.1b-r1 and 1.1.1a-r0.
  writeFileSync(join(root, 'lib/apk/db/installed'), 'C:Q1x=\nP:libcrypto1.1\nV:1.1.1c-r0\nA:x86_64\no:openssl\n\n');
  const r = await check({ root, db: [join(REPO_ROOT, 'src', 'advise', '__fixtures__', 'os', 'v3.10-main.yaml')], now: new Date('2020-01-01T00:00:00Z'), cacheDir: false });
  expect(r.report!.findings.map((f) => [f.component.ecosystem, f.component.name, f.advisory.id, f.advisory.aliases, f.fixedVersion, f.clockBasis, f.deadline, f.locations[0]!.line])).toEqual([
    ['Alpine:v3.10', 'libcrypto1.1', 'ALPINE-v3.10-openssl-1.1.1d-r0', ['CVE-2019-1547', 'CVE-2019-1549', 'CVE-2019-1563'], '1.1.1d-r0', 'unknown', null, 2],
  ]);
});
