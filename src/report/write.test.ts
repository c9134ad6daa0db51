import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { trimmed } from '../../test/helpers/corpus.js';
import { tempDir } from '../../test/helpers/tmp.js';
import { check } from '../check.js';
import { renderJson, renderJsonChunks } from './json.js';
import { pieces, writeChunksToFile } from './write.js';

describe('writing a report as it is rendered', () => {
  it('writes the bytes renderJson gives, in pieces of at least the size asked (the last one shorter)', async () => {
    const db = [trimmed('osv', 'crates.io', 'all.zip'), trimmed('osv', 'PyPI', 'all.zip')];
    const { report } = await check({ root: trimmed('repos', 'element-hq__synapse@c705beebf7'), db, now: new Date('2026-11-24T00:00:00Z'), cacheDir: false });
    const whole = renderJson(report!);
    const file = join(tempDir('pw-write-'), 'report.json');
    writeChunksToFile(file, renderJsonChunks(report!));
    expect(readFileSync(file, 'utf8')).toBe(whole);

    const got = [...pieces(renderJsonChunks(report!), 4096)];
    expect(got.join('')).toBe(whole);
    expect(got.length).toBeGreaterThan(1);
    expect(got.slice(0, -1).every((p) => p.length >= 4096)).toBe(true);
    expect(got.at(-1)!.length).toBeGreaterThan(0);
  });

  it('writes an empty file for no chunks, and overwrites what the file held', () => {
    const file = join(tempDir('pw-write-'), 'report.json');
    writeChunksToFile(file, ['a much longer earlier report']);
    writeChunksToFile(file, []);
    expect(readFileSync(file, 'utf8')).toBe('');
    expect([...pieces([])]).toEqual([]);
  });
});
