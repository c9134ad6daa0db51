import { createRequire as __pwCreateRequire } from 'node:module';
const require = __pwCreateRequire(import.meta.url);
import {
  fitBody,
  parseHistoryBlock,
  parseMarker
} from "./chunk-R2WVYZVK.js";
import "./chunk-EXKTICSE.js";
import {
  audit,
  auditTitle,
  historyFromReports,
  joinHistories,
  parsePeriod,
  previousPeriod,
  renderAudit,
  renderAuditMarkdown
} from "./chunk-IXV6X2WP.js";
import "./chunk-LOVFOCI6.js";
import "./chunk-GEPUFUU3.js";
import "./chunk-3TVK7CKK.js";
import "./chunk-CUSGATIV.js";
import {
  dayOf,
  formatDay
} from "./chunk-S3NLYMJX.js";
import "./chunk-PCXDXHAE.js";
import "./chunk-JPMRHXET.js";
import {
  isTransient
} from "./chunk-5SXCCITM.js";
import "./chunk-7BNRQPQI.js";
import "./chunk-X2NN6BVW.js";

// src/audit/action.ts
import { appendFileSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";

// src/audit/issue.ts
function auditMarker(period) {
  return `<!-- patchwarden:audit v1 ${period} -->`;
}
async function findByMarker(opts, marker) {
  const { client, repo, label } = opts;
  const all = await client.paginate(client.rest.issues.listForRepo, { ...repo, labels: label, state: "all", per_page: 100 });
  const mine = all.filter((i) => !i.pull_request && (i.body ?? "").split(/\r?\n/, 1)[0].trim() === marker);
  return mine.sort((a, b) => Number(b.state === "open") - Number(a.state === "open") || a.number - b.number)[0];
}
async function publishAuditIssue(audit2, opts) {
  const { client, repo, throttle, label } = opts;
  const marker = auditMarker(audit2.period.label);
  const title = auditTitle(audit2);
  const body = fitBody(`${marker}
${renderAuditMarkdown(audit2)}`.trimEnd().split("\n"));
  const existing = await findByMarker(opts, marker);
  if (existing) {
    const norm = (s) => s.replace(/\r\n?/g, "\n").trimEnd();
    if (existing.title === title && norm(existing.body ?? "") === norm(body)) return { action: "unchanged", number: existing.number, url: existing.html_url };
    const res = await throttle.write(`update audit issue #${existing.number}`, () => client.rest.issues.update({ ...repo, issue_number: existing.number, title, body }));
    return res ? { action: "updated", number: existing.number, url: existing.html_url } : { action: "skipped" };
  }
  const retries = opts.createRetries ?? 3;
  const base = opts.retryBaseMs ?? 1e3;
  for (let attempt = 0; ; attempt++) {
    try {
      const res = await throttle.write(`create audit issue ${audit2.period.label}`, () => client.rest.issues.create({ ...repo, title, body, labels: [label], request: { retries: 0 } }));
      return res ? { action: "created", number: res.data.number, url: res.data.html_url } : { action: "skipped" };
    } catch (err) {
      if (!isTransient(err) || attempt >= retries) throw err;
      await throttle.clock.sleep((attempt + 1) ** 2 * base);
      const found = await findByMarker(opts, marker);
      if (found) return { action: "created", number: found.number, url: found.html_url };
    }
  }
}

// src/audit/issues.ts
var ORIGIN = "audit/issues";
var day = (iso) => formatDay(dayOf(iso));
function episodesOf(issue, events) {
  const episodes = [{ opened: day(issue.created_at), resolved: null }];
  const sorted = events.filter((e) => e.event === "closed" || e.event === "reopened").sort((a, b) => a.created_at < b.created_at ? -1 : 1);
  for (const e of sorted) {
    const last2 = episodes[episodes.length - 1];
    if (e.event === "closed" && last2.resolved === null) last2.resolved = day(e.created_at);
    else if (e.event === "reopened" && last2.resolved !== null) episodes.push({ opened: day(e.created_at), resolved: null });
  }
  const last = episodes[episodes.length - 1];
  if (issue.state === "closed" && last.resolved === null && issue.closed_at) last.resolved = day(issue.closed_at);
  return episodes;
}
function samplesOf(e, first) {
  const status = e.status === "excepted" && !e.exception ? "within" : e.status;
  if (!e.exception) return [{ day: first, status, deadline: e.deadline }];
  const expires = e.exception.expires.slice(0, 10);
  const out = [];
  if (first <= expires) out.push({ day: first, status: "excepted", deadline: e.deadline });
  const after = dayOf(expires);
  if (after !== void 0 && status !== "excepted") out.push({ day: formatDay(Math.max(after + 1, dayOf(first))), status, deadline: e.deadline });
  return out;
}
function lifeFromEntry(repository, issue, block, e, episodes) {
  const first = episodes[0].opened;
  const last = episodes[episodes.length - 1];
  const life = {
    key: [repository, block.ecosystem, block.name, e.id].join("\0"),
    repository,
    kind: e.kind ?? "vulnerability",
    ecosystem: block.ecosystem,
    name: block.name,
    purl: block.purl ?? "",
    version: e.version ?? "",
    layer: e.layer ?? "library",
    advisoryId: e.id,
    ids: [e.id, ...e.aliases ?? []],
    summary: "",
    published: e.published ?? null,
    severity: e.severity,
    clockStart: e.clockStart,
    clockBasis: e.basis ?? "published",
    deadline: e.deadline,
    fixedVersion: null,
    locations: e.file ? [{ file: e.file, line: e.line ?? 1 }] : [],
    policy: { apiVersion: "", name: block.policy?.name ?? "", version: block.policy?.version ?? "", digest: block.policy?.digest ?? "" },
    firstSeen: first,
    lastSeen: last.resolved ?? first,
    episodes: episodes.map((x) => ({ ...x })),
    samples: samplesOf(e, first),
    origin: "issue"
  };
  if (e.exception) life.exception = { index: -1, ...e.exception };
  return life;
}
var SEVERITIES = /* @__PURE__ */ new Set(["critical", "high", "medium", "low"]);
var unescape = (s) => s.replace(/\\(.)/g, "$1").trim();
function livesFromBody(repository, issue, episodes) {
  const body = (issue.body ?? "").replace(/\r\n?/g, "\n");
  const heading = /^## `+ ?(.+?) ?`+ \((.+?)\):/m.exec(body);
  if (!heading) return [];
  const name = heading[1];
  const ecosystem = unescape(heading[2]);
  const lives = [];
  const row = /^\| (?:\[(.+?)\]\(https:[^)\s]*\)|([^|[]+?))(?: \([^|]*\))? \| (critical|high|medium|low) \| `+ ?(.+?) ?`+ \| [^|]*\| (\d{4}-\d{2}-\d{2}|–) \| [^|]*\| (overdue|due-soon|within|no-fix|excepted) \|/gm;
  for (const m of body.matchAll(row)) {
    const id = unescape(m[1] ?? m[2] ?? "");
    if (!SEVERITIES.has(m[3])) continue;
    const deadline = m[5] === "\u2013" ? null : m[5];
    const block = { v: 1, ecosystem, name, purl: "", policy: { name: "", version: "", digest: "" }, entries: [] };
    const e = { id, aliases: [], kind: "vulnerability", severity: m[3], layer: "library", version: m[4], clockStart: null, basis: "unknown", deadline, published: null, status: m[6], firstSeen: episodes[0].opened };
    const life = lifeFromEntry(repository, issue, block, e, episodes);
    life.origin = "issue-body";
    lives.push(life);
  }
  return lives;
}
async function historyFromIssues(opts) {
  const { client, repo, label } = opts;
  const repository = `${repo.owner}/${repo.repo}`;
  const problems = [];
  const lives = [];
  const issues = await client.paginate(client.rest.issues.listForRepo, { ...repo, labels: label, state: "all", per_page: 100 });
  for (const issue of issues) {
    if (issue.pull_request) continue;
    const marker = parseMarker(issue.body);
    if (!marker || marker.kind !== "issue") continue;
    const events = await client.paginate(client.rest.issues.listEvents, { ...repo, issue_number: issue.number, per_page: 100 });
    const episodes = episodesOf(issue, events);
    const block = parseHistoryBlock(issue.body ?? "");
    if (block === "invalid") problems.push({ level: "warning", origin: ORIGIN, file: `#${issue.number}`, message: "the history block cannot be read; the issue is read from its text" });
    if (block && block !== "invalid") {
      for (const e of block.entries) lives.push(lifeFromEntry(repository, issue, block, e, episodes));
    } else {
      const found = livesFromBody(repository, issue, episodes);
      if (found.length === 0) problems.push({ level: "warning", origin: ORIGIN, file: `#${issue.number}`, message: "no history block and no advisories table: left out of the audit" });
      lives.push(...found);
    }
  }
  return { observations: [], lives, problems };
}

// src/audit/action.ts
function auditPeriodFor(input, cadence, now) {
  if (input) {
    const range = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/.exec(input);
    return range ? parsePeriod({ from: range[1], to: range[2] }) : parsePeriod({ period: input });
  }
  return previousPeriod(formatDay(Math.floor(now.getTime() / 864e5)), cadence === "quarterly" ? "quarter" : "month");
}
async function gather(step) {
  const parts = [];
  if (step.client) parts.push(await historyFromIssues({ client: step.client, repo: step.repo, label: step.label }));
  if (step.reports) parts.push(historyFromReports(step.reports));
  return joinHistories(parts);
}
async function runAuditStep(step) {
  const period = auditPeriodFor(step.period, step.cadence, step.now);
  if (typeof period === "string") throw new Error(`input audit-period: ${period.replace(/^--period: /, "")}`);
  const history = await gather(step);
  for (const p of history.problems) step.log.warning(`patchwarden audit: ${p.file ? `${p.file}: ` : ""}${p.message}`);
  const model = audit(history, period);
  for (const [file, format] of [[step.jsonFile, "json"], [step.htmlFile, "html"]]) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, renderAudit(model, format));
  }
  if (step.summaryFile) appendFileSync(step.summaryFile, renderAudit(model, "markdown"));
  const result = { period, overdue: model.openAtEnd.overdue, compliance: model.compliance.overall.share };
  if (step.cadence !== "off" && step.client && step.throttle) {
    result.issue = await publishAuditIssue(model, { client: step.client, throttle: step.throttle, repo: step.repo, label: step.label, ...step.retryBaseMs !== void 0 ? { retryBaseMs: step.retryBaseMs } : {} });
  }
  return result;
}
async function scheduledAuditIssue(step) {
  const period = auditPeriodFor(void 0, step.cadence, step.now);
  if (typeof period === "string") return void 0;
  if (await findByMarker(step, auditMarker(period.label))) return void 0;
  const history = await gather(step);
  return publishAuditIssue(audit(history, period), { client: step.client, throttle: step.throttle, repo: step.repo, label: step.label, ...step.retryBaseMs !== void 0 ? { retryBaseMs: step.retryBaseMs } : {} });
}
export {
  auditPeriodFor,
  runAuditStep,
  scheduledAuditIssue
};
