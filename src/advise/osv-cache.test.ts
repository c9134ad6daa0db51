import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { matchKey } from '../model/names.js';
import { makeZip } from './__fixtures__/make-zip.js';
import { loadOfflineAdvisories } from './osv-local.js';
import { byCodePoint } from '../model/order.js';
import { identityOf, indexIo, openIndex } from './osv-cache.js';
import { zipIo } from './zip.js';

// The cached bundle index at work: answers read from it are those of a full read of the bundle,
// and a damaged, truncated or stale index is never believed. The bundle stands for OSV's npm
// all.zip in miniature: GitHub advisories for a few packages among malicious-package records
// (MAL-*), one name per record, one package (`shared-pkg`) named by several records, and one id
// (`GHSA-dup`) present twice with different `modified` dates (the later one wins).

const dir = mkdtempSync(join(tmpdir(), 'pw-osv-cache-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const fresh = (): string => join(dir, `cache-${n++}`);

interface Rec {
  id: string;
  name: string;
  modified: string;
}

const record = (r: Rec): string =>
  JSON.stringify({ id: r.id, modified: r.modified, affected: [{ package: { ecosystem: 'npm', name: r.name }, ranges: [{ type: 'SEMVER', events: [{ introduced: '0' }, { fixed: '1.0.1' }] }] }] });

const RECORDS: Rec[] = [
  ...Array.from({ length: 120 }, (_, i) => ({ id: `MAL-2025-${i}`, name: `evil-${i}`, modified: '2025-01-01T00:00:00Z' })),
  { id: 'GHSA-aaaa', name: 'shared-pkg', modified: '2024-01-01T00:00:00Z' },
  { id: 'GHSA-bbbb', name: 'shared-pkg', modified: '2024-01-01T00:00:00Z' },
  { id: 'GHSA-cccc', name: 'other-pkg', modified: '2024-01-01T00:00:00Z' },
  { id: 'GHSA-dup', name: 'shared-pkg', modified: '2024-01-01T00:00:00Z' },
  { id: 'GHSA-dup', name: 'moved-pkg', modified: '2024-06-01T00:00:00Z' },
];
const bundle = join(dir, 'all.zip');
writeFileSync(bundle, makeZip(RECORDS.map((r, i) => ({ name: `${r.id}-${i}.json`, data: record(r) })), { zip64: true }));

const ASKED = ['shared-pkg', 'other-pkg', 'evil-7', 'evil-119', 'nobody'];
const KEYS = new Set(ASKED.map((name) => matchKey('npm', name)));
// Worked out by hand from RECORDS: GHSA-dup's later record names moved-pkg, so shared-pkg loses it.
const EXPECTED = { 'shared-pkg': ['GHSA-aaaa', 'GHSA-bbbb'], 'other-pkg': ['GHSA-cccc'], 'evil-7': ['MAL-2025-7'], 'evil-119': ['MAL-2025-119'], nobody: [] };

async function answers(cacheDir: string | undefined): Promise<Record<string, string[]>> {
  const got = await loadOfflineAdvisories([bundle], undefined, { keys: KEYS, ...(cacheDir ? { cacheDir } : {}) });
  expect(got.problems).toEqual([]);
  expect(got.sources).toEqual([expect.objectContaining({ kind: 'osv-zip', path: bundle, records: RECORDS.length })]);
  return Object.fromEntries(ASKED.map((name) => [name, got.db.lookup('npm', name).map((a) => a.id)]));
}

// The time the index was built (and so the header's CRC-32 in the 16-byte trailer, its bytes
// 4-7) differs from one build to the next; the rest is the same bytes.
const TRAILER = 16;
const headerStart = (b: Buffer): number => b.length - TRAILER - b.readUInt32LE(b.length - TRAILER);
const built = (b: Buffer): string =>
  b.length < TRAILER ? b.toString('hex') : b.subarray(0, b.length - TRAILER + 4).toString('latin1').replace(/"builtAtNs":"\d+"/, '"builtAtNs":""') + b.subarray(b.length - 8).toString('hex');

/** The ids each record's package name gets from the bundle at `path`, with or without a cache. */
async function idsByName(path: string, recs: readonly Rec[], cacheDir?: string): Promise<string[][]> {
  const keys = new Set(recs.map((r) => matchKey('npm', r.name)));
  const got = await loadOfflineAdvisories([path], undefined, { keys, ...(cacheDir ? { cacheDir } : {}) });
  expect(got.problems).toEqual([]);
  return recs.map((r) => got.db.lookup('npm', r.name).map((a) => a.id));
}

const indexFile = (cache: string): string => {
  const files = readdirSync(cache);
  expect(files).toHaveLength(1);
  expect(files[0]).toMatch(/\.idx$/);
  return join(cache, files[0]!);
};

describe('the cached bundle index', () => {
  // A bundle written less than 2 s before its index was built is checked by its digest (see
  // `settled`): the bundle above is given time to settle so that warm runs trust its identity.
  beforeAll(() => new Promise((resolve) => setTimeout(resolve, 2100)));

  it('answers as a full read does, built and then read back', async () => {
    expect(await answers(undefined)).toEqual(EXPECTED);
    const cache = fresh();
    expect(await answers(cache)).toEqual(EXPECTED);
    indexFile(cache);
    expect(await answers(cache)).toEqual(EXPECTED);
  });

  it('keeps ids and names outside ASCII as they are: latin1, other scripts, a lone surrogate', async () => {
    // npm names are ASCII, but ids and other ecosystems' names need not be; the index keeps
    // latin1 text as bytes and anything else as strings, and must give back the same code units.
    const odd: Rec[] = [
      { id: 'X-café', name: 'café', modified: '2024-01-01T00:00:00Z' },
      { id: 'X-名前', name: '名前', modified: '2024-01-01T00:00:00Z' },
      { id: 'X-\ud800', name: 'lone-\ud800', modified: '2024-01-01T00:00:00Z' },
      { id: 'X-plain', name: 'plain', modified: '2024-01-01T00:00:00Z' },
    ];
    const path = join(dir, 'odd.zip');
    writeFileSync(path, makeZip(odd.map((r, i) => ({ name: `odd-${i}.json`, data: record(r) })), { zip64: true }));
    const expected = odd.map((r) => [r.id]);
    expect(await idsByName(path, odd)).toEqual(expected);
    const cache = fresh();
    expect(await idsByName(path, odd, cache)).toEqual(expected);
    expect(await idsByName(path, odd, cache)).toEqual(expected);
  });

  it('writes each bucket as JSON.stringify writes it, whatever characters its names hold', async () => {
    // The writer copies stored bytes between quotes where no character needs escaping or
    // encoding; every other name must come out as JSON.stringify gives it, in UTF-8.
    const odd: Rec[] = [
      ['Q-"quoted"', 'a"b'],
      ['Q-back\\slash', 'c\\d'],
      ['Q-line\nbreak', 'e\u0001f\u007f'],
      ['Q-café', 'ünïcode'],
      ['Q-名前', 'x-\ud800'],
      ...Array.from({ length: 40 }, (_, i) => [`Q-${i}`, i % 2 ? 'a"b' : `plain-${i}`]),
    ].map(([id, name]) => ({ id: id!, name: name!, modified: '2024-01-01T00:00:00Z' }));
    const path = join(dir, 'escapes.zip');
    writeFileSync(path, makeZip(odd.map((r, i) => ({ name: i === 3 ? `named "${i}".json` : `${r.id}.json`, data: record(r) }))));
    const cache = fresh();
    const expected = odd.map((r) => odd.filter((o) => o.name === r.name).map((o) => o.id));
    expect(await idsByName(path, odd, cache)).toEqual(expected);
    const file = readFileSync(indexFile(cache));
    const header = JSON.parse(file.subarray(headerStart(file), file.length - TRAILER).toString('utf8')) as Record<'keys' | 'ids', { buckets: number; dataAt: number; slotsAt: number }>;
    let buckets = 0;
    for (const which of ['keys', 'ids'] as const) {
      const t = header[which];
      for (let b = 0; b < t.buckets; b++) {
        const slot = t.slotsAt + b * 16;
        const length = file.readUInt32LE(slot + 4);
        if (length === 0) continue;
        const body = file.subarray(t.dataAt + file.readUInt32LE(slot), t.dataAt + file.readUInt32LE(slot) + length);
        expect(body.toString('utf8')).toBe(JSON.stringify(JSON.parse(body.toString('utf8'))));
        expect(Buffer.from(body.toString('utf8')).equals(body)).toBe(true);
        buckets++;
      }
    }
    expect(buckets).toBeGreaterThan(10);
    expect(await idsByName(path, odd, cache)).toEqual(expected);
  });

  it('reads only what the inventory asks for when warm', async () => {
    const cache = fresh();
    await answers(cache);
    const [zip0, index0] = [zipIo.bytesRead, indexIo.bytesRead];
    await loadOfflineAdvisories([bundle], undefined, { keys: new Set([matchKey('npm', 'evil-7')]), cacheDir: cache });
    const bundleRead = zipIo.bytesRead - zip0;
    const indexRead = indexIo.bytesRead - index0;
    // One record of 125 (its local header and data), and a slot and a bucket per table plus the header.
    expect(bundleRead).toBeGreaterThan(0);
    expect(bundleRead).toBeLessThan(statSync(bundle).size / 50);
    expect(indexRead).toBeLessThan(statSync(indexFile(cache)).size / 10);
  });

  it('reads and checks each bucket once per run, however often its names are asked for', async () => {
    // A run asks for every inventory key twice (which ids do the bundles name; which records to read).
    const cache = fresh();
    await answers(cache);
    const lookup = openIndex(cache, bundle, identityOf(bundle), () => '')!;
    expect(lookup).toBeDefined();
    const key = matchKey('npm', 'shared-pkg');
    const before = indexIo.bytesRead;
    const first = lookup.byKey(key);
    const once = indexIo.bytesRead - before;
    // The index lists every record naming the key, GHSA-dup's older one too (the later one wins afterwards).
    expect(first.map((e) => e.id).sort(byCodePoint)).toEqual(['GHSA-aaaa', 'GHSA-bbbb', 'GHSA-dup']);
    expect(once).toBeGreaterThan(0);
    expect(lookup.byKey(key)).toEqual(first);
    expect(indexIo.bytesRead - before).toBe(once);
    lookup.close();
  });

  it('never gives a wrong answer when any byte of it is damaged, and is rebuilt when the damage is read', async () => {
    const cache = fresh();
    await answers(cache);
    const file = indexFile(cache);
    const good = readFileSync(file);
    const header = headerStart(good);
    // Asking for every name reads every bucket that holds one.
    const every = new Set(RECORDS.map((r) => matchKey('npm', r.name)));
    const full = await loadOfflineAdvisories([bundle], undefined, { keys: every });
    const everything = (l: Awaited<ReturnType<typeof loadOfflineAdvisories>>): string[][] => RECORDS.map((r) => l.db.lookup('npm', r.name).map((a) => `${a.id}@${a.modified}`));
    let rebuilt = 0;
    // Every 61st byte of the tables, every 7th of the header and trailer, each flipped in its own copy.
    for (let at = 0; at < good.length; at += at < header ? 61 : 7) {
      const bad = Buffer.from(good);
      bad[at] = bad[at]! ^ 0x5a;
      writeFileSync(file, bad);
      expect(await answers(cache), `byte ${at} flipped`).toEqual(EXPECTED);
      if (at >= header) expect(built(readFileSync(file)), `header byte ${at} flipped: the index is written again`).toBe(built(good));
      writeFileSync(file, bad);
      expect(everything(await loadOfflineAdvisories([bundle], undefined, { keys: every, cacheDir: cache })), `byte ${at} flipped`).toEqual(everything(full));
      if (built(readFileSync(file)) === built(good)) rebuilt++;
    }
    // Only a flip in the slot of an empty bucket is never read (and changes no answer).
    const flips = Math.ceil(header / 61) + Math.ceil((good.length - header) / 7);
    expect(rebuilt).toBeGreaterThan(flips * 0.9);
  }, 120_000);

  it('is rebuilt when truncated, extended or emptied', async () => {
    const cache = fresh();
    await answers(cache);
    const file = indexFile(cache);
    const good = readFileSync(file);
    for (const bad of [good.subarray(0, good.length - 1), good.subarray(0, good.length >> 1), good.subarray(0, 12), Buffer.concat([good, Buffer.from('x')]), Buffer.alloc(0), Buffer.alloc(good.length)]) {
      writeFileSync(file, bad);
      expect(await answers(cache)).toEqual(EXPECTED);
      expect(built(readFileSync(file))).toBe(built(good));
    }
  });

  it('is not used for a bundle that changed, even at the same size and modification time', async () => {
    const cache = fresh();
    const path = join(dir, 'changing.zip');
    const write = (name: string): void => writeFileSync(path, makeZip([{ name: 'GHSA-zzzz.json', data: record({ id: 'GHSA-zzzz', name, modified: '2024-01-01T00:00:00Z' }), stored: true }]));
    write('left-pad');
    const keys = new Set([matchKey('npm', 'left-pad'), matchKey('npm', 'righ-pad')]);
    const first = await loadOfflineAdvisories([path], undefined, { keys, cacheDir: cache });
    expect(first.db.lookup('npm', 'left-pad').map((a) => a.id)).toEqual(['GHSA-zzzz']);
    const before = statSync(path);
    write('righ-pad');
    expect(statSync(path).size).toBe(before.size);
    const again = await loadOfflineAdvisories([path], undefined, { keys, cacheDir: cache });
    expect(again.db.lookup('npm', 'left-pad')).toEqual([]);
    expect(again.db.lookup('npm', 'righ-pad').map((a) => a.id)).toEqual(['GHSA-zzzz']);
  });

  it('is used for a copy of the same bundle (a new download), found by its digest', async () => {
    const cache = fresh();
    const path = join(dir, 'copied.zip');
    writeFileSync(path, readFileSync(bundle));
    const first = await loadOfflineAdvisories([path], undefined, { keys: KEYS, cacheDir: cache });
    const file = indexFile(cache);
    const written = statSync(file).mtimeMs;
    rmSync(path);
    writeFileSync(path, readFileSync(bundle));
    const again = await loadOfflineAdvisories([path], undefined, { keys: KEYS, cacheDir: cache });
    expect(again.db.lookup('npm', 'shared-pkg').map((a) => a.id)).toEqual(first.db.lookup('npm', 'shared-pkg').map((a) => a.id));
    expect(statSync(file).mtimeMs).toBe(written);
  });
});
