import type { VersionScheme } from './types.js';
import { compareDigits, memoParser, schemeFrom, sign } from './util.js';

// Composer's order: a version is first normalised by composer/semver's VersionParser::normalize()
// ("v1.2" -> "1.2.0.0", "1.0.0RC1" -> "1.0.0.0-RC1", "1.0-pl3" -> "1.0.0.0-patch3",
// "2010-01-02" -> "2010.01.02", "1.x-dev" -> "1.9999999.9999999.9999999-dev"), then two
// normalised versions are compared with PHP's version_compare(), as Constraint::versionCompare()
// does. That gives dev < alpha < beta < RC < (release) < patch/pl. Branch names ("dev-main",
// "master") are never ordered by Composer (Constraint::versionCompare refuses to compare them), so
// they are not valid versions here: a reported skip rather than a guess.
// Both functions restate the PHP/C sources (composer/semver src/VersionParser.php, read at
// composer/semver@0b08db530b6f52b206075e6798fb3969ef4b1968 and checked against every normalize() row of
// tests/VersionParserTest.php@ce465542111cd1db159b8eece860360c290f06ea, whose newer rows need the date
// pattern's "{0,2}" used here; php-src ext/standard/versioning.c@e4ca0ed09f035b362f48f30b8a2c0fcf47764801),
// including PCRE's ASCII-only \s and PHP's trim() set. osv.dev's Packagist order
// (osv/ecosystems/packagist.py) runs version_compare on the raw strings instead, so it puts "1.2" below
// "1.2.0"; Composer, and this scheme, hold them equal.

const TRIM = /^[ \t\n\r\0\x0B]+|[ \t\n\r\0\x0B]+$/g;
// PCRE's \s without the u flag is ASCII white space; JavaScript's \s is Unicode, so Composer's
// '{^([^,\s]++) ++as ++([^,\s]++)$}' and '{^([^,\s+]++)\+[^\s]++$}' are spelt out with the ASCII set.
const ALIAS = /^([^,\t\n\v\f\r ]+) +as +([^,\t\n\v\f\r ]+)$/;
const STABILITY_FLAG = /@(?:stable|RC|beta|alpha|dev)$/i;
const BUILD_METADATA = /^([^,\t\n\v\f\r +]+)\+[^\t\n\v\f\r ]+$/;
// Composer writes the numbers after a stability as '((?:[.-]?\d+)*+)?' with a possessive '*+';
// JavaScript has no possessive quantifiers and '(?:[.-]?\d+)*' backtracks exponentially on
// "1.0-beta1111111111111111111111x", so the same language is written without ambiguity.
const MODIFIER = '[._-]?(?:(stable|beta|b|RC|alpha|a|patch|pl|p)((?:[.-]?\\d+(?:[.-]\\d+)*)?)?)?([.-]?dev)?';
const CLASSICAL = new RegExp('^v?(\\d{1,5})(\\.\\d+)?(\\.\\d+)?(\\.\\d+)?' + MODIFIER + '$', 'i');
const DATE = new RegExp('^v?(\\d{4}(?:[.:-]?\\d{2}){1,6}(?:[.:-]?\\d{1,3}){0,2})' + MODIFIER + '$', 'i');
// Unanchored like Composer's '{(.*?)[.-]?dev$}i'; PCRE's '.' stops only at \n.
const DEV_SUFFIX = /([^\n]*?)[.-]?dev$/i;
const NUMERIC_BRANCH = /^v?(\d+)(\.(?:\d+|[xX*]))?(\.(?:\d+|[xX*]))?(\.(?:\d+|[xX*]))?$/i;

function expandStability(stability: string): string {
  const s = stability.toLowerCase();
  switch (s) {
    case 'a':
      return 'alpha';
    case 'b':
      return 'beta';
    case 'p':
    case 'pl':
      return 'patch';
    case 'rc':
      return 'RC';
    default:
      return s;
  }
}

/** VersionParser::normalizeBranch(). */
function normalizeBranch(name: string): string {
  const trimmed = name.replace(TRIM, '');
  const m = NUMERIC_BRANCH.exec(trimmed);
  if (m === null) return 'dev-' + trimmed;
  let version = '';
  for (let i = 1; i < 5; i++) version += m[i] !== undefined ? m[i]!.replace(/[*X]/g, 'x') : '.x';
  return version.replace(/x/g, '9999999') + '-dev';
}

/**
 * VersionParser::normalize(), or undefined where Composer throws UnexpectedValueException. Branch
 * names come back as "dev-<name>", as in Composer.
 */
export function normalizeComposerVersion(input: string): string | undefined {
  let version = input.replace(TRIM, '');
  const alias = ALIAS.exec(version);
  if (alias !== null) version = alias[1] as string;
  const flag = STABILITY_FLAG.exec(version);
  if (flag !== null) version = version.slice(0, version.length - flag[0].length);
  if (version === 'master' || version === 'trunk' || version === 'default') version = 'dev-' + version;
  if (version.slice(0, 4).toLowerCase() === 'dev-') return 'dev-' + version.slice(4);
  const build = BUILD_METADATA.exec(version);
  if (build !== null) version = build[1] as string;

  let m = CLASSICAL.exec(version);
  let index = 0;
  if (m !== null) {
    version = (m[1] as string) + (m[2] || '.0') + (m[3] || '.0') + (m[4] || '.0');
    index = 5;
  } else {
    m = DATE.exec(version);
    if (m !== null) {
      version = (m[1] as string).replace(/\D/g, '.');
      index = 2;
    }
  }
  if (m !== null) {
    const stability = m[index];
    if (stability) {
      if (stability === 'stable') return version;
      version += '-' + expandStability(stability) + (m[index + 1] ? m[index + 1]!.replace(/^[.-]+/, '') : '');
    }
    if (m[index + 2]) version += '-dev';
    return version;
  }
  const dev = DEV_SUFFIX.exec(version);
  if (dev !== null) {
    const normalized = normalizeBranch(dev[1] as string);
    if (!normalized.includes('dev-')) return normalized;
  }
  return undefined;
}

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
const isAlnum = (c: string): boolean => isDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
const isDig = (c: string): boolean => isDigit(c) && c !== '.';
const isNdig = (c: string): boolean => !isDigit(c) && c !== '.';
const isSpecialVer = (c: string): boolean => c === '-' || c === '_' || c === '+';

/** php_canonicalize_version(): "1.0.0.0-beta2" -> "1.0.0.0.beta.2". */
function phpCanonicalizeVersion(version: string): string {
  if (version.length === 0) return '';
  let out = version[0] as string;
  let lp = out;
  for (let i = 1; i < version.length; i++) {
    const c = version[i] as string;
    const lq = out[out.length - 1];
    if (isSpecialVer(c)) {
      if (lq !== '.') out += '.';
    } else if ((isNdig(lp) && isDig(c)) || (isDig(lp) && isNdig(c))) {
      if (lq !== '.') out += '.';
      out += c;
    } else if (!isAlnum(c)) {
      if (lq !== '.') out += '.';
    } else {
      out += c;
    }
    lp = c;
  }
  return out;
}

const SPECIAL_FORMS: ReadonlyArray<[string, number]> = [
  ['dev', 0],
  ['alpha', 1],
  ['a', 1],
  ['beta', 2],
  ['b', 2],
  ['RC', 3],
  ['rc', 3],
  ['#', 4],
  ['pl', 5],
  ['p', 5],
];

/** compare_special_version_forms(): prefix match against the table; anything else ranks -1. */
function specialRank(form: string): number {
  for (const [name, order] of SPECIAL_FORMS) if (form.startsWith(name)) return order;
  return -1;
}

const LONG_MAX = '9223372036854775807';

/** strtol() of a digit run: clamps at LONG_MAX, as the C library does on overflow. */
function compareStrtol(a: string, b: string): number {
  const x = compareDigits(a, LONG_MAX) > 0 ? LONG_MAX : a;
  const y = compareDigits(b, LONG_MAX) > 0 ? LONG_MAX : b;
  return compareDigits(x, y);
}

/** Leading digit run of a canonical token (strtol stops at the first non-digit). */
function leadingDigits(s: string): string {
  let i = 0;
  while (i < s.length && isDigit(s[i])) i++;
  return s.slice(0, i);
}

/** php_version_compare() over raw strings, canonicalising unless a string starts with '#'. */
export function phpVersionCompare(orig1: string, orig2: string): number {
  if (orig1 === '' || orig2 === '') return orig1 === orig2 ? 0 : orig1 !== '' ? 1 : -1;
  const v1 = orig1[0] === '#' ? orig1 : phpCanonicalizeVersion(orig1);
  const v2 = orig2[0] === '#' ? orig2 : phpCanonicalizeVersion(orig2);
  return compareCanonical(v1, v2);
}

function compareCanonical(v1: string, v2: string): number {
  let p1 = 0;
  let p2 = 0;
  let n1: number | null = 0;
  let n2: number | null = 0;
  let compare = 0;
  while (p1 < v1.length && p2 < v2.length && n1 !== null && n2 !== null) {
    const d1: number = v1.indexOf('.', p1);
    const d2: number = v2.indexOf('.', p2);
    n1 = d1 < 0 ? null : d1;
    n2 = d2 < 0 ? null : d2;
    const t1 = v1.slice(p1, n1 ?? v1.length);
    const t2 = v2.slice(p2, n2 ?? v2.length);
    if (isDigit(t1[0]) && isDigit(t2[0])) compare = compareStrtol(leadingDigits(t1), leadingDigits(t2));
    else if (!isDigit(t1[0]) && !isDigit(t2[0])) compare = sign(specialRank(t1) - specialRank(t2));
    else if (isDigit(t1[0])) compare = sign(specialRank('#N#') - specialRank(t2));
    else compare = sign(specialRank(t1) - specialRank('#N#'));
    if (compare !== 0) break;
    if (n1 !== null) p1 = n1 + 1;
    if (n2 !== null) p2 = n2 + 1;
  }
  if (compare === 0) {
    if (n1 !== null) compare = isDigit(v1[p1]) ? 1 : phpVersionCompare(v1.slice(p1), '#N#');
    else if (n2 !== null) compare = isDigit(v2[p2]) ? -1 : phpVersionCompare('#N#', v2.slice(p2));
  }
  return compare;
}

// Control characters inside a version (after PHP's trim) are refused outright: PCRE's '$' would
// accept some of them before a newline, and no real Composer version holds one.
const CONTROL = /[\x00-\x1f\x7f]/;

const parse = memoParser((v) => {
  if (CONTROL.test(v.replace(TRIM, ''))) return undefined;
  const normalized = normalizeComposerVersion(v);
  if (normalized === undefined || normalized.startsWith('dev-')) return undefined;
  return phpCanonicalizeVersion(normalized);
});

export const PACKAGIST_SCHEME: VersionScheme = schemeFrom('Packagist', parse, compareCanonical);
