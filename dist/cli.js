#!/usr/bin/env node
import { createRequire as __pwCreateRequire } from 'node:module';
const require = __pwCreateRequire(import.meta.url);
import {
  SEVERITY_ORDER,
  check,
  daysPhrase,
  defaultCacheDir,
  exclusion,
  firstLocation,
  fixPhrase,
  listBuiltins,
  liveOptionsFrom,
  loadPolicy,
  renderJson,
  renderJsonChunks,
  renderMarkdown
} from "./chunks/chunk-E4PKK37O.js";
import {
  TOOL_NAME,
  TOOL_VERSION
} from "./chunks/chunk-UNJ5WPTT.js";

// src/cli/run.ts
import { closeSync, openSync, writeFileSync, writeSync } from "node:fs";
import { parseArgs } from "node:util";

// src/evaluate/policy/commands.ts
function formatProblem(p) {
  const where = p.file === void 0 ? "" : `${p.file}${p.line === void 0 ? "" : `:${p.line}${p.column === void 0 ? "" : `:${p.column}`}`}: `;
  return `${where}${p.level}: ${p.message}`;
}
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
  const problems = problemsText(r);
  if (!r.policy) return { output: `${problems}
policy is invalid
`, exitCode: 2 };
  const lines = [`${title(r.policy)} is valid`, `digest: ${r.policy.identity.digest}`];
  if (problems) lines.push(problems);
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
  const rows = [];
  leaves(policy.settings, "", rows);
  const shown = rows.map(([path, value]) => [path, typeof value === "string" ? value : JSON.stringify(value)]);
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
  const rows = [];
  let bad = false;
  for (const b of listBuiltins()) {
    const r = loadPolicy({ spec: b.ref, root: process.cwd() });
    if (!r.policy) {
      bad = true;
      rows.push([b.ref, "-", `invalid: ${r.problems[0]?.message ?? "unknown problem"}`]);
      continue;
    }
    const m = r.policy.metadata;
    const note = m.supersededBy === void 0 ? "" : ` (superseded by ${m.supersededBy})`;
    rows.push([b.ref, m.version, `${m.title ?? m.name}${note}`]);
  }
  const w0 = Math.max(...rows.map((r) => r[0].length), 4);
  const w1 = Math.max(...rows.map((r) => r[1].length), 7);
  const out = [`${"NAME".padEnd(w0)}  ${"VERSION".padEnd(w1)}  TITLE`, ...rows.map((r) => `${r[0].padEnd(w0)}  ${r[1].padEnd(w1)}  ${r[2]}`)];
  return { output: out.join("\n") + "\n", exitCode: bad ? 2 : 0 };
}

// src/report/text.ts
var MAX_CELL = 48;
function cut(s, max = MAX_CELL) {
  const one = s.replace(/[\r\n\t]+/g, " ").replace(/[\u0000-\u001f\u007f]/g, "");
  return one.length > max ? one.slice(0, max - 1) + "\u2026" : one;
}
function table(rows) {
  const widths = [];
  for (const r of rows) r.forEach((c, i) => widths[i] = Math.max(widths[i] ?? 0, c.length));
  return rows.map((r) => r.map((c, i) => i === r.length - 1 ? c : c.padEnd(widths[i])).join("  ").trimEnd()).join("\n");
}
function renderText(report) {
  const out = [];
  const s = report.summary;
  out.push(`patchwarden ${report.tool.version} \xB7 policy ${report.policy.name}@${report.policy.version} \xB7 now ${report.now.slice(0, 10)}`);
  out.push(
    `${s.components} components, ${s.findings} findings: ${s.overdue} overdue, ${s.dueSoon} due soon, ${s.within} within deadline, ${s.noFix} no fix, ${s.excepted} excepted`
  );
  if (report.findings.length > 0) {
    out.push("");
    const rows = [["STATUS", "SEVERITY", "PACKAGE", "VERSION", "ADVISORY", "FIX", "DEADLINE", "WHEN", "LOCATION"]];
    for (const f of report.findings) {
      rows.push([
        f.status,
        f.severity,
        cut(`${f.component.ecosystem}/${f.component.name}`),
        cut(f.component.version),
        cut(f.advisory.id),
        cut(fixPhrase(f)),
        f.deadline ?? "-",
        daysPhrase(f),
        cut(firstLocation(f))
      ]);
    }
    out.push(table(rows));
  }
  const problems = report.problems.filter((p) => p.level !== "notice");
  if (problems.length > 0) {
    out.push("");
    out.push(`${problems.length} problem(s):`);
    for (const p of problems.slice(0, 50)) {
      const where = p.file ? `${cut(p.file, 400)}${p.line ? `:${p.line}` : ""}: ` : "";
      out.push(`  ${p.level}: ${where}${cut(p.message, 400)}`);
    }
    if (problems.length > 50) out.push(`  \u2026 ${problems.length - 50} more in the JSON report`);
  }
  out.push("");
  out.push(
    s.gateSeverity === "none" ? "gate: off" : `gate (${s.gateSeverity} and above, overdue): ${s.gate === "fail" ? "FAIL" : "pass"}`
  );
  return out.join("\n") + "\n";
}

// src/cli/run.ts
var USAGE = `Usage:
  patchwarden check [DIR] [options]     check DIR (default .) against advisories and the patch policy
  patchwarden policy validate [FILE]    validate a policy (default: the repository's or the baseline)
  patchwarden policy explain [FILE]     print the resolved policy and where each value came from
  patchwarden policy list               list the built-in policies

Options for check:
  --db PATH            offline advisory database: an OSV all.zip, a folder of OSV JSON, or one
                       record (repeatable)
  --policy SPEC        a policy file or builtin:NAME@MAJOR (default: .github/patchwarden.yml in
                       DIR, else builtin:baseline@1)
  --exclude GLOB       a repository path not to scan, like '**/__fixtures__' or 'examples/**'
                       (repeatable; a matching folder is not entered)
  --now DATE           evaluate as of this date or timestamp (default: the current time)
  --format FORMAT      text (default), json or markdown
  --output FILE        write the report to FILE instead of standard output
  --fail-on SEVERITY   gate: critical, high, medium, low or none (default: the policy's gate)
  --kev FILE           CISA Known Exploited Vulnerabilities catalogue (JSON)
  --epss FILE          FIRST EPSS scores (CSV, optionally .gz)
  --releases DIR       runtime release data in endoflife.date's formats (image patch lag and
                       end of life)
  --nodejs-security-wg PATH
                       the Node.js security WG's vuln.zip or folder (vulnerabilities of node images)
  --cache-dir DIR      folder for cached bundle indexes and live answers (default: patchwarden-cache
                       in RUNNER_TEMP or the OS temp folder)
  --no-cache           read every advisory bundle in full, cache nothing

Live sources (used when no --db is given, or with --online; never with --offline):
  --offline            files only (and the cache, when --cache-dir is given)
  --online             use the live sources as well as --db files
  --osv-api-url URL    OSV API base URL (default https://api.osv.dev)
  --registry-url NAME=URL
                       a package registry's base URL (npm, pypi, go, crates, rubygems, packagist,
                       maven, nuget, pub), repeatable
  --kev-url URL, --epss-url URL, --epss-csv-url URL, --endoflife-url URL
                       the feeds' URLs
  --disable-source NAME
                       switch one source off: osv-api, registry-dates, kev, epss, endoflife
                       (repeatable, or a comma-separated list)
  --max-cache-age DAYS|SOURCE=DAYS
                       how old a cached answer may be before it is stale (repeatable)
  --on-source-error fail|warn
                       a source that cannot be reached is an error (default) or a warning
  --fetch-timeout SECONDS
                       per request attempt
  -h, --help           this help
  -v, --version        print the version

Exit codes: 0 gate passed, 1 an overdue finding at or above the gate, 2 usage, policy or input error.
`;
var UsageError = class extends Error {
};
function parseNow(value) {
  const iso = /^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value;
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) throw new UsageError(`--now: expected a date like 2026-11-24 or an ISO timestamp, got '${value}'`);
  return d;
}
function parseFailOn(value) {
  if (value === void 0) return void 0;
  if (value === "none" || SEVERITY_ORDER.includes(value)) return value;
  throw new UsageError(`--fail-on: expected critical, high, medium, low or none, got '${value}'`);
}
function formatProblem2(p) {
  const where = p.file ? `${p.file}${p.line ? `:${p.line}${p.column ? `:${p.column}` : ""}` : ""}: ` : "";
  return `${TOOL_NAME}: ${p.level}: ${where}${p.message}`;
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
function writeChunks(chunks, file, io) {
  if (!file) {
    for (const c of chunks) io.stdout(c);
    return;
  }
  const fd = openSync(file, "w");
  try {
    for (const c of chunks) writeSync(fd, c);
  } finally {
    closeSync(fd);
  }
}
function render(report, format) {
  if (format === "json") return renderJson(report);
  if (format === "markdown") return renderMarkdown(report);
  return renderText(report);
}
async function runCheck(args, io) {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      db: { type: "string", multiple: true },
      policy: { type: "string" },
      now: { type: "string" },
      format: { type: "string", default: "text" },
      output: { type: "string" },
      "fail-on": { type: "string" },
      kev: { type: "string" },
      epss: { type: "string" },
      releases: { type: "string" },
      "nodejs-security-wg": { type: "string" },
      "cache-dir": { type: "string" },
      "no-cache": { type: "boolean" },
      offline: { type: "boolean" },
      online: { type: "boolean" },
      "osv-api-url": { type: "string" },
      "registry-url": { type: "string", multiple: true },
      "kev-url": { type: "string" },
      "epss-url": { type: "string" },
      "epss-csv-url": { type: "string" },
      "endoflife-url": { type: "string" },
      "disable-source": { type: "string", multiple: true },
      "max-cache-age": { type: "string", multiple: true },
      "on-source-error": { type: "string" },
      "fetch-timeout": { type: "string" },
      exclude: { type: "string", multiple: true }
    }
  });
  if (positionals.length > 1) throw new UsageError(`check takes one folder, got ${positionals.length}`);
  const format = values.format ?? "text";
  if (!["text", "json", "markdown"].includes(format)) throw new UsageError(`--format: expected text, json or markdown, got '${format}'`);
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
  const excluding = exclusion(values.exclude ?? []);
  if (excluding.problems.length > 0) throw new UsageError(excluding.problems.map((p) => `--${p.message}`).join("\n"));
  const result = await check({
    root: positionals[0] ?? io.cwd,
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
    ...excluding.exclude ? { exclude: excluding.exclude } : {}
  });
  if (!result.report) {
    for (const p of result.fatal) io.stderr(formatProblem2(p) + "\n");
    return result.exitCode;
  }
  if (format === "json") {
    writeChunks(renderJsonChunks(result.report), values.output, io);
  } else {
    const output = render(result.report, format);
    if (values.output) writeFileSync(values.output, output);
    else io.stdout(output);
  }
  for (const p of result.report.problems) if (p.level === "error") io.stderr(formatProblem2(p) + "\n");
  return result.exitCode;
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
    if (command === "policy") {
      const [sub, file, ...extra] = rest;
      if (extra.length > 0) throw new UsageError(`policy ${sub ?? ""}: unexpected argument '${extra[0]}'`);
      let result;
      if (sub === "validate") result = await policyValidate(file, io.cwd);
      else if (sub === "explain") result = await policyExplain(file, io.cwd);
      else if (sub === "list") result = await policyList();
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
var code = await runCli(process.argv.slice(2), {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  cwd: process.cwd(),
  now: () => /* @__PURE__ */ new Date()
});
process.exitCode = code;
