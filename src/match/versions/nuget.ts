import type { VersionScheme } from './types.js';
import { compareOrdinal, memoParser, schemeFrom } from './util.js';

// NuGet.Versioning's NuGetVersion and VersionComparer.Default (the comparer nuget.org and the NuGet
// client resolve with):
// - 1 to 4 numeric parts (Major.Minor.Patch.Revision), each a System.Int32, leading zeros allowed
//   ("1.01" == "1.1"), missing parts are 0 ("1.0" == "1.0.0.0");
// - release labels after '-', dot-separated, [0-9A-Za-z-], numeric labels without leading zeros;
//   a version with labels sorts below the same version without;
// - labels compare one by one: both Int32.TryParse-numeric -> numerically, numeric below alphabetic,
//   otherwise StringComparer.OrdinalIgnoreCase ("1.0.0-RC" == "1.0.0-rc"); fewer labels sort first;
// - build metadata after '+' must be well formed but never affects the order;
// - surrounding whitespace is trimmed, as NuGetVersion.TryParse does.

interface Label {
  /** The label's Int32.TryParse value, when it has one. */
  num: number | undefined;
  /** Upper-cased for OrdinalIgnoreCase (labels are ASCII, so upper-casing a-z is exact). */
  upper: string;
}

interface NuGetVersion {
  parts: number[];
  labels: Label[];
}

const VERSION =
  /^(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:\.(\d+))?(?:-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?(?:\+([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?$/;
const INT32_MIN = -2147483648;
const INT32_MAX = 2147483647;
// Int32.TryParse(label) with NumberStyles.Integer: an optional sign, then digits; labels cannot hold
// '+', so "-1" is the only signed form that can occur.
const INT32_LABEL = /^-?\d+$/;
const LEADING_ZERO_NUMBER = /^0\d+$/;
// NuGetVersion.TryParse trims with String.Trim(): Unicode white space.
const TRIM = /^\s+|\s+$/g;

function label(raw: string): Label {
  let num: number | undefined;
  if (INT32_LABEL.test(raw)) {
    const n = Number(raw);
    if (n >= INT32_MIN && n <= INT32_MAX) num = n;
  }
  return { num, upper: raw.toUpperCase() };
}

function parseNuGet(input: string): NuGetVersion | undefined {
  const m = VERSION.exec(input.replace(TRIM, ''));
  if (m === null) return undefined;
  const parts: number[] = [];
  for (let i = 1; i <= 4; i++) {
    const n = m[i] === undefined ? 0 : Number(m[i]);
    if (n > INT32_MAX) return undefined;
    parts.push(n);
  }
  const raw = m[5] === undefined ? [] : m[5].split('.');
  if (raw.some((l) => LEADING_ZERO_NUMBER.test(l))) return undefined;
  return { parts, labels: raw.map(label) };
}

/** VersionComparer.CompareRelease for one pair of labels. */
function compareLabel(a: Label, b: Label): number {
  if (a.num !== undefined && b.num !== undefined) return a.num < b.num ? -1 : a.num > b.num ? 1 : 0;
  if (a.num !== undefined) return -1;
  if (b.num !== undefined) return 1;
  return compareOrdinal(a.upper, b.upper);
}

function compareNuGet(a: NuGetVersion, b: NuGetVersion): number {
  for (let i = 0; i < 4; i++) {
    const x = a.parts[i] as number;
    const y = b.parts[i] as number;
    if (x !== y) return x < y ? -1 : 1;
  }
  const la = a.labels;
  const lb = b.labels;
  if (la.length === 0 || lb.length === 0) return la.length === lb.length ? 0 : la.length === 0 ? 1 : -1;
  const n = Math.max(la.length, lb.length);
  for (let i = 0; i < n; i++) {
    if (i >= la.length) return -1;
    if (i >= lb.length) return 1;
    const c = compareLabel(la[i] as Label, lb[i] as Label);
    if (c !== 0) return c;
  }
  return 0;
}

export const NUGET_SCHEME: VersionScheme = schemeFrom('NuGet', memoParser(parseNuGet), compareNuGet);
