import { createRequire as __pwCreateRequire } from 'node:module';
const require = __pwCreateRequire(import.meta.url);
import {
  code,
  text
} from "./chunk-LOVFOCI6.js";
import {
  dayOf,
  daysInMonth,
  formatDay
} from "./chunk-S3NLYMJX.js";
import {
  TOOL_NAME,
  TOOL_VERSION
} from "./chunk-7BNRQPQI.js";

// src/audit/history.ts
function resolvedAt(life) {
  const last = life.episodes[life.episodes.length - 1];
  return last ? last.resolved : null;
}
function reopenCount(life) {
  return Math.max(0, life.episodes.length - 1);
}
function packagePurl(purl) {
  const cut = purl.search(/[@?#]/);
  return cut === -1 ? purl : purl.slice(0, cut);
}
function observe(f) {
  const out = {
    kind: f.kind,
    ecosystem: f.component.ecosystem,
    name: f.component.name,
    purl: packagePurl(f.component.purl),
    version: f.component.version,
    layer: f.component.layer,
    advisoryId: f.advisory.id,
    ids: [.../* @__PURE__ */ new Set([...f.ids, f.advisory.id, ...f.advisory.aliases])],
    summary: f.advisory.summary,
    published: f.advisory.published ? formatDayOrNull(f.advisory.published) : null,
    severity: f.severity,
    clockStart: f.clockStart,
    clockBasis: f.clockBasis,
    deadline: f.deadline,
    status: f.status,
    fixedVersion: f.fixedVersion,
    locations: f.locations
  };
  if (f.exception) out.exception = f.exception;
  return out;
}
function formatDayOrNull(value) {
  const d2 = dayOf(value);
  return d2 === void 0 ? null : formatDay(d2);
}
function buildLives(observations) {
  const byRepo = /* @__PURE__ */ new Map();
  for (const o of observations) {
    const list = byRepo.get(o.repository) ?? [];
    list.push(o);
    byRepo.set(o.repository, list);
  }
  const lives = [];
  for (const [repository, runs] of [...byRepo].sort(([a], [b]) => cmp(a, b))) {
    const sorted = dedupeDays(runs);
    const byId = /* @__PURE__ */ new Map();
    const open = /* @__PURE__ */ new Set();
    for (const run of sorted) {
      const seen = /* @__PURE__ */ new Set();
      for (const f of run.findings) {
        const pkg = `${repository}\0${f.ecosystem}\0${f.name.toLowerCase()}`;
        let life;
        for (const id of f.ids) {
          life = byId.get(`${pkg}\0${id}`);
          if (life) break;
        }
        if (life && seen.has(life)) {
          mergeLocations(life, f.locations);
          continue;
        }
        if (!life) {
          life = newLife(repository, run, f);
          lives.push(life);
        } else {
          update(life, run, f);
          if (!open.has(life)) life.episodes.push({ opened: run.day, resolved: null });
        }
        for (const id of f.ids) byId.set(`${pkg}\0${id}`, life);
        seen.add(life);
        life.samples.push({ day: run.day, status: f.status, deadline: f.deadline });
      }
      for (const life of open) {
        if (!seen.has(life)) {
          const ep = life.episodes[life.episodes.length - 1];
          if (ep) ep.resolved = run.day;
        }
      }
      open.clear();
      for (const life of seen) open.add(life);
    }
  }
  return lives;
}
function dedupeDays(runs) {
  const byDay = /* @__PURE__ */ new Map();
  for (const r of runs) byDay.set(r.day, r);
  return [...byDay.values()].sort((a, b) => cmp(a.day, b.day));
}
function newLife(repository, run, f) {
  const life = {
    key: [repository, f.ecosystem, f.name, f.advisoryId].join("\0"),
    repository,
    kind: f.kind,
    ecosystem: f.ecosystem,
    name: f.name,
    purl: f.purl,
    layer: f.layer,
    advisoryId: f.advisoryId,
    ids: [...f.ids],
    summary: f.summary,
    published: f.published,
    severity: f.severity,
    version: f.version,
    clockStart: f.clockStart,
    clockBasis: f.clockBasis,
    deadline: f.deadline,
    fixedVersion: f.fixedVersion,
    locations: [...f.locations],
    policy: run.policy,
    firstSeen: run.day,
    lastSeen: run.day,
    episodes: [{ opened: run.day, resolved: null }],
    samples: [],
    origin: "reports"
  };
  if (f.exception) life.exception = f.exception;
  return life;
}
function update(life, run, f) {
  life.lastSeen = run.day;
  life.advisoryId = f.advisoryId;
  life.severity = f.severity;
  life.version = f.version;
  life.clockStart = f.clockStart;
  life.clockBasis = f.clockBasis;
  life.deadline = f.deadline;
  life.fixedVersion = f.fixedVersion;
  life.locations = [...f.locations];
  life.policy = run.policy;
  life.summary = f.summary;
  if (f.published) life.published = f.published;
  if (f.exception) life.exception = f.exception;
  else delete life.exception;
  for (const id of f.ids) if (!life.ids.includes(id)) life.ids.push(id);
}
function mergeLocations(life, locations) {
  for (const l of locations) if (!life.locations.some((m) => m.file === l.file && m.line === l.line)) life.locations.push(l);
}
function cmp(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// src/audit/compute.ts
var AUDIT_SCHEMA_VERSION = 1;
var SEVERITIES = ["critical", "high", "medium", "low"];
var LAYERS = ["library", "runtime", "os"];
var AGE_BUCKETS = ["0-30", "31-90", "91-180", ">180"];
var day = (s) => dayOf(s);
function policyLabel(p) {
  return `${p.name}@${p.version} (${p.digest})`;
}
function exceptedAtDeadline(life) {
  let sample = life.samples[0];
  for (const s of life.samples) if (s.day <= life.deadline) sample = s;
  return sample?.status === "excepted";
}
function outcome(life, until) {
  if (life.deadline === null || life.firstSeen > until) return null;
  if (exceptedAtDeadline(life)) return "excepted";
  const deadline = life.deadline;
  const met = life.episodes.every((e2) => e2.opened > until || e2.resolved !== null && e2.resolved <= deadline);
  return met ? "met" : "missed";
}
function emptyCompliance() {
  return { due: 0, met: 0, missed: 0, excepted: 0, share: null };
}
function add(c, o) {
  if (o === "excepted") c.excepted++;
  else {
    c.due++;
    if (o === "met") c.met++;
    else c.missed++;
  }
  c.share = Math.round(c.met / c.due * 1e4) / 1e4;
}
function complianceOf(lives, from, to) {
  const c = emptyCompliance();
  for (const l of lives) {
    if (l.deadline === null || l.deadline < from || l.deadline > to) continue;
    const o = outcome(l, to);
    if (o) add(c, o);
  }
  return c;
}
function nearestRank(sorted, p) {
  if (sorted.length === 0) return null;
  return sorted[Math.max(1, Math.ceil(p * sorted.length)) - 1];
}
function resolutionIn(life, from, to) {
  let found = null;
  for (const e2 of life.episodes) if (e2.resolved !== null && e2.resolved >= from && e2.resolved <= to) found = e2.resolved;
  return found;
}
function openOn(life, d2) {
  return life.episodes.some((e2) => e2.opened <= d2 && (e2.resolved === null || e2.resolved > d2));
}
function sampleOn(life, d2) {
  let sample = void 0;
  for (const s of life.samples) if (s.day <= d2) sample = s;
  return sample;
}
function judge(life, d2) {
  const s = sampleOn(life, d2);
  const status = s?.status ?? "within";
  const deadline = s ? s.deadline : life.deadline;
  if (status === "excepted") return "excepted";
  if (status === "no-fix" || deadline === null) return "no-fix";
  if (deadline < d2) return "overdue";
  if (status === "due-soon" || status === "overdue") return "due-soon";
  return "within";
}
function ageBucket(days2) {
  return days2 <= 30 ? "0-30" : days2 <= 90 ? "31-90" : days2 <= 180 ? "91-180" : ">180";
}
function bySeverity(make) {
  return { critical: make(), high: make(), medium: make(), low: make() };
}
function firstLocation(life) {
  const l = life.locations[0];
  return l ? { file: l.file, line: l.line } : { file: null, line: null };
}
function computeAudit(input) {
  const { period, observations } = input;
  const { from, to } = period;
  const lives = input.lives.filter((l) => l.firstSeen <= to);
  const runsByRepo = /* @__PURE__ */ new Map();
  for (const o of observations) {
    if (o.day > to) continue;
    const list = runsByRepo.get(o.repository) ?? [];
    list.push(o);
    runsByRepo.set(o.repository, list);
  }
  const allDays = observations.map((o) => o.day).filter((d2) => d2 <= to);
  for (const l of lives) allDays.push(l.firstSeen);
  allDays.sort(cmp);
  const firstRun = allDays[0] ?? null;
  const overall = emptyCompliance();
  const sev = bySeverity(emptyCompliance);
  const layer = { library: emptyCompliance(), runtime: emptyCompliance(), os: emptyCompliance() };
  const outcomes = /* @__PURE__ */ new Map();
  for (const l of lives) {
    if (l.deadline === null || l.deadline < from || l.deadline > to) continue;
    const o = outcome(l, to);
    if (!o) continue;
    outcomes.set(l, o);
    add(overall, o);
    add(sev[l.severity], o);
    add(layer[l.layer], o);
  }
  const ttp = [];
  const daysToPatch = /* @__PURE__ */ new Map();
  for (const l of lives) {
    const r = resolutionIn(l, from, to);
    if (r !== null && l.clockStart !== null) daysToPatch.set(l, Math.max(0, day(r) - day(l.clockStart)));
  }
  for (const s of [...SEVERITIES, "all"]) {
    const chosen = [...daysToPatch].filter(([l]) => s === "all" || l.severity === s);
    const values = chosen.map(([, d2]) => d2).sort((a, b) => a - b);
    const allowed = lives.filter((l) => (s === "all" || l.severity === s) && l.clockStart !== null && l.deadline !== null).map((l) => day(l.deadline) - day(l.clockStart));
    ttp.push({ severity: s, resolved: values.length, medianDays: nearestRank(values, 0.5), p90Days: nearestRank(values, 0.9), policyDays: s === "all" ? null : mode(allowed) });
  }
  const openAtEnd = openOn_(lives, runsByRepo, to);
  const weekly = [];
  const monthly = [];
  if (firstRun !== null) {
    for (let w = 51; w >= 0; w--) {
      const d2 = formatDay(day(to) - 7 * w);
      if (d2 < firstRun) continue;
      weekly.push({ weekEnding: d2, openOverdue: openAtCount(lives, runsByRepo, d2) });
    }
    const y = Number(to.slice(0, 4));
    const m = Number(to.slice(5, 7));
    for (let k = 11; k >= 0; k--) {
      const idx = y * 12 + (m - 1) - k;
      const month = `${Math.floor(idx / 12)}-${String(idx % 12 + 1).padStart(2, "0")}`;
      const mFrom = `${month}-01`;
      const mTo = `${month}-${String(daysInMonth(Math.floor(idx / 12), idx % 12 + 1)).padStart(2, "0")}`;
      if (mTo < firstRun) continue;
      const c = complianceOf(lives, mFrom, mTo);
      monthly.push({ month, due: c.due, met: c.met, share: c.share });
    }
  }
  const repositories = [];
  const repoNames = /* @__PURE__ */ new Set([...runsByRepo.keys(), ...lives.map((l) => l.repository)]);
  for (const repo of [...repoNames].sort(cmp)) {
    const mine = lives.filter((l) => l.repository === repo);
    const runs = runsByRepo.get(repo) ?? [];
    const c = emptyCompliance();
    for (const l of mine) {
      const o = outcomes.get(l);
      if (o) add(c, o);
    }
    const last = runs.reduce((a, b) => a === void 0 || b.day >= a.day ? b : a, void 0);
    const open = openAt(mine, runsByRepo, to);
    repositories.push({
      repository: repo,
      runs: new Set(runs.map((r) => r.day)).size,
      lastRun: last?.day ?? (mine.length > 0 ? mine.map((l) => l.lastSeen).sort(cmp).at(-1) : null),
      policy: last ? policyLabel(last.policy) : mine[0] ? policyLabel(mine[0].policy) : null,
      compliance: c,
      open: open.length,
      overdue: open.filter((l) => judge(l, to) === "overdue").length
    });
  }
  const inPeriod = observations.filter((o) => o.day >= from && o.day <= to);
  const policies = /* @__PURE__ */ new Map();
  const notePolicy = (p, repo, run) => {
    const k = `${p.name}\0${p.version}\0${p.digest}`;
    const row = policies.get(k) ?? { ...p, runs: 0, repositories: 0, repos: /* @__PURE__ */ new Set() };
    if (run) row.runs++;
    row.repos.add(repo);
    policies.set(k, row);
  };
  for (const o of inPeriod) notePolicy(o.policy, o.repository, true);
  for (const l of lives) if (l.origin !== "reports" && l.lastSeen >= from) notePolicy(l.policy, l.repository, false);
  const policyRows = [...policies.values()].map(({ repos, ...row }) => ({ ...row, repositories: repos.size })).sort((a, b) => b.runs - a.runs || cmp(a.name, b.name) || cmp(a.version, b.version));
  return {
    schemaVersion: AUDIT_SCHEMA_VERSION,
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    period,
    history: {
      runs: observations.filter((o) => o.day <= to).length,
      repositories: repoNames.size,
      firstRun,
      lastRun: allDays.at(-1) ?? null,
      lives: lives.length,
      fromIssueBodies: lives.filter((l) => l.origin === "issue-body").length
    },
    policies: policyRows,
    compliance: { overall, bySeverity: sev, byLayer: layer },
    timeToPatch: ttp,
    openAtEnd,
    trend: { weekly, monthly },
    exceptions: exceptionsOf(inPeriod, lives, from, to),
    vendorLag: vendorLagOf(lives),
    coverage: coverageOf(inPeriod),
    repositories,
    lives: lives.map((l) => lifeRow(l, outcomes.get(l) ?? null, daysToPatch.get(l) ?? null)).sort((a, b) => cmp(a.repository, b.repository) || cmp(a.ecosystem, b.ecosystem) || cmp(a.name, b.name) || cmp(a.advisoryId, b.advisoryId)),
    problems: input.problems ?? []
  };
}
function mode(values) {
  if (values.length === 0) return null;
  const counts = /* @__PURE__ */ new Map();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0][0];
}
function openAt(lives, runsByRepo, d2) {
  const lastRun = /* @__PURE__ */ new Map();
  for (const [repo, runs] of runsByRepo) {
    let last;
    for (const r of runs) if (r.day <= d2 && (last === void 0 || r.day > last)) last = r.day;
    if (last !== void 0) lastRun.set(repo, last);
  }
  return lives.filter((l) => {
    if (l.origin === "reports") {
      const at = lastRun.get(l.repository);
      return at !== void 0 && openOn(l, at);
    }
    return openOn(l, d2);
  });
}
function openAtCount(lives, runsByRepo, d2) {
  return openAt(lives, runsByRepo, d2).filter((l) => judge(l, d2) === "overdue").length;
}
function openOn_(lives, runsByRepo, to) {
  const out = {
    asOf: to,
    open: 0,
    overdue: 0,
    overdueBySeverity: bySeverity(() => 0),
    overdueByAge: { "0-30": 0, "31-90": 0, "91-180": 0, ">180": 0 },
    dueSoon: 0,
    within: 0,
    noFix: 0,
    excepted: 0,
    oldestOverdue: []
  };
  const overdue = [];
  for (const l of openAt(lives, runsByRepo, to)) {
    out.open++;
    const j = judge(l, to);
    if (j === "overdue") {
      const deadline = sampleOn(l, to)?.deadline ?? l.deadline;
      const late = day(to) - day(deadline);
      out.overdue++;
      out.overdueBySeverity[l.severity]++;
      out.overdueByAge[ageBucket(late)]++;
      overdue.push({ repository: l.repository, ecosystem: l.ecosystem, name: l.name, version: l.version, advisoryId: l.advisoryId, severity: l.severity, layer: l.layer, deadline, daysOverdue: late, ...firstLocation(l) });
    } else if (j === "due-soon") out.dueSoon++;
    else if (j === "within") out.within++;
    else if (j === "no-fix") out.noFix++;
    else out.excepted++;
  }
  out.oldestOverdue = overdue.sort((a, b) => b.daysOverdue - a.daysOverdue || cmp(a.repository, b.repository) || cmp(a.name, b.name) || cmp(a.advisoryId, b.advisoryId)).slice(0, 10);
  return out;
}
function exceptionsOf(runs, lives, from, to) {
  const rows = /* @__PURE__ */ new Map();
  const note = (repository, target, e2, wasInForce) => {
    const expires = e2.expires.slice(0, 10);
    let state;
    if (expires >= from && expires <= to) state = "expired";
    else if (wasInForce && expires > to) state = "in-force";
    else return;
    rows.set([repository, target, e2.reason, e2.approvedBy, expires].join("\0"), { repository, target, reason: e2.reason, approvedBy: e2.approvedBy, expires, state });
  };
  for (const r of runs) for (const e2 of r.exceptions) note(r.repository, e2.target, e2, e2.state !== "expired");
  for (const l of lives) {
    if (l.origin === "reports" || !l.exception) continue;
    if (l.firstSeen > to || resolvedAt(l) !== null && resolvedAt(l) < from) continue;
    note(l.repository, `${l.advisoryId} ${l.name}`, l.exception, true);
  }
  return [...rows.values()].sort((a, b) => cmp(a.state, b.state) || cmp(a.expires, b.expires) || cmp(a.repository, b.repository) || cmp(a.target, b.target));
}
function vendorLagOf(lives) {
  const rows = /* @__PURE__ */ new Map();
  for (const l of lives) {
    if (l.clockBasis !== "fix-release" || l.clockStart === null || l.published === null) continue;
    const k = `${l.ecosystem}\0${l.name}\0${l.advisoryId}`;
    const row = rows.get(k) ?? { ecosystem: l.ecosystem, name: l.name, advisoryId: l.advisoryId, published: l.published, fixReleased: l.clockStart, days: Math.max(0, day(l.clockStart) - day(l.published)), repositories: 0, repos: /* @__PURE__ */ new Set() };
    row.repos.add(l.repository);
    rows.set(k, row);
  }
  return [...rows.values()].map(({ repos, ...r }) => ({ ...r, repositories: repos.size })).sort((a, b) => b.days - a.days || cmp(a.ecosystem, b.ecosystem) || cmp(a.name, b.name) || cmp(a.advisoryId, b.advisoryId));
}
function coverageOf(runs) {
  const gaps = /* @__PURE__ */ new Map();
  let withCoverage = 0;
  for (const r of runs) {
    if (r.coverage === void 0) continue;
    withCoverage++;
    for (const e2 of coverageEntries(r.coverage)) {
      const state = typeof e2.state === "string" ? e2.state : null;
      if (state === null || state === "checked") continue;
      const gap = {
        repository: r.repository,
        ecosystem: typeof e2.ecosystem === "string" ? e2.ecosystem : null,
        layer: typeof e2.layer === "string" ? e2.layer : null,
        state,
        detail: typeof e2.gap === "string" ? e2.gap : typeof e2.reason === "string" ? e2.reason : typeof e2.detail === "string" ? e2.detail : typeof e2.message === "string" ? e2.message : null
      };
      gaps.set([gap.repository, gap.ecosystem, gap.layer, gap.state].join("\0"), gap);
    }
  }
  return {
    runsInPeriod: runs.length,
    runsWithCoverage: withCoverage,
    gaps: [...gaps.values()].sort((a, b) => cmp(a.repository, b.repository) || cmp(a.ecosystem ?? "", b.ecosystem ?? "") || cmp(a.layer ?? "", b.layer ?? ""))
  };
}
function coverageEntries(c) {
  const isObj = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
  if (Array.isArray(c)) return c.filter(isObj);
  if (!isObj(c)) return [];
  for (const key of ["entries", "ecosystems", "byEcosystem", "items"]) {
    const v = c[key];
    if (Array.isArray(v)) return v.filter(isObj);
    if (isObj(v)) return Object.entries(v).filter(([, e2]) => isObj(e2)).map(([k, e2]) => ({ ecosystem: k, ...e2 }));
  }
  return [];
}
function lifeRow(l, o, daysToPatch) {
  return {
    repository: l.repository,
    ecosystem: l.ecosystem,
    name: l.name,
    purl: l.purl,
    version: l.version,
    layer: l.layer,
    kind: l.kind,
    advisoryId: l.advisoryId,
    aliases: l.ids.filter((i) => i !== l.advisoryId),
    severity: l.severity,
    clockStart: l.clockStart,
    clockBasis: l.clockBasis,
    deadline: l.deadline,
    firstSeen: l.firstSeen,
    lastSeen: l.lastSeen,
    resolved: resolvedAt(l),
    reopened: reopenCount(l),
    outcome: o,
    daysToPatch,
    exception: l.exception ? { reason: l.exception.reason, approvedBy: l.exception.approvedBy, expires: l.exception.expires } : null,
    ...firstLocation(l),
    policy: policyLabel(l.policy),
    origin: l.origin
  };
}

// src/audit/csv.ts
var COLUMNS = [
  { head: "repository", cell: (r) => r.repository },
  { head: "ecosystem", cell: (r) => r.ecosystem },
  { head: "package", cell: (r) => r.name },
  { head: "version", cell: (r) => r.version },
  { head: "purl", cell: (r) => r.purl },
  { head: "layer", cell: (r) => r.layer },
  { head: "kind", cell: (r) => r.kind },
  { head: "advisory", cell: (r) => r.advisoryId },
  { head: "aliases", cell: (r) => r.aliases.join(" ") },
  { head: "severity", cell: (r) => r.severity },
  { head: "clock_start", cell: (r) => r.clockStart },
  { head: "clock_basis", cell: (r) => r.clockBasis },
  { head: "deadline", cell: (r) => r.deadline },
  { head: "first_seen", cell: (r) => r.firstSeen },
  { head: "last_seen", cell: (r) => r.lastSeen },
  { head: "resolved", cell: (r) => r.resolved },
  { head: "reopened", cell: (r) => r.reopened },
  { head: "outcome", cell: (r) => r.outcome },
  { head: "days_to_patch", cell: (r) => r.daysToPatch },
  { head: "exception_reason", cell: (r) => r.exception?.reason ?? null },
  { head: "exception_approver", cell: (r) => r.exception?.approvedBy ?? null },
  { head: "exception_expires", cell: (r) => r.exception?.expires ?? null },
  { head: "file", cell: (r) => r.file },
  { head: "line", cell: (r) => r.line },
  { head: "policy", cell: (r) => r.policy },
  { head: "origin", cell: (r) => r.origin }
];
function csvCell(value) {
  if (value === null) return "";
  let s = String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
function renderAuditCsv(a) {
  const lines = [COLUMNS.map((c) => c.head).join(",")];
  for (const r of a.lives) lines.push(COLUMNS.map((c) => csvCell(c.cell(r))).join(","));
  return lines.join("\r\n") + "\r\n";
}

// src/audit/markdown.ts
var MAX_ROWS = 50;
function percent(share) {
  return share === null ? "\u2013" : `${(share * 100).toFixed(1)}%`;
}
function complianceCells(c) {
  return `${percent(c.share)} | ${c.met} | ${c.missed} | ${c.excepted}`;
}
function table(head, rows) {
  return [`| ${head.join(" | ")} |`, `| ${head.map(() => "---").join(" | ")} |`, ...rows.map((r) => `| ${r.join(" | ")} |`)].join("\n");
}
function capped(rows, what, render) {
  const shown = rows.slice(0, MAX_ROWS);
  const more2 = rows.length > MAX_ROWS ? `

${rows.length - MAX_ROWS} more ${what} are in the CSV and JSON outputs.` : "";
  return render(shown) + more2;
}
function auditTitle(a) {
  return `Patch audit ${a.period.label}`;
}
function renderAuditMarkdown(a) {
  const out = [];
  const h = a.history;
  out.push(`# ${auditTitle(a)}`);
  out.push(
    `Period ${a.period.from} to ${a.period.to}. History: ${h.runs} runs of ${h.repositories} ${h.repositories === 1 ? "repository" : "repositories"}` + (h.firstRun ? ` from ${h.firstRun} to ${h.lastRun}` : "") + `, ${h.lives} findings followed` + (h.fromIssueBodies > 0 ? ` (${h.fromIssueBodies} read from issue text only, without the data block: their clock and deadline may be missing)` : "") + "."
  );
  if (a.policies.length > 0) {
    out.push(`Judged by ${a.policies.map((p) => `${code(`${p.name}@${p.version}`)} (${code(p.digest)}, ${p.runs} runs)`).join(", ")}.`);
  }
  out.push("## SLA compliance", "Of the findings whose deadline fell in the period, the share resolved by their deadline.");
  const head = ["", "Compliance", "Met", "Missed", "Excepted"];
  out.push(
    table(head, [
      ["**Overall**", complianceCells(a.compliance.overall)],
      ...SEVERITIES.map((s) => [s, complianceCells(a.compliance.bySeverity[s])]),
      ...LAYERS.map((l) => [`${l} layer`, complianceCells(a.compliance.byLayer[l])])
    ])
  );
  out.push("## Time to patch", "Days from clock start (fix available) to resolution, for findings resolved in the period.");
  out.push(
    table(
      ["Severity", "Resolved", "Median", "90th percentile", "Policy deadline"],
      a.timeToPatch.map((t) => [t.severity, String(t.resolved), days(t.medianDays), days(t.p90Days), days(t.policyDays)])
    )
  );
  const o = a.openAtEnd;
  out.push(`## Open on ${o.asOf}`);
  out.push(`${o.open} open: **${o.overdue} overdue**, ${o.dueSoon} due soon, ${o.within} within deadline, ${o.noFix} with no fix yet, ${o.excepted} excepted.`);
  out.push(table(["Overdue by", ...SEVERITIES], [["severity", ...SEVERITIES.map((s) => String(o.overdueBySeverity[s]))]]));
  out.push(table(["Days past deadline", ...AGE_BUCKETS.map((b) => b === ">180" ? "over 180" : b)], [["findings", ...AGE_BUCKETS.map((b) => String(o.overdueByAge[b]))]]));
  if (o.oldestOverdue.length > 0) {
    out.push("### Oldest overdue");
    out.push(
      table(
        ["Days overdue", "Severity", "Package", "Advisory", "Where", ...h.repositories > 1 ? ["Repository"] : []],
        o.oldestOverdue.map((r) => [
          String(r.daysOverdue),
          r.severity,
          code(`${r.name}@${r.version}`),
          code(r.advisoryId),
          r.file ? code(`${r.file}:${r.line}`) : "",
          ...h.repositories > 1 ? [code(r.repository)] : []
        ])
      )
    );
  }
  out.push("## Trend");
  if (a.trend.monthly.length > 0) {
    out.push(table(["Month", ...a.trend.monthly.map((m) => m.month)], [["Compliance", ...a.trend.monthly.map((m) => `${percent(m.share)} (${m.met}/${m.due})`)]]));
  }
  if (a.trend.weekly.length > 0) {
    out.push(table(["Week ending", "Open overdue"], a.trend.weekly.map((w) => [w.weekEnding, String(w.openOverdue)])));
  }
  if (a.trend.monthly.length === 0 && a.trend.weekly.length === 0) out.push("No run before the period end.");
  out.push("## Exceptions");
  if (a.exceptions.length === 0) out.push("No exception was in force or expired in the period.");
  else {
    out.push(
      capped(
        a.exceptions,
        "exceptions",
        (rows) => table(
          ["State", "Target", "Reason", "Approved by", "Expires", ...h.repositories > 1 ? ["Repository"] : []],
          rows.map((e2) => [e2.state === "expired" ? "**expired**" : "in force", code(e2.target), text(e2.reason), text(e2.approvedBy), e2.expires, ...h.repositories > 1 ? [code(e2.repository)] : []])
        )
      )
    );
  }
  out.push("## Vendor lag", "Days from the advisory's publication to the release of its fix, slowest first.");
  if (a.vendorLag.length === 0) out.push("No finding had a known fix release date.");
  else {
    out.push(
      capped(
        a.vendorLag,
        "packages",
        (rows) => table(["Days", "Package", "Advisory", "Published", "Fix released", "Repositories"], rows.map((v) => [String(v.days), code(`${v.ecosystem}/${v.name}`), code(v.advisoryId), v.published, v.fixReleased, String(v.repositories)]))
      )
    );
  }
  out.push("## Coverage");
  const c = a.coverage;
  const without = c.runsInPeriod - c.runsWithCoverage;
  out.push(`${c.runsInPeriod} runs in the period; ${c.runsWithCoverage} recorded what they checked` + (without > 0 ? `, ${without} did not (their reports predate the coverage block).` : "."));
  if (c.gaps.length > 0) {
    out.push(
      capped(
        c.gaps,
        "gaps",
        (rows) => table(["Repository", "Ecosystem", "Layer", "State", "Detail"], rows.map((g) => [code(g.repository), g.ecosystem ? code(g.ecosystem) : "", g.layer ? code(g.layer) : "", code(g.state), g.detail ? text(g.detail) : ""]))
      )
    );
  } else if (c.runsWithCoverage > 0) out.push("Everything in scope was checked.");
  if (a.repositories.length > 1) {
    out.push("## Repositories");
    out.push(
      capped(
        a.repositories,
        "repositories",
        (rows) => table(["Repository", "Runs", "Last run", "Compliance", "Met", "Missed", "Excepted", "Open", "Overdue"], rows.map((r) => [code(r.repository), String(r.runs), r.lastRun ?? "", complianceCells(r.compliance), String(r.open), String(r.overdue)]))
      )
    );
  }
  const errors = a.problems.filter((p) => p.level === "error").length;
  if (errors > 0) out.push(`**${errors} history ${errors === 1 ? "record" : "records"} could not be read**; see the JSON output's problems.`);
  out.push(`<sub>${a.tool.name} ${a.tool.version}. Definitions: the README's "Patch audit" section.</sub>`);
  return out.join("\n\n") + "\n";
}
function days(n) {
  return n === null ? "\u2013" : `${n} d`;
}

// src/audit/html.ts
var MAX_ROWS2 = 200;
function escapeHtml(value) {
  return value.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
}
var e = escapeHtml;
function barChart(id, title, bars, max) {
  const rowH = 22;
  const labelW = 120;
  const width = 520;
  const plotW = width - labelW - 110;
  const top = Math.max(max ?? 0, ...bars.map((b) => Math.max(b.value, b.mark ?? 0)), 1);
  const height = bars.length * rowH + 10;
  const rows = bars.map((b, i) => {
    const y = 5 + i * rowH;
    const w = Math.round(b.value / top * plotW);
    const mark = b.mark !== void 0 && b.mark !== null ? `<line class="mark" x1="${labelW + Math.round(b.mark / top * plotW)}" x2="${labelW + Math.round(b.mark / top * plotW)}" y1="${y}" y2="${y + rowH - 6}"/>` : "";
    return `<text x="${labelW - 6}" y="${y + 12}" text-anchor="end">${e(b.label)}</text><rect class="${b.tone ?? "neutral"}" x="${labelW}" y="${y}" width="${w}" height="${rowH - 6}"/>` + mark + `<text x="${labelW + Math.max(w, b.mark ? Math.round(b.mark / top * plotW) : 0) + 5}" y="${y + 12}">${e(b.text ?? String(b.value))}</text>`;
  });
  return `<figure class="chart" id="${id}"><figcaption>${e(title)}</figcaption><svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${e(title)}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">${rows.join("")}</svg></figure>`;
}
function columnChart(id, title, points, max) {
  const width = 520;
  const height = 170;
  const base = 140;
  const n = Math.max(points.length, 1);
  const slot = (width - 52) / n;
  const top = Math.max(max ?? 0, ...points.map((p) => p.value), 1);
  const every = Math.ceil(n / 12);
  const cols = points.map((p, i) => {
    const h = Math.round(p.value / top * (base - 20));
    const x = 44 + i * slot;
    const label = i % every === 0 || i === n - 1 ? `<text class="axis" x="${x + slot / 2}" y="${base + 14}" text-anchor="middle">${e(p.label)}</text>` : "";
    return `<rect class="neutral" x="${x + 2}" y="${base - h}" width="${Math.max(1, slot - 4)}" height="${h}"><title>${e(`${p.label}: ${p.text}`)}</title></rect>${label}`;
  });
  return `<figure class="chart" id="${id}"><figcaption>${e(title)}</figcaption><svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${e(title)}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}"><line class="axis-line" x1="42" x2="${width - 8}" y1="${base}" y2="${base}"/><text class="axis" x="38" y="${base - (base - 20) + 4}" text-anchor="end">${e(max !== void 0 ? "100%" : String(top))}</text><text class="axis" x="38" y="${base}" text-anchor="end">0</text>${cols.join("")}</svg></figure>`;
}
function table2(head, rows, caption) {
  const cap = caption ? `<caption>${e(caption)}</caption>` : "";
  return `<table>${cap}<thead><tr>${head.map((h) => `<th>${e(h)}</th>`).join("")}</tr></thead><tbody>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join("")}</tr>`).join("")}</tbody></table>`;
}
function more(total) {
  return total > MAX_ROWS2 ? `<p class="note">${total - MAX_ROWS2} more rows are in the CSV and JSON outputs.</p>` : "";
}
function complianceRow(label, c) {
  return [e(label), percent(c.share), String(c.met), String(c.missed), String(c.excepted)];
}
var STYLE = `
:root { --good: #2e7d32; --bad: #c62828; --neutral: #1565c0; --ink: #1b1b1b; --muted: #5f6368; }
* { box-sizing: border-box; }
body { font: 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; color: var(--ink); margin: 24px auto; max-width: 960px; padding: 0 16px; }
h1 { font-size: 22px; margin: 0 0 4px; } h2 { font-size: 16px; margin: 24px 0 8px; border-bottom: 1px solid #ddd; padding-bottom: 2px; }
p.meta, p.note { color: var(--muted); margin: 4px 0; }
table { border-collapse: collapse; width: 100%; margin: 6px 0 12px; }
th, td { border: 1px solid #d0d7de; padding: 3px 6px; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
th { background: #f3f4f6; } caption { text-align: left; font-weight: 600; padding: 4px 0; }
td:first-child { white-space: nowrap; }
.charts { display: flex; flex-wrap: wrap; gap: 12px; }
figure.chart { margin: 0; border: 1px solid #e5e7eb; padding: 8px; }
figcaption { font-weight: 600; margin-bottom: 4px; }
svg text { font: 11px system-ui, "DejaVu Sans", sans-serif; fill: var(--ink); } svg text.axis { fill: var(--muted); font-size: 10px; }
svg rect.good { fill: var(--good); } svg rect.bad { fill: var(--bad); } svg rect.neutral { fill: var(--neutral); }
svg line.mark { stroke: var(--ink); stroke-width: 2; stroke-dasharray: 3 2; } svg line.axis-line { stroke: #999; }
.kpis { display: flex; gap: 12px; flex-wrap: wrap; margin: 12px 0; }
.kpi { border: 1px solid #d0d7de; padding: 8px 12px; min-width: 140px; } .kpi b { display: block; font-size: 20px; }
code { font: 12px ui-monospace, "DejaVu Sans Mono", monospace; }
@page { size: A4; margin: 14mm 12mm; }
@media print {
  body { margin: 0; max-width: none; padding: 0; font-size: 10.5px; }
  h2 { break-after: avoid; }
  figure.chart, .kpis { break-inside: avoid; }
  thead { display: table-header-group; }
  tr { break-inside: avoid; }
  svg { max-width: 100%; height: auto; }
}
`;
function renderAuditHtml(a) {
  const o = a.openAtEnd;
  const h = a.history;
  const multi = a.repositories.length > 1;
  const parts = [];
  parts.push(`<h1>${e(auditTitle(a))}</h1>`);
  parts.push(
    `<p class="meta">Period ${e(a.period.from)} to ${e(a.period.to)} \xB7 ${h.runs} runs of ${h.repositories} ${h.repositories === 1 ? "repository" : "repositories"}` + (h.firstRun ? ` from ${e(h.firstRun)} to ${e(h.lastRun ?? "")}` : "") + ` \xB7 ${h.lives} findings followed` + (h.fromIssueBodies > 0 ? ` (${h.fromIssueBodies} read from issue text only)` : "") + "</p>"
  );
  if (a.policies.length > 0) parts.push(`<p class="meta">Judged by ${a.policies.map((p) => `<code>${e(`${p.name}@${p.version}`)}</code> (<code>${e(p.digest)}</code>, ${p.runs} runs)`).join(", ")}</p>`);
  parts.push(
    `<div class="kpis"><div class="kpi"><b>${percent(a.compliance.overall.share)}</b>SLA compliance (${a.compliance.overall.met} of ${a.compliance.overall.due})</div><div class="kpi"><b>${o.overdue}</b>overdue on ${e(o.asOf)}</div><div class="kpi"><b>${a.timeToPatch.find((t) => t.severity === "all")?.medianDays ?? "\u2013"} d</b>median time to patch</div><div class="kpi"><b>${a.exceptions.filter((x) => x.state === "in-force").length}</b>exceptions in force</div></div>`
  );
  parts.push('<h2>SLA compliance</h2><p class="note">Of the findings whose deadline fell in the period, the share resolved by their deadline.</p>');
  parts.push('<div class="charts">');
  parts.push(
    barChart(
      "chart-compliance",
      "Compliance by severity",
      SEVERITIES.map((s) => {
        const c2 = a.compliance.bySeverity[s];
        return { label: s, value: Math.round((c2.share ?? 0) * 100), text: c2.due === 0 ? "nothing due" : `${percent(c2.share)} (${c2.met}/${c2.due})`, tone: c2.share === null || c2.share >= 0.9 ? "good" : "bad" };
      }),
      100
    )
  );
  parts.push(
    barChart(
      "chart-ttp",
      "Median days to patch (dashes: policy deadline)",
      a.timeToPatch.filter((t) => t.severity !== "all").map((t) => ({ label: t.severity, value: t.medianDays ?? 0, text: t.medianDays === null ? "none resolved" : `${t.medianDays} d`, mark: t.policyDays, tone: t.medianDays !== null && t.policyDays !== null && t.medianDays > t.policyDays ? "bad" : "good" }))
    )
  );
  parts.push("</div>");
  parts.push(
    table2(
      ["", "Compliance", "Met", "Missed", "Excepted"],
      [complianceRow("Overall", a.compliance.overall), ...SEVERITIES.map((s) => complianceRow(s, a.compliance.bySeverity[s])), ...LAYERS.map((l) => complianceRow(`${l} layer`, a.compliance.byLayer[l]))],
      "SLA compliance"
    )
  );
  parts.push("<h2>Time to patch</h2>");
  parts.push(
    table2(
      ["Severity", "Resolved", "Median (days)", "90th percentile (days)", "Policy deadline (days)"],
      a.timeToPatch.map((t) => [e(t.severity), String(t.resolved), d(t.medianDays), d(t.p90Days), d(t.policyDays)]),
      "Days from clock start (fix available) to resolution"
    )
  );
  parts.push(`<h2>Open on ${e(o.asOf)}</h2>`);
  parts.push(`<p>${o.open} open: <b>${o.overdue} overdue</b>, ${o.dueSoon} due soon, ${o.within} within deadline, ${o.noFix} with no fix yet, ${o.excepted} excepted.</p>`);
  parts.push('<div class="charts">');
  parts.push(barChart("chart-aging", "Overdue by days past deadline", AGE_BUCKETS.map((b) => ({ label: b === ">180" ? "over 180" : b, value: o.overdueByAge[b], tone: "bad" }))));
  parts.push(barChart("chart-overdue-severity", "Overdue by severity", SEVERITIES.map((s) => ({ label: s, value: o.overdueBySeverity[s], tone: "bad" }))));
  parts.push("</div>");
  if (o.oldestOverdue.length > 0) {
    parts.push(
      table2(
        ["Days overdue", "Severity", "Package", "Advisory", "Where", ...multi ? ["Repository"] : []],
        o.oldestOverdue.map((r) => [String(r.daysOverdue), e(r.severity), `<code>${e(`${r.name}@${r.version}`)}</code>`, `<code>${e(r.advisoryId)}</code>`, r.file ? `<code>${e(`${r.file}:${r.line}`)}</code>` : "", ...multi ? [`<code>${e(r.repository)}</code>`] : []]),
        "Oldest overdue"
      )
    );
  }
  parts.push('<h2>Trend</h2><div class="charts">');
  parts.push(columnChart("chart-weekly", "Open overdue, week by week", a.trend.weekly.map((w) => ({ label: w.weekEnding.slice(5), value: w.openOverdue, text: `${w.openOverdue} overdue` }))));
  parts.push(columnChart("chart-monthly", "Compliance, month by month", a.trend.monthly.map((m) => ({ label: m.month, value: Math.round((m.share ?? 0) * 100), text: m.due === 0 ? "nothing due" : `${percent(m.share)} (${m.met}/${m.due})` })), 100));
  parts.push("</div>");
  if (a.trend.monthly.length > 0) parts.push(table2(["Month", "Due", "Met", "Compliance"], a.trend.monthly.map((m) => [e(m.month), String(m.due), String(m.met), percent(m.share)]), "Compliance by month"));
  parts.push("<h2>Exceptions</h2>");
  parts.push(
    a.exceptions.length === 0 ? "<p>No exception was in force or expired in the period.</p>" : table2(
      ["State", "Target", "Reason", "Approved by", "Expires", ...multi ? ["Repository"] : []],
      a.exceptions.slice(0, MAX_ROWS2).map((x) => [x.state === "expired" ? "<b>expired</b>" : "in force", `<code>${e(x.target)}</code>`, e(x.reason), e(x.approvedBy), e(x.expires), ...multi ? [`<code>${e(x.repository)}</code>`] : []])
    ) + more(a.exceptions.length)
  );
  parts.push(`<h2>Vendor lag</h2><p class="note">Days from the advisory's publication to the release of its fix, slowest first.</p>`);
  parts.push(
    a.vendorLag.length === 0 ? "<p>No finding had a known fix release date.</p>" : table2(["Days", "Package", "Advisory", "Published", "Fix released", "Repositories"], a.vendorLag.slice(0, MAX_ROWS2).map((v) => [String(v.days), `<code>${e(`${v.ecosystem}/${v.name}`)}</code>`, `<code>${e(v.advisoryId)}</code>`, e(v.published), e(v.fixReleased), String(v.repositories)])) + more(a.vendorLag.length)
  );
  const c = a.coverage;
  parts.push("<h2>Coverage</h2>");
  parts.push(`<p>${c.runsInPeriod} runs in the period; ${c.runsWithCoverage} recorded what they checked${c.runsInPeriod > c.runsWithCoverage ? `, ${c.runsInPeriod - c.runsWithCoverage} did not (their reports predate the coverage block)` : ""}.</p>`);
  if (c.gaps.length > 0) {
    parts.push(table2(["Repository", "Ecosystem", "Layer", "State", "Detail"], c.gaps.slice(0, MAX_ROWS2).map((g) => [`<code>${e(g.repository)}</code>`, e(g.ecosystem ?? ""), e(g.layer ?? ""), e(g.state), e(g.detail ?? "")])) + more(c.gaps.length));
  }
  if (multi) {
    parts.push("<h2>Repositories</h2>");
    parts.push(
      table2(
        ["Repository", "Runs", "Last run", "Compliance", "Met", "Missed", "Excepted", "Open", "Overdue"],
        a.repositories.slice(0, MAX_ROWS2).map((r) => [`<code>${e(r.repository)}</code>`, String(r.runs), e(r.lastRun ?? ""), ...complianceRow("", r.compliance).slice(1), String(r.open), String(r.overdue)])
      ) + more(a.repositories.length)
    );
  }
  parts.push(`<p class="note">${e(`${a.tool.name} ${a.tool.version}`)}. Every figure is defined in the README's "Patch audit" section.</p>`);
  return [
    "<!DOCTYPE html>",
    '<html lang="en"><head><meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${e(auditTitle(a))}</title>`,
    `<style>${STYLE}</style></head><body>`,
    ...parts,
    "</body></html>",
    ""
  ].join("\n");
}
function d(n) {
  return n === null ? "\u2013" : String(n);
}

// src/audit/json.ts
function renderAuditJson(a) {
  return JSON.stringify(a, null, 2) + "\n";
}

// src/audit/reports.ts
import { lstatSync, readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
var REPORT_LIMITS = {
  maxFiles: 5e4,
  maxDepth: 8,
  maxFileBytes: 256 * 1024 * 1024
};
var ORIGIN = "audit/reports";
function readReports(dir) {
  const out = { observations: [], problems: [], skipped: 0 };
  const files = [];
  walk(dir, dir, 0, files, out.problems);
  files.sort();
  for (const file of files) {
    const rel = relative(dir, file).split(sep).join("/");
    let text2;
    try {
      const size = lstatSync(file).size;
      if (size > REPORT_LIMITS.maxFileBytes) {
        out.problems.push({ level: "warning", origin: ORIGIN, file: rel, message: `skipped: ${size} bytes is over the ${REPORT_LIMITS.maxFileBytes}-byte limit for a report` });
        continue;
      }
      text2 = readFileSync(file, "utf8");
    } catch (e2) {
      out.problems.push({ level: "error", origin: ORIGIN, file: rel, message: `cannot read: ${e2.message}` });
      continue;
    }
    const parsed = parseReport(text2, rel);
    if ("problem" in parsed) {
      if (parsed.problem.level === "notice") out.skipped++;
      out.problems.push(parsed.problem);
    } else out.observations.push(parsed.observation);
  }
  return out;
}
function walk(root, dir, depth, files, problems) {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (e2) {
    problems.push({ level: "error", origin: ORIGIN, file: relative(root, dir) || ".", message: `cannot list: ${e2.message}` });
    return;
  }
  entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  for (const e2 of entries) {
    const path = join(dir, e2.name);
    if (e2.isDirectory()) {
      if (depth + 1 > REPORT_LIMITS.maxDepth) {
        problems.push({ level: "warning", origin: ORIGIN, file: relative(root, path), message: `not entered: deeper than ${REPORT_LIMITS.maxDepth} folders` });
        continue;
      }
      walk(root, path, depth + 1, files, problems);
    } else if (e2.isFile() && e2.name.endsWith(".json")) {
      if (files.length >= REPORT_LIMITS.maxFiles) {
        problems.push({ level: "error", origin: ORIGIN, file: relative(root, path), message: `stopped: more than ${REPORT_LIMITS.maxFiles} JSON files under the reports folder` });
        return;
      }
      files.push(path);
    }
  }
}
function parseReport(text2, file) {
  let data;
  try {
    data = JSON.parse(text2);
  } catch (e2) {
    return { problem: { level: "error", origin: ORIGIN, file, message: `not valid JSON: ${e2.message}` } };
  }
  const bad = (message) => ({ problem: { level: "error", origin: ORIGIN, file, message } });
  if (!isObject(data) || !("findings" in data) || !isObject(data.tool) || data.tool.name !== "patchwarden") {
    return { problem: { level: "notice", origin: ORIGIN, file, message: 'skipped: not a patchwarden JSON report (expected tool.name "patchwarden" and findings)' } };
  }
  if (data.schemaVersion !== 1) return bad(`expected schemaVersion 1, got ${JSON.stringify(data.schemaVersion)}`);
  const day2 = typeof data.now === "string" ? dayOf(data.now) : void 0;
  if (day2 === void 0) return bad(`now: expected an ISO date-time, got ${JSON.stringify(data.now)}`);
  if (!Array.isArray(data.findings)) return bad("findings: expected an array");
  const policy = data.policy;
  if (!isObject(policy) || typeof policy.name !== "string" || typeof policy.version !== "string" || typeof policy.digest !== "string") {
    return bad("policy: expected name, version and digest");
  }
  const repository = typeof data.repository === "string" && data.repository !== "" ? data.repository : typeof data.root === "string" ? data.root : void 0;
  if (repository === void 0) return bad("root: expected the scanned folder (or repository: the repository name)");
  const findings = [];
  for (const [i, f] of data.findings.entries()) {
    const why = findingProblem(f);
    if (why) return bad(`findings[${i}]: ${why}`);
    findings.push(observe(f));
  }
  const observation = {
    repository,
    day: formatDay(day2),
    policy: { apiVersion: typeof policy.apiVersion === "string" ? policy.apiVersion : "", name: policy.name, version: policy.version, digest: policy.digest },
    findings,
    exceptions: Array.isArray(data.exceptions) ? data.exceptions.filter((e2) => isObject(e2) && typeof e2.expires === "string") : [],
    source: file
  };
  if ("coverage" in data && data.coverage !== void 0) observation.coverage = data.coverage;
  return { observation };
}
var STATUSES = /* @__PURE__ */ new Set(["overdue", "due-soon", "within", "no-fix", "excepted", "unknown-clock"]);
var SEVERITIES2 = /* @__PURE__ */ new Set(["critical", "high", "medium", "low"]);
var LAYERS2 = /* @__PURE__ */ new Set(["os", "runtime", "library"]);
function findingProblem(f) {
  if (!isObject(f)) return "expected an object";
  const c = f.component;
  if (!isObject(c) || typeof c.ecosystem !== "string" || typeof c.name !== "string" || typeof c.purl !== "string" || typeof c.version !== "string") {
    return "component: expected ecosystem, name, version and purl";
  }
  if (!LAYERS2.has(c.layer)) return `component.layer: expected os, runtime or library, got ${JSON.stringify(c.layer)}`;
  const a = f.advisory;
  if (!isObject(a) || typeof a.id !== "string" || !Array.isArray(a.aliases)) return "advisory: expected id and aliases";
  if (!Array.isArray(f.ids) || !f.ids.every((x) => typeof x === "string")) return "ids: expected a list of advisory ids";
  if (!SEVERITIES2.has(f.severity)) return `severity: expected critical, high, medium or low, got ${JSON.stringify(f.severity)}`;
  if (!STATUSES.has(f.status)) return `status: unknown status ${JSON.stringify(f.status)}`;
  for (const k of ["clockStart", "deadline"]) {
    const v = f[k];
    if (v !== null && (typeof v !== "string" || dayOf(v) === void 0)) return `${k}: expected YYYY-MM-DD or null, got ${JSON.stringify(v)}`;
  }
  if (!Array.isArray(f.locations)) return "locations: expected a list";
  return void 0;
}
function isObject(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

// src/audit/index.ts
var AUDIT_FORMATS = ["markdown", "html", "csv", "json"];
var SINKS = {
  markdown: renderAuditMarkdown,
  html: renderAuditHtml,
  csv: renderAuditCsv,
  json: renderAuditJson
};
function renderAudit(a, format) {
  return SINKS[format](a);
}
function historyFromReports(dir) {
  const read = readReports(dir);
  return { observations: read.observations, lives: buildLives(read.observations), problems: read.problems };
}
function joinHistories(parts) {
  return { observations: parts.flatMap((p) => p.observations), lives: parts.flatMap((p) => p.lives), problems: parts.flatMap((p) => p.problems) };
}
function audit(history, period) {
  return computeAudit({ period, lives: history.lives, observations: history.observations, problems: history.problems });
}

// src/audit/period.ts
function parsePeriod(spec) {
  if (spec.period !== void 0) {
    if (spec.from !== void 0 || spec.to !== void 0) return "--period cannot be combined with --from/--to";
    const m = /^(\d{4})-(\d{2})$/.exec(spec.period);
    if (m) {
      const y = Number(m[1]);
      const mo = Number(m[2]);
      if (mo < 1 || mo > 12) return `--period: no month ${m[2]} in '${spec.period}'`;
      return { label: spec.period, from: `${m[1]}-${m[2]}-01`, to: `${m[1]}-${m[2]}-${String(daysInMonth(y, mo)).padStart(2, "0")}`, kind: "month" };
    }
    const q = /^(\d{4})-Q([1-4])$/i.exec(spec.period);
    if (q) {
      const y = Number(q[1]);
      const first = (Number(q[2]) - 1) * 3 + 1;
      const last = first + 2;
      return {
        label: `${q[1]}-Q${q[2]}`,
        from: `${q[1]}-${String(first).padStart(2, "0")}-01`,
        to: `${q[1]}-${String(last).padStart(2, "0")}-${String(daysInMonth(y, last)).padStart(2, "0")}`,
        kind: "quarter"
      };
    }
    return `--period: expected a month like 2026-11 or a quarter like 2026-Q4, got '${spec.period}'`;
  }
  if (spec.from === void 0 || spec.to === void 0) return "give --period (2026-11 or 2026-Q4), or both --from and --to";
  const from = strictDay(spec.from);
  const to = strictDay(spec.to);
  if (from === void 0) return `--from: expected a date like 2026-10-01, got '${spec.from}'`;
  if (to === void 0) return `--to: expected a date like 2026-12-31, got '${spec.to}'`;
  if (to < from) return `--to ${spec.to} is before --from ${spec.from}`;
  return { label: `${formatDay(from)}..${formatDay(to)}`, from: formatDay(from), to: formatDay(to), kind: "range" };
}
function strictDay(value) {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? dayOf(value) : void 0;
}
function periodContaining(day2, kind) {
  const y = day2.slice(0, 4);
  const mo = Number(day2.slice(5, 7));
  const p = kind === "month" ? parsePeriod({ period: `${y}-${day2.slice(5, 7)}` }) : parsePeriod({ period: `${y}-Q${Math.floor((mo - 1) / 3) + 1}` });
  if (typeof p === "string") throw new Error(p);
  return p;
}
function previousPeriod(day2, kind) {
  const current = periodContaining(day2, kind);
  const before = dayOf(current.from) - 1;
  return periodContaining(formatDay(before), kind);
}

export {
  auditTitle,
  renderAuditMarkdown,
  AUDIT_FORMATS,
  renderAudit,
  historyFromReports,
  joinHistories,
  audit,
  parsePeriod,
  previousPeriod
};
