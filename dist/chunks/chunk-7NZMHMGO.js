import { createRequire as __pwCreateRequire } from 'node:module';
const require = __pwCreateRequire(import.meta.url);
import {
  SEVERITY_ORDER
} from "./chunk-3TVK7CKK.js";
import {
  addDuration,
  parseDueSoon,
  parseDuration
} from "./chunk-OPTHUYL4.js";
import {
  dayOf,
  dayOfInstant,
  formatDay
} from "./chunk-S3NLYMJX.js";
import {
  pathMatcher
} from "./chunk-YDRWGAGK.js";
import {
  osAdvisoryName
} from "./chunk-6KB27PZL.js";
import {
  byCodePoint,
  matchKey
} from "./chunk-JPMRHXET.js";

// src/advise/live/options.ts
import { homedir } from "node:os";
import { join } from "node:path";

// src/advise/live/registry-urls.ts
var DEFAULT_REGISTRY_URLS = {
  npm: "https://registry.npmjs.org",
  pypi: "https://pypi.org",
  go: "https://proxy.golang.org",
  crates: "https://crates.io",
  rubygems: "https://rubygems.org",
  packagist: "https://repo.packagist.org",
  maven: "https://repo1.maven.org/maven2",
  nuget: "https://api.nuget.org/v3/registration5-gz-semver2",
  pub: "https://pub.dev"
};

// src/advise/live/options.ts
var DEFAULT_OSV_API_URL = "https://api.osv.dev";
function osvApiBase(options) {
  return (options.osvApiUrl ?? DEFAULT_OSV_API_URL).replace(/\/+$/, "");
}
var LIVE_SOURCES = ["osv-api", "registry-dates", "kev", "epss", "endoflife"];
function agesFor(days2) {
  return Object.fromEntries(LIVE_SOURCES.filter((s) => s !== "registry-dates").map((s) => [s, days2]));
}
function defaultCacheDir(env = process.env) {
  if (env.RUNNER_TEMP) return join(env.RUNNER_TEMP, "patchwarden-cache");
  if (env.XDG_CACHE_HOME) return join(env.XDG_CACHE_HOME, "patchwarden");
  return join(homedir(), ".cache", "patchwarden");
}
function url(value, setting, errors) {
  if (value === void 0 || value.trim() === "") return void 0;
  try {
    const u = new URL(value.trim());
    if (u.protocol === "http:" || u.protocol === "https:") return value.trim().replace(/\/+$/, "");
  } catch {
  }
  errors.push({ setting, message: `expected an http(s) URL, got '${value}'` });
  return void 0;
}
function days(value, setting, errors) {
  const v = value.trim();
  if (/^\d+(\.\d+)?$/.test(v)) return Number(v);
  errors.push({ setting, message: `expected a number of days, got '${value}'` });
  return void 0;
}
var isSource = (s) => LIVE_SOURCES.includes(s);
function liveOptionsFrom(settings) {
  const errors = [];
  const options = {};
  if (settings.offline) options.offline = true;
  const set = (key2, value) => {
    if (value !== void 0) options[key2] = value;
  };
  set("osvApiUrl", url(settings.osvApiUrl, "osvApiUrl", errors));
  set("kevUrl", url(settings.kevUrl, "kevUrl", errors));
  set("epssUrl", url(settings.epssUrl, "epssUrl", errors));
  set("epssCsvUrl", url(settings.epssCsvUrl, "epssCsvUrl", errors));
  set("endoflifeUrl", url(settings.endoflifeUrl, "endoflifeUrl", errors));
  if (settings.cacheDir !== void 0 && settings.cacheDir.trim() !== "") options.cacheDir = settings.cacheDir.trim();
  const registries = {};
  for (const entry of settings.registryUrls ?? []) {
    const eq = entry.indexOf("=");
    const name = eq === -1 ? "" : entry.slice(0, eq).trim();
    if (!(name in DEFAULT_REGISTRY_URLS)) {
      errors.push({ setting: "registryUrls", message: `expected NAME=URL with NAME one of ${Object.keys(DEFAULT_REGISTRY_URLS).join(", ")}, got '${entry}'` });
      continue;
    }
    const u = url(entry.slice(eq + 1), "registryUrls", errors);
    if (u !== void 0) registries[name] = u;
  }
  if (Object.keys(registries).length > 0) options.registryUrls = registries;
  const ages = {};
  let all;
  for (const entry of settings.maxCacheAge ?? []) {
    const eq = entry.indexOf("=");
    if (eq === -1) {
      all = days(entry, "maxCacheAge", errors) ?? all;
      continue;
    }
    const source = entry.slice(0, eq).trim();
    if (!isSource(source)) {
      errors.push({ setting: "maxCacheAge", message: `expected DAYS or SOURCE=DAYS with SOURCE one of ${LIVE_SOURCES.join(", ")}, got '${entry}'` });
      continue;
    }
    const d = days(entry.slice(eq + 1), "maxCacheAge", errors);
    if (d !== void 0) ages[source] = d;
  }
  if (all !== void 0 || Object.keys(ages).length > 0) options.maxCacheAgeDays = { ...all === void 0 ? {} : agesFor(all), ...ages };
  if (settings.onSourceError !== void 0 && settings.onSourceError.trim() !== "") {
    const p = settings.onSourceError.trim();
    if (p === "fail" || p === "warn") options.onSourceError = p;
    else errors.push({ setting: "onSourceError", message: `expected fail or warn, got '${settings.onSourceError}'` });
  }
  const disabled = [];
  for (const name of (settings.disable ?? []).flatMap((d) => d.split(/[\s,]+/)).filter(Boolean)) {
    if (isSource(name)) disabled.push(name);
    else errors.push({ setting: "disable", message: `expected a source among ${LIVE_SOURCES.join(", ")}, got '${name}'` });
  }
  if (disabled.length > 0) options.disabled = disabled;
  if (settings.fetchTimeout !== void 0 && settings.fetchTimeout.trim() !== "") {
    const s = settings.fetchTimeout.trim();
    if (/^\d+(\.\d+)?$/.test(s) && Number(s) > 0) options.timeoutMs = Math.round(Number(s) * 1e3);
    else errors.push({ setting: "fetchTimeout", message: `expected a number of seconds above 0, got '${settings.fetchTimeout}'` });
  }
  return { options, errors };
}

// src/model/os-fixes.ts
var RANK = { changelog: 0, advisory: 1, "index-date": 2 };
var key = (ecosystem, source, version) => `${ecosystem}\0${source}\0${version}`;
var OsFixBook = class {
  dates = /* @__PURE__ */ new Map();
  uploads = /* @__PURE__ */ new Map();
  /** Records when a fixed version shipped; the best basis wins, then the earliest date. */
  noteDate(ecosystem, source, version, fix) {
    const k = key(ecosystem, source, version);
    const have = this.dates.get(k);
    if (!have || RANK[fix.basis] < RANK[have.basis] || RANK[fix.basis] === RANK[have.basis] && fix.date < have.date) this.dates.set(k, fix);
  }
  date(ecosystem, source, version) {
    return this.dates.get(key(ecosystem, source, version));
  }
  noteUpload(ecosystem, source, version, facts) {
    this.uploads.set(key(ecosystem, source, version), facts);
  }
  upload(ecosystem, source, version) {
    return this.uploads.get(key(ecosystem, source, version));
  }
};
function osFixOf(book, m) {
  if (!book || m.component.os === void 0 || m.fixedVersion === null) return void 0;
  return book.date(m.component.ecosystem, osAdvisoryName(m.component).name, m.fixedVersion);
}

// src/evaluate/scope.ts
function anyLocation(locations, match) {
  return locations.some((l) => match(l.file));
}
function compileScopes(policy) {
  return policy.settings.scopes.map((scope) => scope.paths ? { scope, paths: pathMatcher(scope.paths) } : { scope });
}
function selects(c, comp) {
  return selectedBy(c.scope, c.paths, comp);
}
function selectedBy(s, paths, comp) {
  if (paths && !anyLocation(comp.locations, paths)) return false;
  if (s.layers && !s.layers.includes(comp.layer)) return false;
  if (s.ecosystems) {
    const eco = comp.ecosystem.toLowerCase();
    const base = eco.split(":")[0];
    if (!s.ecosystems.some((e) => e.toLowerCase() === eco || e.toLowerCase() === base)) return false;
  }
  if (s.dev !== void 0 && comp.dev === true !== s.dev) return false;
  if (s.direct !== void 0 && comp.direct !== s.direct) return false;
  return true;
}
var EffectiveSettings = class {
  scopes;
  layers;
  constructor(policy, compiled, comp) {
    const matching = compiled.filter((c) => selects(c, comp)).map((c) => c.scope);
    this.scopes = matching.map((s) => s.name);
    this.layers = [{ prefix: "", settings: policy.settings }, ...matching.map((s) => ({ prefix: `scopes[${s.name}].`, settings: s }))];
  }
  /** The last value set for `field` (a path such as `deadlines.high`), with where it was set. */
  pick(field, get) {
    let found;
    for (const layer of this.layers) {
      const v = get(layer.settings);
      if (v !== void 0) found = { value: v, rule: layer.prefix + field };
    }
    return found;
  }
};

// src/evaluate/exceptions.ts
function decode(s) {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
function splitPurl(purl) {
  const cut = purl.search(/[?#]/);
  const p = cut === -1 ? purl : purl.slice(0, cut);
  const slash = p.lastIndexOf("/");
  const at = p.indexOf("@", slash + 1);
  const base = decode(at === -1 ? p : p.slice(0, at));
  const colon = base.indexOf("/");
  const normal = colon === -1 ? base.toLowerCase() : base.slice(0, colon).toLowerCase() + base.slice(colon);
  return at === -1 ? { base: normal } : { base: normal, version: decode(p.slice(at + 1)) };
}
function compile(policy) {
  return policy.settings.exceptions.map((ex, index) => {
    const c = { index, ex, expiresDay: dayOf(ex.expires) ?? -1, used: false, notes: /* @__PURE__ */ new Set() };
    if (ex.advisory !== void 0) c.ids = ex.advisory.toUpperCase();
    if (ex.package !== void 0) {
      if (ex.package.toLowerCase().startsWith("pkg:")) c.purl = splitPurl(ex.package);
      else {
        const slash = ex.package.indexOf("/");
        c.key = matchKey(ex.package.slice(0, slash), ex.package.slice(slash + 1));
      }
    }
    if (ex.paths) c.paths = pathMatcher(ex.paths);
    const created = dayOf(ex.created);
    if (created !== void 0) c.createdDay = created;
    return c;
  });
}
function targets(c, m) {
  if (c.ids !== void 0) {
    const all = [m.advisory.id, ...m.ids, ...m.aliases, ...m.advisory.aliases];
    if (!all.some((id) => id.toUpperCase() === c.ids)) return false;
  }
  if (c.purl) {
    const comp = splitPurl(m.component.purl);
    if (comp.base !== c.purl.base) return false;
    if (c.purl.version !== void 0 && comp.version !== c.purl.version) return false;
  }
  if (c.key !== void 0 && matchKey(m.component.ecosystem, m.component.name) !== c.key) return false;
  if (c.paths && !anyLocation(m.component.locations, c.paths)) return false;
  return true;
}
function describeTarget(ex) {
  const parts = [];
  if (ex.advisory !== void 0) parts.push(ex.advisory);
  if (ex.package !== void 0) parts.push(parts.length ? `in ${ex.package}` : ex.package);
  if (ex.paths) parts.push(`under ${ex.paths.join(", ")}`);
  return parts.join(" ");
}
var ExceptionBook = class {
  constructor(policy, today) {
    this.policy = policy;
    this.today = today;
    this.list = compile(policy);
  }
  policy;
  today;
  list;
  /** The first exception that targets this match, is not expired and is within the severity cap. */
  apply(m, severity) {
    for (const c of this.list) {
      if (!targets(c, m)) continue;
      if (this.today > c.expiresDay) continue;
      const capText = this.policy.settings.exceptionLimits[severity];
      const cap = capText === void 0 ? void 0 : parseDuration(capText);
      if (cap) {
        const start = c.createdDay ?? this.today;
        const latest = addDuration(start, cap);
        if (c.expiresDay > latest) {
          c.notes.add(
            `exceptions[${c.index}] not applied to ${severity} findings: it runs to ${c.ex.expires}, past the ${capText} that exceptionLimits.${severity} allows from ${formatDay(start)} (${formatDay(latest)})`
          );
          continue;
        }
      }
      c.used = true;
      const applied = { index: c.index, reason: c.ex.reason, approvedBy: c.ex.approvedBy, expires: c.ex.expires };
      const source = this.policy.exceptionSources[c.index];
      if (source) applied.source = source;
      return applied;
    }
    return void 0;
  }
  report() {
    const problems = [];
    const exceptions = this.list.map((c) => {
      const state = this.today > c.expiresDay ? "expired" : c.used ? "applied" : "unused";
      const r = {
        index: c.index,
        reason: c.ex.reason,
        approvedBy: c.ex.approvedBy,
        expires: c.ex.expires,
        state,
        target: describeTarget(c.ex)
      };
      const source = this.policy.exceptionSources[c.index];
      if (source) r.source = source;
      for (const note of c.notes) {
        const p = { level: "warning", origin: "evaluate", message: note };
        if (source) {
          p.file = source.file;
          p.line = source.line;
        }
        problems.push(p);
      }
      if (state === "expired") {
        const p = { level: "warning", origin: "evaluate", message: `exceptions[${c.index}] (${r.target}) expired on ${c.ex.expires} and no longer applies` };
        if (source) {
          p.file = source.file;
          p.line = source.line;
        }
        problems.push(p);
      }
      return r;
    });
    return { exceptions, problems };
  }
};

// src/evaluate/owners.ts
function compileOwners(policy) {
  const owners = (policy.settings.owners ?? []).map((o) => ({ owner: o, paths: o.paths ? pathMatcher(o.paths) : void 0 }));
  return (comp) => owners.find((o) => selectedBy(o.owner, o.paths, comp))?.owner;
}

// src/evaluate/ssvc.ts
function metrics(vector) {
  const out = /* @__PURE__ */ new Map();
  for (const part of vector.split("/")) {
    const i = part.indexOf(":");
    if (i > 0) out.set(part.slice(0, i), part.slice(i + 1));
  }
  return out;
}
function ssvcFromCvss(vector) {
  if (!vector) return {};
  const m = metrics(vector);
  if (vector.startsWith("CVSS:4.0/")) {
    if (!m.has("AV") || !m.has("VC")) return {};
    return {
      automatable: m.get("AV") === "N" && m.get("AC") === "L" && m.get("AT") === "N" && m.get("PR") === "N" && m.get("UI") === "N",
      technicalImpact: m.get("VC") === "H" && m.get("VI") === "H" ? "total" : "partial"
    };
  }
  if (vector.startsWith("CVSS:3.")) {
    if (!m.has("AV") || !m.has("C")) return {};
    return {
      automatable: m.get("AV") === "N" && m.get("AC") === "L" && m.get("PR") === "N" && m.get("UI") === "N",
      technicalImpact: m.get("C") === "H" && m.get("I") === "H" ? "total" : "partial"
    };
  }
  if (!m.has("AV") || !m.has("Au") || !m.has("C")) return {};
  return {
    automatable: m.get("AV") === "N" && m.get("AC") === "L" && m.get("Au") === "N",
    technicalImpact: m.get("C") === "C" && m.get("I") === "C" ? "total" : "partial"
  };
}

// src/evaluate/index.ts
var STATUS_ORDER = { overdue: 0, "due-soon": 1, within: 2, "unknown-clock": 3, "no-fix": 4, excepted: 5 };
var RUNTIME_FIELD = { "patch-lag": "patchLag", "end-of-life": "endOfLife", unpinned: "unpinned" };
function rank(s) {
  return SEVERITY_ORDER.indexOf(s);
}
function cveIds(m) {
  const all = /* @__PURE__ */ new Set();
  for (const id of [m.advisory.id, ...m.ids, ...m.aliases, ...m.advisory.aliases]) {
    const u = id.toUpperCase();
    if (u.startsWith("CVE-")) all.add(u);
  }
  return [...all].sort();
}
function kevFor(ids, kev) {
  let best;
  for (const id of ids) {
    const e = kev?.get(id);
    if (e && (!best || e.dueDate < best.dueDate)) best = e;
  }
  return best;
}
function epssFor(ids, epss) {
  let best;
  for (const id of ids) {
    const e = epss?.get(id);
    if (e && (!best || e.score > best.score)) best = e;
  }
  return best;
}
function fixReleasedOf(m, fixReleases, osFixes) {
  return m.fixReleased ?? osFixOf(osFixes, m)?.date ?? fixReleases?.of(m);
}
function clockOf(m, released, unknownClock) {
  const published = dayOf(m.advisory.published);
  if (released !== void 0 && (published === void 0 || released > published)) return { start: released, basis: "fix-release" };
  if (published !== void 0) return { start: published, basis: "published" };
  if (unknownClock === "modified") {
    const modified = dayOf(m.advisory.modified);
    if (modified !== void 0) return { start: modified, basis: "unknown", fallback: "modified" };
  }
  return { basis: "unknown" };
}
function deadlineFrom(text, rule, clock, kev) {
  if (text === "none") return { rule };
  if (text === "kev-due-date") {
    const c = { rule };
    const due = dayOf(kev?.dueDate);
    if (due !== void 0) c.day = due;
    const from = clock.start ?? dayOf(kev?.dateAdded);
    if (from !== void 0) c.from = from;
    return c;
  }
  const d = parseDuration(text);
  if (!d) return { rule };
  if (clock.start === void 0) return { rule, noClock: true };
  return { day: addDuration(clock.start, d), rule, from: clock.start };
}
function earliest(list) {
  let best;
  for (const c of list) if (c.day !== void 0 && (best?.day === void 0 || c.day < best.day)) best = c;
  if (best) return best;
  const first = list[0] ?? { rule: "none" };
  return first.noClock ? { rule: "unknownClock" } : first;
}
function ruleMatches(rule, f) {
  const w = rule.when ?? {};
  if (w.kev !== void 0 && f.kev !== void 0 !== w.kev) return false;
  if (w.ransomware !== void 0 && f.kev?.knownRansomwareCampaignUse?.toLowerCase() === "known" !== w.ransomware) return false;
  if (w.exposure !== void 0 && f.exposure !== w.exposure) return false;
  if (w.automatable !== void 0 && f.automatable !== w.automatable) return false;
  if (w.technicalImpact !== void 0 && f.technicalImpact !== w.technicalImpact) return false;
  if (w.severity !== void 0 && !w.severity.includes(f.severity)) return false;
  if (w.urgency !== void 0 && (f.urgency === void 0 || !w.urgency.includes(f.urgency))) return false;
  if (rule.deadline === "kev-due-date" && f.kev === void 0) return false;
  return true;
}
function dueSoonDays(text, deadline) {
  const ds = parseDueSoon(text);
  if (!ds) return 0;
  if (ds.kind === "duration") return deadline.day - addDuration(deadline.day, { days: -ds.duration.days, months: -ds.duration.months });
  if (deadline.from === void 0) return 0;
  const window = Math.max(0, deadline.day - deadline.from);
  return Math.ceil(Math.round(ds.share * window * 1e6) / 1e6);
}
var FindingParts = class {
  components = /* @__PURE__ */ new Map();
  advisories = /* @__PURE__ */ new Map();
  days = /* @__PURE__ */ new Map();
  component(c) {
    let out = this.components.get(c);
    if (!out) {
      const { ecosystem, name, version, purl, layer, direct, dev } = c;
      if (direct === void 0) out = dev === void 0 ? { ecosystem, name, version, purl, layer } : { ecosystem, name, version, purl, layer, dev };
      else out = dev === void 0 ? { ecosystem, name, version, purl, layer, direct } : { ecosystem, name, version, purl, layer, direct, dev };
      this.components.set(c, out);
    }
    return out;
  }
  advisory(m) {
    const known = this.advisories.get(m.advisory);
    if (known && known.aliases === m.aliases) return known;
    const out = {
      id: m.advisory.id,
      aliases: m.aliases,
      summary: m.advisory.summary,
      published: dayOf(m.advisory.published) === void 0 ? null : m.advisory.published,
      url: m.advisory.url
    };
    if (!known) this.advisories.set(m.advisory, out);
    return out;
  }
  day(day) {
    let text = this.days.get(day);
    if (text === void 0) this.days.set(day, text = formatDay(day));
    return text;
  }
};
function compareFindings(a, b) {
  return STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || byCodePoint(a.deadline ?? "9999-99-99", b.deadline ?? "9999-99-99") || rank(b.severity) - rank(a.severity) || byCodePoint(a.component.ecosystem, b.component.ecosystem) || byCodePoint(a.component.name, b.component.name) || byCodePoint(a.component.version, b.component.version) || byCodePoint(a.advisory.id, b.advisory.id) || byCodePoint(a.locations[0]?.file ?? "", b.locations[0]?.file ?? "") || (a.locations[0]?.line ?? 0) - (b.locations[0]?.line ?? 0);
}
function raise(t, to, why) {
  if (to !== void 0 && to !== "none" && rank(to) > rank(t.severity)) {
    t.base ??= t.severity;
    t.severity = to;
    t.source = why;
  }
}
function maliciousTerms(policy, clock, today) {
  const k = policy.settings.kinds.malicious ?? {};
  const start = clock.start === void 0 ? { start: today, basis: clock.basis } : clock;
  return { severity: k.severity ?? "critical", source: "policy", candidates: [deadlineFrom(k.deadline ?? "0d", "kinds.malicious.deadline", start, void 0)], dueSoon: "0d" };
}
function runtimeTerms(kind, eff, clock) {
  const field = RUNTIME_FIELD[kind];
  const get = (k) => eff.pick(`runtime.${field}.${k}`, (s) => s.runtime?.[field]?.[k]);
  const dl = get("deadline");
  return {
    severity: get("severity")?.value ?? "medium",
    source: "policy",
    candidates: [dl?.value ? deadlineFrom(dl.value, dl.rule, clock, void 0) : { rule: `runtime.${field}.deadline` }],
    dueSoon: get("dueSoon")?.value ?? eff.pick("dueSoon", (s) => s.dueSoon).value
  };
}
function vulnerabilityTerms(m, policy, eff, clock, kevEntry, epssEntry) {
  const own = m.advisory.severity;
  const t = own ? { severity: own.label, source: own.source, candidates: [], dueSoon: "" } : m.advisory.kind === "unsound" ? { severity: policy.settings.kinds.unsound?.severity ?? "low", source: "policy", candidates: [], dueSoon: "" } : { severity: eff.pick("unknownSeverity", (s) => s.unknownSeverity).value, source: "unknown", candidates: [], dueSoon: "" };
  t.dueSoon = eff.pick("dueSoon", (s) => s.dueSoon).value;
  if (kevEntry) raise(t, eff.pick("kev.severity", (s) => s.kev?.severity)?.value, "kev");
  const threshold = eff.pick("epss.threshold", (s) => s.epss?.threshold)?.value;
  const percentile = eff.pick("epss.percentile", (s) => s.epss?.percentile)?.value;
  const epssHit = epssEntry !== void 0 && (threshold !== void 0 && epssEntry.score >= threshold || percentile !== void 0 && epssEntry.percentile !== void 0 && epssEntry.percentile >= percentile);
  if (epssHit) raise(t, eff.pick("epss.severity", (s) => s.epss?.severity)?.value, "epss");
  const { rules, ssvc } = policy.settings;
  if (rules.length > 0) {
    const estimate = ssvc.deriveFromCvss ? ssvcFromCvss(m.advisory.severity?.vector) : {};
    const facts = {
      severity: t.severity,
      exposure: eff.pick("exposure", (s) => s.exposure).value,
      automatable: estimate.automatable ?? ssvc.automatable ?? true,
      technicalImpact: estimate.technicalImpact ?? ssvc.technicalImpact ?? "total"
    };
    if (kevEntry) facts.kev = kevEntry;
    if (m.advisory.distroUrgency) facts.urgency = m.advisory.distroUrgency;
    const row = rules.find((r) => ruleMatches(r, facts));
    if (row) {
      raise(t, row.severity, row.when?.kev === true ? "kev" : "policy");
      t.candidates = [deadlineFrom(row.deadline, `rules[${row.name}]`, clock, kevEntry)];
      return t;
    }
  }
  const severity = t.severity;
  const sevDl = eff.pick(`deadlines.${severity}`, (s) => s.deadlines?.[severity]);
  t.candidates = [sevDl ? deadlineFrom(sevDl.value, sevDl.rule, clock, kevEntry) : { rule: `deadlines.${severity}` }];
  const kevDl = eff.pick("kev.deadline", (s) => s.kev?.deadline);
  if (kevEntry && kevDl) t.candidates.push(deadlineFrom(kevDl.value, kevDl.rule, clock, kevEntry));
  const epssDl = eff.pick("epss.deadline", (s) => s.epss?.deadline);
  if (epssHit && epssDl) t.candidates.push(deadlineFrom(epssDl.value, epssDl.rule, clock, kevEntry));
  return t;
}
function applyCooldown(finding, m, released, eff, today) {
  if (m.fixedVersion === null) return;
  const cooldown = parseDuration(eff.pick("cooldown", (s) => s.cooldown).value);
  if (!cooldown || cooldown.days === 0 && cooldown.months === 0 || released === void 0) return;
  const ripe = addDuration(released, cooldown);
  if (today < ripe) {
    finding.recommendedVersion = null;
    finding.cooldownUntil = formatDay(ripe);
  }
}
function evaluate(input) {
  const { policy, kev, epss } = input;
  const today = dayOfInstant(input.now);
  if (Number.isNaN(today)) {
    return { findings: [], exceptions: [], problems: [{ level: "error", origin: "evaluate", message: "now is not a valid date" }] };
  }
  const scopes = compileScopes(policy);
  const ownerOf = compileOwners(policy);
  const book = new ExceptionBook(policy, today);
  const parts = new FindingParts();
  const findings = [];
  for (const m of input.matches) {
    const eff = new EffectiveSettings(policy, scopes, m.component);
    const released = dayOf(fixReleasedOf(m, input.fixReleases, input.osFixes));
    const clock = clockOf(m, released, policy.settings.unknownClock);
    const ids = m.kind === "vulnerability" ? cveIds(m) : [];
    const kevEntry = kevFor(ids, kev);
    const epssEntry = epssFor(ids, epss);
    const terms = m.kind === "vulnerability" ? vulnerabilityTerms(m, policy, eff, clock, kevEntry, epssEntry) : m.kind === "malicious" ? maliciousTerms(policy, clock, today) : runtimeTerms(m.kind, eff, clock);
    if (m.advisory.kind === "unmaintained") {
      terms.severity = policy.settings.kinds.unmaintained?.severity ?? "medium";
      terms.source = "policy";
    }
    const deadline = earliest(terms.candidates);
    const finding = {
      kind: m.kind,
      component: parts.component(m.component),
      locations: m.component.locations,
      advisory: parts.advisory(m),
      ids: m.ids,
      severity: terms.severity,
      severitySource: terms.source,
      fixedVersion: m.fixedVersion,
      clockStart: clock.start === void 0 ? null : parts.day(clock.start),
      clockBasis: clock.basis,
      deadline: deadline.day === void 0 ? null : parts.day(deadline.day),
      status: "within",
      daysLeft: deadline.day === void 0 ? null : deadline.day - today,
      rule: deadline.rule
    };
    if (terms.base !== void 0) finding.baseSeverity = terms.base;
    if (m.advisory.severity?.score !== void 0) finding.cvssScore = m.advisory.severity.score;
    if (m.upgrade) finding.upgrade = m.upgrade;
    if (clock.fallback) finding.clockFallback = clock.fallback;
    const owner = ownerOf(m.component);
    if (owner) finding.owner = owner.team;
    const osFix = m.fixReleased === void 0 ? osFixOf(input.osFixes, m) : void 0;
    if (clock.basis === "fix-release" && osFix) finding.clockEvidence = osFix.evidence;
    const fixSource = clock.basis !== "fix-release" || osFix ? void 0 : m.fixReleased !== void 0 ? "release-data" : input.fixReleases?.sourceOf(m);
    if (fixSource) finding.fixReleaseSource = fixSource;
    if (eff.scopes.length > 0) finding.scopes = eff.scopes;
    if (kevEntry) finding.kev = { dateAdded: kevEntry.dateAdded, dueDate: kevEntry.dueDate };
    if (epssEntry) finding.epss = epssEntry.percentile === void 0 ? { score: epssEntry.score } : { score: epssEntry.score, percentile: epssEntry.percentile };
    applyCooldown(finding, m, released, eff, today);
    if (m.kind === "malicious") finding.recommendation = "remove";
    if (m.advisory.kind === "unmaintained") finding.recommendation = "replace";
    const exception = book.apply(m, terms.severity);
    if (exception) {
      finding.status = "excepted";
      finding.exception = exception;
    } else if (m.kind === "malicious") {
      finding.status = deadline.day !== void 0 && deadline.day > today ? "due-soon" : "overdue";
      if (policy.settings.kinds.malicious?.failsGate !== false) finding.failsGate = true;
    } else if (m.fixedVersion === null) {
      finding.status = "no-fix";
      finding.deadline = null;
      finding.daysLeft = null;
      finding.rule = "no-fix";
    } else if (deadline.day === void 0 && deadline.rule === "unknownClock") {
      finding.status = "unknown-clock";
    } else if (deadline.day !== void 0) {
      const left = deadline.day - today;
      finding.status = left < 0 ? "overdue" : left < dueSoonDays(terms.dueSoon, { ...deadline, day: deadline.day }) ? "due-soon" : "within";
    }
    findings.push(finding);
  }
  findings.sort(compareFindings);
  const report = book.report();
  return { findings, exceptions: report.exceptions, problems: report.problems };
}

export {
  DEFAULT_REGISTRY_URLS,
  osvApiBase,
  agesFor,
  defaultCacheDir,
  liveOptionsFrom,
  OsFixBook,
  evaluate
};
