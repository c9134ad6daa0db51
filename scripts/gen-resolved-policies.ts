// Writes policies/resolved/NAME.vMAJOR.json for every built-in policy: loadPolicy()'s answer with
// the SHA-256 of each YAML file it read (see src/evaluate/policy/resolved.ts). Run after editing a
// built-in policy or the policy loader: `npm run gen:policies`. builtins.test.ts fails until then.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { builtinFile, listBuiltins, parseBuiltinRef, policiesDir } from '../src/evaluate/policy/builtins.js';
import { loadPolicy } from '../src/evaluate/policy/load.js';
import { resolvedFile, sha256Hex } from '../src/evaluate/policy/resolved.js';
import type { ResolvedBuiltin } from '../src/evaluate/policy/resolved.js';

for (const b of listBuiltins()) {
  const result = loadPolicy({ spec: b.ref, root: policiesDir() });
  if (!result.policy) throw new Error(`${b.ref} does not load: ${JSON.stringify(result.problems)}`);
  const sources: Record<string, string> = {};
  for (const layer of result.policy.chain) {
    const ref = parseBuiltinRef(layer);
    if (!ref) continue;
    const file = builtinFile(ref.name, ref.major);
    sources[file.slice(policiesDir().length + 1)] = sha256Hex(readFileSync(file));
  }
  const out: ResolvedBuiltin = { sources, result };
  const path = resolvedFile(b.name, b.major);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(out, null, 2)}\n`);
  console.log(`${join('policies', 'resolved', `${b.name}.v${b.major}.json`)}: ${Object.keys(sources).join(', ')}`);
}
