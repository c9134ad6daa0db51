import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { LiveSession } from '../../src/advise/live/index.js';
import { parseProductMarkdown } from '../../src/advise/runtime/endoflife.js';
import type { ReleaseCycle } from '../../src/advise/runtime/types.js';
import { isRecord } from '../../src/parse/json.js';
import { routes, sendJson, startServer } from '../helpers/live-servers.js';
import type { TestServer } from '../helpers/live-servers.js';
import { trimmed } from '../helpers/corpus.js';

// endoflife.date's API, served from the real product pages of test/corpus/endoflife: the
// server turns each page's release list into the API v1 answer and the older /api/NAME.json
// list, the shapes the live site serves; the client must read back what the page says.

const quick = { backoffBaseMs: 5, backoffMaxMs: 20, timeoutMs: 3_000, retries: 1 };
const page = (product: string): string => readFileSync(trimmed('endoflife', 'endoflife.date', 'products', `${product}.md`), 'utf8');

function releasesOf(product: string): Record<string, unknown>[] {
  const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(page(product))![1]!;
  // Failsafe keeps `releaseCycle: 1.10` the string it is on the page.
  const fm = parse(front, { schema: 'failsafe' }) as { releases: Record<string, unknown>[] };
  return fm.releases.filter(isRecord);
}
const eol = (v: unknown): { isEol?: boolean; eolFrom?: string } =>
  v === 'true' || v === 'false' ? { isEol: v === 'true' } : { eolFrom: String(v) };

function v1Answer(product: string): unknown {
  const releases = releasesOf(product).map((r) => ({
    name: r.releaseCycle,
    ...(r.codename !== undefined ? { codename: r.codename } : {}),
    releaseDate: r.releaseDate,
    ...eol(r.eol),
    ...(r.latest !== undefined ? { latest: { name: r.latest, date: r.latestReleaseDate ?? null } } : {}),
  }));
  return { schema_version: '1.2.0', generated_at: '2026-08-22T00:00:00+00:00', result: { name: product, label: product, releases } };
}

function legacyAnswer(product: string): unknown {
  return releasesOf(product).map((r) => ({
    cycle: r.releaseCycle,
    releaseDate: r.releaseDate,
    eol: r.eol === 'true' ? true : r.eol === 'false' ? false : r.eol,
    latest: r.latest,
    latestReleaseDate: r.latestReleaseDate,
  }));
}

const servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

const cyclesOf = (cycles: readonly ReleaseCycle[]): unknown[] =>
  cycles.map((c) => ({ cycle: c.cycle, eol: c.eol, releaseDate: c.releaseDate, latest: c.latest, latestReleaseDate: c.latestReleaseDate }));

describe('endoflife.date API', () => {
  it('reads API v1 products as the runtime stage reads the product pages', async () => {
    const s = await startServer(
      routes({
        '/api/v1/products/nginx': { body: v1Answer('nginx') },
        '/api/v1/products/postgresql': { body: v1Answer('postgresql') },
      }),
    );
    servers.push(s);
    const got = await new LiveSession({ endoflifeUrl: s.url, http: quick }).endoflife(['postgresql', 'nginx']);
    expect(got.problems).toEqual([]);
    expect(got.products.map((p) => p.product)).toEqual(['nginx', 'postgresql']);
    for (const p of got.products) {
      const offline = parseProductMarkdown(page(p.product), p.product, 'page').products[0]!;
      expect(cyclesOf(p.cycles)).toEqual(cyclesOf(offline.cycles));
    }
    expect(got.products[0]!.cycles.find((c) => c.cycle === '1.29')).toMatchObject({ eol: '2026-05-13', latest: '1.29.8' });
    expect(got.sources).toEqual([expect.objectContaining({ kind: 'endoflife-api', path: s.url, records: 2 })]);
  });

  it('falls back to the older /api/NAME.json where v1 is not there', async () => {
    const s = await startServer(routes({ '/api/redis.json': { body: legacyAnswer('redis') } }));
    servers.push(s);
    const got = await new LiveSession({ endoflifeUrl: s.url, http: quick }).endoflife(['redis']);
    expect(got.problems).toEqual([]);
    const offline = parseProductMarkdown(page('redis'), 'redis', 'page').products[0]!;
    expect(cyclesOf(got.products[0]!.cycles)).toEqual(cyclesOf(offline.cycles));
    expect(s.seen.map((r) => r.url)).toEqual(['/api/v1/products/redis', '/api/redis.json']);
  });

  it('says which products the site does not know (minio is in neither endoflife.date repository)', async () => {
    const s = await startServer(routes({ '/api/v1/products/nginx': { body: v1Answer('nginx') } }));
    servers.push(s);
    const got = await new LiveSession({ endoflifeUrl: s.url, http: quick }).endoflife(['nginx', 'minio']);
    expect(got.products.map((p) => p.product)).toEqual(['nginx']);
    expect(got.problems).toEqual([expect.objectContaining({ level: 'warning', message: expect.stringContaining('knows no product minio') })]);
  });

  it('reports a server error on both endpoints under the failure policy', async () => {
    const s = await startServer((_req, res) => sendJson(res, 502, { error: 'bad gateway' }));
    servers.push(s);
    const got = await new LiveSession({ endoflifeUrl: s.url, http: quick, onSourceError: 'fail' }).endoflife(['nginx']);
    expect(got.products).toEqual([]);
    expect(got.problems).toEqual([expect.objectContaining({ level: 'error', origin: 'advise/endoflife', message: expect.stringContaining('HTTP 502') })]);
  });
});
