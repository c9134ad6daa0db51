import type { VersionScheme } from './types.js';
import { compareOrdinal, memoParser, schemeFrom } from './util.js';

// NuGet.Versioning's NuGetVersion.TryParse and VersionComparer.Default (the comparer nuget.org and the
// NuGet client resolve with), checked against NuGet/NuGet.Client src/NuGet.Core/NuGet.Versioning
// (VersionComparer.cs@2fd0e43a538e6a2bd1caac01e7a9c3877ee9ecd2, SemanticVersionFactory.cs and
// NuGetVersionFactory.cs) and the behaviour its tests pin (NuGetVersionTest.cs@f4f96b4aac4039460e3753da5824f1c024f27834):
// - the string is trimmed (String.Trim: Unicode white space), then split at the first '-' or '+':
//   the part before is 1 to 4 dot-separated numbers (Major.Minor.Patch.Revision), each a System.Int32
//   that may carry white space (U+0009-U+000D, U+0020) on either side ("19   .19" is 19.19), leading
//   zeros allowed ("1.01" == "1.1"), missing parts 0 ("1.0" == "1.0.0.0");
// - release labels after '-', dot-separated, [0-9A-Za-z-], numeric labels without leading zeros;
//   a version with labels sorts below the same version without;
// - labels compare one by one: both Int32.TryParse-numeric -> numerically, numeric below alphabetic,
//   otherwise StringComparer.OrdinalIgnoreCase ("1.0.0-RC" == "1.0.0-rc"); fewer labels sort first;
// - build metadata after '+' must be well formed but never affects the order.

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

// ParseSections: the numbers run up to the first '-' or '+'; labels, then metadata, follow.
const SECTIONS = /^([^+-]*)(?:-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?(?:\+([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?$/;
// Int32.TryParse(part, NumberStyles.Integer): digits with optional leading and trailing white space.
// A sign is never reached: '-' and '+' end the numeric part above.
const NUMBER = /^[\t-\r ]*(\d+)[\t-\r ]*$/;
const INT32_MIN = -2147483648;
const INT32_MAX = 2147483647;
// Int32.TryParse(label) with NumberStyles.Integer: an optional sign, then digits; labels cannot hold
// '+', so "-1" is the only signed form that can occur.
const INT32_LABEL = /^-?\d+$/;
const LEADING_ZERO_NUMBER = /^0\d+$/;
// String.Trim() removes what Char.IsWhiteSpace accepts: U+0009-U+000D, U+0085 and the Unicode space
// separators. JavaScript's \s differs (it has U+FEFF, lacks U+0085), so the set is spelt out.
const TRIM = /^[\t-\r \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+|[\t-\r \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+$/g;

function label(raw: string): Label {
  let num: number | undefined;
  if (INT32_LABEL.test(raw)) {
    const n = Number(raw);
    if (n >= INT32_MIN && n <= INT32_MAX) num = n;
  }
  return { num, upper: raw.toUpperCase() };
}

function parseNuGet(input: string): NuGetVersion | undefined {
  const m = SECTIONS.exec(input.replace(TRIM, ''));
  if (m === null) return undefined;
  const numbers = (m[1] as string).split('.');
  if (numbers.length > 4) return undefined;
  const parts = [0, 0, 0, 0];
  for (let i = 0; i < numbers.length; i++) {
    const digits = NUMBER.exec(numbers[i] as string)?.[1];
    if (digits === undefined) return undefined;
    const n = Number(digits);
    if (n > INT32_MAX) return undefined;
    parts[i] = n;
  }
  const raw = m[2] === undefined ? [] : m[2].split('.');
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
