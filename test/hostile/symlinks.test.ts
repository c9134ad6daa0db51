import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { check } from '../../src/check.js';
import { NOW, about, expectSane, link, locationsOf, put, scan, scratchDir } from './kit.js';
import type { Rendered } from './kit.js';
import { POLICY_HEAD } from './yaml-kit.js';

// A pull request can commit symbolic links. Pointing one at /etc/passwd, the runner's home or
// /proc/self/environ (the process's environment: tokens) and naming it package-lock.json must not
// make patchwarden read it, and nothing of those files may reach any output. Loops must end.


const CANARY = `pw-canary-${process.pid}-${Date.now()}`;
const savedToken = process.env.GITHUB_TOKEN;
afterEach(() => {
  if (savedToken === undefined) delete process.env.GITHUB_TOKEN;
  else process.env.GITHUB_TOKEN = savedToken;
});

/** Text from the targets that must never be seen: the password file's first entry, the environment's PATH, a planted secret. */
function secrets(): string[] {
  const out = [CANARY];
  if (process.env.PATH && process.env.PATH.length > 8) out.push(process.env.PATH);
  if (existsSync('/etc/passwd')) out.push('root:x:0:0');
  return out;
}

function expectNoLeak(out: Rendered): void {
  for (const [sink, text] of Object.entries(out)) {
    for (const secret of secrets()) expect(text.includes(secret), `${sink} shows ${secret.slice(0, 20)}`).toBe(false);
  }
}

/** A folder outside the scanned root holding a lockfile that names the canary. */
function outsideWithSecret(): string {
  const outside = scratchDir('pw-hostile-outside-');
  put(outside, 'package-lock.json', JSON.stringify({ lockfileVersion: 3, packages: { '': {}, [`node_modules/${CANARY}`]: { version: '1.0.0' } } }));
  put(outside, 'secret.txt', `${CANARY}==1.0.0\n`);
  put(outside, 'policy.yml', `apiVersion: "${CANARY}"\nkind: x\n`);
  return outside;
}

describe('symbolic links out of the repository', () => {
  it('lockfile names pointing at /etc/passwd, /proc/self/environ, the home folder and a secret outside: warned, never read', async () => {
    const root = scratchDir();
    const outside = outsideWithSecret();
    link(root, 'a/package-lock.json', '/etc/passwd');
    link(root, 'b/yarn.lock', '/proc/self/environ');
    link(root, 'c/pnpm-lock.yaml', homedir());
    link(root, 'd/package-lock.json', join(outside, 'package-lock.json'));
    link(root, 'e/package-lock.json', '../../' + outside.split('/').pop() + '/package-lock.json');
    // Folders: the home folder and the outside folder as subfolders of the repository.
    link(root, 'home', homedir());
    link(root, 'vendor', outside);
    put(root, 'honest/package-lock.json', JSON.stringify({ lockfileVersion: 3, packages: { '': {}, 'node_modules/ws': { version: '8.17.0' } } }, null, 2));
    const s = await scan(root);
    expectSane(s.report);
    for (const f of ['a/package-lock.json', 'b/yarn.lock', 'c/pnpm-lock.yaml', 'd/package-lock.json', 'e/package-lock.json']) {
      expect(about(s.report, f), f).toEqual([expect.objectContaining({ level: 'warning', message: 'symlink points outside the repository; not followed' })]);
    }
    // Linked folders are never entered: nothing below `home` or `vendor` is even mentioned.
    expect(s.report.problems.filter((p) => /^(home|vendor)\//.test(p.file ?? ''))).toEqual([]);
    expect(s.report.components.map((c) => `${c.name}@${c.version}`)).toEqual(['ws@8.17.0']);
    expectNoLeak(s.out);
  });

  it('files an extractor reads beside its own (a -r include, go.sum, a compose .env, a Chart.yaml) are refused the same way', async () => {
    const root = scratchDir();
    const outside = outsideWithSecret();
    put(root, 'py/requirements.txt', 'requests==2.31.0\n-r secret.txt\n-r environ.txt\n');
    link(root, 'py/secret.txt', join(outside, 'secret.txt'));
    link(root, 'py/environ.txt', '/proc/self/environ');
    put(root, 'go/go.mod', 'module example.com/x\n\ngo 1.22\n\nrequire golang.org/x/net v0.17.0\n');
    link(root, 'go/go.sum', '/etc/passwd');
    // If the .env were read, ${PATH} would carry the runner's PATH into an image name.
    put(root, 'compose/docker-compose.yml', 'services:\n  web:\n    image: "nginx:${PATH}"\n');
    link(root, 'compose/.env', '/proc/self/environ');
    put(root, 'chart/values.yaml', 'image:\n  repository: nginx\n  tag: 1.25.3\n');
    link(root, 'chart/Chart.yaml', join(outside, 'policy.yml'));
    const s = await scan(root);
    expectSane(s.report);
    expect(locationsOf(s.report, 'PyPI/requests@2.31.0')).toEqual(['py/requirements.txt:1']);
    expect(about(s.report, 'py/requirements.txt').map((p) => p.line)).toEqual([2, 3]);
    expect(s.report.components.some((c) => c.name.includes(CANARY))).toBe(false);
    expectNoLeak(s.out);
  });

  it("an image reference made of variables gets nothing from the runner's environment", async () => {
    process.env.GITHUB_TOKEN = CANARY;
    const root = scratchDir();
    put(root, 'docker-compose.yml', 'services:\n  web:\n    image: "nginx:${GITHUB_TOKEN}"\n  db:\n    image: "postgres:${GITHUB_TOKEN:-16.1}"\n');
    put(root, 'Dockerfile', 'ARG GITHUB_TOKEN\nFROM node:${GITHUB_TOKEN}\n');
    const s = await scan(root);
    expectSane(s.report);
    expect(locationsOf(s.report, 'image/docker.io/library/postgres@16.1')).toEqual(['docker-compose.yml:5']);
    expectNoLeak(s.out);
  });

  it('symlink loops (two links, a link to itself, a folder linking to its parent) end with a warning each', async () => {
    const root = scratchDir();
    link(root, 'package-lock.json', 'yarn.lock');
    link(root, 'yarn.lock', 'package-lock.json');
    link(root, 'sub/Gemfile.lock', 'Gemfile.lock');
    link(root, 'sub/up', '..');
    link(root, 'sub/self', '.');
    put(root, 'sub/real/composer.lock', '{"packages": [{"name": "guzzlehttp/guzzle", "version": "7.4.4"}], "packages-dev": []}');
    const s = await scan(root);
    expectSane(s.report);
    for (const f of ['package-lock.json', 'yarn.lock', 'sub/Gemfile.lock']) {
      expect(about(s.report, f)).toEqual([expect.objectContaining({ level: 'warning', message: 'broken or looping symlink; skipped' })]);
    }
    expect(locationsOf(s.report, 'Packagist/guzzlehttp/guzzle@7.4.4')).toEqual(['sub/real/composer.lock:1']);
  });

  it('a repository policy that is a link out of the repository: refused unread, its content never echoed', async () => {
    for (const target of ['/etc/passwd', '/proc/self/environ', 'OUTSIDE']) {
      const root = scratchDir();
      link(root, '.github/patchwarden.yml', target === 'OUTSIDE' ? join(outsideWithSecret(), 'policy.yml') : target);
      const r = await check({ root, now: NOW, cacheDir: false });
      expect(r.exitCode, target).toBe(2);
      expect(r.fatal, target).toEqual([
        expect.objectContaining({ file: '.github/patchwarden.yml', message: 'policy file leads outside the repository through a symbolic link; not read' }),
      ]);
      expect(JSON.stringify(r.fatal).includes(CANARY)).toBe(false);
    }
  });

  it('a link inside the repository stays usable: a lockfile and a policy linked from another folder of the same repository', async () => {
    const root = scratchDir();
    put(root, 'shared/policy.yml', `${POLICY_HEAD}extends: [builtin:baseline@1]\n`);
    link(root, '.github/patchwarden.yml', '../shared/policy.yml');
    put(root, 'real/package-lock.json', JSON.stringify({ lockfileVersion: 3, packages: { '': {}, 'node_modules/ws': { version: '8.17.0' } } }, null, 2));
    link(root, 'app/package-lock.json', '../real/package-lock.json');
    const s = await scan(root);
    expectSane(s.report);
    expect(s.report.policy.name).toBe('hostile');
    expect(locationsOf(s.report, 'npm/ws@8.17.0').sort()).toEqual(['app/package-lock.json:5', 'real/package-lock.json:5']);
  });
});
