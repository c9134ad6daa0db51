import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeZip } from '../../src/advise/__fixtures__/make-zip.js';
import type { Report } from '../../src/report/model.js';
import { trimmed } from '../helpers/corpus.js';
import { REPO_ROOT } from '../helpers/shared.js';
import type { Scan } from './kit.js';
import { expectSane, link, put, scan, scratchDir, sparse } from './kit.js';
import { CHART_YAML, aliasChain, billionLaughs, timed } from './yaml-kit.js';

// One repository holding every hostile input of the catalogue at once,
// beside honest copies of real projects' lockfiles and manifests. The run must finish, every
// hostile file must be contained (a problem or a skip for it, nothing leaked), and the honest
// files must produce exactly the inventory and findings they produce when scanned alone.


const HONEST: [string, string][] = [
  ['chat-platform', join(REPO_ROOT, 'examples', 'chat-platform')],
  ['vaultwarden', trimmed('repos', 'dani-garcia__vaultwarden@33bae5fbe9')],
  ['synapse', trimmed('repos', 'element-hq__synapse@c705beebf7')],
  ['bookstack', trimmed('repos', 'BookStackApp__BookStack@6f1c54d018')],
  ['rc-react-native', trimmed('repos', 'RocketChat__Rocket.Chat.ReactNative@b8f9873b30')],
  ['zulip', trimmed('repos', 'moonwolf-github__zulip@fba8c23dc0')],
  ['mattermost-mobile', trimmed('repos', 'mattermost__mattermost-mobile@2a02a61b6b')],
  ['ess-helm', trimmed('repos', 'element-hq__ess-helm@9ec6c26fb7')],
];

const CANARY = `pw-canary-everything-${process.pid}`;

/** Copies of the honest projects under `honest/` (copied, not linked: links out of the root are refused). */
function addHonest(root: string): void {
  for (const [name, src] of HONEST) cpSync(src, join(root, 'honest', name), { recursive: true, filter: (p) => !p.includes('/advisories') });
}

/**
 * Every case of the catalogue, under `hostile/`. (Not the hostile policies: a policy that is
 * refused stops the run by design, so those cases are checked on their own in policy.test.ts.)
 */
function addHostile(root: string): void {
  const h = (rel: string, content: string | Buffer): string => put(root, `hostile/${rel}`, content);
  const n = 100_000;
  const lock = (entries: Record<string, unknown>): string => JSON.stringify({ lockfileVersion: 3, packages: { '': {}, ...entries } }, null, 2);
  // YAML bombs and deep nesting.
  h('bombs/pnpm-lock.yaml', `lockfileVersion: '9.0'\nbomb:\n${billionLaughs('  ')}chain:\n${aliasChain('  ', 5_000)}packages:\n  lodash@4.17.20: *l9\n`);
  h('bombs/charts/app/Chart.yaml', CHART_YAML);
  h('bombs/charts/app/values.yaml', `image: {repository: nginx, tag: 1.25.3}\nbomb:\n${billionLaughs('  ', 'map')}`);
  h('bombs/docker-compose.yml', `x-bomb:\n${billionLaughs('  ')}services:\n  web:\n    image: "nginx:1.25.3"\n`);
  h('deep/pubspec.lock', `packages:\n  x: ${'['.repeat(n)}${']'.repeat(n)}\n`);
  h('deep/kustomization.yaml', Array.from({ length: 2_000 }, (_, d) => `${' '.repeat(d)}k${d}:`).join('\n') + ' 1\n');
  h('deep/package-lock.json', lock({ 'node_modules/deep': { version: '1.0.0', x: 'DEEP' } }).replace('"DEEP"', `${'['.repeat(n)}${']'.repeat(n)}`));
  h('deep/composer.lock', `{"packages": [{"name": "acme/deep", "version": "1.0.0", "extra": ${'{"a":'.repeat(n)}1${'}'.repeat(n)}}], "packages-dev": []}`);
  h('deep/bun.lock', `{"lockfileVersion": 1, "packages": {"x": ["x@1.0.0", "", ${'['.repeat(n)}${']'.repeat(n)}]}}`);
  h('deep/broken/package-lock.json', `{"lockfileVersion": 3, "packages": ${'['.repeat(n)}`);
  // A 2 GB lockfile (sparse: no disk used), and FIFOs.
  mkdirSync(join(root, 'hostile', 'huge'), { recursive: true });
  sparse(join(root, 'hostile', 'huge', 'package-lock.json'), 2 * 1024 ** 3);
  execFileSync('mkfifo', [join(root, 'hostile', 'huge', 'yarn.lock')]);
  // Encodings.
  h('enc/bad-utf8/package-lock.json', Buffer.concat([Buffer.from(lock({ 'node_modules/x': { version: '1.0.0' } }).slice(0, 60)), Buffer.from([0xff, 0xfe, 0xc3, 0x28]), Buffer.from(' "}}')]));
  h('enc/utf16-no-bom/package-lock.json', Buffer.from(lock({ 'node_modules/y': { version: '1.0.0' } }), 'utf16le'));
  h('enc/nul/Gemfile.lock', Buffer.from('GEM\n\u0000\u0000\u0000'.repeat(1000)));
  // Readable oddities: a real lockfile in UTF-16 with a BOM, another with CRLF line ends.
  const example = readFileSync(join(REPO_ROOT, 'examples', 'chat-platform', 'service', 'package-lock.json'), 'utf8');
  h('enc/utf16-bom/package-lock.json', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(example, 'utf16le')]));
  const gemfile = readFileSync(trimmed('repos', 'RocketChat__Rocket.Chat.ReactNative@b8f9873b30', 'ios', 'Gemfile.lock'), 'utf8');
  h('crlf/Gemfile.lock', gemfile.replace(/\r?\n/g, '\r\n'));
  // Duplicate keys and prototype keys.
  h('dup/package-lock.json', '{"lockfileVersion": 3, "packages": {"": {}, "node_modules/ws": {"version": "8.17.0"}, "node_modules/ws": {"version": "8.17.1"}}}');
  h('dup/docker-compose.yml', 'services:\n  web:\n    image: nginx:1.25.3\n    image: nginx:1.25.4\n');
  h('proto/package-lock.json', `{"__proto__": {"polluted": "yes"}, "constructor": {"prototype": {"polluted": "yes"}}, "lockfileVersion": 3, "packages": {"": {}, "node_modules/__proto__": {"version": "1.0.0", "__proto__": {"polluted": "yes"}}}}`);
  h('proto/pnpm-lock.yaml', "lockfileVersion: '9.0'\n__proto__: {polluted: yes}\npackages:\n  constructor@1.0.0: {__proto__: {polluted: yes}}\n");
  h('proto/Cargo.lock', 'version = 3\n\n[[package]]\nname = "__proto__"\nversion = "1.0.0"\n\n[constructor.prototype]\npolluted = "yes"\n');
  // Symbolic links out of the repository, and loops.
  const outside = scratchDir('pw-hostile-outside-');
  put(outside, 'package-lock.json', lock({ [`node_modules/${CANARY}`]: { version: '1.0.0' } }));
  link(root, 'hostile/links/a/package-lock.json', '/etc/passwd');
  link(root, 'hostile/links/b/yarn.lock', '/proc/self/environ');
  link(root, 'hostile/links/c/package-lock.json', join(outside, 'package-lock.json'));
  link(root, 'hostile/links/home', homedir());
  link(root, 'hostile/links/outside', outside);
  link(root, 'hostile/links/loop/package-lock.json', 'yarn.lock');
  link(root, 'hostile/links/loop/yarn.lock', 'package-lock.json');
  link(root, 'hostile/links/up', '..');
  h('links/requirements.txt', 'requests==2.31.0\n-r environ.txt\n');
  link(root, 'hostile/links/environ.txt', '/proc/self/environ');
  // Markdown, mentions and references in names, versions and paths.
  h('md/@octocat closes #4242 [x](https://evil.example) <img src=x>\n## pwned\n::error::pwned/package-lock.json', lock({
    'node_modules/evil': { name: '@octocat/`x` closes #4243 <script>alert(1)</script> | ```\n::error::pwned', version: '1.0.0' },
    'node_modules/odd': { version: '1.0.0 fixes #4244 @everyone' },
  }));
}

/** The hostile advisory sources: a deep record, a 10 MB summary, 10,000 events, a zip bomb. */
function hostileDb(): string[] {
  const db = scratchDir('pw-hostile-db-');
  const rec = (id: string, extra: Record<string, unknown>, events: Record<string, string>[] = [{ introduced: '0' }, { fixed: '0.0.1' }]): string =>
    JSON.stringify({ id, modified: '2024-06-01T00:00:00Z', published: '2024-06-01T00:00:00Z', affected: [{ package: { ecosystem: 'npm', name: 'left-pad' }, ranges: [{ type: 'ECOSYSTEM', events }] }], ...extra });
  put(db, 'GHSA-deep.json', rec('GHSA-deep', {}).replace('"affected"', `"database_specific": ${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}, "affected"`));
  put(db, 'GHSA-summary.json', rec('GHSA-summary', { summary: '@octocat closes #1 '.repeat(550_000) }));
  const events: Record<string, string>[] = [];
  for (let i = 0; i < 5_000; i++) events.push({ introduced: `0.${i}.0` }, { fixed: `0.${i}.1` });
  put(db, 'GHSA-events.json', rec('GHSA-events', {}, events));
  const bundle = join(scratchDir('pw-hostile-zip-'), 'all.zip');
  writeFileSync(bundle, makeZip([
    { name: 'GHSA-lies.json', data: Buffer.alloc(8 * 1024 * 1024), declaredSize: 100 },
    { name: 'GHSA-huge.json', data: Buffer.alloc(1024), declaredSize: 3 * 1024 ** 3 },
  ]));
  return [db, bundle];
}

function honestDb(): string[] {
  return [
    join(REPO_ROOT, 'examples', 'chat-platform', 'advisories'),
    trimmed('osv', 'github-reviewed-sample'),
    trimmed('osv', 'crates.io', 'all.zip'),
    trimmed('osv', 'PyPI', 'all.zip'),
    trimmed('osv', 'Go', 'all.zip'),
  ];
}

/** Inventory and findings restricted to locations under `honest/`, as comparable strings. */
function honestView(report: Report): { components: string[]; findings: string[] } {
  const honest = (files: { file: string; line: number }[]): string => files.filter((l) => l.file.startsWith('honest/')).map((l) => `${l.file}:${l.line}`).sort().join(',');
  return {
    components: report.components.filter((c) => honest(c.locations) !== '').map((c) => `${c.ecosystem}/${c.name}@${c.version} ${c.layer} ${honest(c.locations)}`).sort(),
    findings: report.findings
      .filter((f) => honest(f.locations) !== '')
      .map((f) => `${f.advisory.id} ${f.component.ecosystem}/${f.component.name}@${f.component.version} ${f.status} ${f.severity} ${f.deadline} fix ${f.fixedVersion} ${honest(f.locations)}`)
      .sort(),
  };
}

describe('a repository holding every hostile case beside honest real files', () => {
  let alone: Scan;
  let together: Scan;
  let ms: number;
  let db: string[];

  beforeAll(async () => {
    db = [...honestDb(), ...hostileDb()];
    const a = scratchDir();
    addHonest(a);
    alone = await scan(a, { db });
    const b = scratchDir();
    addHonest(b);
    addHostile(b);
    const t = await timed(() => scan(b, { db }));
    together = t.value;
    ms = t.ms;
  }, 180_000);

  it('the honest files give exactly the inventory and findings they give alone', () => {
    const want = honestView(alone.report);
    // A real scan: thousands of components and real findings in several ecosystems.
    expect(want.components.length).toBeGreaterThan(2_000);
    expect([...new Set(alone.report.findings.map((f) => f.component.ecosystem))]).toEqual(expect.arrayContaining(['npm', 'crates.io', 'PyPI', 'Go', 'image']));
    expect(want.findings.length).toBeGreaterThan(50);
    expect(honestView(together.report)).toEqual(want);
  });

  it('the run finishes in bounded time, sane, with nothing from outside the repository in any output', () => {
    expectSane(together.report);
    expect(ms).toBeLessThan(90_000);
    for (const [sink, text] of Object.entries(together.out)) {
      expect(text.includes(CANARY), sink).toBe(false);
      if (process.env.PATH) expect(text.includes(process.env.PATH), sink).toBe(false);
      expect(text.includes('root:x:0:0'), sink).toBe(false);
      expect(text.length, sink).toBeLessThan(8 * 1024 * 1024);
    }
  });

  it('every hostile file is accounted for: a problem or a skip names it, or it is read as what it is', () => {
    const hostileProblems = together.report.problems.filter((p) => p.file?.startsWith('hostile/'));
    const named = new Set(hostileProblems.map((p) => p.file));
    for (const f of [
      'hostile/deep/pubspec.lock',
      'hostile/deep/kustomization.yaml',
      'hostile/deep/bun.lock',
      'hostile/deep/broken/package-lock.json',
      'hostile/huge/package-lock.json',
      'hostile/enc/bad-utf8/package-lock.json',
      'hostile/enc/utf16-no-bom/package-lock.json',
      'hostile/dup/docker-compose.yml',
      'hostile/links/a/package-lock.json',
      'hostile/links/b/yarn.lock',
      'hostile/links/c/package-lock.json',
      'hostile/links/loop/package-lock.json',
      'hostile/links/loop/yarn.lock',
      'hostile/links/requirements.txt',
    ]) {
      expect(named.has(f), f).toBe(true);
    }
    // The hostile advisory sources are reported as skipped, by name.
    const dbProblems = together.report.problems.filter((p) => p.origin.startsWith('advise')).map((p) => p.message).join('\n');
    for (const what of ['GHSA-lies.json', 'GHSA-huge.json']) expect(dbProblems).toContain(what);
    // Readable hostile files are read: the bombs' honest entries, the duplicate's last value.
    const loc = (id: string): string[] => together.report.components.filter((c) => `${c.ecosystem}/${c.name}@${c.version}` === id).flatMap((c) => c.locations.map((l) => l.file));
    expect(loc('npm/lodash@4.17.20')).toContain('hostile/bombs/pnpm-lock.yaml');
    expect(loc('npm/ws@8.17.1')).toContain('hostile/dup/package-lock.json');
    expect(loc('npm/__proto__@1.0.0')).toContain('hostile/proto/package-lock.json');
    // The UTF-16 and CRLF copies read as their originals, at the same lines.
    const lines = (prefix: string): string[] =>
      together.report.components.flatMap((c) => c.locations.filter((l) => l.file.startsWith(prefix)).map((l) => `${c.name}@${c.version}:${l.line}`)).sort();
    expect(lines('hostile/enc/utf16-bom/')).toEqual(lines('honest/chat-platform/service/package-lock.json'));
    expect(lines('hostile/crlf/')).toEqual(lines('honest/rc-react-native/ios/Gemfile.lock'));
  });
});
