import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parseEpss } from '../../src/enrich/epss.js';
import { loadKev } from '../../src/enrich/kev.js';
import type { KevLoadResult } from '../../src/enrich/kev.js';
import { epssChunks, MAX_EPSS_URL_LENGTH } from '../../src/enrich/epss-feed.js';
import { LiveSession } from '../../src/advise/live/index.js';
import { liveEpss, liveKev } from '../../src/enrich/live.js';
import type { LiveOptions } from '../../src/advise/live/index.js';
import { sendJson, startServer } from '../helpers/live-servers.js';
import type { TestServer } from '../helpers/live-servers.js';
import { trimmed } from '../helpers/corpus.js';

// CISA's KEV feed (the real catalogue, served whole) and FIRST's EPSS API and CSV.

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '__fixtures__');
const KEV_FILE = trimmed('kev', 'known_exploited_vulnerabilities.json');
const EPSS_CSV = readFileSync(join(FIXTURES, 'epss-sample.csv'), 'utf8');
const quick = { backoffBaseMs: 5, backoffMaxMs: 20, timeoutMs: 3_000, retries: 1 };

let offlineKev: KevLoadResult;
beforeAll(async () => {
  offlineKev = await loadKev(KEV_FILE);
});

const servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});
async function serve(handler: Parameters<typeof startServer>[0]): Promise<TestServer> {
  const s = await startServer(handler);
  servers.push(s);
  return s;
}
async function downUrl(): Promise<string> {
  const s = await startServer(() => undefined);
  await s.close();
  return s.url;
}

/** FIRST's EPSS API: `?cve=` list (URLs over 2,000 characters refused), pages of `limit` rows with `offset`. */
function epssApi(pageLimit = 100): Parameters<typeof startServer>[0] {
  const rows = parseEpss(EPSS_CSV, 'fixture').scores;
  return (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (url.pathname !== '/data/v1/epss') return sendJson(res, 404, { status: 'error' });
    if ((req.url ?? '').length + 'http://127.0.0.1:65535'.length > MAX_EPSS_URL_LENGTH) return sendJson(res, 414, { status: 'URI too long' });
    const cves = (url.searchParams.get('cve') ?? '').split(',').filter(Boolean);
    const offset = Number(url.searchParams.get('offset') ?? 0);
    const hits = cves.filter((c) => rows.has(c)).map((c) => ({ cve: c, epss: rows.get(c)!.score.toFixed(9), percentile: rows.get(c)!.percentile!.toFixed(9), date: '2026-11-23' }));
    sendJson(res, 200, { status: 'OK', 'status-code': 200, version: '1.0', access: 'public', total: hits.length, offset, limit: pageLimit, data: hits.slice(offset, offset + pageLimit) });
  };
}

describe('KEV feed', () => {
  it('gives the same catalogue as the offline file, from the real feed served over HTTP', async () => {
    const s = await serve((_req, res) => sendJson(res, 200, readFileSync(KEV_FILE, 'utf8')));
    const url = `${s.url}/sites/default/files/feeds/known_exploited_vulnerabilities.json`;
    const got = await liveKev(new LiveSession({ kevUrl: url, http: quick }));
    expect(got.problems).toEqual([]);
    expect(got.kev!.catalog.size).toBe(offlineKev.catalog.size);
    expect(got.kev!.catalog.size).toBe(6);
    expect(got.kev!.catalog.get('CVE-2021-44228')).toEqual(offlineKev.catalog.get('CVE-2021-44228'));
    expect(got.kev!.catalogVersion).toBe('2026.08.21');
    expect(got.sources).toEqual([expect.objectContaining({ kind: 'kev', path: url, records: 6 })]);
  });

  it('names the URL and position of a feed cut short, and does not cache it', async () => {
    const cut = readFileSync(KEV_FILE, 'utf8').slice(0, 2000);
    const s = await serve((_req, res) => sendJson(res, 200, cut));
    const got = await liveKev(new LiveSession({ kevUrl: `${s.url}/kev.json`, http: quick }));
    expect(got.kev).toBeUndefined();
    expect(got.problems).toHaveLength(1);
    expect(got.problems[0]!.level).toBe('error');
    expect(got.problems[0]!.message).toMatch(new RegExp(`${s.url}/kev.json: invalid JSON at line \\d+, column \\d+ of ${Buffer.byteLength(cut)} bytes`));
  });

  it('refuses a JSON answer that is not a catalogue (an error page served with 200)', async () => {
    const s = await serve((_req, res) => sendJson(res, 200, { message: 'Access Denied' }));
    const got = await liveKev(new LiveSession({ kevUrl: `${s.url}/kev.json`, http: quick, onSourceError: 'warn' }));
    expect(got.kev).toBeUndefined();
    expect(got.problems[0]).toMatchObject({ level: 'warning' });
    expect(got.problems[0]!.message).toContain('expected a KEV catalogue');
  });

  for (const [policy, level] of [['fail', 'error'], ['warn', 'warning']] as const) {
    it(`reports a feed that is down as ${level} under on-source-error=${policy}`, async () => {
      const url = `${await downUrl()}/kev.json`;
      const got = await liveKev(new LiveSession({ kevUrl: url, http: quick, onSourceError: policy }));
      expect(got.kev).toBeUndefined();
      expect(got.sources).toEqual([]);
      expect(got.problems).toEqual([expect.objectContaining({ level, origin: 'advise/kev', message: expect.stringContaining('KEV catalogue') })]);
    });
  }
});

describe('EPSS', () => {
  it('keeps each API URL under 2,000 characters and 100 CVEs', () => {
    const cves = [...offlineKev.catalog.keys()];
    const base = 'https://api.first.org/data/v1/epss';
    const chunks = epssChunks(base, cves);
    expect(chunks.flat()).toEqual(cves);
    for (const c of chunks) {
      expect(`${base}?cve=${c.join(',')}`.length).toBeLessThan(MAX_EPSS_URL_LENGTH);
      expect(c.length).toBeLessThanOrEqual(100);
    }
    // Long URLs bind before the count does.
    const tight = epssChunks(`${base}/${'x'.repeat(900)}`, cves);
    expect(tight[0]!.length).toBeLessThan(100);
    expect(`${base}/${'x'.repeat(900)}?cve=${tight[0]!.join(',')}`.length).toBeLessThan(MAX_EPSS_URL_LENGTH);
  });

  it('asks the API for every CVE of the KEV catalogue in short URLs and keeps the scores it has', async () => {
    const s = await serve(epssApi());
    const cves = [...offlineKev.catalog.keys(), 'CVE-2024-37890', 'not-a-cve'];
    const got = await liveEpss(new LiveSession({ epssUrl: `${s.url}/data/v1/epss`, http: quick }), cves);
    expect(got.problems).toEqual([]);
    expect(s.seen.every((r) => r.url.length + s.url.length < MAX_EPSS_URL_LENGTH)).toBe(true);
    expect(s.seen.length).toBe(epssChunks(`${s.url}/data/v1/epss`, [...new Set(cves.slice(0, -1))].sort()).length);
    const fixture = parseEpss(EPSS_CSV, 'fixture').scores;
    expect(got.epss!.scores.get('CVE-2021-44228')).toEqual(fixture.get('CVE-2021-44228'));
    expect(got.epss!.scores.get('CVE-2024-37890')).toEqual(fixture.get('CVE-2024-37890'));
    expect(got.epss!.scoreDate).toBe('2026-11-23');
    expect(got.sources).toEqual([expect.objectContaining({ kind: 'epss-api', records: got.epss!.scores.size })]);
  });

  it('follows offset when the API pages a chunk', async () => {
    const s = await serve(epssApi(3));
    const cves = ['CVE-2021-44228', 'CVE-2022-22965', 'CVE-2024-37890', 'CVE-2021-23337', 'CVE-2023-26136', 'CVE-2024-39338', 'CVE-2024-4068'];
    const got = await liveEpss(new LiveSession({ epssUrl: `${s.url}/data/v1/epss`, http: quick }), cves);
    expect(got.epss!.scores.size).toBe(7);
    expect(s.seen.map((r) => new URL(r.url, 'http://x').searchParams.get('offset'))).toEqual([null, '3', '6']);
  });

  it('reads the daily CSV (gzip) with the offline parser when a CSV URL is given', async () => {
    const gz = gzipSync(EPSS_CSV);
    const s = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/gzip', 'content-length': String(gz.length) });
      res.end(gz);
    });
    const got = await liveEpss(new LiveSession({ epssCsvUrl: `${s.url}/epss_scores-current.csv.gz`, http: quick }), []);
    expect(got.problems).toEqual([]);
    expect(got.epss!.scores).toEqual(parseEpss(EPSS_CSV, 'x').scores);
    expect(got.epss!.modelVersion).toBe('v2025.03.14');
  });

  for (const [policy, level] of [['fail', 'error'], ['warn', 'warning']] as const) {
    it(`reports an EPSS API that is down as ${level} under on-source-error=${policy}`, async () => {
      const url = `${await downUrl()}/data/v1/epss`;
      const opts: LiveOptions = { epssUrl: url, http: quick, onSourceError: policy };
      const got = await liveEpss(new LiveSession(opts), ['CVE-2021-44228', 'CVE-2024-37890']);
      expect(got.epss).toBeUndefined();
      expect(got.problems).toEqual([expect.objectContaining({ level, origin: 'advise/epss', message: expect.stringContaining('2 request(s) got no answer') })]);
    });
  }

  it('asks nothing for a source switched off', async () => {
    const s = await serve(epssApi());
    const got = await liveEpss(new LiveSession({ epssUrl: `${s.url}/data/v1/epss`, disabled: ['epss', 'kev'] }), ['CVE-2021-44228']);
    expect(got).toEqual({ sources: [], problems: [] });
    expect(s.seen).toEqual([]);
  });
});
