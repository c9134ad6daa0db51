import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { AdvisoryDb } from '../../src/advise/db.js';
import { LiveContext } from '../../src/advise/live/context.js';
import { HttpClient } from '../../src/advise/live/http.js';
import { loadLiveAdvisories } from '../../src/advise/live/index.js';
import { OSV_MAX_BATCH, addApiRecords, queryOsvApi } from '../../src/advise/live/osv-api.js';
import { loadOfflineAdvisories } from '../../src/advise/osv-local.js';
import { makeComponent } from '../../src/model/component.js';
import { matchComponents } from '../../src/match/index.js';
import type { Component, Match } from '../../src/model/types.js';
import { readZipText } from '../../src/advise/zip.js';
import { trimmed } from '../helpers/corpus.js';
import { OSV_BUNDLES, loadOsvStore, osvApiHandler, sendJson, startServer } from '../helpers/live-servers.js';
import type { OsvServerOptions, OsvStore, TestServer } from '../helpers/live-servers.js';

// The OSV API client against a local server that answers /v1/querybatch and /v1/vulns/{id} from
// the real OSV records in test/corpus/osv, by the project's own matcher.

const paths = OSV_BUNDLES.map((p) => trimmed(p));
let store: OsvStore;
let offline: AdvisoryDb;
beforeAll(async () => {
  store = await loadOsvStore(paths);
  offline = (await loadOfflineAdvisories(paths)).db;
});

const servers: TestServer[] = [];
const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

async function osvServer(opts: OsvServerOptions = {}): Promise<TestServer> {
  const s = await startServer(osvApiHandler(store, opts));
  servers.push(s);
  return s;
}
const tempDir = (): string => {
  const d = mkdtempSync(join(tmpdir(), 'pw-osv-'));
  dirs.push(d);
  return d;
};
const quick = { backoffBaseMs: 5, backoffMaxMs: 20, timeoutMs: 5_000, retries: 2 };
const comp = (ecosystem: string, name: string, version: string): Component =>
  makeComponent({ ecosystem, name, version, file: 'test/lockfile', line: 1 });

// Real packages at versions the real records call vulnerable (and one that is not).
const REAL = [
  comp('npm', 'ws', '8.17.0'),
  comp('npm', 'lodash', '4.17.20'),
  comp('PyPI', 'Jinja2', '2.4.1'),
  comp('PyPI', 'requests', '2.19.0'),
  comp('Go', 'golang.org/x/net', 'v0.17.0'),
  comp('crates.io', 'hyper', '0.14.9'),
  comp('Maven', 'org.apache.logging.log4j:log4j-core', '2.14.1'),
  comp('crates.io', 'serde', '1.0.200'),
];

const summary = (matches: readonly Match[]): string[] =>
  matches.map((m) => `${m.component.ecosystem} ${m.component.name}@${m.component.version} ${m.ids.join('+')} fix=${m.fixedVersion}`).sort();

describe('OSV API client', () => {
  it('gets exactly the records the offline matcher finds, and the same matches from them', async () => {
    const s = await osvServer();
    const db = new AdvisoryDb();
    const result = await loadLiveAdvisories(REAL, { osvApiUrl: s.url, http: quick }, db);
    expect(result.problems.filter((p) => p.level !== 'notice')).toEqual([]);
    const expected = matchComponents(REAL, offline).matches;
    expect(expected.length).toBeGreaterThan(5);
    expect(new Set([...result.db.all()].map((a) => a.id))).toEqual(new Set(expected.flatMap((m) => m.ids)));
    expect(summary(matchComponents(REAL, db).matches)).toEqual(summary(expected));
    expect(result.sources).toEqual([expect.objectContaining({ kind: 'osv-api', path: s.url, records: result.added })]);
    expect(result.sources[0]!.fetched).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    // One batch for all eight packages; then one GET per record.
    expect(s.seen.filter((r) => r.url === '/v1/querybatch')).toHaveLength(1);
    expect(s.seen.filter((r) => r.url.startsWith('/v1/vulns/'))).toHaveLength(result.added);
  });

  it('sends Go versions without the "v" of go.mod, as OSV writes them', async () => {
    const s = await osvServer();
    await loadLiveAdvisories([comp('Go', 'golang.org/x/net', 'v0.17.0')], { osvApiUrl: s.url, http: quick });
    const body = JSON.parse(s.seen[0]!.body) as { queries: { version: string }[] };
    expect(body.queries[0]!.version).toBe('0.17.0');
  });

  it('follows next_page_token per query until every page is read', async () => {
    const stdlib = comp('Go', 'stdlib', '1.16.0');
    const s = await osvServer({ pageSize: 7 });
    const result = await loadLiveAdvisories([stdlib, comp('npm', 'ws', '8.17.0')], { osvApiUrl: s.url, http: quick });
    const expected = new Set(matchComponents([stdlib, comp('npm', 'ws', '8.17.0')], offline).matches.flatMap((m) => m.ids));
    expect(expected.size).toBeGreaterThan(30);
    expect(new Set([...result.db.all()].map((a) => a.id))).toEqual(expected);
    const batches = s.seen.filter((r) => r.url === '/v1/querybatch').map((r) => JSON.parse(r.body) as { queries: { page_token?: string }[] });
    expect(batches.length).toBeGreaterThan(4);
    // The follow-ups carry only the query that still has pages, with its token.
    for (const b of batches.slice(1)) {
      expect(b.queries).toHaveLength(1);
      expect(typeof b.queries[0]!.page_token).toBe('string');
    }
  });

  it('splits 2,500 queries into batches of at most 1,000, which the server would otherwise refuse', async () => {
    const s = await osvServer();
    const many = Array.from({ length: 2500 }, (_, i) => comp('PyPI', 'django', `1.${Math.floor(i / 10)}.${i % 10}`));
    // The test server matches 1,000 django versions in about 4 s on a busy machine: a timeout
    // here would retry a batch and count it twice, which is not what this test is about.
    const result = await loadLiveAdvisories(many, { osvApiUrl: s.url, http: { ...quick, timeoutMs: 60_000 } });
    expect(result.problems.filter((p) => p.level === 'error')).toEqual([]);
    const sizes = s.seen.filter((r) => r.url === '/v1/querybatch').map((r) => (JSON.parse(r.body) as { queries: unknown[] }).queries.length);
    expect(sizes).toEqual([1000, 1000, 500]);
    expect(result.added).toBeGreaterThan(10);
    // The limit is the service's: one more query is a 400.
    const over = await fetch(`${s.url}/v1/querybatch`, {
      method: 'POST',
      body: JSON.stringify({ queries: Array.from({ length: OSV_MAX_BATCH + 1 }, () => ({ package: { name: 'x', ecosystem: 'npm' }, version: '1.0.0' })) }),
    });
    expect(over.status).toBe(400);
  });

  it('isolates the one query a 400 refuses, and the rest of the batch still gets answers', async () => {
    const s = await osvServer({
      intercept: (req, res, body) => {
        if (req.url === '/v1/querybatch' && body.includes('"version":"not a version"')) {
          sendJson(res, 400, { code: 3, message: 'Invalid version.' });
          return true;
        }
        return false;
      },
    });
    const comps = [...REAL, comp('npm', 'left-pad', 'not a version')];
    const result = await loadLiveAdvisories(comps, { osvApiUrl: s.url, http: quick, onSourceError: 'warn' });
    expect(new Set([...result.db.all()].map((a) => a.id))).toEqual(new Set(matchComponents(REAL, offline).matches.flatMap((m) => m.ids)));
    const failed = result.problems.filter((p) => p.level === 'warning');
    expect(failed).toHaveLength(1);
    expect(failed[0]!.message).toContain('1 request(s) got no answer');
    expect(failed[0]!.message).toContain('npm left-pad@not a version');
    expect(failed[0]!.message).toContain('Invalid version.');
  });

  it('waits out a 429 with Retry-After and completes', async () => {
    let limited = false;
    const s = await osvServer({
      intercept: (req, res) => {
        if (req.url === '/v1/querybatch' && !limited) {
          limited = true;
          sendJson(res, 429, { code: 8, message: 'Quota exceeded.' }, { 'retry-after': '1' });
          return true;
        }
        return false;
      },
    });
    const result = await loadLiveAdvisories(REAL, { osvApiUrl: s.url, http: quick });
    expect(result.problems.filter((p) => p.level !== 'notice')).toEqual([]);
    expect(result.added).toBeGreaterThan(5);
    expect(s.seen.filter((r) => r.url === '/v1/querybatch')).toHaveLength(2);
  });

  it('reuses cached records whose modified time querybatch confirms, re-asking only the queries', async () => {
    const s = await osvServer();
    const dir = tempDir();
    const at = { now: Date.parse('2026-11-24T08:00:00Z') };
    const ctx = (): LiveContext => LiveContext.create({ onSourceError: 'fail', cacheDir: dir, clock: () => at.now, http: new HttpClient(quick) });
    const first = await queryOsvApi(REAL, ctx(), { baseUrl: s.url });
    const gets = s.seen.filter((r) => r.url.startsWith('/v1/vulns/')).length;
    expect(gets).toBe(first.records.size);
    // Within the hour: nothing is asked at all.
    s.seen.length = 0;
    const second = await queryOsvApi(REAL, ctx(), { baseUrl: s.url });
    expect(s.seen).toEqual([]);
    expect([...second.records.keys()].sort()).toEqual([...first.records.keys()].sort());
    // Ten days later: the queries are asked again, the unchanged records are not downloaded
    // again, and records the API just confirmed are not "stale" however old the cache file is.
    at.now += 10 * 24 * 3_600_000;
    s.seen.length = 0;
    const third = await queryOsvApi(REAL, ctx(), { baseUrl: s.url });
    expect(s.seen.map((r) => r.url)).toEqual(['/v1/querybatch']);
    expect(third.records.size).toBe(first.records.size);
    expect(third.problems).toEqual([]);
  });

  it('answers from the cache when the API is down the next day (a warning), and past 5 days under fail (an error)', async () => {
    const s = await osvServer();
    const dir = tempDir();
    const at = { now: Date.parse('2026-11-24T08:00:00Z') };
    const ctx = (policy: 'fail' | 'warn'): LiveContext =>
      LiveContext.create({ onSourceError: policy, cacheDir: dir, clock: () => at.now, http: new HttpClient({ ...quick, retries: 0 }) });
    const first = await queryOsvApi(REAL, ctx('fail'), { baseUrl: s.url });
    const url = s.url;
    await s.close();
    servers.splice(0);
    at.now += 24 * 3_600_000;
    const nextDay = await queryOsvApi(REAL, ctx('fail'), { baseUrl: url });
    expect([...nextDay.records.keys()].sort()).toEqual([...first.records.keys()].sort());
    expect(nextDay.problems).toHaveLength(1);
    expect(nextDay.problems[0]).toMatchObject({ level: 'warning' });
    expect(nextDay.problems[0]!.message).toContain(`${REAL.length} request(s) failed and were answered from the cache`);
    at.now += 5 * 24 * 3_600_000;
    for (const [policy, level] of [['fail', 'error'], ['warn', 'warning']] as const) {
      const late = await queryOsvApi(REAL, ctx(policy), { baseUrl: url });
      expect(late.records.size).toBe(first.records.size);
      const stale = late.problems.filter((p) => p.message.includes('older than the 5-day limit'));
      expect(stale).toHaveLength(1);
      expect(stale[0]!.level).toBe(level);
    }
  });

  for (const [policy, level] of [['fail', 'error'], ['warn', 'warning']] as const) {
    it(`reports an API that is down as ${level} under on-source-error=${policy}, with no records and no silent pass`, async () => {
      const s = await osvServer();
      const url = s.url;
      await s.close();
      servers.splice(0);
      const result = await loadLiveAdvisories(REAL, { osvApiUrl: url, onSourceError: policy, http: { ...quick, retries: 1 } });
      expect(result.added).toBe(0);
      expect(result.sources).toEqual([]);
      expect(result.problems).toHaveLength(1);
      expect(result.problems[0]).toMatchObject({ level, origin: 'advise/osv-api' });
      expect(result.problems[0]!.message).toContain(`OSV API ${url}`);
      expect(result.problems[0]!.message).toContain(`${REAL.length} request(s) got no answer`);
      expect(result.problems[0]!.message).toContain('ECONNREFUSED');
    });
  }

  it('gives up on a hanging API after the timeout instead of waiting on every request', async () => {
    const hang = await startServer(() => undefined);
    servers.push(hang);
    const started = Date.now();
    const many = Array.from({ length: 2500 }, (_, i) => comp('npm', `pkg-${i}`, '1.0.0'));
    const result = await loadLiveAdvisories(many, { osvApiUrl: hang.url, onSourceError: 'warn', timeoutMs: 200, http: { ...quick, retries: 1 } });
    // Three batches would be 3 x 2 attempts x 200 ms; after the first batch the host is treated as down.
    expect(hang.seen.length).toBe(2);
    expect(Date.now() - started).toBeLessThan(3000);
    expect(result.problems[0]!.message).toContain('no complete answer within 200 ms');
    expect(result.problems[0]!.message).toContain('2500 request(s) got no answer');
  });

  it('names the URL of a record whose JSON is cut short, and keeps the other records', async () => {
    const victim = 'GHSA-3h5v-q93c-6h6q';
    const s = await osvServer({
      intercept: (req, res) => {
        if (req.url === `/v1/vulns/${victim}`) {
          sendJson(res, 200, store.raw.get(victim)!.slice(0, 300));
          return true;
        }
        return false;
      },
    });
    const result = await loadLiveAdvisories(REAL, { osvApiUrl: s.url, http: quick });
    const errors = result.problems.filter((p) => p.level === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toContain(`${s.url}/v1/vulns/${victim}: invalid JSON at line`);
    expect(result.db.get(victim)).toBeUndefined();
    expect(result.added).toBe(matchComponents(REAL, offline).matches.flatMap((m) => m.ids).length - 1);
  });

  it('refuses an answer of the wrong shape with the URL, rather than reading it as "no vulnerabilities"', async () => {
    const s = await osvServer({
      intercept: (req, res) => {
        if (req.url !== '/v1/querybatch') return false;
        sendJson(res, 200, { results: [] });
        return true;
      },
    });
    const result = await loadLiveAdvisories(REAL, { osvApiUrl: s.url, http: quick });
    expect(result.problems[0]).toMatchObject({ level: 'error' });
    expect(result.problems[0]!.message).toContain(`${s.url}/v1/querybatch: ${REAL.length} queries sent but 0 results returned`);
  });

  it('does not ask about path, git or workspace packages, nor image components', async () => {
    const s = await osvServer();
    const local = { ...comp('npm', 'my-lib', '1.0.0'), source: 'workspace' as const };
    const image = comp('image', 'nginx', '1.25');
    await loadLiveAdvisories([local, image, comp('npm', 'ws', '8.17.0')], { osvApiUrl: s.url, http: quick });
    const body = JSON.parse(s.seen[0]!.body) as { queries: { package: { name: string } }[] };
    expect(body.queries.map((q) => q.package.name)).toEqual(['ws']);
  });

  it('reads informational RustSec records served by the API as the offline loader does (unmaintained kept as such)', async () => {
    let text = '';
    await readZipText(trimmed('osv/crates.io/all.zip'), (n) => n === 'RUSTSEC-2016-0004.json', (e) => (text = e.text));
    const db = new AdvisoryDb();
    const { added, problems } = addApiRecords(new Map([['RUSTSEC-2016-0004', JSON.parse(text) as Record<string, unknown>]]), db, 'http://x');
    // RUSTSEC-2016-0004 (libusb) is informational: unmaintained.
    expect(added).toBe(1);
    expect(db.get('RUSTSEC-2016-0004')!.kind).toBe('unmaintained');
    expect(problems).toEqual([]);
  });
});
