import { createRequire as __pwCreateRequire } from 'node:module';
const require = __pwCreateRequire(import.meta.url);
import {
  annotationsFor,
  blobUrl,
  locationLink
} from "./chunks/chunk-EXKTICSE.js";
import {
  check,
  coverageProperties,
  namedHelmValues,
  renderJsonChunks,
  renderMarkdown,
  renderSarifChunks,
  writeChunksToFile
} from "./chunks/chunk-UQP2EZEO.js";
import {
  CHANNELS,
  defaultChannels
} from "./chunks/chunk-NZ6IVX3D.js";
import "./chunks/chunk-XHC7JOIM.js";
import {
  code
} from "./chunks/chunk-LOVFOCI6.js";
import {
  resolvePolicy
} from "./chunks/chunk-KFMM3UJA.js";
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
import {
  realRoot
} from "./chunks/chunk-RPU4CLOY.js";
import {
  parseDistro
} from "./chunks/chunk-6KB27PZL.js";
import "./chunks/chunk-JPMRHXET.js";
import "./chunks/chunk-TVC7EKD4.js";
import {
  messageOf,
  statusOf
} from "./chunks/chunk-5SXCCITM.js";
import "./chunks/chunk-7BNRQPQI.js";
import "./chunks/chunk-X2NN6BVW.js";

// src/github/run.ts
import { appendFileSync as appendFileSync2, existsSync as existsSync3, mkdirSync } from "node:fs";
import { dirname as dirname2, join } from "node:path";

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
  addRaw(text, addEOL = false) {
    this._buffer += text;
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
  addHeading(text, level) {
    const tag = `h${level}`;
    const allowedTag = ["h1", "h2", "h3", "h4", "h5", "h6"].includes(tag) ? tag : "h1";
    const element = this.wrap(allowedTag, text);
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
  addQuote(text, cite) {
    const attrs = Object.assign({}, cite && { cite });
    const element = this.wrap("blockquote", text, attrs);
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
  addLink(text, href) {
    const element = this.wrap("a", text, { href });
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
function setSecret(secret) {
  issueCommand("add-mask", {}, secret);
}
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
  const { client, throttle, repo } = input;
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
  const created = await throttle.write(
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
    const done = await throttle.write(
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

// src/github/context.ts
import { existsSync as existsSync2, readFileSync } from "node:fs";
import { dirname, relative, resolve, sep } from "node:path";
var str = (v) => typeof v === "string" && v !== "" ? v : void 0;
function readPayload(path, warnings) {
  if (!path) return {};
  try {
    const parsed = JSON.parse(readFileSync(path, "utf8"));
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
var MODE_INPUTS = ["auto", "annotate", "issues", "report", "audit"];
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
    exclude: multi("exclude"),
    helmValues: multi("helm-values"),
    alerts: [],
    alertDigest: parseBool("alert-digest", read("alert-digest"), false),
    auditIssue: parseChoice("audit-issue", read("audit-issue"), ["off", "monthly", "quarterly"], "off")
  };
  const alerting = defaultChannels(Object.keys(CHANNELS).flatMap((type) => multi(`alert-${type}`).map((url) => `${type}=${url}`)));
  if (alerting.errors.length > 0) throw new InputError(`input alert-${alerting.errors[0]}`);
  out.alerts = alerting.channels;
  const secret = read("alert-webhook-secret") ?? env.PATCHWARDEN_WEBHOOK_SECRET?.trim();
  if (secret) out.webhookSecret = secret;
  const alertState = read("alert-state");
  if (alertState) out.alertState = inWorkspace(alertState);
  else if (out.cacheDir !== false) out.alertState = resolve2(out.cacheDir, "alert-state.json");
  const auditPeriod = read("audit-period");
  const auditReports = read("audit-reports");
  if (auditPeriod) out.auditPeriod = auditPeriod;
  if (auditReports) out.auditReports = inWorkspace(auditReports);
  const releases = read("releases");
  const wg = read("nodejs-security-wg");
  if (releases) out.releases = inWorkspace(releases);
  if (wg) out.nodejsSecurityWg = inWorkspace(wg);
  const distro = read("distro");
  if (distro) {
    const got = parseDistro(distro);
    if ("error" in got) throw new InputError(`input distro: ${got.error}`);
    out.distro = got;
  }
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
var WriteThrottle = class {
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
var loadClient = () => import("./chunks/client-F3YLS2SA.js");
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
    if (p.level === "notice") continue;
    const file = p.file && !p.file.startsWith("/") ? prefix ? `${prefix}/${p.file}` : p.file : void 0;
    if (!file && p.level !== "error") continue;
    const props = { title: `patchwarden ${p.origin}`, ...file ? { file } : {}, ...file && p.line ? { startLine: p.line } : {}, ...file && p.line && p.column ? { startColumn: p.column } : {} };
    if (p.level === "error") error(p.message, props);
    else warning(p.message, props);
  }
}
function gateFailsStep(mode, inputs) {
  return mode !== "issues" || inputs.failOn !== void 0;
}
function checkConclusion(report) {
  if (report.summary.gate === "fail") return "failure";
  if (report.summary.gate === "incomplete") return report.coverage.missingData === "fail" ? "failure" : "neutral";
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
async function annotate(report, inputs, ctx, mode, prefix, throttle, deps, out) {
  const all = annotationsFor(report, prefix);
  if (fitsInCommands(all)) {
    all.forEach(emit);
    return;
  }
  const writes = mode === "annotate" && inputs.checkRun ? throttle() : void 0;
  if (writes) {
    try {
      const client = (await loadClient()).createClient({ token: inputs.token, log: CLIENT_LOG, ...deps.tuning });
      const result = await publishCheckRun({
        client,
        throttle: writes,
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
  const [{ syncIssues }, { loadCodeowners, ownersOf }] = await Promise.all([import("./chunks/issues-Q7R54QWB.js"), import("./chunks/codeowners-KD5O4LS3.js")]);
  const codeowners = inputs.assignOwners ? loadCodeowners(run.repoRoot) : void 0;
  if (inputs.assignOwners && !codeowners) notice("patchwarden: assign-owners is on but no CODEOWNERS file was found; issues are left unassigned");
  for (const p of codeowners?.problems ?? []) {
    const say = p.level === "notice" ? notice : warning;
    say(`patchwarden: ${p.file}${p.line ? `:${p.line}` : ""}: ${p.message}`);
  }
  let synced;
  try {
    synced = await syncIssues(report, {
      client: (await loadClient()).createClient({ token: inputs.token, log: CLIENT_LOG, ...deps.tuning }),
      throttle: run.throttle,
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
    return void 0;
  }
  out.sections.push(issueSection(synced));
  if (synced.failed.length > 0) out.failures.push(`${synced.failed.length} GitHub write(s) failed; the next run picks up where this one stopped`);
  setOutput("issues-created", synced.created.length);
  setOutput("issues-updated", synced.updated.length + synced.reopened.length);
  setOutput("issues-closed", synced.closed.length);
  return synced;
}
var ALERT_SECRET_INPUTS = [...Object.keys(CHANNELS).map((type) => `alert-${type}`), "alert-webhook-secret"];
async function alert(report, policy, run) {
  const { inputs, ctx, links, repoRoot, deps } = run;
  const env = { ...process.env, ...inputs.webhookSecret ? { PATCHWARDEN_WEBHOOK_SECRET: inputs.webhookSecret } : {} };
  for (const o of policy.settings.owners ?? []) for (const v of Object.values(o.alerts ?? {})) if (v && env[v]) setSecret(env[v]);
  const runId = process.env.GITHUB_RUN_ID;
  const [{ fileStore, sendAlerts }, { issueStore }] = await Promise.all([import("./chunks/run-KYLSPMP3.js"), import("./chunks/issue-state-VXVSVNSG.js")]);
  const file = inputs.alertState ? fileStore(inputs.alertState) : void 0;
  let store = file;
  if (run.dashboard && inputs.token) {
    const client = (await loadClient()).createClient({ token: inputs.token, log: CLIENT_LOG, ...deps.tuning });
    store = issueStore({ client, throttle: run.dashboard.throttle, repo: { owner: ctx.owner, repo: ctx.repo }, issue: run.dashboard.number, ...file ? { fallback: file } : {} });
  }
  const { result, problems } = await sendAlerts({
    report,
    policy,
    channels: inputs.alerts,
    ...store ? { store } : {},
    digest: inputs.alertDigest,
    gate: true,
    env,
    repoRoot,
    prefix: links.prefix,
    context: {
      ...ctx.owner && ctx.repo ? { repository: `${ctx.owner}/${ctx.repo}` } : {},
      ...runId && /^\d+$/.test(runId) && ctx.owner ? { runUrl: `${ctx.serverUrl}/${encodeURIComponent(ctx.owner)}/${encodeURIComponent(ctx.repo)}/actions/runs/${runId}` } : {},
      fileUrl: (file2, line) => blobUrl(links, file2, line)
    },
    ...deps.alertDelivery ? { delivery: deps.alertDelivery } : {}
  });
  for (const p of problems) warning(`patchwarden: ${p.message}`);
  if (result) {
    const sent = result.channels.reduce((n, c) => n + c.transitions, 0);
    setOutput("alerts-sent", sent);
    if (sent > 0) info(`patchwarden: ${sent} alert(s) sent (${result.channels.filter((c) => c.transitions > 0).map((c) => `${c.label}: ${c.transitions}`).join(", ")})`);
  }
}
function auditStep(inputs, ctx, env) {
  const temp = env.RUNNER_TEMP ?? inputs.workspace;
  return {
    repo: { owner: ctx.owner, repo: ctx.repo },
    label: inputs.labels[0],
    now: inputs.now,
    cadence: inputs.auditIssue,
    ...inputs.auditPeriod ? { period: inputs.auditPeriod } : {},
    ...inputs.auditReports ? { reports: inputs.auditReports } : {},
    jsonFile: join(temp, "patchwarden-audit.json"),
    htmlFile: join(temp, "patchwarden-audit.html"),
    ...env.GITHUB_STEP_SUMMARY ? { summaryFile: env.GITHUB_STEP_SUMMARY } : {},
    log: { info: (m) => info(m), warning: (m) => warning(m) }
  };
}
async function auditMode(inputs, ctx, deps, env) {
  if (!inputs.token && !inputs.auditReports) throw new InputError("mode audit: needs github-token (the history is the issues) or audit-reports (a folder of past JSON reports)");
  const { runAuditStep } = await import("./chunks/action-TONB6HHB.js");
  const step = auditStep(inputs, ctx, env);
  const client = inputs.token ? (await loadClient()).createClient({ token: inputs.token, log: CLIENT_LOG, ...deps.tuning }) : void 0;
  const throttle = client ? new WriteThrottle(new Pacer({ ...deps.pacing, clock: deps.clock ?? systemClock }), (m) => notice(m), forkReadOnly(ctx)) : void 0;
  const result = await runAuditStep({ ...step, ...client ? { client } : {}, ...throttle ? { throttle } : {}, ...deps.tuning?.retryBaseMs !== void 0 ? { retryBaseMs: deps.tuning.retryBaseMs } : {} });
  setOutput("mode", "audit");
  setOutput("audit-period", result.period.label);
  setOutput("audit-file", step.jsonFile);
  setOutput("audit-html", step.htmlFile);
  setOutput("overdue", result.overdue);
  if (result.issue?.number !== void 0) setOutput("audit-issue", result.issue.number);
}
async function fileScheduledAudit(inputs, ctx, deps, throttle) {
  const { scheduledAuditIssue } = await import("./chunks/action-TONB6HHB.js");
  const client = (await loadClient()).createClient({ token: inputs.token, log: CLIENT_LOG, ...deps.tuning });
  try {
    const filed = await scheduledAuditIssue({ ...auditStep(inputs, ctx, process.env), client, throttle, ...deps.tuning?.retryBaseMs !== void 0 ? { retryBaseMs: deps.tuning.retryBaseMs } : {} });
    if (filed?.number !== void 0) {
      info(`patchwarden: audit issue #${filed.number} ${filed.action}`);
      setOutput("audit-issue", filed.number);
    }
  } catch (err) {
    warning(`patchwarden: the scheduled audit issue could not be filed (${messageOf(err)}); the next scheduled run tries again`);
  }
}
async function runAction(deps = {}) {
  try {
    const env = process.env;
    for (const name of ALERT_SECRET_INPUTS) for (const v of (envInputs(env)(name) ?? "").split("\n")) if (v.trim()) setSecret(v.trim());
    if (env.PATCHWARDEN_WEBHOOK_SECRET) setSecret(env.PATCHWARDEN_WEBHOOK_SECRET);
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
    if (mode === "audit") {
      await auditMode(inputs, ctx, deps, env);
      return;
    }
    if (mode === "issues" && !inputs.token) throw new InputError("input github-token: required in issues mode (the default is the workflow token)");
    const policyRoot = mode === "annotate" && ctx.pullRequest && !inputs.policy && inputs.basePath && existsSync3(inputs.basePath) ? inputs.basePath : void 0;
    const headPolicy = policyRoot === void 0 ? void 0 : await resolvePolicy({ root: realRoot(inputs.root) });
    if (headPolicy && !headPolicy.policy) {
      failOnPolicy(headPolicy.problems, "the pull request's policy is invalid; nothing was checked");
      return;
    }
    const { exclude } = exclusion(inputs.exclude);
    const result = await check({
      root: inputs.root,
      ...policyRoot !== void 0 ? { policyRoot } : {},
      ...exclude ? { exclude } : {},
      ...inputs.helmValues.length > 0 ? { helmValues: inputs.helmValues } : {},
      db: inputs.db,
      ...inputs.policy ? { policy: inputs.policy } : {},
      now: inputs.now,
      ...inputs.failOn ? { failOn: inputs.failOn } : {},
      ...inputs.kev ? { kev: inputs.kev } : {},
      ...inputs.epss ? { epss: inputs.epss } : {},
      ...inputs.releases ? { releases: inputs.releases } : {},
      ...inputs.nodejsSecurityWg ? { nodejsSecurityWg: inputs.nodejsSecurityWg } : {},
      ...inputs.distro ? { distro: inputs.distro } : {},
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
    let writeThrottle;
    const throttle = () => {
      if (!inputs.token) return void 0;
      writeThrottle ??= new WriteThrottle(new Pacer({ ...deps.pacing, clock: deps.clock ?? systemClock }), (m) => notice(m), forkReadOnly(ctx));
      return writeThrottle;
    };
    const mdOptions = { location: (file, line) => locationLink(links, file, line) };
    if (mode === "annotate" && ctx.pullRequest) {
      if (inputs.basePath) {
        const { readBaseInventory, splitIntroduced } = await import("./chunks/introduced-364OB6H7.js");
        const base = readBaseInventory(inputs.basePath, exclude, namedHelmValues(result.policy, inputs.helmValues).map((h) => h.path));
        if ("error" in base) warning(`patchwarden: ${base.error}; introduced and inherited findings are not told apart`);
        else {
          for (const p of base.problems) {
            warning(`base-path ${p.file}${p.line ? `:${p.line}` : ""}: ${p.message}`, { title: `patchwarden ${p.origin} (base)` });
          }
          const split = splitIntroduced(report.findings, base);
          mdOptions.split = { ...split, basis: `Introduced: the package at that version is not in the base commit ${ctx.pullRequest.baseSha.slice(0, 12)} (${base.components} components read from base-path).` };
          setOutput("introduced", split.introduced.length);
        }
      } else {
        out.sections.push("<sub>Give the action a checkout of the base commit as `base-path` to see which findings this pull request introduced.</sub>");
      }
    }
    if (mode !== "issues") await annotate(report, inputs, ctx, mode, prefix, throttle, deps, out);
    emitProblems(report, prefix);
    const synced = mode === "issues" ? await keepIssues(report, { inputs, ctx, links, repoRoot, throttle: throttle(), deps, out }) : void 0;
    const onDefaultBranch = !ctx.pullRequest && (ctx.defaultBranch === void 0 || ctx.ref === `refs/heads/${ctx.defaultBranch}`);
    if (onDefaultBranch && result.policy) {
      const dashboard = synced?.dashboard && !synced.readOnly ? { number: synced.dashboard.number, throttle: throttle() } : void 0;
      await alert(report, result.policy, { inputs, ctx, links, repoRoot, deps, ...dashboard ? { dashboard } : {} });
    }
    if (mode === "issues" && inputs.auditIssue !== "off" && ctx.eventName === "schedule") await fileScheduledAudit(inputs, ctx, deps, throttle());
    if (inputs.sarifFile) {
      mkdirSync(dirname2(inputs.sarifFile), { recursive: true });
      writeChunksToFile(inputs.sarifFile, renderSarifChunks(report, { prefix: links.prefix }));
      setOutput("sarif-file", inputs.sarifFile);
    }
    if (env.GITHUB_STEP_SUMMARY) appendFileSync2(env.GITHUB_STEP_SUMMARY, renderMarkdown(report, { ...mdOptions, unannotated: out.unannotated, sections: out.sections }));
    mkdirSync(dirname2(inputs.reportFile), { recursive: true });
    if (ctx.owner && ctx.repo) report.repository = `${ctx.owner}/${ctx.repo}`;
    writeChunksToFile(inputs.reportFile, renderJsonChunks(report));
    setOutput("mode", mode);
    setOutput("overdue", report.summary.overdue);
    setOutput("due-soon", report.summary.dueSoon);
    setOutput("findings", report.summary.findings);
    setOutput("report-file", inputs.reportFile);
    setOutput("gate", report.summary.gate);
    setOutput("coverage", JSON.stringify(coverageProperties(report)));
    if (report.summary.notChecked !== void 0) setOutput("not-checked", report.summary.notChecked);
    if (report.summary.gate === "fail" && gateFailsStep(mode, inputs)) {
      setFailed(`patchwarden: ${report.summary.overdue} overdue patch(es), at least one at or above ${report.summary.gateSeverity}`);
    } else if (result.exitCode === 2) {
      setFailed("patchwarden: some inputs could not be read (see the errors above); the result would be incomplete");
    } else if (result.exitCode === 3) {
      setFailed(`patchwarden: incomplete, and the policy says missingData: fail; ${report.summary.notChecked ?? "not everything was checked"}`);
    } else if (out.failures.length > 0) {
      setFailed(`patchwarden: ${out.failures.join("; ")}`);
    }
  } catch (err) {
    setFailed(`patchwarden: ${err instanceof InputError ? err.message : messageOf(err)}`);
  }
}

// src/action.ts
await runAction();
