import { createRequire as __pwCreateRequire } from 'node:module';
const require = __pwCreateRequire(import.meta.url);
import {
  SEMVER_SCHEME,
  schemeFor
} from "./chunk-GEPUFUU3.js";
import {
  HttpClient,
  HttpError,
  Semaphore,
  mapLimit,
  parseJsonBody
} from "./chunk-FH73REOQ.js";
import {
  DEFAULT_REGISTRY_URLS,
  OsFixBook,
  agesFor,
  defaultCacheDir,
  evaluate,
  osvApiBase
} from "./chunk-7NZMHMGO.js";
import "./chunk-3TVK7CKK.js";
import {
  AdvisoryDb,
  EcosystemTally,
  PARALLEL_FROM_BYTES,
  advisoryUrl,
  hasCachedIndex,
  indexFileFor,
  labelForScore,
  normaliseOsv,
  offlineOsvSource,
  readZipText,
  realDate
} from "./chunk-NNLXHO7E.js";
import "./chunk-CUSGATIV.js";
import "./chunk-OPTHUYL4.js";
import "./chunk-S3NLYMJX.js";
import {
  claim,
  walkHasFiles
} from "./chunk-OZVVFGFN.js";
import "./chunk-M6GO3E2V.js";
import "./chunk-YDRWGAGK.js";
import "./chunk-RPU4CLOY.js";
import {
  CATALOGUE_PRODUCTS,
  canonicalImageName,
  canonicalRepository,
  componentFromPurl,
  deb822,
  imageOfDockerPurl,
  isFloatingTag,
  lookupDataImage,
  parseSourceField,
  readScannerReport
} from "./chunk-YEE6VURB.js";
import {
  require_semver
} from "./chunk-PCXDXHAE.js";
import {
  LineIndex,
  isRecord,
  parseJson
} from "./chunk-KVOOFEH2.js";
import {
  osAdvisoryName,
  osEcosystem,
  releaseOfCodename
} from "./chunk-6KB27PZL.js";
import {
  baseEcosystem,
  matchKey
} from "./chunk-JPMRHXET.js";
import {
  problem
} from "./chunk-EKFZ64EB.js";
import {
  require_dist
} from "./chunk-JAWFNDPB.js";
import {
  LIMITS
} from "./chunk-TVC7EKD4.js";
import "./chunk-7BNRQPQI.js";
import {
  __toESM
} from "./chunk-X2NN6BVW.js";

// src/advise/runtime/endoflife.ts
var import_yaml = __toESM(require_dist(), 1);
var DATE = /^\d{4}-\d{2}-\d{2}$/;
function date(v) {
  if (typeof v !== "string") return void 0;
  const s = v.trim().slice(0, 10);
  return DATE.test(s) ? s : void 0;
}
function str(v) {
  if (typeof v === "number") return String(v);
  return typeof v === "string" && v.trim() !== "" ? v.trim() : void 0;
}
function eolValue(v) {
  if (v === true || v === "true") return true;
  if (v === false || v === "false") return false;
  return date(v);
}
function codename(v) {
  const s = str(v);
  return s ? s.split(/\s+/)[0].toLowerCase() : void 0;
}
function product(name, source) {
  return { product: name, cycles: [], versions: /* @__PURE__ */ new Map(), sources: [source] };
}
function addImages(p, identifiers) {
  if (!Array.isArray(identifiers)) return;
  const images = new Set(p.images);
  for (const i of identifiers) {
    if (!isRecord(i)) continue;
    const purl = typeof i.purl === "string" ? i.purl : i.type === "purl" && typeof i.id === "string" ? i.id : void 0;
    const image = purl === void 0 ? void 0 : imageOfDockerPurl(purl);
    if (image !== void 0) images.add(image);
  }
  if (images.size > 0) p.images = [...images];
}
var GITHUB_REPO = /^([A-Za-z0-9][\w.-]*)\/([\w.-]+?)(?:\.git)?$/;
function githubRepo(path) {
  const m = GITHUB_REPO.exec(path);
  return m && !path.includes("__") ? `${m[1]}/${m[2]}`.toLowerCase() : void 0;
}
function addRepositories(p, fm) {
  const found = [];
  const add = (repo, via) => {
    if (repo !== void 0 && !found.some((f) => f.repo === repo)) found.push({ repo, via });
  };
  for (const i of Array.isArray(fm.identifiers) ? fm.identifiers : []) {
    if (!isRecord(i)) continue;
    const purl = typeof i.purl === "string" ? i.purl : i.type === "purl" && typeof i.id === "string" ? i.id : void 0;
    const m = purl === void 0 ? null : /^pkg:github\/([^?#@]+)/i.exec(purl.trim());
    if (m) add(githubRepo(m[1]), "identifier");
  }
  const methods = isRecord(fm.auto) && Array.isArray(fm.auto.methods) ? fm.auto.methods : [];
  for (const m of methods) {
    if (!isRecord(m)) continue;
    for (const key of ["github_releases", "github_tags"]) if (typeof m[key] === "string") add(githubRepo(m[key].trim()), "release-method");
    const git = typeof m.git === "string" ? /^https:\/\/github\.com\/(.+?)\/?$/.exec(m.git.trim()) : null;
    if (git) add(githubRepo(git[1]), "release-method");
  }
  const changelog = typeof fm.changelogTemplate === "string" ? /^https:\/\/github\.com\/([^/]+\/[^/]+)\/releases\//.exec(fm.changelogTemplate.trim()) : null;
  if (changelog) add(githubRepo(changelog[1]), "changelog");
  if (found.length > 0) p.repositories = [...p.repositories ?? [], ...found.filter((f) => !p.repositories?.some((r) => r.repo === f.repo))];
}
function addLatest(p, c) {
  if (c.latest !== void 0 && !p.versions.has(c.latest)) p.versions.set(c.latest, c.latestReleaseDate);
}
function parseProductMarkdown(text, name, source) {
  const m = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---\s*(?:\r?\n|$)/.exec(text);
  if (!m) return { products: [], issues: ["no YAML front matter"] };
  const doc = (0, import_yaml.parseDocument)(m[1], { schema: "failsafe", prettyErrors: false });
  if (doc.errors.length > 0) return { products: [], issues: [`front matter: ${doc.errors[0].message.split("\n")[0]}`] };
  let fm;
  try {
    fm = doc.toJS({ maxAliasCount: LIMITS.yamlMaxAliases });
  } catch (err) {
    return { products: [], issues: [`front matter: ${err.message}`] };
  }
  if (!isRecord(fm) || !Array.isArray(fm.releases)) return { products: [], issues: ["front matter has no releases list"] };
  const p = product(name, source);
  addImages(p, fm.identifiers);
  addRepositories(p, fm);
  const issues = [];
  for (const r of fm.releases) {
    const cycle = isRecord(r) ? str(r.releaseCycle) : void 0;
    if (!isRecord(r) || cycle === void 0) {
      issues.push("a release without releaseCycle");
      continue;
    }
    const c = { cycle, eol: eolValue(r.eol) ?? false };
    const cn = codename(r.codename);
    if (cn) c.codename = cn;
    const rd = date(r.releaseDate);
    if (rd) c.releaseDate = rd;
    const latest = str(r.latest);
    if (latest) c.latest = latest;
    const lrd = date(r.latestReleaseDate);
    if (lrd) c.latestReleaseDate = lrd;
    p.cycles.push(c);
    addLatest(p, c);
  }
  return { products: [p], issues };
}
function fromReleaseData(value, name, source) {
  const p = product(name, source);
  const issues = [];
  const versions = value.versions;
  if (isRecord(versions)) {
    let bad = 0;
    for (const [key, v] of Object.entries(versions)) {
      const version = (isRecord(v) ? str(v.name) : void 0) ?? key;
      if (!isRecord(v)) {
        bad++;
        continue;
      }
      p.versions.set(version, date(v.date));
    }
    if (bad > 0) issues.push(`${bad} versions entries are not objects`);
  }
  if (isRecord(value.releases)) {
    for (const [key, r] of Object.entries(value.releases)) {
      if (!isRecord(r)) continue;
      const c = { cycle: str(r.name) ?? key, eol: eolValue(r.eol) ?? false };
      const cn = codename(r.codename);
      if (cn) c.codename = cn;
      const rd = date(r.releaseDate);
      if (rd) c.releaseDate = rd;
      p.cycles.push(c);
    }
  }
  return { products: [p], issues };
}
function fromApiProduct(details, fallbackName, source) {
  if (!Array.isArray(details.releases)) return void 0;
  const p = product(str(details.name) ?? fallbackName, source);
  addImages(p, details.identifiers);
  addRepositories(p, details);
  for (const r of details.releases) {
    if (!isRecord(r)) continue;
    const cycle = str(r.name);
    if (cycle === void 0) continue;
    const eolFrom = date(r.eolFrom);
    const c = { cycle, eol: eolFrom ?? r.isEol === true };
    const cn = codename(r.codename);
    if (cn) c.codename = cn;
    const rd = date(r.releaseDate);
    if (rd) c.releaseDate = rd;
    if (isRecord(r.latest)) {
      const latest = str(r.latest.name);
      if (latest) c.latest = latest;
      const ld = date(r.latest.date);
      if (ld) c.latestReleaseDate = ld;
    }
    p.cycles.push(c);
    addLatest(p, c);
  }
  return p;
}
function parseEndoflifeJson(value, name, source) {
  if (!isRecord(value)) return { products: [], issues: ["not a JSON object"] };
  if (isRecord(value.versions) || isRecord(value.releases)) return fromReleaseData(value, name, source);
  const result = value.result;
  if (isRecord(result)) {
    const p = fromApiProduct(result, name, source);
    return p ? { products: [p], issues: [] } : { products: [], issues: ["API response without result.releases"] };
  }
  if (Array.isArray(result)) {
    const products = result.flatMap((d) => isRecord(d) ? fromApiProduct(d, name, source) ?? [] : []);
    return { products, issues: products.length === result.length ? [] : [`${result.length - products.length} products without releases`] };
  }
  return { products: [], issues: ["neither endoflife.date release data nor an API v1 product"] };
}
function mergeProducts(into, from) {
  const byCycle = new Map(into.cycles.map((c) => [c.cycle, c]));
  for (const c of from.cycles) {
    const have = byCycle.get(c.cycle);
    if (!have) {
      into.cycles.push({ ...c });
      byCycle.set(c.cycle, into.cycles[into.cycles.length - 1]);
      continue;
    }
    if (have.codename === void 0 && c.codename !== void 0) have.codename = c.codename;
    if (have.releaseDate === void 0 && c.releaseDate !== void 0) have.releaseDate = c.releaseDate;
    if (have.latest === void 0 && c.latest !== void 0) {
      have.latest = c.latest;
      if (c.latestReleaseDate !== void 0) have.latestReleaseDate = c.latestReleaseDate;
    }
  }
  for (const [v, d] of from.versions) {
    if (!into.versions.has(v) || into.versions.get(v) === void 0 && d !== void 0) into.versions.set(v, d);
  }
  into.sources.push(...from.sources);
  if (from.images) into.images = [.../* @__PURE__ */ new Set([...into.images ?? [], ...from.images])];
  for (const r of from.repositories ?? []) if (!into.repositories?.some((x) => x.repo === r.repo)) (into.repositories ??= []).push(r);
}

// src/advise/runtime/types.ts
function emptyRuntimeData() {
  return { products: /* @__PURE__ */ new Map(), nodeVulnerabilities: [] };
}

// src/advise/live/cache.ts
import { createHash, randomBytes } from "node:crypto";
import { mkdir, readFile, rename, stat, unlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
var CACHE_LAYOUT = "v1";
var MAX_ENTRY_BYTES = 256 * 1024 * 1024;
var LiveCache = class {
  constructor(dir) {
    this.dir = dir;
  }
  dir;
  /** Why the cache could not be written, once per run: a read-only folder must not fail every request. */
  writeError;
  /** Entries found unreadable or corrupt (ignored). */
  corrupt = [];
  path(source, key) {
    if (!this.dir) return void 0;
    const digest = createHash("sha256").update(`${source}\0${key}`).digest("hex");
    return join(this.dir, CACHE_LAYOUT, source.replace(/[^a-z0-9-]/gi, "_"), digest.slice(0, 2), `${digest}.json`);
  }
  async get(source, key, check) {
    const path = this.path(source, key);
    if (!path) return void 0;
    let text;
    try {
      const st = await stat(path);
      if (!st.isFile() || st.size > MAX_ENTRY_BYTES) {
        this.corrupt.push(path);
        return void 0;
      }
      text = await readFile(path, "utf8");
    } catch {
      return void 0;
    }
    try {
      const raw = JSON.parse(text);
      if (isRecord(raw) && raw.layout === CACHE_LAYOUT && raw.source === source && raw.key === key && typeof raw.fetched === "string" && !Number.isNaN(Date.parse(raw.fetched)) && check(raw.value)) {
        return { fetched: raw.fetched, value: raw.value };
      }
    } catch {
    }
    this.corrupt.push(path);
    return void 0;
  }
  async put(source, key, entry) {
    const path = this.path(source, key);
    if (!path || this.writeError !== void 0) return;
    const stored = { layout: CACHE_LAYOUT, source, key, fetched: entry.fetched, value: entry.value };
    const tmp = `${path}.${randomBytes(6).toString("hex")}.tmp`;
    try {
      await mkdir(join(path, ".."), { recursive: true });
      await writeFile(tmp, JSON.stringify(stored));
      await rename(tmp, path);
    } catch (err) {
      this.writeError = `cache folder ${this.dir} not writable: ${err.message}`;
      await unlink(tmp).catch(() => void 0);
    }
  }
};

// src/advise/live/context.ts
var HOUR = 36e5;
var DAY = 24 * HOUR;
var DEFAULT_FRESH_MS = {
  "osv-api": 1 * HOUR,
  // Registry answers are release dates of published versions, which do not change; a cached table
  // that lacks the version asked for is refetched regardless (see registries.ts).
  "registry-dates": Infinity,
  kev: 12 * HOUR,
  // FIRST recomputes EPSS once a day.
  epss: 24 * HOUR,
  endoflife: 24 * HOUR
};
var DEFAULT_MAX_AGE_DAYS = {
  "osv-api": 5,
  "registry-dates": Infinity,
  kev: 5,
  epss: 5,
  endoflife: 7
};
var ShapeError = class extends Error {
  name = "ShapeError";
};
var BREAKER_THRESHOLD = 3;
var LiveContext = class _LiveContext {
  http;
  cache;
  policy;
  offline;
  clock;
  maxAgeMs;
  freshMs;
  logs = /* @__PURE__ */ new Map();
  downStreak = /* @__PURE__ */ new Map();
  down = /* @__PURE__ */ new Map();
  writeErrorReported = false;
  constructor(opts) {
    this.http = opts.http;
    this.cache = new LiveCache(opts.cacheDir);
    this.policy = opts.onSourceError;
    this.offline = opts.offline;
    this.clock = opts.clock;
    this.maxAgeMs = { ...DEFAULT_MAX_AGE_DAYS };
    for (const s of Object.keys(this.maxAgeMs)) {
      this.maxAgeMs[s] = (opts.maxAgeDays[s] ?? DEFAULT_MAX_AGE_DAYS[s]) * DAY;
    }
    this.freshMs = { ...DEFAULT_FRESH_MS, ...opts.freshMs };
  }
  static create(opts) {
    return new _LiveContext({
      offline: false,
      maxAgeDays: {},
      freshMs: {},
      http: new HttpClient(),
      clock: Date.now,
      ...opts
    });
  }
  now() {
    return new Date(this.clock()).toISOString();
  }
  log(source) {
    let l = this.logs.get(source);
    if (!l) {
      l = { failures: [], fallbacks: [], stale: [], network: 0, cached: 0 };
      this.logs.set(source, l);
    }
    return l;
  }
  ageMs(fetched) {
    return Math.max(0, this.clock() - Date.parse(fetched));
  }
  used(source, label, fetched) {
    const l = this.log(source);
    if (l.oldestUsed === void 0 || fetched < l.oldestUsed) l.oldestUsed = fetched;
    if (this.ageMs(fetched) > this.maxAgeMs[source]) l.stale.push({ label, fetched });
  }
  noteOutcome(err) {
    if (!(err instanceof HttpError)) return;
    let origin;
    try {
      origin = new URL(err.url).origin;
    } catch {
      return;
    }
    if (err.kind === "timeout" || err.kind === "network" || err.kind === "retry-after") {
      const streak = (this.downStreak.get(origin) ?? 0) + 1;
      this.downStreak.set(origin, streak);
      if (streak >= BREAKER_THRESHOLD) this.down.set(origin, err.message);
    }
  }
  noteSuccess(url) {
    if (url === void 0) return;
    try {
      this.downStreak.delete(new URL(url).origin);
    } catch {
    }
  }
  /**
   * Whether requests to this URL's origin are being skipped because it failed repeatedly; once a
   * host is down, waiting out every remaining request's timeouts and retries would only stall the run.
   */
  downReason(url) {
    try {
      return this.down.get(new URL(url).origin);
    } catch {
      return void 0;
    }
  }
  /**
   * The cache half of a request: a usable entry (fresh for its source, or any entry when offline)
   * is a hit; otherwise the caller asks the network, unless `blocked` says why it must not, and
   * hands the outcome to `settle`. Split in two so that batched requests (one OSV querybatch for
   * a thousand packages) follow the same rules as single ones.
   */
  async lookup(req, url) {
    const entry = await this.cache.get(req.source, req.key, req.check);
    if (entry) {
      const confirmed = !this.offline && req.fresh !== void 0 && req.fresh(entry);
      const fresh = confirmed || req.fresh === void 0 && this.ageMs(entry.fetched) < this.freshMs[req.source];
      if (fresh || this.offline) {
        this.log(req.source).cached++;
        if (!confirmed) this.used(req.source, req.label, entry.fetched);
        return { hit: { value: entry.value, fetched: entry.fetched, from: "cache" } };
      }
    }
    const down = url === void 0 ? void 0 : this.downReason(url);
    const blocked = this.offline ? "not in the cache, and the run is offline" : down === void 0 ? void 0 : `skipped, the server failed earlier requests: ${down}`;
    const miss = {};
    if (entry) miss.entry = entry;
    if (blocked !== void 0) miss.blocked = blocked;
    return miss;
  }
  /** The network half: keeps a good answer, falls back to the cached entry, or records missing data. */
  async settle(req, entry, outcome, url) {
    const l = this.log(req.source);
    if ("value" in outcome) {
      this.noteSuccess(url);
      const fetched = this.now();
      await this.cache.put(req.source, req.key, { fetched, value: outcome.value });
      l.network++;
      this.used(req.source, req.label, fetched);
      return { value: outcome.value, fetched, from: "network" };
    }
    this.noteOutcome(outcome.error);
    const error = outcome.error instanceof Error ? outcome.error.message : String(outcome.error);
    if (entry) {
      l.cached++;
      l.fallbacks.push({ label: req.label, error, fetched: entry.fetched });
      this.used(req.source, req.label, entry.fetched);
      return { value: entry.value, fetched: entry.fetched, from: "fallback" };
    }
    l.failures.push({ label: req.label, error });
    return { error };
  }
  /** One request through the cache, the network and the fallback rules. `url` names the origin for the breaker. */
  async cached(req, url) {
    const found = await this.lookup(req, url);
    if (found.hit) return found.hit;
    if (found.blocked !== void 0) return this.settle(req, found.entry, { error: found.blocked }, url);
    let outcome;
    try {
      outcome = { value: await req.fetch() };
    } catch (error) {
      outcome = { error };
    }
    return this.settle(req, found.entry, outcome, url);
  }
  /** The source as the report lists it; `fetched` is the oldest data used. */
  sourceInfo(source, kind, path, records) {
    const info = { kind, path, records };
    const oldest = this.logs.get(source)?.oldestUsed;
    if (oldest) info.fetched = oldest;
    return info;
  }
  /** Whether any answer of this source came over the network or from the cache. */
  answered(source) {
    const l = this.logs.get(source);
    return l !== void 0 && l.network + l.cached > 0;
  }
  /**
   * The problems of one source, summarised (a registry that is down gives one problem, not one per
   * package). `missing` says what the report lacks when requests failed.
   */
  problems(source, origin, subject, missing) {
    const l = this.logs.get(source);
    if (!l) return [];
    const out = [];
    const failures = l.failures.splice(0);
    const fallbacks = l.fallbacks.splice(0);
    const stale = l.stale.splice(0);
    const level = this.policy === "fail" ? "error" : "warning";
    const examples = (items) => {
      const groups = /* @__PURE__ */ new Map();
      for (const i of items) {
        const labels = groups.get(i.error ?? "");
        if (labels) labels.push(i.label);
        else groups.set(i.error ?? "", [i.label]);
      }
      const parts = [...groups].slice(0, 3).map(([error, labels]) => {
        const names = labels.slice(0, 3).join(", ") + (labels.length > 3 ? `, \u2026 (${labels.length - 3} more)` : "");
        return error ? `${names}: ${error}` : names;
      });
      return parts.join("; ") + (groups.size > 3 ? `; \u2026 (${groups.size - 3} more causes)` : "");
    };
    if (failures.length > 0) {
      out.push({
        level,
        origin,
        message: `${subject}: ${failures.length} request(s) got no answer, ${missing}: ${examples(failures)}`
      });
    }
    if (fallbacks.length > 0) {
      const oldest = fallbacks.reduce((a, b) => a.fetched < b.fetched ? a : b).fetched;
      out.push({
        level: "warning",
        origin,
        message: `${subject}: ${fallbacks.length} request(s) failed and were answered from the cache (oldest entry fetched ${oldest}): ${examples(fallbacks)}`
      });
    }
    if (stale.length > 0) {
      const oldest = stale.reduce((a, b) => a.fetched < b.fetched ? a : b).fetched;
      const days = Math.floor(this.ageMs(oldest) / DAY);
      out.push({
        level,
        origin,
        message: `${subject}: ${stale.length} cached answer(s) are older than the ${this.maxAgeMs[source] / DAY}-day limit (oldest fetched ${oldest}, ${days} days ago): ${examples(stale)}`
      });
    }
    return out;
  }
  /** Problems of the cache folder itself (not writable, corrupt entries), once per run. */
  cacheProblems(origin) {
    const out = [];
    if (this.cache.writeError && !this.writeErrorReported) {
      this.writeErrorReported = true;
      out.push({ level: "warning", origin, message: this.cache.writeError });
    }
    const corrupt = this.cache.corrupt.splice(0);
    if (corrupt.length > 0) {
      out.push({
        level: "warning",
        origin,
        file: corrupt[0],
        message: `${corrupt.length} cache entr${corrupt.length === 1 ? "y was" : "ies were"} unreadable and ignored (refetched)`
      });
    }
    return out;
  }
};

// src/advise/live/endoflife.ts
var ENDOFLIFE_ORIGIN = "advise/endoflife";
var DEFAULT_ENDOFLIFE_URL = "https://endoflife.date";
var isAnswer = (v) => isRecord(v) && (v.api === "v1" || v.api === "legacy") && "doc" in v;
function legacyToV1(name, cycles) {
  const releases = cycles.filter(isRecord).map((c) => {
    const r = { name: typeof c.cycle === "number" ? String(c.cycle) : c.cycle };
    if (c.codename !== void 0) r.codename = c.codename;
    if (c.releaseDate !== void 0) r.releaseDate = c.releaseDate;
    if (typeof c.eol === "string") r.eolFrom = c.eol;
    else r.isEol = c.eol === true;
    if (c.latest !== void 0) r.latest = { name: c.latest, date: c.latestReleaseDate };
    return r;
  });
  return { result: { name, releases } };
}
async function fetchProduct(ctx, base, name) {
  const v1 = `${base}/api/v1/products/${encodeURIComponent(name)}`;
  let v1Failure;
  try {
    const res2 = await ctx.http.request({ url: v1, accept: [404] });
    if (res2.status !== 404) {
      const doc2 = parseJsonBody(res2);
      if (isRecord(doc2) && isRecord(doc2.result)) return { api: "v1", doc: doc2 };
      v1Failure = new ShapeError(`${v1}: expected {"result": {...}}`);
    }
  } catch (err) {
    if (!(err instanceof HttpError) || err.kind !== "status") throw err;
    v1Failure = err;
  }
  const legacy = `${base}/api/${encodeURIComponent(name)}.json`;
  const res = await ctx.http.request({ url: legacy, accept: [404] });
  if (res.status === 404) {
    if (v1Failure) throw v1Failure;
    return { api: "v1", doc: null };
  }
  const doc = parseJsonBody(res);
  if (!Array.isArray(doc)) throw new ShapeError(`${legacy}: expected a list of release cycles`);
  return { api: "legacy", doc };
}
async function fetchEndoflife(ctx, base, names) {
  const root = base.replace(/\/+$/, "");
  const products = [];
  const unknown = [];
  const issues = [];
  const wanted = [...new Set(names)].sort();
  const answers = await mapLimit(
    wanted,
    8,
    (name) => ctx.cached(
      { source: "endoflife", key: `product\0${name}`, label: name, check: isAnswer, fetch: () => fetchProduct(ctx, root, name) },
      root
    )
  );
  wanted.forEach((name, i) => {
    const a = answers[i].value;
    if (!a) return;
    if (a.doc === null) {
      unknown.push(name);
      return;
    }
    const source = a.api === "v1" ? `${root}/api/v1/products/${name}` : `${root}/api/${name}.json`;
    const doc = a.api === "legacy" && Array.isArray(a.doc) ? legacyToV1(name, a.doc) : a.doc;
    const parsed = parseEndoflifeJson(doc, name, source);
    products.push(...parsed.products);
    for (const issue of parsed.issues) issues.push(`${name}: ${issue}`);
  });
  const problems = ctx.problems("endoflife", ENDOFLIFE_ORIGIN, `endoflife.date ${root}`, "so those runtimes were not checked for patches or end of life");
  if (unknown.length > 0) {
    problems.push({ level: "warning", origin: ENDOFLIFE_ORIGIN, message: `endoflife.date ${root} knows no product ${unknown.join(", ")}` });
  }
  if (issues.length > 0) {
    problems.push({ level: "warning", origin: ENDOFLIFE_ORIGIN, message: `endoflife.date answers partly not understood: ${issues.slice(0, 5).join("; ")}` });
  }
  const sources = ctx.answered("endoflife") ? [ctx.sourceInfo("endoflife", "endoflife-api", root, products.length)] : [];
  return { products, sources, problems };
}

// src/advise/runtime/images.ts
function imageIndex(products) {
  const index = /* @__PURE__ */ new Map();
  const sorted = [...products].sort((a, b) => a.product < b.product ? -1 : a.product > b.product ? 1 : 0);
  for (const p of sorted) for (const image of p.images ?? []) if (!index.has(image)) index.set(image, p.product);
  return index;
}
function policyImageIndex(images) {
  return new Map(Object.entries(images ?? {}).map(([name, product2]) => [canonicalImageName(name), product2]));
}
function resolveImage(image, name, index, policy) {
  const canonical = canonicalImageName(name);
  const product2 = policy.get(canonical) ?? image.product ?? index.get(canonical);
  if (product2 === void 0) return {};
  if (product2 === image.product) return image.productVersion === void 0 ? { product: product2 } : { product: product2, productVersion: image.productVersion };
  const version = lookupDataImage(product2, image.tag).productVersion;
  return version === void 0 ? { product: product2 } : { product: product2, productVersion: version };
}

// src/advise/runtime/repositories.ts
var STRENGTH = { identifier: 0, "release-method": 1, changelog: 2 };
function repositoryIndex(products) {
  const best = /* @__PURE__ */ new Map();
  for (const p of products) {
    for (const r of p.repositories ?? []) {
      const strength = STRENGTH[r.via];
      const have = best.get(r.repo);
      if (!have || strength < have.strength || strength === have.strength && p.product < have.product) best.set(r.repo, { product: p.product, strength });
    }
  }
  return new Map([...best].map(([repo, b]) => [repo, b.product]));
}
function pinProduct(rt, repositories) {
  return rt.product ?? (rt.repository !== void 0 ? repositories.get(rt.repository) : void 0);
}
function runtimeProductResolver(data, policyImages) {
  const index = imageIndex(data.products.values());
  const byPolicy = policyImageIndex(policyImages);
  const repositories = repositoryIndex(data.products.values());
  return (c) => {
    if (c.image) return resolveImage(c.image, c.name, index, byPolicy).product;
    return c.runtime ? pinProduct(c.runtime, repositories) : void 0;
  };
}

// src/advise/live/osv-api.ts
var OSV_ORIGIN = "advise/osv-api";
var OSV_MAX_BATCH = 1e3;
var MAX_PAGES = 100;
var OSV_ECOSYSTEMS = /* @__PURE__ */ new Set([
  "AlmaLinux",
  "Alpine",
  "Android",
  "Bitnami",
  "Chainguard",
  "CRAN",
  "crates.io",
  "Debian",
  "GHC",
  "GitHub Actions",
  "Go",
  "Hackage",
  "Hex",
  "Linux",
  "Mageia",
  "Maven",
  "MinimOS",
  "npm",
  "NuGet",
  "openEuler",
  "openSUSE",
  "OSS-Fuzz",
  "Packagist",
  "Photon OS",
  "Pub",
  "PyPI",
  "Red Hat",
  "Rocky Linux",
  "RubyGems",
  "SUSE",
  "SwiftURL",
  "Ubuntu",
  "VSCode",
  "Wolfi"
]);
function osvQueries(components) {
  const seen = /* @__PURE__ */ new Map();
  for (const c of components) {
    if (c.source && c.source !== "registry") continue;
    const { name, version } = osAdvisoryName(c);
    if (!OSV_ECOSYSTEMS.has(baseEcosystem(c.ecosystem)) || name === "" || version === "") continue;
    const key = `${c.ecosystem}\0${name}\0${version}`;
    if (!seen.has(key)) seen.set(key, { ecosystem: c.ecosystem, name, version });
  }
  return [...seen.values()];
}
function wireQuery(q, pageToken) {
  const version = q.ecosystem === "Go" && /^v\d/.test(q.version) ? q.version.slice(1) : q.version;
  const body = { package: { name: q.name, ecosystem: q.ecosystem }, version };
  if (pageToken !== void 0) body.page_token = pageToken;
  return body;
}
var isQueryAnswer = (v) => isRecord(v) && Array.isArray(v.vulns) && v.vulns.every((x) => isRecord(x) && typeof x.id === "string");
var isRecordWithId = (v) => isRecord(v) && typeof v.id === "string";
function parseBatch(value, url, expected) {
  if (!isRecord(value) || !Array.isArray(value.results)) {
    throw new ShapeError(`${url}: expected {"results": [...]}, got ${Array.isArray(value) ? "an array" : typeof value}`);
  }
  if (value.results.length !== expected) {
    throw new ShapeError(`${url}: ${expected} queries sent but ${value.results.length} results returned`);
  }
  return value.results.map((r, i) => {
    if (!isRecord(r)) throw new ShapeError(`${url}: results[${i}] is not an object`);
    const vulns = [];
    if (r.vulns !== void 0) {
      if (!Array.isArray(r.vulns)) throw new ShapeError(`${url}: results[${i}].vulns is not a list`);
      for (const v of r.vulns) {
        if (!isRecord(v) || typeof v.id !== "string" || v.id === "") throw new ShapeError(`${url}: results[${i}].vulns has an entry without an id`);
        vulns.push(typeof v.modified === "string" ? { id: v.id, modified: v.modified } : { id: v.id });
      }
    }
    const next = typeof r.next_page_token === "string" && r.next_page_token !== "" ? r.next_page_token : void 0;
    return next === void 0 ? { vulns } : { vulns, next };
  });
}
var OsvApiClient = class {
  constructor(ctx, base, batchSize) {
    this.ctx = ctx;
    this.base = base;
    this.batchUrl = `${base}/v1/querybatch`;
    this.batchSize = Math.max(1, Math.min(OSV_MAX_BATCH, batchSize));
  }
  ctx;
  base;
  batchUrl;
  batchSize;
  /**
   * Every page of every query in one batch. Follow-up pages of several queries are asked together,
   * again at most `batchSize` per request. Throws when the batch as a whole fails; a query whose
   * pages never end fails alone.
   */
  async batch(queries) {
    const answers = queries.map(() => []);
    const broken = /* @__PURE__ */ new Map();
    let pending = queries.map((_, index) => ({ index }));
    const pages = /* @__PURE__ */ new Map();
    while (pending.length > 0) {
      const next = [];
      for (let start = 0; start < pending.length; start += this.batchSize) {
        const part = pending.slice(start, start + this.batchSize);
        const { value } = await this.ctx.http.json({ url: this.batchUrl, json: { queries: part.map((p) => wireQuery(queries[p.index], p.token)) } });
        const results = parseBatch(value, this.batchUrl, part.length);
        results.forEach((r, i) => {
          const p = part[i];
          answers[p.index].push(...r.vulns);
          if (r.next === void 0) return;
          const n = (pages.get(p.index) ?? 1) + 1;
          if (n > MAX_PAGES || r.next === p.token) {
            broken.set(p.index, new ShapeError(`${this.batchUrl}: still a next_page_token after ${n - 1} pages`));
            return;
          }
          pages.set(p.index, n);
          next.push({ index: p.index, token: r.next });
        });
      }
      pending = next;
    }
    return answers.map((value, i) => {
      const error = broken.get(i);
      return error ? { error } : { value };
    });
  }
  /**
   * A batch that the service refuses as a whole (HTTP 400: one malformed version from a hostile
   * lockfile) is split in halves until the offending query stands alone, so it alone goes unanswered.
   */
  async batchIsolating(queries) {
    try {
      return await this.batch(queries);
    } catch (error) {
      if (queries.length > 1 && error instanceof HttpError && error.status === 400) {
        const half = Math.ceil(queries.length / 2);
        return [...await this.batchIsolating(queries.slice(0, half)), ...await this.batchIsolating(queries.slice(half))];
      }
      return queries.map(() => ({ error }));
    }
  }
  async record(id) {
    const url = `${this.base}/v1/vulns/${encodeURIComponent(id)}`;
    const { value } = await this.ctx.http.json({ url });
    if (!isRecordWithId(value)) throw new ShapeError(`${url}: expected an OSV record with an "id"`);
    if (value.id !== id) throw new ShapeError(`${url}: asked for ${id}, got the record ${String(value.id)}`);
    return value;
  }
};
async function queryOsvApi(components, ctx, opts) {
  const base = opts.baseUrl.replace(/\/+$/, "");
  const client = new OsvApiClient(ctx, base, opts.batchSize ?? OSV_MAX_BATCH);
  const batchUrl = `${base}/v1/querybatch`;
  const queries = osvQueries(components);
  const records = /* @__PURE__ */ new Map();
  const lookups = (q) => ({
    source: "osv-api",
    key: `query\0${q.ecosystem}\0${q.name}\0${q.version}`,
    label: `${q.ecosystem} ${q.name}@${q.version}`,
    check: isQueryAnswer
  });
  const found = await mapLimit(queries, 32, (q) => ctx.lookup(lookups(q), batchUrl));
  const refs = /* @__PURE__ */ new Map();
  const take = (answer) => {
    for (const v of answer?.vulns ?? []) if (!refs.has(v.id) || v.modified !== void 0) refs.set(v.id, v.modified);
  };
  const ask = [];
  for (let i = 0; i < queries.length; i++) {
    const f = found[i];
    if (f.hit) take(f.hit.value);
    else if (f.blocked !== void 0) take((await ctx.settle(lookups(queries[i]), f.entry, { error: f.blocked }, batchUrl)).value);
    else ask.push(i);
  }
  const size2 = Math.max(1, Math.min(OSV_MAX_BATCH, opts.batchSize ?? OSV_MAX_BATCH));
  for (let start = 0; start < ask.length; start += size2) {
    const part = ask.slice(start, start + size2);
    const down = ctx.downReason(batchUrl);
    const outcomes = down === void 0 ? await client.batchIsolating(part.map((i) => queries[i])) : part.map(() => ({ error: `skipped, the server failed earlier requests: ${down}` }));
    for (let j = 0; j < part.length; j++) {
      const i = part[j];
      const outcome = outcomes[j];
      const settled = await ctx.settle(lookups(queries[i]), found[i].entry, "value" in outcome ? { value: { vulns: outcome.value } } : outcome, batchUrl);
      take(settled.value);
    }
  }
  const ids = [...refs.keys()].sort();
  await mapLimit(ids, opts.concurrency ?? 16, async (id) => {
    const modified = refs.get(id);
    const url = `${base}/v1/vulns/${encodeURIComponent(id)}`;
    const got = await ctx.cached(
      {
        source: "osv-api",
        key: `vuln\0${id}`,
        label: id,
        check: isRecordWithId,
        // The record is current when querybatch reports the modified time it carries.
        ...modified === void 0 ? {} : { fresh: (e) => e.value.modified === modified },
        fetch: () => client.record(id)
      },
      url
    );
    if (got.value) records.set(id, got.value);
  });
  const problems = ctx.problems("osv-api", OSV_ORIGIN, `OSV API ${base}`, "so those packages or advisories were not checked");
  return { records, queries: queries.length, problems };
}
function addApiRecords(records, db, base, held = 0) {
  const source = `osv-api:${base}`;
  const skipped = /* @__PURE__ */ new Map();
  let added = 0;
  for (const [id, raw] of records) {
    const result = normaliseOsv(raw, source);
    let reason = result.skip;
    if (!result.advisory) reason ??= "not usable";
    else if (held + db.size >= LIMITS.maxAdvisories) reason = `over the ${LIMITS.maxAdvisories}-record limit`;
    if (reason !== void 0) {
      const key = reason.replace(/^[^:]+: /, "");
      skipped.set(key, [...skipped.get(key) ?? [], id]);
      continue;
    }
    db.add(result.advisory);
    added++;
  }
  const problems = [];
  for (const [reason, ids] of skipped) {
    problems.push({
      level: reason.startsWith("informational") ? "notice" : "warning",
      origin: OSV_ORIGIN,
      message: `${ids.length} record(s) from ${base} skipped, ${reason}: ${ids.slice(0, 5).join(", ")}${ids.length > 5 ? `, \u2026 (${ids.length - 5} more)` : ""}`
    });
  }
  return { added, problems };
}
function osvSourceInfo(ctx, base, records) {
  return ctx.sourceInfo("osv-api", "osv-api", base.replace(/\/+$/, ""), records);
}

// src/advise/live/index.ts
var LiveSession = class {
  ctx;
  options;
  disabled;
  constructor(opts = {}) {
    this.options = opts;
    this.disabled = new Set(opts.disabled ?? []);
    const ages = typeof opts.maxCacheAgeDays === "number" ? agesFor(opts.maxCacheAgeDays) : opts.maxCacheAgeDays ?? {};
    const http = new HttpClient({ ...opts.http, ...opts.timeoutMs !== void 0 ? { timeoutMs: opts.timeoutMs } : {} });
    this.ctx = LiveContext.create({
      onSourceError: opts.onSourceError ?? "fail",
      offline: opts.offline ?? false,
      maxAgeDays: ages,
      http,
      ...opts.cacheDir !== void 0 ? { cacheDir: opts.cacheDir } : {}
    });
  }
  enabled(source) {
    return !this.disabled.has(source);
  }
  /** A source's result with the cache's own problems (unreadable or damaged entries) added. */
  withCacheProblems(result) {
    result.problems.push(...this.ctx.cacheProblems("advise/cache"));
    return result;
  }
  /** OSV API records for the components, added to `db`; `held`: records other sources gave already (for the record limit). */
  async advisories(components, db, held = 0) {
    if (!this.enabled("osv-api")) return { db, added: 0, sources: [], problems: [] };
    const base = osvApiBase(this.options);
    try {
      const got = await queryOsvApi(components, this.ctx, { baseUrl: base, ...this.options.osvBatchSize ? { batchSize: this.options.osvBatchSize } : {} });
      const { added, problems } = addApiRecords(got.records, db, base, held);
      const sources = this.ctx.answered("osv-api") || got.queries === 0 ? [osvSourceInfo(this.ctx, base, added)] : [];
      return this.withCacheProblems({ db, added, sources, problems: [...got.problems, ...problems] });
    } catch (err) {
      return { db, added: 0, sources: [], problems: [internalProblem(OSV_ORIGIN, err, this.ctx.policy)] };
    }
  }
  /** endoflife.date release cycles of these products (the runtime catalogue's ids). */
  async endoflife(products) {
    if (!this.enabled("endoflife")) return { products: [], sources: [], problems: [] };
    try {
      return this.withCacheProblems(await fetchEndoflife(this.ctx, this.options.endoflifeUrl ?? DEFAULT_ENDOFLIFE_URL, products));
    } catch (err) {
      return { products: [], sources: [], problems: [internalProblem("advise/endoflife", err, this.ctx.policy)] };
    }
  }
};
function internalProblem(origin, err, policy) {
  const message = err instanceof Error ? err.stack ?? err.message : String(err);
  return { level: policy === "fail" ? "error" : "warning", origin, message: `internal error, source not used (please report it): ${message}` };
}
function osvApiSource(config) {
  const live = config.live;
  if (!live?.enabled("osv-api")) return void 0;
  return {
    gives: "osv",
    async advisoriesFor(components, known) {
      const got = await live.advisories(components, new AdvisoryDb(), known.osv.size);
      return { osv: got.db, sources: got.sources, problems: got.problems };
    }
  };
}
function endoflifeApiSource(config) {
  const live = config.live;
  if (!live?.enabled("endoflife")) return void 0;
  return {
    gives: "runtime",
    async advisoriesFor(components, known) {
      const productOf2 = runtimeProductResolver(known.runtime, config.policyImages);
      const wanted = new Set(components.flatMap((c) => productOf2(c) ?? []));
      const got = await live.endoflife([...wanted].filter((p) => !known.runtime.products.has(p)));
      return { products: got.products, sources: got.sources, problems: got.problems };
    }
  };
}

// src/advise/os-sources.ts
import { closeSync, openSync, readdirSync as readdirSync2, readSync, statSync as statSync5 } from "node:fs";

// src/advise/alpine-secdb.ts
var import_yaml2 = __toESM(require_dist(), 1);
import { readFileSync, statSync } from "node:fs";
var ORIGIN = "advise/alpine-secdb";
function isRecord2(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function load(path) {
  const problems = [];
  const info = { kind: "alpine-secdb", path, records: 0 };
  let doc;
  try {
    if (statSync(path).size > LIMITS.advisoryMaxFileBytes) throw new Error(`over the ${LIMITS.advisoryMaxFileBytes}-byte limit`);
    doc = (0, import_yaml2.parse)(readFileSync(path, "utf8"), { maxAliasCount: LIMITS.yamlMaxAliases });
  } catch (err) {
    problems.push({ level: "error", origin: ORIGIN, file: path, message: `not read: ${err.message.split("\n", 1)[0]}` });
    return { info, advisories: [], problems };
  }
  const release = isRecord2(doc) && typeof doc.distroversion === "string" ? doc.distroversion : void 0;
  const ecosystem = release ? osEcosystem("alpine", release) : void 0;
  if (!isRecord2(doc) || !ecosystem?.includes(":") || !Array.isArray(doc.packages)) {
    problems.push({ level: "error", origin: ORIGIN, file: path, message: "expected an Alpine secdb document: distroversion (like v3.20) and a packages list" });
    return { info, advisories: [], problems };
  }
  const repo = typeof doc.reponame === "string" ? doc.reponame : "main";
  const advisories = [];
  let skipped = 0;
  for (const entry of doc.packages) {
    const pkg = isRecord2(entry) && isRecord2(entry.pkg) ? entry.pkg : void 0;
    const name = typeof pkg?.name === "string" ? pkg.name : void 0;
    if (!pkg || !name || !isRecord2(pkg.secfixes)) {
      skipped++;
      continue;
    }
    for (const [fixed, cves] of Object.entries(pkg.secfixes)) {
      if (fixed === "0" || !Array.isArray(cves)) continue;
      const aliases = cves.filter((c) => typeof c === "string").map((c) => c.trim().split(/\s+/, 1)[0]).filter((c) => /^CVE-\d{4}-\d+$/.test(c));
      advisories.push({
        id: `ALPINE-${release}-${name}-${fixed}`,
        aliases,
        summary: `${name} ${fixed} fixes ${aliases.length > 0 ? aliases.join(", ") : "security issues"} (Alpine ${release} ${repo})`,
        affected: [{ ecosystem, name, ranges: [{ type: "ECOSYSTEM", events: [{ introduced: "0" }, { fixed }] }], versions: [] }],
        references: [],
        url: `https://security.alpinelinux.org/srcpkg/${encodeURIComponent(name)}`,
        source: `alpine-secdb:${path}`
      });
    }
  }
  if (skipped > 0) problems.push({ level: "warning", origin: ORIGIN, file: path, message: `${skipped} package entr(ies) without pkg.name and pkg.secfixes; skipped` });
  problems.push({ level: "notice", origin: ORIGIN, file: path, message: "Alpine's secdb has no dates: its findings' clocks follow the policy's unknownClock unless another source dates the fix" });
  info.records = advisories.length;
  return { info, advisories, problems };
}
var alpineSecdb = {
  id: "alpine-secdb",
  recognise: (_path, probe2) => !probe2.isDirectory && /(?:^|[\n{,])\s*"?distroversion"?\s*:/.test(probe2.head) && /"?packages"?\s*:/.test(probe2.head),
  load
};

// src/advise/debian-changelog.ts
import { readdirSync, readFileSync as readFileSync2, statSync as statSync2 } from "node:fs";
import { join as join2 } from "node:path";
import { gunzipSync } from "node:zlib";
var ORIGIN2 = "advise/debian-changelog";
var HEADER = /^(\S+) \(([^)\s]+)\) ([^;]+);(.*)$/;
var TRAILER = /^ -- .*?>\s\s?(.+)$/;
var CVE = /CVE-\d{4}-\d{4,}/g;
var NAME = /(?:^|\.)changelog\.Debian(?:\.gz)?$/;
var MAX_TEXT = 16 * 1024 * 1024;
function parseChangelog(text) {
  const out = [];
  let cur;
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].replace(/\r$/, "");
    const h = HEADER.exec(line);
    if (h) {
      cur = { source: h[1], version: h[2], suites: h[3].trim().split(/\s+/), cves: [], line: i + 1 };
      const urgency = /urgency=(\w+)/i.exec(h[4])?.[1];
      if (urgency) cur.urgency = urgency.toLowerCase();
      out.push(cur);
      continue;
    }
    if (!cur) continue;
    const t = TRAILER.exec(line);
    if (t) {
      const d = Date.parse(t[1].trim());
      if (Number.isFinite(d)) cur.date = new Date(d).toISOString();
      cur = void 0;
      continue;
    }
    for (const m of line.matchAll(CVE)) if (!cur.cves.includes(m[0])) cur.cves.push(m[0]);
  }
  return out;
}
function readChangelog(file) {
  const raw = readFileSync2(file);
  const text = file.endsWith(".gz") ? gunzipSync(raw, { maxOutputLength: MAX_TEXT }) : raw;
  return text.toString("utf8");
}
function load2(path, book) {
  const problems = [];
  let files;
  try {
    files = statSync2(path).isDirectory() ? readdirSync(path).filter((n) => NAME.test(n)).sort().map((n) => join2(path, n)) : [path];
  } catch (err) {
    problems.push({ level: "error", origin: ORIGIN2, file: path, message: `cannot read: ${err.code ?? String(err)}` });
    return { info: { kind: "debian-changelog", path, records: 0 }, advisories: [], problems };
  }
  let entries = 0;
  for (const file of files) {
    let text;
    try {
      if (statSync2(file).size > LIMITS.advisoryMaxFileBytes) throw new Error("over the advisory file size limit");
      text = readChangelog(file);
    } catch (err) {
      problems.push({ level: "warning", origin: ORIGIN2, file, message: `not read: ${err.message}` });
      continue;
    }
    const parsed = parseChangelog(text);
    if (parsed.length === 0) problems.push({ level: "warning", origin: ORIGIN2, file, line: 1, message: 'no "source (version) suite; urgency=..." entry: not a Debian changelog' });
    for (const e of parsed) {
      entries++;
      for (const suite of e.suites) {
        const r = releaseOfCodename(suite);
        if (!r) continue;
        const ecosystem = osEcosystem(r.distro, r.release);
        book.noteUpload(ecosystem, e.source, e.version, { suite, cves: e.cves, ...e.urgency ? { urgency: e.urgency } : {} });
        if (/-security$/.test(suite) && e.date) {
          book.noteDate(ecosystem, e.source, e.version, {
            date: e.date,
            basis: "changelog",
            evidence: `changelog ${e.source} ${e.version} (${suite}${e.urgency ? `, urgency=${e.urgency}` : ""})`
          });
        }
      }
    }
  }
  return { info: { kind: "debian-changelog", path, records: entries }, advisories: [], problems };
}
var debianChangelogs = {
  id: "debian-changelog",
  recognise: (path, probe2) => probe2.isDirectory ? probe2.names.some((n) => NAME.test(n)) : NAME.test(path),
  load: load2
};

// src/advise/debian-dsa.ts
import { readFileSync as readFileSync3, statSync as statSync3 } from "node:fs";
var ORIGIN3 = "advise/debian-dsa";
var HEADER2 = /^\[(\d{1,2} [A-Z][a-z]{2} \d{4})\] (D[SL]A-\d+(?:-\d+)?) (\S+)(?: - (.*))?$/;
var FIX = /^\s+\[([a-z-]+)\] - (\S+)\s+(\S+)\s*$/;
var CVES = /^\s+\{([^}]*)\}/;
function load3(path, book) {
  const problems = [];
  const info = { kind: "debian-dsa", path, records: 0 };
  let text;
  try {
    if (statSync3(path).size > LIMITS.advisoryMaxFileBytes) throw new Error(`over the ${LIMITS.advisoryMaxFileBytes}-byte limit`);
    text = readFileSync3(path, "utf8");
  } catch (err) {
    problems.push({ level: "error", origin: ORIGIN3, file: path, message: `cannot read: ${err.message}` });
    return { info, advisories: [], problems };
  }
  const advisories = [];
  let cur;
  const unknownReleases = /* @__PURE__ */ new Set();
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].replace(/\r$/, "");
    const h = HEADER2.exec(line);
    if (h) {
      const date2 = Date.parse(`${h[1]} UTC`);
      cur = {
        id: h[2],
        aliases: [],
        summary: `${h[3]} - ${h[4] ?? "security update"}`,
        affected: [],
        references: [],
        url: `https://security-tracker.debian.org/tracker/${h[2]}`,
        source: `debian-dsa:${path}`
      };
      if (Number.isFinite(date2)) cur.published = cur.modified = new Date(date2).toISOString();
      advisories.push(cur);
      continue;
    }
    if (!cur) continue;
    const c = CVES.exec(line);
    if (c) {
      cur.aliases.push(...c[1].split(/\s+/).filter((x) => /^CVE-\d{4}-\d+$/.test(x)));
      continue;
    }
    const f = FIX.exec(line);
    if (!f || f[3].startsWith("<")) continue;
    const r = releaseOfCodename(f[1]);
    if (!r) {
      unknownReleases.add(f[1]);
      continue;
    }
    const ecosystem = osEcosystem(r.distro, r.release);
    const pkg = { ecosystem, name: f[2], ranges: [{ type: "ECOSYSTEM", events: [{ introduced: "0" }, { fixed: f[3] }] }], versions: [] };
    cur.affected.push(pkg);
    if (cur.published) book.noteDate(ecosystem, pkg.name, f[3], { date: cur.published, basis: "advisory", evidence: `${cur.id} (${cur.published.slice(0, 10)})` });
  }
  if (unknownReleases.size > 0) {
    problems.push({ level: "notice", origin: ORIGIN3, file: path, message: `fixes for releases with no known Debian version skipped: ${[...unknownReleases].sort().join(", ")}` });
  }
  const kept = advisories.filter((a) => a.affected.length > 0);
  if (advisories.length === 0) problems.push({ level: "error", origin: ORIGIN3, file: path, message: 'no "[date] DSA-n-n package - ..." entries: not a DSA/DLA list' });
  info.records = kept.length;
  return { info, advisories: kept, problems };
}
var debianDsaList = {
  id: "debian-dsa",
  recognise: (_path, probe2) => !probe2.isDirectory && HEADER2.test(probe2.head.split("\n", 1)[0].replace(/\r$/, "")),
  load: load3
};

// src/advise/debian-packages.ts
import { readFileSync as readFileSync4, statSync as statSync4 } from "node:fs";
import { basename, dirname, join as join3 } from "node:path";
var ORIGIN4 = "advise/debian-packages";
function parseRelease(text, path) {
  const body = text.replace(/^-----BEGIN PGP SIGNED MESSAGE-----\r?\n(?:Hash:[^\n]*\n)*\r?\n/, "").split(/^-----BEGIN PGP SIGNATURE-----/m)[0];
  const fields = deb822(body)[0]?.fields ?? /* @__PURE__ */ new Map();
  const info = { path };
  const set = (k, field) => {
    const v = fields.get(field);
    if (v) info[k] = v;
  };
  set("origin", "Origin");
  set("suite", "Suite");
  set("codename", "Codename");
  set("version", "Version");
  const date2 = Date.parse(fields.get("Date") ?? "");
  if (Number.isFinite(date2)) info.date = new Date(date2).toISOString();
  return info;
}
function looksLikeRelease(head) {
  return /^(?:Suite|Codename):/m.test(head) && /^Date:/m.test(head) && !/^Package:/m.test(head);
}
var SECTION = /_(?:updates_)?(?:main|contrib|non-free|non-free-firmware|universe|multiverse|restricted)_binary-[^_]+_Packages$/;
function releaseBeside(path) {
  const dir = dirname(path);
  const name = basename(path);
  const prefix = SECTION.test(name) ? name.replace(SECTION, "") : void 0;
  const candidates = [
    ...prefix ? [`${prefix}_InRelease`, `${prefix}_Release`] : [],
    "InRelease",
    "Release",
    "../../InRelease",
    "../../Release"
  ].map((c) => join3(dir, c));
  for (const c of candidates) {
    try {
      if (statSync4(c).size > LIMITS.advisoryMaxFileBytes) continue;
      return parseRelease(readFileSync4(c, "utf8"), c);
    } catch {
    }
  }
  return void 0;
}
function ecosystemOf(release, path) {
  const fromName = /(?:^|[_/])([a-z]+(?:-security|-updates)?)(?=_)/.exec(basename(path))?.[1];
  const suite = release?.codename ?? release?.suite ?? fromName ?? "security";
  const origin = release?.origin?.toLowerCase();
  if (origin && release?.version) {
    const eco = osEcosystem(origin, release.version);
    if (eco && eco.includes(":")) return { ecosystem: eco, suite };
  }
  for (const name of [release?.codename, release?.suite, fromName]) {
    const r = name ? releaseOfCodename(name) : void 0;
    if (r) return { ecosystem: osEcosystem(r.distro, r.release), suite };
  }
  return { suite };
}
function trackerUrl(ecosystem, source) {
  return ecosystem.startsWith("Ubuntu") ? `https://launchpad.net/ubuntu/+source/${encodeURIComponent(source)}` : `https://security-tracker.debian.org/tracker/source-package/${encodeURIComponent(source)}`;
}
function load4(path, book) {
  const problems = [];
  const info = { kind: "debian-packages", path, records: 0 };
  let text;
  try {
    if (statSync4(path).size > LIMITS.advisoryMaxFileBytes) {
      problems.push({ level: "error", origin: ORIGIN4, file: path, message: `over the ${LIMITS.advisoryMaxFileBytes}-byte limit for an advisory file; not read` });
      return { info, advisories: [], problems };
    }
    text = readFileSync4(path, "utf8");
  } catch (err) {
    problems.push({ level: "error", origin: ORIGIN4, file: path, message: `cannot read: ${err.code ?? String(err)}` });
    return { info, advisories: [], problems };
  }
  const release = releaseBeside(path);
  const { ecosystem, suite } = ecosystemOf(release, path);
  if (!ecosystem) {
    problems.push({
      level: "error",
      origin: ORIGIN4,
      file: path,
      message: "cannot tell which distribution release this package index belongs to: put its InRelease or Release file beside it (apt names it <suite>_InRelease), or name the file after its suite (bookworm-security_..._Packages)"
    });
    return { info, advisories: [], problems };
  }
  if (!release?.date) {
    problems.push({ level: "warning", origin: ORIGIN4, file: path, message: "no Release/InRelease Date beside this index: fixes only it lists have no clock unless a changelog or DSA/DLA dates them" });
  }
  const bySource = /* @__PURE__ */ new Map();
  let bad = 0;
  for (const s of deb822(text, () => bad++)) {
    const pkg = s.fields.get("Package");
    const version = s.fields.get("Version");
    if (!pkg || !version) {
      bad++;
      continue;
    }
    const src = parseSourceField(s.fields.get("Source"));
    const name = src.name ?? pkg;
    const v = src.version ?? version;
    let versions = bySource.get(name);
    if (!versions) bySource.set(name, versions = /* @__PURE__ */ new Map());
    if (!versions.has(v)) versions.set(v, s.line);
  }
  if (bad > 0) problems.push({ level: "warning", origin: ORIGIN4, file: path, message: `${bad} malformed line(s) or stanza(s) without Package/Version; skipped` });
  const advisories = [];
  for (const [source, versions] of bySource) {
    const fixed = [...versions.keys()];
    for (const version of fixed) {
      const advisory = {
        id: `${suite}:${source}@${version}`,
        aliases: fixed.length > 1 ? [`${suite}:${source}`] : [],
        summary: `${source} ${version} published in ${suite} (${ecosystem} security archive)`,
        affected: [{ ecosystem, name: source, ranges: [{ type: "ECOSYSTEM", events: [{ introduced: "0" }, { fixed: version }] }], versions: [] }],
        references: [],
        url: trackerUrl(ecosystem, source),
        source: `debian-packages:${path}`
      };
      if (release?.date) {
        advisory.modified = release.date;
        book.noteDate(ecosystem, source, version, { date: release.date, basis: "index-date", evidence: `${suite} index Date ${release.date.slice(0, 10)} (upper bound)` });
      }
      advisories.push(advisory);
    }
  }
  info.records = advisories.length;
  problems.push({ level: "notice", origin: ORIGIN4, file: path, message: "a package index carries no severity: its findings take the policy's unknownSeverity unless another record of the same CVE has one" });
  return { info: release?.date ? { ...info, fetched: release.date } : info, advisories, problems };
}
var debianPackagesIndex = {
  id: "debian-packages",
  recognise: (_path, probe2) => !probe2.isDirectory && /^Package: \S+/.test(probe2.head.trimStart()) && /^Version: /m.test(probe2.head) && !/^Status: /m.test(probe2.head),
  load: load4
};
var debianRelease = {
  id: "debian-release",
  recognise: (_path, probe2) => !probe2.isDirectory && looksLikeRelease(probe2.head),
  load: (path) => ({ info: { kind: "debian-release", path, records: 0 }, advisories: [], problems: [] })
};

// src/advise/os-sources.ts
var OS_SOURCES = [debianChangelogs, debianDsaList, debianPackagesIndex, debianRelease, alpineSecdb];
var HEAD_BYTES = 4096;
function probe(path) {
  try {
    const st = statSync5(path);
    if (st.isDirectory()) return { isDirectory: true, names: readdirSync2(path), head: "" };
    if (!st.isFile()) return void 0;
    const fd = openSync(path, "r");
    try {
      const buf = Buffer.alloc(Math.min(HEAD_BYTES, st.size));
      const n = readSync(fd, buf, 0, buf.length, 0);
      return { isDirectory: false, names: [], head: buf.subarray(0, n).toString("utf8") };
    } finally {
      closeSync(fd);
    }
  } catch {
    return void 0;
  }
}
function distroPaths(paths) {
  const out = /* @__PURE__ */ new Set();
  for (const path of paths) {
    const p = probe(path);
    if (p && OS_SOURCES.some((s) => s.recognise(path, p))) out.add(path);
  }
  return out;
}
function distroDataSource(config) {
  const paths = config.db.distro;
  if (paths.length === 0) return void 0;
  return {
    gives: "osv",
    advisoriesFor() {
      const loaded = loadOsSources(paths);
      const osv = new AdvisoryDb();
      for (const a of loaded.advisories) osv.add(a);
      return Promise.resolve({ osv, osFixes: loaded.book, sources: loaded.sources, problems: loaded.problems });
    }
  };
}
function loadOsSources(paths) {
  const out = { handled: /* @__PURE__ */ new Set(), advisories: [], book: new OsFixBook(), sources: [], problems: [] };
  for (const path of paths) {
    const p = probe(path);
    const source = p && OS_SOURCES.find((s) => s.recognise(path, p));
    if (!source) continue;
    out.handled.add(path);
    const r = source.load(path, out.book);
    out.advisories.push(...r.advisories);
    out.sources.push(r.advisories.length > 0 ? { ...r.info, ecosystems: EcosystemTally.of(r.advisories) } : r.info);
    out.problems.push(...r.problems);
  }
  for (const a of out.advisories) {
    if (!a.source.startsWith("debian-packages:")) continue;
    const notes = [];
    for (const pkg of a.affected) {
      for (const range of pkg.ranges) {
        for (const e of range.events) {
          const upload = e.fixed === void 0 ? void 0 : out.book.upload(pkg.ecosystem, pkg.name, e.fixed);
          if (!upload) continue;
          for (const cve of upload.cves) if (!a.aliases.includes(cve)) a.aliases.push(cve);
          if (upload.urgency) a.distroUrgency = upload.urgency;
          notes.push(`${e.fixed} ${upload.suite}${upload.urgency ? ` urgency=${upload.urgency}` : ""}`);
        }
      }
    }
    if (notes.length > 0) a.summary += `; changelog: ${notes.join(", ")}`;
  }
  return out;
}

// src/advise/scanner-report.ts
import { readFileSync as readFileSync5, statSync as statSync6 } from "node:fs";
var ORIGIN5 = "advise/scanner-report";
var TOOL_NAME = { trivy: "Trivy", grype: "Grype" };
var LABEL = {
  CRITICAL: "critical",
  HIGH: "high",
  MEDIUM: "medium",
  LOW: "low",
  // Grype's lowest band (Ubuntu's and Debian's "negligible"/"unimportant").
  NEGLIGIBLE: "low"
};
function severityOf(f) {
  const label = LABEL[(f.severity ?? "").toUpperCase()];
  const score = f.cvss?.score;
  const extra = { ...score !== void 0 ? { score } : {}, ...f.cvss?.vector ? { vector: f.cvss.vector } : {} };
  if (label) return { label, source: "label", ...extra };
  const byScore = score !== void 0 ? labelForScore(score) : void 0;
  return byScore ? { label: byScore, source: "cvss", ...extra } : void 0;
}
function advisoriesFromReport(report, path) {
  const tool = TOOL_NAME[report.tool];
  const byId = /* @__PURE__ */ new Map();
  const problems = [];
  for (const f of report.findings) {
    if (!f.os) continue;
    const read = componentFromPurl(f.purl, { file: path, line: f.line }, report.distro);
    if ("skip" in read) {
      problems.push({ level: "warning", origin: ORIGIN5, file: path, line: f.line, message: `${f.id}: ${read.skip}; not used` });
      continue;
    }
    const c = read.component;
    const ranges = f.fixed.map((fixed) => ({ type: "ECOSYSTEM", events: [{ introduced: c.version }, { fixed }] }));
    const affected = [{ ecosystem: c.ecosystem, name: c.name, ranges, versions: [c.version] }];
    let advisory = byId.get(f.id);
    if (!advisory) {
      const published = realDate(report.tool === "grype" ? f.fixAvailable : f.published);
      const modified = realDate(f.modified);
      const severity = severityOf(f);
      advisory = {
        id: f.id,
        aliases: [...f.aliases],
        summary: `${f.title ?? f.id} (reported by ${tool})`,
        affected: [],
        references: f.url ? [{ type: "WEB", url: f.url }] : [],
        url: advisoryUrl(f.id),
        source: `${report.tool}:${path}`,
        ...published ? { published } : {},
        ...modified ? { modified } : {},
        ...severity ? { severity } : {}
      };
      byId.set(f.id, advisory);
    } else {
      for (const a of f.aliases) if (!advisory.aliases.includes(a)) advisory.aliases.push(a);
    }
    advisory.affected.push(...affected);
  }
  return { advisories: [...byId.values()], problems };
}
function splitScannerReports(paths) {
  const reports = [];
  const rest = [];
  for (const path of paths) {
    let text;
    try {
      if (path.endsWith(".json") && statSync6(path).isFile()) text = readFileSync5(path, "utf8");
    } catch {
      text = void 0;
    }
    let doc;
    try {
      doc = text === void 0 ? void 0 : JSON.parse(text);
    } catch {
      doc = void 0;
    }
    const report = text === void 0 || doc === void 0 ? void 0 : readScannerReport(text, doc);
    if (report) reports.push({ path, report });
    else rest.push(path);
  }
  return { reports, rest };
}
function scannerReportAdvisories(files, known) {
  const covered = /* @__PURE__ */ new Set();
  for (const a of known.all()) for (const p of a.affected) covered.add(baseEcosystem(p.ecosystem));
  const db = new AdvisoryDb();
  const sources = [];
  const problems = [];
  const merged = /* @__PURE__ */ new Map();
  for (const { path, report } of files) {
    const tool = TOOL_NAME[report.tool];
    const got = advisoriesFromReport(report, path);
    problems.push(...got.problems);
    const left = /* @__PURE__ */ new Set();
    let records = 0;
    for (const advisory of got.advisories) {
      const kept = advisory.affected.filter((p) => {
        if (!covered.has(baseEcosystem(p.ecosystem))) return true;
        left.add(baseEcosystem(p.ecosystem));
        return false;
      });
      if (kept.length === 0) continue;
      records++;
      const have = merged.get(advisory.id);
      if (!have) {
        merged.set(advisory.id, { ...advisory, affected: kept });
        continue;
      }
      have.affected.push(...kept);
      for (const a of advisory.aliases) if (!have.aliases.includes(a)) have.aliases.push(a);
    }
    for (const ecosystem of [...left].sort()) {
      problems.push({ level: "notice", origin: ORIGIN5, file: path, message: `${tool}'s ${ecosystem} findings not used: another advisory source given to this run covers ${ecosystem}` });
    }
    sources.push({ kind: `${report.tool}-report`, path, records, ...report.created ? { fetched: report.created } : {} });
  }
  for (const advisory of merged.values()) {
    if (known.get(advisory.id)) {
      problems.push({ level: "warning", origin: ORIGIN5, message: `${advisory.id} is already loaded from another source; the scanner report's finding of it is not used` });
      continue;
    }
    db.add(advisory);
  }
  return { osv: db, sources, problems };
}
function scannerReportSource(config) {
  const reports = config.db.reports;
  if (reports.length === 0) return void 0;
  return {
    gives: "osv",
    advisoriesFor(_components, known) {
      return Promise.resolve(scannerReportAdvisories(reports, known.osv));
    }
  };
}

// src/advise/runtime/index.ts
import { readFile as readFile2, readdir, stat as stat2 } from "node:fs/promises";
import { basename as basename2, join as join4 } from "node:path";

// src/advise/runtime/nodejs-wg.ts
var import_semver = __toESM(require_semver(), 1);
var RUNTIME_ECOSYSTEM = "runtime";
var NODEJS_PRODUCT = "nodejs";
var LABELS = /* @__PURE__ */ new Set(["critical", "high", "medium", "low"]);
var RECORD_URL = "https://github.com/nodejs/security-wg/blob/main/vuln/core/";
function minVersion(set) {
  try {
    return import_semver.default.minVersion(new import_semver.default.Range(set.map((c) => c.value).join(" ") || "*"));
  } catch {
    return null;
  }
}
function inSet(v, set) {
  return set.every((c) => c.test(v));
}
function upperBound(set) {
  const c = set.find((x) => x.operator === "<" || x.operator === "<=");
  if (!c) return void 0;
  const v = c.semver;
  return { version: `${v.major}.${v.minor}.${v.patch}`, inclusive: c.operator === "<=" };
}
function exactEnd(set) {
  if (set.length !== 1 || set[0].operator !== "" || set[0].value === "") return void 0;
  const next = import_semver.default.inc(set[0].semver, "patch");
  return next ? { version: next, inclusive: false } : void 0;
}
function semverRangesToEvents(vulnerable, patched) {
  const v = new import_semver.default.Range(vulnerable);
  const p = patched.trim() === "" ? void 0 : new import_semver.default.Range(patched);
  const ranges = [];
  for (const set of v.set) {
    const lower = minVersion(set);
    if (!lower) continue;
    const events = [{ introduced: lower.version }];
    const fixes = (p?.set ?? []).map((q) => ({ lo: minVersion(q), hi: upperBound(q) ?? exactEnd(q) })).filter((q) => q.lo !== null && inSet(q.lo, set)).sort((a, b) => import_semver.default.compare(a.lo, b.lo));
    let open = true;
    for (const fix of fixes) {
      if (!open) continue;
      events.push({ fixed: fix.lo.version });
      open = false;
      if (fix.hi && !fix.hi.inclusive && inSet(fix.hi.version, set)) {
        events.push({ introduced: fix.hi.version });
        open = true;
      }
    }
    if (open) {
      const upper = upperBound(set);
      if (upper) events.push(upper.inclusive ? { last_affected: upper.version } : { fixed: upper.version });
      else if (set.length === 1 && set[0].operator === "") events.push({ last_affected: lower.version });
    }
    ranges.push({ type: "SEMVER", events });
  }
  return ranges;
}
function firstSentence(text) {
  const line = text.trim().split(/\n\s*\n/)[0].replace(/\s+/g, " ");
  return line.length > 200 ? `${line.slice(0, 197)}...` : line;
}
function parseNodeCoreRecord(n, value, source) {
  if (!isRecord(value)) return "not a JSON object";
  const vulnerable = typeof value.vulnerable === "string" ? value.vulnerable.trim() : "";
  const patched = typeof value.patched === "string" ? value.patched.trim() : "";
  if (vulnerable === "" || import_semver.default.validRange(vulnerable) === null) return `vulnerable range "${String(value.vulnerable)}" is not a semver range`;
  if (patched !== "" && import_semver.default.validRange(patched) === null) return `patched range "${patched}" is not a semver range`;
  const cves = Array.isArray(value.cve) ? value.cve.filter((c) => typeof c === "string" && c !== "") : [];
  const environments = Array.isArray(value.affectedEnvironments) ? value.affectedEnvironments.filter((e) => typeof e === "string") : [];
  const text = typeof value.description === "string" && value.description.trim() || typeof value.overview === "string" && value.overview.trim() || cves.join(", ") || `Node.js core vulnerability ${n}`;
  const onlyOn = environments.length > 0 && !environments.includes("all") ? ` (${environments.join(", ")} only)` : "";
  const label = typeof value.severity === "string" ? value.severity.toLowerCase() : "";
  let severity;
  if (LABELS.has(label)) {
    severity = { label, source: "label" };
    if (typeof value.cvss_score === "number") severity.score = value.cvss_score;
    if (typeof value.cvss === "string" && value.cvss !== "") severity.vector = value.cvss.startsWith("CVSS:") ? value.cvss : `CVSS:${value.cvss}`;
  }
  const ref = typeof value.ref === "string" && /^https?:\/\//.test(value.ref) ? value.ref : void 0;
  const url = ref ?? `${RECORD_URL}${n}.json`;
  const published = typeof value.publish_date === "string" && /^\d{4}-\d{2}-\d{2}/.test(value.publish_date) ? value.publish_date.slice(0, 10) : void 0;
  const advisory = {
    id: `NSWG-CORE-${n}`,
    aliases: cves,
    summary: firstSentence(text) + onlyOn,
    affected: [{ ecosystem: RUNTIME_ECOSYSTEM, name: NODEJS_PRODUCT, ranges: semverRangesToEvents(vulnerable, patched), versions: [] }],
    references: [{ type: "ADVISORY", url: `${RECORD_URL}${n}.json` }, ...ref ? [{ type: "WEB", url: ref }] : []],
    url,
    source: `nodejs-security-wg:${source}`
  };
  if (published) advisory.published = published;
  if (severity) advisory.severity = severity;
  return { advisory, vulnerable, patched, environments };
}
var CORE_RECORD = /(?:^|\/)core\/(\d+)\.json$/;

// src/advise/runtime/index.ts
var ORIGIN6 = "advise/runtime";
var note = (message, file, level = "warning") => {
  const p = { level, origin: ORIGIN6, message };
  if (file !== void 0) p.file = file;
  return p;
};
async function isDir(path) {
  try {
    return (await stat2(path)).isDirectory();
  } catch {
    return false;
  }
}
async function listFiles(dir) {
  try {
    const entries = await readdir(dir, { withFileTypes: true });
    return entries.filter((e) => e.isFile()).map((e) => join4(dir, e.name)).sort();
  } catch {
    return [];
  }
}
async function readText(path, problems) {
  try {
    const info = await stat2(path);
    if (info.size > LIMITS.advisoryMaxFileBytes) {
      problems.push(note(`${info.size} bytes, over the ${LIMITS.advisoryMaxFileBytes}-byte limit; skipped`, path));
      return void 0;
    }
    return await readFile2(path, "utf8");
  } catch (err) {
    problems.push(note(`not read: ${err.code ?? String(err)}`, path));
    return void 0;
  }
}
function parseByName(name, text, source, problems) {
  const product2 = basename2(name).replace(/\.(md|json)$/i, "");
  let outcome;
  if (/\.md$/i.test(name)) outcome = parseProductMarkdown(text, product2, source);
  else {
    let value;
    try {
      value = JSON.parse(text);
    } catch (err) {
      problems.push(note(`invalid JSON: ${err.message}`, source));
      return { products: [], issues: [] };
    }
    outcome = parseEndoflifeJson(value, product2, source);
  }
  for (const issue of outcome.issues) problems.push(note(issue, source));
  return outcome;
}
var Collector = class {
  constructor(wanted) {
    this.wanted = wanted;
  }
  wanted;
  products = /* @__PURE__ */ new Map();
  /** Products already given by a plain file of each kind, so zip entries do not repeat them. */
  seen = /* @__PURE__ */ new Set();
  /** Keeps only the products wanted from now on (release data is then read for those alone). */
  narrow(wanted) {
    this.wanted = wanted;
    for (const name of [...this.products.keys()]) if (!wanted.has(name)) this.products.delete(name);
  }
  /** Every wanted product already has both a product page and release data from plain files. */
  complete() {
    return this.wanted !== void 0 && [...this.wanted].every((p) => this.seen.has(`md:${p}`) && this.seen.has(`json:${p}`));
  }
  wants(product2) {
    return this.wanted === void 0 || this.wanted.has(product2);
  }
  add(outcome) {
    for (const p of outcome.products) {
      if (!this.wants(p.product)) continue;
      const have = this.products.get(p.product);
      if (have) mergeProducts(have, p);
      else this.products.set(p.product, p);
    }
  }
};
var PRODUCT_ID = /^[a-z0-9][a-z0-9.+_-]*$/;
var productOf = (name) => basename2(name).replace(/\.(md|json)$/i, "");
async function readFolder(dir, kind, c, problems) {
  for (const path of await listFiles(dir)) {
    const isMd = /\.md$/i.test(path);
    const isJson = /\.json$/i.test(path);
    if (!(isMd || isJson) || kind === "md" && !isMd || kind === "json" && !isJson) continue;
    const product2 = productOf(path);
    if (!PRODUCT_ID.test(product2) || !c.wants(product2)) continue;
    const text = await readText(path, problems);
    if (text === void 0) continue;
    c.seen.add(`${isMd ? "md" : "json"}:${product2}`);
    c.add(parseByName(path, text, path, problems));
  }
}
async function readZips(dir, kind, c, problems) {
  if (c.complete()) return;
  for (const path of await listFiles(dir)) {
    if (!/\.zip$/i.test(path) || /(^|\/)vuln\.zip$/.test(path)) continue;
    const want = (name) => {
      const m = /(?:^|\/)([^/]+)\.(md|json)$/i.exec(name);
      return m !== null && m[2].toLowerCase() === kind && c.wants(m[1]) && !c.seen.has(`${kind}:${m[1]}`);
    };
    try {
      const r = await readZipText(path, want, (entry) => c.add(parseByName(entry.name, entry.text, `${path}!${entry.name}`, problems)));
      for (const s of r.skipped) problems.push(note(`${s.name}: ${s.reason}`, path));
    } catch (err) {
      problems.push(note(`not read as a zip: ${err.message}`, path));
    }
  }
}
async function loadNodejsSecurityWg(path) {
  const problems = [];
  const vulnerabilities = [];
  const take = (name, text, source) => {
    const m = CORE_RECORD.exec(name);
    if (!m) return;
    let value;
    try {
      value = JSON.parse(text);
    } catch (err) {
      problems.push(note(`invalid JSON: ${err.message}`, source));
      return;
    }
    const r = parseNodeCoreRecord(m[1], value, source);
    if (typeof r === "string") problems.push(note(`${m[1]}.json not used: ${r}`, source));
    else vulnerabilities.push(r);
  };
  if (await isDir(path)) {
    for (const dir of [join4(path, "vuln", "core"), join4(path, "core")]) {
      for (const file of await listFiles(dir)) {
        const text = await readText(file, problems);
        if (text !== void 0) take(`core/${basename2(file)}`, text, file);
      }
    }
  } else {
    try {
      const r = await readZipText(path, (name) => CORE_RECORD.test(name), (e) => take(e.name, e.text, `${path}!${e.name}`));
      for (const s of r.skipped) problems.push(note(`${s.name}: ${s.reason}`, path));
    } catch (err) {
      problems.push(note(`Node.js security WG data not read: ${err.message}`, path, "error"));
    }
  }
  vulnerabilities.sort((a, b) => Number(a.advisory.id.slice(10)) - Number(b.advisory.id.slice(10)));
  return { vulnerabilities, problems };
}
async function loadRuntimeData(dir, opts = {}) {
  const problems = [];
  const data = emptyRuntimeData();
  const wanted = /* @__PURE__ */ new Set([...opts.products ?? CATALOGUE_PRODUCTS, ...opts.alsoProducts ?? []]);
  const byIndex = opts.products === void 0 && (opts.images !== void 0 || opts.repositories !== void 0);
  const images = new Set([...opts.images ?? []].map(canonicalImageName));
  const repositories = new Set([...opts.repositories ?? []].map(canonicalRepository));
  const c = new Collector(byIndex ? void 0 : wanted);
  const narrow = () => {
    if (!byIndex) return;
    const named = [...c.products.values()].filter((p) => p.images?.some((i) => images.has(i)) || p.repositories?.some((r) => repositories.has(r.repo))).map((p) => p.product);
    c.narrow(/* @__PURE__ */ new Set([...wanted, ...named]));
  };
  let info;
  try {
    info = await stat2(dir);
  } catch (err) {
    problems.push(note(`release data not read: ${err.code ?? String(err)}`, dir, "error"));
    return { data, problems };
  }
  if (info.isFile()) {
    if (/\.zip$/i.test(dir)) {
      try {
        await readZipText(
          dir,
          (n) => /\.(md|json)$/i.test(n) && c.wants(productOf(n)),
          (e) => c.add(parseByName(e.name, e.text, `${dir}!${e.name}`, problems))
        );
        narrow();
      } catch (err) {
        problems.push(note(`not read as a zip: ${err.message}`, dir, "error"));
      }
    } else {
      const text = await readText(dir, problems);
      if (text !== void 0) c.add(parseByName(dir, text, dir, problems));
      narrow();
    }
  } else {
    for (const sub of [join4(dir, "endoflife.date", "products"), join4(dir, "products")]) await readFolder(sub, "md", c, problems);
    await readFolder(dir, "md", c, problems);
    const zipDirs = [join4(dir, "endoflife.date"), join4(dir, "release-data"), dir];
    for (const sub of zipDirs) await readZips(sub, "md", c, problems);
    narrow();
    await readFolder(dir, "json", c, problems);
    for (const sub of [join4(dir, "release-data", "releases"), join4(dir, "releases")]) await readFolder(sub, "json", c, problems);
    for (const sub of zipDirs) await readZips(sub, "json", c, problems);
  }
  data.products = c.products;
  const wg = opts.nodejsSecurityWg ?? await firstExisting([
    join4(dir, "vuln.zip"),
    join4(dir, "nodejs-security-wg", "vuln.zip"),
    join4(dir, "vuln"),
    join4(dir, "nodejs-security-wg")
  ]);
  if (wg !== void 0) {
    const r = await loadNodejsSecurityWg(wg);
    data.nodeVulnerabilities = r.vulnerabilities;
    problems.push(...r.problems);
  }
  if (data.products.size === 0) {
    problems.push(
      note(
        "no endoflife.date release data found (expected <product>.md / <product>.json files, release-data/releases/, endoflife.date/products/ or their zips)",
        dir
      )
    );
  }
  return { data, problems };
}
async function firstExisting(paths) {
  for (const p of paths) {
    try {
      await stat2(p);
      return p;
    } catch {
    }
  }
  return void 0;
}
function releaseFilesSource(config) {
  const dir = config.releases;
  if (!dir) return void 0;
  const wg = config.nodejsSecurityWg;
  return {
    gives: "runtime",
    async advisoriesFor(components) {
      const images = components.flatMap((c) => c.image ? [c.name] : []);
      const repositories = components.flatMap((c) => c.runtime?.repository !== void 0 ? [c.runtime.repository] : []);
      const alsoProducts = [...Object.values(config.policyImages ?? {}), ...components.flatMap((c) => c.runtime?.product !== void 0 ? [c.runtime.product] : [])];
      const loaded = await loadRuntimeData(dir, { images, repositories, alsoProducts, ...wg ? { nodejsSecurityWg: wg } : {} });
      const sources = [{ kind: "releases", path: dir, records: loaded.data.products.size }];
      if (loaded.data.nodeVulnerabilities.length > 0) {
        sources.push({ kind: "nodejs-security-wg", path: wg ?? dir, records: loaded.data.nodeVulnerabilities.length });
      }
      return { products: [...loaded.data.products.values()], nodeVulnerabilities: loaded.data.nodeVulnerabilities, sources, problems: loaded.problems };
    }
  };
}

// src/advise/sources.ts
function sortDb(paths) {
  const { reports, rest } = splitScannerReports(paths);
  const distro = distroPaths(rest);
  return { osv: rest.filter((p) => !distro.has(p)), distro: [...distro], reports };
}
var ADVISORY_SOURCES = [
  distroDataSource,
  offlineOsvSource,
  osvApiSource,
  releaseFilesSource,
  endoflifeApiSource,
  scannerReportSource
];
async function advise(components, config) {
  const sources = [];
  const problems = [];
  const sorted = { ...config, db: sortDb(config.db ?? []) };
  const configured = ADVISORY_SOURCES.map((make) => make(sorted)).filter((s) => s !== void 0);
  if (!configured.some((s) => s.gives === "osv") && components.some((c) => c.image === void 0)) {
    problems.push({ level: "error", origin: "advise", message: "no advisory source: no --db was given and the OSV API is off (--offline); nothing could be matched. Give an OSV bundle with --db, or run online" });
  }
  let known = { osv: new AdvisoryDb(), runtime: emptyRuntimeData() };
  const osvParts = [];
  for (const source of configured) {
    const answer = await source.advisoriesFor(components, known);
    sources.push(...answer.sources);
    problems.push(...answer.problems);
    if (answer.osv) osvParts.push(answer.osv);
    const osv = !answer.osv ? known.osv : osvParts.length === 1 ? answer.osv : AdvisoryDb.merge(osvParts);
    known = { osv, runtime: mergeRuntime(known.runtime, answer), ...answer.osFixes ?? known.osFixes ? { osFixes: answer.osFixes ?? known.osFixes } : {} };
  }
  return { advisories: known, sources, problems };
}
function mergeRuntime(into, answer) {
  if (!answer.products?.length && !answer.nodeVulnerabilities?.length) return into;
  const products = new Map(into.products);
  for (const p of answer.products ?? []) {
    const have = products.get(p.product);
    if (!have) {
      products.set(p.product, p);
      continue;
    }
    const copy = { ...have, cycles: have.cycles.map((c) => ({ ...c })), versions: new Map(have.versions), sources: [...have.sources] };
    mergeProducts(copy, p);
    products.set(p.product, copy);
  }
  return { ...into, products, nodeVulnerabilities: [...into.nodeVulnerabilities, ...answer.nodeVulnerabilities ?? []] };
}

// src/advise/index-ahead.ts
import { existsSync, readdirSync as readdirSync3, statSync as statSync7, unlinkSync } from "node:fs";
import { basename as basename3, join as join5 } from "node:path";
import { createRequire } from "node:module";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
function workerUrl() {
  for (const rel of ["./index-worker.js", "../index-worker.js"]) {
    const url = new URL(rel, import.meta.url);
    if (existsSync(url)) return url;
  }
  const source = new URL("./index-worker.ts", import.meta.url);
  return existsSync(source) ? fromSources(source) : void 0;
}
var ESBUILD = "esbuild";
var bundled = null;
function fromSources(source) {
  if (bundled !== null) return bundled;
  bundled = void 0;
  try {
    const esbuild = createRequire(import.meta.url)(ESBUILD);
    const banner = `import { createRequire as __pwCreateRequire } from 'node:module';
const require = __pwCreateRequire(${JSON.stringify(source.href)});`;
    const out = esbuild.buildSync({ entryPoints: [fileURLToPath(source)], bundle: true, write: false, platform: "node", format: "esm", mainFields: ["module", "main"], target: "node20", logLevel: "silent", banner: { js: banner } });
    bundled = new URL(`data:text/javascript,${encodeURIComponent(out.outputFiles[0].text)}`);
  } catch {
    bundled = void 0;
  }
  return bundled;
}
function indexAhead(db, cacheDir, fromBytes = PARALLEL_FROM_BYTES) {
  if (availableParallelism() < 2) return void 0;
  const zips = db.filter((p) => p.endsWith(".zip") && size(p) >= fromBytes);
  if (zips.length === 0) return void 0;
  const distro = distroPaths(zips);
  const paths = zips.filter((p) => !distro.has(p) && !hasCachedIndex(p, cacheDir, false));
  if (paths.length === 0) return void 0;
  const url = workerUrl();
  if (!url) return void 0;
  let worker;
  try {
    worker = new Worker(url, { workerData: { paths, cacheDir, parallelFromBytes: fromBytes } });
  } catch {
    return void 0;
  }
  const done = new Promise((resolve) => {
    worker.on("error", () => resolve());
    worker.on("exit", () => resolve());
  });
  const stop = () => {
    void worker.terminate();
    void done.then(() => {
      for (const path of paths) {
        const file = basename3(indexFileFor(cacheDir, path));
        try {
          for (const name of readdirSync3(cacheDir)) if (name.startsWith(`${file}.${process.pid}.`) && name.endsWith(".tmp")) unlinkSync(join5(cacheDir, name));
        } catch {
        }
      }
    });
  };
  return { done, stop };
}
function size(path) {
  try {
    const st = statSync7(path);
    return st.isFile() ? st.size : 0;
  } catch {
    return 0;
  }
}

// src/enrich/epss.ts
import { readFile as readFile3, stat as stat3 } from "node:fs/promises";
import { gunzipSync as gunzipSync2 } from "node:zlib";
var EPSS_ORIGIN = "advise/epss";
var MAX_EPSS_BYTES = 512 * 1024 * 1024;
var MAX_ROW_PROBLEMS = 20;
var CVE_RE = /^CVE-\d{4}-\d{4,19}$/;
var NUMBER_RE = /^(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;
function probability(text) {
  if (text === void 0) return void 0;
  const t = text.trim();
  if (!NUMBER_RE.test(t)) return void 0;
  const n = Number(t);
  return Number.isFinite(n) && n >= 0 && n <= 1 ? n : void 0;
}
function parseEpss(text, file = "epss.csv") {
  const scores = /* @__PURE__ */ new Map();
  const problems = [];
  const result = { scores, problems };
  const lines = text.split(/\r\n|\r|\n/);
  let i = 0;
  if (lines[0]?.charCodeAt(0) === 65279) lines[0] = lines[0].slice(1);
  for (; i < lines.length && lines[i].startsWith("#"); i++) {
    for (const part of lines[i].slice(1).split(",")) {
      const colon = part.indexOf(":");
      if (colon === -1) continue;
      const key = part.slice(0, colon).trim();
      const value = part.slice(colon + 1).trim();
      if (key === "model_version") result.modelVersion = value;
      else if (key === "score_date") result.scoreDate = value;
    }
  }
  const header = lines[i]?.split(",").map((h) => h.trim().toLowerCase());
  const cveCol = header?.indexOf("cve") ?? -1;
  const epssCol = header?.indexOf("epss") ?? -1;
  const pctCol = header?.indexOf("percentile") ?? -1;
  if (!header || cveCol === -1 || epssCol === -1) {
    problems.push(problem(EPSS_ORIGIN, file, `expected a header line "cve,epss,percentile", got ${JSON.stringify(lines[i] ?? "")}`, i + 1));
    return result;
  }
  let bad = 0;
  for (i++; i < lines.length; i++) {
    const line = lines[i];
    if (line.trim() === "") continue;
    const cols = line.split(",");
    const id = cols[cveCol]?.trim().toUpperCase();
    const score = probability(cols[epssCol]);
    const pct = pctCol === -1 ? void 0 : probability(cols[pctCol]);
    let why;
    if (!id || !CVE_RE.test(id)) why = `expected a CVE id like CVE-2021-44228, got ${JSON.stringify(cols[cveCol] ?? "")}`;
    else if (score === void 0) why = `${id}: expected an EPSS score from 0 to 1, got ${JSON.stringify(cols[epssCol] ?? "")}`;
    else if (pctCol !== -1 && pct === void 0) why = `${id}: expected a percentile from 0 to 1, got ${JSON.stringify(cols[pctCol] ?? "")}`;
    if (why !== void 0) {
      bad++;
      if (bad <= MAX_ROW_PROBLEMS) problems.push(problem(EPSS_ORIGIN, file, `row skipped: ${why}`, i + 1, "warning"));
      continue;
    }
    const entry = { score };
    if (pct !== void 0) entry.percentile = pct;
    scores.set(id, entry);
  }
  if (bad > MAX_ROW_PROBLEMS) {
    problems.push(problem(EPSS_ORIGIN, file, `${bad - MAX_ROW_PROBLEMS} more rows skipped`, void 0, "warning"));
  }
  return result;
}
async function loadEpss(path) {
  try {
    const st = await stat3(path);
    if (!st.isFile()) return { scores: /* @__PURE__ */ new Map(), problems: [problem(EPSS_ORIGIN, path, "EPSS file is not a file")] };
    if (st.size > MAX_EPSS_BYTES) {
      return { scores: /* @__PURE__ */ new Map(), problems: [problem(EPSS_ORIGIN, path, `EPSS file is ${st.size} bytes; the limit is ${MAX_EPSS_BYTES}`)] };
    }
    let buf = await readFile3(path);
    if (path.endsWith(".gz")) buf = gunzipSync2(buf, { maxOutputLength: MAX_EPSS_BYTES });
    return parseEpss(buf.toString("utf8"), path);
  } catch (err) {
    return { scores: /* @__PURE__ */ new Map(), problems: [problem(EPSS_ORIGIN, path, `EPSS file not read: ${err.message}`)] };
  }
}
function epssFile(config) {
  const path = config.epss;
  if (!path) return void 0;
  return {
    async lookupsFor() {
      const loaded = await loadEpss(path);
      return { lookups: { epss: loaded.scores }, problems: loaded.problems, sources: [{ kind: "epss", path, records: loaded.scores.size }] };
    }
  };
}

// src/enrich/kev.ts
import { readFile as readFile4, stat as stat4 } from "node:fs/promises";
var KEV_ORIGIN = "advise/kev";
var MAX_KEV_BYTES = 64 * 1024 * 1024;
var CVE_RE2 = /^CVE-\d{4}-\d{4,19}$/;
var DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
function realDay(value) {
  if (typeof value !== "string") return false;
  const m = DATE_RE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === value && Number(m[1]) >= 1970;
}
function elementLines(text) {
  const at = /"vulnerabilities"\s*:\s*\[/.exec(text);
  if (!at) return [];
  const index = new LineIndex(text);
  const lines = [];
  let depth = 0;
  for (let i = at.index + at[0].length; i < text.length; i++) {
    const c = text[i];
    if (depth === 0) {
      if (c === "]") break;
      if (c !== "," && c !== " " && c !== "\n" && c !== "\r" && c !== "	") lines.push(index.lineOf(i));
    }
    if (c === '"') {
      for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === "\\") i++;
    } else if (c === "{" || c === "[") depth++;
    else if (c === "}" || c === "]") depth--;
    else if (depth === 0 && c !== "," && c !== " " && c !== "\n" && c !== "\r" && c !== "	") {
      while (i + 1 < text.length && text[i + 1] !== "," && text[i + 1] !== "]") i++;
    }
  }
  return lines;
}
function parseKev(text, file) {
  const catalog = /* @__PURE__ */ new Map();
  const problems = [];
  const parsed = parseJson(text, KEV_ORIGIN, file);
  if (parsed.problem) return { catalog, problems: [parsed.problem] };
  const root = parsed.value;
  if (!isRecord(root) || !Array.isArray(root.vulnerabilities)) {
    problems.push(problem(KEV_ORIGIN, file, 'not a KEV catalogue: expected an object with a "vulnerabilities" list', 1));
    return { catalog, problems };
  }
  let lines;
  const lineOf = (i) => (lines ??= elementLines(text))[i];
  root.vulnerabilities.forEach((raw, i) => {
    const skip = (why) => {
      problems.push(problem(KEV_ORIGIN, file, `vulnerabilities[${i}] skipped: ${why}`, lineOf(i), "warning"));
    };
    if (!isRecord(raw)) return skip("expected an object");
    const id = typeof raw.cveID === "string" ? raw.cveID.trim().toUpperCase() : void 0;
    if (!id || !CVE_RE2.test(id)) return skip(`expected cveID like CVE-2021-44228, got ${JSON.stringify(raw.cveID ?? null)}`);
    if (!realDay(raw.dateAdded)) return skip(`${id}: expected dateAdded like 2021-12-10, got ${JSON.stringify(raw.dateAdded ?? null)}`);
    if (!realDay(raw.dueDate)) return skip(`${id}: expected dueDate like 2021-12-24, got ${JSON.stringify(raw.dueDate ?? null)}`);
    const entry = { dateAdded: raw.dateAdded, dueDate: raw.dueDate };
    if (typeof raw.knownRansomwareCampaignUse === "string") entry.knownRansomwareCampaignUse = raw.knownRansomwareCampaignUse;
    const prev = catalog.get(id);
    if (!prev || entry.dueDate < prev.dueDate) catalog.set(id, entry);
  });
  const result = { catalog, problems };
  if (typeof root.catalogVersion === "string") result.catalogVersion = root.catalogVersion;
  if (typeof root.dateReleased === "string") result.dateReleased = root.dateReleased;
  if (catalog.size === 0 && root.vulnerabilities.length > 0) {
    problems.push(problem(KEV_ORIGIN, file, "no usable entries in the KEV catalogue", 1));
  }
  return result;
}
async function loadKev(path) {
  try {
    const st = await stat4(path);
    if (!st.isFile()) return { catalog: /* @__PURE__ */ new Map(), problems: [problem(KEV_ORIGIN, path, "KEV catalogue is not a file")] };
    if (st.size > MAX_KEV_BYTES) {
      return { catalog: /* @__PURE__ */ new Map(), problems: [problem(KEV_ORIGIN, path, `KEV catalogue is ${st.size} bytes; the limit is ${MAX_KEV_BYTES}`)] };
    }
    return parseKev(await readFile4(path, "utf8"), path);
  } catch (err) {
    return { catalog: /* @__PURE__ */ new Map(), problems: [problem(KEV_ORIGIN, path, `KEV catalogue not read: ${err.message}`)] };
  }
}
function kevFile(config) {
  const path = config.kev;
  if (!path) return void 0;
  return {
    async lookupsFor() {
      const loaded = await loadKev(path);
      return { lookups: { kev: loaded.catalog }, problems: loaded.problems, sources: [{ kind: "kev", path, records: loaded.catalog.size }] };
    }
  };
}

// src/enrich/epss-feed.ts
import { gunzipSync as gunzipSync3 } from "node:zlib";
var DEFAULT_EPSS_API_URL = "https://api.first.org/data/v1/epss";
var MAX_EPSS_URL_LENGTH = 2e3;
var MAX_CVES_PER_REQUEST = 100;
var MAX_CSV_BYTES = 512 * 1024 * 1024;
var CVE_RE3 = /^CVE-\d{4}-\d{4,19}$/;
var isAnswer2 = (v) => isRecord(v) && (v.score === null || typeof v.score === "number" && v.score >= 0 && v.score <= 1);
function probability2(v) {
  const n = typeof v === "number" ? v : typeof v === "string" && v.trim() !== "" ? Number(v) : NaN;
  return Number.isFinite(n) && n >= 0 && n <= 1 ? n : void 0;
}
function epssChunks(base, cves, maxLength = MAX_EPSS_URL_LENGTH) {
  const prefix = `${base}?cve=`.length;
  const chunks = [];
  let current = [];
  let length = prefix;
  for (const cve of cves) {
    const add = (current.length === 0 ? 0 : 1) + cve.length;
    if (current.length > 0 && (length + add >= maxLength || current.length >= MAX_CVES_PER_REQUEST)) {
      chunks.push(current);
      current = [];
      length = prefix;
    }
    length += (current.length === 0 ? 0 : 1) + cve.length;
    current.push(cve);
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}
async function askApi(ctx, base, cves) {
  const found = /* @__PURE__ */ new Map();
  let offset = 0;
  for (let page = 0; page < 10; page++) {
    const url = `${base}?cve=${cves.join(",")}${offset > 0 ? `&offset=${offset}` : ""}`;
    const res = await ctx.http.request({ url });
    const doc = parseJsonBody(res);
    if (!isRecord(doc) || !Array.isArray(doc.data)) throw new ShapeError(`${url}: expected {"data": [...]}`);
    for (const row of doc.data) {
      if (!isRecord(row) || typeof row.cve !== "string") continue;
      const score = probability2(row.epss);
      if (score === void 0) throw new ShapeError(`${url}: ${row.cve}: epss ${JSON.stringify(row.epss)} is not a probability`);
      const answer = { score };
      const pct = probability2(row.percentile);
      if (pct !== void 0) answer.percentile = pct;
      if (typeof row.date === "string") answer.date = row.date;
      found.set(row.cve.toUpperCase(), answer);
    }
    offset += doc.data.length;
    const total = typeof doc.total === "number" ? doc.total : 0;
    if (doc.data.length === 0 || offset >= total) break;
  }
  for (const cve of cves) if (!found.has(cve)) found.set(cve, { score: null });
  return found;
}
async function fetchEpssApi(ctx, base, cveList) {
  const cves = [...new Set([...cveList].map((c) => c.trim().toUpperCase()).filter((c) => CVE_RE3.test(c)))].sort();
  const req = (cve) => ({ source: "epss", key: `cve\0${cve}`, label: cve, check: isAnswer2 });
  const answers = /* @__PURE__ */ new Map();
  const ask = [];
  const looked = await mapLimit(cves, 32, (cve) => ctx.lookup(req(cve), base));
  for (let i = 0; i < cves.length; i++) {
    const cve = cves[i];
    const f = looked[i];
    if (f.hit) answers.set(cve, f.hit);
    else if (f.blocked !== void 0) answers.set(cve, await ctx.settle(req(cve), f.entry, { error: f.blocked }, base));
    else ask.push(cve);
  }
  const entryOf = new Map(cves.map((c, i) => [c, looked[i].entry]));
  for (const chunk of epssChunks(base, ask)) {
    let outcome;
    const down = ctx.downReason(base);
    try {
      if (down !== void 0) throw new Error(`skipped, the server failed earlier requests: ${down}`);
      outcome = { value: await askApi(ctx, base, chunk) };
    } catch (error) {
      outcome = { error };
    }
    for (const cve of chunk) {
      const one = "value" in outcome ? { value: outcome.value.get(cve) } : outcome;
      answers.set(cve, await ctx.settle(req(cve), entryOf.get(cve), one, base));
    }
  }
  const problems = ctx.problems("epss", EPSS_ORIGIN, `EPSS API ${base}`, "so those CVEs have no EPSS score and cannot be escalated by it");
  const scores = /* @__PURE__ */ new Map();
  let scoreDate;
  let any = false;
  for (const [cve, a] of answers) {
    if (!a.value) continue;
    any = true;
    if (a.value.score === null) continue;
    const s = { score: a.value.score };
    if (a.value.percentile !== void 0) s.percentile = a.value.percentile;
    scores.set(cve, s);
    if (a.value.date !== void 0 && (scoreDate === void 0 || a.value.date < scoreDate)) scoreDate = a.value.date;
  }
  if (!any && cves.length > 0) return { sources: [], problems };
  const epss = { scores, problems: [] };
  if (scoreDate !== void 0) epss.scoreDate = scoreDate;
  return { epss, sources: [ctx.sourceInfo("epss", "epss-api", base, scores.size)], problems };
}
async function fetchEpssCsv(ctx, url) {
  let parsed;
  const got = await ctx.cached(
    {
      source: "epss",
      key: "csv",
      label: "EPSS scores (CSV)",
      check: (v) => typeof v === "string",
      fetch: async () => {
        const res = await ctx.http.request({ url, maxBytes: MAX_CSV_BYTES, headers: { accept: "text/csv, application/gzip, */*" } });
        const gz = res.body[0] === 31 && res.body[1] === 139;
        let text;
        try {
          text = (gz ? gunzipSync3(res.body, { maxOutputLength: MAX_CSV_BYTES }) : res.body).toString("utf8");
        } catch (err) {
          throw new ShapeError(`${url}: not a readable gzip file (${err.message})`);
        }
        parsed = parseEpss(text, url);
        if (parsed.scores.size === 0) throw new ShapeError(`${url}: no EPSS scores in the file${parsed.problems[0] ? ` (${parsed.problems[0].message})` : ""}`);
        return text;
      }
    },
    url
  );
  const problems = ctx.problems("epss", EPSS_ORIGIN, `EPSS CSV ${url}`, "so no finding has an EPSS score");
  if (got.value === void 0) return { sources: [], problems };
  const epss = got.from === "network" && parsed ? parsed : parseEpss(got.value, url);
  problems.push(...epss.problems);
  return { epss, sources: [ctx.sourceInfo("epss", "epss-csv", url, epss.scores.size)], problems };
}

// src/enrich/kev-feed.ts
var DEFAULT_KEV_URL = "https://www.cisa.gov/sites/default/files/feeds/known_exploited_vulnerabilities.json";
var MAX_KEV_BYTES2 = 64 * 1024 * 1024;
async function fetchKev(ctx, url) {
  const got = await ctx.cached(
    {
      source: "kev",
      // The catalogue is one document whatever mirror serves it.
      key: "catalog",
      label: "KEV catalogue",
      check: (v) => typeof v === "string",
      fetch: async () => {
        const res = await ctx.http.request({ url, maxBytes: MAX_KEV_BYTES2 });
        const value = parseJsonBody(res);
        if (!isRecord(value) || !Array.isArray(value.vulnerabilities)) throw new ShapeError(`${url}: expected a KEV catalogue with a "vulnerabilities" list`);
        return res.body.toString("utf8");
      }
    },
    url
  );
  const problems = ctx.problems("kev", KEV_ORIGIN, `KEV feed ${url}`, "so no finding was checked against the KEV catalogue");
  if (got.value === void 0) return { sources: [], problems };
  const kev = parseKev(got.value, url);
  problems.push(...kev.problems);
  return { kev, sources: [ctx.sourceInfo("kev", "kev", url, kev.catalog.size)], problems };
}

// src/enrich/release-dates.ts
var FixReleaseDates = class _FixReleaseDates {
  dates;
  constructor(entries = []) {
    const dates = /* @__PURE__ */ new Map();
    for (const [key, date2, source] of entries) dates.set(key, { date: date2, source });
    this.dates = dates;
  }
  static key(ecosystem, name, version) {
    return `${ecosystem}\0${name}\0${version}`;
  }
  entry(m) {
    return m.fixedVersion === null ? void 0 : this.dates.get(_FixReleaseDates.key(m.component.ecosystem, m.component.name, m.fixedVersion));
  }
  /** The release time (ISO) of the match's fixed version, where it is dated. */
  of(m) {
    return this.entry(m)?.date;
  }
  /** What dated it. */
  sourceOf(m) {
    return this.entry(m)?.source;
  }
  /** A new table with another's dates added; a version this one dates keeps its date. */
  merged(other) {
    const rows = (t) => [...t.dates].map(([k, d]) => [k, d.date, d.source]);
    return new _FixReleaseDates([...rows(other), ...rows(this)]);
  }
  get size() {
    return this.dates.size;
  }
};

// src/enrich/registries.ts
var REGISTRY_ORIGIN = "advise/registry-dates";
var isTable = (v) => isRecord(v) && Object.values(v).every((x) => typeof x === "string");
async function getJson(http, url, accept = [404]) {
  const res = await http.request({ url, accept });
  if (res.status !== 200 && res.status >= 300) return void 0;
  return parseJsonBody(res);
}
function put(table, version, date2) {
  if (typeof version !== "string" || version === "") return;
  const iso = realDate(date2);
  if (iso !== void 0 && (table[version] === void 0 || iso < table[version])) table[version] = iso;
}
function npmPath(name) {
  return name.startsWith("@") ? `@${encodeURIComponent(name.slice(1))}` : encodeURIComponent(name);
}
function goEscape(path) {
  return path.replace(/[A-Z]/g, (c) => `!${c.toLowerCase()}`);
}
function expandComposerMinified(list) {
  const out = [];
  let previous = {};
  for (const item of list) {
    if (!isRecord(item)) continue;
    const expanded = { ...previous };
    for (const [k, v] of Object.entries(item)) {
      if (v === "__unset") delete expanded[k];
      else expanded[k] = v;
    }
    out.push(expanded);
    previous = expanded;
  }
  return out;
}
var ADAPTERS = [
  {
    registry: "npm",
    ecosystem: "npm",
    perPackage: true,
    async fetch(http, base, name) {
      const url = `${base}/${npmPath(name)}`;
      const res = await http.request({ url, accept: [404], headers: { accept: "application/json" }, maxBytes: 256 * 1024 * 1024 });
      if (res.status === 404) return {};
      const doc = parseJsonBody(res);
      if (!isRecord(doc)) throw new ShapeError(`${url}: expected a packument object`);
      const table = {};
      if (isRecord(doc.time)) {
        for (const [v, t] of Object.entries(doc.time)) if (v !== "created" && v !== "modified") put(table, v, t);
      }
      return table;
    }
  },
  {
    registry: "pypi",
    ecosystem: "PyPI",
    perPackage: false,
    async fetch(http, base, name, version) {
      const url = `${base}/pypi/${encodeURIComponent(name)}/${encodeURIComponent(version)}/json`;
      const doc = await getJson(http, url);
      if (doc === void 0) return {};
      if (!isRecord(doc) || !Array.isArray(doc.urls)) throw new ShapeError(`${url}: expected a release with a "urls" list`);
      const table = {};
      for (const f of doc.urls) if (isRecord(f)) put(table, version, f.upload_time_iso_8601 ?? f.upload_time);
      return table;
    }
  },
  {
    registry: "go",
    ecosystem: "Go",
    perPackage: false,
    skip: (name) => name === "stdlib" || name === "toolchain" ? "the Go toolchain is not a module on the proxy" : void 0,
    async fetch(http, base, name, version) {
      const v = version.startsWith("v") ? version : `v${version}`;
      const url = `${base}/${goEscape(name)}/@v/${goEscape(v)}.info`;
      const doc = await getJson(http, url, [404, 410]);
      if (doc === void 0) return {};
      if (!isRecord(doc)) throw new ShapeError(`${url}: expected {"Version", "Time"}`);
      const table = {};
      put(table, version, doc.Time);
      return table;
    }
  },
  {
    registry: "crates",
    ecosystem: "crates.io",
    perPackage: false,
    concurrency: 1,
    async fetch(http, base, name, version) {
      const url = `${base}/api/v1/crates/${encodeURIComponent(name)}/${encodeURIComponent(version)}`;
      const doc = await getJson(http, url);
      if (doc === void 0) return {};
      if (!isRecord(doc) || !isRecord(doc.version)) throw new ShapeError(`${url}: expected {"version": {...}}`);
      const table = {};
      put(table, version, doc.version.created_at);
      return table;
    }
  },
  {
    registry: "rubygems",
    ecosystem: "RubyGems",
    perPackage: true,
    async fetch(http, base, name) {
      const url = `${base}/api/v1/versions/${encodeURIComponent(name)}.json`;
      const doc = await getJson(http, url);
      if (doc === void 0) return {};
      if (!Array.isArray(doc)) throw new ShapeError(`${url}: expected a list of versions`);
      const table = {};
      const platformOnly = {};
      for (const v of doc) {
        if (!isRecord(v)) continue;
        put(v.platform === "ruby" || v.platform === void 0 ? table : platformOnly, v.number, v.created_at);
      }
      return { ...platformOnly, ...table };
    }
  },
  {
    registry: "packagist",
    ecosystem: "Packagist",
    perPackage: true,
    async fetch(http, base, name) {
      const lower = name.toLowerCase();
      if (!/^[a-z0-9_.-]+\/[a-z0-9_.-]+$/.test(lower)) return {};
      const url = `${base}/p2/${lower}.json`;
      const doc = await getJson(http, url);
      if (doc === void 0) return {};
      if (!isRecord(doc) || !isRecord(doc.packages)) throw new ShapeError(`${url}: expected {"packages": {...}}`);
      const list = doc.packages[lower];
      if (!Array.isArray(list)) return {};
      const versions = doc.minified === "composer/2.0" ? expandComposerMinified(list) : list.filter(isRecord);
      const table = {};
      for (const v of versions) {
        put(table, v.version, v.time);
        if (typeof v.version === "string" && /^v\d/.test(v.version)) put(table, v.version.slice(1), v.time);
      }
      return table;
    }
  },
  {
    registry: "maven",
    ecosystem: "Maven",
    perPackage: false,
    skip: (name) => /^[^:/]+:[^:/]+$/.test(name) ? void 0 : "not a groupId:artifactId name",
    async fetch(http, base, name, version) {
      const [group, artifact] = name.split(":");
      const url = `${base}/${group.split(".").map(encodeURIComponent).join("/")}/${encodeURIComponent(artifact)}/${encodeURIComponent(version)}/${encodeURIComponent(`${artifact}-${version}`)}.pom`;
      const res = await http.request({ url, method: "HEAD", accept: [404] });
      const table = {};
      if (res.status === 404) return table;
      const modified = res.headers.get("last-modified");
      if (modified === null) throw new ShapeError(`${url}: no Last-Modified header`);
      const at = Date.parse(modified);
      if (Number.isNaN(at)) throw new ShapeError(`${url}: Last-Modified "${modified}" is not an HTTP date`);
      put(table, version, new Date(at).toISOString());
      return table;
    }
  },
  {
    registry: "nuget",
    ecosystem: "NuGet",
    perPackage: true,
    async fetch(http, base, name) {
      const url = `${base}/${encodeURIComponent(name.toLowerCase())}/index.json`;
      const doc = await getJson(http, url);
      if (doc === void 0) return {};
      if (!isRecord(doc) || !Array.isArray(doc.items)) throw new ShapeError(`${url}: expected a registration index with "items"`);
      const table = {};
      const take = (leaves) => {
        if (!Array.isArray(leaves)) return;
        for (const leaf of leaves) {
          if (isRecord(leaf) && isRecord(leaf.catalogEntry)) put(table, leaf.catalogEntry.version, leaf.catalogEntry.published);
        }
      };
      for (const page of doc.items) {
        if (!isRecord(page)) continue;
        if (Array.isArray(page.items)) take(page.items);
        else if (typeof page["@id"] === "string") {
          const pageDoc = await getJson(http, page["@id"]);
          if (!isRecord(pageDoc)) throw new ShapeError(`${page["@id"]}: expected a registration page`);
          take(pageDoc.items);
        }
      }
      return table;
    }
  },
  {
    registry: "pub",
    ecosystem: "Pub",
    perPackage: true,
    async fetch(http, base, name) {
      const url = `${base}/api/packages/${encodeURIComponent(name)}`;
      const doc = await getJson(http, url);
      if (doc === void 0) return {};
      if (!isRecord(doc) || !Array.isArray(doc.versions)) throw new ShapeError(`${url}: expected {"versions": [...]}`);
      const table = {};
      for (const v of doc.versions) if (isRecord(v)) put(table, v.version, v.published);
      return table;
    }
  }
];
var BY_ECOSYSTEM = new Map(ADAPTERS.map((a) => [a.ecosystem, a]));
var DATED_ECOSYSTEMS = ADAPTERS.map((a) => a.ecosystem);
function dateIn(table, ecosystem, version) {
  const exact = table[version];
  if (exact !== void 0) return exact;
  const scheme = schemeFor(ecosystem);
  if (!scheme || !scheme.isValid(version)) return void 0;
  for (const [v, d] of Object.entries(table)) if (scheme.isValid(v) && scheme.compare(v, version) === 0) return d;
  return void 0;
}
var ReleaseDates = class {
  constructor(ctx, urls = {}) {
    this.ctx = ctx;
    this.urls = urls;
  }
  ctx;
  urls;
  memo = /* @__PURE__ */ new Map();
  limits = /* @__PURE__ */ new Map();
  /** Dates given, per registry, for the report's source list. */
  dated = /* @__PURE__ */ new Map();
  base(registry) {
    return (this.urls[registry] ?? DEFAULT_REGISTRY_URLS[registry]).replace(/\/+$/, "");
  }
  table(adapter, name, version, refresh) {
    const key = adapter.perPackage ? `${adapter.ecosystem}\0${name}` : `${adapter.ecosystem}\0${name}\0${version}`;
    const memoKey = refresh ? `${key}\0refresh` : key;
    let p = this.memo.get(memoKey);
    if (!p) {
      const base = this.base(adapter.registry);
      let limit = this.limits.get(adapter.registry);
      if (!limit) this.limits.set(adapter.registry, limit = new Semaphore(adapter.concurrency ?? 8));
      const gate = limit;
      p = this.ctx.cached(
        {
          source: "registry-dates",
          key,
          label: `${adapter.ecosystem} ${name}${adapter.perPackage ? "" : `@${version}`}`,
          check: isTable,
          // Release dates never change, but a package table fetched before a release lacks it.
          fresh: (e) => !refresh && dateIn(e.value, adapter.ecosystem, version) !== void 0,
          fetch: async () => {
            await gate.acquire();
            try {
              return await adapter.fetch(this.ctx.http, base, name, version);
            } finally {
              gate.release();
            }
          }
        },
        base
      ).then((r) => r.value ? { table: r.value, fromCache: r.from !== "network" } : { fromCache: false, error: r.error });
      this.memo.set(memoKey, p);
    }
    return p;
  }
  /** When `version` of the package was published, or why that is not known. Never throws. */
  async releaseDate(ecosystem, name, version) {
    const adapter = BY_ECOSYSTEM.get(ecosystem);
    const what = `${ecosystem} ${name}@${version}`;
    if (!adapter) return { reason: "unsupported", detail: `${what}: no registry adapter for ${ecosystem}` };
    const skip = adapter.skip?.(name);
    if (skip !== void 0) return { reason: "unsupported", detail: `${what}: ${skip}` };
    let got = await this.table(adapter, name, version, false);
    if (got.table && dateIn(got.table, ecosystem, version) === void 0 && got.fromCache && adapter.perPackage) {
      got = await this.table(adapter, name, version, true);
    }
    if (!got.table) return { reason: "failed", detail: `${what}: ${got.error ?? "no answer"}` };
    const date2 = dateIn(got.table, ecosystem, version);
    if (date2 === void 0) return { reason: "not-found", detail: what };
    this.dated.set(adapter.registry, (this.dated.get(adapter.registry) ?? 0) + 1);
    return { date: date2 };
  }
};
async function datesForMatches(matches, dates, ctx) {
  const wanted = matches.filter((m) => m.fixedVersion !== null && m.fixReleased === void 0 && BY_ECOSYSTEM.has(m.component.ecosystem));
  let dated = 0;
  const found = [];
  const notFound = /* @__PURE__ */ new Set();
  const unsupported = /* @__PURE__ */ new Set();
  await mapLimit(wanted, 32, async (m) => {
    const answer = await dates.releaseDate(m.component.ecosystem, m.component.name, m.fixedVersion);
    if (answer.date !== void 0) {
      found.push([FixReleaseDates.key(m.component.ecosystem, m.component.name, m.fixedVersion), answer.date, "registry"]);
      dated++;
    } else if (answer.reason === "not-found") notFound.add(answer.detail);
    else if (answer.reason === "unsupported") unsupported.add(answer.detail);
  });
  const problems = ctx.problems("registry-dates", REGISTRY_ORIGIN, "package registries", "so those findings' clocks start at the advisory's publication");
  const list = (s) => {
    const all = [...s].sort();
    return all.slice(0, 5).join(", ") + (all.length > 5 ? `, \u2026 (${all.length - 5} more)` : "");
  };
  if (notFound.size > 0) {
    problems.push({
      level: "notice",
      origin: REGISTRY_ORIGIN,
      message: `${notFound.size} fixed version(s) not listed by their registry, clock starts at publication: ${list(notFound)}`
    });
  }
  if (unsupported.size > 0) {
    problems.push({ level: "notice", origin: REGISTRY_ORIGIN, message: `${unsupported.size} fixed version(s) have no registry date: ${list(unsupported)}` });
  }
  const sources = [];
  for (const adapter of ADAPTERS) {
    const n = dates.dated.get(adapter.registry);
    if (n !== void 0) sources.push(ctx.sourceInfo("registry-dates", `registry:${adapter.registry}`, dates.base(adapter.registry), n));
  }
  return { dates: new FixReleaseDates(found), dated, sources, problems };
}

// src/enrich/live.ts
async function liveFixReleaseDates(live, matches) {
  if (!live.enabled("registry-dates")) return { dates: new FixReleaseDates(), dated: 0, sources: [], problems: [] };
  const dates = new ReleaseDates(live.ctx, live.options.registryUrls ?? {});
  try {
    return live.withCacheProblems(await datesForMatches(matches, dates, live.ctx));
  } catch (err) {
    return { dates: new FixReleaseDates(), dated: 0, sources: [], problems: [internalProblem("advise/registry-dates", err, live.ctx.policy)] };
  }
}
async function liveKev(live) {
  if (!live.enabled("kev")) return { sources: [], problems: [] };
  try {
    return live.withCacheProblems(await fetchKev(live.ctx, live.options.kevUrl ?? DEFAULT_KEV_URL));
  } catch (err) {
    return { sources: [], problems: [internalProblem("advise/kev", err, live.ctx.policy)] };
  }
}
async function liveEpss(live, cves) {
  if (!live.enabled("epss")) return { sources: [], problems: [] };
  try {
    const result = live.options.epssCsvUrl ? await fetchEpssCsv(live.ctx, live.options.epssCsvUrl) : await fetchEpssApi(live.ctx, live.options.epssUrl ?? DEFAULT_EPSS_API_URL, cves);
    return live.withCacheProblems(result);
  } catch (err) {
    return { sources: [], problems: [internalProblem("advise/epss", err, live.ctx.policy)] };
  }
}
function kevFeed(config) {
  const live = config.live;
  if (config.kev || !live?.enabled("kev")) return void 0;
  return {
    async lookupsFor(matches) {
      if (matches.length === 0) return { lookups: {}, sources: [], problems: [] };
      const got = await liveKev(live);
      return { lookups: got.kev ? { kev: got.kev.catalog } : {}, sources: got.sources, problems: got.problems };
    }
  };
}
function registryDates(config) {
  const live = config.live;
  if (!live) return void 0;
  return {
    async lookupsFor(matches, have) {
      const got = await liveFixReleaseDates(live, matches.filter((m) => have.fixReleases.of(m) === void 0));
      return { lookups: { fixReleases: have.fixReleases.merged(got.dates) }, sources: got.sources, problems: got.problems };
    }
  };
}
function epssFeed(config) {
  const live = config.live;
  if (config.epss || !live?.enabled("epss")) return void 0;
  return {
    async lookupsFor(matches) {
      const cves = new Set(matches.flatMap((m) => [m.advisory.id, ...m.aliases]).filter((id) => /^CVE-\d{4}-\d+$/.test(id)));
      if (cves.size === 0) return { lookups: {}, sources: [], problems: [] };
      const got = await liveEpss(live, cves);
      return { lookups: got.epss ? { epss: got.epss.scores } : {}, sources: got.sources, problems: got.problems };
    }
  };
}

// src/enrich/go-releases.ts
var GO_MODULES = /* @__PURE__ */ new Set(["stdlib", "toolchain"]);
function goReleaseDates(matches, go) {
  const rows = [];
  for (const m of matches) {
    if (m.component.ecosystem !== "Go" || !GO_MODULES.has(m.component.name) || m.fixedVersion === null || m.fixReleased !== void 0) continue;
    const v = m.fixedVersion.replace(/^go/, "");
    const date2 = go.versions.get(v) ?? go.versions.get(v.replace(/\.0$/, ""));
    if (date2 === void 0) continue;
    rows.push([FixReleaseDates.key(m.component.ecosystem, m.component.name, m.fixedVersion), `${date2}T00:00:00.000Z`, "release-data"]);
  }
  return new FixReleaseDates(rows);
}
function goReleases(config) {
  const go = config.goReleases;
  if (!go) return void 0;
  return {
    lookupsFor(matches, have) {
      return Promise.resolve({ lookups: { fixReleases: have.fixReleases.merged(goReleaseDates(matches, go)) }, sources: [], problems: [] });
    }
  };
}

// src/enrich/index.ts
var ENRICHMENTS = [kevFile, kevFeed, epssFile, goReleases, registryDates, epssFeed];
async function enrich(matches, config) {
  let lookups = { fixReleases: new FixReleaseDates() };
  const sources = [];
  const problems = [];
  for (const make of ENRICHMENTS) {
    const enrichment = make(config);
    if (!enrichment) continue;
    const answer = await enrichment.lookupsFor(matches, lookups);
    lookups = { ...lookups, ...answer.lookups };
    sources.push(...answer.sources);
    problems.push(...answer.problems);
  }
  return { lookups, sources, problems };
}

// src/match/runtime.ts
var import_semver2 = __toESM(require_semver(), 1);

// src/advise/runtime/version.ts
function numbers(s) {
  return (s.match(/\d+/g) ?? []).map((d) => Number.parseInt(d, 10));
}
function compareNumbers(a, b) {
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d < 0 ? -1 : 1;
  }
  return 0;
}
function compareReleaseVersions(a, b) {
  const [mainA = "", buildA = ""] = a.split("+", 2);
  const [mainB = "", buildB = ""] = b.split("+", 2);
  return compareNumbers(numbers(mainA), numbers(mainB)) || compareNumbers(numbers(buildA), numbers(buildB));
}
function versionWithin(version, prefix) {
  if (version === prefix) return true;
  if (!version.startsWith(prefix)) return false;
  return !/[0-9]/.test(version[prefix.length]);
}
function isStableVersion(version) {
  const main = version.split("+")[0];
  return !/(?:^|[\d._-])(?:alpha|beta|rc|pre|preview|dev|snapshot|ea)(?:[._-]?\d+)?(?:$|[._-])/i.test(main) && !/\d(?:a|b|rc)\d+$/.test(main);
}

// src/match/runtime.ts
var ORIGIN7 = "match/runtime";
var EOL_SITE = "https://endoflife.date/";
function today(now) {
  return now.toISOString().slice(0, 10);
}
function findCycle(p, version) {
  let best;
  for (const c of p.cycles) {
    if (!versionWithin(version, c.cycle)) continue;
    if (!best || c.cycle.length > best.cycle.length) best = c;
  }
  return best ?? p.cycles.find((c) => c.codename !== void 0 && c.codename === version.toLowerCase());
}
function cycleReleases(p, cycle, day) {
  const longer = p.cycles.filter((c) => c !== cycle && c.cycle.length > cycle.cycle.length && versionWithin(c.cycle, cycle.cycle));
  const out = [];
  for (const [version, date2] of p.versions) {
    if (!versionWithin(version, cycle.cycle) || !isStableVersion(version)) continue;
    if (longer.some((c) => versionWithin(version, c.cycle))) continue;
    if (date2 !== void 0 && date2 > day) continue;
    out.push(date2 === void 0 ? { version } : { version, date: date2 });
  }
  return out.sort((a, b) => compareReleaseVersions(a.version, b.version));
}
function eolDate(c) {
  return typeof c.eol === "string" ? c.eol : void 0;
}
function isEndOfLife(c, day) {
  return c.eol === true || typeof c.eol === "string" && c.eol <= day;
}
function baseAdvisory(id, summary, component, product2, source) {
  const url = EOL_SITE + product2;
  return {
    id,
    aliases: [],
    summary,
    affected: [{ ecosystem: component.ecosystem, name: component.name, ranges: [], versions: [component.version] }],
    references: [{ type: "WEB", url }],
    url,
    source
  };
}
function target(p, cycle, day) {
  const released = cycleReleases(p, cycle, day);
  const version = released.length > 0 ? released[released.length - 1].version : cycle.latest ?? cycle.cycle;
  return { version, cycle: cycle.cycle, eol: typeof cycle.eol === "string" ? cycle.eol : false };
}
function match(kind, component, advisory, fixedVersion, fixReleased) {
  const m = { kind, component, advisory, ids: [advisory.id], aliases: [...advisory.aliases], fixedVersion };
  if (fixReleased !== void 0) m.fixReleased = fixReleased;
  return m;
}
function unpinned(component, productVersion) {
  const image = component.image;
  if (!image || image.digest !== void 0 && image.tag !== void 0) return void 0;
  let why;
  if (image.tag === void 0 && image.digest !== void 0) why = "is pinned by digest only; the version it runs is unknown";
  else if (image.tag === void 0) why = "has no tag, so it runs whatever `latest` is when pulled";
  else if (productVersion === void 0 && isFloatingTag(image.tag)) why = `uses the moving tag "${image.tag}", which names no version`;
  else return void 0;
  const advisory = {
    id: `PW-UNPINNED-${component.name}@${component.version}`,
    aliases: [],
    summary: `${image.reference} ${why}`,
    affected: [{ ecosystem: component.ecosystem, name: component.name, ranges: [], versions: [component.version] }],
    references: [{ type: "WEB", url: "https://docs.docker.com/build/building/best-practices/#pin-base-image-versions" }],
    url: "https://docs.docker.com/build/building/best-practices/#pin-base-image-versions",
    source: "patchwarden:image-pinning"
  };
  return match("unpinned", component, advisory, null);
}
function patchLag(component, p, cycle, version, day, source) {
  const releases = cycleReleases(p, cycle, day);
  let effective = version;
  if (!p.versions.has(version)) {
    const covered = releases.filter((r) => r.version !== version && versionWithin(r.version, version));
    if (covered.length > 0) effective = covered[covered.length - 1].version;
  }
  const newer = releases.filter((r) => compareReleaseVersions(r.version, effective) > 0);
  if (newer.length === 0) return void 0;
  const newest = newer[newer.length - 1];
  const dated = newer.filter((r) => r.date !== void 0).sort((a, b) => a.date < b.date ? -1 : a.date > b.date ? 1 : compareReleaseVersions(a.version, b.version));
  const first = dated[0];
  const product2 = p.product;
  const shown = effective === version ? version : `${version} (${effective})`;
  let summary = `${product2} ${shown} is behind ${newest.version}` + (newest.date ? ` (released ${newest.date})` : "");
  if (first && first.version !== newest.version) summary += `; the first newer release, ${first.version}, came out ${first.date}`;
  const advisory = baseAdvisory(`PW-PATCH-${product2}-${version}`, summary, component, product2, source);
  advisory.affected[0].ranges = [{ type: "ECOSYSTEM", events: [{ introduced: cycle.cycle }, { fixed: newest.version }] }];
  if (first?.date) advisory.published = first.date;
  const m = match("patch-lag", component, advisory, newest.version, first?.date);
  m.upgrade = { step: { version: newest.version, cycle: cycle.cycle, eol: typeof cycle.eol === "string" ? cycle.eol : false } };
  return m;
}
function endOfLife(component, p, cycle, day, source) {
  if (!isEndOfLife(cycle, day)) return void 0;
  const date2 = eolDate(cycle);
  const supported = p.cycles.filter((c) => !isEndOfLife(c, day) && compareReleaseVersions(c.cycle, cycle.cycle) > 0 && (c.releaseDate === void 0 || c.releaseDate <= day)).sort((a, b) => compareReleaseVersions(a.cycle, b.cycle));
  const step = supported[0] ? target(p, supported[0], day) : void 0;
  const last = supported[supported.length - 1];
  const newest = last && last !== supported[0] ? target(p, last, day) : void 0;
  const product2 = p.product;
  let summary = `${product2} ${cycle.cycle} reached end of life` + (date2 ? ` on ${date2}` : "");
  if (step) {
    summary += `; the oldest supported release cycle is ${step.cycle} (${step.version}, ${step.eol ? `supported until ${step.eol}` : "no end of life announced"})`;
    if (newest) summary += `, the newest ${newest.cycle} (${newest.version})`;
  } else summary += "; no newer supported release cycle is known";
  const advisory = baseAdvisory(`PW-EOL-${product2}-${cycle.cycle}`, summary, component, product2, source);
  if (date2) advisory.published = date2;
  const m = match("end-of-life", component, advisory, step?.version ?? null, date2);
  if (step) m.upgrade = newest ? { step, newest } : { step };
  return m;
}
function nodeVulnerabilities(component, version, data, day) {
  const v = import_semver2.default.valid(version);
  if (v === null) return [];
  const node = data.products.get(NODEJS_PRODUCT);
  const parsed = import_semver2.default.parse(v);
  const line = parsed.major === 0 ? `0.${parsed.minor}` : String(parsed.major);
  const out = [];
  for (const vuln of data.nodeVulnerabilities) {
    if (!import_semver2.default.satisfies(v, vuln.vulnerable) || vuln.patched !== "" && import_semver2.default.satisfies(v, vuln.patched)) continue;
    let fixed = null;
    if (vuln.patched !== "") {
      for (const set of new import_semver2.default.Range(vuln.patched).set) {
        const lo = import_semver2.default.minVersion(new import_semver2.default.Range(set.map((c) => c.value).join(" ") || "*"));
        if (!lo || !versionWithin(lo.version, line) || import_semver2.default.lte(lo, v)) continue;
        if (fixed === null || import_semver2.default.lt(lo, fixed)) fixed = lo.version;
      }
    }
    const released = fixed !== null ? node?.versions.get(fixed) : void 0;
    out.push(match("vulnerability", component, vuln.advisory, fixed, released !== void 0 && released <= day ? released : void 0));
  }
  return out;
}
function matchRuntime(components, data, now, policyImages) {
  const matches = [];
  const problems = [];
  const day = today(now);
  const images = components.filter((c) => (c.ecosystem === "image" || c.ecosystem === "os") && c.image);
  const noData = data.products.size === 0;
  const missing = /* @__PURE__ */ new Set();
  const unknownCycle = /* @__PURE__ */ new Set();
  const index = imageIndex(data.products.values());
  const byPolicy = policyImageIndex(policyImages);
  const repositories = repositoryIndex(data.products.values());
  for (const component of components) {
    const rt = component.runtime;
    if (!rt || noData) continue;
    const product2 = pinProduct(rt, repositories);
    if (product2 === void 0) {
      problems.push(...noticeAtEach(component, `GitHub repository ${rt.repository ?? component.name} maps to no endoflife.date product (no product page names it as an identifier, release source or changelog); end of life and patch lag not checked`));
      continue;
    }
    const p = data.products.get(product2);
    if (!p) {
      missing.add(product2);
      continue;
    }
    const cycle = findCycle(p, rt.productVersion);
    if (!cycle) {
      if (!p.cycles.some((c) => versionWithin(c.cycle, rt.productVersion))) unknownCycle.add(`${product2} ${rt.productVersion}`);
      continue;
    }
    const source = `endoflife:${p.sources[0] ?? product2}`;
    const eol = endOfLife(component, p, cycle, day, source);
    if (eol) matches.push(eol);
    if (rt.productVersion !== cycle.cycle) {
      const lag = patchLag(component, p, cycle, rt.productVersion, day, source);
      if (lag) matches.push(lag);
    }
  }
  for (const component of images) {
    const image = component.image;
    const { product: product2, productVersion: version } = resolveImage(image, component.name, index, byPolicy);
    const u = unpinned(component, version);
    if (u) matches.push(u);
    if (product2 === void 0 && !noData) {
      problems.push(...noticeAtEach(component, `image ${image.reference} maps to no endoflife.date product (neither the policy's images:, the catalogue nor the release data's identifiers name ${component.name}); patch lag and end of life not checked`));
    }
    if (product2 === void 0 || version === void 0 || noData) continue;
    const p = data.products.get(product2);
    if (!p) {
      missing.add(product2);
      continue;
    }
    const cycle = findCycle(p, version);
    if (!cycle) {
      if (!p.cycles.some((c) => versionWithin(c.cycle, version))) unknownCycle.add(`${product2} ${version}`);
      continue;
    }
    const source = `endoflife:${p.sources[0] ?? product2}`;
    const eol = endOfLife(component, p, cycle, day, source);
    if (eol) matches.push(eol);
    if (version !== cycle.cycle && cycle.codename !== version) {
      const lag = patchLag(component, p, cycle, version, day, source);
      if (lag) matches.push(lag);
    }
    if (product2 === NODEJS_PRODUCT) matches.push(...nodeVulnerabilities(component, version, data, day));
  }
  const catalogued = images.some((c) => c.image.product !== void 0 && c.image.productVersion !== void 0);
  if (noData && catalogued) {
    problems.push({
      level: "notice",
      origin: ORIGIN7,
      message: "runtime checks (patch lag, end of life, Node.js vulnerabilities) skipped: no release data given (--releases DIR); unpinned images are still reported"
    });
  }
  if (missing.size > 0) {
    problems.push({ level: "notice", origin: ORIGIN7, message: `no release data for ${[...missing].sort().join(", ")}; their images were not checked` });
  }
  for (const what of [...unknownCycle].sort()) {
    problems.push({ level: "notice", origin: ORIGIN7, message: `${what}: no such release cycle in the release data; not checked` });
  }
  return { matches, problems };
}
function noticeAtEach(component, message) {
  return component.locations.map((at) => ({ level: "notice", origin: ORIGIN7, file: at.file, line: at.line, message }));
}

// src/match/os.ts
var ANY = () => true;
function matchTarget(c) {
  if (c.os === void 0) return { name: c.name, version: c.version, accepts: ANY };
  const { name, version } = osAdvisoryName(c);
  return { name, version, accepts: (ecosystem) => ecosystem === c.ecosystem };
}

// src/match/ranges.ts
function flatten(range) {
  const out = [];
  for (const e of range.events) {
    if (e.introduced !== void 0) out.push({ kind: "introduced", v: e.introduced });
    else if (e.fixed !== void 0) out.push({ kind: "fixed", v: e.fixed });
    else if (e.last_affected !== void 0) out.push({ kind: "last_affected", v: e.last_affected });
    else if (e.limit !== void 0) out.push({ kind: "limit", v: e.limit });
  }
  return out;
}
function rangeVerdict(version, range, scheme) {
  const events = flatten(range);
  for (const e of events) {
    const minusInfinity = e.kind === "introduced" && e.v === "0";
    const infinity = e.kind === "limit" && e.v === "*";
    if (!minusInfinity && !infinity && !scheme.isValid(e.v)) {
      return { affected: false, unevaluable: `${e.kind} "${e.v}" is not a valid ${scheme.ecosystem} version` };
    }
  }
  const cmp = (a, b) => {
    if (a.v === b.v && a.kind === b.kind) return 0;
    if (a.kind === "introduced" && a.v === "0") return -1;
    if (b.kind === "introduced" && b.v === "0") return 1;
    if (a.kind === "limit" && a.v === "*") return 1;
    if (b.kind === "limit" && b.v === "*") return -1;
    return scheme.compare(a.v, b.v);
  };
  const sorted = [...events].sort(cmp);
  let affected = false;
  for (const e of sorted) {
    if (e.kind === "limit") continue;
    const c = e.kind === "introduced" && e.v === "0" ? 1 : scheme.compare(version, e.v);
    if (e.kind === "introduced") {
      if (c >= 0) affected = true;
    } else if (e.kind === "fixed") {
      if (c >= 0) affected = false;
    } else if (e.kind === "last_affected") {
      if (c > 0) affected = false;
    }
  }
  if (affected) {
    for (const e of sorted) {
      if (e.kind === "limit" && e.v !== "*" && scheme.compare(version, e.v) >= 0) affected = false;
    }
  }
  if (!affected) return { affected };
  let fixed;
  for (const e of sorted) {
    if (e.kind === "fixed" && scheme.compare(e.v, version) > 0 && (fixed === void 0 || scheme.compare(e.v, fixed) < 0)) {
      fixed = e.v;
    }
  }
  return fixed === void 0 ? { affected } : { affected, fixed };
}
function affects(version, pkg, ecosystemScheme, semverScheme) {
  const verdict = { affected: false };
  const note2 = (msg) => {
    verdict.unevaluable ??= msg;
  };
  for (const range of pkg.ranges) {
    if (range.type === "GIT") continue;
    const scheme = range.type === "SEMVER" ? semverScheme : ecosystemScheme;
    if (!scheme.isValid(version)) {
      note2(`version "${version}" is not a valid ${range.type === "SEMVER" ? "SemVer" : scheme.ecosystem} version`);
      continue;
    }
    const r = rangeVerdict(version, range, scheme);
    if (r.unevaluable) note2(r.unevaluable);
    if (!r.affected) continue;
    verdict.affected = true;
    if (r.fixed !== void 0 && (verdict.fixed === void 0 || scheme.compare(r.fixed, verdict.fixed) < 0)) verdict.fixed = r.fixed;
  }
  if (!verdict.affected && pkg.versions.length > 0) {
    const valid = ecosystemScheme.isValid(version);
    for (const v of pkg.versions) {
      if (v === version || valid && ecosystemScheme.isValid(v) && ecosystemScheme.compare(v, version) === 0) {
        verdict.affected = true;
        break;
      }
    }
  }
  return verdict;
}

// src/match/index.ts
var ORIGIN8 = "match";
function preference(a) {
  let score = 0;
  if (a.severity?.source === "label") score += 4;
  else if (a.severity) score += 2;
  if (a.id.startsWith("GHSA-")) score += 1;
  return score;
}
function groupByAlias(hits) {
  const parent = hits.map((_, i) => i);
  const find = (i) => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  };
  const owner = /* @__PURE__ */ new Map();
  hits.forEach((h, i) => {
    for (const id of [h.advisory.id, ...h.advisory.aliases]) {
      const j = owner.get(id);
      if (j === void 0) owner.set(id, i);
      else parent[find(i)] = find(j);
    }
  });
  const groups = /* @__PURE__ */ new Map();
  hits.forEach((h, i) => {
    const r = find(i);
    const g = groups.get(r);
    if (g) g.push(h);
    else groups.set(r, [h]);
  });
  return [...groups.values()];
}
function mergeRecords(sorted, groups) {
  const ids = sorted.map((h) => h.advisory.id);
  const key = ids.join("\n");
  const known = groups.get(key);
  if (known) return known;
  const primary = sorted[0].advisory;
  const aliases = /* @__PURE__ */ new Set();
  for (const h of sorted) for (const a of [h.advisory.id, ...h.advisory.aliases]) if (a !== primary.id) aliases.add(a);
  let published = primary.published;
  for (const h of sorted) if (h.advisory.published && (!published || h.advisory.published < published)) published = h.advisory.published;
  const severity = primary.severity ?? sorted.find((h) => h.advisory.severity)?.advisory.severity;
  const advisory = { ...primary, aliases: [...aliases].sort() };
  if (published) advisory.published = published;
  if (severity) advisory.severity = severity;
  const merged = { advisory, ids };
  groups.set(key, merged);
  return merged;
}
function mergeGroup(component, group, scheme, groups) {
  const sorted = [...group].sort((a, b) => preference(b.advisory) - preference(a.advisory) || (a.advisory.id < b.advisory.id ? -1 : 1));
  const { advisory, ids } = mergeRecords(sorted, groups);
  let fixed;
  for (const h of sorted) {
    if (h.fixed === void 0) continue;
    if (fixed === void 0 || scheme.isValid(h.fixed) && scheme.isValid(fixed) && scheme.compare(h.fixed, fixed) > 0) fixed = h.fixed;
  }
  const kind = advisory.kind === "malicious" ? "malicious" : advisory.kind === "unmaintained" ? "end-of-life" : "vulnerability";
  return { kind, component, advisory, ids, aliases: advisory.aliases, fixedVersion: kind === "end-of-life" ? null : fixed ?? null };
}
function matchComponents(components, db) {
  const matches = [];
  const problems = [];
  const unknownEcosystems = /* @__PURE__ */ new Map();
  const groups = /* @__PURE__ */ new Map();
  for (const component of components) {
    if (component.source && component.source !== "registry") continue;
    const target2 = matchTarget(component);
    const advisories = db.lookup(component.ecosystem, target2.name);
    if (advisories.length === 0) continue;
    const scheme = schemeFor(component.ecosystem);
    if (!scheme) {
      unknownEcosystems.set(component.ecosystem, (unknownEcosystems.get(component.ecosystem) ?? 0) + 1);
      continue;
    }
    const key = matchKey(component.ecosystem, target2.name);
    const hits = [];
    const unevaluable = /* @__PURE__ */ new Set();
    for (const advisory of advisories) {
      if (advisory.withdrawn) continue;
      let hit;
      for (const pkg of advisory.affected) {
        if (matchKey(pkg.ecosystem, pkg.name) !== key || !target2.accepts(pkg.ecosystem)) continue;
        const verdict = affects(target2.version, pkg, scheme, SEMVER_SCHEME);
        if (verdict.affected) {
          if (!hit) hit = { advisory, fixed: verdict.fixed };
          else if (verdict.fixed !== void 0 && (hit.fixed === void 0 || scheme.compare(verdict.fixed, hit.fixed) < 0)) hit.fixed = verdict.fixed;
        } else if (verdict.unevaluable) {
          unevaluable.add(`${advisory.id}: ${verdict.unevaluable}`);
        }
      }
      if (hit) hits.push(hit);
    }
    for (const group of groupByAlias(hits)) matches.push(mergeGroup(component, group, scheme, groups));
    if (unevaluable.size > 0) {
      const loc = component.locations[0];
      problems.push({
        level: "warning",
        origin: ORIGIN8,
        ...loc ? { file: loc.file, line: loc.line } : {},
        message: `${component.ecosystem} ${component.name}@${component.version} could not be checked against ${[...unevaluable].join("; ")}`
      });
    }
  }
  for (const [ecosystem, count] of unknownEcosystems) {
    problems.push({
      level: "warning",
      origin: ORIGIN8,
      message: `${count} ${ecosystem} component(s) have advisories but patchwarden has no version ordering for ${ecosystem}; not matched`
    });
  }
  return { matches, problems };
}
function matchAll(components, advisories, now, policyImages) {
  const osv = matchComponents(components, advisories.osv);
  const runtime = matchRuntime(components, advisories.runtime, now, policyImages);
  return { matches: [...osv.matches, ...runtime.matches], problems: [...osv.problems, ...runtime.problems] };
}

// src/engine.ts
async function judge(opts, root, policy, walked, only, helmValues = []) {
  const live = opts.live ? new LiveSession(opts.live) : void 0;
  const cacheDir = opts.cacheDir === false ? void 0 : opts.cacheDir ?? defaultCacheDir();
  const ahead = cacheDir && opts.db ? indexAhead(opts.db, cacheDir) : void 0;
  let found;
  try {
    found = walked && !walkHasFiles(walked) ? { components: [], files: [], problems: claim(walked, []).problems } : (await import("./inventory-MDIWWJ7B.js")).inventoryOf(walked, root, { ...pick(opts, "distro"), ...helmValues.length > 0 ? { helmValues } : {}, ...only ? { only } : {} });
  } catch (err) {
    ahead?.stop();
    throw err;
  }
  await ahead?.done;
  const images = policy.settings.images;
  const advised = await advise(found.components, {
    ...pick(opts, "db", "releases", "nodejsSecurityWg"),
    ...cacheDir ? { cacheDir } : {},
    ...live ? { live } : {},
    ...images ? { policyImages: images } : {}
  });
  const matched = matchAll(found.components, advised.advisories, opts.now, images);
  const goReleases2 = advised.advisories.runtime.products.get("go");
  const enriched = await enrich(matched.matches, { ...pick(opts, "kev", "epss"), ...live ? { live } : {}, ...goReleases2 ? { goReleases: goReleases2 } : {} });
  const osFixes = advised.advisories.osFixes;
  const evaluated = evaluate({ matches: matched.matches, policy, now: opts.now, ...enriched.lookups, ...osFixes ? { osFixes } : {} });
  return {
    components: found.components,
    sources: [...advised.sources, ...enriched.sources],
    evaluated,
    problems: [...found.problems, ...advised.problems, ...matched.problems, ...enriched.problems, ...evaluated.problems],
    runtimeProducts: new Set(advised.advisories.runtime.products.keys()),
    productOf: runtimeProductResolver(advised.advisories.runtime, images)
  };
}
function pick(opts, ...keys) {
  const out = {};
  for (const k of keys) if (opts[k] !== void 0 && opts[k] !== null) out[k] = opts[k];
  return out;
}
export {
  judge
};
