#!/usr/bin/env node
import { createRequire as __pwCreateRequire } from 'node:module';
const require = __pwCreateRequire(import.meta.url);
import {
  fileStore,
  sendAlerts
} from "./chunks/chunk-2JC3LPOS.js";
import "./chunks/chunk-7RQBEFWW.js";
import "./chunks/chunk-NLGF7TI4.js";
import {
  AUDIT_FORMATS,
  audit,
  historyFromReports,
  joinHistories,
  parsePeriod,
  renderAudit
} from "./chunks/chunk-IXV6X2WP.js";
import {
  check,
  coverageRows,
  renderJson,
  renderJsonChunks,
  renderMarkdown,
  renderSarif,
  renderSarifChunks,
  writeChunksToFile
} from "./chunks/chunk-UQP2EZEO.js";
import {
  defaultChannels
} from "./chunks/chunk-NZ6IVX3D.js";
import "./chunks/chunk-XHC7JOIM.js";
import {
  daysPhrase,
  fixPhrase
} from "./chunks/chunk-LOVFOCI6.js";
import {
  loadPolicy
} from "./chunks/chunk-WS6VOLA4.js";
import {
  listBuiltins
} from "./chunks/chunk-KFMM3UJA.js";
import "./chunks/chunk-CZ6J6QWZ.js";
import "./chunks/chunk-FH73REOQ.js";
import {
  defaultCacheDir,
  liveOptionsFrom
} from "./chunks/chunk-7NZMHMGO.js";
import {
  SEVERITY_ORDER
} from "./chunks/chunk-3TVK7CKK.js";
import "./chunks/chunk-OPTHUYL4.js";
import "./chunks/chunk-S3NLYMJX.js";
import {
  exclusion
} from "./chunks/chunk-OZVVFGFN.js";
import "./chunks/chunk-YDRWGAGK.js";
import "./chunks/chunk-RPU4CLOY.js";
import "./chunks/chunk-KVOOFEH2.js";
import {
  parseDistro
} from "./chunks/chunk-6KB27PZL.js";
import {
  byCodePoint
} from "./chunks/chunk-JPMRHXET.js";
import "./chunks/chunk-EKFZ64EB.js";
import "./chunks/chunk-JAWFNDPB.js";
import "./chunks/chunk-TVC7EKD4.js";
import {
  TOOL_NAME,
  TOOL_VERSION
} from "./chunks/chunk-7BNRQPQI.js";
import "./chunks/chunk-X2NN6BVW.js";

// src/cli/run.ts
import { writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";

// src/model/problems.ts
function formatProblem(p) {
  const where2 = p.file === void 0 ? "" : `${p.file}${p.line === void 0 ? "" : `:${p.line}${p.column === void 0 ? "" : `:${p.column}`}`}: `;
  return `${where2}${p.level}: ${p.message}`;
}

// src/evaluate/policy/commands.ts
function load(file, root) {
  return loadPolicy(file === void 0 ? { root } : { spec: file, root });
}
function problemsText(r) {
  return r.problems.map(formatProblem).join("\n");
}
function title(p) {
  return `policy ${p.identity.name}@${p.identity.version} (${p.identity.apiVersion})`;
}
function policyValidate(file, root) {
  const r = load(file, root);
  const problems2 = problemsText(r);
  if (!r.policy) return { output: `${problems2}
policy is invalid
`, exitCode: 2 };
  const lines = [`${title(r.policy)} is valid`, `digest: ${r.policy.identity.digest}`];
  if (problems2) lines.push(problems2);
  return { output: lines.join("\n") + "\n", exitCode: 0 };
}
function leaves(value, path, out) {
  if (Array.isArray(value)) {
    if (value.length > 0 && value.every((v) => typeof v === "object" && v !== null && !Array.isArray(v))) {
      value.forEach((v, i) => {
        const name = path === "scopes" ? `scopes[${String(v.name)}]` : `${path}[${i}]`;
        leaves(v, name, out);
      });
    } else out.push([path, value]);
  } else if (typeof value === "object" && value !== null) {
    const entries = Object.entries(value);
    if (entries.length === 0) out.push([path, value]);
    for (const [k, v] of entries) leaves(v, path === "" ? k : `${path}.${k}`, out);
  } else out.push([path, value]);
}
function explainText(policy) {
  const rows2 = [];
  leaves(policy.settings, "", rows2);
  const shown = rows2.map(([path, value]) => [path, typeof value === "string" ? value : JSON.stringify(value)]);
  const width = Math.min(44, Math.max(...shown.map(([p, v]) => p.length + v.length + 2)));
  const lines = [
    title(policy),
    `digest: ${policy.identity.digest}`,
    `layers: ${policy.chain.join(" -> ")}`,
    "",
    ...shown.map(([path, value]) => {
      const text = `${path}: ${value}`;
      return `${text.padEnd(width)}  # ${policy.origins[path] ?? "default"}`;
    })
  ];
  return lines.join("\n") + "\n";
}
function policyExplain(file, root) {
  const r = load(file, root);
  if (!r.policy) return { output: `${problemsText(r)}
policy is invalid
`, exitCode: 2 };
  const warnings = problemsText(r);
  return { output: explainText(r.policy) + (warnings ? `
${warnings}
` : ""), exitCode: 0 };
}
function policyList() {
  const rows2 = [];
  let bad = false;
  for (const b of listBuiltins()) {
    const r = loadPolicy({ spec: b.ref, root: process.cwd() });
    if (!r.policy) {
      bad = true;
      rows2.push([b.ref, "-", `invalid: ${r.problems[0]?.message ?? "unknown problem"}`]);
      continue;
    }
    const m = r.policy.metadata;
    const note = m.supersededBy === void 0 ? "" : ` (superseded by ${m.supersededBy})`;
    rows2.push([b.ref, m.version, `${m.title ?? m.name}${note}`]);
  }
  const w0 = Math.max(...rows2.map((r) => r[0].length), 4);
  const w1 = Math.max(...rows2.map((r) => r[1].length), 7);
  const out = [`${"NAME".padEnd(w0)}  ${"VERSION".padEnd(w1)}  TITLE`, ...rows2.map((r) => `${r[0].padEnd(w0)}  ${r[1].padEnd(w1)}  ${r[2]}`)];
  return { output: out.join("\n") + "\n", exitCode: bad ? 2 : 0 };
}

// src/report/text.ts
var DEFAULT_WIDTH = 100;
var INDENT = "    ";
var LISTED = [
  { status: "overdue", title: "OVERDUE", color: "\x1B[1;31m" },
  { status: "due-soon", title: "DUE SOON", color: "\x1B[1;33m" },
  { status: "within", title: "WITHIN DEADLINE", color: "\x1B[1m" }
];
var FOLDED = [
  { status: "overdue", what: "overdue" },
  { status: "due-soon", what: "due soon" },
  { status: "within", what: "within deadline" },
  { status: "unknown-clock", what: "with no date to start their clock" },
  { status: "no-fix", what: "with no fix" },
  { status: "excepted", what: "excepted by the policy" }
];
function clean(s) {
  return s.replace(/[\r\n\t]+/g, " ").replace(/[\u0000-\u001f\u007f-\u009f]/g, "");
}
function wrap(first, words, sep, width) {
  const lines = [];
  let line = first;
  let fresh = true;
  for (const w of words) {
    const joined = fresh ? `${line}${w}` : `${line}${sep}${w}`;
    if (joined.length <= width || fresh) {
      line = joined;
      fresh = false;
      continue;
    }
    lines.push(line);
    line = `${INDENT}${w}`;
  }
  lines.push(line);
  return lines;
}
function ids(f) {
  const cves = f.advisory.aliases.filter((a) => a.startsWith("CVE-") && a !== f.advisory.id);
  return cves.length > 0 ? `${f.advisory.id} (${cves.join(", ")})` : f.advisory.id;
}
function deadlinePhrase(f) {
  return `deadline ${f.deadline ?? "-"} (${daysPhrase(f)})`;
}
function where(f) {
  const locs = f.locations.map((l) => `${clean(l.file)}:${l.line}`);
  return locs.length > 1 ? `${locs[0]} (+${locs.length - 1} more)` : locs[0] ?? "";
}
function findingLines(f, width) {
  const severity = f.severity.padEnd(8);
  const head = wrap(`  ${severity} `, [clean(`${f.component.name} ${f.component.version}`), clean(ids(f))], "  ", width);
  const detail = wrap(INDENT, [`fix ${clean(fixPhrase(f))}`, deadlinePhrase(f), where(f)].filter((w) => w !== ""), " \xB7 ", width);
  return [...head, ...detail];
}
var rank = (f) => -SEVERITY_ORDER.indexOf(f.severity);
function order(a, b) {
  return byCodePoint(a.deadline ?? "", b.deadline ?? "") || rank(a) - rank(b) || byCodePoint(a.component.name, b.component.name) || byCodePoint(a.component.version, b.component.version) || byCodePoint(a.advisory.id, b.advisory.id);
}
function listed(f) {
  return f.deadline !== null && LISTED.some((l) => l.status === f.status);
}
var header = (report, o) => {
  const s = report.summary;
  return [
    ...wrap("", [`patchwarden ${report.tool.version}`, `policy ${clean(report.policy.name)}@${clean(report.policy.version)}`, `now ${report.now.slice(0, 10)}`], " \xB7 ", o.width),
    ...wrap("", [`${s.components} components`, `${s.findings} findings: ${s.overdue} overdue`, `${s.dueSoon} due soon`, `${s.within} within deadline`, ...s.unknownClock > 0 ? [`${s.unknownClock} unknown clock`] : [], `${s.noFix} no fix`, `${s.excepted} excepted`], ", ", o.width)
  ];
};
function rows(report, o, statuses) {
  const out = [];
  for (const { status, title: title2, color } of LISTED) {
    if (!statuses.includes(status)) continue;
    const these = report.findings.filter((f) => f.status === status && listed(f)).sort(order);
    if (these.length === 0) continue;
    const heading = `${title2} (${these.length})`;
    out.push("", o.color ? `${color}${heading}\x1B[0m` : heading);
    for (const f of these) out.push(...findingLines(f, o.width));
  }
  return out;
}
var findings = (report, o) => rows(report, o, ["overdue", "due-soon", "within"]);
var folded = (report) => {
  const out = [];
  for (const { status, what } of FOLDED) {
    const n = report.findings.filter((f) => f.status === status && !listed(f)).length;
    if (n === 0) continue;
    const reason = status === "no-fix" || status === "excepted" || status === "unknown-clock" ? "" : " without a deadline";
    out.push(`${n} finding${n === 1 ? "" : "s"} ${what}${reason} (listed by --format json)`);
  }
  return out.length > 0 ? ["", ...out] : [];
};
var problems = (report, o) => {
  const shown = report.problems.filter((p) => p.level !== "notice");
  if (shown.length === 0) return [];
  const out = ["", `${shown.length} problem(s):`];
  for (const p of shown.slice(0, 50)) out.push(...wrap("  ", clean(formatProblem(p)).split(" "), " ", o.width));
  if (shown.length > 50) out.push(`  \u2026 ${shown.length - 50} more in the JSON report`);
  return out;
};
function gateLine(report) {
  const s = report.summary;
  return s.gateSeverity === "none" ? `gate: off${s.gate === "incomplete" ? " (incomplete)" : ""}` : `gate (${s.gateSeverity} and above, overdue): ${s.gate === "fail" ? "FAIL" : s.gate}`;
}
var gate = (report) => ["", gateLine(report)];
var GROUP_NAMES = { image: "images", os: "base-image distributions", runtime: "pinned versions" };
var groupName = (ecosystem) => GROUP_NAMES[ecosystem] ?? clean(ecosystem);
var coverage = (report, o) => {
  const c = report.coverage;
  if (c.entries.length === 0 && !c.empty) return [];
  const out = ["", `coverage (missing data: ${c.missingData}, max data age ${c.maxDataAge}):`];
  if (c.empty) out.push("  nothing found to check");
  for (const [layer, ecosystem, components, checked, sources, newest, state] of coverageRows(report)) {
    out.push(...wrap("  ", [`${state}: ${layer} ${groupName(ecosystem)}`, `${components} component${components === "1" ? "" : "s"}, ${checked} checked`, `sources ${clean(sources)}`, `newest record ${newest}`], ", ", o.width));
  }
  if (report.summary.notChecked !== void 0) out.push(...wrap("  ", clean(report.summary.notChecked).split(" "), " ", o.width));
  return out;
};
var SECTIONS = [header, findings, folded, problems, gate, coverage];
function renderText(report, options = {}) {
  const o = { width: options.width ?? DEFAULT_WIDTH, color: options.color ?? false, quiet: options.quiet ?? false };
  if (o.quiet) return [gateLine(report), ...rows(report, o, ["overdue"]).slice(1)].join("\n") + "\n";
  return SECTIONS.flatMap((section) => section(report, o)).join("\n") + "\n";
}

// src/cli/run.ts
var USAGE = `Usage:
  patchwarden check [DIR] [options]     check DIR (default .) against advisories and the patch policy
  patchwarden policy validate [FILE]    validate a policy (default: the repository's or the baseline)
  patchwarden policy explain [FILE]     print the resolved policy and where each value came from
  patchwarden policy list               list the built-in policies
  patchwarden audit --reports DIR --period PERIOD [options]
                                        the patch audit of a month or quarter from past JSON reports

Example (the bundled example, offline):
  patchwarden check examples/chat-platform --db examples/chat-platform/advisories \\
    --releases examples/chat-platform/releases --now 2026-11-24

Options for check (R: repeatable; the others may be given once):
  --db PATH            R  offline advisory database: an OSV all.zip (like Go/all.zip from
                          osv-vulnerabilities.storage.googleapis.com), a folder of OSV JSON
                          records (like examples/chat-platform/advisories), or one record
  --policy SPEC           a policy file or builtin:NAME@MAJOR (default: .github/patchwarden.yml
                          in DIR, else builtin:baseline@1)
  --exclude GLOB       R  a path below DIR not to scan, like '**/__fixtures__' or 'examples/**'
                          (a matching folder is not entered)
  --helm-values FILE   R  a Helm values file below DIR layered over its chart's values.yaml, as
                          helm install -f does (in order, after the policy's helm.values)
  --repository NAME       the repository's name (owner/name) recorded in the report, which the
                          audit uses to tell repositories apart (default: GITHUB_REPOSITORY)
  --distro ID[:RELEASE]   the distribution of a package database with no os-release beside it,
                          like debian:12, ubuntu:24.04, alpine:3.20, rocky:9
  --now DATE              evaluate as of this date or timestamp (default: the current time)
  --format FORMAT         text (default), json, markdown or sarif
  --output FILE           write the report to FILE instead of standard output
  --sarif-file FILE       also write the report as SARIF 2.1.0 to FILE (for code scanning)
  --quiet                 text: the gate line and the overdue findings only
  --fail-on SEVERITY      gate: critical, high, medium, low or none (default: the policy's gate)
  --kev FILE              CISA's Known Exploited Vulnerabilities catalogue
                          (known_exploited_vulnerabilities.json)
  --epss FILE             FIRST EPSS scores (epss_scores-YYYY-MM-DD.csv, optionally .gz)
  --releases DIR          a folder of runtime release data in endoflife.date's formats, one
                          PRODUCT.md and/or PRODUCT.json per product (like
                          examples/chat-platform/releases): image patch lag and end of life
  --nodejs-security-wg PATH
                          the Node.js security WG's vuln.zip or its vuln/ folder (vulnerabilities
                          of node images)
  --cache-dir DIR         folder for cached bundle indexes and live answers (default:
                          $RUNNER_TEMP/patchwarden-cache, else $XDG_CACHE_HOME/patchwarden, else
                          ~/.cache/patchwarden)
  --no-cache              read every advisory bundle in full, cache nothing

Alerts (sent once per transition: due soon, overdue, KEV-listed, critical, gate fails or recovers):
  --alert TYPE=URL     slack=URL (incoming webhook), teams=URL (workflow webhook) or webhook=URL
                       (signed JSON; the secret from PATCHWARDEN_WEBHOOK_SECRET), repeatable
  --alert-state FILE   what was already alerted (JSON; default alert-state.json in the cache
                       folder; required with --no-cache)
  --alert-digest       one message per channel and run instead of one per transition

Live sources (used when no --db is given, or with --online; never with --offline):
  --offline               files only (and the cache, when --cache-dir is given)
  --online                use the live sources as well as --db files
  --osv-api-url URL       OSV API base URL (default https://api.osv.dev)
  --registry-url NAME=URL
                       R  a package registry's base URL (npm, pypi, go, crates, rubygems,
                          packagist, maven, nuget, pub)
  --kev-url URL, --epss-url URL, --epss-csv-url URL, --endoflife-url URL
                          the feeds' URLs
  --disable-source NAME
                       R  switch one source off: osv-api, registry-dates, kev, epss, endoflife
                          (or a comma-separated list)
  --max-cache-age DAYS|SOURCE=DAYS
                       R  how old a cached answer may be before it is stale
  --on-source-error fail|warn
                          a source that cannot be reached is an error (default) or a warning
  --fetch-timeout SECONDS
                          per request attempt
  -h, --help              this help
  -v, --version           print the version

Text output wraps at the terminal's width (COLUMNS; 100 when not a terminal) and has no colour
when it is not a terminal or NO_COLOR is set. Problems print as file:line:col: level: message.

Options for audit:
  --reports DIR        a folder of past JSON reports (check --format json), searched recursively;
                       many repositories' reports give one organisation-wide audit (repeatable)
  --period PERIOD      a month (2026-11) or a quarter (2026-Q4); or --from DATE --to DATE
  --format FORMAT      markdown (default), html, csv or json
  --output FILE        write the audit to FILE instead of standard output

Exit codes: 0 gate passed (or incomplete, with a warning, unless the policy says missingData: fail),
  1 an overdue finding at or above the gate, 2 usage, policy or input error, 3 incomplete (something
  found was not checked: no advisory data, stale data, unmapped images) under missingData: fail.
`;
var UsageError = class extends Error {
};
function parseNow(value) {
  const iso = /^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value;
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) throw new UsageError(`--now: expected a date like 2026-11-24 or an ISO timestamp, got '${value}'`);
  return d;
}
function parseDistroFlag(value) {
  const got = parseDistro(value);
  if ("error" in got) throw new UsageError(`--distro: ${got.error}`);
  return got;
}
function parseFailOn(value) {
  if (value === void 0) return void 0;
  if (value === "none" || SEVERITY_ORDER.includes(value)) return value;
  throw new UsageError(`--fail-on: expected critical, high, medium, low or none, got '${value}'`);
}
var FLAGS = {
  offline: "--offline",
  osvApiUrl: "--osv-api-url",
  registryUrls: "--registry-url",
  kevUrl: "--kev-url",
  epssUrl: "--epss-url",
  epssCsvUrl: "--epss-csv-url",
  endoflifeUrl: "--endoflife-url",
  cacheDir: "--cache-dir",
  maxCacheAge: "--max-cache-age",
  onSourceError: "--on-source-error",
  disable: "--disable-source",
  fetchTimeout: "--fetch-timeout"
};
function flagFor(setting) {
  return FLAGS[setting];
}
var FORMATS = ["text", "json", "markdown", "sarif"];
var SINGLE = [
  "policy",
  "now",
  "format",
  "output",
  "sarif-file",
  "fail-on",
  "kev",
  "epss",
  "releases",
  "nodejs-security-wg",
  "cache-dir",
  "osv-api-url",
  "kev-url",
  "epss-url",
  "epss-csv-url",
  "endoflife-url",
  "on-source-error",
  "fetch-timeout",
  "distro",
  "repository",
  "alert-state"
];
var REPEATABLE = ["db", "exclude", "helm-values", "registry-url", "disable-source", "max-cache-age", "alert"];
function onceEach(all) {
  const out = {};
  for (const [name, v] of Object.entries(all)) {
    if (v === void 0) continue;
    if (Array.isArray(v) && SINGLE.includes(name)) {
      if (v.length > 1) throw new UsageError(`--${name} was given ${v.length} times (${v.map((x) => `'${x}'`).join(", ")}); it takes one value`);
      out[name] = v[0];
    } else out[name] = v;
  }
  return out;
}
function writeChunks(chunks, file, io) {
  if (!file) {
    for (const c of chunks) io.stdout(c);
    return;
  }
  writeChunksToFile(file, chunks);
}
function render(report, format, text) {
  if (format === "json") return renderJson(report);
  if (format === "markdown") return renderMarkdown(report);
  if (format === "sarif") return renderSarif(report);
  return renderText(report, text);
}
async function runCheck(args, io) {
  const { values: all, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      ...Object.fromEntries(SINGLE.map((name) => [name, { type: "string", multiple: true }])),
      ...Object.fromEntries(REPEATABLE.map((name) => [name, { type: "string", multiple: true }])),
      "no-cache": { type: "boolean" },
      offline: { type: "boolean" },
      online: { type: "boolean" },
      "alert-digest": { type: "boolean" },
      quiet: { type: "boolean" }
    }
  });
  const values = onceEach(all);
  if (positionals.length > 1) throw new UsageError(`check takes one folder, got ${positionals.length}`);
  const format = values.format ?? "text";
  if (!FORMATS.includes(format)) throw new UsageError(`--format: expected text, json, markdown or sarif, got '${format}'`);
  const failOn = parseFailOn(values["fail-on"]);
  if (values.offline && values.online) throw new UsageError("--offline and --online contradict each other");
  const useLive = !values.offline && (values.online === true || !values.db || values["osv-api-url"] !== void 0);
  const { options: live, errors } = liveOptionsFrom({
    osvApiUrl: values["osv-api-url"],
    registryUrls: values["registry-url"],
    kevUrl: values["kev-url"],
    epssUrl: values["epss-url"],
    epssCsvUrl: values["epss-csv-url"],
    endoflifeUrl: values["endoflife-url"],
    cacheDir: values["cache-dir"] ?? defaultCacheDir(),
    maxCacheAge: values["max-cache-age"],
    onSourceError: values["on-source-error"],
    disable: values["disable-source"],
    fetchTimeout: values["fetch-timeout"]
  });
  if (errors.length > 0) throw new UsageError(errors.map((e) => `${flagFor(e.setting)}: ${e.message}`).join("\n"));
  const alerting = defaultChannels(values.alert ?? []);
  if (alerting.errors.length > 0) throw new UsageError(alerting.errors.map((e) => `--alert: ${e}`).join("\n"));
  const excluding = exclusion(values.exclude ?? []);
  if (excluding.problems.length > 0) throw new UsageError(excluding.problems.map((p) => `--${p.message}`).join("\n"));
  const distro = values.distro === void 0 ? void 0 : parseDistroFlag(values.distro);
  const result = await check({
    root: positionals[0] ?? io.cwd,
    ...distro ? { distro } : {},
    ...values.db ? { db: values.db } : {},
    ...values.policy ? { policy: values.policy } : {},
    now: values.now ? parseNow(values.now) : io.now(),
    ...failOn ? { failOn } : {},
    ...values.kev ? { kev: values.kev } : {},
    ...values.epss ? { epss: values.epss } : {},
    ...values.releases ? { releases: values.releases } : {},
    ...values["nodejs-security-wg"] ? { nodejsSecurityWg: values["nodejs-security-wg"] } : {},
    ...values["no-cache"] ? { cacheDir: false } : values["cache-dir"] ? { cacheDir: values["cache-dir"] } : {},
    ...useLive ? { live } : {},
    ...excluding.exclude ? { exclude: excluding.exclude } : {},
    ...values["helm-values"] ? { helmValues: values["helm-values"] } : {}
  });
  if (!result.report) {
    for (const p of result.fatal) io.stderr(formatProblem(p) + "\n");
    return result.exitCode;
  }
  const repository = values.repository ?? process.env.GITHUB_REPOSITORY;
  if (repository) result.report.repository = repository;
  if (format === "json" || format === "sarif") {
    writeChunks(format === "json" ? renderJsonChunks(result.report) : renderSarifChunks(result.report), values.output, io);
  } else {
    const tty = values.output ? void 0 : io.terminal;
    const output = render(result.report, format, { ...tty?.columns ? { width: tty.columns } : {}, color: tty?.color ?? false, quiet: values.quiet === true });
    if (values.output) writeFileSync(values.output, output);
    else io.stdout(output);
  }
  if (values["sarif-file"]) writeChunksToFile(values["sarif-file"], renderSarifChunks(result.report));
  for (const p of result.report.problems) if (p.level === "error") io.stderr(formatProblem(p) + "\n");
  const alertState = values["alert-state"] ?? (values["no-cache"] ? void 0 : join(values["cache-dir"] ?? defaultCacheDir(), "alert-state.json"));
  if (result.policy) {
    const alerts = await sendAlerts({
      report: result.report,
      policy: result.policy,
      channels: alerting.channels,
      ...alertState ? { store: fileStore(alertState) } : {},
      digest: values["alert-digest"] === true,
      gate: true,
      env: io.env ?? process.env,
      repoRoot: positionals[0] ?? io.cwd
    });
    for (const p of alerts.problems) io.stderr(formatProblem(p) + "\n");
  }
  return result.exitCode;
}
function runAuditCommand(args, io) {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      reports: { type: "string", multiple: true },
      period: { type: "string" },
      from: { type: "string" },
      to: { type: "string" },
      format: { type: "string", default: "markdown" },
      output: { type: "string" }
    }
  });
  if (positionals.length > 0) throw new UsageError(`audit takes no folder argument (use --reports DIR), got '${positionals[0]}'`);
  const format = values.format ?? "markdown";
  if (!AUDIT_FORMATS.includes(format)) throw new UsageError(`--format: expected markdown, html, csv or json, got '${format}'`);
  if (!values.reports || values.reports.length === 0) throw new UsageError("audit: give --reports DIR, a folder of past JSON reports");
  const period = parsePeriod({ period: values.period, from: values.from, to: values.to });
  if (typeof period === "string") throw new UsageError(period);
  const history = joinHistories(values.reports.map((dir) => historyFromReports(resolve(io.cwd, dir))));
  for (const p of history.problems) if (p.level !== "notice") io.stderr(formatProblem(p) + "\n");
  if (history.observations.length === 0) {
    io.stderr(`${TOOL_NAME}: error: no patchwarden JSON report under ${values.reports.join(", ")}
`);
    return 2;
  }
  const output = renderAudit(audit(history, period), format);
  if (values.output) writeFileSync(resolve(io.cwd, values.output), output);
  else io.stdout(output);
  return 0;
}
async function runCli(argv, io) {
  try {
    const [command, ...rest] = argv;
    if (command === void 0 || command === "-h" || command === "--help" || command === "help") {
      io.stdout(USAGE);
      return command === void 0 ? 2 : 0;
    }
    if (command === "-v" || command === "--version") {
      io.stdout(`${TOOL_VERSION}
`);
      return 0;
    }
    if (rest.includes("-h") || rest.includes("--help")) {
      io.stdout(USAGE);
      return 0;
    }
    if (command === "check") return await runCheck(rest, io);
    if (command === "audit") return runAuditCommand(rest, io);
    if (command === "policy") {
      const [sub, file, ...extra] = rest;
      if (extra.length > 0) throw new UsageError(`policy ${sub ?? ""}: unexpected argument '${extra[0]}'`);
      let result;
      if (sub === "validate") result = policyValidate(file, io.cwd);
      else if (sub === "explain") result = policyExplain(file, io.cwd);
      else if (sub === "list") result = policyList();
      else throw new UsageError(`policy: expected validate, explain or list, got '${sub ?? ""}'`);
      (result.exitCode === 0 ? io.stdout : io.stderr)(result.output.endsWith("\n") ? result.output : result.output + "\n");
      return result.exitCode;
    }
    throw new UsageError(`unknown command '${command}'`);
  } catch (err) {
    if (err instanceof UsageError || err.code?.startsWith("ERR_PARSE_ARGS")) {
      io.stderr(`${TOOL_NAME}: ${err.message}

${USAGE}`);
      return 2;
    }
    io.stderr(`${TOOL_NAME}: internal error (please report it): ${err.stack ?? String(err)}
`);
    return 2;
  }
}

// src/cli.ts
var columns = Number.parseInt(process.env.COLUMNS ?? "", 10);
var code = await runCli(process.argv.slice(2), {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  cwd: process.cwd(),
  now: () => /* @__PURE__ */ new Date(),
  terminal: {
    ...columns > 0 ? { columns } : process.stdout.isTTY && process.stdout.columns > 0 ? { columns: process.stdout.columns } : {},
    color: process.stdout.isTTY === true && !process.env.NO_COLOR
  }
});
process.exitCode = code;
