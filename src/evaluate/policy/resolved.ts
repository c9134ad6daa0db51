import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseBuiltinRef, policiesDir } from './builtins.js';
import type { PolicyLoadResult } from './load.js';

// A built-in policy is the same for every run of a release, yet reading it from YAML costs a run
// the YAML parser and the schema validator, most of the start-up of an action with nothing to
// check. So the package ships each built-in resolved (merged, validated, digested, with its
// origins and warnings: loadPolicy()'s whole answer) as JSON in policies/resolved/. The file names
// the SHA-256 of every YAML file it was made from; when one differs (an edited copy of the
// package), the YAML is read as before. `npm run gen:policies` writes the files, and
// builtins.test.ts keeps them equal to what loadPolicy() answers.

export const DEFAULT_POLICY_FILES = ['.github/patchwarden.yml', '.github/patchwarden.yaml'];
export const DEFAULT_POLICY = 'builtin:baseline@1';

/** The policy a run uses: `spec` when given, else the repository's own file, else the baseline. */
export function policySpec(spec: string | undefined, root: string): string {
  if (spec !== undefined && spec !== '') return spec;
  const found = DEFAULT_POLICY_FILES.map((f) => resolve(root, f)).find((f) => existsSync(f));
  return found ?? DEFAULT_POLICY;
}

/** What policies/resolved/NAME.vMAJOR.json holds. */
export interface ResolvedBuiltin {
  /** SHA-256 (hex) of each YAML file read, by file name in the policies folder. */
  sources: Record<string, string>;
  result: PolicyLoadResult;
}

export function resolvedFile(name: string, major: number, dir = policiesDir()): string {
  return join(dir, 'resolved', `${name}.v${major}.json`);
}

export function sha256Hex(text: string | Buffer): string {
  return createHash('sha256').update(text).digest('hex');
}

/** The shipped resolution of a built-in reference, when there is one and its YAML is unchanged. */
export function readResolvedBuiltin(ref: string, dir = policiesDir()): PolicyLoadResult | undefined {
  const b = parseBuiltinRef(ref);
  if (!b) return undefined;
  let stored: ResolvedBuiltin;
  try {
    stored = JSON.parse(readFileSync(resolvedFile(b.name, b.major, dir), 'utf8')) as ResolvedBuiltin;
    for (const [file, digest] of Object.entries(stored.sources)) {
      if (sha256Hex(readFileSync(join(dir, file))) !== digest) return undefined;
    }
  } catch {
    // No resolved file (or an unreadable one): the YAML is read and reports what is wrong.
    return undefined;
  }
  // JSON has no undefined: an exception declared without a known place was stored as null.
  const policy = stored.result.policy;
  if (policy) policy.exceptionSources = policy.exceptionSources.map((l) => l ?? undefined);
  return stored.result;
}

/**
 * loadPolicy() for a run: a built-in from its shipped resolution, anything else (a repository's
 * own policy, a file, an edited built-in) through the YAML loader, loaded only then.
 */
export async function resolvePolicy(opts: { spec?: string; root: string }): Promise<PolicyLoadResult> {
  const spec = policySpec(opts.spec, resolve(opts.root));
  return readResolvedBuiltin(spec) ?? (await import('./load.js')).loadPolicy({ spec, root: opts.root });
}
