import type { Problem } from '../../model/types.js';
import type { SourceInfo } from '../db.js';
import type { CacheEntry } from './cache.js';
import { LiveCache } from './cache.js';
import { HttpClient, HttpError } from './http.js';
import type { FailurePolicy, LiveSource } from './options.js';

// What every live source shares: one HTTP client, one cache folder, and one way of turning
// "the network said no" into data or a Problem. A request is answered from the cache when the
// entry is fresh enough for its source, from the network otherwise; when the network fails the
// cached entry (of any age) stands in, and an entry older than the source's staleness limit is
// reported under the failure policy, like Grype's maximum database age. A request that has
// neither is missing data, reported under the same policy: never a silent pass.

export type { FailurePolicy, LiveSource };
export { LIVE_SOURCES, agesFor } from './options.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** How long an answer is reused without asking the network again. */
export const DEFAULT_FRESH_MS: Record<LiveSource, number> = {
  'osv-api': 1 * HOUR,
  // Registry answers are release dates of published versions, which do not change; a cached table
  // that lacks the version asked for is refetched regardless (see registries.ts).
  'registry-dates': Infinity,
  kev: 12 * HOUR,
  // FIRST recomputes EPSS once a day.
  epss: 24 * HOUR,
  endoflife: 24 * HOUR,
};

/** Staleness limits in days: older cached data, used because the network failed, is reported. */
export const DEFAULT_MAX_AGE_DAYS: Record<LiveSource, number> = {
  'osv-api': 5,
  'registry-dates': Infinity,
  kev: 5,
  epss: 5,
  endoflife: 7,
};


/** A well-formed HTTP answer that is not what the endpoint documents. */
export class ShapeError extends Error {
  override name = 'ShapeError';
}

export interface ContextOptions {
  onSourceError: FailurePolicy;
  /** No network at all: only the cache answers. */
  offline: boolean;
  cacheDir?: string;
  maxAgeDays: Partial<Record<LiveSource, number>>;
  freshMs: Partial<Record<LiveSource, number>>;
  http: HttpClient;
  /** Wall-clock time for cache ages (never the report's `now`, which may be in the past). */
  clock: () => number;
}

export type Fetched<T> =
  | { value: T; fetched: string; from: 'network' | 'cache' | 'fallback'; error?: undefined }
  | { value?: undefined; error: string };

export interface CacheLookup<T> {
  source: LiveSource;
  /** Cache key: the request as the source understands it (not the URL, which can be reconfigured). */
  key: string;
  /** What was asked, for messages: `npm ws`, `querybatch of 1000 packages`. */
  label: string;
  check: (value: unknown) => value is T;
  /** Overrides the source's freshness limit: whether this entry can be used without the network. */
  fresh?: (entry: CacheEntry<T>) => boolean;
}

export interface CachedRequest<T> extends CacheLookup<T> {
  fetch: () => Promise<T>;
}

export type Lookup<T> =
  | { hit: Fetched<T> & { value: T }; entry?: undefined; blocked?: undefined }
  | { hit?: undefined; entry?: CacheEntry<T>; blocked?: string };

interface SourceLog {
  failures: { label: string; error: string }[];
  fallbacks: { label: string; error: string; fetched: string }[];
  stale: { label: string; fetched: string }[];
  oldestUsed?: string;
  network: number;
  cached: number;
}

/** Consecutive failed requests (timeouts, refused connections) to one origin before it is treated as down. */
const BREAKER_THRESHOLD = 3;

export class LiveContext {
  readonly http: HttpClient;
  readonly cache: LiveCache;
  readonly policy: FailurePolicy;
  readonly offline: boolean;
  private readonly clock: () => number;
  private readonly maxAgeMs: Record<LiveSource, number>;
  private readonly freshMs: Record<LiveSource, number>;
  private readonly logs = new Map<LiveSource, SourceLog>();
  private readonly downStreak = new Map<string, number>();
  private readonly down = new Map<string, string>();
  private writeErrorReported = false;

  constructor(opts: ContextOptions) {
    this.http = opts.http;
    this.cache = new LiveCache(opts.cacheDir);
    this.policy = opts.onSourceError;
    this.offline = opts.offline;
    this.clock = opts.clock;
    this.maxAgeMs = { ...DEFAULT_MAX_AGE_DAYS };
    for (const s of Object.keys(this.maxAgeMs) as LiveSource[]) {
      this.maxAgeMs[s] = (opts.maxAgeDays[s] ?? DEFAULT_MAX_AGE_DAYS[s]) * DAY;
    }
    this.freshMs = { ...DEFAULT_FRESH_MS, ...opts.freshMs };
  }

  static create(opts: Partial<ContextOptions> & { onSourceError: FailurePolicy }): LiveContext {
    return new LiveContext({
      offline: false,
      maxAgeDays: {},
      freshMs: {},
      http: new HttpClient(),
      clock: Date.now,
      ...opts,
    });
  }

  now(): string {
    return new Date(this.clock()).toISOString();
  }

  private log(source: LiveSource): SourceLog {
    let l = this.logs.get(source);
    if (!l) {
      l = { failures: [], fallbacks: [], stale: [], network: 0, cached: 0 };
      this.logs.set(source, l);
    }
    return l;
  }

  private ageMs(fetched: string): number {
    return Math.max(0, this.clock() - Date.parse(fetched));
  }

  private used(source: LiveSource, label: string, fetched: string): void {
    const l = this.log(source);
    if (l.oldestUsed === undefined || fetched < l.oldestUsed) l.oldestUsed = fetched;
    if (this.ageMs(fetched) > this.maxAgeMs[source]) l.stale.push({ label, fetched });
  }

  private noteOutcome(err: unknown): void {
    if (!(err instanceof HttpError)) return;
    let origin: string;
    try {
      origin = new URL(err.url).origin;
    } catch {
      return;
    }
    if (err.kind === 'timeout' || err.kind === 'network' || err.kind === 'retry-after') {
      const streak = (this.downStreak.get(origin) ?? 0) + 1;
      this.downStreak.set(origin, streak);
      if (streak >= BREAKER_THRESHOLD) this.down.set(origin, err.message);
    }
  }

  private noteSuccess(url: string | undefined): void {
    if (url === undefined) return;
    try {
      this.downStreak.delete(new URL(url).origin);
    } catch {
      // Not a URL: nothing to reset.
    }
  }

  /**
   * Whether requests to this URL's origin are being skipped because it failed repeatedly; once a
   * host is down, waiting out every remaining request's timeouts and retries would only stall the run.
   */
  downReason(url: string): string | undefined {
    try {
      return this.down.get(new URL(url).origin);
    } catch {
      return undefined;
    }
  }

  /**
   * The cache half of a request: a usable entry (fresh for its source, or any entry when offline)
   * is a hit; otherwise the caller asks the network, unless `blocked` says why it must not, and
   * hands the outcome to `settle`. Split in two so that batched requests (one OSV querybatch for
   * a thousand packages) follow the same rules as single ones.
   */
  async lookup<T>(req: CacheLookup<T>, url?: string): Promise<Lookup<T>> {
    const entry = await this.cache.get(req.source, req.key, req.check);
    if (entry) {
      // An entry the source confirmed current (an OSV record whose `modified` querybatch just
      // reported, a release date) is as good as new: its age says nothing about the data's.
      const confirmed = !this.offline && req.fresh !== undefined && req.fresh(entry);
      const fresh = confirmed || (req.fresh === undefined && this.ageMs(entry.fetched) < this.freshMs[req.source]);
      if (fresh || this.offline) {
        this.log(req.source).cached++;
        if (!confirmed) this.used(req.source, req.label, entry.fetched);
        return { hit: { value: entry.value, fetched: entry.fetched, from: 'cache' } };
      }
    }
    const down = url === undefined ? undefined : this.downReason(url);
    const blocked = this.offline ? 'not in the cache, and the run is offline' : down === undefined ? undefined : `skipped, the server failed earlier requests: ${down}`;
    const miss: Lookup<T> = {};
    if (entry) miss.entry = entry;
    if (blocked !== undefined) miss.blocked = blocked;
    return miss;
  }

  /** The network half: keeps a good answer, falls back to the cached entry, or records missing data. */
  async settle<T>(req: CacheLookup<T>, entry: CacheEntry<T> | undefined, outcome: { value: T } | { error: unknown }, url?: string): Promise<Fetched<T>> {
    const l = this.log(req.source);
    if ('value' in outcome) {
      this.noteSuccess(url);
      const fetched = this.now();
      await this.cache.put(req.source, req.key, { fetched, value: outcome.value });
      l.network++;
      this.used(req.source, req.label, fetched);
      return { value: outcome.value, fetched, from: 'network' };
    }
    this.noteOutcome(outcome.error);
    const error = outcome.error instanceof Error ? outcome.error.message : String(outcome.error);
    if (entry) {
      l.cached++;
      l.fallbacks.push({ label: req.label, error, fetched: entry.fetched });
      this.used(req.source, req.label, entry.fetched);
      return { value: entry.value, fetched: entry.fetched, from: 'fallback' };
    }
    l.failures.push({ label: req.label, error });
    return { error };
  }

  /** One request through the cache, the network and the fallback rules. `url` names the origin for the breaker. */
  async cached<T>(req: CachedRequest<T>, url?: string): Promise<Fetched<T>> {
    const found = await this.lookup(req, url);
    if (found.hit) return found.hit;
    if (found.blocked !== undefined) return this.settle(req, found.entry, { error: found.blocked }, url);
    let outcome: { value: T } | { error: unknown };
    try {
      outcome = { value: await req.fetch() };
    } catch (error) {
      outcome = { error };
    }
    return this.settle(req, found.entry, outcome, url);
  }

  /** The source as the report lists it; `fetched` is the oldest data used. */
  sourceInfo(source: LiveSource, kind: string, path: string, records: number): SourceInfo {
    const info: SourceInfo = { kind, path, records };
    const oldest = this.logs.get(source)?.oldestUsed;
    if (oldest) info.fetched = oldest;
    return info;
  }

  /** Whether any answer of this source came over the network or from the cache. */
  answered(source: LiveSource): boolean {
    const l = this.logs.get(source);
    return l !== undefined && l.network + l.cached > 0;
  }

  /**
   * The problems of one source, summarised (a registry that is down gives one problem, not one per
   * package). `missing` says what the report lacks when requests failed.
   */
  problems(source: LiveSource, origin: string, subject: string, missing: string): Problem[] {
    const l = this.logs.get(source);
    if (!l) return [];
    const out: Problem[] = [];
    // Drained as reported, so a session used for several calls does not repeat a problem.
    const failures = l.failures.splice(0);
    const fallbacks = l.fallbacks.splice(0);
    const stale = l.stale.splice(0);
    const level: Problem['level'] = this.policy === 'fail' ? 'error' : 'warning';
    // Grouped by error, so a registry that is down reads as one cause with the packages it hit.
    const examples = (items: { label: string; error?: string }[]): string => {
      const groups = new Map<string, string[]>();
      for (const i of items) {
        const labels = groups.get(i.error ?? '');
        if (labels) labels.push(i.label);
        else groups.set(i.error ?? '', [i.label]);
      }
      const parts = [...groups].slice(0, 3).map(([error, labels]) => {
        const names = labels.slice(0, 3).join(', ') + (labels.length > 3 ? `, … (${labels.length - 3} more)` : '');
        return error ? `${names}: ${error}` : names;
      });
      return parts.join('; ') + (groups.size > 3 ? `; … (${groups.size - 3} more causes)` : '');
    };
    if (failures.length > 0) {
      out.push({
        level,
        origin,
        message: `${subject}: ${failures.length} request(s) got no answer, ${missing}: ${examples(failures)}`,
      });
    }
    if (fallbacks.length > 0) {
      const oldest = fallbacks.reduce((a, b) => (a.fetched < b.fetched ? a : b)).fetched;
      out.push({
        level: 'warning',
        origin,
        message: `${subject}: ${fallbacks.length} request(s) failed and were answered from the cache (oldest entry fetched ${oldest}): ${examples(fallbacks)}`,
      });
    }
    if (stale.length > 0) {
      const oldest = stale.reduce((a, b) => (a.fetched < b.fetched ? a : b)).fetched;
      const days = Math.floor(this.ageMs(oldest) / DAY);
      out.push({
        level,
        origin,
        message: `${subject}: ${stale.length} cached answer(s) are older than the ${this.maxAgeMs[source] / DAY}-day limit (oldest fetched ${oldest}, ${days} days ago): ${examples(stale)}`,
      });
    }
    return out;
  }

  /** Problems of the cache folder itself (not writable, corrupt entries), once per run. */
  cacheProblems(origin: string): Problem[] {
    const out: Problem[] = [];
    if (this.cache.writeError && !this.writeErrorReported) {
      this.writeErrorReported = true;
      out.push({ level: 'warning', origin, message: this.cache.writeError });
    }
    const corrupt = this.cache.corrupt.splice(0);
    if (corrupt.length > 0) {
      out.push({
        level: 'warning',
        origin,
        file: corrupt[0],
        message: `${corrupt.length} cache entr${corrupt.length === 1 ? 'y was' : 'ies were'} unreadable and ignored (refetched)`,
      });
    }
    return out;
  }
}
