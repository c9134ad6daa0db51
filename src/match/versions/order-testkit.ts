import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../../test/helpers/shared.js';
import type { VersionScheme } from './types.js';

// Shared by every scheme's tests: what any version order owes its callers. compare() must be a
// total preorder over valid versions (reflexive, antisymmetric, transitive), isValid() must accept
// the versions the ecosystem publishes and never throw or hang on hostile strings, and the order
// must reproduce the ecosystem's own documented examples.

/** Asserts `versions` is strictly increasing under `scheme`, checking every pair, both ways. */
export function expectAscending(scheme: VersionScheme, versions: readonly string[]): void {
  for (const v of versions) expect(scheme.isValid(v), `${scheme.ecosystem} should accept ${JSON.stringify(v)}`).toBe(true);
  for (let i = 0; i < versions.length; i++) {
    for (let j = i + 1; j < versions.length; j++) {
      const a = versions[i] as string;
      const b = versions[j] as string;
      expect(sgn(scheme.compare(a, b)), `${a} < ${b}`).toBe(-1);
      expect(sgn(scheme.compare(b, a)), `${b} > ${a}`).toBe(1);
    }
  }
}

/** Asserts all of `versions` are equal under `scheme`. */
export function expectAllEqual(scheme: VersionScheme, versions: readonly string[]): void {
  for (const a of versions) {
    expect(scheme.isValid(a), `${scheme.ecosystem} should accept ${JSON.stringify(a)}`).toBe(true);
    for (const b of versions) expect(scheme.compare(a, b), `${a} == ${b}`).toBe(0);
  }
}

/** The cases of test/corpus/<path>, one `a < b`, `a = b` or `a > b` a line: [a, sign, b, line]. */
export function orderCases(path: string): Array<[string, number, string, number]> {
  const text = readFileSync(join(REPO_ROOT, 'test', 'corpus', path), 'utf8');
  const out: Array<[string, number, string, number]> = [];
  text.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const m = /^(\S+) ([<=>]) (\S+)$/.exec(line);
    if (m === null) throw new Error(`${path}:${i + 1}: not a case: ${line}`);
    out.push([m[1]!, m[2] === '<' ? -1 : m[2] === '=' ? 0 : 1, m[3]!, i + 1]);
  });
  return out;
}

/** Asserts every case of test/corpus/<path> both ways, and that there are `count` of them. */
export function expectCases(scheme: VersionScheme, path: string, count: number): void {
  const all = orderCases(path);
  expect(all.length).toBe(count);
  for (const [a, want, b, line] of all) {
    expect(sgn(scheme.compare(a, b)), `${path}:${line}: ${a} vs ${b}`).toBe(want);
    expect(sgn(scheme.compare(b, a)), `${path}:${line}: ${b} vs ${a}`).toBe(sgn(-want));
  }
}

/** Asserts each string is refused by isValid. */
export function expectInvalid(scheme: VersionScheme, versions: readonly string[]): void {
  for (const v of versions) expect(scheme.isValid(v), `${scheme.ecosystem} should refuse ${JSON.stringify(v)}`).toBe(false);
}

/** Adversarial shapes for regular-expression and recursion blow-ups, `length` characters each. */
export function hostileStrings(length: number, extra: readonly string[] = []): string[] {
  const rep = (unit: string): string => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
  const units = ['1', '1.', '0', 'a', 'a1', '1a', '1-', '-', '.', '1.a-', 'v', '+', '1.0-beta1', '01', ' ', '\u0661', '\u{1d7ce}', ...extra];
  const out: string[] = [];
  for (const u of units) {
    const body = rep(u);
    out.push(body, body.slice(0, length - 1) + '!', ('1.0.0-' + body).slice(0, length), body.slice(0, length - 1) + '\n');
  }
  return out;
}

export interface LawOptions {
  /** Generator of realistic, valid versions; should produce collisions so transitivity is tested. */
  valid: fc.Arbitrary<string>;
  /** Runs per property (default 500). */
  numRuns?: number;
  /** Extra hostile units for this grammar. */
  hostile?: readonly string[];
  /**
   * Why the ecosystem's own order is not transitive, where it is not (Maven's ComparableVersion):
   * the transitivity and sorting laws are then not registered, and the scheme's tests must pin its
   * answers against the ecosystem's implementation instead.
   */
  notTransitive?: string;
}

/** Registers the order laws for `scheme` as a describe block. */
export function describeOrderLaws(scheme: VersionScheme, options: LawOptions): void {
  const numRuns = options.numRuns ?? 500;
  const { valid } = options;

  describe(`${scheme.ecosystem}: order laws`, () => {
    it('accepts every generated version', () => {
      fc.assert(
        fc.property(valid, (v) => scheme.isValid(v)),
        { numRuns },
      );
    });

    it('is reflexive: compare(a, a) == 0', () => {
      fc.assert(
        fc.property(valid, (v) => scheme.compare(v, v) === 0),
        { numRuns },
      );
    });

    it('is antisymmetric and total: sign(compare(a, b)) == -sign(compare(b, a)), always a finite number', () => {
      fc.assert(
        fc.property(valid, valid, (a, b) => {
          const ab = scheme.compare(a, b);
          const ba = scheme.compare(b, a);
          return Number.isFinite(ab) && Number.isFinite(ba) && sgn(ab) === -sgn(ba);
        }),
        { numRuns },
      );
    });

    const transitive = options.notTransitive === undefined;
    if (transitive) it('is transitive, for both < and ==', () => {
      fc.assert(
        fc.property(valid, valid, valid, (a, b, c) => {
          const [x, y, z] = [a, b, c].sort((p, q) => scheme.compare(p, q)) as [string, string, string];
          const xy = sgn(scheme.compare(x, y));
          const yz = sgn(scheme.compare(y, z));
          const xz = sgn(scheme.compare(x, z));
          if (xy > 0 || yz > 0 || xz > 0) return false;
          if (xy === 0 && yz === 0) return xz === 0;
          return xz < 0;
        }),
        { numRuns },
      );
    });

    if (transitive) it('sorts consistently: any permutation sorts to the same order', () => {
      fc.assert(
        fc.property(fc.array(valid, { minLength: 2, maxLength: 12 }), fc.nat(), (list, seed) => {
          const sorted = [...list].sort((p, q) => scheme.compare(p, q));
          const shuffled = [...list];
          let s = seed;
          for (let i = shuffled.length - 1; i > 0; i--) {
            s = (s * 1103515245 + 12345) % 2147483648;
            const j = s % (i + 1);
            [shuffled[i], shuffled[j]] = [shuffled[j] as string, shuffled[i] as string];
          }
          const resorted = shuffled.sort((p, q) => scheme.compare(p, q));
          return sorted.every((v, i) => scheme.compare(v, resorted[i] as string) === 0);
        }),
        { numRuns: Math.ceil(numRuns / 4) },
      );
    });

    it('never throws on arbitrary strings, and compare() stays total on them', () => {
      // Arbitrary UTF-16 (any code unit, so lone surrogates and astral pairs too) and printable strings,
      // against each other and against valid versions.
      const judge = (a: string, b: string): boolean => {
        expect(typeof scheme.isValid(a)).toBe('boolean');
        const ab = scheme.compare(a, b);
        return Number.isFinite(ab) && sgn(ab) === -sgn(scheme.compare(b, a));
      };
      fc.assert(
        fc.property(fc.string({ unit: codeUnit }), fc.string(), valid, (bin, text, v) => judge(bin, text) && judge(text, v) && judge(bin, v)),
        { numRuns },
      );
    });

    // Speed on hostile input is measured by the benchmark; here only the answers are checked (a
    // backtracking blow-up would still show, as a test that does not finish within its timeout).
    it('refuses 10,000-character hostile strings', () => {
      for (const s of hostileStrings(10_000, options.hostile)) {
        expect(scheme.isValid(s)).toBe(false);
        expect(Number.isFinite(scheme.compare(s, '1.0.0'))).toBe(true);
      }
    });

    it('judges hostile strings just under the length limit without throwing', () => {
      for (const s of hostileStrings(250, options.hostile)) {
        expect(typeof scheme.isValid(s)).toBe('boolean');
        expect(Number.isFinite(scheme.compare(s, s + '1'))).toBe(true);
      }
    });
  });
}

// Any UTF-16 code unit. fast-check's own 'binary' unit draws the same strings but takes seconds to
// warm up under vitest's module runner.
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));

/** -1, 0 or 1, with -0 folded into 0 so that toBe() comparisons work. */
export const sgn = (n: number): number => (n < 0 ? -1 : n > 0 ? 1 : 0);

/** Asserts sign(compare(a, b)) == want, and the reverse, for each [a, b, want] row. */
export function expectSigns(compare: (a: string, b: string) => number, table: ReadonlyArray<readonly [string, string, number]>): void {
  for (const [a, b, want] of table) {
    expect(sgn(compare(a, b)), `${a} vs ${b}`).toBe(want);
    expect(sgn(compare(b, a)), `${b} vs ${a}`).toBe(sgn(-want));
  }
}

export const pick = <T>(...values: T[]): fc.Arbitrary<T> => fc.constantFrom(...values);
export const opt = <T>(a: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> => fc.option(a, { nil: undefined, freq: 2 });

/** Small pools make collisions (equal versions, shared prefixes) frequent enough to test laws. */
export const smallNat = fc.oneof(fc.constantFrom(0, 1, 2, 10), fc.nat({ max: 12 }), fc.nat({ max: 100_000 }));
export const numStr = smallNat.map(String);
