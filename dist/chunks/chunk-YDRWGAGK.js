import { createRequire as __pwCreateRequire } from 'node:module';
const require = __pwCreateRequire(import.meta.url);
import {
  require_picomatch
} from "./chunk-RPU4CLOY.js";
import {
  LIMITS
} from "./chunk-TVC7EKD4.js";
import {
  __toESM
} from "./chunk-X2NN6BVW.js";

// src/model/glob.ts
var import_picomatch = __toESM(require_picomatch(), 1);
function pathMatcher(globs) {
  const isMatch = (0, import_picomatch.default)(globs, { dot: true });
  return (file) => isMatch(file);
}
function globProblem(g) {
  if (g.length > LIMITS.globMaxLength) return `a glob of ${g.length} characters; the limit is ${LIMITS.globMaxLength}`;
  if (g.startsWith("/") || /^[A-Za-z]:[\\/]/.test(g) || g.split("/").includes("..")) return `expected a repository-relative glob like deploy/**, got '${g}'`;
  const wildcards = (g.match(/\*+/g)?.length ?? 0) + (g.match(/\+\(/g)?.length ?? 0);
  if (wildcards > LIMITS.globMaxWildcards) return `'${g}' has ${wildcards} wildcards (*, **, +(...)); the limit is ${LIMITS.globMaxWildcards}`;
  try {
    import_picomatch.default.makeRe(g, { dot: true });
  } catch (err) {
    return `not a glob picomatch can read: ${err.message.slice(0, 120)}`;
  }
  return void 0;
}

export {
  pathMatcher,
  globProblem
};
