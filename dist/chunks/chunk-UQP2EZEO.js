import { createRequire as __pwCreateRequire } from 'node:module';
const require = __pwCreateRequire(import.meta.url);
import {
  code,
  daysPhrase,
  fixPhrase,
  headline,
  link,
  text
} from "./chunk-LOVFOCI6.js";
import {
  resolvePolicy
} from "./chunk-KFMM3UJA.js";
import {
  evaluate,
  osvApiBase
} from "./chunk-7NZMHMGO.js";
import {
  SEVERITY_ORDER
} from "./chunk-3TVK7CKK.js";
import {
  addDuration,
  parseDuration
} from "./chunk-OPTHUYL4.js";
import {
  dayOf,
  dayOfInstant,
  formatDay
} from "./chunk-S3NLYMJX.js";
import {
  claim,
  walk,
  walkHasFiles
} from "./chunk-OZVVFGFN.js";
import {
  realRoot
} from "./chunk-RPU4CLOY.js";
import {
  baseEcosystem,
  byCodePoint
} from "./chunk-JPMRHXET.js";
import {
  LIMITS
} from "./chunk-TVC7EKD4.js";
import {
  TOOL_NAME,
  TOOL_VERSION
} from "./chunk-7BNRQPQI.js";

// src/check.ts
import { statSync as statSync2 } from "node:fs";

// src/evaluate/coverage.ts
var LIVE_ADVISORY_KINDS = /* @__PURE__ */ new Set(["osv-api"]);
var RELEASE_KINDS = /* @__PURE__ */ new Set(["releases", "endoflife"]);
var NOT_FROM_REGISTRY = /* @__PURE__ */ new Set(["git", "path", "url"]);
var OWN_CODE = /* @__PURE__ */ new Set(["workspace", "link"]);
var MAX_LISTED = 20;
var MAX_SENTENCE = 1500;
var MAX_NAME = 100;
var STATE_ORDER = { "no-data": 0, stale: 1, partial: 2, checked: 3 };
function groupsOf(components) {
  const groups = /* @__PURE__ */ new Map();
  for (const c of components) {
    const key = `${c.layer}\0${c.ecosystem}`;
    let g = groups.get(key);
    if (!g) groups.set(key, g = { layer: c.layer, ecosystem: c.ecosystem, members: [] });
    g.members.push(c);
  }
  return [...groups.values()];
}
function isImage(c) {
  return c.image !== void 0 || c.runtime !== void 0 && c.ecosystem === "runtime";
}
function advisorySources(ecosystem, sources, now) {
  const base = baseEcosystem(ecosystem);
  const list = [];
  let withdrawn = 0;
  for (const s of sources) {
    if (LIVE_ADVISORY_KINDS.has(s.kind)) {
      list.push({ kind: s.kind, path: s.path, newest: s.fetched ?? now.toISOString() });
      continue;
    }
    if (!s.ecosystems) continue;
    let records = 0;
    let newest;
    for (const [name, e] of Object.entries(s.ecosystems)) {
      if (baseEcosystem(name) !== base || e.records === 0) continue;
      records += e.records;
      withdrawn += e.withdrawn ?? 0;
      if (e.newest !== void 0 && (newest === void 0 || e.newest > newest)) newest = e.newest;
    }
    if (records > 0) list.push(newest === void 0 ? { kind: s.kind, path: s.path, records } : { kind: s.kind, path: s.path, records, newest });
  }
  return { list, withdrawn };
}
function releaseSources(sources) {
  return sources.filter((s) => RELEASE_KINDS.has(s.kind)).map((s) => s.fetched ? { kind: s.kind, path: s.path, records: s.records, newest: s.fetched } : { kind: s.kind, path: s.path, records: s.records });
}
function count(n, one, many = `${one}s`) {
  return `${grouped(n)} ${n === 1 ? one : many}`;
}
function grouped(n) {
  if (!Number.isSafeInteger(n)) return n.toLocaleString("en-US");
  const digits = String(Math.abs(n));
  let out = digits.slice(0, (digits.length - 1) % 3 + 1);
  for (let i = out.length; i < digits.length; i += 3) out += "," + digits.slice(i, i + 3);
  return n < 0 || Object.is(n, -0) ? "-" + out : out;
}
function label(e) {
  return e.ecosystem === "image" ? `${e.layer} images` : e.ecosystem === "os" ? "image base systems" : e.ecosystem;
}
function noDataFix(g) {
  if (g.ecosystem === "image" || g.ecosystem === "os") return "give runtime release data (--releases) or run online";
  if (g.ecosystem === "helm") return "no advisory database covers Helm charts (their images are checked as images)";
  return `add an OSV bundle for ${g.ecosystem} (--db) or run online`;
}
function entryFor(g, input, maxAge, today) {
  const images = g.members.filter(isImage);
  const packages = g.members.filter((c) => !isImage(c));
  const unchecked = [];
  const counts = {};
  const miss = (c, reason) => {
    counts[reason] = (counts[reason] ?? 0) + 1;
    const at = c.locations[0];
    if (unchecked.length < MAX_LISTED) unchecked.push({ name: c.name, version: c.version, file: at?.file ?? "", line: at?.line ?? 0, reason });
  };
  const sources = [];
  let withdrawn = 0;
  let served = 0;
  let own = 0;
  let noSource = 0;
  if (packages.length > 0) {
    const got = advisorySources(g.ecosystem, input.sources, input.now);
    sources.push(...got.list);
    withdrawn = got.withdrawn;
    for (const c of packages) {
      const source = c.source ?? "registry";
      if (NOT_FROM_REGISTRY.has(source)) miss(c, source);
      else if (OWN_CODE.has(source)) own++;
      else if (got.list.length === 0) noSource++;
      else served++;
    }
  }
  if (images.length > 0) {
    const release = releaseSources(input.sources);
    for (const s of release) if (!sources.some((x) => x.kind === s.kind && x.path === s.path)) sources.push(s);
    for (const c of images) {
      const product = input.productOf ? input.productOf(c) : c.image?.product ?? c.runtime?.product;
      if (product === void 0) miss(c, "no runtime product");
      else if (!input.runtimeProducts.has(product)) noSource++;
      else served++;
    }
  }
  const entry = { layer: g.layer, ecosystem: g.ecosystem, components: g.members.length, checked: served, sources, state: "checked" };
  let newest;
  for (const s of sources) if (s.newest !== void 0 && (newest === void 0 || s.newest > newest)) newest = s.newest;
  const newestDay = dayOf(newest);
  if (newest !== void 0 && newestDay !== void 0) {
    entry.newest = newest;
    entry.ageDays = today - newestDay;
  }
  if (unchecked.length > 0) {
    entry.unchecked = unchecked;
    entry.uncheckedCounts = counts;
  }
  if (withdrawn > 0) entry.withdrawn = withdrawn;
  if (own > 0) entry.ownCode = own;
  const notes = (input.notes ?? []).filter((n) => n.layer === g.layer && n.ecosystem === g.ecosystem).map((n) => n.note);
  if (notes.length > 0) entry.notes = [...new Set(notes)];
  const gaps = [];
  const name = label(entry);
  if (noSource > 0) {
    const what = images.length > 0 && packages.length === 0 ? "no release data for their product" : "no advisory source";
    gaps.push(`${name}: ${count(noSource, images.length > 0 && packages.length === 0 ? "image" : "package")}, ${what}; ${noDataFix(g)}`);
  }
  const stale = newestDay !== void 0 && maxAge !== void 0 && served > 0 && addDuration(newestDay, maxAge) < today;
  if (stale) {
    gaps.push(`${name}: the newest advisory record is from ${formatDay(newestDay)}, ${count(entry.ageDays, "day")} old (the policy allows ${input.settings.maxDataAge}); refresh the data`);
  }
  const missed = Object.values(counts).reduce((a, b) => a + b, 0);
  if (missed > 0) {
    const parts = Object.entries(counts).map(([why, n]) => `${n} ${why === "no runtime product" ? "with no runtime product" : `${why}-sourced`}`);
    const short = (t) => t.length > MAX_NAME ? `${t.slice(0, MAX_NAME - 1)}\u2026` : t;
    const listed = unchecked.slice(0, 3).map((u) => `${short(u.name)} (${short(u.file)}:${u.line})`).join(", ");
    gaps.push(`${name}: ${count(missed, "component")} not checked (${parts.join(", ")}): ${listed}${missed > 3 ? ", \u2026" : ""}`);
  }
  for (const n of entry.notes ?? []) gaps.push(`${name}: ${n}`);
  if (served === 0 && noSource > 0) entry.state = "no-data";
  else if (stale) entry.state = "stale";
  else if (noSource > 0 || missed > 0 || notes.length > 0) entry.state = "partial";
  if (gaps.length > 0) entry.gap = gaps.join("; ");
  return entry;
}
function computeCoverage(input) {
  const missingData = input.settings.missingData ?? "warn";
  const maxDataAge = input.settings.maxDataAge ?? "7d";
  const maxAge = parseDuration(maxDataAge);
  const today = dayOfInstant(input.now);
  const entries = groupsOf(input.components).map((g) => entryFor(g, input, maxAge, today)).sort((a, b) => STATE_ORDER[a.state] - STATE_ORDER[b.state] || byCodePoint(a.layer, b.layer) || byCodePoint(a.ecosystem, b.ecosystem));
  const empty = input.components.length === 0;
  return { missingData, maxDataAge, empty, complete: !empty && entries.every((e) => e.state === "checked"), entries };
}
function coverageSentence(coverage) {
  if (coverage.empty) return "nothing was checked: the scan found no component (is this the right folder, or are its files excluded?)";
  const gaps = coverage.entries.filter((e) => e.gap !== void 0).map((e) => e.gap);
  if (gaps.length === 0) return void 0;
  const sentence = `not everything was checked: ${gaps.join("; ")}.`;
  return sentence.length <= MAX_SENTENCE ? sentence : `${sentence.slice(0, MAX_SENTENCE - 40)}\u2026 (the rest in the coverage table).`;
}
function gateWithCoverage(gate, coverage) {
  return gate === "fail" ? "fail" : coverage.complete ? "pass" : "incomplete";
}
function coverageProblems(coverage) {
  const sentence = coverageSentence(coverage);
  if (sentence === void 0 || coverage.missingData === "ignore") return [];
  return [{ level: "warning", origin: "evaluate/coverage", message: sentence }];
}

// src/report/model.ts
var REPORT_SCHEMA_VERSION = 1;
function atOrAbove(severity, gate) {
  return gate !== "none" && SEVERITY_ORDER.indexOf(severity) >= SEVERITY_ORDER.indexOf(gate);
}
function gateFails(findings, gate) {
  return findings.some((f) => f.failsGate === true && gate !== "none" || f.status === "overdue" && atOrAbove(f.severity, gate));
}
function exitCodeOf(report) {
  if (report.problems.some((p) => p.level === "error")) return 2;
  if (report.summary.gate === "fail") return 1;
  return report.summary.gate === "incomplete" && report.coverage.missingData === "fail" ? 3 : 0;
}
function summarise(components, findings, gate, coverage) {
  const layer = () => ({ components: 0, findings: 0, overdue: 0 });
  const s = {
    components: components.length,
    findings: findings.length,
    overdue: 0,
    dueSoon: 0,
    within: 0,
    unknownClock: 0,
    noFix: 0,
    excepted: 0,
    gateSeverity: gate,
    gate: gateFails(findings, gate) ? "fail" : "pass",
    byLayer: { os: layer(), runtime: layer(), library: layer() },
    clockBasis: { "fix-release": 0, published: 0, unknown: 0 }
  };
  if (coverage) {
    s.gate = gateWithCoverage(s.gate === "fail" ? "fail" : "pass", coverage);
    const sentence = coverageSentence(coverage);
    if (sentence !== void 0) s.notChecked = sentence;
  }
  for (const c of components) s.byLayer[c.layer].components++;
  for (const f of findings) {
    if (f.status === "overdue") s.overdue++;
    else if (f.status === "due-soon") s.dueSoon++;
    else if (f.status === "within") s.within++;
    else if (f.status === "unknown-clock") s.unknownClock++;
    else if (f.status === "no-fix") s.noFix++;
    else if (f.status === "excepted") s.excepted++;
    const l = s.byLayer[f.component.layer];
    l.findings++;
    if (f.status === "overdue") l.overdue++;
    s.clockBasis[f.clockBasis]++;
  }
  return s;
}
var REPORT_FIELDS = ["ecosystem", "name", "version", "purl", "layer", "locations", "direct", "dev", "source"];
function listedAsIs(c) {
  let next = 0;
  for (const key of Object.keys(c)) {
    while (next < REPORT_FIELDS.length && REPORT_FIELDS[next] !== key) next++;
    if (next === REPORT_FIELDS.length) return false;
    next++;
  }
  return true;
}
function toReportComponent(c) {
  if (listedAsIs(c)) return c;
  const out = {
    ecosystem: c.ecosystem,
    name: c.name,
    version: c.version,
    purl: c.purl,
    layer: c.layer,
    locations: c.locations
  };
  if (c.direct !== void 0) out.direct = c.direct;
  if (c.dev !== void 0) out.dev = c.dev;
  if (c.source !== void 0) out.source = c.source;
  return out;
}
function sourceGroup(kind) {
  if (kind.startsWith("osv")) return 0;
  if (kind === "kev" || kind.startsWith("epss")) return 1;
  return 2;
}
function buildReport(input) {
  const components = input.components.map(toReportComponent).sort((a, b) => byCodePoint(a.ecosystem, b.ecosystem) || byCodePoint(a.name, b.name) || byCodePoint(a.version, b.version));
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    now: input.now.toISOString(),
    root: input.root,
    policy: input.policy,
    sources: [...input.sources].sort((a, b) => sourceGroup(a.kind) - sourceGroup(b.kind)),
    components,
    findings: input.evaluated.findings,
    exceptions: input.evaluated.exceptions,
    problems: input.problems,
    summary: summarise(input.components, input.evaluated.findings, input.gate, input.coverage),
    coverage: input.coverage
  };
}

// src/discover/target.ts
import { basename, dirname } from "node:path";
import { statSync } from "node:fs";
function scanTarget(path, extractors) {
  let st;
  try {
    st = statSync(path);
  } catch (err) {
    const code2 = err.code;
    const why = code2 === "ENOENT" ? "does not exist" : `cannot be read (${code2 ?? String(err)})`;
    return { problem: { level: "error", origin: "discover", file: path, message: `the scan path ${why}; expected a repository folder or one lockfile or manifest` } };
  }
  if (st.isDirectory()) return { root: realRoot(path) };
  if (!st.isFile()) return { problem: { level: "error", origin: "discover", file: path, message: "the scan path is neither a folder nor a file" } };
  const real = realRoot(path);
  const root = dirname(real);
  const name = basename(real);
  const extractor = extractors.find((e) => e.claims(name));
  if (!extractor) {
    return { problem: { level: "error", origin: "discover", file: path, message: "no extractor reads this file: expected a folder, or a lockfile or manifest such as package-lock.json, go.mod or Cargo.lock" } };
  }
  if (st.size > LIMITS.maxFileBytes) {
    return { problem: { level: "error", origin: "discover", file: path, message: `${st.size} bytes, over the ${LIMITS.maxFileBytes}-byte limit` } };
  }
  return { root, file: { path: name, abs: real, size: st.size, extractor } };
}

// src/check.ts
async function check(opts) {
  const target = scanTarget(opts.root, isFolder(opts.root) ? [] : (await import("./registry-6BQNEEKS.js")).EXTRACTORS);
  if (target.problem) return { exitCode: 2, fatal: [target.problem] };
  const root = target.root;
  const policyResult = await resolvePolicy({ spec: opts.policy, root: opts.policyRoot === void 0 ? root : realRoot(opts.policyRoot) });
  if (!policyResult.policy) return { exitCode: 2, fatal: policyResult.problems };
  const policy = policyResult.policy;
  const namedHelm = namedHelmValues(policy, opts.helmValues);
  let helmValues = [];
  if (namedHelm.length > 0) {
    const helm = (await import("./inventory-MDIWWJ7B.js")).helmValuesFiles(root, namedHelm);
    if (helm.problems.length > 0) return { exitCode: 2, fatal: helm.problems };
    helmValues = helm.paths;
  }
  const walked = target.file ? void 0 : walk({ root, ...opts.exclude ? { exclude: opts.exclude } : {} });
  const judged = walked && nothingToAsk(opts, walked) ? nothingFound(opts, policy, walked) : await (await import("./engine-5UI4CXYT.js")).judge(opts, root, policy, walked, target.file, helmValues);
  const problems = [...policyResult.problems, ...judged.problems];
  const coverage = computeCoverage({
    components: judged.components,
    sources: judged.sources,
    runtimeProducts: judged.runtimeProducts,
    ...judged.productOf ? { productOf: judged.productOf } : {},
    settings: policy.settings.coverage,
    now: opts.now,
    notes: problems.flatMap((p) => p.coverage ? [p.coverage] : [])
  });
  problems.push(...coverageProblems(coverage));
  const report = buildReport({
    now: opts.now,
    root: opts.root,
    policy: policy.identity,
    sources: judged.sources,
    components: judged.components,
    evaluated: judged.evaluated,
    problems,
    gate: opts.failOn ?? policy.gate,
    coverage
  });
  return { report, exitCode: exitCodeOf(report), fatal: [], policy };
}
function namedHelmValues(policy, given = []) {
  return [
    ...(policy.settings.helm?.values ?? []).map((path) => ({ path, from: "the policy's helm.values" })),
    ...given.map((path) => ({ path, from: "--helm-values" }))
  ];
}
function isFolder(path) {
  try {
    return statSync2(path).isDirectory();
  } catch {
    return false;
  }
}
function nothingToAsk(opts, walked) {
  const files = (opts.db?.length ?? 0) > 0 || [opts.releases, opts.nodejsSecurityWg, opts.kev, opts.epss].some((x) => x !== void 0 && x !== "");
  return !files && !walkHasFiles(walked);
}
function nothingFound(opts, policy, walked) {
  const found = claim(walked, []);
  const evaluated = evaluate({ matches: [], policy, now: opts.now });
  const osvApi = opts.live !== void 0 && ![...opts.live.disabled ?? []].includes("osv-api");
  const sources = osvApi ? [{ kind: "osv-api", path: osvApiBase(opts.live), records: 0 }] : [];
  return { components: [], sources, evaluated, problems: [...found.problems, ...evaluated.problems], runtimeProducts: /* @__PURE__ */ new Set() };
}

// src/report/json.ts
function renderJson(report) {
  return JSON.stringify(report, null, 2) + "\n";
}
function* renderJsonChunks(report) {
  const streamed = Object.fromEntries(Object.entries(report).map(([key, value]) => [key, Array.isArray(value) && value.length > 0 ? new LazyArray(() => value) : value]));
  yield* jsonChunks(streamed);
  yield "\n";
}
var LazyArray = class {
  constructor(items) {
    this.items = items;
  }
  items;
};
function stringifyAt(value, depth) {
  let wrapped = value;
  for (let i = 0; i < depth; i++) wrapped = [wrapped];
  return JSON.stringify(wrapped, null, 2).slice(depth * (depth + 3), depth === 0 ? void 0 : -depth * (depth + 1));
}
function holdsLazy(value) {
  if (value instanceof LazyArray) return true;
  if (value === null || typeof value !== "object") return false;
  return Array.isArray(value) ? value.some(holdsLazy) : Object.values(value).some(holdsLazy);
}
function* jsonChunks(value, depth = 0) {
  if (!holdsLazy(value)) {
    yield stringifyAt(value, depth);
    return;
  }
  const pad = "  ".repeat(depth + 1);
  if (value instanceof LazyArray || Array.isArray(value)) {
    const items = value instanceof LazyArray ? value.items() : value;
    let first2 = true;
    const lazy = value instanceof LazyArray;
    for (const item of items) {
      yield `${first2 ? "[" : ","}
${pad}`;
      first2 = false;
      const v = item === void 0 || typeof item === "function" || typeof item === "symbol" ? null : item;
      if (lazy) yield stringifyAt(v, depth + 1);
      else yield* jsonChunks(v, depth + 1);
    }
    yield first2 ? "[]" : `
${"  ".repeat(depth)}]`;
    return;
  }
  const entries = Object.entries(value).filter(([, v]) => v !== void 0 && typeof v !== "function" && typeof v !== "symbol");
  let first = true;
  for (const [key, v] of entries) {
    yield `${first ? "{" : ","}
${pad}${JSON.stringify(key)}: `;
    first = false;
    yield* jsonChunks(v, depth + 1);
  }
  yield first ? "{}" : `
${"  ".repeat(depth)}}`;
}

// src/report/write.ts
import { closeSync, openSync, writeSync } from "node:fs";
var PIECE = 1 << 18;
var MAX_BYTES_PER_UNIT = 3;
function writeChunksToFile(file, chunks, size = PIECE) {
  const fd = openSync(file, "w");
  const buffer = Buffer.allocUnsafe(size);
  let used = 0;
  const flush = () => {
    if (used > 0) writeSync(fd, buffer, 0, used);
    used = 0;
  };
  let held = "";
  try {
    for (const chunk of chunks) {
      let text2 = held + chunk;
      held = "";
      const last = text2.charCodeAt(text2.length - 1);
      if (last >= 55296 && last <= 56319) {
        held = text2.slice(-1);
        text2 = text2.slice(0, -1);
      }
      if (used + text2.length * MAX_BYTES_PER_UNIT > size) {
        flush();
        if (text2.length * MAX_BYTES_PER_UNIT > size) {
          writeSync(fd, text2);
          continue;
        }
      }
      used += buffer.write(text2, used);
    }
    if (held !== "") {
      if (used + MAX_BYTES_PER_UNIT > size) flush();
      used += buffer.write(held, used);
    }
    flush();
  } finally {
    closeSync(fd);
  }
}

// src/report/coverage.ts
function sourceName(s) {
  const file = s.path.split(/[\\/]/).filter(Boolean).pop() ?? s.path;
  return s.kind === "osv-api" ? "osv-api" : `${s.kind}:${file}`;
}
function sourcesCell(e) {
  if (e.sources.length === 0) return "-";
  return e.sources.map((s) => `${sourceName(s)}${s.records === void 0 ? "" : ` (${s.records})`}`).join(", ");
}
function ageCell(e) {
  if (e.sources.length === 0) return "-";
  return e.newest === void 0 ? "unknown" : `${e.newest.slice(0, 10)} (${e.ageDays ?? 0} d)`;
}
function oneLine(s, max = 400) {
  const flat = s.replace(/[\r\n\t]+/g, " ").replace(/[\u0000-\u001f\u007f]/g, "");
  return flat.length > max ? flat.slice(0, max - 1) + "\u2026" : flat;
}
function coverageRows(report) {
  return report.coverage.entries.map((e) => [e.layer, e.ecosystem, String(e.components), String(e.checked), sourcesCell(e), ageCell(e), e.state]);
}
function renderCoverageMarkdown(report) {
  const c = report.coverage;
  const out = [`### Coverage (${c.complete ? "everything found was checked" : "incomplete"})`, ""];
  if (c.entries.length === 0) out.push("Nothing was found to check.", "");
  else {
    out.push("| Layer | Ecosystem | Components | Checked | Sources (records) | Newest record | State |");
    out.push("| --- | --- | ---: | ---: | --- | --- | --- |");
    for (const r of coverageRows(report)) out.push(`| ${r[0]} | ${code(r[1])} | ${r[2]} | ${r[3]} | ${text(r[4])} | ${r[5]} | ${r[6]} |`);
    out.push("");
  }
  if (report.summary.notChecked !== void 0) out.push(text(oneLine(report.summary.notChecked, 4e3)), "");
  return out.join("\n");
}
function coverageProperties(report) {
  return {
    gate: report.summary.gate,
    complete: report.coverage.complete,
    missingData: report.coverage.missingData,
    ...report.summary.notChecked !== void 0 ? { notChecked: report.summary.notChecked } : {},
    entries: report.coverage.entries.map((e) => ({
      layer: e.layer,
      ecosystem: e.ecosystem,
      components: e.components,
      checked: e.checked,
      state: e.state,
      ...e.newest !== void 0 ? { newest: e.newest } : {}
    }))
  };
}

// src/report/markdown.ts
var MAX_ROWS = 100;
var plainLocation = (file, line) => code(`${file}:${line}`);
function locationCell(f, location = plainLocation) {
  const loc = f.locations[0];
  if (!loc) return "";
  const more = f.locations.length > 1 ? ` +${f.locations.length - 1}` : "";
  return `${location(loc.file, loc.line)}${more}`;
}
var BUCKETS = [
  { label: ">90 overdue", test: (d) => d < -90 },
  { label: "31-90 overdue", test: (d) => d < -30 && d >= -90 },
  { label: "1-30 overdue", test: (d) => d < 0 && d >= -30 },
  { label: "0-7 left", test: (d) => d >= 0 && d <= 7 },
  { label: "8-30 left", test: (d) => d > 7 && d <= 30 },
  { label: "31-90 left", test: (d) => d > 30 && d <= 90 },
  { label: ">90 left", test: (d) => d > 90 }
];
function daysLeftChart(findings) {
  const days = findings.filter((f) => f.daysLeft !== null && f.status !== "excepted").map((f) => f.daysLeft);
  if (days.length === 0) return void 0;
  const counts = BUCKETS.map((b) => days.filter(b.test).length);
  const top = Math.max(...counts, 1);
  return [
    "```mermaid",
    "xychart-beta",
    '    title "Findings by days left (negative: overdue)"',
    `    x-axis [${BUCKETS.map((b) => `"${b.label}"`).join(", ")}]`,
    `    y-axis "Findings" 0 --> ${top}`,
    `    bar [${counts.join(", ")}]`,
    "```"
  ].join("\n");
}
function byDeadline(a, b) {
  return byCodePoint(a.deadline ?? "9999-12-31", b.deadline ?? "9999-12-31") || (a.daysLeft ?? 0) - (b.daysLeft ?? 0) || byCodePoint(a.component.name, b.component.name);
}
function findingTable(findings, location, max = MAX_ROWS) {
  const out = ["| Status | Severity | Package | Advisory | Fix | Deadline | When | Location |", "| --- | --- | --- | --- | --- | --- | --- | --- |"];
  for (const f of findings.slice(0, max)) out.push(`| ${findingRow(f, location)} |`);
  if (findings.length > max) out.push("", `\u2026 and ${findings.length - max} more in the JSON report.`);
  return out;
}
function findingRow(f, location = plainLocation) {
  return [
    f.status,
    f.severity,
    `${code(f.component.name)} ${code(f.component.version)}`,
    link(f.advisory.id, f.advisory.url),
    f.fixedVersion === null ? "no fix" : code(fixPhrase(f)),
    f.deadline ?? "\u2013",
    daysPhrase(f),
    locationCell(f, location)
  ].join(" | ");
}
function renderMarkdown(report, opts = {}) {
  const location = opts.location ?? plainLocation;
  const s = report.summary;
  const out = [];
  const verdict = s.gate === "fail" ? "\u274C gate failed" : s.gate === "incomplete" ? "\u26A0\uFE0F gate incomplete (not everything was checked)" : "\u2705 gate passed";
  out.push(`## patchwarden: ${s.overdue} overdue, ${s.dueSoon} due soon \xB7 ${verdict}`);
  out.push("");
  out.push(
    `Policy ${code(`${report.policy.name}@${report.policy.version}`)} (${code(report.policy.apiVersion)}, ${code(report.policy.digest.slice(0, 19))}) \xB7 now ${report.now.slice(0, 10)} \xB7 gate: overdue at ${s.gateSeverity === "none" ? "no severity (off)" : `${s.gateSeverity} or above`}`
  );
  out.push("");
  out.push("| Status | Findings |");
  out.push("| --- | ---: |");
  out.push(`| Overdue | ${s.overdue} |`);
  out.push(`| Due soon | ${s.dueSoon} |`);
  out.push(`| Within deadline | ${s.within} |`);
  out.push(`| Unknown clock (no date to start it) | ${s.unknownClock} |`);
  out.push(`| No fix available | ${s.noFix} |`);
  out.push(`| Excepted | ${s.excepted} |`);
  out.push(`| **Total** | **${s.findings}** |`);
  out.push("");
  out.push("| Layer | Components | Findings | Overdue |");
  out.push("| --- | ---: | ---: | ---: |");
  for (const layer of ["os", "runtime", "library"]) {
    const l = s.byLayer[layer];
    out.push(`| ${layer} | ${l.components} | ${l.findings} | ${l.overdue} |`);
  }
  out.push("");
  out.push(renderCoverageMarkdown(report));
  const chart = daysLeftChart(report.findings);
  if (chart) out.push(chart, "");
  const overdue = report.findings.filter((f) => f.status === "overdue").sort(byDeadline);
  if (overdue.length > 0) {
    out.push(`### Overdue, in deadline order (${overdue.length})`, "");
    out.push("| Deadline | Overdue by | Severity | Package | Advisory | Fix | Location |");
    out.push("| --- | ---: | --- | --- | --- | --- | --- |");
    for (const f of overdue.slice(0, MAX_ROWS)) {
      out.push(
        `| ${f.deadline ?? "\u2013"} | ${-(f.daysLeft ?? 0)} d | ${f.severity} | ${code(f.component.name)} ${code(f.component.version)} | ${link(f.advisory.id, f.advisory.url)} | ${f.fixedVersion === null ? "no fix" : code(fixPhrase(f))} | ${locationCell(f, location)} |`
      );
    }
    if (overdue.length > MAX_ROWS) out.push("", `\u2026 and ${overdue.length - MAX_ROWS} more overdue in the JSON report.`);
    out.push("");
  }
  if (opts.split) {
    const { introduced, inherited, basis } = opts.split;
    out.push(`### Introduced by this pull request (${introduced.length})`, "");
    out.push(`<sub>${text(basis)}</sub>`, "");
    if (introduced.length > 0) out.push(...findingTable(introduced, location));
    else out.push("The pull request adds no vulnerable package version.");
    out.push("");
    out.push(`<details><summary>Inherited from the base branch (${inherited.length})</summary>`, "");
    if (inherited.length > 0) out.push(...findingTable(inherited, location));
    else out.push("None.");
    out.push("", "</details>", "");
    const undetermined = opts.split.undetermined ?? [];
    if (undetermined.length > 0) {
      out.push(`<details><summary>Not told apart: the base's copy of their files could not be read (${undetermined.length})</summary>`, "");
      out.push(...findingTable(undetermined, location), "", "</details>", "");
    }
  } else if (report.findings.length > 0) {
    out.push("### Findings");
    out.push("");
    out.push(...findingTable(report.findings, location));
    out.push("");
  }
  if (opts.unannotated && opts.unannotated.length > 0) {
    const rest = opts.unannotated;
    out.push(`### Not annotated on the diff (${rest.length})`, "");
    out.push("GitHub shows 10 errors and 10 warnings per step; these did not fit:", "");
    for (const a of rest.slice(0, MAX_ROWS * 2)) out.push(`- ${a.level}: ${code(`${a.file}:${a.line}`)}: ${text(a.title)}. ${text(a.message)}`);
    if (rest.length > MAX_ROWS * 2) out.push(`- \u2026 and ${rest.length - MAX_ROWS * 2} more in the JSON report.`);
    out.push("");
  }
  if (report.findings.length === 0) out.push("No component is affected by a known advisory.", "");
  const errors = report.problems.filter((p) => p.level === "error" || p.level === "warning");
  if (errors.length > 0) {
    out.push(`<details><summary>${errors.length} input problem(s)</summary>`);
    out.push("");
    for (const p of errors.slice(0, 50)) {
      const where = p.file ? `${code(`${p.file}${p.line ? `:${p.line}` : ""}`)}: ` : "";
      out.push(`- ${p.level}: ${where}${text(p.message)}`);
    }
    out.push("");
    out.push("</details>");
    out.push("");
  }
  for (const section of opts.sections ?? []) out.push(section, "");
  const counted = report.sources.map((src) => `${code(src.kind)} ${src.records}`).join(", ");
  out.push(`<sub>${report.tool.name} ${report.tool.version} \xB7 ${s.components} components \xB7 advisory sources: ${counted || "none"}</sub>`);
  return out.join("\n") + "\n";
}

// src/report/sarif.ts
import { createHash } from "node:crypto";
var SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
var SEVERITY_SCORE = { critical: 9.5, high: 8, medium: 5.5, low: 2 };
var LEVEL = { critical: "error", high: "error", medium: "warning", low: "note" };
function securitySeverity(f) {
  const band = SEVERITY_SCORE[f.severity];
  const s = f.cvssScore;
  const inBand = (x) => {
    const i = SEVERITY_ORDER.indexOf(f.severity);
    const lo = [0.1, 4, 7, 9][i];
    const hi = [3.9, 6.9, 8.9, 10][i];
    return x >= lo && x <= hi;
  };
  return (s !== void 0 && inBand(s) ? s : band).toFixed(1);
}
function uriOf(file, prefix) {
  const p = prefix ? `${prefix.replace(/\/+$/, "")}/${file}` : file;
  return p.split("/").map((s) => encodeURIComponent(s)).join("/");
}
function fingerprint(f, file) {
  return createHash("sha256").update(["patchwarden-sarif-v1", f.component.ecosystem, f.component.name, f.advisory.id, file].join("\0")).digest("hex").slice(0, 32);
}
function ruleFor(f, severity) {
  const a = f.advisory;
  const aliases = a.aliases.length > 0 ? ` (${a.aliases.join(", ")})` : "";
  const summary = a.summary.trim() || `${a.id}${aliases}`;
  return {
    id: a.id,
    name: a.id.replace(/[^A-Za-z0-9]/g, ""),
    shortDescription: { text: `${a.id}: ${summary}`.slice(0, 1e3) },
    fullDescription: { text: `${summary}${aliases}`.slice(0, 4e3) },
    helpUri: /^https:\/\//.test(a.url) ? a.url : void 0,
    help: {
      text: `${a.id}${aliases}: ${summary}. Upgrade the package to a fixed version within the deadline your patch policy sets.`,
      markdown: `**${link(a.id, a.url)}**${aliases ? ` ${text(aliases)}` : ""}: ${text(summary)}

Upgrade the package to a fixed version within the deadline your patch policy sets.`
    },
    defaultConfiguration: { level: LEVEL[f.severity] },
    properties: {
      tags: ["security", "vulnerability", "dependency", f.component.ecosystem],
      precision: "very-high",
      "security-severity": severity,
      ...a.aliases.length > 0 ? { aliases: a.aliases } : {}
    }
  };
}
function rulesOf(findings) {
  const rules = [];
  const ruleIndex = /* @__PURE__ */ new Map();
  const indexes = new Uint32Array(findings.length);
  findings.forEach((f, i) => {
    const severity = securitySeverity(f);
    let index = ruleIndex.get(f.advisory.id);
    if (index === void 0) {
      index = rules.length;
      ruleIndex.set(f.advisory.id, index);
      rules.push(ruleFor(f, severity));
    } else {
      const props = rules[index].properties;
      if (Number(severity) > Number(props["security-severity"])) props["security-severity"] = severity;
    }
    indexes[i] = index;
  });
  return { rules, indexes };
}
function resultFor(f, index, opts) {
  const severity = securitySeverity(f);
  const [primary, ...others] = f.locations;
  const physical = (file, line) => ({
    physicalLocation: { artifactLocation: { uri: uriOf(file, opts.prefix), uriBaseId: "%SRCROOT%" }, region: { startLine: Math.max(1, line) } }
  });
  const result = {
    ruleId: f.advisory.id,
    ruleIndex: index,
    level: LEVEL[f.severity],
    kind: "fail",
    message: {
      text: `${headline(f)}.`,
      markdown: `${code(f.component.name)} ${code(f.component.version)} is affected by ${link(f.advisory.id, f.advisory.url)} (${f.severity}); fix: ${f.fixedVersion === null ? "none yet" : code(fixPhrase(f))}; ${f.status}, ${daysPhrase(f)}${f.deadline ? ` (deadline ${f.deadline})` : ""}.`
    },
    locations: primary ? [physical(primary.file, primary.line)] : [],
    partialFingerprints: { "patchwarden/v1": fingerprint(f, primary?.file ?? "") },
    properties: {
      "security-severity": severity,
      status: f.status,
      deadline: f.deadline,
      daysLeft: f.daysLeft,
      fixedVersion: f.fixedVersion,
      purl: f.component.purl,
      layer: f.component.layer
    }
  };
  if (f.upgrade) result.properties.upgrade = f.upgrade;
  if (others.length > 0) result.relatedLocations = others.map((l, i) => ({ id: i + 1, ...physical(l.file, l.line), message: { text: `also declared here (${f.component.version})` } }));
  if (f.status === "excepted" && f.exception) {
    result.suppressions = [{ kind: "external", status: "accepted", justification: `${f.exception.reason} (approved by ${f.exception.approvedBy}, expires ${f.exception.expires})` }];
  }
  return result;
}
function logWith(report, rules, results) {
  return {
    $schema: SARIF_SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: report.tool.name,
            version: report.tool.version,
            semanticVersion: report.tool.version,
            rules
          }
        },
        originalUriBaseIds: { "%SRCROOT%": { description: { text: "The repository root." } } },
        automationDetails: { id: `${report.tool.name}/${report.policy.name}/` },
        // A LazyArray stands where the results go: jsonChunks writes them one at a time.
        results,
        properties: {
          policy: `${report.policy.name}@${report.policy.version}`,
          policyDigest: report.policy.digest,
          now: report.now,
          coverage: coverageProperties(report)
        }
      }
    ]
  };
}
function buildSarif(report, opts = {}) {
  const { rules, indexes } = rulesOf(report.findings);
  return logWith(report, rules, report.findings.map((f, i) => resultFor(f, indexes[i], opts)));
}
function renderSarif(report, opts = {}) {
  return JSON.stringify(buildSarif(report, opts), null, 2) + "\n";
}
function* renderSarifChunks(report, opts = {}) {
  const { rules, indexes } = rulesOf(report.findings);
  const results = new LazyArray(function* () {
    for (const [i, f] of report.findings.entries()) yield resultFor(f, indexes[i], opts);
  });
  yield* jsonChunks(logWith(report, rules, results));
  yield "\n";
}

export {
  check,
  namedHelmValues,
  renderJson,
  renderJsonChunks,
  writeChunksToFile,
  coverageRows,
  coverageProperties,
  renderMarkdown,
  renderSarif,
  renderSarifChunks
};
