import { readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import fc from 'fast-check';
import { expect } from 'vitest';
import type { Component } from '../../model/types.js';
import { expectLocated } from '../bundler/lockfile-testkit.js';
import type { ExtractContext, Extractor } from '../../model/extractor.js';
import { splitLines } from '../../parse/lines.js';

// Test helpers the yarn, pnpm and bun extractor tests share (not used by the product code).

/** An ExtractContext reading files relative to a folder, confined to it as the real one is. */
export function folderContext(root: string): ExtractContext {
  return {
    readFile(path: string): string | undefined {
      const abs = resolve(root, path);
      const rel = relative(root, abs);
      if (rel.startsWith('..')) return undefined;
      try {
        return readFileSync(join(root, rel), 'utf8');
      } catch {
        return undefined;
      }
    },
  };
}

export const NO_FILES: ExtractContext = { readFile: () => undefined };

/** Every component has one location, at a line of the file that names the package. */
export function lineProblems(text: string, components: readonly Component[]): string[] {
  const lines = splitLines(text);
  const bad: string[] = [];
  for (const c of components) {
    const loc = c.locations[0];
    if (c.locations.length !== 1 || !loc || loc.line < 1 || loc.line > lines.length) {
      bad.push(`${c.name}@${c.version}: location ${JSON.stringify(c.locations)}`);
    } else if (!lines[loc.line - 1]!.includes(c.name)) {
      bad.push(`${c.name}@${c.version}: line ${loc.line} is "${lines[loc.line - 1]}"`);
    }
  }
  return bad;
}

/** name, version, source and line: what a damaged copy may leave out but must never change. */
export function identity(c: Component): string {
  return `${c.name}@${c.version} ${c.source ?? 'registry'} L${c.locations[0]?.line ?? 0}`;
}

/** 1-based line of a string offset, counted the simple way (the corpus files use \n only). */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** 1-based line of the first line that equals `exact`, or 0. */
export function lineOfText(text: string, exact: string): number {
  return splitLines(text).indexOf(exact) + 1;
}

/** The one component with this name and version (the test fails otherwise). */
export function findOne(components: readonly Component[], name: string, version: string): Component {
  const hits = components.filter((c) => c.name === name && c.version === version);
  expect(hits, `${name}@${version}`).toHaveLength(1);
  return hits[0]!;
}

/** name, version, source, line, direct, dev: one row per component, for exact expectations. */
export function table(components: readonly Component[]): unknown[][] {
  return components.map((c) => [c.name, c.version, c.source ?? 'registry', c.locations[0]?.line, c.direct, c.dev]);
}

/**
 * Copies cut at random offsets: every problem and component located, and every component one the
 * whole file has, at the same line with the same source. A cut at an entry boundary leaves a file
 * that looks complete (these formats have no end marker), so losing entries is allowed there.
 */
export function checkCutCopies(extractor: Extractor, path: string, text: string, ctx: ExtractContext, numRuns: number): void {
  const whole = new Set(extractor.extract({ path, text }, ctx).components.map(identity));
  fc.assert(
    fc.property(fc.integer({ min: 0, max: text.length }), (cut) => {
      const part = text.slice(0, cut);
      const r = extractor.extract({ path, text: part }, ctx);
      expectLocated(r, part);
      expect(r.components.map(identity).filter((c) => !whole.has(c)), `cut at ${cut}`).toEqual([]);
    }),
    { numRuns },
  );
}
