import type { VersionScheme } from './types.js';
import { compareDigits, memoParser, schemeFrom } from './util.js';

// Debian's version order, as dpkg implements it (lib/dpkg/version.c verrevcmp and
// lib/dpkg/parsehelp.c parseversion; Debian Policy 5.6.12). A version is [epoch:]upstream[-revision]:
// the epoch is the digits before the first colon, the revision what follows the last hyphen. Each
// part is compared as alternating runs of non-digits and digits: non-digits character by character,
// with `~` below the end of the string and the end below any letter, and letters below every other
// character; digits numerically. Validity is what dpkg refuses or warns about: an upstream version
// must start with a digit and hold only alphanumerics and `.+-~:`, a revision only alphanumerics
// and `.+~`. Ubuntu uses the same tool and so the same order.

export interface DpkgVersion {
  epoch: string;
  upstream: string;
  revision: string;
}

const UPSTREAM = /^[0-9][A-Za-z0-9.+~:-]*$/;
const REVISION = /^[A-Za-z0-9.+~]+$/;
const EPOCH = /^[0-9]+$/;

/** Splits and checks a Debian version the way dpkg's parseversion does; undefined when dpkg would refuse or warn. */
export function parseDpkgVersion(input: string): DpkgVersion | undefined {
  // dpkg skips leading and trailing blanks, and refuses embedded ones.
  const version = input.trim();
  if (version.length === 0) return undefined;
  const colon = version.indexOf(':');
  let epoch = '0';
  let rest = version;
  if (colon >= 0) {
    epoch = version.slice(0, colon);
    rest = version.slice(colon + 1);
    if (!EPOCH.test(epoch)) return undefined;
  }
  const hyphen = rest.lastIndexOf('-');
  const upstream = hyphen >= 0 ? rest.slice(0, hyphen) : rest;
  const revision = hyphen >= 0 ? rest.slice(hyphen + 1) : '';
  if (!UPSTREAM.test(upstream)) return undefined;
  if (hyphen >= 0 && !REVISION.test(revision)) return undefined;
  return { epoch, upstream, revision };
}

/** dpkg's order() for one character of a non-digit run: `~` first, then the end, letters, others. */
function weight(s: string, i: number): number {
  if (i >= s.length) return 0;
  const c = s.charCodeAt(i);
  if (c === 126) return -1; // ~
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return c;
  if (c >= 48 && c <= 57) return 0;
  return c + 256;
}

const isDigit = (s: string, i: number): boolean => {
  const c = s.charCodeAt(i);
  return c >= 48 && c <= 57;
};

/** dpkg's verrevcmp over one part (upstream version or revision). */
export function dpkgPartCompare(a: string, b: string): number {
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    while ((i < a.length && !isDigit(a, i)) || (j < b.length && !isDigit(b, j))) {
      const d = weight(a, i) - weight(b, j);
      if (d !== 0) return d < 0 ? -1 : 1;
      i++;
      j++;
    }
    const si = i;
    while (i < a.length && isDigit(a, i)) i++;
    const sj = j;
    while (j < b.length && isDigit(b, j)) j++;
    const d = compareDigits(si === i ? '0' : a.slice(si, i), sj === j ? '0' : b.slice(sj, j));
    if (d !== 0) return d;
  }
  return 0;
}

function compareDpkg(a: DpkgVersion, b: DpkgVersion): number {
  return compareDigits(a.epoch, b.epoch) || dpkgPartCompare(a.upstream, b.upstream) || dpkgPartCompare(a.revision, b.revision);
}

const parse = memoParser(parseDpkgVersion);

/** The order of one OSV ecosystem base that versions its packages with dpkg. */
export const dpkgScheme = (ecosystem: string): VersionScheme => schemeFrom(ecosystem, parse, compareDpkg);

export const DEBIAN_SCHEME = dpkgScheme('Debian');
export const UBUNTU_SCHEME = dpkgScheme('Ubuntu');
