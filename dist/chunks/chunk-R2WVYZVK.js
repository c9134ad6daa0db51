import { createRequire as __pwCreateRequire } from 'node:module';
const require = __pwCreateRequire(import.meta.url);
import {
  compareUrgency,
  locationLink
} from "./chunk-EXKTICSE.js";
import {
  code,
  daysPhrase,
  link,
  text
} from "./chunk-LOVFOCI6.js";
import {
  schemeFor
} from "./chunk-GEPUFUU3.js";
import {
  SEVERITY_ORDER
} from "./chunk-3TVK7CKK.js";
import {
  byCodePoint,
  matchKey
} from "./chunk-JPMRHXET.js";

// src/github/issue-render.ts
import { createHash } from "node:crypto";

// src/github/issue-history.ts
var PREFIX = "<!-- patchwarden:history v1 ";
var SUFFIX = " -->";
var HISTORY_MAX_ENTRIES = 40;
function historyLine(findings, policy, today, previousBody) {
  const before = previousBody ? parseHistoryBlock(previousBody) : void 0;
  const old = /* @__PURE__ */ new Map();
  if (before && before !== "invalid") for (const e of before.entries) for (const id of [e.id, ...e.aliases]) old.set(id, e);
  const first = findings[0];
  const entries = [];
  const seen = /* @__PURE__ */ new Set();
  for (const f of findings) {
    if (seen.has(f.advisory.id) || entries.length >= HISTORY_MAX_ENTRIES) continue;
    seen.add(f.advisory.id);
    const prev = [f.advisory.id, ...f.advisory.aliases, ...f.ids].map((id) => old.get(id)).find((e) => e !== void 0);
    const entry = {
      id: f.advisory.id,
      aliases: [.../* @__PURE__ */ new Set([...f.advisory.aliases, ...f.ids.filter((i) => i !== f.advisory.id)])],
      kind: f.kind,
      severity: f.severity,
      layer: f.component.layer,
      version: f.component.version,
      clockStart: f.clockStart,
      basis: f.clockBasis,
      deadline: f.deadline,
      published: f.advisory.published ? f.advisory.published.slice(0, 10) : null,
      status: f.status,
      firstSeen: prev?.firstSeen ?? today
    };
    const exception = f.exception ? { reason: f.exception.reason, approvedBy: f.exception.approvedBy, expires: f.exception.expires } : prev?.exception;
    if (exception) entry.exception = exception;
    const loc = f.locations[0];
    if (loc) {
      entry.file = loc.file;
      entry.line = loc.line;
    }
    entries.push(entry);
  }
  const block = {
    v: 1,
    ecosystem: first.component.ecosystem,
    name: first.component.name,
    purl: first.component.purl.replace(/[@?#].*$/, ""),
    policy: { name: policy.name, version: policy.version, digest: policy.digest },
    entries
  };
  return PREFIX + Buffer.from(JSON.stringify(block), "utf8").toString("base64url") + SUFFIX;
}
var DAY = /^\d{4}-\d{2}-\d{2}$/;
function parseHistoryBlock(body) {
  const line = body.split(/\r?\n/, 4).find((l) => l.startsWith(PREFIX));
  if (!line) return void 0;
  const encoded = line.trim().slice(PREFIX.length, -SUFFIX.length);
  if (!/^[A-Za-z0-9_-]*$/.test(encoded)) return "invalid";
  let data;
  try {
    data = JSON.parse(Buffer.from(encoded, "base64url").toString("utf8"));
  } catch {
    return "invalid";
  }
  const b = data;
  if (typeof b !== "object" || b === null || b.v !== 1 || typeof b.ecosystem !== "string" || typeof b.name !== "string" || !Array.isArray(b.entries)) return "invalid";
  for (const e of b.entries) {
    if (typeof e !== "object" || e === null || typeof e.id !== "string" || !["critical", "high", "medium", "low"].includes(e.severity) || typeof e.firstSeen !== "string" || !DAY.test(e.firstSeen)) return "invalid";
    if (e.deadline !== null && !DAY.test(String(e.deadline)) || e.clockStart !== null && !DAY.test(String(e.clockStart))) return "invalid";
  }
  return b;
}

// src/github/issue-render.ts
var BODY_LIMIT = 6e4;
var TITLE_NAME_MAX = 100;
var MARKER = /^<!-- patchwarden:(?:issue v1 ([0-9a-f]{40})|(dashboard) v1) -->$/;
function issueMarker(fingerprint) {
  return `<!-- patchwarden:issue v1 ${fingerprint} -->`;
}
var DASHBOARD_MARKER = "<!-- patchwarden:dashboard v1 -->";
function parseMarker(body) {
  if (!body) return void 0;
  const first = body.split(/\r?\n/, 1)[0].trim();
  const m = MARKER.exec(first);
  if (!m) return void 0;
  return m[2] ? { kind: "dashboard" } : { kind: "issue", fingerprint: m[1] };
}
function packageFingerprint(ecosystem, name) {
  return createHash("sha256").update(`patchwarden-issue\0${matchKey(ecosystem, name)}`).digest("hex").slice(0, 40);
}
function qualifyingStatuses(issueOn) {
  return new Set(issueOn === "overdue" ? ["overdue"] : ["overdue", "due-soon"]);
}
function groupByPackage(findings, issueOn) {
  const statuses = qualifyingStatuses(issueOn);
  const groups = /* @__PURE__ */ new Map();
  for (const f of findings) {
    const key = matchKey(f.component.ecosystem, f.component.name);
    const list = groups.get(key);
    if (list) list.push(f);
    else groups.set(key, [f]);
  }
  const out = [];
  for (const list of groups.values()) {
    list.sort(compareUrgency);
    const first = list[0];
    const qualifying = list.filter((f) => statuses.has(f.status));
    const lead = qualifying[0] ?? first;
    const severity = (qualifying.length > 0 ? qualifying : list).reduce(
      (worst, f) => SEVERITY_ORDER.indexOf(f.severity) > SEVERITY_ORDER.indexOf(worst) ? f.severity : worst,
      "low"
    );
    out.push({
      fingerprint: packageFingerprint(first.component.ecosystem, first.component.name),
      ecosystem: first.component.ecosystem,
      name: first.component.name,
      findings: list,
      qualifies: qualifying.length > 0,
      status: lead.status,
      severity
    });
  }
  return out.sort((a, b) => Number(b.qualifies) - Number(a.qualifies) || compareUrgency(a.findings[0], b.findings[0]));
}
var SEVERITY_COLORS = { critical: "b60205", high: "d93f0b", medium: "fbca04", low: "0e8a16" };
function severityLabel(s) {
  return { name: `severity:${s}`, color: SEVERITY_COLORS[s], description: `Worst advisory severity: ${s}` };
}
function stateLabel(status) {
  return status === "overdue" ? { name: "deadline:overdue", color: "b60205", description: "A patch is past its policy deadline" } : { name: "deadline:due-soon", color: "fbca04", description: "A patch deadline is near" };
}
function toolLabels(names) {
  return names.map((name, i) => ({
    name,
    color: i === 0 ? "5319e7" : "ededed",
    description: i === 0 ? "Patch deadline tracked by patchwarden" : "Added by patchwarden"
  }));
}
function isManagedLabel(name) {
  return /^(severity:(critical|high|medium|low)|deadline:(overdue|due-soon))$/.test(name);
}
function clip(s, max) {
  return s.length > max ? `${s.slice(0, max - 1)}\u2026` : s;
}
function statusWord(status) {
  switch (status) {
    case "overdue":
      return "Overdue";
    case "due-soon":
      return "Due soon";
    case "within":
      return "Within deadline";
    case "no-fix":
      return "No fix";
    case "unknown-clock":
      return "Unknown clock (no real date to start it)";
    default:
      return "Excepted";
  }
}
function maxVersion(ecosystem, versions) {
  const scheme = schemeFor(ecosystem);
  let best;
  for (const v of versions) {
    if (best === void 0) best = v;
    else if (scheme && scheme.isValid(v) && scheme.isValid(best) ? scheme.compare(v, best) > 0 : v > best) best = v;
  }
  return best;
}
function upgradeTargets(group) {
  const byVersion = /* @__PURE__ */ new Map();
  for (const f of group.findings) {
    const list = byVersion.get(f.component.version) ?? [];
    list.push(f);
    byVersion.set(f.component.version, list);
  }
  return [...byVersion.entries()].map(([installed, findings]) => {
    const fixes = findings.filter((f) => f.status !== "excepted").map((f) => f.recommendedVersion ?? f.fixedVersion).filter((v) => typeof v === "string");
    return { installed, target: maxVersion(group.ecosystem, fixes), findings };
  });
}
function fitBody(lines, limit = BODY_LIMIT, note = (omitted) => `> [!NOTE]
> ${omitted} more line(s) were left out to stay under GitHub's size limit; the job summary and the JSON report list everything.`) {
  const full = lines.join("\n") + "\n";
  if (full.length <= limit) return full;
  const kept = [];
  let size = 0;
  const room = limit - note(lines.length).length - 2;
  for (const line of lines) {
    if (size + line.length + 1 > room) break;
    kept.push(line);
    size += line.length + 1;
  }
  return `${kept.join("\n")}

${note(lines.length - kept.length)}
`;
}
function renderIssue(group, ctx, previousBody) {
  const name = code(group.name);
  const counts = /* @__PURE__ */ new Map();
  for (const f of group.findings) counts.set(f.status, (counts.get(f.status) ?? 0) + 1);
  const countText = [...counts.entries()].map(([s, n]) => `${n} ${statusWord(s).toLowerCase()}`).join(", ");
  const lines = [issueMarker(group.fingerprint), historyLine(group.findings, ctx.policy, ctx.today, previousBody)];
  lines.push(`## ${name} (${text(group.ecosystem)}): ${statusWord(group.status).toLowerCase()} ${group.severity} patch`);
  lines.push("");
  lines.push(
    `${group.findings.length} advisory finding(s) for ${name} in this repository (${countText}), judged by policy ${code(`${ctx.policy.name}@${ctx.policy.version}`)} on ${ctx.today}.`
  );
  lines.push("");
  const owners = [...new Set(group.findings.flatMap((f) => f.owner === void 0 ? [] : [f.owner]))];
  if (owners.length > 0) lines.push(`**Owner:** ${owners.map(code).join(", ")}`, "");
  lines.push("| Installed | Upgrade to | Advisories | Most urgent |");
  lines.push("| --- | --- | ---: | --- |");
  for (const t of upgradeTargets(group)) {
    const worst = t.findings[0];
    lines.push(`| ${code(t.installed)} | ${t.target ? code(t.target) : "no fix yet"} | ${t.findings.length} | ${worst.severity}, ${worst.status}, ${daysPhrase(worst)} |`);
  }
  lines.push("");
  lines.push("### Advisories");
  lines.push("");
  lines.push("| Advisory | Severity | Installed | Fixed in | Deadline | Days left | Status | Summary |");
  lines.push("| --- | --- | --- | --- | --- | --- | --- | --- |");
  for (const f of group.findings) {
    const aliases = f.advisory.aliases.length > 0 ? ` (${f.advisory.aliases.slice(0, 3).map(text).join(", ")})` : "";
    const fixed = f.fixedVersion === null ? "no fix" : code(f.recommendedVersion && f.recommendedVersion !== f.fixedVersion ? `${f.fixedVersion} (recommended ${f.recommendedVersion})` : f.fixedVersion);
    lines.push(
      `| ${link(f.advisory.id, f.advisory.url)}${aliases} | ${f.severity} | ${code(f.component.version)} | ${fixed} | ${f.deadline ?? "\u2013"} | ${daysPhrase(f)} | ${f.status} | ${text(clip(f.advisory.summary, 140))} |`
    );
  }
  lines.push("");
  lines.push("### Where it is declared");
  lines.push("");
  const seen = /* @__PURE__ */ new Set();
  for (const f of group.findings) {
    for (const loc of f.locations) {
      const key = `${loc.file}\0${loc.line}\0${f.component.version}`;
      if (seen.has(key)) continue;
      seen.add(key);
      lines.push(`- ${locationLink(ctx.links, loc.file, loc.line)}: ${code(f.component.version)}`);
    }
  }
  lines.push("");
  lines.push("---");
  lines.push(
    "<sub>Kept up to date by patchwarden: it closes this issue when no vulnerable version is left and reopens it if one comes back. The hidden first line identifies the issue; please keep it.</sub>"
  );
  const labels = [...toolLabels(ctx.labels), severityLabel(group.severity)];
  if (group.status === "overdue" || group.status === "due-soon") labels.push(stateLabel(group.status));
  const title = `${statusWord(group.status)} ${group.severity} patch: ${code(clip(group.name, TITLE_NAME_MAX))} (${clip(group.ecosystem, 30)})`;
  return { title, body: fitBody(lines), labels };
}
function byDeadline(a, b) {
  return byCodePoint(a.deadline ?? "9999-12-31", b.deadline ?? "9999-12-31") || byCodePoint(a.component.name, b.component.name) || byCodePoint(a.advisory.id, b.advisory.id);
}
function renderDashboard(report, groups, numbers, ctx) {
  const s = report.summary;
  const issueOf = /* @__PURE__ */ new Map();
  for (const g of groups) for (const f of g.findings) issueOf.set(f, numbers.get(g.fingerprint));
  const lines = [DASHBOARD_MARKER];
  lines.push("## Patch deadlines");
  lines.push("");
  lines.push(
    `Policy ${code(`${ctx.policy.name}@${ctx.policy.version}`)} on ${ctx.today}: ${s.overdue} overdue, ${s.dueSoon} due soon, ${s.within} within deadline, ${s.noFix} with no fix, ${s.excepted} excepted.`
  );
  lines.push("");
  if (report.findings.length === 0) {
    lines.push("No component is affected by a known advisory.");
  } else {
    lines.push("| Deadline | When | Status | Severity | Package | Installed | Advisory | Issue | Declared at |");
    lines.push("| --- | --- | --- | --- | --- | --- | --- | --- | --- |");
    for (const f of [...report.findings].sort(byDeadline)) {
      const n = issueOf.get(f);
      const loc = f.locations[0];
      lines.push(
        `| ${f.deadline ?? "\u2013"} | ${daysPhrase(f)} | ${f.status} | ${f.severity} | ${code(f.component.name)} (${code(f.component.ecosystem)}) | ${code(f.component.version)} | ${link(f.advisory.id, f.advisory.url)} | ${n ? `#${n}` : "\u2013"} | ${loc ? locationLink(ctx.links, loc.file, loc.line) : ""} |`
      );
    }
  }
  lines.push("");
  lines.push("<sub>Kept up to date by patchwarden on every run. The hidden first line identifies this issue; please keep it.</sub>");
  return {
    title: `Patch deadlines: ${s.overdue} overdue, ${s.dueSoon} due soon`,
    body: fitBody(lines),
    labels: toolLabels(ctx.labels)
  };
}

export {
  parseHistoryBlock,
  parseMarker,
  groupByPackage,
  stateLabel,
  isManagedLabel,
  fitBody,
  renderIssue,
  renderDashboard
};
