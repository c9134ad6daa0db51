import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LiveCache } from '../../src/advise/live/cache.js';
import { LiveContext } from '../../src/advise/live/context.js';
import type { CachedRequest, FailurePolicy } from '../../src/advise/live/context.js';
import { HttpError } from '../../src/advise/live/http.js';

// The cache folder and the rules around it: fresh entries skip the network, a failed request
// falls back to the cache, a cache older than the source's limit is an error or a warning as the
// policy says, and a request with neither is reported, never passed over.

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
const tempDir = (): string => {
  const d = mkdtempSync(join(tmpdir(), 'pw-cache-'));
  dirs.push(d);
  return d;
};

const DAY = 86_400_000;
const T0 = Date.parse('2026-11-01T00:00:00Z');

function context(dir: string | undefined, at: { now: number }, policy: FailurePolicy = 'fail', offline = false): LiveContext {
  return LiveContext.create({ onSourceError: policy, offline, clock: () => at.now, ...(dir ? { cacheDir: dir } : {}) });
}

const isString = (v: unknown): v is string => typeof v === 'string';
function request(value: string | Error, calls: { n: number }): CachedRequest<string> {
  return {
    source: 'kev',
    key: 'catalog',
    label: 'KEV catalogue',
    check: isString,
    fetch: async () => {
      calls.n++;
      if (value instanceof Error) throw value;
      return value;
    },
  };
}
const down = new HttpError('https://kev.invalid/feed.json', 'network', 'GET https://kev.invalid/feed.json: fetch failed (ECONNREFUSED)');

describe('LiveCache', () => {
  it('round-trips an entry with its fetch time and keeps one file per (source, key)', async () => {
    const dir = tempDir();
    const cache = new LiveCache(dir);
    await cache.put('osv-api', 'vuln\u0000GHSA-xxxx', { fetched: '2026-11-01T00:00:00.000Z', value: { id: 'GHSA-xxxx' } });
    const got = await cache.get('osv-api', 'vuln\u0000GHSA-xxxx', (v): v is { id: string } => typeof v === 'object' && v !== null);
    expect(got).toEqual({ fetched: '2026-11-01T00:00:00.000Z', value: { id: 'GHSA-xxxx' } });
    expect(await cache.get('osv-api', 'vuln\u0000GHSA-yyyy', (_v): _v is unknown => true)).toBeUndefined();
    expect(readdirSync(join(dir, 'v1', 'osv-api'))).toHaveLength(1);
  });

  it('treats a corrupt or foreign entry as a miss and lists it', async () => {
    const dir = tempDir();
    const cache = new LiveCache(dir);
    await cache.put('kev', 'catalog', { fetched: '2026-11-01T00:00:00.000Z', value: 'text' });
    const [sub] = readdirSync(join(dir, 'v1', 'kev'));
    const [file] = readdirSync(join(dir, 'v1', 'kev', sub!));
    writeFileSync(join(dir, 'v1', 'kev', sub!, file!), '{"layout":"v1","source":"kev","key":"catal');
    expect(await cache.get('kev', 'catalog', isString)).toBeUndefined();
    expect(cache.corrupt).toHaveLength(1);
    // A value of the wrong shape (an older layout, a hand edit) is not trusted either.
    await cache.put('kev', 'catalog', { fetched: '2026-11-01T00:00:00.000Z', value: 42 });
    expect(await cache.get('kev', 'catalog', isString)).toBeUndefined();
  });

  it('reports an unwritable folder once and goes on without caching', async () => {
    // A folder below a plain file cannot be created, even by root (who ignores permission bits).
    const file = join(tempDir(), 'not-a-folder');
    writeFileSync(file, '');
    const ctx = context(join(file, 'cache'), { now: T0 });
    const calls = { n: 0 };
    expect((await ctx.cached(request('a', calls))).value).toBe('a');
    expect((await ctx.cached({ ...request('b', calls), key: 'other' })).value).toBe('b');
    const problems = ctx.cacheProblems('advise/cache');
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toContain('not writable');
    expect(ctx.cacheProblems('advise/cache')).toHaveLength(0);
  });
});

describe('LiveContext.cached', () => {
  it('answers from a fresh entry without the network, and asks again once it is not fresh', async () => {
    const dir = tempDir();
    const at = { now: T0 };
    const calls = { n: 0 };
    expect(await context(dir, at).cached(request('v1', calls))).toMatchObject({ value: 'v1', from: 'network' });
    at.now = T0 + 3_600_000; // KEV entries are fresh for 12 hours
    expect(await context(dir, at).cached(request('v2', calls))).toMatchObject({ value: 'v1', from: 'cache' });
    expect(calls.n).toBe(1);
    at.now = T0 + 13 * 3_600_000;
    expect(await context(dir, at).cached(request('v2', calls))).toMatchObject({ value: 'v2', from: 'network' });
    expect(calls.n).toBe(2);
  });

  it('falls back to the cached entry when the source is down, with a warning naming the failure', async () => {
    const dir = tempDir();
    const at = { now: T0 };
    await context(dir, at).cached(request('old', { n: 0 }));
    at.now = T0 + 2 * DAY;
    const ctx = context(dir, at);
    const got = await ctx.cached(request(down, { n: 0 }));
    expect(got).toMatchObject({ value: 'old', from: 'fallback', fetched: new Date(T0).toISOString() });
    const problems = ctx.problems('kev', 'advise/kev', 'KEV feed', 'no KEV');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ level: 'warning' });
    expect(problems[0]!.message).toContain('ECONNREFUSED');
    expect(problems[0]!.message).toContain('2026-11-01T00:00:00.000Z');
  });

  it('makes a cache older than the staleness limit an error under fail and a warning under warn', async () => {
    const dir = tempDir();
    const at = { now: T0 };
    await context(dir, at).cached(request('old', { n: 0 }));
    at.now = T0 + 6 * DAY; // KEV's limit is 5 days
    for (const [policy, level] of [['fail', 'error'], ['warn', 'warning']] as const) {
      const ctx = context(dir, at, policy);
      expect((await ctx.cached(request(down, { n: 0 }))).value).toBe('old');
      const stale = ctx.problems('kev', 'advise/kev', 'KEV feed', 'no KEV').filter((p) => p.message.includes('older than'));
      expect(stale).toHaveLength(1);
      expect(stale[0]!.level).toBe(level);
      expect(stale[0]!.message).toContain('5-day limit');
      expect(stale[0]!.message).toContain('6 days ago');
    }
  });

  it('reports a source that is down with no cache under each policy, and never invents data', async () => {
    for (const [policy, level] of [['fail', 'error'], ['warn', 'warning']] as const) {
      const ctx = context(undefined, { now: T0 }, policy);
      const got = await ctx.cached(request(down, { n: 0 }));
      expect(got.value).toBeUndefined();
      expect(got.error).toContain('ECONNREFUSED');
      const problems = ctx.problems('kev', 'advise/kev', 'KEV feed', 'so nothing was checked against KEV');
      expect(problems).toEqual([
        expect.objectContaining({ level, origin: 'advise/kev', message: expect.stringContaining('so nothing was checked against KEV') }),
      ]);
      // Reported once: the log is drained.
      expect(ctx.problems('kev', 'advise/kev', 'KEV feed', '')).toEqual([]);
    }
  });

  it('offline: answers from the cache whatever its freshness, and reports what it does not hold', async () => {
    const dir = tempDir();
    const at = { now: T0 };
    await context(dir, at).cached(request('cached', { n: 0 }));
    at.now = T0 + 1 * DAY;
    const calls = { n: 0 };
    const ctx = context(dir, at, 'fail', true);
    expect(await ctx.cached(request('net', calls))).toMatchObject({ value: 'cached', from: 'cache' });
    const missing = await ctx.cached({ ...request('net', calls), key: 'absent' });
    expect(missing.error).toContain('offline');
    expect(calls.n).toBe(0);
    expect(ctx.problems('kev', 'advise/kev', 'KEV feed', 'x')[0]!.level).toBe('error');
  });

  it('stops asking a host that failed three times in a row, and says why', async () => {
    const ctx = context(undefined, { now: T0 }, 'warn');
    const calls = { n: 0 };
    for (let i = 0; i < 6; i++) await ctx.cached({ ...request(down, calls), key: `k${i}` }, 'https://kev.invalid/feed.json');
    expect(calls.n).toBe(3);
    const [p] = ctx.problems('kev', 'advise/kev', 'KEV feed', 'x');
    expect(p!.message).toContain('6 request(s) got no answer');
    expect(p!.message).toContain('skipped, the server failed earlier requests');
  });

  it('keeps asking a host whose failures are interrupted by successes', async () => {
    const ctx = context(undefined, { now: T0 }, 'warn');
    const calls = { n: 0 };
    const url = 'https://kev.invalid/feed.json';
    for (let i = 0; i < 8; i++) {
      const outcome = i % 3 === 2 ? 'ok' : down;
      await ctx.cached({ ...request(outcome, calls), key: `k${i}` }, url);
    }
    expect(calls.n).toBe(8);
    expect(ctx.downReason(url)).toBeUndefined();
  });
});
