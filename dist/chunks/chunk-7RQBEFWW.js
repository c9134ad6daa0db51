import { createRequire as __pwCreateRequire } from 'node:module';
const require = __pwCreateRequire(import.meta.url);
import {
  readRepoFile,
  realRoot,
  require_picomatch,
  resolveInRoot
} from "./chunk-RPU4CLOY.js";
import {
  __toESM
} from "./chunk-X2NN6BVW.js";

// src/github/codeowners.ts
var import_picomatch = __toESM(require_picomatch(), 1);
import { lstatSync } from "node:fs";
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
  if (p.endsWith("/*")) return [(0, import_picomatch.default)(p, opts)];
  return [(0, import_picomatch.default)(p, opts), below];
}
function parseCodeowners(text, file) {
  const rules = [];
  const problems = [];
  text.split(/\r?\n/).forEach((raw, i) => {
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
  const root = realRoot(repoRoot);
  for (const rel of CODEOWNERS_PATHS) {
    const abs = resolveInRoot(root, rel);
    if (!abs || !exists(abs)) continue;
    const read = readRepoFile(root, abs);
    if (!read.ok) {
      return { file: rel, rules: [], problems: [{ level: "warning", origin: "github/codeowners", file: rel, message: `not read: ${read.reason}` }] };
    }
    return parseCodeowners(read.text, rel);
  }
  return void 0;
}
function exists(abs) {
  try {
    lstatSync(abs);
    return true;
  } catch {
    return false;
  }
}
function ruleFor(codeowners, path) {
  for (let i = codeowners.rules.length - 1; i >= 0; i--) {
    const rule = codeowners.rules[i];
    if (rule.matchers.some((m) => m(path))) return rule;
  }
  return void 0;
}
function ownersOf(codeowners, path) {
  const logins = [];
  for (const o of ruleFor(codeowners, path)?.owners ?? []) {
    const m = LOGIN.exec(o);
    if (m) logins.push(m[1]);
  }
  return logins;
}
function firstOwnerOf(codeowners, path) {
  return ruleFor(codeowners, path)?.owners[0];
}

export {
  CODEOWNERS_PATHS,
  parseCodeowners,
  loadCodeowners,
  ownersOf,
  firstOwnerOf
};
