import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { addFixReleaseDates } from '../../src/enrich/live.js';
import type { LiveOptions, RegistryName } from '../../src/advise/live/index.js';
import { DEFAULT_REGISTRY_URLS } from '../../src/advise/live/registry-urls.js';
import { expandComposerMinified, goEscape } from '../../src/enrich/registries.js';
import { match } from '../../src/evaluate/__fixtures__/build.js';
import { evaluate } from '../../src/evaluate/index.js';
import { loadPolicy } from '../../src/evaluate/policy/load.js';
import type { Match } from '../../src/model/types.js';
import { routes, startServer } from '../helpers/live-servers.js';
import type { TestServer } from '../helpers/live-servers.js';
import { REPO_ROOT } from '../helpers/shared.js';
import { registryRoutes } from './__fixtures__/registry-answers.js';

// Release dates of fixed versions from a local server answering each registry's endpoint shape.

const servers: TestServer[] = [];
const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

async function registry(): Promise<TestServer> {
  let table: ReturnType<typeof registryRoutes> | undefined;
  const s = await startServer((req, res, body) => routes((table ??= registryRoutes(s.url)))(req, res, body));
  servers.push(s);
  return s;
}
const everyRegistryAt = (url: string): Partial<Record<RegistryName, string>> =>
  Object.fromEntries((Object.keys(DEFAULT_REGISTRY_URLS) as RegistryName[]).map((r) => [r, url]));
const quick = { backoffBaseMs: 5, backoffMaxMs: 20, timeoutMs: 3_000, retries: 1 };
const opts = (url: string, extra: LiveOptions = {}): LiveOptions => ({ registryUrls: everyRegistryAt(url), http: quick, ...extra });

const fix = (ecosystem: string, name: string, version: string, fixedVersion: string | null): Match =>
  match({ ecosystem, name, version, fixedVersion, id: `GHSA-test-${name}` });

describe('fix release dates', () => {
  it('reads each registry’s own field for the fixed version', async () => {
    const s = await registry();
    const matches = [
      fix('npm', 'ws', '8.17.0', '8.17.1'),
      fix('npm', '@babel/traverse', '7.23.0', '7.23.2'),
      fix('PyPI', 'Jinja2', '3.1.2', '3.1.3'),
      fix('Go', 'golang.org/x/net', 'v0.22.0', '0.23.0'),
      fix('Go', 'github.com/BurntSushi/toml', 'v1.3.0', '1.3.2'),
      fix('crates.io', 'hyper', '0.14.9', '0.14.10'),
      fix('RubyGems', 'nokogiri', '1.16.2', '1.16.5'),
      fix('Packagist', 'guzzlehttp/guzzle', '7.4.3', '7.4.4'),
      fix('Packagist', 'guzzlehttp/guzzle', '6.5.7', '6.5.8'),
      fix('Maven', 'org.apache.logging.log4j:log4j-core', '2.14.1', '2.15.0'),
      fix('NuGet', 'Newtonsoft.Json', '12.0.1', '12.0.3'),
      fix('NuGet', 'Newtonsoft.Json', '12.0.3', '13.0.1'),
      fix('Pub', 'http', '0.13.2', '0.13.3'),
    ];
    const result = await addFixReleaseDates(matches, opts(s.url));
    expect(result.problems).toEqual([]);
    expect(result.dated).toBe(matches.length);
    expect(matches.map((m) => `${m.component.name}@${m.fixedVersion} ${result.dates.of(m)}`)).toEqual([
      'ws@8.17.1 2024-06-16T21:00:00.000Z',
      '@babel/traverse@7.23.2 2023-10-11T12:00:00.000Z',
      'Jinja2@3.1.3 2024-01-10T18:57:58.321Z', // the earlier of its two files
      'golang.org/x/net@0.23.0 2024-04-03T19:20:00.000Z',
      'github.com/BurntSushi/toml@1.3.2 2023-06-08T06:30:00.000Z',
      'hyper@0.14.10 2021-07-07T18:40:00.000Z',
      'nokogiri@1.16.5 2024-05-13T19:00:00.000Z', // the ruby platform gem, not the earlier binary build
      'guzzlehttp/guzzle@7.4.4 2022-06-09T21:39:15.000Z', // expanded from the minified list
      'guzzlehttp/guzzle@6.5.8 2022-06-20T22:16:07.000Z', // tag "v6.5.8"
      'org.apache.logging.log4j:log4j-core@2.15.0 2021-12-10T03:30:00.000Z',
      'Newtonsoft.Json@12.0.3 2019-11-09T01:27:30.723Z',
      'Newtonsoft.Json@13.0.1 2021-03-22T20:10:49.730Z', // from the page fetched by reference
      'http@0.13.3 2021-05-06T17:00:00.000Z',
    ]);
    expect(result.sources.map((x) => `${x.kind} ${x.records}`)).toEqual([
      'registry:npm 2',
      'registry:pypi 1',
      'registry:go 2',
      'registry:crates 1',
      'registry:rubygems 1',
      'registry:packagist 2',
      'registry:maven 1',
      'registry:nuget 2',
      'registry:pub 1',
    ]);
    expect(s.seen.find((r) => r.url.endsWith('.pom'))!.method).toBe('HEAD');
  });

  it('asks once per package for all its fixed versions, and not at all when the cache has them', async () => {
    const s = await registry();
    const dir = mkdtempSync(join(tmpdir(), 'pw-reg-'));
    dirs.push(dir);
    const make = (): Match[] => [fix('npm', 'ws', '8.17.0', '8.17.1'), fix('npm', 'ws', '7.5.9', '7.5.10'), fix('npm', 'ws', '8.16.0', '8.17.1')];
    const first = make();
    const firstDates = (await addFixReleaseDates(first, opts(s.url, { cacheDir: dir }))).dates;
    expect(s.seen.map((r) => r.url)).toEqual(['/ws']);
    s.seen.length = 0;
    const second = make();
    const result = await addFixReleaseDates(second, opts(s.url, { cacheDir: dir }));
    expect(s.seen).toEqual([]);
    expect(second.map((m) => result.dates.of(m))).toEqual(first.map((m) => firstDates.of(m)));
    expect([firstDates.of(first[0]!), firstDates.of(first[2]!)]).toEqual(['2024-06-16T21:00:00.000Z', '2024-06-16T21:00:00.000Z']);
    // Offline, the same cache still answers: the clock is the same with or without the network.
    const third = make();
    const thirdDates = (await addFixReleaseDates(third, opts('http://127.0.0.1:9', { cacheDir: dir, offline: true }))).dates;
    expect(third.map((m) => thirdDates.of(m))).toEqual(first.map((m) => firstDates.of(m)));
    expect(result.problems).toEqual([]);
  });

  it('refetches a cached package table that predates the version now asked for', async () => {
    const s = await registry();
    const dir = mkdtempSync(join(tmpdir(), 'pw-reg-'));
    dirs.push(dir);
    await addFixReleaseDates([fix('npm', 'ws', '8.17.0', '8.17.1')], opts(s.url, { cacheDir: dir }));
    s.seen.length = 0;
    const later = fix('npm', 'ws', '8.17.1', '8.18.0');
    const result = await addFixReleaseDates([later], opts(s.url, { cacheDir: dir }));
    expect(s.seen.map((r) => r.url)).toEqual(['/ws']);
    expect(result.dates.of(later)).toBeUndefined();
    expect(result.problems).toEqual([expect.objectContaining({ level: 'notice', message: expect.stringContaining('npm ws@8.18.0') })]);
  });

  it('leaves the clock on publication, with a notice, for versions a registry does not list or cannot date', async () => {
    const s = await registry();
    const matches = [
      fix('npm', 'left-pad-nonexistent', '1.0.0', '1.0.1'), // 404
      fix('NuGet', 'Newtonsoft.Json', '12.0.1', '12.0.2'), // unlisted: published 1900-01-01
      fix('Go', 'stdlib', '1.21.0', '1.21.3'), // not a module on the proxy
      fix('npm', 'ws', '8.0.0', null), // no fix: nothing to date
    ];
    const result = await addFixReleaseDates(matches, opts(s.url));
    expect(matches.every((m) => result.dates.of(m) === undefined && m.fixReleased === undefined)).toBe(true);
    expect(result.problems.map((p) => p.level)).toEqual(['notice', 'notice']);
    expect(result.problems[0]!.message).toContain('2 fixed version(s) not listed by their registry');
    expect(result.problems[0]!.message).toContain('NuGet Newtonsoft.Json@12.0.2');
    expect(result.problems[1]!.message).toContain('Go stdlib@1.21.3: the Go toolchain is not a module');
    expect(s.seen.some((r) => r.url.includes('stdlib'))).toBe(false);
  });

  for (const [policy, level] of [['fail', 'error'], ['warn', 'warning']] as const) {
    it(`reports an unreachable registry as ${level} under on-source-error=${policy}`, async () => {
      const s = await registry();
      const url = s.url;
      await s.close();
      servers.splice(0);
      const matches = [fix('npm', 'ws', '8.17.0', '8.17.1'), fix('PyPI', 'Jinja2', '3.1.2', '3.1.3')];
      const result = await addFixReleaseDates(matches, opts(url, { onSourceError: policy }));
      expect(matches.every((m) => result.dates.of(m) === undefined && m.fixReleased === undefined)).toBe(true);
      expect(result.problems).toEqual([expect.objectContaining({ level, origin: 'advise/registry-dates' })]);
      expect(result.problems[0]!.message).toContain('2 request(s) got no answer');
      expect(result.problems[0]!.message).toContain("clocks start at the advisory's publication");
      expect(result.sources).toEqual([]);
    });
  }

  it('starts the clock at the fix release when it is later than the publication', async () => {
    const s = await registry();
    // The fixture dates ws 8.17.1 to 2024-06-16. GHSA-3h5v-q93c-6h6q was published the 17th, so
    // its clock starts at publication; an advisory published earlier starts at the release.
    const early = fix('npm', 'ws', '8.17.0', '8.17.1');
    early.advisory.published = '2024-06-17T19:09:10Z';
    const late = fix('npm', 'ws', '8.17.0', '8.17.1');
    late.advisory.published = '2024-06-01T00:00:00Z';
    const { dates } = await addFixReleaseDates([early, late], opts(s.url));
    expect([early.fixReleased, late.fixReleased]).toEqual([undefined, undefined]);
    const { policy } = loadPolicy({ spec: 'builtin:baseline@1', root: REPO_ROOT });
    const { findings } = evaluate({ matches: [early, late], policy: policy!, now: new Date('2024-07-01T00:00:00Z'), fixReleases: dates });
    expect(findings.map((f) => `${f.clockBasis} ${f.clockStart}`).sort()).toEqual(['fix-release 2024-06-16', 'published 2024-06-17']);
  });
});

describe('registry helpers', () => {
  it('escapes module paths as the Go module proxy protocol says', () => {
    expect(goEscape('github.com/BurntSushi/toml')).toBe('github.com/!burnt!sushi/toml');
    expect(goEscape('golang.org/x/net')).toBe('golang.org/x/net');
  });

  it('expands Composer 2 minified metadata, honouring __unset', () => {
    expect(expandComposerMinified([{ version: '2', a: 1, b: 2 }, { version: '1', b: '__unset' }, 'junk', { version: '0' }])).toEqual([
      { version: '2', a: 1, b: 2 },
      { version: '1', a: 1 },
      { version: '0', a: 1 },
    ]);
  });
});
