import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import semver from 'semver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { trimmed } from '../../../test/helpers/corpus.js';
import type { AffectedRange } from '../../model/types.js';
import { parseEndoflifeJson, parseProductMarkdown } from './endoflife.js';
import { loadNodejsSecurityWg, loadRuntimeData } from './index.js';
import type { NodeCoreVulnerability, RuntimeData } from './index.js';
import { parseNodeCoreRecord, semverRangesToEvents } from './nodejs-wg.js';
import { compareReleaseVersions, isStableVersion, versionWithin } from './version.js';

const EOL = trimmed('endoflife');
const WG = trimmed('advisories-native', 'nodejs-security-wg', 'vuln.zip');

describe('product pages (endoflife.date products/*.md)', () => {
  it('reads nginx cycles from the front matter', () => {
    const path = join(EOL, 'endoflife.date', 'products', 'nginx.md');
    const { products, issues } = parseProductMarkdown(readFileSync(path, 'utf8'), 'nginx', path);
    expect(issues).toEqual([]);
    const c125 = products[0]!.cycles.find((c) => c.cycle === '1.25');
    expect(c125).toEqual({ cycle: '1.25', releaseDate: '2023-05-23', eol: '2024-05-29', latest: '1.25.5', latestReleaseDate: '2024-04-16' });
    expect(products[0]!.cycles.find((c) => c.cycle === '1.31')?.eol).toBe(false);
    expect(products[0]!.versions.get('1.25.5')).toBe('2024-04-16');
  });

  it('keeps codenames and cycle spellings', () => {
    const path = join(EOL, 'endoflife.date', 'products', 'debian.md');
    const debian = parseProductMarkdown(readFileSync(path, 'utf8'), 'debian', path).products[0]!;
    expect(debian.cycles.find((c) => c.cycle === '12')).toMatchObject({ codename: 'bookworm', eol: '2026-07-11' });
    const text = '---\nreleases:\n  - releaseCycle: 1.10\n    eol: true\n---\n# body';
    expect(parseProductMarkdown(text, 'x', 'x.md').products[0]!.cycles).toEqual([{ cycle: '1.10', eol: true }]);
  });

  it('says what it cannot read', () => {
    expect(parseProductMarkdown('no front matter', 'x', 'x.md').issues).toEqual(['no YAML front matter']);
    expect(parseProductMarkdown('---\ntitle: x\n---\n', 'x', 'x.md').issues).toEqual(['front matter has no releases list']);
    expect(parseProductMarkdown('---\nreleases: [a: b: c\n---\n', 'x', 'x.md').issues[0]).toMatch(/^front matter: /);
  });
});

describe('release data (endoflife-date/release-data releases/*.json)', () => {
  it('reads every version with its date, and the cycles where given', () => {
    const path = join(EOL, 'release-data', 'releases', 'postgresql.json');
    const { products } = parseEndoflifeJson(JSON.parse(readFileSync(path, 'utf8')), 'postgresql', path);
    const pg = products[0]!;
    expect(pg.versions.size).toBe(554);
    expect(pg.versions.get('11.22')).toBe('2023-11-06');
    expect(pg.cycles.find((c) => c.cycle === '11')).toEqual({ cycle: '11', releaseDate: '2018-10-18', eol: '2023-11-09' });
  });
});

describe('API v1 (GET /api/v1/products/{product}, ProductResponse)', () => {
  // Shaped as endoflife.date's OpenAPI description (api_v1/openapi.yml) gives ProductResponse.
  const response = {
    schema_version: '1.2.0',
    last_modified: '2026-08-22T08:52:00+00:00',
    result: {
      name: 'nginx',
      label: 'nginx',
      aliases: [],
      category: 'server-app',
      tags: ['web-server'],
      identifiers: [{ id: 'pkg:generic/nginx', type: 'purl' }],
      labels: { eol: 'Supported' },
      links: { html: 'https://endoflife.date/nginx' },
      releases: [
        {
          name: '1.31',
          codename: null,
          label: '1.31',
          releaseDate: '2026-05-13',
          isLts: false,
          ltsFrom: null,
          isEol: false,
          eolFrom: null,
          isMaintained: true,
          latest: { name: '1.31.4', date: '2026-08-19', link: 'https://nginx.org/en/CHANGES' },
        },
        {
          name: '1.25',
          codename: null,
          label: '1.25',
          releaseDate: '2023-05-23',
          isLts: false,
          ltsFrom: null,
          isEol: true,
          eolFrom: '2024-05-29',
          isMaintained: false,
          latest: { name: '1.25.5', date: '2024-04-16', link: null },
        },
        { name: '0.5', codename: null, label: '0.5', releaseDate: '2006-01-01', isLts: false, ltsFrom: null, isEol: true, eolFrom: null, isMaintained: false, latest: null },
      ],
    },
  };

  it('reads cycles, EOL dates and latest versions', () => {
    const { products, issues } = parseEndoflifeJson(response, 'ignored-file-name', 'api');
    expect(issues).toEqual([]);
    expect(products[0]!.product).toBe('nginx');
    expect(products[0]!.cycles).toEqual([
      { cycle: '1.31', releaseDate: '2026-05-13', eol: false, latest: '1.31.4', latestReleaseDate: '2026-08-19' },
      { cycle: '1.25', releaseDate: '2023-05-23', eol: '2024-05-29', latest: '1.25.5', latestReleaseDate: '2024-04-16' },
      { cycle: '0.5', releaseDate: '2006-01-01', eol: true },
    ]);
  });

  it('reads the full product list (GET /api/v1/products/full)', () => {
    const full = { schema_version: '1.2.0', total: 1, result: [response.result] };
    expect(parseEndoflifeJson(full, 'all', 'api').products.map((p) => p.product)).toEqual(['nginx']);
    expect(parseEndoflifeJson({ result: {} }, 'x', 'api').issues).toEqual(['API response without result.releases']);
    expect(parseEndoflifeJson([1, 2], 'x', 'api').issues).toEqual(['not a JSON object']);
  });
});

describe('loadRuntimeData', () => {
  it('reads the layout of product pages and release data, and the Node.js WG core records beside it', async () => {
    const { data, problems } = await loadRuntimeData(EOL, { nodejsSecurityWg: WG, products: ['nginx', 'nodejs'] });
    expect(problems).toEqual([]);
    expect([...data.products.keys()].sort()).toEqual(['nginx', 'nodejs']);
    const nginx = data.products.get('nginx')!;
    expect(nginx.sources).toHaveLength(2);
    expect(nginx.versions.get('1.25.4')).toBe('2024-02-14');
    expect(nginx.cycles.find((c) => c.cycle === '1.25')?.latest).toBe('1.25.5');
    expect(data.nodeVulnerabilities).toHaveLength(171);
  });

  let empty: string;
  beforeAll(() => {
    empty = mkdtempSync(join(tmpdir(), 'pw-releases-'));
  });
  afterAll(() => rmSync(empty, { recursive: true, force: true }));

  it('reads a flat folder of release-data JSON, or of product pages, for the products asked for', async () => {
    const json = await loadRuntimeData(join(EOL, 'release-data', 'releases'), { products: ['redis', 'nodejs'] });
    expect([...json.data.products.keys()].sort()).toEqual(['nodejs', 'redis']);
    expect(json.data.products.get('redis')!.versions.get('7.2.4')).toBe('2024-01-09');
    const md = await loadRuntimeData(join(EOL, 'endoflife.date', 'products'), { products: ['postgresql'] });
    expect(md.data.products.get('postgresql')!.cycles.find((c) => c.cycle === '11')?.eol).toBe('2023-11-09');
  });

  it('reads an API v1 response saved as <product>.json', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pw-api-'));
    try {
      writeFileSync(join(dir, 'valkey.json'), JSON.stringify({ result: { name: 'valkey', releases: [{ name: '8.0', isEol: false, eolFrom: '2027-09-15', latest: { name: '8.0.2', date: '2025-01-07' } }] } }));
      const { data, problems } = await loadRuntimeData(dir, { products: ['valkey'] });
      expect(problems).toEqual([]);
      expect(data.products.get('valkey')!.cycles).toEqual([{ cycle: '8.0', eol: '2027-09-15', latest: '8.0.2', latestReleaseDate: '2025-01-07' }]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reports a missing or empty folder instead of throwing', async () => {
    const missing = await loadRuntimeData(join(empty, 'nope'));
    expect(missing.problems.map((p) => p.level)).toEqual(['error']);
    const none = await loadRuntimeData(empty);
    expect(none.data.products.size).toBe(0);
    expect(none.problems.map((p) => p.level)).toEqual(['warning']);
  });

  it('reports a broken file and goes on', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pw-bad-'));
    try {
      writeFileSync(join(dir, 'nginx.json'), '{"versions": ');
      writeFileSync(join(dir, 'redis.md'), '---\nreleases:\n  - releaseCycle: "7.2"\n    eol: 2029-12-01\n---\n');
      const { data, problems } = await loadRuntimeData(dir, { products: ['nginx', 'redis'] });
      expect([...data.products.keys()]).toEqual(['redis']);
      expect(problems.map((p) => [p.file, p.message.slice(0, 12)])).toEqual([[join(dir, 'nginx.json'), 'invalid JSON']]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

/** OSV range evaluation (ossf.github.io/osv-schema, "Evaluation"), written out for the test. */
function affectedByEvents(version: string, ranges: AffectedRange[]): boolean {
  return ranges.some((r) => {
    let affected = false;
    const events = r.events
      .map((e) => ({ e, at: e.introduced ?? e.fixed ?? e.last_affected ?? e.limit ?? '0.0.0' }))
      .sort((a, b) => semver.compare(a.at, b.at));
    for (const { e } of events) {
      if (e.introduced !== undefined && semver.gte(version, e.introduced)) affected = true;
      else if (e.fixed !== undefined && semver.gte(version, e.fixed)) affected = false;
      else if (e.last_affected !== undefined && semver.gt(version, e.last_affected)) affected = false;
    }
    return affected;
  });
}

describe('Node.js security WG core records', () => {
  let data: RuntimeData;
  let vulns: NodeCoreVulnerability[];
  beforeAll(async () => {
    const r = await loadNodejsSecurityWg(WG);
    expect(r.problems).toEqual([]);
    vulns = r.vulnerabilities;
    data = (await loadRuntimeData(EOL, { products: ['nodejs'] })).data;
  });

  it('turns a record into an Advisory with its own severity and CVE aliases', () => {
    const v = vulns.find((x) => x.advisory.id === 'NSWG-CORE-150')!;
    expect(v.vulnerable).toBe('18.x || 20.x || 21.x');
    expect(v.patched).toBe('^18.20.2 || ^20.12.2 || ^21.7.3');
    expect(v.environments).toEqual(['win32']);
    expect(v.advisory).toMatchObject({
      aliases: ['CVE-2024-27980'],
      severity: { label: 'high', source: 'label' },
      url: 'https://nodejs.org/en/blog/vulnerability/april-2024-security-releases-2',
      summary: 'Command injection via args parameter of child_process.spawn without shell option enabled on Windows (win32 only)',
    });
    expect(v.advisory.affected[0]!.ranges).toEqual([
      { type: 'SEMVER', events: [{ introduced: '18.0.0' }, { fixed: '18.20.2' }] },
      { type: 'SEMVER', events: [{ introduced: '20.0.0' }, { fixed: '20.12.2' }] },
      { type: 'SEMVER', events: [{ introduced: '21.0.0' }, { fixed: '21.7.3' }] },
    ]);
  });

  it('keeps records without a known severity, with CVSS where given', () => {
    expect(vulns.find((x) => x.advisory.id === 'NSWG-CORE-17')!.advisory.severity).toBeUndefined();
    expect(vulns.find((x) => x.advisory.id === 'NSWG-CORE-18')!.advisory.severity).toEqual({
      label: 'medium',
      source: 'label',
      score: 4.8,
      vector: 'CVSS:3.0/AV:N/AC:H/PR:N/UI:N/S:U/C:L/I:L/A:N',
    });
    expect(parseNodeCoreRecord('9', { vulnerable: 'not a range ¿', patched: '' }, 'x')).toMatch(/is not a semver range/);
  });

  it('turns ranges with gaps into events: <= 10 patched in 6, 8 and 10', () => {
    expect(semverRangesToEvents('<= 10', '^6.14.4 || ^8.11.4 || >= 10.9.0')).toEqual([
      { type: 'SEMVER', events: [{ introduced: '0.0.0' }, { fixed: '6.14.4' }, { introduced: '7.0.0' }, { fixed: '8.11.4' }, { introduced: '9.0.0' }, { fixed: '10.9.0' }] },
    ]);
    expect(semverRangesToEvents('8.5.0', '^8.6.0')).toEqual([{ type: 'SEMVER', events: [{ introduced: '8.5.0' }, { last_affected: '8.5.0' }] }]);
    expect(semverRangesToEvents('5.x', '')).toEqual([{ type: 'SEMVER', events: [{ introduced: '5.0.0' }, { fixed: '6.0.0' }] }]);
  });

  it('events say exactly what the ranges say, for every Node.js release of the release data', () => {
    const versions = [...data.products.get('nodejs')!.versions.keys()].filter((v) => semver.valid(v));
    expect(versions.length).toBeGreaterThan(600);
    let affectedPairs = 0;
    for (const v of vulns) {
      const ranges = v.advisory.affected[0]!.ranges;
      for (const version of versions) {
        const byRanges = semver.satisfies(version, v.vulnerable) && !(v.patched !== '' && semver.satisfies(version, v.patched));
        expect(affectedByEvents(version, ranges), `${v.advisory.id} ${version}`).toBe(byRanges);
        if (byRanges) affectedPairs++;
      }
    }
    expect(affectedPairs).toBeGreaterThan(1000);
  });
});

describe('version ordering', () => {
  it.each([
    ['1.25.3', '1.25.4', -1],
    ['1.25.10', '1.25.9', 1],
    ['16.4', '16.4.0', 0],
    ['17.0.9+9', '17.0.10+7', -1],
    ['17.0.20+8', '17.0.20.1+1', -1],
    ['26+35', '26.0.1+8', -1],
    ['17.0.9+9', '17.0.9+9.1', -1],
    ['8u392-b08', '8u402-b06', -1],
    ['22.04', '22.04.3', -1],
  ])('%s vs %s', (a, b, sign) => {
    expect(Math.sign(compareReleaseVersions(a, b))).toBe(sign);
    expect(Math.sign(compareReleaseVersions(b, a))).toBe(-sign || 0);
  });

  it('knows which versions lie within a cycle and which are pre-releases', () => {
    expect(versionWithin('1.25.3', '1.25')).toBe(true);
    expect(versionWithin('1.25.3', '1.2')).toBe(false);
    expect(versionWithin('8u392-b08', '8')).toBe(true);
    expect(versionWithin('17.0.9+9', '17')).toBe(true);
    expect(versionWithin('11.20', '11.2')).toBe(false);
    expect(isStableVersion('8.0.0-rc1')).toBe(false);
    expect(isStableVersion('3.13.0b1')).toBe(false);
    expect(isStableVersion('4.0.0-beta.2')).toBe(false);
    expect(isStableVersion('8u392-b08')).toBe(true);
    expect(isStableVersion('2.7.8p225')).toBe(true);
  });
});
