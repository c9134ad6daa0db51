import { createRequire as __pwCreateRequire } from 'node:module';
const require = __pwCreateRequire(import.meta.url);
import {
  jsonErrorAt
} from "./chunk-KVOOFEH2.js";
import {
  TOOL_NAME,
  TOOL_VERSION
} from "./chunk-7BNRQPQI.js";

// src/advise/live/http.ts
var DEFAULT_HTTP_SETTINGS = {
  timeoutMs: 3e4,
  retries: 4,
  backoffBaseMs: 500,
  backoffMaxMs: 3e4,
  maxRetryAfterMs: 12e4,
  concurrencyPerHost: 8,
  maxBytes: 64 * 1024 * 1024,
  // crates.io's data-access policy asks every client to name itself.
  userAgent: `${TOOL_NAME}/${TOOL_VERSION}`
};
var HttpError = class extends Error {
  constructor(url, kind, message, status) {
    super(message);
    this.url = url;
    this.kind = kind;
    this.status = status;
    this.name = "HttpError";
  }
  url;
  kind;
  status;
};
var RETRY_STATUS = /* @__PURE__ */ new Set([408, 429, 500, 502, 503, 504]);
function parseRetryAfter(value, nowMs) {
  if (value === null) return void 0;
  const v = value.trim();
  if (/^\d+$/.test(v)) return Number(v) * 1e3;
  const at = Date.parse(v);
  if (Number.isNaN(at)) return void 0;
  return Math.max(0, at - nowMs);
}
function backoffDelay(attempt, baseMs, maxMs, random = Math.random) {
  const ceiling = Math.min(maxMs, baseMs * 2 ** attempt);
  return Math.floor(random() * ceiling);
}
var sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
var Semaphore = class {
  constructor(limit) {
    this.limit = limit;
  }
  limit;
  active = 0;
  waiting = [];
  async acquire() {
    if (this.active < this.limit) {
      this.active++;
      return;
    }
    await new Promise((resolve) => this.waiting.push(resolve));
  }
  release() {
    const next = this.waiting.shift();
    if (next) next();
    else this.active--;
  }
};
async function mapLimit(items, limit, fn) {
  const results = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i], i);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}
function excerpt(body) {
  const text = body.subarray(0, 400).toString("utf8").replace(/\s+/g, " ").trim();
  return text.length > 200 ? text.slice(0, 199) + "\u2026" : text;
}
function describeFetchError(err) {
  if (!(err instanceof Error)) return String(err);
  const cause = err.cause;
  if (cause instanceof Error) {
    const code = cause.code;
    return code ? `${err.message} (${code}: ${cause.message})` : `${err.message} (${cause.message})`;
  }
  return err.message;
}
var HttpClient = class {
  settings;
  hosts = /* @__PURE__ */ new Map();
  constructor(settings = {}) {
    this.settings = { ...DEFAULT_HTTP_SETTINGS, ...settings };
  }
  limiter(origin) {
    let s = this.hosts.get(origin);
    if (!s) {
      s = new Semaphore(Math.max(1, this.settings.concurrencyPerHost));
      this.hosts.set(origin, s);
    }
    return s;
  }
  /** Sends the request, retrying what may succeed later; throws HttpError when it cannot. */
  async request(req) {
    let origin;
    try {
      const u = new URL(req.url);
      if (u.protocol !== "http:" && u.protocol !== "https:") throw new Error(`unsupported scheme ${u.protocol}`);
      origin = u.origin;
    } catch (err) {
      throw new HttpError(req.url, "bad-url", `${req.url}: not an http(s) URL (${err.message})`);
    }
    const limiter = this.limiter(origin);
    const { retries, backoffBaseMs, backoffMaxMs, maxRetryAfterMs } = this.settings;
    for (let attempt = 0; ; attempt++) {
      await limiter.acquire();
      let result;
      try {
        result = await this.attempt(req, attempt + 1);
      } finally {
        limiter.release();
      }
      if (result.response) return result.response;
      const error = result.error;
      if (!result.retryable || attempt >= retries) {
        if (attempt > 0 && result.retryable) {
          throw new HttpError(error.url, error.kind, `${error.message} (gave up after ${attempt + 1} attempts)`, error.status);
        }
        throw error;
      }
      let wait = backoffDelay(attempt, backoffBaseMs, backoffMaxMs);
      if (result.retryAfterMs !== void 0) {
        if (result.retryAfterMs > maxRetryAfterMs) {
          throw new HttpError(
            req.url,
            "retry-after",
            `${error.message}; the server asks to retry after ${Math.ceil(result.retryAfterMs / 1e3)} s, longer than the ${Math.ceil(maxRetryAfterMs / 1e3)} s this run waits`,
            error.status
          );
        }
        wait = Math.max(wait, result.retryAfterMs);
      }
      await sleep(wait);
    }
  }
  async attempt(req, attempts) {
    const method = req.method ?? (req.json === void 0 && req.body === void 0 ? "GET" : "POST");
    const maxBytes = req.maxBytes ?? this.settings.maxBytes;
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, this.settings.timeoutMs);
    const headers = { "user-agent": this.settings.userAgent, accept: "application/json", ...req.headers };
    const init = { method, headers, signal: controller.signal, redirect: "follow" };
    if (req.json !== void 0 || req.body !== void 0) {
      headers["content-type"] = "application/json";
      init.body = req.body ?? JSON.stringify(req.json);
    }
    const timeoutError = () => ({
      error: new HttpError(req.url, "timeout", `${method} ${req.url}: no complete answer within ${this.settings.timeoutMs} ms`),
      retryable: true
    });
    try {
      let res;
      try {
        res = await fetch(req.url, init);
      } catch (err) {
        if (timedOut) return timeoutError();
        return { error: new HttpError(req.url, "network", `${method} ${req.url}: ${describeFetchError(err)}`), retryable: true };
      }
      const declared = Number(res.headers.get("content-length") ?? NaN);
      if (!res.headers.get("content-encoding") && Number.isFinite(declared) && declared > maxBytes) {
        controller.abort();
        return { error: new HttpError(req.url, "too-large", `${method} ${req.url}: answer of ${declared} bytes is over the ${maxBytes}-byte limit`, res.status) };
      }
      let body;
      try {
        body = await readCapped(res, maxBytes, controller);
      } catch (err) {
        if (err instanceof HttpError) return { error: new HttpError(req.url, err.kind, `${method} ${req.url}: ${err.message}`, res.status) };
        if (timedOut) return timeoutError();
        return { error: new HttpError(req.url, "network", `${method} ${req.url}: body cut off (${describeFetchError(err)})`, res.status), retryable: true };
      }
      const ok = res.status >= 200 && res.status < 300 || (req.accept?.includes(res.status) ?? false);
      if (ok) return { response: { url: req.url, status: res.status, headers: res.headers, body, attempts } };
      const detail = excerpt(body);
      const error = new HttpError(req.url, "status", `${method} ${req.url}: HTTP ${res.status}${detail ? ` (${detail})` : ""}`, res.status);
      if (!RETRY_STATUS.has(res.status)) return { error };
      const after = parseRetryAfter(res.headers.get("retry-after"), Date.now());
      return after === void 0 ? { error, retryable: true } : { error, retryable: true, retryAfterMs: after };
    } finally {
      clearTimeout(timer);
    }
  }
  /** GET or POST and parse JSON; invalid or cut-off JSON is an HttpError naming the URL and position. */
  async json(req) {
    const response = await this.request(req);
    return { value: parseJsonBody(response), response };
  }
};
async function readCapped(res, maxBytes, controller) {
  if (!res.body) return Buffer.alloc(0);
  const reader = res.body.getReader();
  const chunks = [];
  let total = 0;
  for (; ; ) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      controller.abort();
      throw new HttpError("", "too-large", `answer is over the ${maxBytes}-byte limit`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}
function parseJsonBody(response) {
  const text = response.body.toString("utf8");
  try {
    return JSON.parse(text);
  } catch (err) {
    const at = jsonErrorAt(text, err.message);
    throw new HttpError(
      response.url,
      "invalid-json",
      `${response.url}: invalid JSON at line ${at.line}, column ${at.column} of ${response.body.length} bytes: ${at.message}`,
      response.status
    );
  }
}

export {
  HttpError,
  Semaphore,
  mapLimit,
  HttpClient,
  parseJsonBody
};
