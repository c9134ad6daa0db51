import { chmodSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { trimmed } from '../../test/helpers/corpus.js';
import { matchKey } from '../model/names.js';
import { makeZip } from './__fixtures__/make-zip.js';
import type { LoadedAdvisories } from './db.js';
import { loadOfflineAdvisories } from './osv-local.js';

const dir = mkdtempSync(join(tmpdir(), 'pw-osv-local-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const fresh = (): string => join(dir, `cache-${n++}`);

const BUNDLES = [trimmed('osv', 'Go', 'all.zip'), trimmed('osv', 'crates.io', 'all.zip'), trimmed('osv', 'github-reviewed-sample')];
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
    // The warm run parsed only what the inventory names (and the GitHub folder, which is not indexed).
    expect(warm.db.size).toBeLessThan(full.db.size / 3);
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

  it('keeps the same-id rule inside one bundle: two records of one id, the later naming another package', async () => {
    // OSV's exports hold one record per id; a bundle made by hand (or an upstream slip) may not, and
    // then an id found through a key still needs its own lookup for the other record.
    const rec = (modified: string, name: string): string =>
      JSON.stringify({ id: 'GHSA-aaaa-bbbb-cccc', modified, affected: [{ package: { ecosystem: 'npm', name }, ranges: [{ type: 'SEMVER', events: [{ introduced: '0' }, { fixed: '2.0.0' }] }] }] });
    const both = join(dir, 'both.zip');
    writeFileSync(both, makeZip([{ name: 'a/GHSA-aaaa-bbbb-cccc.json', data: rec('2024-01-01T00:00:00Z', 'left-pad') }, { name: 'b/GHSA-aaaa-bbbb-cccc.json', data: rec('2025-01-01T00:00:00Z', 'right-pad') }]));
    const keys = new Set([matchKey('npm', 'left-pad')]);
    const full = await loadOfflineAdvisories([both]);
    const cache = fresh();
    for (let i = 0; i < 2; i++) {
      const got = await loadOfflineAdvisories([both], undefined, { keys, cacheDir: cache });
      expect(got.db.lookup('npm', 'left-pad')).toEqual(full.db.lookup('npm', 'left-pad'));
      expect(got.db.get('GHSA-aaaa-bbbb-cccc')?.modified).toBe(full.db.get('GHSA-aaaa-bbbb-cccc')?.modified);
      expect(got.db.get('GHSA-aaaa-bbbb-cccc')?.modified).toBe('2025-01-01T00:00:00.000Z');
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

describe('source facts per ecosystem', () => {
  it('a bundle says how many records each ecosystem has and its newest record, cold and from its cached index (not the file date)', async () => {
    const rec = (id: string, ecosystem: string, dates: Record<string, string>): { name: string; data: string } => ({
      name: `${id}.json`,
      data: JSON.stringify({ id, ...dates, affected: [{ package: { ecosystem, name: 'p' }, ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: '2' }] }] }] }),
    });
    const zip = join(dir, 'facts.zip');
    writeFileSync(
      zip,
      makeZip([
        rec('PYSEC-1', 'PyPI', { modified: '2024-10-10T17:22:00Z' }),
        rec('PYSEC-2', 'PyPI', { published: '2024-11-01T00:00:00Z', withdrawn: '2024-11-02T00:00:00Z' }),
        // Go's vulndb writes 0001-01-01 for "not set": no date, so no age.
        rec('GO-1', 'Go', { modified: '0001-01-01T00:00:00Z' }),
      ]),
    );
    const want = { Go: { records: 1 }, PyPI: { records: 2, newest: '2024-11-01T00:00:00.000Z', withdrawn: 1 } };
    const cache = fresh();
    for (let i = 0; i < 2; i++) {
      const got = await loadOfflineAdvisories([zip], undefined, { keys: new Set([matchKey('PyPI', 'p')]), cacheDir: cache });
      expect(got.sources).toEqual([{ kind: 'osv-zip', path: zip, records: 3, ecosystems: want }]);
    }
  });
});
