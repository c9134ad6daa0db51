import type { VersionScheme } from './types.js';
import { compareOrdinal, memoParser, schemeFrom } from './util.js';

// Dart's pub_semver Version.parse() and Version.compareTo() (the natural order; pub's solver-only
// Version.prioritize is not a version order), checked against dart-lang/pub_semver lib/src/version.dart
// @1064f4589ed1af6711f017f40af3815001e80a9e and the current lib/src/patterns.dart, whose separators are
// escaped dots (older releases wrote '.', which matched any character):
// - MAJOR.MINOR.PATCH, all three required, leading zeros allowed, each a 64-bit int;
// - a pre-release sorts before the release; then pre-release parts compare one by one;
// - unlike semver.org, build metadata counts: a version with a build sorts after the same version
//   without, and builds compare like pre-releases;
// - each dot-separated part is `int.tryParse(part) ?? part`: numbers (which Dart also reads from
//   "-1" and from hexadecimal "0x1f") sort below strings, strings compare by code unit, and a
//   missing part sorts before a present one.

type Part = bigint | string;

interface PubVersion {
  major: bigint;
  minor: bigint;
  patch: bigint;
  pre: Part[];
  build: Part[];
}

const VERSION = /^(\d+)\.(\d+)\.(\d+)(-([0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*))?(\+([0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*))?$/;
const INT64_MAX = (1n << 63n) - 1n;
const UINT64_MAX = (1n << 64n) - 1n;
const DECIMAL = /^-?\d+$/;
const HEX = /^(-?)0[xX]([0-9a-fA-F]+)$/;

/** Dart's int.tryParse(s) on the VM: decimal within int64, or 0x-hex within 64 bits (wrapping). */
function dartTryParseInt(s: string): bigint | undefined {
  if (DECIMAL.test(s)) {
    const n = BigInt(s);
    return n > INT64_MAX || n < -INT64_MAX - 1n ? undefined : n;
  }
  const hex = HEX.exec(s);
  if (hex === null) return undefined;
  let n = BigInt('0x' + (hex[2] as string));
  if (n > UINT64_MAX) return undefined;
  if (n > INT64_MAX) n -= 1n << 64n;
  return hex[1] === '-' ? -n : n;
}

function parts(text: string | undefined): Part[] {
  if (text === undefined) return [];
  return text.split('.').map((p) => dartTryParseInt(p) ?? p);
}

function parsePub(text: string): PubVersion | undefined {
  const m = VERSION.exec(text);
  if (m === null) return undefined;
  const core = [m[1], m[2], m[3]].map((n) => BigInt(n as string));
  if (core.some((n) => n > INT64_MAX)) return undefined;
  return { major: core[0] as bigint, minor: core[1] as bigint, patch: core[2] as bigint, pre: parts(m[5]), build: parts(m[8]) };
}

/** pub_semver's _compareLists. */
function compareLists(a: Part[], b: Part[]): number {
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a[i];
    const y = b[i];
    if (x === y) continue;
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    if (typeof x === 'bigint') {
      if (typeof y !== 'bigint') return -1;
      return x < y ? -1 : 1;
    }
    if (typeof y === 'bigint') return 1;
    return compareOrdinal(x, y);
  }
  return 0;
}

const cmp = (a: bigint, b: bigint): number => (a < b ? -1 : a > b ? 1 : 0);

function comparePub(a: PubVersion, b: PubVersion): number {
  const core = cmp(a.major, b.major) || cmp(a.minor, b.minor) || cmp(a.patch, b.patch);
  if (core !== 0) return core;
  if (a.pre.length === 0 && b.pre.length > 0) return 1;
  if (b.pre.length === 0 && a.pre.length > 0) return -1;
  const pre = compareLists(a.pre, b.pre);
  if (pre !== 0) return pre;
  if (a.build.length === 0 && b.build.length > 0) return -1;
  if (b.build.length === 0 && a.build.length > 0) return 1;
  return compareLists(a.build, b.build);
}

export const PUB_SCHEME: VersionScheme = schemeFrom('Pub', memoParser(parsePub), comparePub);
