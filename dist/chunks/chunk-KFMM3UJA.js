import { createRequire as __pwCreateRequire } from 'node:module';
const require = __pwCreateRequire(import.meta.url);

// src/evaluate/policy/builtins.ts
import { existsSync, readdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
var MARKER = join("schema", "patch-policy.v1.json");
var cached;
function policiesDir() {
  if (cached) return cached;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const candidate = join(dir, "policies");
    if (existsSync(join(candidate, MARKER))) {
      cached = candidate;
      return candidate;
    }
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  cached = resolve("policies");
  return cached;
}
function schemaPath(apiVersion) {
  const major = /\/v(\d+)$/.exec(apiVersion)?.[1] ?? "1";
  return join(policiesDir(), "schema", `patch-policy.v${major}.json`);
}
function parseBuiltinRef(ref) {
  const m = /^builtin:([a-z0-9][a-z0-9-]{0,63})@([1-9][0-9]{0,3})$/.exec(ref);
  return m ? { name: m[1], major: Number(m[2]) } : void 0;
}
function builtinFile(name, major) {
  return join(policiesDir(), `${name}.v${major}.yml`);
}
function listBuiltins() {
  let names;
  try {
    names = readdirSync(policiesDir());
  } catch {
    return [];
  }
  const out = [];
  for (const f of names.sort()) {
    const m = /^([a-z0-9][a-z0-9-]*)\.v([1-9][0-9]*)\.yml$/.exec(f);
    if (!m) continue;
    out.push({ ref: `builtin:${m[1]}@${m[2]}`, name: m[1], major: Number(m[2]), file: join(policiesDir(), f) });
  }
  return out;
}

// src/evaluate/policy/resolved.ts
import { createHash } from "node:crypto";
import { existsSync as existsSync2, readFileSync } from "node:fs";
import { join as join2, resolve as resolve2 } from "node:path";
var DEFAULT_POLICY_FILES = [".github/patchwarden.yml", ".github/patchwarden.yaml"];
var DEFAULT_POLICY = "builtin:baseline@1";
function policySpec(spec, root) {
  if (spec !== void 0 && spec !== "") return spec;
  const found = DEFAULT_POLICY_FILES.map((f) => resolve2(root, f)).find((f) => existsSync2(f));
  return found ?? DEFAULT_POLICY;
}
function resolvedFile(name, major, dir = policiesDir()) {
  return join2(dir, "resolved", `${name}.v${major}.json`);
}
function sha256Hex(text) {
  return createHash("sha256").update(text).digest("hex");
}
function readResolvedBuiltin(ref, dir = policiesDir()) {
  const b = parseBuiltinRef(ref);
  if (!b) return void 0;
  let stored;
  try {
    stored = JSON.parse(readFileSync(resolvedFile(b.name, b.major, dir), "utf8"));
    for (const [file, digest] of Object.entries(stored.sources)) {
      if (sha256Hex(readFileSync(join2(dir, file))) !== digest) return void 0;
    }
  } catch {
    return void 0;
  }
  const policy = stored.result.policy;
  if (policy) policy.exceptionSources = policy.exceptionSources.map((l) => l ?? void 0);
  return stored.result;
}
async function resolvePolicy(opts) {
  const spec = policySpec(opts.spec, resolve2(opts.root));
  return readResolvedBuiltin(spec) ?? (await import("./load-7YO5Q3OG.js")).loadPolicy({ spec, root: opts.root });
}

export {
  schemaPath,
  parseBuiltinRef,
  builtinFile,
  listBuiltins,
  policySpec,
  resolvePolicy
};
