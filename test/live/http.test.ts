import { afterEach, describe, expect, it } from 'vitest';
import { HttpClient, HttpError, backoffDelay, mapLimit, parseRetryAfter } from '../../src/advise/live/http.js';
import { sendJson, startServer } from '../helpers/live-servers.js';
import type { TestServer } from '../helpers/live-servers.js';

// The fetch wrapper against real sockets: each failure mode of a public API, one server each.

const servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});
const serve = async (...args: Parameters<typeof startServer>): Promise<TestServer> => {
  const s = await startServer(...args);
  servers.push(s);
  return s;
};
const fast = (extra: Partial<ConstructorParameters<typeof HttpClient>[0]> = {}): HttpClient =>
  new HttpClient({ backoffBaseMs: 5, backoffMaxMs: 20, timeoutMs: 2_000, retries: 3, ...extra });

async function failure(p: Promise<unknown>): Promise<HttpError> {
  try {
    await p;
  } catch (err) {
    if (err instanceof HttpError) return err;
    throw err;
  }
  throw new Error('expected an HttpError');
}

describe('HttpClient', () => {
  it('waits as long as a 429 says in Retry-After, then succeeds', async () => {
    let calls = 0;
    const s = await serve((_req, res) => {
      calls++;
      if (calls === 1) return sendJson(res, 429, { message: 'slow down' }, { 'retry-after': '1' });
      sendJson(res, 200, { ok: true });
    });
    const started = Date.now();
    const { value, response } = await fast().json({ url: `${s.url}/x` });
    expect(value).toEqual({ ok: true });
    expect(response.attempts).toBe(2);
    // Backoff alone would be at most 20 ms here: the wait is the server's.
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
  });

  it('retries 5xx with backoff and gives up after the configured attempts, naming the status', async () => {
    const s = await serve((_req, res) => sendJson(res, 503, { error: 'maintenance' }));
    const err = await failure(fast({ retries: 2 }).json({ url: `${s.url}/down` }));
    expect(s.seen).toHaveLength(3);
    expect(err.kind).toBe('status');
    expect(err.status).toBe(503);
    expect(err.message).toContain(`${s.url}/down`);
    expect(err.message).toContain('gave up after 3 attempts');
  });

  it('does not retry a 4xx other than 408/429', async () => {
    const s = await serve((_req, res) => sendJson(res, 400, { code: 3, message: 'Too many queries.' }));
    const err = await failure(fast().json({ url: `${s.url}/q`, json: {} }));
    expect(s.seen).toHaveLength(1);
    expect(err.message).toContain('HTTP 400');
    expect(err.message).toContain('Too many queries.');
  });

  it('refuses a Retry-After longer than it is willing to wait, at once', async () => {
    const s = await serve((_req, res) => sendJson(res, 429, {}, { 'retry-after': '3600' }));
    const started = Date.now();
    const err = await failure(fast({ maxRetryAfterMs: 10_000 }).request({ url: s.url }));
    expect(err.kind).toBe('retry-after');
    expect(err.message).toContain('3600 s');
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('times out a server that accepts the request and never answers', async () => {
    const s = await serve(() => undefined);
    const started = Date.now();
    const err = await failure(fast({ timeoutMs: 150, retries: 1 }).request({ url: `${s.url}/hang` }));
    expect(err.kind).toBe('timeout');
    expect(err.message).toContain(`${s.url}/hang`);
    expect(s.seen).toHaveLength(2);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('times out a body that stalls halfway', async () => {
    const s = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '100' });
      res.write('{"results": [');
    });
    const err = await failure(fast({ timeoutMs: 150, retries: 0 }).json({ url: s.url }));
    expect(err.kind).toBe('timeout');
  });

  it('reports a transfer cut off before Content-Length as a network failure after retrying', async () => {
    const s = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '1000' });
      res.end('{"results": [{"vulns": [');
      res.socket?.destroy();
    });
    const err = await failure(fast({ retries: 1 }).json({ url: `${s.url}/cut` }));
    expect(err.kind).toBe('network');
    expect(err.message).toContain('body cut off');
    expect(err.message).toContain(`${s.url}/cut`);
    expect(s.seen).toHaveLength(2);
  });

  it('locates invalid JSON in a complete body: URL, line and column', async () => {
    const s = await serve((_req, res) => sendJson(res, 200, '{\n  "results": [\n    {"vulns": [}\n  ]\n}'));
    const err = await failure(fast().json({ url: `${s.url}/bad` }));
    expect(err.kind).toBe('invalid-json');
    expect(err.message).toMatch(new RegExp(`^${s.url}/bad: invalid JSON at line 3, column \\d+`));
  });

  it('stops reading past the byte cap, whether the length is declared or not', async () => {
    const declared = await serve((_req, res) => sendJson(res, 200, 'x'.repeat(5000)));
    const e1 = await failure(fast({ maxBytes: 1000 }).request({ url: declared.url }));
    expect(e1.kind).toBe('too-large');
    expect(e1.message).toContain('5000 bytes');
    const chunked = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      for (let i = 0; i < 10; i++) res.write('y'.repeat(500));
      res.end();
    });
    const e2 = await failure(fast({ maxBytes: 1000 }).request({ url: chunked.url }));
    expect(e2.kind).toBe('too-large');
    expect(chunked.seen).toHaveLength(1);
  });

  it('reports a refused connection as a network failure naming the URL', async () => {
    const s = await serve(() => undefined);
    const url = `${s.url}/gone`;
    await s.close();
    servers.splice(servers.indexOf(s), 1);
    const err = await failure(fast({ retries: 1 }).request({ url }));
    expect(err.kind).toBe('network');
    expect(err.message).toContain('ECONNREFUSED');
    expect(err.message).toContain(url);
  });

  it('returns accepted non-2xx answers (404: no such package) without retrying', async () => {
    const s = await serve((_req, res) => sendJson(res, 404, { error: 'Not found' }));
    const res = await fast().request({ url: s.url, accept: [404] });
    expect(res.status).toBe(404);
    expect(s.seen).toHaveLength(1);
  });

  it('keeps at most concurrencyPerHost requests in flight to one host', async () => {
    let inFlight = 0;
    let peak = 0;
    const s = await serve(async (_req, res) => {
      inFlight++;
      peak = Math.max(peak, inFlight);
      await new Promise((r) => setTimeout(r, 30));
      inFlight--;
      sendJson(res, 200, {});
    });
    const client = fast({ concurrencyPerHost: 3 });
    await Promise.all(Array.from({ length: 12 }, (_, i) => client.request({ url: `${s.url}/${i}` })));
    expect(s.seen).toHaveLength(12);
    expect(peak).toBe(3);
  });

  it('rejects a URL that is not http(s) without sending anything', async () => {
    const err = await failure(fast().request({ url: 'file:///etc/passwd' }));
    expect(err.kind).toBe('bad-url');
  });
});

describe('helpers', () => {
  it('parses Retry-After as seconds or as an HTTP date', () => {
    expect(parseRetryAfter('7', 0)).toBe(7000);
    const now = Date.parse('2026-11-24T10:00:00Z');
    expect(parseRetryAfter('Tue, 24 Nov 2026 10:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('Tue, 24 Nov 2026 09:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });

  it('backs off exponentially with full jitter, capped', () => {
    expect(backoffDelay(0, 500, 30_000, () => 0.999)).toBe(499);
    expect(backoffDelay(3, 500, 30_000, () => 0.5)).toBe(2000);
    expect(backoffDelay(10, 500, 30_000, () => 0.999)).toBe(29_970);
    expect(backoffDelay(10, 500, 30_000, () => 0)).toBe(0);
  });

  it('maps with a limit and keeps the input order', async () => {
    let active = 0;
    let peak = 0;
    const out = await mapLimit([5, 1, 4, 2, 3], 2, async (n) => {
      active++;
      peak = Math.max(peak, active);
      await new Promise((r) => setTimeout(r, n * 3));
      active--;
      return n * 10;
    });
    expect(out).toEqual([50, 10, 40, 20, 30]);
    expect(peak).toBe(2);
  });
});
