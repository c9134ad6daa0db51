import fc from 'fast-check';
import { expect } from 'vitest';
import { schemeFor } from '../../match/versions/index.js';
import type { Component } from '../../model/types.js';
import type { ExtractContext, ExtractResult, Extractor } from '../../model/extractor.js';
import { splitLines } from '../../parse/lines.js';

// Shared by the lockfile extractors' tests (bundler, composer, gradle, maven, nuget, pub,
// cocoapods): what every extractor owes on damaged input. A cut-short copy of a real file must
// give either exactly the full file's answer or a located problem, and never a package version
// the full file does not have; a copy with bytes overwritten must not throw and must locate
// every problem inside the file.

export const noFiles: ExtractContext = { readFile: () => undefined };

function lineCount(text: string): number {
  return splitLines(text).length;
}

/** Every problem and component points at a line of this text. */
export function expectLocated(result: ExtractResult, text: string): void {
  const max = lineCount(text);
  for (const p of result.problems) {
    expect(p.line, `problem without a line: ${p.message}`).toBeTypeOf('number');
    expect(p.line!).toBeGreaterThanOrEqual(1);
    expect(p.line!).toBeLessThanOrEqual(max);
  }
  for (const c of result.components) {
    for (const l of c.locations) {
      expect(l.line).toBeGreaterThanOrEqual(1);
      expect(l.line).toBeLessThanOrEqual(max);
    }
  }
}

const id = (c: Component): string => `${c.name}@${c.version}`;
const full = (c: Component): string =>
  JSON.stringify([c.name, c.version, c.locations, c.direct, c.dev, c.source ?? 'registry']);

export function runExtractor(extractor: Extractor, path: string, text: string, ctx: ExtractContext = noFiles): ExtractResult {
  return extractor.extract({ path, text }, ctx);
}

/** Truncation and corruption properties over one real or fixture file. */
export function checkDamagedCopies(
  extractor: Extractor,
  path: string,
  text: string,
  ctx: ExtractContext = noFiles,
  numRuns = 60,
): void {
  const whole = runExtractor(extractor, path, text, ctx);
  expect(whole.problems.filter((p) => p.level === 'error')).toEqual([]);
  const wholeIds = new Set(whole.components.map(id));
  const wholeFull = whole.components.map(full).sort().join('\n');

  const checkCut = (cut: number): ExtractResult => {
    const part = text.slice(0, cut);
    const r = runExtractor(extractor, path, part, ctx);
    expectLocated(r, part);
    for (const c of r.components) expect(wholeIds.has(id(c)), `${id(c)} is not in the whole file`).toBe(true);
    if (r.components.map(full).sort().join('\n') !== wholeFull) {
      expect(r.problems.length, `cut at ${cut} changed the answer without a problem`).toBeGreaterThan(0);
    }
    return r;
  };
  // Fixed cuts well inside the file always lose entries, so they must always say so.
  for (const fraction of [1 / 3, 1 / 2, 2 / 3]) {
    const r = checkCut(Math.floor(text.length * fraction));
    expect(r.problems.length).toBeGreaterThan(0);
    expect(r.components.length).toBeLessThanOrEqual(whole.components.length);
  }
  fc.assert(
    fc.property(fc.integer({ min: 0, max: text.length - 1 }), (cut) => {
      checkCut(cut);
    }),
    { numRuns },
  );
  checkOverwrittenCopies(extractor, path, text, ctx, numRuns);
}

/** Copies with a run of bytes overwritten by arbitrary text: no throw, every problem and component located. */
export function checkOverwrittenCopies(
  extractor: Extractor,
  path: string,
  text: string,
  ctx: ExtractContext = noFiles,
  numRuns = 60,
): void {
  fc.assert(
    fc.property(
      fc.integer({ min: 0, max: text.length - 1 }),
      fc.integer({ min: 1, max: 64 }),
      fc.string({ unit: 'binary', minLength: 1, maxLength: 64 }),
      (at, length, garbage) => {
        const damaged = text.slice(0, at) + garbage + text.slice(at + length);
        expectLocated(runExtractor(extractor, path, damaged, ctx), damaged);
      },
    ),
    { numRuns },
  );
}

/** 1-based line numbers of the lines matching `re`, counted independently of any extractor. */
export function linesMatching(text: string, re: RegExp): number[] {
  const out: number[] = [];
  splitLines(text).forEach((l, i) => {
    if (re.test(l)) out.push(i + 1);
  });
  return out;
}

/** The text of a 1-based line. */
export function lineText(text: string, line: number): string {
  return splitLines(text)[line - 1] ?? '';
}

/** Every version parses under its ecosystem's own order, so none becomes a skip at matching. */
export function expectVersionsParse(components: readonly Component[]): void {
  for (const c of components) {
    const scheme = schemeFor(c.ecosystem);
    if (scheme && (c.source ?? 'registry') === 'registry') {
      expect(scheme.isValid(c.version), `${c.ecosystem} ${c.name}@${c.version}`).toBe(true);
    }
  }
}

/**
 * `version` lies in [introduced, fixed) by the ecosystem's own order: restates one range of an
 * advisory (cited beside each call) against the version an extractor read.
 */
export function expectInRange(ecosystem: string, version: string, introduced: string, fixed: string): void {
  const scheme = schemeFor(ecosystem)!;
  expect(scheme.isValid(version)).toBe(true);
  expect(scheme.compare(version, introduced), `${version} >= ${introduced}`).toBeGreaterThanOrEqual(0);
  expect(scheme.compare(version, fixed), `${version} < ${fixed}`).toBeLessThan(0);
}
