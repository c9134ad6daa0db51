import { createRequire as __pwCreateRequire } from 'node:module';
const require = __pwCreateRequire(import.meta.url);
import {
  globProblem,
  pathMatcher
} from "./chunk-YDRWGAGK.js";
import {
  isInside
} from "./chunk-RPU4CLOY.js";
import {
  LIMITS
} from "./chunk-TVC7EKD4.js";

// src/discover/index.ts
import { lstatSync, readdirSync, realpathSync, statSync } from "node:fs";
import { join } from "node:path";
var SKIP_DIRS = /* @__PURE__ */ new Set([".git", "node_modules", ".hg", ".svn", ".yarn", ".pnpm-store", "bower_components"]);
function exclusion(globs) {
  const problems = [];
  for (const g of globs) {
    const why = globProblem(g);
    if (why !== void 0) problems.push({ level: "error", origin: "discover", message: `exclude: ${why}` });
  }
  if (problems.length > 0 || globs.length === 0) return { problems };
  return { exclude: { globs, match: pathMatcher(globs) }, problems };
}
function walkHasFiles(w) {
  return w.steps.some((s) => "file" in s);
}
function walk(opts) {
  const steps = [];
  let excludedFolders = 0;
  const note = (path, message, level) => {
    steps.push({ note: { level, origin: "discover", file: path, message } });
  };
  const visit = (absDir, relDir, depth) => {
    if (depth > LIMITS.maxDepth) {
      note(relDir, `deeper than ${LIMITS.maxDepth} folders; not scanned`, "warning");
      return;
    }
    let entries;
    try {
      entries = readdirSync(absDir, { withFileTypes: true });
    } catch (err) {
      note(relDir || ".", `cannot list folder: ${err.code ?? String(err)}`, "warning");
      return;
    }
    entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
    for (const entry of entries) {
      const rel = relDir ? `${relDir}/${entry.name}` : entry.name;
      const abs = join(absDir, entry.name);
      if (entry.isDirectory()) {
        if (SKIP_DIRS.has(entry.name)) continue;
        if (opts.exclude?.match(rel)) excludedFolders++;
        else visit(abs, rel, depth + 1);
        continue;
      }
      const isLink = entry.isSymbolicLink();
      if (!isLink && !entry.isFile()) continue;
      steps.push({ file: { rel, abs, isLink } });
    }
  };
  visit(opts.root, "", 0);
  return { root: opts.root, steps, excludedFolders, ...opts.exclude ? { exclude: opts.exclude } : {} };
}
function claim(w, extractors, limits = {}) {
  const maxFileBytes = limits.maxFileBytes ?? LIMITS.maxFileBytes;
  const maxFiles = limits.maxFiles ?? LIMITS.maxFiles;
  const files = [];
  const problems = [];
  let overflow = 0;
  let excludedFiles = 0;
  const note = (path, message, level = "notice") => {
    problems.push({ level, origin: "discover", file: path, message });
  };
  for (const step of w.steps) {
    if ("note" in step) {
      problems.push(step.note);
      continue;
    }
    const { rel, abs, isLink } = step.file;
    const extractor = extractors.find((e) => e.claims(rel));
    if (!extractor) continue;
    if (w.exclude?.match(rel)) {
      excludedFiles++;
      continue;
    }
    let size;
    if (isLink) {
      let real;
      try {
        real = realpathSync(abs);
      } catch {
        note(rel, "broken or looping symlink; skipped", "warning");
        continue;
      }
      if (!isInside(w.root, real)) {
        note(rel, "symlink points outside the repository; not followed", "warning");
        continue;
      }
      const st = statSync(real);
      if (!st.isFile()) {
        note(rel, "symlink to something other than a file; skipped");
        continue;
      }
      size = st.size;
    } else {
      size = lstatSync(abs).size;
    }
    if (size > maxFileBytes) {
      note(rel, `${size} bytes, over the ${maxFileBytes}-byte limit; skipped`, "warning");
      continue;
    }
    if (files.length >= maxFiles) {
      overflow++;
      continue;
    }
    files.push({ path: rel, abs, size, extractor });
  }
  if (w.excludedFolders + excludedFiles > 0) {
    const what = [w.excludedFolders > 0 ? `${w.excludedFolders} folder(s)` : "", excludedFiles > 0 ? `${excludedFiles} file(s)` : ""].filter(Boolean).join(" and ");
    problems.push({ level: "notice", origin: "discover", message: `not scanned, excluded by ${w.exclude.globs.join(", ")}: ${what}` });
  }
  if (overflow > 0) {
    problems.push({
      level: "warning",
      origin: "discover",
      message: `${overflow} more claimed files over the ${maxFiles}-file limit were not scanned`
    });
  }
  return { files, problems };
}

export {
  exclusion,
  walkHasFiles,
  walk,
  claim
};
