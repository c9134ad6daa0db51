import { createRequire as __pwCreateRequire } from 'node:module';
const require = __pwCreateRequire(import.meta.url);
import {
  EXTRACTORS,
  SEVERITY_ORDER,
  check,
  code,
  daysPhrase,
  defaultCacheDir,
  discover,
  exclusion,
  extractAll,
  fixPhrase,
  headline,
  link,
  liveOptionsFrom,
  loadPolicy,
  matchKey,
  realRoot,
  renderJson,
  renderMarkdown,
  require_picomatch,
  schemeFor,
  text
} from "./chunks/chunk-E4PKK37O.js";
import {
  isTransient,
  messageOf,
  statusOf
} from "./chunks/chunk-5SXCCITM.js";
import {
  __toESM
} from "./chunks/chunk-UNJ5WPTT.js";

// src/github/run.ts
import { appendFileSync as appendFileSync2, existsSync as existsSync4, mkdirSync, writeFileSync } from "node:fs";
import { dirname as dirname2 } from "node:path";

// node_modules/@actions/core/lib/command.js
import * as os from "os";

// node_modules/@actions/core/lib/utils.js
function toCommandValue(input) {
  if (input === null || input === void 0) {
    return "";
  } else if (typeof input === "string" || input instanceof String) {
    return input;
  }
  return JSON.stringify(input);
}
function toCommandProperties(annotationProperties) {
  if (!Object.keys(annotationProperties).length) {
    return {};
  }
  return {
    title: annotationProperties.title,
    file: annotationProperties.file,
    line: annotationProperties.startLine,
    endLine: annotationProperties.endLine,
    col: annotationProperties.startColumn,
    endColumn: annotationProperties.endColumn
  };
}

// node_modules/@actions/core/lib/command.js
function issueCommand(command, properties, message) {
  const cmd = new Command(command, properties, message);
  process.stdout.write(cmd.toString() + os.EOL);
}
var CMD_STRING = "::";
var Command = class {
  constructor(command, properties, message) {
    if (!command) {
      command = "missing.command";
    }
    this.command = command;
    this.properties = properties;
    this.message = message;
  }
  toString() {
    let cmdStr = CMD_STRING + this.command;
    if (this.properties && Object.keys(this.properties).length > 0) {
      cmdStr += " ";
      let first = true;
      for (const key in this.properties) {
        if (this.properties.hasOwnProperty(key)) {
          const val = this.properties[key];
          if (val) {
            if (first) {
              first = false;
            } else {
              cmdStr += ",";
            }
            cmdStr += `${key}=${escapeProperty(val)}`;
          }
        }
      }
    }
    cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
    return cmdStr;
  }
};
function escapeData(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(/:/g, "%3A").replace(/,/g, "%2C");
}

// node_modules/@actions/core/lib/file-command.js
import * as crypto from "crypto";
import * as fs from "fs";
import * as os2 from "os";
function issueFileCommand(command, message) {
  const filePath = process.env[`GITHUB_${command}`];
  if (!filePath) {
    throw new Error(`Unable to find environment variable for file command ${command}`);
  }
  if (!fs.existsSync(filePath)) {
    throw new Error(`Missing file at path: ${filePath}`);
  }
  fs.appendFileSync(filePath, `${toCommandValue(message)}${os2.EOL}`, {
    encoding: "utf8"
  });
}
function prepareKeyValueMessage(key, value) {
  const delimiter = `ghadelimiter_${crypto.randomUUID()}`;
  const convertedValue = toCommandValue(value);
  if (key.includes(delimiter)) {
    throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
  }
  if (convertedValue.includes(delimiter)) {
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
  }
  return `${key}<<${delimiter}${os2.EOL}${convertedValue}${os2.EOL}${delimiter}`;
}

// node_modules/@actions/core/lib/core.js
import * as os3 from "os";

// node_modules/@actions/core/lib/summary.js
import { EOL as EOL3 } from "os";
import { constants, promises } from "fs";
var __awaiter = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve3) {
      resolve3(value);
    });
  }
  return new (P || (P = Promise))(function(resolve3, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve3(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var { access, appendFile, writeFile } = promises;
var SUMMARY_ENV_VAR = "GITHUB_STEP_SUMMARY";
var Summary = class {
  constructor() {
    this._buffer = "";
  }
  /**
   * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
   * Also checks r/w permissions.
   *
   * @returns step summary file path
   */
  filePath() {
    return __awaiter(this, void 0, void 0, function* () {
      if (this._filePath) {
        return this._filePath;
      }
      const pathFromEnv = process.env[SUMMARY_ENV_VAR];
      if (!pathFromEnv) {
        throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
      }
      try {
        yield access(pathFromEnv, constants.R_OK | constants.W_OK);
      } catch (_a) {
        throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
      }
      this._filePath = pathFromEnv;
      return this._filePath;
    });
  }
  /**
   * Wraps content in an HTML tag, adding any HTML attributes
   *
   * @param {string} tag HTML tag to wrap
   * @param {string | null} content content within the tag
   * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
   *
   * @returns {string} content wrapped in HTML element
   */
  wrap(tag, content, attrs = {}) {
    const htmlAttrs = Object.entries(attrs).map(([key, value]) => ` ${key}="${value}"`).join("");
    if (!content) {
      return `<${tag}${htmlAttrs}>`;
    }
    return `<${tag}${htmlAttrs}>${content}</${tag}>`;
  }
  /**
   * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
   *
   * @param {SummaryWriteOptions} [options] (optional) options for write operation
   *
   * @returns {Promise<Summary>} summary instance
   */
  write(options) {
    return __awaiter(this, void 0, void 0, function* () {
      const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
      const filePath = yield this.filePath();
      const writeFunc = overwrite ? writeFile : appendFile;
      yield writeFunc(filePath, this._buffer, { encoding: "utf8" });
      return this.emptyBuffer();
    });
  }
  /**
   * Clears the summary buffer and wipes the summary file
   *
   * @returns {Summary} summary instance
   */
  clear() {
    return __awaiter(this, void 0, void 0, function* () {
      return this.emptyBuffer().write({ overwrite: true });
    });
  }
  /**
   * Returns the current summary buffer as a string
   *
   * @returns {string} string of summary buffer
   */
  stringify() {
    return this._buffer;
  }
  /**
   * If the summary buffer is empty
   *
   * @returns {boolen} true if the buffer is empty
   */
  isEmptyBuffer() {
    return this._buffer.length === 0;
  }
  /**
   * Resets the summary buffer without writing to summary file
   *
   * @returns {Summary} summary instance
   */
  emptyBuffer() {
    this._buffer = "";
    return this;
  }
  /**
   * Adds raw text to the summary buffer
   *
   * @param {string} text content to add
   * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
   *
   * @returns {Summary} summary instance
   */
  addRaw(text2, addEOL = false) {
    this._buffer += text2;
    return addEOL ? this.addEOL() : this;
  }
  /**
   * Adds the operating system-specific end-of-line marker to the buffer
   *
   * @returns {Summary} summary instance
   */
  addEOL() {
    return this.addRaw(EOL3);
  }
  /**
   * Adds an HTML codeblock to the summary buffer
   *
   * @param {string} code content to render within fenced code block
   * @param {string} lang (optional) language to syntax highlight code
   *
   * @returns {Summary} summary instance
   */
  addCodeBlock(code2, lang) {
    const attrs = Object.assign({}, lang && { lang });
    const element = this.wrap("pre", this.wrap("code", code2), attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML list to the summary buffer
   *
   * @param {string[]} items list of items to render
   * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
   *
   * @returns {Summary} summary instance
   */
  addList(items, ordered = false) {
    const tag = ordered ? "ol" : "ul";
    const listItems = items.map((item) => this.wrap("li", item)).join("");
    const element = this.wrap(tag, listItems);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML table to the summary buffer
   *
   * @param {SummaryTableCell[]} rows table rows
   *
   * @returns {Summary} summary instance
   */
  addTable(rows) {
    const tableBody = rows.map((row) => {
      const cells = row.map((cell) => {
        if (typeof cell === "string") {
          return this.wrap("td", cell);
        }
        const { header, data, colspan, rowspan } = cell;
        const tag = header ? "th" : "td";
        const attrs = Object.assign(Object.assign({}, colspan && { colspan }), rowspan && { rowspan });
        return this.wrap(tag, data, attrs);
      }).join("");
      return this.wrap("tr", cells);
    }).join("");
    const element = this.wrap("table", tableBody);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds a collapsable HTML details element to the summary buffer
   *
   * @param {string} label text for the closed state
   * @param {string} content collapsable content
   *
   * @returns {Summary} summary instance
   */
  addDetails(label, content) {
    const element = this.wrap("details", this.wrap("summary", label) + content);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML image tag to the summary buffer
   *
   * @param {string} src path to the image you to embed
   * @param {string} alt text description of the image
   * @param {SummaryImageOptions} options (optional) addition image attributes
   *
   * @returns {Summary} summary instance
   */
  addImage(src, alt, options) {
    const { width, height } = options || {};
    const attrs = Object.assign(Object.assign({}, width && { width }), height && { height });
    const element = this.wrap("img", null, Object.assign({ src, alt }, attrs));
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML section heading element
   *
   * @param {string} text heading text
   * @param {number | string} [level=1] (optional) the heading level, default: 1
   *
   * @returns {Summary} summary instance
   */
  addHeading(text2, level) {
    const tag = `h${level}`;
    const allowedTag = ["h1", "h2", "h3", "h4", "h5", "h6"].includes(tag) ? tag : "h1";
    const element = this.wrap(allowedTag, text2);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML thematic break (<hr>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addSeparator() {
    const element = this.wrap("hr", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML line break (<br>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addBreak() {
    const element = this.wrap("br", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML blockquote to the summary buffer
   *
   * @param {string} text quote text
   * @param {string} cite (optional) citation url
   *
   * @returns {Summary} summary instance
   */
  addQuote(text2, cite) {
    const attrs = Object.assign({}, cite && { cite });
    const element = this.wrap("blockquote", text2, attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML anchor tag to the summary buffer
   *
   * @param {string} text link text/content
   * @param {string} href hyperlink
   *
   * @returns {Summary} summary instance
   */
  addLink(text2, href) {
    const element = this.wrap("a", text2, { href });
    return this.addRaw(element).addEOL();
  }
};
var _summary = new Summary();

// node_modules/@actions/core/lib/core.js
var ExitCode;
(function(ExitCode2) {
  ExitCode2[ExitCode2["Success"] = 0] = "Success";
  ExitCode2[ExitCode2["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
function setOutput(name, value) {
  const filePath = process.env["GITHUB_OUTPUT"] || "";
  if (filePath) {
    return issueFileCommand("OUTPUT", prepareKeyValueMessage(name, value));
  }
  process.stdout.write(os3.EOL);
  issueCommand("set-output", { name }, toCommandValue(value));
}
function setFailed(message) {
  process.exitCode = ExitCode.Failure;
  error(message);
}
function debug(message) {
  issueCommand("debug", {}, message);
}
function error(message, properties = {}) {
  issueCommand("error", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function warning(message, properties = {}) {
  issueCommand("warning", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function notice(message, properties = {}) {
  issueCommand("notice", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function info(message) {
  process.stdout.write(message + os3.EOL);
}

// src/report/annotations.ts
var STATUS_RANK = { overdue: 0, "due-soon": 1, within: 2, "no-fix": 3, excepted: 4 };
function compareUrgency(a, b) {
  return STATUS_RANK[a.status] - STATUS_RANK[b.status] || SEVERITY_ORDER.indexOf(b.severity) - SEVERITY_ORDER.indexOf(a.severity) || (a.daysLeft ?? Number.MAX_SAFE_INTEGER) - (b.daysLeft ?? Number.MAX_SAFE_INTEGER) || a.component.name.localeCompare(b.component.name) || a.advisory.id.localeCompare(b.advisory.id);
}
function annotationsFor(report, prefix = "") {
  const out = [];
  const push = (f, level) => {
    for (const loc of f.locations.slice(0, 5)) {
      out.push({
        level,
        title: `${f.status === "overdue" ? "Overdue" : "Due soon"} ${f.severity} patch: ${f.component.name}`,
        message: headline(f),
        file: prefix ? `${prefix.replace(/\/+$/, "")}/${loc.file}` : loc.file,
        line: loc.line
      });
    }
  };
  for (const f of [...report.findings].sort(compareUrgency)) {
    if (f.status === "overdue") push(f, "error");
    else if (f.status === "due-soon") push(f, "warning");
  }
  return out;
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
  const summary2 = a.summary.trim() || `${a.id}${aliases}`;
  return {
    id: a.id,
    name: a.id.replace(/[^A-Za-z0-9]/g, ""),
    shortDescription: { text: `${a.id}: ${summary2}`.slice(0, 1e3) },
    fullDescription: { text: `${summary2}${aliases}`.slice(0, 4e3) },
    helpUri: /^https:\/\//.test(a.url) ? a.url : void 0,
    help: {
      text: `${a.id}${aliases}: ${summary2}. Upgrade the package to a fixed version within the deadline your patch policy sets.`,
      markdown: `**${link(a.id, a.url)}**${aliases ? ` ${text(aliases)}` : ""}: ${text(summary2)}

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
function buildSarif(report, opts = {}) {
  const rules = [];
  const ruleIndex = /* @__PURE__ */ new Map();
  const results = [];
  for (const f of report.findings) {
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
    if (others.length > 0) result.relatedLocations = others.map((l, i) => ({ id: i + 1, ...physical(l.file, l.line), message: { text: `also declared here (${f.component.version})` } }));
    if (f.status === "excepted" && f.exception) {
      result.suppressions = [{ kind: "external", status: "accepted", justification: `${f.exception.reason} (approved by ${f.exception.approvedBy}, expires ${f.exception.expires})` }];
    }
    results.push(result);
  }
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
        results,
        properties: {
          policy: `${report.policy.name}@${report.policy.version}`,
          policyDigest: report.policy.digest,
          now: report.now
        }
      }
    ]
  };
}
function renderSarif(report, opts = {}) {
  return JSON.stringify(buildSarif(report, opts), null, 2) + "\n";
}

// src/github/checks.ts
var COMMAND_LIMIT = 10;
var CHECK_BATCH = 50;
var CHECK_MAX = 1e3;
function fitsInCommands(annotations) {
  return annotations.filter((a) => a.level === "error").length <= COMMAND_LIMIT && annotations.filter((a) => a.level === "warning").length <= COMMAND_LIMIT;
}
function splitForCommands(annotations) {
  const seen = { error: 0, warning: 0 };
  const shown = [];
  const rest = [];
  for (const a of annotations) {
    if (seen[a.level] < COMMAND_LIMIT) {
      seen[a.level]++;
      shown.push(a);
    } else rest.push(a);
  }
  return { shown, rest };
}
var SUMMARY_MAX = 65e3;
function toCheck(a) {
  return { path: a.file, start_line: a.line, end_line: a.line, annotation_level: a.level === "error" ? "failure" : "warning", title: a.title.slice(0, 255), message: a.message.slice(0, 64e3) };
}
async function publishCheckRun(input) {
  const { client, gate, repo } = input;
  const posted = input.annotations.slice(0, CHECK_MAX);
  const overflow = input.annotations.slice(CHECK_MAX);
  const batches = [];
  for (let i = 0; i < posted.length; i += CHECK_BATCH) batches.push(posted.slice(i, i + CHECK_BATCH));
  const output = (batch) => ({
    title: input.title,
    summary: input.summary.length > SUMMARY_MAX ? `${input.summary.slice(0, SUMMARY_MAX)}

\u2026(cut; the job summary has it all)` : input.summary,
    ...batch && batch.length > 0 ? { annotations: batch.map(toCheck) } : {}
  });
  const last = batches.length <= 1;
  const created = await gate.write(
    "create check run",
    () => client.rest.checks.create({
      ...repo,
      name: input.name,
      head_sha: input.headSha,
      ...last ? { status: "completed", conclusion: input.conclusion } : { status: "in_progress" },
      output: output(batches[0])
    })
  );
  if (!created) return { posted: [], rest: [...input.annotations] };
  const id = created.data.id;
  for (let i = 1; i < batches.length; i++) {
    const final = i === batches.length - 1;
    const done = await gate.write(
      `check run annotations ${i + 1}/${batches.length}`,
      () => client.rest.checks.update({
        ...repo,
        check_run_id: id,
        ...final ? { status: "completed", conclusion: input.conclusion } : {},
        output: output(batches[i])
      })
    );
    if (!done) return { posted: batches.slice(0, i).flat(), rest: [...batches.slice(i).flat(), ...overflow], url: created.data.html_url ?? void 0 };
  }
  return { posted, rest: overflow, url: created.data.html_url ?? void 0 };
}

// src/github/codeowners.ts
var import_picomatch = __toESM(require_picomatch(), 1);
import { readFileSync } from "node:fs";
import { join } from "node:path";
var CODEOWNERS_PATHS = [".github/CODEOWNERS", "CODEOWNERS", "docs/CODEOWNERS"];
var LOGIN = /^@([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))$/;
function compile(pattern) {
  let p = pattern;
  const dirOnly = p.endsWith("/");
  if (dirOnly) p = p.replace(/\/+$/, "");
  const anchored = p.startsWith("/") || p.includes("/");
  p = p.replace(/^\/+/, "");
  if (!anchored && !p.startsWith("**/")) p = `**/${p}`;
  const opts = { dot: true };
  const below = (0, import_picomatch.default)(`${p}/**`, opts);
  if (dirOnly) return [below];
  return [(0, import_picomatch.default)(p, opts), below];
}
function parseCodeowners(text2, file) {
  const rules = [];
  const problems = [];
  text2.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.replace(/(^|\s)#.*$/, "").trim();
    if (line === "" || /^\^?\[.*\]/.test(line)) return;
    const [pattern, ...owners] = line.split(/\s+/);
    if (!pattern) return;
    if (pattern.includes("\\#") || /[![\]]/.test(pattern.replace(/\\./g, ""))) {
      problems.push({ level: "notice", origin: "github/codeowners", file, line: i + 1, message: `pattern '${pattern}' uses syntax GitHub does not support in CODEOWNERS; rule ignored` });
      return;
    }
    rules.push({ line: i + 1, matchers: compile(pattern), owners });
  });
  return { file, rules, problems };
}
function loadCodeowners(repoRoot) {
  for (const rel of CODEOWNERS_PATHS) {
    let text2;
    try {
      text2 = readFileSync(join(repoRoot, rel), "utf8");
    } catch {
      continue;
    }
    return parseCodeowners(text2, rel);
  }
  return void 0;
}
function ownersOf(codeowners, path) {
  for (let i = codeowners.rules.length - 1; i >= 0; i--) {
    const rule = codeowners.rules[i];
    if (!rule.matchers.some((m) => m(path))) continue;
    const logins = [];
    for (const o of rule.owners) {
      const m = LOGIN.exec(o);
      if (m) logins.push(m[1]);
    }
    return logins;
  }
  return [];
}

// src/github/context.ts
import { existsSync as existsSync2, readFileSync as readFileSync2 } from "node:fs";
import { dirname, relative, resolve, sep } from "node:path";
var str = (v) => typeof v === "string" && v !== "" ? v : void 0;
function readPayload(path, warnings) {
  if (!path) return {};
  try {
    const parsed = JSON.parse(readFileSync2(path, "utf8"));
    if (parsed && typeof parsed === "object" && !Array.isArray(parsed)) return parsed;
    warnings.push(`event payload ${path} is not a JSON object; ignored`);
  } catch (err) {
    warnings.push(`event payload ${path} not read: ${err.message}`);
  }
  return {};
}
function pullRequestOf(payload) {
  const pr = payload.pull_request;
  if (!pr || typeof pr.number !== "number") return void 0;
  const baseSha = str(pr.base?.sha);
  const headSha2 = str(pr.head?.sha);
  const baseRepo = str(pr.base?.repo?.full_name) ?? str(payload.repository?.full_name);
  if (!baseSha || !headSha2 || !baseRepo) return void 0;
  return { number: pr.number, baseSha, headSha: headSha2, baseRepo, headRepo: str(pr.head?.repo?.full_name) };
}
function readRunContext(env = process.env) {
  const warnings = [];
  const payload = readPayload(env.GITHUB_EVENT_PATH, warnings);
  const [owner = "", repo = ""] = (env.GITHUB_REPOSITORY ?? str(payload.repository?.full_name) ?? "/").split("/");
  return {
    eventName: env.GITHUB_EVENT_NAME ?? "",
    owner,
    repo,
    sha: env.GITHUB_SHA ?? "",
    ref: env.GITHUB_REF ?? "",
    serverUrl: (env.GITHUB_SERVER_URL ?? "https://github.com").replace(/\/+$/, ""),
    apiUrl: (env.GITHUB_API_URL ?? "https://api.github.com").replace(/\/+$/, ""),
    defaultBranch: str(payload.repository?.default_branch),
    pullRequest: pullRequestOf(payload),
    warnings
  };
}
function forkReadOnly(ctx) {
  const pr = ctx.pullRequest;
  if (ctx.eventName !== "pull_request" || !pr) return void 0;
  if (pr.headRepo === void 0) return "the pull request comes from a deleted fork, so the token is read-only";
  if (pr.headRepo.toLowerCase() !== pr.baseRepo.toLowerCase()) return "the pull request comes from a fork, so the token is read-only";
  return void 0;
}
function headSha(ctx) {
  return ctx.pullRequest?.headSha ?? ctx.sha;
}
function repositoryRoot(scanned, workspace) {
  const top = resolve(workspace);
  let dir = resolve(scanned);
  for (; ; ) {
    if (existsSync2(resolve(dir, ".git"))) return dir;
    const rel = relative(top, dir);
    if (rel === "" || rel.startsWith("..") || dir === dirname(dir)) return top;
    dir = dirname(dir);
  }
}
function relativePrefix(root, scanned) {
  const rel = relative(root, scanned).split(sep).join("/");
  return rel.startsWith("..") ? "" : rel;
}

// src/github/inputs.ts
import { isAbsolute, resolve as resolve2 } from "node:path";

// src/github/mode.ts
var MODE_INPUTS = ["auto", "annotate", "issues", "report"];
function resolveMode(input, ctx) {
  if (input !== "auto") return { mode: input, reason: `mode: ${input}` };
  const event = ctx.eventName;
  if (event === "pull_request" || event === "pull_request_target" || event === "merge_group") {
    return { mode: "annotate", reason: `auto: ${event} event` };
  }
  if (event === "schedule" || event === "workflow_dispatch") return { mode: "issues", reason: `auto: ${event} event` };
  if (event === "push") {
    if (ctx.defaultBranch && ctx.ref === `refs/heads/${ctx.defaultBranch}`) return { mode: "issues", reason: "auto: push to the default branch" };
    return { mode: "report", reason: `auto: push to ${ctx.ref || "a ref"} that is not the default branch` };
  }
  return { mode: "report", reason: `auto: ${event || "unknown"} event` };
}

// src/github/inputs.ts
var InputError = class extends Error {
};
function envInputs(env = process.env) {
  return (name) => {
    const v = env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`]?.trim();
    return v ? v : void 0;
  };
}
function parseNow(value, clockNow) {
  if (!value) return clockNow();
  const d = new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(d.getTime())) throw new InputError(`input now: expected a date like 2026-11-24, got '${value}'`);
  return d;
}
function parseFailOn(value) {
  if (value === void 0) return void 0;
  if (value === "none" || SEVERITY_ORDER.includes(value)) return value;
  throw new InputError(`input fail-on: expected critical, high, medium, low or none, got '${value}'`);
}
function parseBool(name, value, fallback) {
  if (value === void 0) return fallback;
  if (/^(true|yes|on|1)$/i.test(value)) return true;
  if (/^(false|no|off|0)$/i.test(value)) return false;
  throw new InputError(`input ${name}: expected true or false, got '${value}'`);
}
function parseChoice(name, value, choices, fallback) {
  if (value === void 0) return fallback;
  if (choices.includes(value)) return value;
  throw new InputError(`input ${name}: expected ${choices.join(", ")}, got '${value}'`);
}
var LABEL_MAX = 50;
function parseLabels(value) {
  const labels = (value ?? "patchwarden").split(/[\n,]/).map((l) => l.trim()).filter((l) => l !== "");
  if (labels.length === 0) throw new InputError("input labels: expected at least one label (the first one marks the tool's issues)");
  for (const l of labels) {
    if (l.length > LABEL_MAX) throw new InputError(`input labels: '${l.slice(0, 20)}\u2026' is longer than GitHub's ${LABEL_MAX} characters`);
  }
  return [...new Set(labels)];
}
function parseCount(name, value, fallback) {
  if (value === void 0) return fallback;
  if (!/^\d+$/.test(value)) throw new InputError(`input ${name}: expected a whole number, got '${value}'`);
  return Number(value);
}
var INPUT_NAMES = {
  offline: "offline",
  osvApiUrl: "osv-api-url",
  registryUrls: "registry-urls",
  kevUrl: "kev-url",
  epssUrl: "epss-url",
  epssCsvUrl: "epss-csv-url",
  endoflifeUrl: "endoflife-url",
  cacheDir: "cache-dir",
  maxCacheAge: "max-cache-age",
  onSourceError: "on-source-error",
  disable: "disable-sources",
  fetchTimeout: "fetch-timeout"
};
function readInputs(read, env, clockNow) {
  const workspace = env.GITHUB_WORKSPACE ?? process.cwd();
  const inWorkspace = (p) => isAbsolute(p) ? p : resolve2(workspace, p);
  const multi = (name) => (read(name) ?? "").split("\n").map((s) => s.trim()).filter((s) => s !== "");
  const policy = read("policy");
  const failOn = parseFailOn(read("fail-on"));
  const kev = read("kev");
  const epss = read("epss");
  const sarif = read("sarif-file");
  const base = read("base-path");
  const token = read("github-token");
  const repository = read("repository");
  const commit = read("commit");
  if (repository !== void 0 && !/^[A-Za-z0-9-]+\/[A-Za-z0-9._-]+$/.test(repository)) throw new InputError(`input repository: expected owner/name, got '${repository}'`);
  if (commit !== void 0 && !/^[0-9a-f]{40}([0-9a-f]{24})?$/i.test(commit)) throw new InputError(`input commit: expected a full commit SHA, got '${commit}'`);
  const out = {
    workspace,
    root: inWorkspace(read("path") ?? "."),
    db: multi("advisory-db").map(inWorkspace),
    reportFile: inWorkspace(read("report-file") ?? resolve2(env.RUNNER_TEMP ?? workspace, "patchwarden-report.json")),
    now: parseNow(read("now"), clockNow),
    mode: parseChoice("mode", read("mode"), MODE_INPUTS, "auto"),
    labels: parseLabels(read("labels")),
    maxIssues: parseCount("max-issues", read("max-issues"), 20),
    issueOn: parseChoice("issue-on", read("issue-on"), ["overdue", "due-soon"], "overdue"),
    dashboard: parseBool("dashboard", read("dashboard"), false),
    assignOwners: parseBool("assign-owners", read("assign-owners"), false),
    checkRun: parseBool("check-run", read("check-run"), true),
    cacheDir: read("cache-dir") ? inWorkspace(read("cache-dir")) : defaultCacheDir(env),
    exclude: multi("exclude")
  };
  const releases = read("releases");
  const wg = read("nodejs-security-wg");
  if (releases) out.releases = inWorkspace(releases);
  if (wg) out.nodejsSecurityWg = inWorkspace(wg);
  const offlineInput = read("offline");
  const offline = offlineInput === void 0 ? out.db.length > 0 : parseBool("offline", offlineInput, false);
  const live = liveOptionsFrom({
    osvApiUrl: read("osv-api-url"),
    registryUrls: multi("registry-urls"),
    kevUrl: read("kev-url"),
    epssUrl: read("epss-url"),
    epssCsvUrl: read("epss-csv-url"),
    endoflifeUrl: read("endoflife-url"),
    cacheDir: out.cacheDir === false ? void 0 : out.cacheDir,
    maxCacheAge: multi("max-cache-age"),
    onSourceError: read("on-source-error"),
    disable: multi("disable-sources"),
    fetchTimeout: read("fetch-timeout")
  });
  const first = live.errors[0];
  if (first) throw new InputError(`input ${INPUT_NAMES[first.setting]}: ${first.message}`);
  if (!offline) out.live = live.options;
  if (policy) out.policy = policy.startsWith("builtin:") ? policy : inWorkspace(policy);
  if (failOn) out.failOn = failOn;
  if (kev) out.kev = inWorkspace(kev);
  if (epss) out.epss = inWorkspace(epss);
  if (sarif) out.sarifFile = inWorkspace(sarif);
  if (base) out.basePath = inWorkspace(base);
  const excluding = exclusion(out.exclude);
  if (excluding.problems.length > 0) throw new InputError(`input ${excluding.problems[0].message}`);
  if (token) out.token = token;
  if (repository) {
    const [owner = "", repo = ""] = repository.split("/");
    out.repository = { owner, repo };
  }
  if (commit) out.commit = commit;
  return out;
}

// src/github/introduced.ts
import { existsSync as existsSync3 } from "node:fs";
function versionKey(ecosystem, name, version) {
  return `${matchKey(ecosystem, name)}\0${version}`;
}
function readBaseInventory(basePath, exclude) {
  if (!existsSync3(basePath)) return { error: `base-path: ${basePath} does not exist (check out the base commit there first)` };
  const real = realRoot(basePath);
  const found = discover({ root: real, extractors: EXTRACTORS, ...exclude ? { exclude } : {} });
  const extracted = extractAll(real, found.files);
  const keys = new Set(extracted.components.map((c) => versionKey(c.ecosystem, c.name, c.version)));
  const problems = [...found.problems, ...extracted.problems].filter((p) => p.level === "error");
  return { keys, components: extracted.components.length, problems };
}
function splitIntroduced(findings, base) {
  const out = { introduced: [], inherited: [] };
  for (const f of findings) {
    (base.keys.has(versionKey(f.component.ecosystem, f.component.name, f.component.version)) ? out.inherited : out.introduced).push(f);
  }
  return out;
}

// src/github/issue-render.ts
import { createHash as createHash2 } from "node:crypto";

// src/github/links.ts
var SAFE_URL = /^https?:\/\/[^\s()<>]+$/;
function encodePath(path) {
  return path.split("/").map((seg) => encodeURIComponent(seg).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)).join("/");
}
function repoPath(links, file) {
  return links.prefix ? `${links.prefix.replace(/\/+$/, "")}/${file}` : file;
}
function blobUrl(links, file, line) {
  if (!links.owner || !links.repo || !/^[0-9a-f]{7,64}$/i.test(links.sha)) return void 0;
  const url = `${links.serverUrl}/${encodeURIComponent(links.owner)}/${encodeURIComponent(links.repo)}/blob/${links.sha}/${encodePath(repoPath(links, file))}${line ? `#L${line}` : ""}`;
  return SAFE_URL.test(url) ? url : void 0;
}
function locationLink(links, file, line) {
  const label = code(`${repoPath(links, file)}:${line}`);
  const url = blobUrl(links, file, line);
  return url ? `[${label}](${url})` : label;
}

// src/github/issue-render.ts
var BODY_LIMIT = 6e4;
var TITLE_NAME_MAX = 100;
var MARKER = /^<!-- patchwarden:(?:issue v1 ([0-9a-f]{40})|(dashboard) v1) -->$/;
function issueMarker(fingerprint2) {
  return `<!-- patchwarden:issue v1 ${fingerprint2} -->`;
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
  return createHash2("sha256").update(`patchwarden-issue\0${matchKey(ecosystem, name)}`).digest("hex").slice(0, 40);
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
function renderIssue(group, ctx) {
  const name = code(group.name);
  const counts = /* @__PURE__ */ new Map();
  for (const f of group.findings) counts.set(f.status, (counts.get(f.status) ?? 0) + 1);
  const countText = [...counts.entries()].map(([s, n]) => `${n} ${statusWord(s).toLowerCase()}`).join(", ");
  const lines = [issueMarker(group.fingerprint)];
  lines.push(`## ${name} (${text(group.ecosystem)}): ${statusWord(group.status).toLowerCase()} ${group.severity} patch`);
  lines.push("");
  lines.push(
    `${group.findings.length} advisory finding(s) for ${name} in this repository (${countText}), judged by policy ${code(`${ctx.policy.name}@${ctx.policy.version}`)} on ${ctx.today}.`
  );
  lines.push("");
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

// src/github/labels.ts
var LabelBook = class {
  constructor(client, repo, gate) {
    this.client = client;
    this.repo = repo;
    this.gate = gate;
  }
  client;
  repo;
  gate;
  existing;
  async load() {
    if (!this.existing) {
      const all = await this.client.paginate(this.client.rest.issues.listLabelsForRepo, { ...this.repo, per_page: 100 });
      this.existing = new Set(all.map((l) => l.name.toLowerCase()));
    }
    return this.existing;
  }
  /** Creates whichever of these labels the repository lacks. */
  async ensure(labels) {
    const existing = await this.load();
    for (const spec of labels) {
      if (existing.has(spec.name.toLowerCase())) continue;
      try {
        await this.gate.write(`create label ${spec.name}`, () => this.client.rest.issues.createLabel({ ...this.repo, ...spec }));
      } catch (err) {
        if (statusOf(err) !== 422) throw err;
      }
      existing.add(spec.name.toLowerCase());
    }
  }
};

// src/github/issues.ts
function labelNames(labels) {
  return labels.map((l) => typeof l === "string" ? l : l.name ?? "").filter((n) => n !== "");
}
function toExisting(i) {
  return {
    number: i.number,
    title: i.title,
    body: i.body ?? "",
    state: i.state === "closed" ? "closed" : "open",
    stateReason: i.state_reason ?? null,
    labels: labelNames(i.labels),
    url: i.html_url
  };
}
function sameText(a, b) {
  const norm = (s) => s.replace(/\r\n?/g, "\n").replace(/\s+$/, "");
  return norm(a) === norm(b);
}
function sameSet(a, b) {
  const x = new Set(a.map((s) => s.toLowerCase()));
  const y = new Set(b.map((s) => s.toLowerCase()));
  return x.size === y.size && [...x].every((s) => y.has(s));
}
function mergeLabels(current, wanted) {
  const wantedNames = new Set(wanted.map((l) => l.name.toLowerCase()));
  const kept = current.filter((l) => !isManagedLabel(l) && !wantedNames.has(l.toLowerCase()));
  return [...wanted.map((l) => l.name), ...kept];
}
function better(a, b) {
  if (a.state !== b.state) return a.state === "open" ? a : b;
  return a.number < b.number ? a : b;
}
var IssueSync = class {
  constructor(opts) {
    this.opts = opts;
    this.labels = new LabelBook(opts.client, opts.repo, opts.gate);
  }
  opts;
  labels;
  result = { created: [], reopened: [], updated: [], closed: [], unchanged: 0, deferred: [], dismissed: [], failed: [] };
  /** After a systemic failure (GitHub down after retries) no further write is tried. */
  halted = false;
  get toolLabel() {
    return this.opts.render.labels[0] ?? "patchwarden";
  }
  async listExisting() {
    const { client, repo, log } = this.opts;
    const items = await client.paginate(client.rest.issues.listForRepo, { ...repo, labels: this.toolLabel, state: "all", per_page: 100 });
    const packages = /* @__PURE__ */ new Map();
    let dashboard;
    for (const raw of items) {
      if (raw.pull_request) continue;
      const issue2 = toExisting(raw);
      const marker = parseMarker(issue2.body);
      if (!marker) continue;
      if (marker.kind === "dashboard") {
        dashboard = dashboard ? better(dashboard, issue2) : issue2;
        continue;
      }
      const prev = packages.get(marker.fingerprint);
      if (prev) log.warning(`issues #${prev.number} and #${issue2.number} carry the same patchwarden marker; #${better(prev, issue2).number} is kept in step`);
      packages.set(marker.fingerprint, prev ? better(prev, issue2) : issue2);
    }
    return { packages, ...dashboard ? { dashboard } : {} };
  }
  /** Runs one write; a failure is recorded, and a systemic one stops the writes that follow. */
  async attempt(what, fn) {
    if (this.halted) return void 0;
    try {
      return await fn();
    } catch (err) {
      this.result.failed.push({ what, error: messageOf(err) });
      if (isTransient(err)) {
        this.halted = true;
        this.opts.log.warning(`patchwarden: ${what} failed after retries (${messageOf(err)}); the remaining GitHub writes are left for the next run`);
      } else {
        this.opts.log.warning(`patchwarden: ${what} failed: ${messageOf(err)}`);
      }
      return void 0;
    }
  }
  /** Finds the newest issue whose marker passes `match`, after a create whose outcome is unknown. */
  async findCreated(match) {
    const { client, repo } = this.opts;
    const page = await client.rest.issues.listForRepo({ ...repo, labels: this.toolLabel, state: "all", sort: "created", direction: "desc", per_page: 100 });
    for (const raw of page.data) {
      const m = parseMarker(raw.body);
      if (m && match(m)) return toExisting(raw);
    }
    return void 0;
  }
  /**
   * Creates an issue without the client's blind retry: a 5xx can come back for a create GitHub
   * did make, and retrying it would make a second issue. After such a failure the issue is looked
   * for by its marker, and only created again when it is not there. A rate-limit refusal is
   * retried by the client (GitHub did not act on it).
   */
  async create(what, match, rendered, assignees) {
    const { client, repo, gate } = this.opts;
    const retries = this.opts.createRetries ?? 3;
    const base = this.opts.retryBaseMs ?? 1e3;
    let withAssignees = assignees;
    for (let attempt = 0; ; attempt++) {
      try {
        const res = await gate.write(
          what,
          () => client.rest.issues.create({
            ...repo,
            title: rendered.title,
            body: rendered.body,
            labels: rendered.labels.map((l) => l.name),
            ...withAssignees.length > 0 ? { assignees: withAssignees } : {},
            request: { retries: 0 }
          })
        );
        return res ? toExisting(res.data) : void 0;
      } catch (err) {
        if (statusOf(err) === 422 && withAssignees.length > 0) {
          this.opts.log.warning(`patchwarden: GitHub refused the CODEOWNERS assignees ${withAssignees.join(", ")} (${messageOf(err)}); creating the issue unassigned`);
          withAssignees = [];
          continue;
        }
        if (!isTransient(err) || attempt >= retries) throw err;
        await gate.clock.sleep((attempt + 1) ** 2 * base);
        const found = await this.findCreated(match);
        if (found) return found;
      }
    }
  }
  ref(issue2, pkg) {
    return { number: issue2.number, url: issue2.url, package: pkg };
  }
  async run(report) {
    const { client, repo, gate, render, log } = this.opts;
    const groups = groupByPackage(report.findings, this.opts.issueOn);
    const { packages: existing, dashboard } = await this.listExisting();
    const numbers = /* @__PURE__ */ new Map();
    let opened = 0;
    let labelsBroken = false;
    for (const group of groups) {
      const issue2 = existing.get(group.fingerprint);
      const pkg = `${group.ecosystem}/${group.name}`;
      if (issue2) numbers.set(group.fingerprint, issue2.number);
      if (!group.qualifies) continue;
      const rendered = renderIssue(group, render);
      if (!issue2 || issue2.state === "closed") {
        if (issue2?.stateReason === "not_planned") {
          this.result.dismissed.push(this.ref(issue2, pkg));
          continue;
        }
        if (opened >= this.opts.maxIssues || labelsBroken) {
          this.result.deferred.push(pkg);
          continue;
        }
        opened++;
        await this.attempt(`labels for ${pkg}`, () => this.labels.ensure(rendered.labels));
        if (issue2) {
          const done2 = await this.attempt(
            `reopen #${issue2.number}`,
            () => gate.write(
              `reopen #${issue2.number}`,
              () => client.rest.issues.update({ ...repo, issue_number: issue2.number, state: "open", title: rendered.title, body: rendered.body, labels: mergeLabels(issue2.labels, rendered.labels) })
            )
          );
          if (done2) this.result.reopened.push(this.ref(issue2, pkg));
          continue;
        }
        const first = group.findings.find((f) => f.status === "overdue" || f.status === "due-soon")?.locations[0];
        const assignees = first && this.opts.owners ? this.opts.owners(repoPath(render.links, first.file)).slice(0, 10) : [];
        const what = `create issue for ${pkg}`;
        const fp = group.fingerprint;
        const created = await this.attempt(what, () => this.create(what, (m) => m.kind === "issue" && m.fingerprint === fp, rendered, assignees));
        if (created) {
          numbers.set(group.fingerprint, created.number);
          this.result.created.push(this.ref(created, pkg));
          if (!created.labels.some((l) => l.toLowerCase() === this.toolLabel.toLowerCase())) {
            labelsBroken = true;
            log.warning(`patchwarden: GitHub dropped the label '${this.toolLabel}' from #${created.number} (the token may lack push access); no more issues are opened this run`);
          }
        }
        continue;
      }
      const labels = mergeLabels(issue2.labels, rendered.labels);
      const patch = {
        ...issue2.title !== rendered.title ? { title: rendered.title } : {},
        ...!sameText(issue2.body, rendered.body) ? { body: rendered.body } : {},
        ...!sameSet(issue2.labels, labels) ? { labels } : {}
      };
      if (Object.keys(patch).length === 0) {
        this.result.unchanged++;
        continue;
      }
      if (patch.labels) await this.attempt(`labels for ${pkg}`, () => this.labels.ensure(rendered.labels));
      const done = await this.attempt(`update #${issue2.number}`, () => gate.write(`update #${issue2.number}`, () => client.rest.issues.update({ ...repo, issue_number: issue2.number, ...patch })));
      if (done) this.result.updated.push(this.ref(issue2, pkg));
    }
    await this.closeResolved(groups, existing);
    if (this.opts.dashboard) await this.syncDashboard(report, groups, numbers, dashboard);
    if (gate.readOnly) this.result.readOnly = gate.readOnly;
    return this.result;
  }
  async closeResolved(groups, existing) {
    const { client, repo, gate, render } = this.opts;
    const byFingerprint = new Map(groups.map((g) => [g.fingerprint, g]));
    const stale = [...existing.entries()].filter(([fp, issue2]) => issue2.state === "open" && !byFingerprint.get(fp)?.qualifies);
    stale.sort((a, b) => a[1].number - b[1].number);
    for (const [fp, issue2] of stale) {
      const group = byFingerprint.get(fp);
      const labels = issue2.labels.filter((l) => l.toLowerCase() !== stateLabel("overdue").name && l.toLowerCase() !== stateLabel("due-soon").name);
      const commit = /^[0-9a-f]{7,}$/i.test(render.links.sha) ? ` at commit ${code(render.links.sha.slice(0, 12))}` : "";
      const why = group ? `No advisory finding for ${code(group.name)} is ${this.opts.issueOn === "overdue" ? "overdue" : "overdue or due soon"} any more${commit} (${group.findings.length} finding(s) remain: ${[...new Set(group.findings.map((f) => f.status))].join(", ")}).` : `No vulnerable version of this package is left in the repository${commit}.`;
      const closed = await this.attempt(
        `close #${issue2.number}`,
        () => gate.write(
          `close #${issue2.number}`,
          () => client.rest.issues.update({ ...repo, issue_number: issue2.number, state: "closed", state_reason: "completed", ...sameSet(labels, issue2.labels) ? {} : { labels } })
        )
      );
      if (!closed) continue;
      this.result.closed.push({ number: issue2.number, url: issue2.url, package: group ? `${group.ecosystem}/${group.name}` : issue2.title });
      await this.attempt(
        `comment on #${issue2.number}`,
        () => gate.write(`comment on #${issue2.number}`, () => client.rest.issues.createComment({ ...repo, issue_number: issue2.number, body: `patchwarden closed this issue. ${why}` }))
      );
    }
  }
  async syncDashboard(report, groups, numbers, existing) {
    const { client, repo, gate, render } = this.opts;
    const rendered = renderDashboard(report, groups, numbers, render);
    if (existing?.state === "closed" && existing.stateReason === "not_planned") return;
    if (!existing) {
      await this.attempt("labels for the dashboard", () => this.labels.ensure(rendered.labels));
      const what = "create the dashboard issue";
      const created = await this.attempt(what, () => this.create(what, (m) => m.kind === "dashboard", rendered, []));
      if (created) this.result.dashboard = { number: created.number, url: created.url, package: "dashboard" };
      return;
    }
    const labels = mergeLabels(existing.labels, rendered.labels);
    const patch = {
      ...existing.state === "closed" ? { state: "open" } : {},
      ...existing.title !== rendered.title ? { title: rendered.title } : {},
      ...!sameText(existing.body, rendered.body) ? { body: rendered.body } : {},
      ...!sameSet(existing.labels, labels) ? { labels } : {}
    };
    this.result.dashboard = { number: existing.number, url: existing.url, package: "dashboard" };
    if (Object.keys(patch).length === 0) return;
    if (patch.labels) await this.attempt("labels for the dashboard", () => this.labels.ensure(rendered.labels));
    await this.attempt("update the dashboard", () => gate.write("update the dashboard", () => client.rest.issues.update({ ...repo, issue_number: existing.number, ...patch })));
  }
};
function byDeadline(a, b) {
  return (a.deadline ?? "9999-12-31").localeCompare(b.deadline ?? "9999-12-31") || a.component.name.localeCompare(b.component.name) || a.advisory.id.localeCompare(b.advisory.id);
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
async function syncIssues(report, opts) {
  return new IssueSync(opts).run(report);
}

// src/github/pacer.ts
var systemClock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve3) => setTimeout(resolve3, Math.max(0, ms)))
};
var WINDOW_MS = 6e4;
var Pacer = class {
  clock;
  perMinute;
  minIntervalMs;
  /** When each write was let through, oldest first (pruned to the last minute). */
  recent = [];
  /** Every write's time, kept for tests and the run's log. */
  history = [];
  constructor(opts = {}) {
    this.clock = opts.clock ?? systemClock;
    this.perMinute = Math.max(1, Math.floor(opts.perMinute ?? 60));
    this.minIntervalMs = Math.max(0, opts.minIntervalMs ?? 1e3);
  }
  /** Waits until one more write fits in both limits, then records it. Callers write serially. */
  async acquire() {
    for (; ; ) {
      const now = this.clock.now();
      while (this.recent.length > 0 && this.recent[0] <= now - WINDOW_MS) this.recent.shift();
      const last = this.recent[this.recent.length - 1];
      let wait = last === void 0 ? 0 : last + this.minIntervalMs - now;
      if (this.recent.length >= this.perMinute) wait = Math.max(wait, this.recent[0] + WINDOW_MS - now);
      if (wait <= 0) {
        this.recent.push(now);
        this.history.push(now);
        return;
      }
      await this.clock.sleep(wait);
    }
  }
};

// src/github/writes.ts
var READ_ONLY = /Resource not accessible by (integration|personal access token)/i;
function isReadOnlyRefusal(err) {
  return statusOf(err) === 403 && READ_ONLY.test(messageOf(err));
}
var WriteGate = class {
  constructor(pacer, notice2, readOnly) {
    this.pacer = pacer;
    this.notice = notice2;
    this.readOnlyReason = readOnly;
  }
  pacer;
  notice;
  readOnlyReason;
  noticed = false;
  log = [];
  get readOnly() {
    return this.readOnlyReason;
  }
  get clock() {
    return this.pacer.clock;
  }
  skip(what) {
    if (!this.noticed) {
      this.noticed = true;
      this.notice(`patchwarden: ${this.readOnlyReason}; GitHub writes are skipped (the summary, annotations and gate still apply)`);
    }
    this.log.push({ what, outcome: "skipped" });
    return void 0;
  }
  /**
   * Runs one write, paced. Returns undefined when writes are off (read-only token); rethrows
   * any other failure after the client's own retries.
   */
  async write(what, fn) {
    if (this.readOnlyReason) return this.skip(what);
    await this.pacer.acquire();
    try {
      const out = await fn();
      this.log.push({ what, outcome: "done" });
      return out;
    } catch (err) {
      if (isReadOnlyRefusal(err)) {
        this.readOnlyReason = `the token cannot write to this repository (${messageOf(err)})`;
        return this.skip(what);
      }
      this.log.push({ what, outcome: "failed" });
      throw err;
    }
  }
};

// src/github/run.ts
var loadClient = () => import("./chunks/client-5ILY2LYR.js");
var CLIENT_LOG = { warning: (m) => warning(m), debug: (m) => debug(m) };
function failOnPolicy(problems, why) {
  for (const p of problems) {
    error(p.message, { ...p.file ? { file: p.file } : {}, ...p.line ? { startLine: p.line } : {}, title: `patchwarden ${p.origin}` });
  }
  setFailed(`patchwarden: ${why}`);
}
function emit(a) {
  const props = { title: a.title, file: a.file, startLine: a.line };
  if (a.level === "error") error(a.message, props);
  else warning(a.message, props);
}
function emitProblems(report, prefix) {
  for (const p of report.problems) {
    if (p.level !== "error") continue;
    const file = p.file && !p.file.startsWith("/") ? prefix ? `${prefix}/${p.file}` : p.file : void 0;
    error(p.message, { title: `patchwarden ${p.origin}`, ...file ? { file } : {}, ...file && p.line ? { startLine: p.line } : {} });
  }
}
function gateFailsStep(mode, inputs) {
  return mode !== "issues" || inputs.failOn !== void 0;
}
function checkConclusion(report) {
  if (report.summary.gate === "fail") return "failure";
  return report.summary.overdue + report.summary.dueSoon > 0 ? "neutral" : "success";
}
function issueSection(r) {
  const refs = (list) => list.map((i) => `#${i.number}`).join(", ");
  const lines = ["### Issues", ""];
  lines.push(`| Created | Reopened | Updated | Closed | Unchanged | Deferred (cap) | Left closed (not planned) |`);
  lines.push("| ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
  lines.push(`| ${r.created.length} | ${r.reopened.length} | ${r.updated.length} | ${r.closed.length} | ${r.unchanged} | ${r.deferred.length} | ${r.dismissed.length} |`);
  lines.push("");
  if (r.created.length > 0) lines.push(`Created: ${refs(r.created)}.`);
  if (r.reopened.length > 0) lines.push(`Reopened: ${refs(r.reopened)}.`);
  if (r.closed.length > 0) lines.push(`Closed: ${refs(r.closed)}.`);
  if (r.deferred.length > 0) lines.push(`${r.deferred.length} more package(s) qualify; they are opened by the next runs (raise \`max-issues\` to open more at once).`);
  if (r.dashboard) lines.push(`Dashboard: #${r.dashboard.number}.`);
  if (r.readOnly) lines.push(`GitHub writes were skipped: ${code(r.readOnly)}.`);
  for (const f of r.failed) lines.push(`- failed: ${code(f.what)}: ${code(f.error)}`);
  return lines.join("\n");
}
async function annotate(report, inputs, ctx, mode, prefix, gate, deps, out) {
  const all = annotationsFor(report, prefix);
  if (fitsInCommands(all)) {
    all.forEach(emit);
    return;
  }
  const writes = mode === "annotate" && inputs.checkRun ? gate() : void 0;
  if (writes) {
    try {
      const client = (await loadClient()).createClient({ token: inputs.token, log: CLIENT_LOG, ...deps.tuning });
      const result = await publishCheckRun({
        client,
        gate: writes,
        repo: { owner: ctx.owner, repo: ctx.repo },
        headSha: headSha(ctx),
        name: "patchwarden",
        title: `${report.summary.overdue} overdue, ${report.summary.dueSoon} due soon`,
        summary: renderMarkdown(report),
        conclusion: checkConclusion(report),
        annotations: all
      });
      if (result.posted.length > 0) {
        out.sections.push(`${result.posted.length} annotation(s) are on the check run${result.url ? ` ${result.url}` : ""}.`);
        out.unannotated.push(...result.rest);
        return;
      }
    } catch (err) {
      warning(`patchwarden: the check run could not be written (${messageOf(err)}); the annotations that do not fit the step are listed in the summary`);
    }
  }
  const { shown, rest } = splitForCommands(all);
  shown.forEach(emit);
  out.unannotated.push(...rest);
}
async function keepIssues(report, run) {
  const { inputs, ctx, deps, out } = run;
  const codeowners = inputs.assignOwners ? loadCodeowners(run.repoRoot) : void 0;
  if (inputs.assignOwners && !codeowners) notice("patchwarden: assign-owners is on but no CODEOWNERS file was found; issues are left unassigned");
  let synced;
  try {
    synced = await syncIssues(report, {
      client: (await loadClient()).createClient({ token: inputs.token, log: CLIENT_LOG, ...deps.tuning }),
      gate: run.gate,
      repo: { owner: ctx.owner, repo: ctx.repo },
      render: { links: run.links, policy: report.policy, today: report.now.slice(0, 10), labels: inputs.labels },
      issueOn: inputs.issueOn,
      maxIssues: inputs.maxIssues,
      dashboard: inputs.dashboard,
      ...codeowners ? { owners: (path) => ownersOf(codeowners, path) } : {},
      log: { notice: (m) => notice(m), warning: (m) => warning(m), info: (m) => info(m) },
      ...deps.tuning?.retryBaseMs !== void 0 ? { retryBaseMs: deps.tuning.retryBaseMs } : {}
    });
  } catch (err) {
    out.sections.push(`### Issues

The issues could not be read: ${code(messageOf(err))}. Nothing was changed.`);
    out.failures.push(`the issues could not be read (${messageOf(err)})`);
    return;
  }
  out.sections.push(issueSection(synced));
  if (synced.failed.length > 0) out.failures.push(`${synced.failed.length} GitHub write(s) failed; the next run picks up where this one stopped`);
  setOutput("issues-created", synced.created.length);
  setOutput("issues-updated", synced.updated.length + synced.reopened.length);
  setOutput("issues-closed", synced.closed.length);
}
async function runAction(deps = {}) {
  try {
    const env = process.env;
    const inputs = readInputs(envInputs(env), env, deps.now ?? (() => /* @__PURE__ */ new Date()));
    const ctx = readRunContext(env);
    for (const w of ctx.warnings) warning(`patchwarden: ${w}`);
    if (inputs.repository) Object.assign(ctx, inputs.repository, { pullRequest: void 0 });
    if (inputs.commit) {
      ctx.sha = inputs.commit;
      if (ctx.pullRequest) ctx.pullRequest.headSha = inputs.commit;
    }
    const { mode, reason } = resolveMode(inputs.mode, ctx);
    info(`patchwarden: ${reason}`);
    if (mode === "issues" && !inputs.token) throw new InputError("input github-token: required in issues mode (the default is the workflow token)");
    const policyRoot = mode === "annotate" && ctx.pullRequest && !inputs.policy && inputs.basePath && existsSync4(inputs.basePath) ? inputs.basePath : void 0;
    const headPolicy = policyRoot === void 0 ? void 0 : loadPolicy({ root: realRoot(inputs.root) });
    if (headPolicy && !headPolicy.policy) {
      failOnPolicy(headPolicy.problems, "the pull request's policy is invalid; nothing was checked");
      return;
    }
    const { exclude } = exclusion(inputs.exclude);
    const result = await check({
      root: inputs.root,
      ...policyRoot !== void 0 ? { policyRoot } : {},
      ...exclude ? { exclude } : {},
      db: inputs.db,
      ...inputs.policy ? { policy: inputs.policy } : {},
      now: inputs.now,
      ...inputs.failOn ? { failOn: inputs.failOn } : {},
      ...inputs.kev ? { kev: inputs.kev } : {},
      ...inputs.epss ? { epss: inputs.epss } : {},
      ...inputs.releases ? { releases: inputs.releases } : {},
      ...inputs.nodejsSecurityWg ? { nodejsSecurityWg: inputs.nodejsSecurityWg } : {},
      ...inputs.live ? { live: inputs.live } : {},
      cacheDir: inputs.cacheDir
    });
    if (!result.report) {
      failOnPolicy(result.fatal, policyRoot === void 0 ? "the policy is invalid; nothing was checked" : "the base commit's policy is invalid; nothing was checked");
      return;
    }
    const report = result.report;
    const repoRoot = repositoryRoot(inputs.root, inputs.workspace);
    const prefix = relativePrefix(repoRoot, inputs.root);
    const links = { serverUrl: ctx.serverUrl, owner: ctx.owner, repo: ctx.repo, sha: headSha(ctx), prefix };
    const out = { sections: [], unannotated: [], failures: [] };
    const headIdentity = headPolicy?.policy?.identity;
    if (headIdentity && headIdentity.digest !== report.policy.digest) {
      const head = `${headIdentity.name}@${headIdentity.version}`;
      const base = `${report.policy.name}@${report.policy.version}`;
      notice(`patchwarden: this pull request changes the patch policy (to ${head}); it is judged by the base commit's policy ${base}, and the change applies once merged`);
      out.sections.push(`**Policy:** this pull request changes the patch policy (to ${code(head)}); it is judged by the base commit's policy ${code(base)}, and the change applies once merged.`);
    }
    let writeGate;
    const gate = () => {
      if (!inputs.token) return void 0;
      writeGate ??= new WriteGate(new Pacer({ ...deps.pacing, clock: deps.clock ?? systemClock }), (m) => notice(m), forkReadOnly(ctx));
      return writeGate;
    };
    const mdOptions = { location: (file, line) => locationLink(links, file, line) };
    if (mode === "annotate" && ctx.pullRequest) {
      if (inputs.basePath) {
        const base = readBaseInventory(inputs.basePath, exclude);
        if ("error" in base) warning(`patchwarden: ${base.error}; introduced and inherited findings are not told apart`);
        else {
          const split = splitIntroduced(report.findings, base);
          mdOptions.split = { ...split, basis: `Introduced: the package at that version is not in the base commit ${ctx.pullRequest.baseSha.slice(0, 12)} (${base.components} components read from base-path).` };
          setOutput("introduced", split.introduced.length);
        }
      } else {
        out.sections.push("<sub>Give the action a checkout of the base commit as `base-path` to see which findings this pull request introduced.</sub>");
      }
    }
    if (mode !== "issues") await annotate(report, inputs, ctx, mode, prefix, gate, deps, out);
    emitProblems(report, prefix);
    if (mode === "issues") await keepIssues(report, { inputs, ctx, links, repoRoot, gate: gate(), deps, out });
    if (inputs.sarifFile) {
      mkdirSync(dirname2(inputs.sarifFile), { recursive: true });
      writeFileSync(inputs.sarifFile, renderSarif(report, { prefix: links.prefix }));
      setOutput("sarif-file", inputs.sarifFile);
    }
    if (env.GITHUB_STEP_SUMMARY) appendFileSync2(env.GITHUB_STEP_SUMMARY, renderMarkdown(report, { ...mdOptions, unannotated: out.unannotated, sections: out.sections }));
    mkdirSync(dirname2(inputs.reportFile), { recursive: true });
    writeFileSync(inputs.reportFile, renderJson(report));
    setOutput("mode", mode);
    setOutput("overdue", report.summary.overdue);
    setOutput("due-soon", report.summary.dueSoon);
    setOutput("findings", report.summary.findings);
    setOutput("report-file", inputs.reportFile);
    setOutput("gate", report.summary.gate);
    if (report.summary.gate === "fail" && gateFailsStep(mode, inputs)) {
      setFailed(`patchwarden: ${report.summary.overdue} overdue patch(es), at least one at or above ${report.summary.gateSeverity}`);
    } else if (result.exitCode === 2) {
      setFailed("patchwarden: some inputs could not be read (see the errors above); the result would be incomplete");
    } else if (out.failures.length > 0) {
      setFailed(`patchwarden: ${out.failures.join("; ")}`);
    }
  } catch (err) {
    setFailed(`patchwarden: ${err instanceof InputError ? err.message : messageOf(err)}`);
  }
}

// src/action.ts
await runAction();
