import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { trimmed } from '../../test/helpers/corpus.js';
import { tempDir } from '../../test/helpers/tmp.js';
import { check } from '../check.js';
import { renderJson, renderJsonChunks } from './json.js';
import { writeChunksToFile } from './write.js';

describe('writing a report as it is rendered', () => {
  it('writes the bytes renderJson gives, with the default buffer and with one smaller than many chunks', async () => {
    const db = [trimmed('osv', 'crates.io', 'all.zip'), trimmed('osv', 'PyPI', 'all.zip')];
    const { report } = await check({ root: trimmed('repos', 'element-hq__synapse@c705beebf7'), db, now: new Date('2026-11-24T00:00:00Z'), cacheDir: false });
    const whole = renderJson(report!);
    const file = join(tempDir('pw-write-'), 'report.json');
    writeChunksToFile(file, renderJsonChunks(report!));
    expect(readFileSync(file, 'utf8')).toBe(whole);
    // 256 bytes: most findings are larger and are written past the buffer, the separators through it.
    expect([...renderJsonChunks(report!)].some((c) => c.length * 3 > 256)).toBe(true);
    writeChunksToFile(file, renderJsonChunks(report!), 256);
    expect(readFileSync(file, 'utf8')).toBe(whole);
  });

  it('encodes characters of every UTF-8 length across buffer boundaries, and a surrogate pair split between chunks', () => {
    const file = join(tempDir('pw-write-'), 'report.json');
    // é (2 bytes), € (3), 😀 (4, a surrogate pair), at every offset against an 8-byte buffer.
    const chunks = Array.from({ length: 40 }, (_, i) => 'x'.repeat(i % 5) + ['é', '€', '😀'][i % 3]!);
    writeChunksToFile(file, chunks, 8);
    expect(readFileSync(file, 'utf8')).toBe(chunks.join(''));
    const pair = '😀';
    writeChunksToFile(file, ['a', pair[0]!, pair[1]! + 'b', pair[0]!], 8);
    // The pair is written whole; the last, lone high half becomes U+FFFD, as UTF-8 writes it anyway.
    expect(readFileSync(file)).toEqual(Buffer.from('a😀b\ufffd', 'utf8'));
  });

  it('writes an empty file for no chunks, and overwrites what the file held', () => {
    const file = join(tempDir('pw-write-'), 'report.json');
    writeChunksToFile(file, ['a much longer earlier report']);
    writeChunksToFile(file, []);
    expect(readFileSync(file, 'utf8')).toBe('');
  });
});
