import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// Built-in policies ship in the package's `policies/` folder (package.json "files"). The code
// runs from src/evaluate/policy in development and from one bundle in dist/, so the folder is
// found by walking up from this module until it appears, not by a fixed relative path.

const MARKER = join('schema', 'patch-policy.v1.json');

let cached: string | undefined;

export function policiesDir(): string {
  if (cached) return cached;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const candidate = join(dir, 'policies');
    if (existsSync(join(candidate, MARKER))) {
      cached = candidate;
      return candidate;
    }
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  // Fall back to the working directory's package (a checkout run from its root).
  cached = resolve('policies');
  return cached;
}

export function schemaPath(apiVersion: string): string {
  const major = /\/v(\d+)$/.exec(apiVersion)?.[1] ?? '1';
  return join(policiesDir(), 'schema', `patch-policy.v${major}.json`);
}

/** `builtin:NAME@MAJOR`, parsed; undefined when the text is not of that form. */
export function parseBuiltinRef(ref: string): { name: string; major: number } | undefined {
  const m = /^builtin:([a-z0-9][a-z0-9-]{0,63})@([1-9][0-9]{0,3})$/.exec(ref);
  return m ? { name: m[1]!, major: Number(m[2]) } : undefined;
}

export function builtinFile(name: string, major: number): string {
  return join(policiesDir(), `${name}.v${major}.yml`);
}

export interface BuiltinEntry {
  ref: string;
  name: string;
  major: number;
  file: string;
}

export function listBuiltins(): BuiltinEntry[] {
  let names: string[];
  try {
    names = readdirSync(policiesDir());
  } catch {
    return [];
  }
  const out: BuiltinEntry[] = [];
  for (const f of names.sort()) {
    const m = /^([a-z0-9][a-z0-9-]*)\.v([1-9][0-9]*)\.yml$/.exec(f);
    if (!m) continue;
    out.push({ ref: `builtin:${m[1]}@${m[2]}`, name: m[1]!, major: Number(m[2]), file: join(policiesDir(), f) });
  }
  return out;
}
