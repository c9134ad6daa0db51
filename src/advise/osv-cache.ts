import { createHash, randomBytes } from 'node:crypto';
import { closeSync, fstatSync, lstatSync, mkdirSync, openSync, readdirSync, readSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { crc32 } from 'node:zlib';
import { TOOL_VERSION } from '../version.js';
import type { EcosystemRecords } from './db.js';
import type { ZipEntryRef } from './zip.js';

// The index of one advisory bundle, cached between runs, read lazily. A bundle at OSV's real size
// (npm: a quarter of a million records, most of them malicious-package records) makes an index of
// tens of MB; a run reads only the parts its inventory asks for. The file holds two hash tables,
// (ecosystem, normalised name) -> entries and advisory id -> entries, each entry with its zip
// location, so a lookup is two small positioned reads (a slot, then a bucket) and the records read
// afterwards are only those the inventory names. Every slot and every bucket carries a CRC-32 and
// its own number, the header carries its CRC-32 and the file's length: a damaged or truncated
// index is detected where it is read, and the caller rebuilds it from the bundle.
//
// Which bundle an index describes: the bundle's SHA-256 (computed when the index is built) and its
// file identity (device, inode, size, modification and change times in nanoseconds, as git's index
// does). A later run that sees the same identity uses the index without reading the bundle; the
// change time cannot be set by any user call, so an edited bundle always shows a new identity.
// When the identity differs (a fresh download or a restored cache), the bundle is hashed and the
// index is used when the digest is the same. The index holds facts derived by this version's
// normaliser, so its file name carries the tool version and the index format.

export const INDEX_FORMAT = 4;
const MAGIC = Buffer.from('PWOSVIX2');
const SLOT = 16;
const TRAILER = 16;
/** Keys per bucket, on average. */
const BUCKET_LOAD = 4;

/** A record of the bundle: where it is, its ordinal in archive order and its advisory id. */
export interface IndexedEntry {
  n: number;
  ref: ZipEntryRef;
  id: string;
}

/** Skips of the full read: reason, how many, the first few entry names. */
export type SkipSummary = [string, number, string[]];

export interface BundleIdentity {
  dev: string;
  ino: string;
  size: string;
  mtimeNs: string;
  ctimeNs: string;
}

/** Now, in ns since the epoch, on the clock file times use. */
export const nowNs = (): string => String(BigInt(Date.now()) * 1_000_000n);

export function identityOf(path: string): BundleIdentity {
  const st = statSync(path, { bigint: true });
  return { dev: String(st.dev), ino: String(st.ino), size: String(st.size), mtimeNs: String(st.mtimeNs), ctimeNs: String(st.ctimeNs) };
}

const sameIdentity = (a: BundleIdentity, b: BundleIdentity): boolean =>
  a.dev === b.dev && a.ino === b.ino && a.size === b.size && a.mtimeNs === b.mtimeNs && a.ctimeNs === b.ctimeNs;

// File times have the granularity of the kernel's coarse clock (a few ms): a bundle rewritten
// just after its index was built could show the same times. As git does for "racily clean"
// files, the identity alone is trusted only for a bundle that last changed well before the index
// was built; otherwise the digest decides.
const RACY_NS = 2_000_000_000n;
const settled = (identity: BundleIdentity, builtAtNs: string): boolean =>
  BigInt(identity.ctimeNs) + RACY_NS < BigInt(builtAtNs) && BigInt(identity.mtimeNs) + RACY_NS < BigInt(builtAtNs);

/** Thrown by a lookup that meets a damaged index: the caller rebuilds from the bundle. */
export class IndexDamaged extends Error {}

/** The questions a run asks of a bundle's index; answered from memory or from the index file. */
export interface BundleLookup {
  readonly records: number;
  readonly skips: readonly SkipSummary[];
  /** Records per ecosystem and the newest record's date: the coverage a bundle gives without reading it. */
  readonly ecosystems: Record<string, EcosystemRecords>;
  byKey(key: string): IndexedEntry[];
  byId(id: string): IndexedEntry[];
  /** Every record, in archive order. */
  all(): IndexedEntry[];
  /** Prepares for about `count` lookups in one table (many: the table is read whole, once). */
  expect(table: 'keys' | 'ids', count: number): void;
  /**
   * True when no two records of the bundle carry the same id (known once the index is written):
   * then an id found through a key needs no lookup of its own, as it names no other record.
   */
  readonly uniqueIds: boolean;
  close(): void;
}

/** A column of numbers that grows as records are added (typed: a million records stay a few MB). */
class Column<A extends Float64Array | Uint32Array> {
  length = 0;
  constructor(
    private values: A,
    private readonly make: (n: number) => A,
  ) {}
  push(v: number): void {
    if (this.length === this.values.length) {
      const bigger = this.make(this.values.length * 2);
      bigger.set(this.values);
      this.values = bigger;
    }
    this.values[this.length++] = v;
  }
  at(i: number): number {
    return this.values[i]!;
  }
}
const f64 = (n: number): Float64Array => new Float64Array(n);
const u32 = (n: number): Uint32Array => new Uint32Array(n);

/**
 * Strings kept as bytes in one buffer, with their hashes: a million ids and keys as JS strings
 * cost three times their characters. Strings of code units 0-255 (nearly every id and name) are
 * stored as latin1, which gives back the same code units; any other is kept as it is.
 */
class Strings {
  private bytes: Buffer;
  private used = 0;
  private readonly ends: Column<Uint32Array>;
  readonly hashes: Column<Uint32Array>;
  private readonly others = new Map<number, string>();
  constructor(expected: number) {
    this.bytes = Buffer.allocUnsafe(expected * 16);
    this.ends = new Column(u32(expected), u32);
    this.hashes = new Column(u32(expected), u32);
  }
  get length(): number {
    return this.ends.length;
  }
  push(s: string): void {
    this.hashes.push(hash(s));
    let narrow = true;
    for (let i = 0; i < s.length && narrow; i++) narrow = s.charCodeAt(i) < 0x100;
    if (!narrow) {
      this.others.set(this.ends.length, s);
      this.ends.push(this.used);
      return;
    }
    if (this.used + s.length > this.bytes.length) {
      const bigger = Buffer.allocUnsafe(Math.max(this.bytes.length * 2, this.used + s.length));
      this.bytes.copy(bigger, 0, 0, this.used);
      this.bytes = bigger;
    }
    this.used += this.bytes.write(s, this.used, 'latin1');
    this.ends.push(this.used);
  }
  at(i: number): string {
    const other = this.others.get(i);
    if (other !== undefined) return other;
    return this.bytes.toString('latin1', this.start(i), this.ends.at(i));
  }
  private start(i: number): number {
    return i === 0 ? 0 : this.ends.at(i - 1);
  }
  /** Whether strings i and j are equal, compared as stored (no string is made for either). */
  same(i: number, j: number): boolean {
    if (this.hashes.at(i) !== this.hashes.at(j)) return false;
    if (this.others.size > 0 && (this.others.has(i) || this.others.has(j))) return this.at(i) === this.at(j);
    const a = this.start(i);
    const b = this.start(j);
    const n = this.ends.at(i) - a;
    return n === this.ends.at(j) - b && this.bytes.compare(this.bytes, b, b + n, a, a + n) === 0;
  }
  /**
   * Appends JSON.stringify(string i) as UTF-8: its stored bytes between quotes when every one is
   * printable ASCII other than a quote or a backslash (nearly every id and name), else the string.
   */
  writeJson(i: number, w: Bytes): void {
    const other = this.others.get(i);
    if (other === undefined) {
      const from = this.start(i);
      const to = this.ends.at(i);
      let plain = true;
      for (let k = from; k < to && plain; k++) {
        const c = this.bytes[k]!;
        plain = c >= 0x20 && c < 0x7f && c !== 0x22 && c !== 0x5c;
      }
      if (plain) {
        w.byte(0x22);
        w.copy(this.bytes, from, to);
        w.byte(0x22);
        return;
      }
    }
    w.text(JSON.stringify(other ?? this.at(i)));
  }
}

/**
 * One bucket's bytes as they are made, in a buffer reused from bucket to bucket: writing an index
 * of half a million records as strings (a row, a group, a bucket, each a new string) made most
 * of its time and its garbage.
 */
class Bytes {
  buffer = Buffer.allocUnsafe(1 << 16);
  used = 0;
  private room(n: number): void {
    if (this.used + n <= this.buffer.length) return;
    const bigger = Buffer.allocUnsafe(Math.max(this.buffer.length * 2, this.used + n));
    this.buffer.copy(bigger, 0, 0, this.used);
    this.buffer = bigger;
  }
  byte(c: number): void {
    this.room(1);
    this.buffer[this.used++] = c;
  }
  copy(from: Buffer, start: number, end: number): void {
    this.room(end - start);
    this.used += from.copy(this.buffer, this.used, start, end);
  }
  /** `text` as UTF-8. */
  text(text: string): void {
    this.room(text.length * 3);
    this.used += this.buffer.write(text, this.used);
  }
  /** String(v), without making the string for the non-negative integers an index holds. */
  num(v: number): void {
    if (v >= 0 && v <= 0x7fffffff && (v | 0) === v) {
      // Most of an index's numbers: 32-bit integer arithmetic.
      let digits = 1;
      for (let x = v; x >= 10; x = (x / 10) | 0) digits++;
      this.room(digits);
      let at = this.used + digits;
      let x = v;
      do {
        this.buffer[--at] = 0x30 + (x % 10);
        x = (x / 10) | 0;
      } while (x !== 0);
      this.used += digits;
      return;
    }
    if (!Number.isSafeInteger(v) || v < 0) return this.text(String(v));
    let digits = 1;
    for (let x = v; x >= 10; x = Math.floor(x / 10)) digits++;
    this.room(digits);
    let at = this.used + digits;
    for (let x = v; ; ) {
      this.buffer[--at] = 0x30 + (x % 10);
      x = Math.floor(x / 10);
      if (x === 0) break;
    }
    this.used += digits;
  }
}

/**
 * One hash table of an index, laid out for writing and for lookups in memory: the pairs (name,
 * record) ordered by bucket, each bucket's pairs in archive order. Made by a counting sort of the
 * pairs, with no map of names: a bundle of half a million records has half a million names.
 */
class Table {
  readonly buckets: number;
  /** The pairs of bucket b: order[start[b]] to order[start[b + 1] - 1]. */
  private readonly start: Uint32Array;
  private readonly order: Uint32Array;
  constructor(
    count: number,
    private readonly nameOf: (pair: number) => string,
    private readonly recordOf: (pair: number) => number,
    hashOf: (pair: number) => number,
    private readonly sameName: (a: number, b: number) => boolean,
  ) {
    // Buckets by pairs rather than by distinct names: still at most BUCKET_LOAD names a bucket on average.
    this.buckets = Math.max(1, Math.ceil(count / BUCKET_LOAD));
    const bucketOf = new Uint32Array(count);
    this.start = new Uint32Array(this.buckets + 1);
    for (let i = 0; i < count; i++) {
      const b = hashOf(i) % this.buckets;
      bucketOf[i] = b;
      this.start[b + 1]!++;
    }
    for (let b = 0; b < this.buckets; b++) this.start[b + 1]! += this.start[b]!;
    const fill = this.start.slice(0, this.buckets);
    this.order = new Uint32Array(count);
    for (let i = 0; i < count; i++) this.order[fill[bucketOf[i]!]!++] = i;
  }

  /**
   * The names of bucket b in order of first appearance, each as its first pair (the name's
   * number in its Strings) with its records in archive order.
   */
  groups(b: number): [number, number[]][] {
    const out: [number, number[]][] = [];
    const from = this.start[b]!;
    const to = this.start[b + 1]!;
    // A bucket holds a handful of names; one a crafted bundle overfills is grouped through a map.
    const at = to - from > 64 ? new Map<string, number>() : undefined;
    for (let i = from; i < to; i++) {
      const pair = this.order[i]!;
      let g = -1;
      if (at) g = at.get(this.nameOf(pair)) ?? -1;
      else for (let k = 0; k < out.length && g === -1; k++) if (this.sameName(out[k]![0], pair)) g = k;
      if (g === -1) {
        at?.set(this.nameOf(pair), out.length);
        out.push([pair, [this.recordOf(pair)]]);
      } else out[g]![1].push(this.recordOf(pair));
    }
    return out;
  }

  /** The records naming `name`, in archive order. */
  find(name: string): number[] {
    const b = hash(name) % this.buckets;
    const out: number[] = [];
    for (let i = this.start[b]!; i < this.start[b + 1]!; i++) {
      const pair = this.order[i]!;
      if (this.nameOf(pair) === name) out.push(this.recordOf(pair));
    }
    return out;
  }
}

/**
 * An index built in this run: each record's zip location as columns of numbers, its id, and the
 * keys it names as (key, record) pairs. Nothing is grouped until the index is asked or written:
 * half a million records stay a few tens of MB, and no garbage is made per record.
 */
export class MemoryLookup implements BundleLookup {
  private readonly offset: Column<Float64Array>;
  private readonly compressedSize: Column<Float64Array>;
  private readonly size: Column<Float64Array>;
  private readonly crc: Column<Uint32Array>;
  /** Method in the high 16 bits, flags in the low 16 (both are 16-bit fields of the zip). */
  private readonly methodFlags: Column<Uint32Array>;
  private readonly ids: Strings;
  /** Entry names other than `${id}.json`, by record. */
  private readonly names = new Map<number, string>();
  private readonly keyNames: Strings;
  private readonly keyRecords: Column<Uint32Array>;
  private tables: { keys: Table; ids: Table } | undefined;
  skips: SkipSummary[] = [];
  ecosystems: Record<string, EcosystemRecords> = {};

  /** `expected`: about how many records there will be (the archive's entry count), so columns are made once. */
  constructor(expected = 1024) {
    const n = Math.max(1024, Math.min(expected, 1 << 20));
    this.offset = new Column(f64(n), f64);
    this.compressedSize = new Column(f64(n), f64);
    this.size = new Column(f64(n), f64);
    this.crc = new Column(u32(n), u32);
    this.methodFlags = new Column(u32(n), u32);
    this.ids = new Strings(n);
    this.keyNames = new Strings(n);
    this.keyRecords = new Column(u32(n), u32);
  }

  get records(): number {
    return this.ids.length;
  }
  add(ref: ZipEntryRef, id: string, keys: readonly string[]): void {
    const n = this.ids.length;
    this.ids.push(id);
    this.offset.push(ref.offset);
    this.compressedSize.push(ref.compressedSize);
    this.size.push(ref.size);
    this.crc.push(ref.crc32);
    this.methodFlags.push((((ref.method & 0xffff) << 16) | (ref.flags & 0xffff)) >>> 0);
    if (ref.name !== `${id}.json`) this.names.set(n, ref.name);
    for (const key of keys) {
      this.keyNames.push(key);
      this.keyRecords.push(n);
    }
    this.tables = undefined;
  }
  /** One of the two tables, made once all records are in. */
  table(which: 'keys' | 'ids'): Table {
    this.tables ??= {
      keys: new Table(this.keyNames.length, (i) => this.keyNames.at(i), (i) => this.keyRecords.at(i), (i) => this.keyNames.hashes.at(i), (a, b) => this.keyNames.same(a, b)),
      ids: new Table(this.ids.length, (i) => this.ids.at(i), (i) => i, (i) => this.ids.hashes.at(i), (a, b) => this.ids.same(a, b)),
    };
    return this.tables[which];
  }
  private entry(n: number): IndexedEntry {
    const id = this.ids.at(n);
    const mf = this.methodFlags.at(n);
    const ref: ZipEntryRef = { name: this.names.get(n) ?? `${id}.json`, offset: this.offset.at(n), compressedSize: this.compressedSize.at(n), size: this.size.at(n), crc32: this.crc.at(n), method: mf >>> 16, flags: mf & 0xffff };
    return { n, id, ref };
  }
  /** Record n as the index file holds it: the JSON of its EntryRow. */
  writeRow(n: number, w: Bytes): void {
    const mf = this.methodFlags.at(n);
    w.byte(0x5b);
    w.num(n);
    w.byte(0x2c);
    w.num(this.offset.at(n));
    w.byte(0x2c);
    w.num(this.compressedSize.at(n));
    w.byte(0x2c);
    w.num(this.size.at(n));
    w.byte(0x2c);
    w.num(this.crc.at(n));
    w.byte(0x2c);
    w.num(mf >>> 16);
    w.byte(0x2c);
    w.num(mf & 0xffff);
    w.byte(0x2c);
    this.ids.writeJson(n, w);
    w.byte(0x2c);
    const name = this.names.get(n);
    if (name === undefined) w.byte(0x30);
    else w.text(JSON.stringify(name));
    w.byte(0x5d);
  }
  /** The name of a table's pair as the index file holds it: its JSON. */
  writeName(which: 'keys' | 'ids', pair: number, w: Bytes): void {
    (which === 'keys' ? this.keyNames : this.ids).writeJson(pair, w);
  }
  byKey(key: string): IndexedEntry[] {
    return this.table('keys').find(key).map((n) => this.entry(n));
  }
  byId(id: string): IndexedEntry[] {
    return this.table('ids').find(id).map((n) => this.entry(n));
  }
  all(): IndexedEntry[] {
    return Array.from({ length: this.ids.length }, (_, n) => this.entry(n));
  }
  expect(): void {}
  /** Not counted in memory: the index file's header says it. */
  readonly uniqueIds = false;
  close(): void {}
}

/** FNV-1a over UTF-16 code units: stable across runs and versions of node. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

// An entry in a bucket: [n, offset, compressedSize, size, crc32, method, flags, id, name or 0 when `${id}.json`].
type EntryRow = [number, number, number, number, number, number, number, string, string | 0];

const isInt = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;

function fromRow(row: unknown): IndexedEntry {
  if (!Array.isArray(row) || row.length !== 9 || !row.slice(0, 7).every(isInt) || typeof row[7] !== 'string' || (row[8] !== 0 && typeof row[8] !== 'string')) {
    throw new IndexDamaged('entry row damaged');
  }
  const [n, offset, compressedSize, size, crc, method, flags, id, name] = row as EntryRow;
  return { n, id, ref: { name: name === 0 ? `${id}.json` : name, offset, compressedSize, size, crc32: crc, method, flags } };
}

/** A hash table of the file: its buckets' bytes, then its slots (one per bucket). */
interface TableInfo {
  buckets: number;
  dataAt: number;
  dataLength: number;
  slotsAt: number;
}

interface WrittenTable {
  info: TableInfo;
  /** Names that more than one record carries. */
  shared: number;
}

interface Header {
  format: number;
  tool: string;
  sha256: string;
  identity: BundleIdentity;
  /** Wall-clock time the bundle's identity was taken, in ns. */
  builtAtNs: string;
  records: number;
  skips: SkipSummary[];
  ecosystems: Record<string, EcosystemRecords>;
  fileSize: number;
  keys: TableInfo;
  ids: TableInfo;
  /** Ids carried by more than one record of the bundle (usually none). */
  sharedIds: number;
}

/** Writes through one buffer of 1 MB: an index is hundreds of thousands of small buckets. */
class Out {
  private readonly buffer = Buffer.allocUnsafe(1 << 20);
  private used = 0;
  position = 0;
  constructor(private readonly fd: number) {}
  write(b: Buffer): void {
    if (this.used + b.length > this.buffer.length) this.flush();
    if (b.length > this.buffer.length) writeSync(this.fd, b);
    else {
      b.copy(this.buffer, this.used);
      this.used += b.length;
    }
    this.position += b.length;
  }
  flush(): void {
    if (this.used > 0) writeSync(this.fd, this.buffer, 0, this.used);
    this.used = 0;
  }
}

/**
 * Writes one table: bucket b is the JSON [b, [[name, [row...]]...]] of the names hashing to it,
 * written as it is made (memory stays at one bucket), then the slots.
 */
function writeTable(out: Out, index: MemoryLookup, which: 'keys' | 'ids'): WrittenTable {
  const table = index.table(which);
  const buckets = table.buckets;
  const slots = Buffer.alloc(buckets * SLOT);
  const scratch = Buffer.alloc(16);
  const dataAt = out.position;
  let shared = 0;
  const w = new Bytes();
  const COMMA = 0x2c;
  const OPEN = 0x5b;
  const CLOSE = 0x5d;
  for (let b = 0; b < buckets; b++) {
    const groups = table.groups(b);
    const at = out.position - dataAt;
    let length = 0;
    let crc = 0;
    if (groups.length > 0) {
      // [b,[[name,[row,...]],...]]
      w.used = 0;
      w.byte(OPEN);
      w.num(b);
      w.byte(COMMA);
      w.byte(OPEN);
      for (let g = 0; g < groups.length; g++) {
        const [pair, records] = groups[g]!;
        if (records.length > 1) shared++;
        if (g > 0) w.byte(COMMA);
        w.byte(OPEN);
        index.writeName(which, pair, w);
        w.byte(COMMA);
        w.byte(OPEN);
        for (let r = 0; r < records.length; r++) {
          if (r > 0) w.byte(COMMA);
          index.writeRow(records[r]!, w);
        }
        w.byte(CLOSE);
        w.byte(CLOSE);
      }
      w.byte(CLOSE);
      w.byte(CLOSE);
      const body = w.buffer.subarray(0, w.used);
      out.write(body);
      length = body.length;
      crc = crc32(body);
    }
    slots.writeUInt32LE(at, b * SLOT);
    slots.writeUInt32LE(length, b * SLOT + 4);
    slots.writeUInt32LE(crc, b * SLOT + 8);
    slots.writeUInt32LE(slotCheck(slots, b * SLOT, b, scratch), b * SLOT + 12);
  }
  const dataLength = out.position - dataAt;
  out.write(slots);
  return { info: { buckets, dataAt, dataLength, slotsAt: dataAt + dataLength }, shared };
}

function slotCheck(slots: Buffer, at: number, bucket: number, scratch?: Buffer): number {
  const b = scratch ?? Buffer.alloc(16);
  slots.copy(b, 0, at, at + 12);
  b.writeUInt32LE(bucket, 12);
  return crc32(b);
}

// One index per bundle path: a new index of the same bundle replaces the older one.
function prefixFor(bundlePath: string): string {
  return `osv-${createHash('sha256').update(resolve(bundlePath)).digest('hex').slice(0, 16)}-`;
}

export function indexFileFor(dir: string, bundlePath: string): string {
  return join(dir, `${prefixFor(bundlePath)}f${INDEX_FORMAT}-${TOOL_VERSION}.idx`);
}

/**
 * Writes the index atomically (a reader never sees half a file) and removes other indexes of the
 * same bundle path. Returns why it could not be written, if so: the run goes on without a cache.
 */
export function writeIndex(dir: string, bundlePath: string, sha256: string, identity: BundleIdentity, builtAtNs: string, index: MemoryLookup): string | undefined {
  const file = indexFileFor(dir, bundlePath);
  const tmp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  let fd: number | undefined;
  try {
    fd = openSync(tmp, 'w', 0o600);
    // The tables first, then the header that says where they are, then a fixed-size trailer
    // (header length, header CRC-32, magic) that a reader finds at the end of the file.
    const out = new Out(fd);
    const keys = writeTable(out, index, 'keys').info;
    const ids = writeTable(out, index, 'ids');
    const header: Header = { format: INDEX_FORMAT, tool: TOOL_VERSION, sha256, identity, builtAtNs, records: index.records, skips: index.skips, ecosystems: index.ecosystems, fileSize: 0, keys, ids: ids.info, sharedIds: ids.shared };
    let bytes = Buffer.alloc(0);
    // The header holds the file's length, which includes the header: settles in two or three rounds.
    for (let i = 0; i < 5 && out.position + bytes.length + TRAILER !== header.fileSize; i++) {
      header.fileSize = out.position + bytes.length + TRAILER;
      bytes = Buffer.from(JSON.stringify(header));
    }
    if (out.position + bytes.length + TRAILER !== header.fileSize) throw new Error('index header did not settle');
    const trailer = Buffer.alloc(TRAILER);
    trailer.writeUInt32LE(bytes.length, 0);
    trailer.writeUInt32LE(crc32(bytes), 4);
    MAGIC.copy(trailer, 8);
    out.write(bytes);
    out.write(trailer);
    out.flush();
    closeSync(fd);
    fd = undefined;
    renameSync(tmp, file);
  } catch (err) {
    try {
      if (fd !== undefined) closeSync(fd);
      unlinkSync(tmp);
    } catch {
      // never written
    }
    return `advisory index not cached in ${dir} (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`;
  }
  const prefix = prefixFor(bundlePath);
  const keep = basename(file);
  try {
    for (const name of readdirSync(dir)) {
      if (name.startsWith(prefix) && name !== keep && !name.endsWith('.tmp')) unlinkSync(join(dir, name));
    }
  } catch {
    // Another run may be pruning the same files; a leftover index is harmless.
  }
  return undefined;
}

/** Bytes read from index files in this process (for the benchmark's figure of what a run reads). */
export const indexIo = { bytesRead: 0 };

/** An index file, read by position: slots and buckets as lookups need them. */
class FileLookup implements BundleLookup {
  private whole = new Map<string, Buffer>();
  /**
   * Buckets read and checked so far. A run asks for every inventory key twice (once to learn
   * which advisory ids any bundle names, once to choose the records), and some seven keys share
   * each bucket of a small index: reading each bucket once takes a tenth of the parses.
   */
  private readonly checked = { keys: new Map<number, [string, unknown[]][]>(), ids: new Map<number, [string, unknown[]][]>() };
  private constructor(
    private readonly fd: number,
    private readonly header: Header,
  ) {}

  get records(): number {
    return this.header.records;
  }
  get skips(): readonly SkipSummary[] {
    return this.header.skips;
  }
  get ecosystems(): Record<string, EcosystemRecords> {
    return this.header.ecosystems;
  }
  get sha256(): string {
    return this.header.sha256;
  }
  get identity(): BundleIdentity {
    return this.header.identity;
  }
  get builtAt(): string {
    return this.header.builtAtNs;
  }
  get uniqueIds(): boolean {
    return this.header.sharedIds === 0;
  }

  static open(file: string): FileLookup | undefined {
    let fd: number;
    try {
      fd = openSync(file, 'r');
    } catch {
      return undefined;
    }
    try {
      const size = fstatSync(fd).size;
      if (size < TRAILER) throw new IndexDamaged('too short');
      const trailer = readAt(fd, size - TRAILER, TRAILER);
      if (trailer.length !== TRAILER || !trailer.subarray(8).equals(MAGIC)) throw new IndexDamaged('not an index');
      const length = trailer.readUInt32LE(0);
      if (length > size - TRAILER) throw new IndexDamaged('header runs past the file');
      const bytes = readAt(fd, size - TRAILER - length, length);
      if (bytes.length !== length || crc32(bytes) !== trailer.readUInt32LE(4)) throw new IndexDamaged('header damaged');
      const header = JSON.parse(bytes.toString('utf8')) as Header;
      if (header.format !== INDEX_FORMAT || header.tool !== TOOL_VERSION || header.fileSize !== size) throw new IndexDamaged('another format, version or length');
      return new FileLookup(fd, header);
    } catch {
      closeSync(fd);
      return undefined;
    }
  }

  /** Whether the index describes this bundle: the same identity, or failing that the same digest. */
  describes(identity: BundleIdentity, digest: () => string): boolean {
    const h = this.header;
    return (sameIdentity(identity, h.identity) && settled(h.identity, h.builtAtNs)) || digest() === h.sha256;
  }

  expect(which: 'keys' | 'ids', count: number): void {
    // Many lookups: reading the table once is cheaper than a pair of small reads per name.
    const t = this.header[which];
    if (count * 4 >= t.buckets && !this.whole.has(which)) this.whole.set(which, readAt(this.fd, t.dataAt, t.dataLength + t.buckets * SLOT));
  }

  private find(which: 'keys' | 'ids', name: string): IndexedEntry[] {
    for (const [n, rows] of this.bucket(which, hash(name) % this.header[which].buckets)) if (n === name) return rows.map(fromRow);
    return [];
  }

  all(): IndexedEntry[] {
    this.expect('ids', Infinity);
    const out: IndexedEntry[] = [];
    for (let b = 0; b < this.header.ids.buckets; b++) for (const [, rows] of this.bucket('ids', b)) out.push(...rows.map(fromRow));
    return out.sort((a, b) => a.n - b.n);
  }

  private bucket(which: 'keys' | 'ids', b: number): [string, unknown[]][] {
    const done = this.checked[which].get(b);
    if (done) return done;
    const rows = this.readBucket(which, b);
    this.checked[which].set(b, rows);
    return rows;
  }

  private readBucket(which: 'keys' | 'ids', b: number): [string, unknown[]][] {
    const t = this.header[which];
    const whole = this.whole.get(which);
    const part = (at: number, length: number): Buffer => (whole ? whole.subarray(at - t.dataAt, at - t.dataAt + length) : readAt(this.fd, at, length));
    const slot = part(t.slotsAt + b * SLOT, SLOT);
    if (slot.length !== SLOT || slot.readUInt32LE(12) !== slotCheck(slot, 0, b)) throw new IndexDamaged(`slot ${b} damaged`);
    const offset = slot.readUInt32LE(0);
    const length = slot.readUInt32LE(4);
    if (length === 0) return [];
    if (offset + length > t.dataLength) throw new IndexDamaged(`bucket ${b} runs past its table`);
    const body = part(t.dataAt + offset, length);
    if (body.length !== length || crc32(body) !== slot.readUInt32LE(8)) throw new IndexDamaged(`bucket ${b} damaged`);
    let parsed: unknown;
    try {
      parsed = JSON.parse(body.toString('utf8'));
    } catch {
      throw new IndexDamaged(`bucket ${b} damaged`);
    }
    if (!Array.isArray(parsed) || parsed[0] !== b || !Array.isArray(parsed[1])) throw new IndexDamaged(`bucket ${b} damaged`);
    for (const item of parsed[1] as unknown[]) {
      if (!Array.isArray(item) || typeof item[0] !== 'string' || !Array.isArray(item[1])) throw new IndexDamaged(`bucket ${b} damaged`);
    }
    return parsed[1] as [string, unknown[]][];
  }

  byKey(key: string): IndexedEntry[] {
    return this.find('keys', key);
  }
  byId(id: string): IndexedEntry[] {
    return this.find('ids', id);
  }
  close(): void {
    this.whole.clear();
    this.checked.keys.clear();
    this.checked.ids.clear();
    try {
      closeSync(this.fd);
    } catch {
      // already closed
    }
  }
}

function readAt(fd: number, position: number, length: number): Buffer {
  const out = Buffer.allocUnsafe(length);
  let done = 0;
  while (done < length) {
    const n = readSync(fd, out, done, length - done, position + done);
    if (n === 0) break;
    done += n;
  }
  indexIo.bytesRead += done;
  return out.subarray(0, done);
}

/**
 * The cached index of this bundle, when there is one that describes it (see above); undefined
 * when there is none, it is damaged, or it describes another bundle.
 */
export function openIndex(dir: string, bundlePath: string, identity: BundleIdentity, digest: () => string): BundleLookup | undefined {
  const index = FileLookup.open(indexFileFor(dir, bundlePath));
  if (!index) return undefined;
  if (index.describes(identity, digest)) return index;
  index.close();
  return undefined;
}

/**
 * The index this run just wrote, read from its file like a cached one: the index built in memory
 * can go before matching starts. Undefined when the file is not the one written (another run may
 * have replaced it since).
 */
export function reopenIndex(dir: string, bundlePath: string, sha256: string, builtAtNs: string): BundleLookup | undefined {
  const index = FileLookup.open(indexFileFor(dir, bundlePath));
  if (index && index.sha256 === sha256 && index.builtAt === builtAtNs) return index;
  index?.close();
  return undefined;
}

/**
 * Makes sure `dir` is a real folder that only this user can write, so that no other account on a
 * shared machine can plant an index that hides advisories. Returns why it cannot be used, if so.
 */
export function prepareCacheDir(dir: string): string | undefined {
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const st = lstatSync(dir);
    if (!st.isDirectory()) return `${dir} is not a folder`;
    if (typeof process.getuid === 'function' && st.uid !== process.getuid()) return `${dir} belongs to another user`;
    if ((st.mode & 0o022) !== 0) return `${dir} is writable by other users`;
    return undefined;
  } catch (err) {
    return `${dir} cannot be used (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`;
  }
}
