import type { VersionScheme } from './types.js';
import { memoParser, schemeFrom, compareDigits, compareOrdinal } from './util.js';

// RPM's version order (rpm's rpmio/rpmvercmp.c and lib/rpmds.c; the same in Red Hat, AlmaLinux,
// Rocky Linux, openSUSE and SUSE). A version is [epoch:]version[-release]: the epoch is the digits
// before a colon (a missing one is 0; a colon after non-digits is part of the version), the release
// what follows the first hyphen after it. rpmvercmp compares alternating runs of letters and digits,
// skipping every other character: digits numerically and above letters, letters bytewise; `~` sorts
// before anything, even the end (1.0~rc1 < 1.0), and `^` after the end but before anything else
// (1.0 < 1.0^git1 < 1.0.1). A version without a release sorts below the same version with any
// release, so the order is total (rpm itself skips the release when one side has none).

interface RpmVersion {
  epoch: string;
  version: string;
  /** With its leading hyphen, so that "1-" (an empty release) sorts above "1" (none). */
  release: string;
}

const DIGITS = /^[0-9]*$/;
// rpm refuses white space in a version (rpmbuild: "Illegal char"); nothing with it or a control
// character is one. Punctuation alone is accepted: rpmvercmp orders it ("+" = "_").
const BLANK_OR_CONTROL = /[\s\x00-\x1f\x7f]/;

function parseRpm(input: string): RpmVersion | undefined {
  if (BLANK_OR_CONTROL.test(input)) return undefined;
  const colon = input.indexOf(':');
  let epoch = '0';
  let rest = input;
  if (colon >= 0 && DIGITS.test(input.slice(0, colon))) {
    epoch = colon === 0 ? '0' : input.slice(0, colon);
    rest = input.slice(colon + 1);
  }
  const hyphen = rest.indexOf('-');
  return hyphen < 0 ? { epoch, version: rest, release: '' } : { epoch, version: rest.slice(0, hyphen), release: rest.slice(hyphen) };
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isAlpha = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const TILDE = 126;
const CARET = 94;

/** rpmvercmp over one part; an empty part sorts below any non-empty one. */
export function rpmvercmp(a: string, b: string): number {
  if (a === b) return 0;
  if (a === '' || b === '') return a === '' ? -1 : 1;
  let i = 0;
  let j = 0;
  for (;;) {
    while (i < a.length && !isAlnumOrMark(a.charCodeAt(i))) i++;
    while (j < b.length && !isAlnumOrMark(b.charCodeAt(j))) j++;
    const ca = i < a.length ? a.charCodeAt(i) : -1;
    const cb = j < b.length ? b.charCodeAt(j) : -1;
    if (ca === TILDE || cb === TILDE) {
      if (ca !== TILDE) return 1;
      if (cb !== TILDE) return -1;
      i++;
      j++;
      continue;
    }
    if (ca === CARET || cb === CARET) {
      if (ca === CARET && cb === CARET) {
        i++;
        j++;
        continue;
      }
      if (ca === CARET) return cb === -1 ? 1 : -1;
      return ca === -1 ? -1 : 1;
    }
    if (ca === -1 || cb === -1) break;
    const numeric = isDigit(ca);
    const run = numeric ? isDigit : isAlpha;
    const si = i;
    while (i < a.length && run(a.charCodeAt(i))) i++;
    const sj = j;
    while (j < b.length && run(b.charCodeAt(j))) j++;
    if (sj === j) return numeric ? 1 : -1;
    const d = numeric ? compareDigits(a.slice(si, i), b.slice(sj, j)) : compareOrdinal(a.slice(si, i), b.slice(sj, j));
    if (d !== 0) return d;
  }
  const la = a.length - i;
  const lb = b.length - j;
  return la === lb ? 0 : la > lb ? 1 : -1;
}

function isAlnumOrMark(c: number): boolean {
  return isDigit(c) || isAlpha(c) || c === TILDE || c === CARET;
}

function compareRpm(a: RpmVersion, b: RpmVersion): number {
  return rpmvercmp(a.epoch, b.epoch) || rpmvercmp(a.version, b.version) || rpmvercmp(a.release, b.release);
}

const parse = memoParser(parseRpm);

/** The order of one OSV ecosystem base that versions its packages with rpm. */
export const rpmScheme = (ecosystem: string): VersionScheme => schemeFrom(ecosystem, parse, compareRpm);

/** OSV's rpm-based ecosystem bases. */
export const RPM_SCHEMES: readonly VersionScheme[] = ['Red Hat', 'AlmaLinux', 'Rocky Linux', 'openSUSE', 'SUSE', 'Mageia', 'openEuler'].map(rpmScheme);
