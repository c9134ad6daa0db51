import { createHash } from 'node:crypto';
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { crc32, inflateRawSync } from 'node:zlib';
import { LIMITS } from '../limits.js';
import type { InflateBatch, InflateWorker } from './inflate-worker.js';

// Advisory bundles (OSV's all.zip, RubySec, FriendsOfPHP) are read in place, never extracted to
// disk. The reader is synchronous on purpose: an OSV bundle is thousands of entries of a few KB,
// and a per-entry round trip through the thread pool (what a streaming reader such as yauzl does)
// left the process idle most of the time (measured: 1.4 s for the Go bundle, against 0.15 s for
// all three bundles inflated here). Inflation is node's own zlib with `maxOutputLength` set to
// the entry's declared size, so an entry that inflates past what it declares (a zip bomb) stops
// at that many bytes and is skipped; declared sizes are capped before anything is inflated, the
// inflated length and CRC-32 must equal the declared ones, and no more than one entry's bytes are
// held at a time.

export interface ZipEntryText {
  name: string;
  text: string;
}

export interface ZipReadResult {
  entries: number;
  skipped: { name: string; reason: string }[];
}

/** Where one entry's bytes are: enough to read it again without the central directory. */
export interface ZipEntryRef {
  name: string;
  /** Offset of the entry's local header. */
  offset: number;
  compressedSize: number;
  /** Declared inflated size. */
  size: number;
  crc32: number;
  /** 0 stored, 8 deflate. */
  method: number;
  /** General-purpose bit flags (bit 0: encrypted). */
  flags: number;
}

const SIG_EOCD = 0x06054b50;
const SIG_EOCD64 = 0x06064b50;
const SIG_EOCD64_LOCATOR = 0x07064b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_LOCAL = 0x04034b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;
const HASH_CHUNK = 4 * 1024 * 1024;
const CD_CHUNK = 1024 * 1024;
// Batches for the inflate worker: big enough that a message costs little against the inflating,
// small enough that the main thread starts parsing early and holds only a few MB.
const BATCH_BYTES = 512 * 1024;
const BATCH_ENTRIES = 2000;
const BATCHES_AHEAD = 3;

// IBM code page 437, the zip format's default for names without the UTF-8 flag (bytes 0x80-0xff).
const CP437_HIGH =
  'ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u00a0';

function decodeName(bytes: Buffer, utf8: boolean): string {
  if (utf8 || bytes.every((b) => b < 0x80)) return bytes.toString('utf8');
  let out = '';
  for (const b of bytes) out += b < 0x80 ? String.fromCharCode(b) : CP437_HIGH[b - 0x80];
  return out;
}

function u64(buf: Buffer, at: number, what: string): number {
  const high = buf.readUInt32LE(at + 4);
  // 2^53 - 1 is the largest safe integer: its high word is 2^21 - 1.
  if (high > 0x1fffff) throw new Error(`${what} is out of range`);
  return high * 0x100000000 + buf.readUInt32LE(at);
}

/** Random access to the archive's bytes: the whole file in memory, or positioned reads. */
interface Source {
  readonly size: number;
  /** The open file, when the bytes are read from one. */
  readonly fd?: number;
  /**
   * Bytes at `position`. With `into`, read into that buffer (at least `length` long) past any
   * window: the caller reuses it. In sequential mode the bytes are valid until the next read.
   */
  read(position: number, length: number, into?: Buffer): Buffer;
  close(): void;
}

function memorySource(buffer: Buffer): Source {
  return {
    size: buffer.length,
    read: (position, length) => buffer.subarray(position, Math.min(buffer.length, position + length)),
    close: () => undefined,
  };
}

/** Bytes read from advisory archives in this process (for the benchmark's figure of what a run reads). */
export const zipIo = { bytesRead: 0 };

const WINDOW = 4 * 1024 * 1024;

function fdSource(fd: number, size: number, sequential = false): Source {
  const direct = (position: number, length: number, into?: Buffer): Buffer => {
    const want = Math.max(0, Math.min(length, size - position));
    const out = into ? into.subarray(0, want) : Buffer.allocUnsafe(want);
    let done = 0;
    while (done < out.length) {
      const n = readSync(fd, out, done, out.length - done, position + done);
      if (n === 0) break;
      done += n;
    }
    zipIo.bytesRead += done;
    return out.subarray(0, done);
  };
  // Reading every entry in archive order: one read per window instead of two per entry, into
  // one buffer (a new one per window is garbage the size of the bundle).
  let windowBuffer: Buffer | undefined;
  let window: Buffer = Buffer.alloc(0);
  let windowAt = 0;
  return {
    size,
    fd,
    read(position, length, into) {
      if (into) return direct(position, length, into);
      if (!sequential) return direct(position, length);
      if (position >= windowAt && position + length <= windowAt + window.length) return window.subarray(position - windowAt, position - windowAt + length);
      if (length > WINDOW / 2) return direct(position, length);
      windowBuffer ??= Buffer.allocUnsafe(WINDOW);
      window = direct(position, WINDOW, windowBuffer);
      windowAt = position;
      return window.subarray(0, Math.min(length, window.length));
    },
    close: () => closeSync(fd),
  };
}

export type ZipRead = { data: Buffer; skip?: undefined } | { data?: undefined; skip: string };

/**
 * A zip archive opened for reading entries one at a time. Structural damage (no end record, a
 * central directory outside the file, multi-disk archives) throws from `open`/`entries`; damage
 * to one entry is a skip with a reason from `read`.
 */
export class ZipArchive {
  private constructor(
    readonly path: string,
    private readonly source: Source,
  ) {}

  /**
   * `inMemory` reads the whole file at once (fastest when most entries of a small archive will be
   * read); `sequential` reads by position through a window (every entry of an archive of any size,
   * in archive order, in bounded memory; bytes handed out are valid until the next read, as the
   * window is reused); otherwise entries are read by position, one at a time.
   */
  static open(path: string, inMemory: boolean | 'sequential'): ZipArchive {
    const fd = openSync(path, 'r');
    try {
      const size = fstatSync(fd).size;
      if (inMemory === true && size <= LIMITS.zipInMemoryBytes) {
        const source = fdSource(fd, size);
        const buffer = source.read(0, size);
        closeSync(fd);
        return new ZipArchive(path, memorySource(buffer));
      }
      return new ZipArchive(path, fdSource(fd, size, inMemory === 'sequential'));
    } catch (err) {
      try {
        closeSync(fd);
      } catch {
        // already closed
      }
      throw err;
    }
  }

  get size(): number {
    return this.source.size;
  }

  /** Entries the central directory declares (folders included). */
  get entryCount(): number {
    return this.endRecord().count;
  }

  /**
   * digest(), computed by `worker` on its thread while this one goes on; computed here if the
   * worker cannot (the archive is in memory, or the worker fails). The archive must stay open
   * until it settles.
   */
  async digestWith(worker: InflateWorker): Promise<string> {
    if (this.source.fd !== undefined) {
      try {
        return await worker.digest(this.source.fd, this.source.size);
      } catch {
        // hashed here below
      }
    }
    return this.digest();
  }

  /** SHA-256 of the whole file (hex): the identity of a bundle for cached indexes. */
  digest(): string {
    const hash = createHash('sha256');
    const scratch = Buffer.allocUnsafe(HASH_CHUNK);
    for (let at = 0; at < this.source.size; at += HASH_CHUNK) hash.update(this.source.read(at, HASH_CHUNK, scratch));
    return hash.digest('hex');
  }

  close(): void {
    this.source.close();
  }

  /** Bytes of the archive as stored (for copying entries without inflating them). */
  rawBytes(position: number, length: number): Buffer {
    return this.source.read(position, length);
  }

  private endRecord(): { count: number; cdOffset: number; cdSize: number } {
    const size = this.source.size;
    const tailLength = Math.min(size, EOCD_SIZE + MAX_COMMENT);
    const tailStart = size - tailLength;
    const tail = this.source.read(tailStart, tailLength);
    let at = -1;
    for (let i = tail.length - EOCD_SIZE; i >= 0; i--) {
      if (tail.readUInt32LE(i) === SIG_EOCD && i + EOCD_SIZE + tail.readUInt16LE(i + 20) <= tail.length) {
        at = i;
        break;
      }
    }
    if (at === -1) throw new Error('not a zip archive (no end of central directory record)');
    if (tail.readUInt16LE(at + 4) !== 0 || tail.readUInt16LE(at + 6) !== 0) throw new Error('multi-disk zip archives are not supported');
    let count = tail.readUInt16LE(at + 10);
    let cdSize = tail.readUInt32LE(at + 12);
    let cdOffset = tail.readUInt32LE(at + 16);
    if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
      const locatorAt = tailStart + at - 20;
      const locator = locatorAt >= 0 ? this.source.read(locatorAt, 20) : Buffer.alloc(0);
      if (locator.length < 20 || locator.readUInt32LE(0) !== SIG_EOCD64_LOCATOR) throw new Error('zip64 end record locator missing');
      const recordAt = u64(locator, 8, 'zip64 end record offset');
      const record = this.source.read(recordAt, 56);
      if (record.length < 56 || record.readUInt32LE(0) !== SIG_EOCD64) throw new Error('zip64 end record missing');
      count = u64(record, 32, 'entry count');
      cdSize = u64(record, 40, 'central directory size');
      cdOffset = u64(record, 48, 'central directory offset');
    }
    if (cdOffset + cdSize > size) throw new Error('central directory lies outside the file (truncated archive?)');
    return { count, cdOffset, cdSize };
  }

  /**
   * The file entries of the central directory, in archive order (folders left out). More than
   * `maxEntries` entries is an error: a bundle that large is not one we can trust.
   */
  entries(maxEntries: number = LIMITS.zipMaxEntries): ZipEntryRef[] {
    return [...this.walk(maxEntries)];
  }

  /** The entries one at a time (a quarter of a million refs held at once is tens of MB). */
  private *walk(maxEntries: number = LIMITS.zipMaxEntries): Generator<ZipEntryRef> {
    const { count, cdOffset, cdSize } = this.endRecord();
    if (count > maxEntries) throw new Error(`more than ${maxEntries} entries`);
    // The directory is read a chunk at a time into one buffer: OSV's complete export has a 50 MB
    // directory, walked twice.
    let cd: Buffer = Buffer.alloc(0);
    let cdAt = 0;
    let scratch: Buffer | undefined;
    /** Where directory byte p is in `cd`, with the n bytes from it there when the directory has them. */
    const load = (p: number, n: number): number => {
      if (p >= cdAt && p + n <= cdAt + cd.length) return p - cdAt;
      const length = Math.max(0, Math.min(Math.max(CD_CHUNK, n), cdSize - p));
      if (!scratch || scratch.length < length) scratch = Buffer.allocUnsafe(Math.max(CD_CHUNK, length));
      cd = this.source.read(cdOffset + p, length, scratch);
      cdAt = p;
      return 0;
    };
    let p = 0;
    for (let i = 0; i < count; i++) {
      let q = load(p, 46);
      if (q + 46 > cd.length || cd.readUInt32LE(q) !== SIG_CENTRAL) throw new Error(`central directory entry ${i + 1} of ${count} is damaged`);
      const nameLength = cd.readUInt16LE(q + 28);
      const extraLength = cd.readUInt16LE(q + 30);
      const commentLength = cd.readUInt16LE(q + 32);
      const length = 46 + nameLength + extraLength + commentLength;
      q = load(p, length);
      if (q + length > cd.length) throw new Error(`central directory entry ${i + 1} of ${count} runs past the directory`);
      const flags = cd.readUInt16LE(q + 8);
      const method = cd.readUInt16LE(q + 10);
      const crc = cd.readUInt32LE(q + 16);
      let compressedSize = cd.readUInt32LE(q + 20);
      let size = cd.readUInt32LE(q + 24);
      let offset = cd.readUInt32LE(q + 42);
      const nameBytes = cd.subarray(q + 46, q + 46 + nameLength);
      let name = decodeName(nameBytes, (flags & 0x800) !== 0);
      const extra = cd.subarray(q + 46 + nameLength, q + 46 + nameLength + extraLength);
      for (let e = 0; e + 4 <= extra.length; ) {
        const id = extra.readUInt16LE(e);
        const len = extra.readUInt16LE(e + 2);
        const body = extra.subarray(e + 4, e + 4 + len);
        if (id === 0x0001) {
          // Zip64: the 64-bit values follow in this order, each only where the 32-bit one is saturated.
          let r = 0;
          const next = (what: string): number => {
            if (r + 8 > body.length) throw new Error(`central directory entry ${i + 1}: zip64 field ${what} missing`);
            const v = u64(body, r, what);
            r += 8;
            return v;
          };
          if (size === 0xffffffff) size = next('size');
          if (compressedSize === 0xffffffff) compressedSize = next('compressed size');
          if (offset === 0xffffffff) offset = next('offset');
        } else if (id === 0x7075 && body.length >= 5 && body[0] === 1 && (flags & 0x800) === 0) {
          // Info-ZIP Unicode path: the UTF-8 name, valid while its CRC matches the header's name.
          if (crc32(nameBytes) === body.readUInt32LE(1)) name = body.subarray(5).toString('utf8');
        }
        e += 4 + len;
      }
      p += length;
      if (name.endsWith('/')) continue;
      yield { name, offset, compressedSize, size, crc32: crc, method, flags };
    }
  }

  /**
   * The entry's inflated bytes, or why they cannot be had. Entries declaring more than
   * `maxBytes`, encrypted entries, methods other than stored/deflate, and entries whose inflated
   * length or CRC-32 differ from what they declare are skips.
   */
  read(ref: ZipEntryRef, maxBytes: number = LIMITS.zipMaxEntryBytes): ZipRead {
    const got = this.stored(ref, maxBytes);
    if (!got.raw) return got;
    return checked(ref, ref.method === 0 ? got.raw : inflateEntry(got.raw, ref.size));
  }

  /** The entry's bytes as stored, or why they cannot be read: every check made before inflating. */
  private stored(ref: ZipEntryRef, maxBytes: number): { raw: Buffer; skip?: undefined } | { raw?: undefined; skip: string } {
    if (ref.size > maxBytes) return { skip: `declares ${ref.size} bytes, over the ${maxBytes}-byte limit per entry` };
    if ((ref.flags & 0x1) !== 0) return { skip: 'encrypted entry' };
    if (ref.method !== 0 && ref.method !== 8) return { skip: `unsupported compression method ${ref.method}` };
    const header = this.source.read(ref.offset, 30);
    if (header.length < 30 || header.readUInt32LE(0) !== SIG_LOCAL) return { skip: 'local header missing or damaged' };
    const start = ref.offset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
    if (start + ref.compressedSize > this.source.size) return { skip: 'entry data runs past the end of the file' };
    if (ref.method === 0 && ref.compressedSize !== ref.size) return { skip: `stored entry of ${ref.compressedSize} bytes declares ${ref.size}` };
    return { raw: this.source.read(start, ref.compressedSize) };
  }

  /**
   * Calls `onEntry` with the entry and its UTF-8 text for every file entry that `want(name)`
   * accepts, in archive order. A declared total over the cap stops the read with an error.
   */
  forEachText(want: (name: string) => boolean, onEntry: (ref: ZipEntryRef, text: string) => void): ZipReadResult {
    const result: ZipReadResult = { entries: 0, skipped: [] };
    let total = 0;
    // The whole directory is checked before the first entry is handed out, as a damaged archive
    // gives no records at all; then it is walked again, one entry at a time.
    for (const ref of this.walk()) void ref;
    for (const ref of this.walk()) {
      if (!want(ref.name)) continue;
      if (ref.size <= LIMITS.zipMaxEntryBytes) {
        total += ref.size;
        if (total > LIMITS.zipMaxTotalBytes) throw new Error(`inflates to more than ${LIMITS.zipMaxTotalBytes} bytes`);
      }
      const got = this.read(ref);
      if (!got.data) {
        result.skipped.push({ name: ref.name, reason: got.skip });
        continue;
      }
      result.entries++;
      onEntry(ref, got.data.toString('utf8'));
    }
    return result;
  }

  /**
   * forEachText with the inflating done by `worker` on another thread, a few batches ahead of the
   * main thread's `onEntry`: the same entries, skips and order, and the same error after the same
   * entries when the total cap is passed. Batches the worker fails on are inflated here.
   */
  async forEachTextWith(worker: InflateWorker, want: (name: string) => boolean, onEntry: (ref: ZipEntryRef, text: string) => void): Promise<ZipReadResult> {
    const result: ZipReadResult = { entries: 0, skipped: [] };
    let total = 0;
    for (const ref of this.walk()) void ref;
    // An entry is a skip already, stored bytes, or the index of its job in the batch.
    type Item = { ref: ZipEntryRef; skip?: string; data?: Buffer; job?: number };
    type Batch = { items: Item[]; jobs: InflateBatch; inflated?: ReturnType<InflateWorker['inflate']> };
    const ahead: Batch[] = [];
    const fresh = (): Batch => ({ items: [], jobs: worker.batch(BATCH_BYTES) });
    let batch = fresh();
    const send = (): void => {
      if (batch.jobs.count > 0) {
        batch.inflated = worker.inflate(batch.jobs);
        // Settled when drained; a rejection before then must not count as unhandled.
        batch.inflated.catch(() => undefined);
      }
      ahead.push(batch);
      batch = fresh();
    };
    let handing = false;
    const drain = async (b: Batch): Promise<void> => {
      let inflated: (Buffer | { skip: string })[] = [];
      let crcs: number[] | undefined;
      let done = (): void => undefined;
      try {
        if (b.inflated) {
          const got = await b.inflated;
          done = got.done;
          inflated = got.inflated.map((out, i) => ('data' in out ? out.data : { skip: inflateFailure(out.code, out.message, b.jobs.sizes[i]!) }));
          // The worker computed each entry's CRC-32 as it inflated it.
          crcs = got.inflated.map((out) => ('crc' in out ? out.crc : 0));
        }
      } catch {
        // The worker failed: this batch is read again and inflated here.
        crcs = undefined;
        inflated = b.items.filter((item) => item.job !== undefined).map(({ ref }) => {
          const again = this.stored(ref, LIMITS.zipMaxEntryBytes);
          return again.raw ? inflateEntry(again.raw, ref.size) : again;
        });
      }
      handing = true;
      for (const { ref, skip, data, job } of b.items) {
        const got = skip !== undefined ? { skip } : data ? checked(ref, data) : checked(ref, inflated[job!] ?? { skip: 'deflate data damaged (not inflated)' }, crcs?.[job!]);
        if (!got.data) {
          result.skipped.push({ name: ref.name, reason: got.skip });
          continue;
        }
        result.entries++;
        onEntry(ref, got.data.toString('utf8'));
      }
      handing = false;
      done();
    };
    try {
      for (const ref of this.walk()) {
        if (!want(ref.name)) continue;
        if (ref.size <= LIMITS.zipMaxEntryBytes) {
          total += ref.size;
          if (total > LIMITS.zipMaxTotalBytes) throw new Error(`inflates to more than ${LIMITS.zipMaxTotalBytes} bytes`);
        }
        // Copied out of the read window, which the next reads reuse.
        const got = this.stored(ref, LIMITS.zipMaxEntryBytes);
        if (!got.raw) batch.items.push({ ref, skip: got.skip });
        else if (ref.method === 0) batch.items.push({ ref, data: Buffer.from(got.raw) });
        else {
          batch.items.push({ ref, job: batch.jobs.count });
          batch.jobs.add(got.raw, ref.size);
        }
        if (batch.jobs.used >= BATCH_BYTES || batch.items.length >= BATCH_ENTRIES) {
          send();
          if (ahead.length > BATCHES_AHEAD) await drain(ahead.shift()!);
        }
      }
    } finally {
      // The entries read before an error are handed out, as the one-thread read hands them out
      // (unless the error came from handing one out).
      if (!handing) {
        if (batch.items.length > 0) send();
        while (ahead.length > 0) await drain(ahead.shift()!);
      }
    }
    return result;
  }
}

/** Why inflating failed, as a skip (the same words whichever thread inflated). */
export function inflateFailure(code: string | undefined, message: string, size: number): string {
  return code === 'ERR_BUFFER_TOO_LARGE' ? `inflates past its declared ${size} bytes` : `deflate data damaged (${message})`;
}

/** Inflates one entry's deflate data, stopping at its declared size (see the top of this file). */
function inflateEntry(raw: Buffer, size: number): Buffer | { skip: string } {
  try {
    // maxOutputLength must be at least 1; an empty entry is checked by length afterwards. One
    // output chunk of the declared size (and a byte to see the end) instead of 16 KB chunks.
    return inflateRawSync(raw, { maxOutputLength: Math.max(1, size), chunkSize: Math.max(64, size + 1) });
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    return { skip: inflateFailure(e.code, e.message, size) };
  }
}

/** The inflated bytes, when their length and CRC-32 are the declared ones. */
function checked(ref: ZipEntryRef, data: Buffer | { skip: string }, crc?: number): ZipRead {
  if (!Buffer.isBuffer(data)) return data;
  if (data.length !== ref.size) return { skip: `inflates to ${data.length} bytes, declares ${ref.size}` };
  if ((crc ?? crc32(data)) !== ref.crc32) return { skip: 'CRC-32 mismatch' };
  return { data };
}

/**
 * Calls `onEntry` with the UTF-8 text of every file entry that `want(name)` accepts, one at a
 * time and in archive order. Entries over the size cap, encrypted entries, unsupported
 * compression and damaged entries are skipped with a reason; a damaged archive or a total
 * inflated size over the cap rejects, since a bundle like that is not an advisory database we
 * can trust.
 */
export async function readZipText(
  path: string,
  want: (name: string) => boolean,
  onEntry: (entry: ZipEntryText) => void,
): Promise<ZipReadResult> {
  const zip = ZipArchive.open(path, true);
  try {
    return zip.forEachText(want, (ref, text) => onEntry({ name: ref.name, text }));
  } finally {
    zip.close();
  }
}
