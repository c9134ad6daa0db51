import { Worker } from 'node:worker_threads';

// Inflating a bundle's entries on a second thread while the main thread parses and indexes the
// entries inflated before them: building the index of OSV's complete export is a million small
// inflates (a third of the work) and as much JSON parsing, and the action's runners have two to
// four cores. The worker does nothing but inflate: every check before inflating, and the length
// and CRC-32 after, stay with the zip reader (zip.ts), so a skip reads the same whichever thread
// inflated. The worker's code is plain JavaScript given as a string, so it runs the same from the
// sources, the tests and the bundled action, with no file of its own to find.
const SOURCE = `
const { parentPort } = require('node:worker_threads');
const { crc32, inflateRawSync } = require('node:zlib');
const { read } = require('node:fs');
const { createHash } = require('node:crypto');
// The bundle's SHA-256, read a chunk at a time between batches: the worker waits for the main
// thread a fifth of the time, and the digest is a second of hashing that thread need not do.
function digest({ id, fd, size }) {
  const hash = createHash('sha256');
  const buf = Buffer.allocUnsafe(4 * 1024 * 1024);
  let at = 0;
  const next = () => {
    if (at >= size) return parentPort.postMessage({ id, digest: hash.digest('hex') });
    read(fd, buf, 0, Math.min(buf.length, size - at), at, (err, n) => {
      if (err || n === 0) return parentPort.postMessage({ id, error: err ? String(err.message) : 'file ended early' });
      hash.update(buf.subarray(0, n));
      at += n;
      next();
    });
  };
  next();
}
parentPort.on('message', (m) => {
  if (m.fd !== undefined) return digest(m);
  const { id, raw, out, lengths, sizes } = m;
  const input = Buffer.from(raw);
  const output = Buffer.from(out);
  const status = new Float64Array(lengths.length);
  const crcs = new Uint32Array(lengths.length);
  const errors = [];
  let at = 0;
  let to = 0;
  for (let i = 0; i < lengths.length; i++) {
    const src = input.subarray(at, at + lengths[i]);
    at += lengths[i];
    try {
      const got = inflateRawSync(src, { maxOutputLength: Math.max(1, sizes[i]), chunkSize: Math.max(64, sizes[i] + 1) });
      got.copy(output, to);
      to += got.length;
      status[i] = got.length;
      crcs[i] = crc32(got);
    } catch (err) {
      status[i] = -1;
      errors.push([i, typeof err.code === 'string' ? err.code : '', String(err.message)]);
    }
  }
  parentPort.postMessage({ id, raw, out, status, crcs, errors }, [raw, out, status.buffer, crcs.buffer]);
});
`;

/** Entries to inflate, copied into one buffer that goes to the worker and comes back. */
export class InflateBatch {
  used = 0;
  count = 0;
  // Typed: a message copies them as bytes, where arrays of numbers are serialised one by one.
  lengths = new Float64Array(256);
  sizes = new Float64Array(256);
  /** Sum of the declared sizes: the room the worker needs for the output. */
  declared = 0;
  constructor(public raw: ArrayBuffer) {}
  /** Adds one entry's deflate data (copied) and its declared inflated size (the cap). */
  add(data: Uint8Array, size: number): void {
    if (this.used + data.length > this.raw.byteLength) {
      const bigger = new ArrayBuffer(Math.max(this.raw.byteLength * 2, this.used + data.length));
      new Uint8Array(bigger).set(new Uint8Array(this.raw, 0, this.used));
      this.raw = bigger;
    }
    new Uint8Array(this.raw, this.used, data.length).set(data);
    this.used += data.length;
    if (this.count === this.lengths.length) {
      const grow = (a: Float64Array<ArrayBuffer>): Float64Array<ArrayBuffer> => {
        const b = new Float64Array(a.length * 2);
        b.set(a);
        return b;
      };
      this.lengths = grow(this.lengths);
      this.sizes = grow(this.sizes);
    }
    this.lengths[this.count] = data.length;
    this.sizes[this.count] = size;
    this.count++;
    this.declared += size;
  }
}

/** An inflated entry with its CRC-32, or why it could not be inflated (the error's code and message). */
export type Inflated = { data: Buffer; crc: number } | { code: string; message: string };

interface Reply {
  id: number;
  digest?: string;
  error?: string;
  raw: ArrayBuffer;
  out: ArrayBuffer;
  status: Float64Array;
  crcs: Uint32Array;
  errors: [number, string, string][];
}

/** Buffers kept for reuse: a bundle is a thousand batches, and new ones each time are garbage. */
const KEEP = 8;

/** A worker thread that inflates batches of entries. */
export class InflateWorker {
  private next = 0;
  private readonly waiting = new Map<number, { resolve: (r: Reply) => void; reject: (e: Error) => void }>();
  private failed: Error | undefined;
  private readonly free: ArrayBuffer[] = [];

  private constructor(private readonly worker: Worker) {
    worker.on('message', (reply: Reply) => {
      const w = this.waiting.get(reply.id);
      this.waiting.delete(reply.id);
      w?.resolve(reply);
    });
    const fail = (err: Error): void => {
      this.failed = err;
      for (const w of this.waiting.values()) w.reject(err);
      this.waiting.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`inflate worker exited (${code})`)));
    // Not unref()ed: while the main thread waits for a batch, the worker is all that keeps the
    // process alive. close() ends it.
  }

  /** A worker, or undefined when none can be started (the caller inflates on its own thread). */
  static start(): InflateWorker | undefined {
    try {
      return new InflateWorker(new Worker(SOURCE, { eval: true }));
    } catch {
      return undefined;
    }
  }

  private buffer(bytes: number): ArrayBuffer {
    const i = this.free.findIndex((b) => b.byteLength >= bytes);
    return i === -1 ? new ArrayBuffer(Math.max(bytes, 64 * 1024)) : this.free.splice(i, 1)[0]!;
  }

  batch(bytes: number): InflateBatch {
    return new InflateBatch(this.buffer(bytes));
  }

  /**
   * The batch's entries inflated, in order, and a function that gives the buffers back once the
   * caller is done with the entries; rejects if the worker fails (the caller inflates them itself).
   */
  async inflate(batch: InflateBatch): Promise<{ inflated: Inflated[]; done: () => void }> {
    if (this.failed) throw this.failed;
    // An entry declaring 0 bytes may inflate to the 1 byte the cap allows: room for it.
    const out = this.buffer(batch.declared + batch.count);
    const id = this.next++;
    const reply = await new Promise<Reply>((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      const lengths = batch.lengths.slice(0, batch.count);
      const sizes = batch.sizes.slice(0, batch.count);
      this.worker.postMessage({ id, raw: batch.raw, out, lengths, sizes }, [batch.raw, out, lengths.buffer, sizes.buffer]);
    });
    const done = (): void => {
      for (const b of [reply.raw, reply.out]) if (this.free.length < KEEP) this.free.push(b);
    };
    return { inflated: unpack(reply), done };
  }

  /**
   * SHA-256 (hex) of the first `size` bytes of the open file `fd`, read and hashed on the worker
   * between batches; rejects if the worker fails or the file cannot be read to `size`.
   */
  async digest(fd: number, size: number): Promise<string> {
    if (this.failed) throw this.failed;
    const id = this.next++;
    const reply = await new Promise<Reply>((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.worker.postMessage({ id, fd, size });
    });
    if (reply.digest === undefined) throw new Error(reply.error ?? 'no digest from the inflate worker');
    return reply.digest;
  }

  close(): void {
    this.failed ??= new Error('inflate worker closed');
    this.worker.removeAllListeners();
    void this.worker.terminate();
  }
}

function unpack(reply: Reply): Inflated[] {
  const out = Buffer.from(reply.out);
  const errors = new Map(reply.errors.map(([i, code, message]) => [i, { code, message }]));
  const result: Inflated[] = [];
  let at = 0;
  for (let i = 0; i < reply.status.length; i++) {
    const length = reply.status[i]!;
    if (length < 0) {
      result.push(errors.get(i) ?? { code: '', message: 'no answer from the inflate worker' });
      continue;
    }
    result.push({ data: out.subarray(at, at + length), crc: reply.crcs[i]! });
    at += length;
  }
  return result;
}
