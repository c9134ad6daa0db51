import { chmodSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { shared } from '../../test/helpers/shared.js';
import { matchKey } from '../model/names.js';
import { makeZip } from './__fixtures__/make-zip.js';
import type { LoadedAdvisories } from './db.js';
import { loadOfflineAdvisories } from './osv-local.js';

const dir = mkdtempSync(join(tmpdir(), 'pw-osv-local-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const fresh = (): string => join(dir, `cache-${n++}`);

const BUNDLES = [shared('osv', 'Go', 'all.zip'), shared('osv', 'crates.io', 'all.zip'), shared('osv', 'github-reviewed-sample')];
// Packages the real Go, RustSec and GitHub records name, and one nobody names.
const INVENTORY: [string, string][] = [
  ['Go', 'golang.org/x/net'],
  ['Go', 'github.com/gin-gonic/gin'],
  ['crates.io', 'openssl'],
  ['crates.io', 'hyper'],
  ['npm', 'ws'],
  ['npm', 'Axios'],
  ['PyPI', 'nothing-names-this'],
];
const KEYS = new Set(INVENTORY.map(([e, name]) => matchKey(e, name)));

const view = (l: LoadedAdvisories): unknown => ({
  lookups: INVENTORY.map(([e, name]) => l.db.lookup(e, name).map((a) => `${a.id}@${a.modified ?? ''}`)),
  sources: l.sources,
  problems: l.problems,
});

describe('cached bundle indexes', () => {
  it('give the same lookups, sources and problems as a full read, cold and warm', async () => {
    const full = await loadOfflineAdvisories(BUNDLES);
    const cache = fresh();
    const cold = await loadOfflineAdvisories(BUNDLES, undefined, { keys: KEYS, cacheDir: cache });
    expect(readdirSync(cache).filter((f) => f.endsWith('.idx'))).toHaveLength(2);
    const warm = await loadOfflineAdvisories(BUNDLES, undefined, { keys: KEYS, cacheDir: cache });
    expect(view(cold)).toEqual(view(full));
    expect(view(warm)).toEqual(view(full));
    // The warm run parsed only what the inventory names.
    expect(warm.db.size).toBeLessThan(full.db.size / 20);
    expect(warm.db.lookup('Go', 'golang.org/x/net').length).toBeGreaterThan(10);
  });

  it('keeps the same-id rule exact: a later record of an id that no longer names the package wins', async () => {
    const rec = (modified: string, name: string): string =>
      JSON.stringify({ id: 'GHSA-xxxx-yyyy-zzzz', modified, affected: [{ package: { ecosystem: 'npm', name }, ranges: [{ type: 'SEMVER', events: [{ introduced: '0' }, { fixed: '2.0.0' }] }] }] });
    const older = join(dir, 'older.zip');
    const newer = join(dir, 'newer.zip');
    writeFileSync(older, makeZip([{ name: 'GHSA-xxxx-yyyy-zzzz.json', data: rec('2024-01-01T00:00:00Z', 'left-pad') }]));
    writeFileSync(newer, makeZip([{ name: 'GHSA-xxxx-yyyy-zzzz.json', data: rec('2025-01-01T00:00:00Z', 'right-pad') }]));
    const keys = new Set([matchKey('npm', 'left-pad')]);
    const cache = fresh();
    for (let i = 0; i < 2; i++) {
      const got = await loadOfflineAdvisories([older, newer], undefined, { keys, cacheDir: cache });
      expect(got.db.lookup('npm', 'left-pad')).toEqual([]);
      expect(got.db.get('GHSA-xxxx-yyyy-zzzz')?.modified).toBe('2025-01-01T00:00:00.000Z');
    }
  });

  it('ignores a damaged index and writes a good one in its place', async () => {
    const cache = fresh();
    await loadOfflineAdvisories([BUNDLES[1]!], undefined, { keys: KEYS, cacheDir: cache });
    const [file] = readdirSync(cache);
    writeFileSync(join(cache, file!), '{"format":1,"entries":[[1,2]]}');
    const again = await loadOfflineAdvisories([BUNDLES[1]!], undefined, { keys: KEYS, cacheDir: cache });
    const full = await loadOfflineAdvisories([BUNDLES[1]!]);
    expect(view(again)).toEqual(view(full));
    expect(readdirSync(cache)).toEqual([file]);
  });

  it('will not use a cache folder other users can write', async () => {
    const cache = fresh();
    mkdirSync(cache);
    chmodSync(cache, 0o777);
    const got = await loadOfflineAdvisories([BUNDLES[1]!], undefined, { keys: KEYS, cacheDir: cache });
    expect(got.problems).toContainEqual(expect.objectContaining({ level: 'notice', message: `advisory index cache not used: ${cache} is writable by other users` }));
    expect(readdirSync(cache)).toEqual([]);
    expect(got.db.lookup('crates.io', 'openssl').length).toBeGreaterThan(0);
  });

  it('reports a damaged bundle as an error and caches nothing for it', async () => {
    const bad = join(dir, 'bad.zip');
    writeFileSync(bad, 'PK but not really');
    const cache = fresh();
    const got = await loadOfflineAdvisories([bad], undefined, { keys: KEYS, cacheDir: cache });
    expect(got.problems).toEqual([expect.objectContaining({ level: 'error', file: bad, message: 'advisory bundle not read: not a zip archive (no end of central directory record)' })]);
    expect(readdirSync(cache)).toEqual([]);
  });
});
