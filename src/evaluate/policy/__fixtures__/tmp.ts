import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { loadPolicy } from '../load.js';
import type { PolicyLoadResult } from '../load.js';
import type { ResolvedPolicy } from '../types.js';

// Test helper: writes policy texts into a throw-away repository root and loads them from there.

export function withRepo<T>(files: Record<string, string>, fn: (root: string) => T): T {
  const root = mkdtempSync(join(tmpdir(), 'pw-policy-'));
  try {
    for (const [rel, text] of Object.entries(files)) {
      const abs = join(root, rel);
      mkdirSync(dirname(abs), { recursive: true });
      writeFileSync(abs, text);
    }
    return fn(root);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/** Loads `text` as the repository's .github/patchwarden.yml. */
export function loadText(text: string, extra: Record<string, string> = {}): PolicyLoadResult {
  return withRepo({ '.github/patchwarden.yml': text, ...extra }, (root) => loadPolicy({ root }));
}

export function withPolicy<T>(text: string, fn: (policy: ResolvedPolicy) => T): T {
  const r = loadText(text);
  if (!r.policy) throw new Error(`policy did not load: ${JSON.stringify(r.problems)}`);
  return fn(r.policy);
}
