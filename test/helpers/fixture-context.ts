import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { ExtractContext, ExtractResult, Extractor } from '../../src/model/extractor.js';

/** An extractor's context over a fixture folder: readFile() reads below `dir`, absent files are undefined. */
export function fixtureContext(dir: string, extra: Partial<ExtractContext> = {}): ExtractContext {
  return {
    readFile: (p) => {
      try {
        return readFileSync(join(dir, p), 'utf8');
      } catch {
        return undefined;
      }
    },
    ...extra,
  };
}

/** Asserts which paths an extractor claims and which it leaves alone. */
export function expectClaims(extractor: Extractor, claimed: readonly string[], left: readonly string[]): void {
  for (const p of claimed) expect(extractor.claims(p), p).toBe(true);
  for (const p of left) expect(extractor.claims(p), p).toBe(false);
}

/** Runs an extractor over one fixture file below `dir`, named by its path there. */
export function extractFixture(extractor: Extractor, dir: string, path: string, ctx: ExtractContext = fixtureContext(dir)): ExtractResult {
  return extractor.extract({ path, text: readFileSync(join(dir, path), 'utf8') }, ctx);
}
