import { compareDigits, compareOrdinal, isDigits } from './util.js';

/** A Semantic Versioning 2.0.0 version, numbers kept as digit strings so no size limit applies. */
export interface Semver2 {
  major: string;
  minor: string;
  patch: string;
  /** Dot-separated pre-release identifiers; empty for a release. */
  pre: string[];
  /** Build metadata (without '+'); never part of precedence. */
  build: string;
}

// The regular expression that semver.org itself publishes (§ "Is there a suggested regular
// expression"), compiled once. Every quantified part is separated by a literal '.', so it runs in
// linear time on hostile input.
const SEMVER2 =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;

/** Strict semver 2.0.0: no 'v', no leading zeros, no missing parts. */
export function parseSemver2(version: string): Semver2 | undefined {
  const m = SEMVER2.exec(version);
  if (m === null) return undefined;
  return {
    major: m[1] as string,
    minor: m[2] as string,
    patch: m[3] as string,
    pre: m[4] === undefined ? [] : m[4].split('.'),
    build: m[5] ?? '',
  };
}

/**
 * semver.org §11.4: numeric identifiers compare numerically and below alphanumeric ones, which
 * compare in ASCII order; a longer list wins when one is a prefix of the other. Go's x/mod/semver
 * and python-semver (OSV's SEMVER implementation) implement exactly this.
 */
export function compareIdentifiers(a: readonly string[], b: readonly string[]): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a[i] as string;
    const y = b[i] as string;
    if (x === y) continue;
    const xn = isDigits(x);
    const yn = isDigits(y);
    if (xn && yn) {
      const c = compareDigits(x, y);
      if (c !== 0) return c;
    } else if (xn !== yn) {
      return xn ? -1 : 1;
    } else {
      return compareOrdinal(x, y);
    }
  }
  return a.length === b.length ? 0 : a.length < b.length ? -1 : 1;
}

/** semver.org §11.3: a pre-release sorts below the release with the same core. */
export function comparePrerelease(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) {
    return a.length === b.length ? 0 : a.length === 0 ? 1 : -1;
  }
  return compareIdentifiers(a, b);
}

/** semver.org §11 precedence; build metadata is ignored (§10). */
export function compareSemver2(a: Semver2, b: Semver2): number {
  return (
    compareDigits(a.major, b.major) ||
    compareDigits(a.minor, b.minor) ||
    compareDigits(a.patch, b.patch) ||
    comparePrerelease(a.pre, b.pre)
  );
}
