import type { VersionScheme } from './types.js';

/**
 * No real version string is longer than this (npm's semver and Maven 4's ComparableVersion both
 * refuse longer ones). Refusing longer input up front bounds the cost of parsing a hostile
 * lockfile's "version" to a constant, whatever the grammar.
 */
export const MAX_VERSION_LENGTH = 256;

/** Parsed forms kept per scheme: enough for every distinct version in a large monorepo's lockfiles. */
const DEFAULT_CACHE_SIZE = 20_000;

const INVALID = Symbol('invalid');

/**
 * Memoises a parser in a bounded Map. Parsing is the expensive half of a comparison and the same
 * few thousand version strings are compared again and again while matching 200,000 components, so
 * every scheme parses each distinct string once. Invalid strings are remembered too. When full, the
 * oldest entries go first (Map keeps insertion order), which keeps the cost per call constant.
 * A parser that throws is treated as saying "invalid": isValid must never throw.
 */
export function memoParser<T>(
  parse: (version: string) => T | undefined,
  maxEntries = DEFAULT_CACHE_SIZE,
): (version: string) => T | undefined {
  const cache = new Map<string, T | typeof INVALID>();
  return (version: string): T | undefined => {
    if (typeof version !== 'string' || version.length === 0 || version.length > MAX_VERSION_LENGTH) {
      return undefined;
    }
    const hit = cache.get(version);
    if (hit !== undefined) return hit === INVALID ? undefined : hit;
    let parsed: T | undefined;
    try {
      parsed = parse(version);
    } catch {
      parsed = undefined;
    }
    if (cache.size >= maxEntries) {
      // Drop the oldest tenth at once so a stream of distinct strings does not pay per insert.
      let drop = Math.ceil(maxEntries / 10);
      for (const key of cache.keys()) {
        cache.delete(key);
        if (--drop === 0) break;
      }
    }
    cache.set(version, parsed === undefined ? INVALID : parsed);
    return parsed;
  };
}

/**
 * Builds a VersionScheme from a (memoised) parser and an order on parsed forms. compare() stays total
 * even when a caller forgets isValid: like Go's semver.Compare, every invalid string sorts below
 * every valid one and invalid strings are all equal, so it never throws and never lies about two
 * valid versions.
 */
export function schemeFrom<T>(
  ecosystem: string,
  parse: (version: string) => T | undefined,
  compareParsed: (a: T, b: T) => number,
): VersionScheme {
  return {
    ecosystem,
    isValid: (version: string): boolean => parse(version) !== undefined,
    compare: (a: string, b: string): number => {
      const pa = parse(a);
      const pb = parse(b);
      if (pa === undefined) return pb === undefined ? 0 : -1;
      if (pb === undefined) return 1;
      return compareParsed(pa, pb);
    },
  };
}

/** -1, 0 or 1, as every scheme reports its result. */
export function sign(n: number): number {
  return n < 0 ? -1 : n > 0 ? 1 : 0;
}

/** Ordinal (UTF-16 code unit) order: Java's String.compareTo, Go's and Dart's string comparison. */
export function compareOrdinal(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Strips leading ASCII zeros, keeping a lone "0". */
export function stripZeros(digits: string): string {
  let i = 0;
  while (i < digits.length - 1 && digits.charCodeAt(i) === 48) i++;
  return i === 0 ? digits : digits.slice(i);
}

/**
 * Numeric order of two ASCII digit strings of any length (leading zeros allowed), without the
 * precision loss of Number above 2^53: versions such as 20240101123456789 exist.
 */
export function compareDigits(a: string, b: string): number {
  const x = stripZeros(a);
  const y = stripZeros(b);
  if (x.length !== y.length) return x.length < y.length ? -1 : 1;
  return compareOrdinal(x, y);
}

/** True when s is one or more ASCII digits. */
export function isDigits(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}
