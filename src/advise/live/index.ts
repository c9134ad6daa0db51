import type { Component, Problem } from '../../model/types.js';
import { AdvisoryDb } from '../db.js';
import type { AdvisorySource, SortedSourceConfig } from '../sources.js';
import type { SourceInfo } from '../db.js';
import type { FailurePolicy, LiveSource } from './context.js';
import { LiveContext, agesFor } from './context.js';
import { fetchEndoflife } from './endoflife.js';
import { runtimeProductResolver } from '../runtime/repositories.js';
import type { LiveEndoflifeResult } from './endoflife.js';
import { DEFAULT_ENDOFLIFE_URL } from './endoflife.js';
import { HttpClient } from './http.js';
import type { HttpSettings } from './http.js';
import { OSV_ORIGIN, addApiRecords, osvSourceInfo, queryOsvApi } from './osv-api.js';
import type { RegistryName } from './registry-urls.js';

// The live sources as check() uses them: one session per run shares the HTTP client (so the
// per-host limits hold across sources), the cache folder and the failure policy. Every entry
// point returns data, the sources it used (for the report) and Problems; none of them throws.

export type { FailurePolicy, LiveSource } from './context.js';
export { LIVE_SOURCES, DEFAULT_MAX_AGE_DAYS } from './context.js';
export type { RegistryName } from './registry-urls.js';
export { DEFAULT_REGISTRY_URLS } from './registry-urls.js';
export { DEFAULT_OSV_API_URL } from './options.js';
export { DEFAULT_ENDOFLIFE_URL } from './endoflife.js';
export type { LiveEndoflifeResult } from './endoflife.js';
export { defaultCacheDir, liveOptionsFrom } from './options.js';
import { osvApiBase } from './options.js';
export type { LiveSettings, SettingError } from './options.js';

export interface LiveOptions {
  /** OSV API base URL (default https://api.osv.dev). */
  osvApiUrl?: string;
  /** Per-registry base URLs; the rest use DEFAULT_REGISTRY_URLS. */
  registryUrls?: Partial<Record<RegistryName, string>>;
  kevUrl?: string;
  /** FIRST's EPSS API endpoint. */
  epssUrl?: string;
  /** When set, the full EPSS CSV (optionally .gz) is downloaded from here instead of asking the API. */
  epssCsvUrl?: string;
  endoflifeUrl?: string;
  /** Cache folder; undefined: no cache (every run asks the network). */
  cacheDir?: string;
  /**
   * Staleness limit of cached data used because the network failed or the run is offline: one
   * number for every source but registry-dates (release dates do not age), or per source.
   */
  maxCacheAgeDays?: number | Partial<Record<LiveSource, number>>;
  /** What an unreachable source or a too-old cache is: an error (`fail`, exit 2; default) or a warning. */
  onSourceError?: FailurePolicy;
  /** Sources switched off; their entry points return nothing and ask nothing. */
  disabled?: Iterable<LiveSource>;
  /** No network: only the cache folder answers (what is not there is missing, under the policy). */
  offline?: boolean;
  /** Per attempt, milliseconds (default 30,000). */
  timeoutMs?: number;
  /** Anything else of the HTTP client (retries, backoff, concurrency, byte cap). */
  http?: Partial<HttpSettings>;
  /** Queries per OSV querybatch request (at most 1,000, the default). */
  osvBatchSize?: number;
}

export class LiveSession {
  readonly ctx: LiveContext;
  readonly options: LiveOptions;
  private readonly disabled: ReadonlySet<LiveSource>;

  constructor(opts: LiveOptions = {}) {
    this.options = opts;
    this.disabled = new Set(opts.disabled ?? []);
    const ages = typeof opts.maxCacheAgeDays === 'number' ? agesFor(opts.maxCacheAgeDays) : (opts.maxCacheAgeDays ?? {});
    const http = new HttpClient({ ...opts.http, ...(opts.timeoutMs !== undefined ? { timeoutMs: opts.timeoutMs } : {}) });
    this.ctx = LiveContext.create({
      onSourceError: opts.onSourceError ?? 'fail',
      offline: opts.offline ?? false,
      maxAgeDays: ages,
      http,
      ...(opts.cacheDir !== undefined ? { cacheDir: opts.cacheDir } : {}),
    });
  }

  enabled(source: LiveSource): boolean {
    return !this.disabled.has(source);
  }

  /** A source's result with the cache's own problems (unreadable or damaged entries) added. */
  withCacheProblems<T extends { problems: Problem[] }>(result: T): T {
    result.problems.push(...this.ctx.cacheProblems('advise/cache'));
    return result;
  }

  /** OSV API records for the components, added to `db`; `held`: records other sources gave already (for the record limit). */
  async advisories(components: readonly Component[], db: AdvisoryDb, held = 0): Promise<LiveAdvisoriesResult> {
    if (!this.enabled('osv-api')) return { db, added: 0, sources: [], problems: [] };
    const base = osvApiBase(this.options);
    try {
      const got = await queryOsvApi(components, this.ctx, { baseUrl: base, ...(this.options.osvBatchSize ? { batchSize: this.options.osvBatchSize } : {}) });
      const { added, problems } = addApiRecords(got.records, db, base, held);
      const sources = this.ctx.answered('osv-api') || got.queries === 0 ? [osvSourceInfo(this.ctx, base, added)] : [];
      return this.withCacheProblems({ db, added, sources, problems: [...got.problems, ...problems] });
    } catch (err) {
      return { db, added: 0, sources: [], problems: [internalProblem(OSV_ORIGIN, err, this.ctx.policy)] };
    }
  }

  /** endoflife.date release cycles of these products (the runtime catalogue's ids). */
  async endoflife(products: Iterable<string>): Promise<LiveEndoflifeResult> {
    if (!this.enabled('endoflife')) return { products: [], sources: [], problems: [] };
    try {
      return this.withCacheProblems(await fetchEndoflife(this.ctx, this.options.endoflifeUrl ?? DEFAULT_ENDOFLIFE_URL, products));
    } catch (err) {
      return { products: [], sources: [], problems: [internalProblem('advise/endoflife', err, this.ctx.policy)] };
    }
  }
}

/** A bug of ours must still not pass silently: it is reported like an unreachable source. */
export function internalProblem(origin: string, err: unknown, policy: FailurePolicy): Problem {
  const message = err instanceof Error ? (err.stack ?? err.message) : String(err);
  return { level: policy === 'fail' ? 'error' : 'warning', origin, message: `internal error, source not used (please report it): ${message}` };
}

export interface LiveAdvisoriesResult {
  db: AdvisoryDb;
  /** Records added to `db`. */
  added: number;
  sources: SourceInfo[];
  problems: Problem[];
}

export const session = (live: LiveOptions | LiveSession): LiveSession => (live instanceof LiveSession ? live : new LiveSession(live));

/** OSV API records affecting the components, into `db` (a new one by default). */
export function loadLiveAdvisories(components: readonly Component[], live: LiveOptions | LiveSession, db = new AdvisoryDb()): Promise<LiveAdvisoriesResult> {
  return session(live).advisories(components, db);
}

/** The OSV API as an advisory source (records for the inventory's packages). */
export function osvApiSource(config: SortedSourceConfig): AdvisorySource | undefined {
  const live = config.live;
  if (!live?.enabled('osv-api')) return undefined;
  return {
    gives: 'osv',
    async advisoriesFor(components, known) {
      const got = await live.advisories(components, new AdvisoryDb(), known.osv.size);
      return { osv: got.db, sources: got.sources, problems: got.problems };
    },
  };
}

/** endoflife.date's API as an advisory source: release cycles of the images' products that the files lacked. */
export function endoflifeApiSource(config: SortedSourceConfig): AdvisorySource | undefined {
  const live = config.live;
  if (!live?.enabled('endoflife')) return undefined;
  return {
    gives: 'runtime',
    async advisoriesFor(components, known) {
      // The products as the files' identifiers, repositories and the policy name them, so the API fills only gaps.
      const productOf = runtimeProductResolver(known.runtime, config.policyImages);
      const wanted = new Set(components.flatMap((c) => productOf(c) ?? []));
      const got = await live.endoflife([...wanted].filter((p) => !known.runtime.products.has(p)));
      return { products: got.products, sources: got.sources, problems: got.problems };
    },
  };
}
