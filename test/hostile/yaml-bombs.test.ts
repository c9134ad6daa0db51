import { describe, expect, it } from 'vitest';
import { check } from '../../src/check.js';
import { LIMITS } from '../../src/limits.js';
import type { Problem } from '../../src/model/types.js';
import { NOW, about, expectSane, inventory, locationsOf, put, scan, scratchDir } from './kit.js';
import { CHART_YAML, POLICY_HEAD, aliasChain, billionLaughs, mergeChain, timed } from './yaml-kit.js';

// YAML's anchors let a few hundred bytes stand for billions of nodes (the "billion laughs"), and
// a chain of aliases for an arbitrarily deep structure. A pull request can put either in any YAML
// file patchwarden reads. Each must cost bounded time and memory, leave the file's honest entries
// read (or say at which line it gave up), and leave the rest of the run alone.


/** A real-shaped pnpm 9 lockfile (two entries, as pnpm writes them) with `extra` spliced in at the top level. */
function pnpmLock(extra: string): string {
  return [
    "lockfileVersion: '9.0'",
    '',
    'settings:',
    '  autoInstallPeers: true',
    '  excludeLinksFromLockfile: false',
    '',
    extra.trimEnd(),
    '',
    'importers:',
    '',
    '  .:',
    '    dependencies:',
    '      lodash:',
    '        specifier: 4.17.20',
    '        version: 4.17.20',
    '',
    'packages:',
    '',
    '  lodash@4.17.20:',
    '    resolution: {integrity: sha512-PlhdFcillOINfeV7Ni6oF1TAEayyZBoZ8bcshTHqOYJYlrqzRK5hagpagky5o4HfCzzd1TRkXPMFq6cKk9rGmA==}',
    '',
    'snapshots:',
    '',
    '  lodash@4.17.20: {}',
    '',
  ].join('\n');
}

/** Line of the first line of `text` that starts with `prefix`. */
function lineOf(text: string, prefix: string): number {
  return text.split('\n').findIndex((l) => l.startsWith(prefix)) + 1;
}

describe('YAML bombs in a pnpm-lock.yaml', () => {
  it('billion laughs: never expanded; the honest entry is read at its line, fast and in little memory', async () => {
    const root = scratchDir();
    const text = pnpmLock(`bomb:\n${billionLaughs('  ')}`);
    put(root, 'pnpm-lock.yaml', text);
    const { value: s, ms, heapMb } = await timed(() => scan(root));
    expectSane(s.report);
    expect(inventory(s.report)).toEqual([`npm/lodash@4.17.20 pnpm-lock.yaml:${lineOf(text, '  lodash@4.17.20:')}`]);
    expect(ms).toBeLessThan(10_000);
    expect(heapMb).toBeLessThan(200);
  });

  it('an entry whose value is the bomb is read by its key alone, the bomb untouched', async () => {
    const root = scratchDir();
    const text = pnpmLock(`bomb:\n${billionLaughs('  ')}`).replace('  lodash@4.17.20: {}', '  lodash@4.17.20: *l9');
    put(root, 'pnpm-lock.yaml', text);
    const { value: s, ms } = await timed(() => scan(root));
    expectSane(s.report);
    expect(inventory(s.report)).toEqual([`npm/lodash@4.17.20 pnpm-lock.yaml:${lineOf(text, '  lodash@4.17.20:')}`]);
    expect(ms).toBeLessThan(10_000);
  });

  it('a 20,000-link alias chain costs linear time and leaves the entries read', async () => {
    const root = scratchDir();
    const text = pnpmLock(`chain:\n${aliasChain('  ', 20_000)}`);
    put(root, 'pnpm-lock.yaml', text);
    const { value: s, ms } = await timed(() => scan(root));
    expectSane(s.report);
    expect(inventory(s.report)).toEqual([`npm/lodash@4.17.20 pnpm-lock.yaml:${lineOf(text, '  lodash@4.17.20:')}`]);
    expect(ms).toBeLessThan(15_000);
  });
});

describe('YAML bombs in a Helm values file', () => {
  const values = (extra: string): string => `image:\n  repository: nginx\n  tag: 1.25.3\n${extra}`;

  it('billion laughs (sequences and mappings): aliases resolve to their anchor, nothing is copied', async () => {
    const root = scratchDir();
    put(root, 'charts/app/Chart.yaml', CHART_YAML);
    put(root, 'charts/app/values.yaml', values(`bomb:\n${billionLaughs('  ')}maps:\n${billionLaughs('  ', 'map')}`));
    const { value: s, ms, heapMb } = await timed(() => scan(root));
    expectSane(s.report);
    expect(locationsOf(s.report, 'image/docker.io/library/nginx@1.25.3')).toContain('charts/app/values.yaml:1');
    expect(ms).toBeLessThan(10_000);
    expect(heapMb).toBeLessThan(200);
  });

  it('a 20,000-link alias chain costs linear time', async () => {
    const root = scratchDir();
    put(root, 'charts/app/Chart.yaml', CHART_YAML);
    put(root, 'charts/app/values.yaml', values(`chain:\n${aliasChain('  ', 20_000)}`));
    const { value: s, ms } = await timed(() => scan(root));
    expectSane(s.report);
    expect(locationsOf(s.report, 'image/docker.io/library/nginx@1.25.3')).toContain('charts/app/values.yaml:1');
    expect(ms).toBeLessThan(15_000);
  });

  // Each mapping holds its merged entries in full, so a chain of n maps each merging the one
  // before (`c_i: {<<: *c_{i-1}, k_i: i}`) would copy n²/2 entries: 8,000 links (300 KB) took
  // 13 s before the per-document budget. Link i copies i entries, so the budget runs out at the
  // first i whose running total passes it, and that merge key is the line reported.
  it(`a 3,000-link merge-key chain stops merging past ${LIMITS.yamlMaxMergedEntries} entries, with a warning at the link that passed it`, async () => {
    const root = scratchDir();
    const text = values(`chain:\n${mergeChain('  ', 3_000)}`);
    put(root, 'charts/app/Chart.yaml', CHART_YAML);
    put(root, 'charts/app/values.yaml', text);
    const { value: s, ms } = await timed(() => scan(root));
    expectSane(s.report);
    let link = 0;
    for (let copied = 0; copied <= LIMITS.yamlMaxMergedEntries; ) copied += ++link;
    expect(about(s.report, 'charts/app/values.yaml')).toEqual([
      expect.objectContaining({ level: 'warning', line: lineOf(text, `  c${link}:`), message: expect.stringMatching(/^YAML merge key not applied/) }),
    ]);
    // The honest image, and the chain's own image once, at the line it is written on.
    expect(locationsOf(s.report, 'image/docker.io/library/nginx@1.25.3')).toContain('charts/app/values.yaml:1');
    expect(locationsOf(s.report, 'image/docker.io/library/redis@7.2.4')).toEqual([`charts/app/values.yaml:${lineOf(text, '  c0:')}`]);
    expect(ms).toBeLessThan(5_000);
  }, 120_000);
});

describe('YAML merge keys in a compose file', () => {
  it('a service merging the end of a 30,000-link chain: no stack overflow, the other services read', async () => {
    const root = scratchDir();
    const n = 30_000;
    const text = `x-chain:\n${mergeChain('  ', n)}services:\n  web:\n    <<: *c${n - 1}\n  db:\n    image: postgres:16.4\n`;
    put(root, 'docker-compose.yml', text);
    const { value: s, ms } = await timed(() => scan(root));
    expectSane(s.report);
    expect(locationsOf(s.report, 'image/docker.io/library/postgres@16.4')).toEqual([`docker-compose.yml:${lineOf(text, '    image: postgres')}`]);
    expect(about(s.report, 'docker-compose.yml')).toEqual([
      expect.objectContaining({ level: 'warning', message: expect.stringMatching(/^YAML merge key not applied/) }),
    ]);
    expect(ms).toBeLessThan(15_000);
  }, 120_000);

  it('a short merge chain within the budget is applied in full, own keys winning', async () => {
    const root = scratchDir();
    const text = [
      'x-base: &base { image: "redis:7.0.0", restart: always }',
      'x-mid: &mid { <<: *base, image: "redis:7.2.4" }',
      'services:',
      '  cache:',
      '    <<: *mid',
      '  self:',
      '    <<: *mid',
      '    image: valkey/valkey:8.0.1',
      '',
    ].join('\n');
    put(root, 'docker-compose.yml', text);
    const { value: s } = await timed(() => scan(root));
    expectSane(s.report);
    expect(locationsOf(s.report, 'image/docker.io/library/redis@7.2.4')).toEqual(['docker-compose.yml:2']);
    expect(locationsOf(s.report, 'image/docker.io/valkey/valkey@8.0.1')).toEqual(['docker-compose.yml:8']);
    expect(locationsOf(s.report, 'image/docker.io/library/redis@7.0.0')).toEqual([]);
    expect(about(s.report, 'docker-compose.yml')).toEqual([]);
  });
});

describe('YAML bombs in a policy', () => {
  const policyAt = '.github/patchwarden.yml';

  it('billion laughs: refused with the line where aliasing starts; nothing runs on that policy', async () => {
    const root = scratchDir();
    const text = `${POLICY_HEAD}x-bomb:\n${billionLaughs('  ')}`;
    put(root, policyAt, text);
    const { value: s, ms } = await timed(() => scanFatal(root));
    expect(s.exitCode).toBe(2);
    expect(s.fatal).toEqual([
      expect.objectContaining({ file: policyAt, line: lineOf(text, '  l1:'), message: expect.stringMatching(/not read: Excessive alias count/) }),
    ]);
    expect(ms).toBeLessThan(10_000);
  });

  it('an alias chain used as a setting: refused, located, bounded', async () => {
    const root = scratchDir();
    const text = `${POLICY_HEAD}${aliasChain('', 10_000)}deadlines: *c9999\n`;
    put(root, policyAt, text);
    const { value: s, ms } = await timed(() => scanFatal(root));
    expect(s.exitCode).toBe(2);
    expect(s.fatal).toHaveLength(1);
    expect(s.fatal[0]).toMatchObject({ file: policyAt, line: expect.any(Number) });
    expect(ms).toBeLessThan(15_000);
  });

  it(`a policy nested deeper than ${LIMITS.maxNestingDepth} levels: refused at the line, no stack overflow`, async () => {
    const root = scratchDir();
    const n = 100_000;
    put(root, policyAt, `${POLICY_HEAD}x-deep: ${'['.repeat(n)}${']'.repeat(n)}\n`);
    const s = await scanFatal(root);
    expect(s.exitCode).toBe(2);
    expect(s.fatal).toEqual([expect.objectContaining({ file: policyAt, line: 4, message: `YAML nested deeper than ${LIMITS.maxNestingDepth} levels; not read` })]);
  });
});

describe('deep YAML nesting in every YAML-reading extractor', () => {
  // Flow and block nesting both recurse in yaml's composer; past a few hundred levels the stack
  // runs out, and if that happens while V8 compiles a regular expression the process dies with a
  // fatal error that no try/catch sees. Scanning the same deep file twice used to trigger it.
  const files = ['pnpm-lock.yaml', 'pubspec.lock', 'Podfile.lock', 'docker-compose.yml', 'deploy/app.yaml', 'kustomization.yaml', 'charts/app/values.yaml'];
  // The Kubernetes extractor claims every YAML file and leaves alone those that do not say they are manifests.
  const header = (f: string): string => (f === 'deploy/app.yaml' ? 'apiVersion: v1\nkind: ConfigMap\n' : '');

  it('each is refused at the line where the nesting passes the limit, twice over, and the honest file beside it is read', async () => {
    const root = scratchDir();
    put(root, 'charts/app/Chart.yaml', CHART_YAML);
    const n = 50_000;
    for (const [i, f] of files.entries()) {
      const flow = `key:\n  - ${'['.repeat(n)}${']'.repeat(n)}\n`;
      const block = Array.from({ length: 2_000 }, (_, d) => `${' '.repeat(d)}k${d}:`).join('\n') + ' 1\n';
      put(root, f, header(f) + (i % 2 === 0 ? flow : block));
      put(root, f.replace(/([^/]+)$/, 'again/$1'), header(f) + (i % 2 === 0 ? block : flow));
    }
    put(root, 'service/package-lock.json', JSON.stringify({ name: 'x', lockfileVersion: 3, packages: { '': {}, 'node_modules/ws': { version: '8.17.0' } } }, null, 2));
    const s = await scan(root);
    expectSane(s.report);
    for (const f of files) {
      for (const path of [f, f.replace(/([^/]+)$/, 'again/$1')]) {
        const problems = about(s.report, path).filter((p) => p.message.includes(`nested deeper than ${LIMITS.maxNestingDepth} levels`));
        expect(problems.length, path).toBeGreaterThan(0);
        expect(problems[0]!.line, path).toBeGreaterThanOrEqual(1);
      }
    }
    expect(inventory(s.report)).toContain('npm/ws@8.17.0 service/package-lock.json:6');
  }, 120_000);
});

describe("yaml's own parser recursion", () => {
  // Found by the fuzzer: a line indented less than the block it continues, followed by more
  // indented ones, repeated some thousands of times, nests yaml's CST parser one level per
  // repetition, and the dedent that ends them closes every level recursively: the stack ran out in
  // the parser itself, before any depth check, and the RangeError escaped pnpm's extractor.
  const repeated = (n: number): string => "   rser': 2.4.0\n      a: 1\n      b: 2\n".repeat(n);
  const pnpm = `lockfileVersion: '6.1'\n\nsettings:\n  autoInstallPeers: true\n\npackages:\n\n  /@formatjs/intl@2.9.0:\n    resolution: {integrity: sha512-x}\n    dependencies:\n      tslib: 2.5.3\n${repeated(3_000)}    dev: false\n\n  /tslib@2.5.3:\n    resolution: {integrity: sha512-y}\n`;

  it('the parser overflowing is reported like nesting too deep, at a line, in every YAML reader', async () => {
    const root = scratchDir();
    put(root, 'pnpm-lock.yaml', pnpm);
    put(root, 'pubspec.lock', `packages:\n  http:\n    dependency: transitive\n${repeated(3_000)}  x:\n    version: "1.0.0"\nsdks:\n  dart: ">=3.0.0"\n`);
    put(root, 'docker-compose.yml', `services:\n  web:\n    image: nginx:1.25.3\n${repeated(3_000)}  db:\n    image: redis:7.2.4\n`);
    put(root, '.github/patchwarden.yml', `${POLICY_HEAD}deadlines:\n  critical: 7d\n${repeated(3_000)}gate: high\n`);
    const r = await check({ root, now: NOW, cacheDir: false });
    expect(r.exitCode).toBe(2);
    expect(r.fatal).toEqual([expect.objectContaining({ file: '.github/patchwarden.yml', line: expect.any(Number) })]);
    put(root, '.github/patchwarden.yml', POLICY_HEAD);
    const s = await scan(root);
    expectSane(s.report);
    for (const f of ['pnpm-lock.yaml', 'pubspec.lock', 'docker-compose.yml']) {
      expect(about(s.report, f).filter((p) => p.level === 'error' && p.line !== undefined).length, f).toBeGreaterThan(0);
    }
    // pnpm then reads entry by entry: the entry after the damage is still found.
    expect(inventory(s.report).some((c) => c.startsWith('npm/tslib@2.5.3 '))).toBe(true);
  });
});

describe('a YAML file of tens of thousands of syntax errors', () => {
  // Found by the fuzzer: 100 KB of stray brackets in a compose file is 80,000 syntax errors, and
  // composing them (an Error with a stack trace each) took 3 to 4 seconds: a 64 MB file would
  // take half an hour.
  it(`is refused past ${LIMITS.yamlMaxErrors} errors, at the line of the first, in well under a second per file`, async () => {
    const root = scratchDir();
    const junk = `x: ${'}'.repeat(80_000)}\n`;
    put(root, 'docker-compose.yml', `services:\n  web:\n    image: nginx:1.25.3\n${junk}`);
    put(root, 'charts/app/Chart.yaml', CHART_YAML);
    put(root, 'charts/app/values.yaml', `image:\n  repository: nginx\n${junk}`);
    put(root, 'Podfile.lock', `PODS:\n  - Alamofire (5.8.0)\n${junk}`);
    const { value: s, ms } = await timed(() => scan(root));
    expectSane(s.report);
    for (const [f, line] of [['docker-compose.yml', 4], ['charts/app/values.yaml', 3], ['Podfile.lock', 3]] as const) {
      expect(about(s.report, f)).toContainEqual(expect.objectContaining({ level: 'error', line, message: expect.stringMatching(new RegExp(`more than ${LIMITS.yamlMaxErrors} syntax errors`)) }));
    }
    expect(ms).toBeLessThan(10_000);
  });
});

describe('a YAML file of tens of thousands of composer errors', () => {
  // Found by the full fuzz run: a pnpm-lock.yaml line mangled into 69,451 `[` is well-formed to
  // the lexer (no error tokens, so the syntax-error cap does not apply) but gives the composer
  // 69,501 errors. Each was an Error with a captured stack trace (about 1.9 s for the file,
  // 2.7 s on a loaded machine, over the fuzzer's 2-second bound); traces are now not captured
  // while composing, and nothing downstream reads them.
  it('reads the honest entries, locates the damage, and leaves Error.stackTraceLimit as it was', async () => {
    const root = scratchDir();
    const text = pnpmLock('').replace("  lodash@4.17.20: {}", `  lodash@4.17.20: {}\n  broken@1.0.0:\n    resolution: ${'['.repeat(69_451)}`);
    put(root, 'pnpm-lock.yaml', text);
    const before = Error.stackTraceLimit;
    const { value: s, ms } = await timed(() => scan(root));
    expect(Error.stackTraceLimit).toBe(before);
    expectSane(s.report);
    expect(inventory(s.report)).toContain(`npm/lodash@4.17.20 pnpm-lock.yaml:${lineOf(text, '  lodash@4.17.20:')}`);
    expect(about(s.report, 'pnpm-lock.yaml').length).toBeGreaterThan(0);
    for (const p of about(s.report, 'pnpm-lock.yaml')) expect(p.line, p.message).toBeGreaterThanOrEqual(1);
    expect(ms).toBeLessThan(10_000);
  });
});

/** check() where the policy is expected to stop the run. */
async function scanFatal(root: string): Promise<{ exitCode: number; fatal: Problem[] }> {
  const r = await check({ root, now: NOW, cacheDir: false });
  return { exitCode: r.exitCode, fatal: r.fatal };
}
