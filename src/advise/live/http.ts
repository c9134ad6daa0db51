import { jsonErrorAt } from '../../parse/json.js';
import { TOOL_NAME, TOOL_VERSION } from '../../version.js';

// The one HTTP path of every live source, on Node's global fetch (undici). It exists so that the
// failure modes of public APIs are handled once and alike: a hung server (a timeout per attempt,
// covering the body too), rate limits and outages (429/5xx retried with exponential backoff and
// full jitter, honouring Retry-After up to a cap), floods (bounded concurrency per host), a 2 GB
// answer (a byte cap enforced while reading, after decompression) and cut-off or corrupt bodies
// (an error naming the URL and, for JSON, the line and column). Nothing here throws anything but
// HttpError, and callers turn that into a located Problem.

export interface HttpSettings {
  /** One attempt, from sending the request to the last byte of the body. */
  timeoutMs: number;
  /** Attempts after the first one, for 408/429/5xx answers, timeouts and broken connections. */
  retries: number;
  backoffBaseMs: number;
  backoffMaxMs: number;
  /** A Retry-After longer than this is not waited for: the request fails instead. */
  maxRetryAfterMs: number;
  /** Requests in flight at once to one origin (scheme, host and port). */
  concurrencyPerHost: number;
  /** Body bytes (after content decoding) accepted from one response. */
  maxBytes: number;
  userAgent: string;
}

export const DEFAULT_HTTP_SETTINGS: HttpSettings = {
  timeoutMs: 30_000,
  retries: 4,
  backoffBaseMs: 500,
  backoffMaxMs: 30_000,
  maxRetryAfterMs: 120_000,
  concurrencyPerHost: 8,
  maxBytes: 64 * 1024 * 1024,
  // crates.io's data-access policy asks every client to name itself.
  userAgent: `${TOOL_NAME}/${TOOL_VERSION}`,
};

export interface HttpRequest {
  url: string;
  method?: 'GET' | 'POST' | 'HEAD';
  /** Sent as an application/json body. */
  json?: unknown;
  /** Sent as is (a JSON text already serialised, when its exact bytes are signed). */
  body?: string;
  headers?: Record<string, string>;
  /** Overrides the client's byte cap for this request. */
  maxBytes?: number;
  /** Statuses besides 2xx that are answers rather than failures (404: "no such package"). */
  accept?: readonly number[];
}

export interface HttpResponse {
  url: string;
  status: number;
  headers: Headers;
  body: Buffer;
  attempts: number;
}

export type HttpFailure = 'timeout' | 'network' | 'status' | 'too-large' | 'invalid-json' | 'retry-after' | 'bad-url';

export class HttpError extends Error {
  constructor(
    readonly url: string,
    readonly kind: HttpFailure,
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

const RETRY_STATUS = new Set([408, 429, 500, 502, 503, 504]);

/**
 * Milliseconds a Retry-After header asks for (delta-seconds or an HTTP date, RFC 9110 10.2.3),
 * or undefined when there is none or it does not parse.
 */
export function parseRetryAfter(value: string | null, nowMs: number): number | undefined {
  if (value === null) return undefined;
  const v = value.trim();
  if (/^\d+$/.test(v)) return Number(v) * 1000;
  const at = Date.parse(v);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - nowMs);
}

/** "Full jitter" backoff: uniform in [0, min(max, base * 2^attempt)], so clients do not retry in step. */
export function backoffDelay(attempt: number, baseMs: number, maxMs: number, random: () => number = Math.random): number {
  const ceiling = Math.min(maxMs, baseMs * 2 ** attempt);
  return Math.floor(random() * ceiling);
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** A counting semaphore: at most `limit` holders at once, the rest wait in order. */
export class Semaphore {
  private active = 0;
  private readonly waiting: (() => void)[] = [];
  constructor(private readonly limit: number) {}

  async acquire(): Promise<void> {
    if (this.active < this.limit) {
      this.active++;
      return;
    }
    await new Promise<void>((resolve) => this.waiting.push(resolve));
  }

  release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.active--;
  }
}

/** Runs `fn` over `items` with at most `limit` calls pending; results keep the input order. */
export async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]!, i);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}

/** A short, single-line excerpt of an error body for a message (OSV's 400s explain themselves). */
function excerpt(body: Buffer): string {
  const text = body.subarray(0, 400).toString('utf8').replace(/\s+/g, ' ').trim();
  return text.length > 200 ? text.slice(0, 199) + '…' : text;
}

function describeFetchError(err: unknown): string {
  if (!(err instanceof Error)) return String(err);
  const cause = (err as { cause?: unknown }).cause;
  if (cause instanceof Error) {
    const code = (cause as NodeJS.ErrnoException).code;
    return code ? `${err.message} (${code}: ${cause.message})` : `${err.message} (${cause.message})`;
  }
  return err.message;
}

interface Attempt {
  response?: HttpResponse;
  /** Set when the attempt failed; `retryable` says whether another attempt may help. */
  error?: HttpError;
  retryable?: boolean;
  /** The server's own wait, from Retry-After. */
  retryAfterMs?: number;
}

export class HttpClient {
  readonly settings: HttpSettings;
  private readonly hosts = new Map<string, Semaphore>();

  constructor(settings: Partial<HttpSettings> = {}) {
    this.settings = { ...DEFAULT_HTTP_SETTINGS, ...settings };
  }

  private limiter(origin: string): Semaphore {
    let s = this.hosts.get(origin);
    if (!s) {
      s = new Semaphore(Math.max(1, this.settings.concurrencyPerHost));
      this.hosts.set(origin, s);
    }
    return s;
  }

  /** Sends the request, retrying what may succeed later; throws HttpError when it cannot. */
  async request(req: HttpRequest): Promise<HttpResponse> {
    let origin: string;
    try {
      const u = new URL(req.url);
      if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new Error(`unsupported scheme ${u.protocol}`);
      origin = u.origin;
    } catch (err) {
      throw new HttpError(req.url, 'bad-url', `${req.url}: not an http(s) URL (${(err as Error).message})`);
    }
    const limiter = this.limiter(origin);
    const { retries, backoffBaseMs, backoffMaxMs, maxRetryAfterMs } = this.settings;
    for (let attempt = 0; ; attempt++) {
      await limiter.acquire();
      let result: Attempt;
      try {
        result = await this.attempt(req, attempt + 1);
      } finally {
        limiter.release();
      }
      if (result.response) return result.response;
      const error = result.error!;
      if (!result.retryable || attempt >= retries) {
        if (attempt > 0 && result.retryable) {
          throw new HttpError(error.url, error.kind, `${error.message} (gave up after ${attempt + 1} attempts)`, error.status);
        }
        throw error;
      }
      let wait = backoffDelay(attempt, backoffBaseMs, backoffMaxMs);
      if (result.retryAfterMs !== undefined) {
        if (result.retryAfterMs > maxRetryAfterMs) {
          throw new HttpError(
            req.url,
            'retry-after',
            `${error.message}; the server asks to retry after ${Math.ceil(result.retryAfterMs / 1000)} s, longer than the ${Math.ceil(maxRetryAfterMs / 1000)} s this run waits`,
            error.status,
          );
        }
        wait = Math.max(wait, result.retryAfterMs);
      }
      await sleep(wait);
    }
  }

  private async attempt(req: HttpRequest, attempts: number): Promise<Attempt> {
    const method = req.method ?? (req.json === undefined && req.body === undefined ? 'GET' : 'POST');
    const maxBytes = req.maxBytes ?? this.settings.maxBytes;
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, this.settings.timeoutMs);
    const headers: Record<string, string> = { 'user-agent': this.settings.userAgent, accept: 'application/json', ...req.headers };
    const init: RequestInit = { method, headers, signal: controller.signal, redirect: 'follow' };
    if (req.json !== undefined || req.body !== undefined) {
      headers['content-type'] = 'application/json';
      init.body = req.body ?? JSON.stringify(req.json);
    }
    const timeoutError = (): Attempt => ({
      error: new HttpError(req.url, 'timeout', `${method} ${req.url}: no complete answer within ${this.settings.timeoutMs} ms`),
      retryable: true,
    });
    try {
      let res: Response;
      try {
        res = await fetch(req.url, init);
      } catch (err) {
        if (timedOut) return timeoutError();
        return { error: new HttpError(req.url, 'network', `${method} ${req.url}: ${describeFetchError(err)}`), retryable: true };
      }
      const declared = Number(res.headers.get('content-length') ?? NaN);
      // A compressed body's declared length is not its decoded size; only a plain one is checked early.
      if (!res.headers.get('content-encoding') && Number.isFinite(declared) && declared > maxBytes) {
        controller.abort();
        return { error: new HttpError(req.url, 'too-large', `${method} ${req.url}: answer of ${declared} bytes is over the ${maxBytes}-byte limit`, res.status) };
      }
      let body: Buffer;
      try {
        body = await readCapped(res, maxBytes, controller);
      } catch (err) {
        if (err instanceof HttpError) return { error: new HttpError(req.url, err.kind, `${method} ${req.url}: ${err.message}`, res.status) };
        if (timedOut) return timeoutError();
        // The connection closed before the declared end: a truncated transfer, worth another try.
        return { error: new HttpError(req.url, 'network', `${method} ${req.url}: body cut off (${describeFetchError(err)})`, res.status), retryable: true };
      }
      const ok = (res.status >= 200 && res.status < 300) || (req.accept?.includes(res.status) ?? false);
      if (ok) return { response: { url: req.url, status: res.status, headers: res.headers, body, attempts } };
      const detail = excerpt(body);
      const error = new HttpError(req.url, 'status', `${method} ${req.url}: HTTP ${res.status}${detail ? ` (${detail})` : ''}`, res.status);
      if (!RETRY_STATUS.has(res.status)) return { error };
      const after = parseRetryAfter(res.headers.get('retry-after'), Date.now());
      return after === undefined ? { error, retryable: true } : { error, retryable: true, retryAfterMs: after };
    } finally {
      clearTimeout(timer);
    }
  }

  /** GET or POST and parse JSON; invalid or cut-off JSON is an HttpError naming the URL and position. */
  async json(req: HttpRequest): Promise<{ value: unknown; response: HttpResponse }> {
    const response = await this.request(req);
    return { value: parseJsonBody(response), response };
  }
}

async function readCapped(res: Response, maxBytes: number, controller: AbortController): Promise<Buffer> {
  if (!res.body) return Buffer.alloc(0);
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      controller.abort();
      throw new HttpError('', 'too-large', `answer is over the ${maxBytes}-byte limit`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/** The body as JSON, or an HttpError that says where the text stops being JSON. */
export function parseJsonBody(response: HttpResponse): unknown {
  const text = response.body.toString('utf8');
  try {
    return JSON.parse(text) as unknown;
  } catch (err) {
    const at = jsonErrorAt(text, (err as Error).message);
    throw new HttpError(
      response.url,
      'invalid-json',
      `${response.url}: invalid JSON at line ${at.line}, column ${at.column} of ${response.body.length} bytes: ${at.message}`,
      response.status,
    );
  }
}
