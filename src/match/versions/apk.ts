import type { VersionScheme } from './types.js';
import { compareDigits, compareOrdinal, MAX_VERSION_LENGTH, memoParser } from './util.js';

// Alpine's version order (apk-tools' version.c; apk-package(5): number{.number}...{letter}
// {_suffix{number}}...{~hash}{-r#}). This is the order OSV's own matcher (osv-scalibr's
// semantic package) applies to Alpine ranges, restated: numbers compare numerically, except that
// a component after the first that starts with "0" compares as a string (apk's fractional rule:
// 1.01 < 1.1); a single lower-case letter follows; suffixes rank alpha < beta < pre < rc < (none)
// < cvs < svn < git < hg < p, each with its number; a ~hash is ignored; -rN compares last.
// apk compares malformed versions too ("apk version -t" answers for them), so compare() reads any
// string leniently: what is left after the grammar ranks a version below the same one without it,
// and two malformed versions compare as plain strings. isValid() is the grammar itself.

interface ApkVersion {
  original: string;
  numbers: string[];
  letter: string;
  /** [weight, number] per suffix. */
  suffixes: Array<[number, string]>;
  build: string;
  /** Text the grammar did not account for; non-empty for a malformed version. */
  rest: string;
  /** The build part was malformed: apk refuses the version outright. */
  broken: boolean;
}

const SUFFIX_RANK = ['alpha', 'beta', 'pre', 'rc', '', 'cvs', 'svn', 'git', 'hg', 'p'];
const NO_SUFFIX: [number, string] = [4, '0'];
const NUMBERS = /^(?:[0-9]+\.?)*/;
const SUFFIX = /^_(alpha|beta|pre|rc|cvs|svn|git|hg|p)([0-9]*)/;
const HASH = /^~[0-9a-f]+/;
const BUILD = /^-r([0-9]*)/;
const VALID = /^[0-9]+(?:\.[0-9]+)*[a-z]?(?:_(?:alpha|beta|pre|rc|cvs|svn|git|hg|p)[0-9]*)*(?:~[0-9a-f]+)?(?:-r[0-9]+)?$/;

function parseApk(version: string): ApkVersion {
  const v: ApkVersion = { original: version, numbers: [], letter: '', suffixes: [], build: '0', rest: '', broken: false };
  let s = version;
  const numbers = NUMBERS.exec(s)![0];
  if (numbers.length > 0) {
    v.numbers = numbers.split('.').map((n) => (n === '' ? '0' : n));
    if (numbers.endsWith('.')) v.numbers.pop();
    s = s.slice(numbers.length);
  }
  const c = s.charCodeAt(0);
  if (c >= 97 && c <= 122) {
    v.letter = s[0]!;
    s = s.slice(1);
  }
  for (let m = SUFFIX.exec(s); m !== null; m = SUFFIX.exec(s)) {
    v.suffixes.push([SUFFIX_RANK.indexOf(m[1]!), m[2] === '' ? '0' : m[2]!]);
    s = s.slice(m[0].length);
  }
  const hash = HASH.exec(s);
  if (hash !== null) s = s.slice(hash[0].length);
  if (s.length > 0) {
    const build = BUILD.exec(s);
    if (build === null) v.broken = true;
    else {
      v.build = build[1] === '' ? '0' : build[1]!;
      s = s.slice(build[0].length);
    }
  }
  v.rest = s;
  return v;
}

function compareNumber(a: string | undefined, b: string | undefined, index: number): number {
  if (a === undefined) return b === undefined ? 0 : -compareNumber(b, a, index);
  // A component that the other version lacks makes this one greater (1.0 > 1), as in apk.
  if (b === undefined) return 1;
  if (index > 0 && (a.startsWith('0') || b.startsWith('0'))) return compareOrdinal(a, b);
  return compareDigits(a, b);
}

function compareParsed(a: ApkVersion, b: ApkVersion): number {
  if (a.broken && b.broken) return compareOrdinal(a.original, b.original);
  const n = Math.max(a.numbers.length, b.numbers.length);
  for (let i = 0; i < n; i++) {
    const d = compareNumber(a.numbers[i], b.numbers[i], i);
    if (d !== 0) return d;
  }
  if (a.letter !== b.letter) return a.letter === '' ? -1 : b.letter === '' ? 1 : compareOrdinal(a.letter, b.letter);
  const m = Math.max(a.suffixes.length, b.suffixes.length);
  for (let i = 0; i < m; i++) {
    const [wa, na] = a.suffixes[i] ?? NO_SUFFIX;
    const [wb, nb] = b.suffixes[i] ?? NO_SUFFIX;
    if (wa !== wb) return wa < wb ? -1 : 1;
    const d = compareDigits(na, nb);
    if (d !== 0) return d;
  }
  const d = compareDigits(a.build, b.build);
  if (d !== 0) return d;
  if ((a.rest === '') !== (b.rest === '')) return a.rest === '' ? 1 : -1;
  return 0;
}

const valid = memoParser((version: string) => (VALID.test(version) ? parseApk(version) : undefined));
const lenient = memoParser(parseApk);

/** apk's order; any string of up to MAX_VERSION_LENGTH characters is read leniently, longer ones sort first. */
function compareApk(a: string, b: string): number {
  const pa = lenient(a);
  const pb = lenient(b);
  if (pa === undefined) return pb === undefined ? compareOrdinal(a, b) : -1;
  if (pb === undefined) return 1;
  return compareParsed(pa, pb);
}

export const ALPINE_SCHEME: VersionScheme = {
  ecosystem: 'Alpine',
  isValid: (version: string): boolean => typeof version === 'string' && version.length <= MAX_VERSION_LENGTH && valid(version) !== undefined,
  compare: (a: string, b: string): number => {
    const d = compareApk(a, b);
    return d < 0 ? -1 : d > 0 ? 1 : 0;
  },
};
