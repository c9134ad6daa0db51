import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createHash, randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { trimmed } from '../../test/helpers/corpus.js';
import { LIMITS } from '../limits.js';
import { makeZip } from './__fixtures__/make-zip.js';
import { readZipText, ZipArchive } from './zip.js';
import type { ZipReadResult } from './zip.js';
import { InflateWorker } from './inflate-worker.js';

const dir = mkdtempSync(join(tmpdir(), 'pw-zip-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const write = (buf: Buffer): string => {
  const p = join(dir, `t${n++}.zip`);
  writeFileSync(p, buf);
  return p;
};

describe('ZipArchive on real OSV bundles', () => {
  it('gives the same digest for the same bytes, whether read in memory or by position', () => {
    const path = trimmed('osv', 'crates.io', 'all.zip');
    const a = ZipArchive.open(path, true);
    const b = ZipArchive.open(path, false);
    expect(a.digest()).toBe(b.digest());
    expect(a.digest()).toMatch(/^[0-9a-f]{64}$/);
    const [ra, rb] = [a.entries()[7]!, b.entries()[7]!];
    expect(a.read(ra).data!.equals(b.read(rb).data!)).toBe(true);
    a.close();
    b.close();
  });});

describe('ZipArchive on hostile archives', () => {
  it('stops a zip bomb at its declared size and skips it, keeping the honest entries', async () => {
    const path = write(
      makeZip([
        { name: 'ok.json', data: '{"id":"A"}' },
        // 64 MiB of zeros deflate to about 64 KB; the header claims 100 bytes.
        { name: 'bomb.json', data: Buffer.alloc(64 << 20), declaredSize: 100 },
        { name: 'after.json', data: '{"id":"B"}' },
      ]),
    );
    const got: string[] = [];
    const res = await readZipText(path, () => true, (e) => got.push(e.text));
    expect(got).toEqual(['{"id":"A"}', '{"id":"B"}']);
    expect(res.skipped).toEqual([{ name: 'bomb.json', reason: 'inflates past its declared 100 bytes' }]);
  });

  it('skips an entry declaring more than the per-entry limit without inflating it', () => {
    const zip = ZipArchive.open(write(makeZip([{ name: 'big.json', data: 'x', declaredSize: LIMITS.zipMaxEntryBytes + 1 }])), true);
    expect(zip.read(zip.entries()[0]!)).toEqual({ skip: `declares ${LIMITS.zipMaxEntryBytes + 1} bytes, over the ${LIMITS.zipMaxEntryBytes}-byte limit per entry` });
    zip.close();
  });

  it('refuses short data, CRC mismatches, encryption, unknown methods and lying stored sizes', () => {
    const zip = ZipArchive.open(
      write(
        makeZip([
          { name: 'short.json', data: 'abcdef', declaredSize: 10 },
          { name: 'crc.json', data: 'abcdef', declaredCrc: 1 },
          { name: 'enc.json', data: 'abcdef', flags: 1 },
          { name: 'bzip.json', data: 'abcdef', method: 12 },
          { name: 'stored.json', data: 'abcdef', stored: true, declaredSize: 3 },
          { name: 'empty.json', data: '' },
          { name: 'folder/', data: '' },
        ]),
      ),
      true,
    );
    const entries = zip.entries();
    expect(entries.map((e) => e.name)).toEqual(['short.json', 'crc.json', 'enc.json', 'bzip.json', 'stored.json', 'empty.json']);
    expect(entries.map((e) => zip.read(e).skip)).toEqual([
      'inflates to 6 bytes, declares 10',
      'CRC-32 mismatch',
      'encrypted entry',
      'unsupported compression method 12',
      'stored entry of 6 bytes declares 3',
      undefined,
    ]);
    expect(zip.read(entries[5]!).data!.length).toBe(0);
    zip.close();
  });

  it('gives the same entries, skips and order when a worker thread inflates, or fails to', async () => {
    // Every kind of damage above among honest entries: more entries than one batch holds, and
    // more bytes than one read window (random bytes do not compress), so the window moves on.
    const honest = (i: number): { name: string; data: string } => ({ name: `r${i}.json`, data: JSON.stringify({ id: `R-${i}`, pad: randomBytes(i % 2600).toString('base64') }) });
    const path = write(
      makeZip([
        ...Array.from({ length: 2500 }, (_, i) => honest(i)),
        { name: 'bomb.json', data: Buffer.alloc(1 << 20), declaredSize: 100 },
        { name: 'short.json', data: 'abcdef', declaredSize: 10 },
        { name: 'crc.json', data: 'abcdef', declaredCrc: 1 },
        { name: 'enc.json', data: 'abcdef', flags: 1 },
        { name: 'bzip.json', data: 'abcdef', method: 12 },
        { name: 'stored.json', data: 'abcdef', stored: true, declaredSize: 3 },
        { name: 'plain.json', data: '{"id":"S"}', stored: true },
        { name: 'empty.json', data: '' },
        { name: 'skipped.txt', data: 'not wanted' },
        ...Array.from({ length: 1800 }, (_, i) => honest(2500 + i)),
      ]),
    );
    const run = async (how: 'one thread' | 'worker' | 'failed worker'): Promise<{ res: ZipReadResult; got: string[] }> => {
      const zip = ZipArchive.open(path, 'sequential');
      const got: string[] = [];
      const want = (name: string): boolean => name.endsWith('.json');
      const onEntry = (ref: { name: string }, text: string): void => void got.push(`${ref.name}=${text}`);
      let res: ZipReadResult;
      if (how === 'one thread') res = zip.forEachText(want, onEntry);
      else {
        const worker = InflateWorker.start()!;
        if (how === 'failed worker') worker.close();
        res = await zip.forEachTextWith(worker, want, onEntry);
        worker.close();
      }
      zip.close();
      return { res, got };
    };
    expect(statSync(path).size).toBeGreaterThan(5 * 1024 * 1024);
    const one = await run('one thread');
    expect(one.got.length).toBe(2500 + 1800 + 2);
    expect(one.res.skipped.map((s) => s.reason)).toEqual([
      'inflates past its declared 100 bytes',
      'inflates to 6 bytes, declares 10',
      'CRC-32 mismatch',
      'encrypted entry',
      'unsupported compression method 12',
      'stored entry of 6 bytes declares 3',
    ]);
    expect(await run('worker')).toEqual(one);
    expect(await run('failed worker')).toEqual(one);
  });

  it('hashes the archive on the inflate worker as it does on its own thread, and on its own when the worker has failed', async () => {
    const path = write(makeZip(Array.from({ length: 3000 }, (_, i) => ({ name: `r-${i}.json`, data: `{"id":"R-${i}","pad":"${'x'.repeat(i % 700)}"}` }))));
    const zip = ZipArchive.open(path, 'sequential');
    const worker = InflateWorker.start()!;
    const mine = zip.digest();
    expect(mine).toBe(createHash('sha256').update(readFileSync(path)).digest('hex'));
    expect(await zip.digestWith(worker)).toBe(mine);
    worker.close();
    expect(await zip.digestWith(worker)).toBe(mine);
    zip.close();
  });

  it('reads the zip64 layout', async () => {
    const path = write(makeZip([{ name: 'a.json', data: '{"a":1}' }, { name: 'b.json', data: '{"b":2}', stored: true }], { zip64: true }));
    const got: string[] = [];
    await readZipText(path, () => true, (e) => got.push(`${e.name}=${e.text}`));
    expect(got).toEqual(['a.json={"a":1}', 'b.json={"b":2}']);
  });

  it('rejects files that are not zips or lost their central directory', async () => {
    await expect(readZipText(write(Buffer.from('not a zip at all')), () => true, () => undefined)).rejects.toThrow('not a zip archive');
    const whole = makeZip([{ name: 'a.json', data: '{}' }]);
    // Cut out the central directory but keep the end record: it now points past the data.
    const cut = Buffer.concat([whole.subarray(0, 30), whole.subarray(whole.length - 22)]);
    await expect(readZipText(write(cut), () => true, () => undefined)).rejects.toThrow(/central directory/);
  });

  it('fails on an entry count over the limit before reading any entry', () => {
    const zip = ZipArchive.open(write(makeZip([{ name: 'a', data: '1' }, { name: 'b', data: '2' }])), false);
    expect(() => zip.entries(1)).toThrow('more than 1 entries');
    zip.close();
  });
});
