import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import type { ThrottlingOptions } from '@octokit/plugin-throttling';
import { TOOL_NAME, TOOL_VERSION } from '../version.js';

// The REST client: @actions/github's Octokit with the retry plugin (5xx and 429, exponential
// backoff) and the throttling plugin (secondary-limit 403/429 retried after `retry-after`).

export type GitHubClient = ReturnType<typeof getOctokit>;

export interface ClientTuning {
  /** Milliseconds one "second" of backoff or `retry-after` lasts. 1000 in production; tests shrink it. */
  retryBaseMs?: number;
  /** Retries of a 5xx or 429 (retry plugin). */
  retries?: number;
  /** Retries of a secondary-rate-limit response (throttling plugin). */
  secondaryRetries?: number;
}

export interface ClientLog {
  warning(message: string): void;
  debug(message: string): void;
}

export interface ClientOptions extends ClientTuning {
  token: string;
  /** Default: GITHUB_API_URL, else https://api.github.com. Read at call time, not import time. */
  baseUrl?: string;
  log: ClientLog;
}

// The throttling plugin also spaces writes (1 s) and issue creations (3 s) on module-wide
// Bottleneck groups whose timing nothing outside can change. The action's own Pacer already
// spaces every write under GitHub's limits, on a clock tests can replace, so these two groups
// are replaced by pass-through ones; the plugin's secondary-limit retries are kept.
type Group = NonNullable<Extract<ThrottlingOptions, { onRateLimit: unknown }>['write']>;
const passThrough = {
  key: () => ({
    schedule: (_options: unknown, fn: (...args: unknown[]) => unknown, ...args: unknown[]) => Promise.resolve(fn(...args)),
  }),
} as unknown as Group;

/** GitHub asks to wait for the primary limit's reset; past this, the run gives up instead. */
const MAX_PRIMARY_WAIT_S = 120;

export function createClient(opts: ClientOptions): GitHubClient {
  const base = opts.retryBaseMs ?? 1000;
  const secondaryRetries = opts.secondaryRetries ?? 4;
  const baseUrl = (opts.baseUrl ?? process.env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/+$/, '');
  return getOctokit(
    opts.token,
    {
      baseUrl,
      userAgent: `${TOOL_NAME}/${TOOL_VERSION}`,
      retry: { retryAfterBaseValue: base, retries: opts.retries ?? 3 },
      throttle: {
        retryAfterBaseValue: base,
        write: passThrough,
        notifications: passThrough,
        onSecondaryRateLimit: (retryAfter, options, _octokit, retryCount) => {
          opts.log.warning(`GitHub secondary rate limit on ${options.method} ${options.url}; retry ${retryCount + 1} after ${retryAfter}s`);
          return retryCount < secondaryRetries;
        },
        onRateLimit: (retryAfter, options, _octokit, retryCount) => {
          const again = retryCount < 1 && retryAfter <= MAX_PRIMARY_WAIT_S;
          opts.log.warning(`GitHub rate limit on ${options.method} ${options.url}; ${again ? `retry after ${retryAfter}s` : 'giving up'}`);
          return again;
        },
      },
      log: {
        debug: (m: string) => opts.log.debug(m),
        info: (m: string) => opts.log.debug(m),
        warn: (m: string) => opts.log.warning(m),
        error: (m: string) => opts.log.warning(m),
      },
    },
    retry,
    throttling,
  );
}

export { isTransient, messageOf, statusOf } from './errors.js';
