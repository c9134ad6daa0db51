import { HttpClient, HttpError } from '../advise/live/http.js';
import type { HttpSettings } from '../advise/live/http.js';
import type { ChannelSpec } from './route.js';
import type { RenderedRequest } from './types.js';

// Sending, on the live sources' HTTP client (429 and 5xx retried with backoff, Retry-After
// honoured), at most one message a second to each webhook URL, as Slack and Teams ask of
// incoming webhooks. A failure is described by the channel's label and the HTTP outcome only:
// the client's own messages carry the URL, which is a secret.

export interface DeliveryOptions {
  /** Least time between two messages to one URL. */
  minIntervalMs?: number;
  http?: Partial<HttpSettings>;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

function why(err: unknown): string {
  if (!(err instanceof HttpError)) return 'an unexpected error';
  const gaveUp = /gave up after (\d+) attempts/.exec(err.message);
  const tries = gaveUp ? ` after ${gaveUp[1]} attempts` : '';
  switch (err.kind) {
    case 'status':
      return `HTTP ${err.status ?? '?'}${tries}`;
    case 'timeout':
      return `no answer in time${tries}`;
    case 'network':
      return `the connection failed${tries}`;
    case 'retry-after':
      return `HTTP ${err.status ?? '?'} asking to retry later than this run waits`;
    default:
      return err.kind;
  }
}

export class Deliverer {
  private readonly http: HttpClient;
  private readonly last = new Map<string, number>();
  private readonly minIntervalMs: number;

  constructor(opts: DeliveryOptions = {}) {
    this.minIntervalMs = opts.minIntervalMs ?? 1000;
    this.http = new HttpClient({ timeoutMs: 15_000, retries: 4, maxRetryAfterMs: 60_000, concurrencyPerHost: 1, maxBytes: 64 * 1024, ...opts.http });
  }

  /** Undefined when delivered, else why not (with no URL in it). */
  async send(channel: ChannelSpec, req: RenderedRequest): Promise<string | undefined> {
    const since = Date.now() - (this.last.get(channel.url) ?? -Infinity);
    if (since < this.minIntervalMs) await sleep(this.minIntervalMs - since);
    try {
      await this.http.request({ url: channel.url, method: 'POST', body: req.body, headers: req.headers });
      return undefined;
    } catch (err) {
      return why(err);
    } finally {
      this.last.set(channel.url, Date.now());
    }
  }
}
