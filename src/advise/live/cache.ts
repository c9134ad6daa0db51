import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isRecord } from '../../parse/json.js';

// A folder of cached answers, one JSON file per (source, request), so that a workflow can keep
// it between runs with actions/cache and an air-gapped run can be fed a copy. Each entry carries
// the time it was fetched; whether it is fresh enough to skip the network, or too old to trust
// when the network fails, is decided by the caller per source. Entries are written atomically
// (a temporary file renamed into place), so a run killed mid-write leaves no half entry; an
// entry that does not parse, or whose stored key is not the one asked for, is a miss.

/** Bumped when the entry layout changes, so an old cache folder is ignored rather than misread. */
export const CACHE_LAYOUT = 'v1';
/** An entry larger than this is not read back (the largest legitimate one is the KEV feed, ~2 MB). */
const MAX_ENTRY_BYTES = 256 * 1024 * 1024;

export interface CacheEntry<T> {
  /** ISO time the value was fetched from the network. */
  fetched: string;
  value: T;
}

interface StoredEntry {
  layout: string;
  source: string;
  key: string;
  fetched: string;
  value: unknown;
}

export class LiveCache {
  /** Why the cache could not be written, once per run: a read-only folder must not fail every request. */
  writeError: string | undefined;
  /** Entries found unreadable or corrupt (ignored). */
  readonly corrupt: string[] = [];

  constructor(readonly dir: string | undefined) {}

  private path(source: string, key: string): string | undefined {
    if (!this.dir) return undefined;
    const digest = createHash('sha256').update(`${source}\u0000${key}`).digest('hex');
    // The source is one of the module's own names; the key is hashed, so no path can be injected.
    return join(this.dir, CACHE_LAYOUT, source.replace(/[^a-z0-9-]/gi, '_'), digest.slice(0, 2), `${digest}.json`);
  }

  async get<T>(source: string, key: string, check: (value: unknown) => value is T): Promise<CacheEntry<T> | undefined> {
    const path = this.path(source, key);
    if (!path) return undefined;
    let text: string;
    try {
      const st = await stat(path);
      if (!st.isFile() || st.size > MAX_ENTRY_BYTES) {
        this.corrupt.push(path);
        return undefined;
      }
      text = await readFile(path, 'utf8');
    } catch {
      return undefined;
    }
    try {
      const raw: unknown = JSON.parse(text);
      if (
        isRecord(raw) &&
        raw.layout === CACHE_LAYOUT &&
        raw.source === source &&
        raw.key === key &&
        typeof raw.fetched === 'string' &&
        !Number.isNaN(Date.parse(raw.fetched)) &&
        check(raw.value)
      ) {
        return { fetched: raw.fetched, value: raw.value };
      }
    } catch {
      // Falls through: a corrupt entry is a miss.
    }
    this.corrupt.push(path);
    return undefined;
  }

  async put(source: string, key: string, entry: CacheEntry<unknown>): Promise<void> {
    const path = this.path(source, key);
    if (!path || this.writeError !== undefined) return;
    const stored: StoredEntry = { layout: CACHE_LAYOUT, source, key, fetched: entry.fetched, value: entry.value };
    const tmp = `${path}.${randomBytes(6).toString('hex')}.tmp`;
    try {
      await mkdir(join(path, '..'), { recursive: true });
      await writeFile(tmp, JSON.stringify(stored));
      await rename(tmp, path);
    } catch (err) {
      this.writeError = `cache folder ${this.dir} not writable: ${(err as Error).message}`;
      await unlink(tmp).catch(() => undefined);
    }
  }
}
