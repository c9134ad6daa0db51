import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { check } from '../../src/check.js';
import type { LiveOptions } from '../../src/advise/live/index.js';
import { sendJson, startServer } from '../helpers/live-servers.js';
import type { TestServer } from '../helpers/live-servers.js';

// Online and empty costs nothing: every live source (OSV API, registries, KEV, EPSS,
// endoflife.date) points at one local server that counts what it is asked. A repository with no
// component asks nothing; one with a match asks the KEV feed, which shows the count can move.

const dir = mkdtempSync(join(tmpdir(), 'pw-nothing-to-ask-'));
let server: TestServer;
beforeAll(async () => {
  server = await startServer((req, res) => {
    if (req.url?.startsWith('/kev')) sendJson(res, 200, { title: 'CISA Catalog of Known Exploited Vulnerabilities', catalogVersion: '2026.11.01', dateReleased: '2026-11-01T00:00:00.000Z', count: 0, vulnerabilities: [] });
    else if (req.url?.startsWith('/epss')) sendJson(res, 200, { status: 'OK', 'status-code': 200, total: 0, data: [] });
    else if (req.url?.startsWith('/v1/querybatch')) sendJson(res, 200, { results: [{}] });
    else sendJson(res, 404, {});
  });
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

const live = (): LiveOptions => ({
  osvApiUrl: server.url,
  kevUrl: `${server.url}/kev`,
  epssUrl: `${server.url}/epss`,
  endoflifeUrl: `${server.url}/eol`,
  registryUrls: Object.fromEntries(['npm', 'pypi', 'go', 'crates', 'rubygems', 'packagist', 'maven', 'nuget', 'pub'].map((r) => [r, `${server.url}/${r}`])),
  onSourceError: 'warn',
  http: { retries: 0 },
});

describe('a live run', () => {
  it('with no component makes no request at all', async () => {
    const empty = join(dir, 'empty');
    mkdirSync(empty);
    const before = server.seen.length;
    const got = await check({ root: empty, now: new Date('2026-11-24T00:00:00Z'), cacheDir: false, live: live() });
    expect(got.report?.components).toEqual([]);
    expect(server.seen.slice(before)).toEqual([]);
  });

  it('with a match asks the KEV feed', async () => {
    // A GHSA-shaped record for the package the lockfile pins (the same shape as GHSA-72xf-g2v4-qvf3, tough-cookie).
    const repo = join(dir, 'one');
    const db = join(dir, 'db');
    mkdirSync(repo);
    mkdirSync(db);
    writeFileSync(
      join(repo, 'package-lock.json'),
      JSON.stringify({ name: 'one', lockfileVersion: 3, packages: { '': { name: 'one', dependencies: { 'tough-cookie': '4.1.2' } }, 'node_modules/tough-cookie': { version: '4.1.2' } } }),
    );
    writeFileSync(
      join(db, 'GHSA-72xf-g2v4-qvf3.json'),
      JSON.stringify({ id: 'GHSA-72xf-g2v4-qvf3', modified: '2023-11-29T22:32:01Z', published: '2023-07-01T06:30:16Z', aliases: ['CVE-2023-26136'], affected: [{ package: { ecosystem: 'npm', name: 'tough-cookie' }, ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: '4.1.3' }] }] }] }),
    );
    const before = server.seen.length;
    const got = await check({ root: repo, db: [db], now: new Date('2026-11-24T00:00:00Z'), cacheDir: false, live: { ...live(), disabled: ['osv-api', 'registry-dates'] } });
    expect(got.report?.findings.map((f) => f.advisory.id)).toEqual(['GHSA-72xf-g2v4-qvf3']);
    const paths = server.seen.slice(before).map((s) => s.url.replace(/\?.*$/, ''));
    expect(paths).toEqual(['/kev', '/epss']);
  });
});
