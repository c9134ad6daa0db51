import { comparePrerelease } from './semver2.js';
import type { VersionScheme } from './types.js';
import { compareDigits, memoParser, schemeFrom } from './util.js';

// Go module versions, ordered as golang.org/x/mod/semver does (the Go command's own package; parse,
// parseInt, parsePrerelease, parseBuild and comparePrerelease checked against semver/semver.go, with
// compareInt as every vendored copy has it: shorter digit string first, then bytewise):
// "v" MAJOR[.MINOR[.PATCH[-PRERELEASE][+BUILD]]], where v1 and v1.2 are shorthands for v1.0.0 and
// v1.2.0, numbers and numeric pre-release identifiers have no leading zeros, and build metadata
// (in practice only "+incompatible") takes no part in the order. Pseudo-versions
// (v0.0.0-20191109021931-daa7c04131f5, v1.2.4-0.2019..., v1.2.3-pre.0.2019...) need nothing
// special: the Go modules reference designs them so that pre-release precedence orders them.
//
// OSV writes Go versions without the "v" (and the Go toolchain, module "stdlib", as 1.21.3), so a
// missing "v" is added. Go release tags (go1.21.3, go1.21rc2, go1.19beta1, as in go.mod's
// `toolchain` line) are mapped to semver the way golang.org/x/vuln and vulndb do
// (GoTagToSemver): go1.21rc2 -> v1.21.0-rc.2, go1.20 -> v1.20.0, go1 -> v1.0.0.

interface GoVersion {
  major: string;
  minor: string;
  patch: string;
  pre: string[];
}

const GO_TAG = /^go(\d+\.\d+)(\.\d+|)((beta|rc|-pre)(\d+))?$/;
const BARE_TOOLCHAIN_PRE = /^\d+\.\d+(\.\d+)?(beta|rc)\d+$/;

/** Go toolchain tag to module-style semver; undefined when it is not a tag vulndb would map. */
export function goTagToSemver(tag: string): string | undefined {
  if (tag === 'go1') return 'v1.0.0';
  // There was never a go1.0 tag (Go 1 was tagged go1), and vulndb maps it to nothing.
  if (tag === 'go1.0') return undefined;
  const m = GO_TAG.exec(tag);
  if (m === null) return undefined;
  let v = 'v' + (m[1] as string) + (m[2] === '' ? '.0' : (m[2] as string));
  if (m[3] !== undefined) {
    const kind = m[4] as string;
    v += (kind.startsWith('-') ? '' : '-') + kind + '.' + (m[5] as string);
  }
  return v;
}

function normalise(version: string): string | undefined {
  if (version.startsWith('go')) return goTagToSemver(version);
  if (version.startsWith('v')) return version;
  if (BARE_TOOLCHAIN_PRE.test(version)) return goTagToSemver('go' + version);
  return 'v' + version;
}

function isIdentChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 45;
}

/** Digits at s[i..] without a leading zero (x/mod/semver parseInt); returns the end index or -1. */
function scanInt(s: string, i: number): number {
  let j = i;
  while (j < s.length && s.charCodeAt(j) >= 48 && s.charCodeAt(j) <= 57) j++;
  if (j === i || (s.charCodeAt(i) === 48 && j - i > 1)) return -1;
  return j;
}

/** Identifiers from s[i..] up to `stop` or the end; returns them and the end index, or undefined. */
function scanIdentifiers(s: string, i: number, stop: number, numericNoLeadingZero: boolean): [string[], number] | undefined {
  const ids: string[] = [];
  let start = i;
  let j = i;
  for (; ; j++) {
    const c = j < s.length ? s.charCodeAt(j) : -1;
    if (c === 46 || c === -1 || c === stop) {
      if (j === start) return undefined;
      const id = s.slice(start, j);
      if (numericNoLeadingZero && id.length > 1 && id.charCodeAt(0) === 48 && /^\d+$/.test(id)) return undefined;
      ids.push(id);
      if (c !== 46) return [ids, j];
      start = j + 1;
    } else if (!isIdentChar(c)) {
      return undefined;
    }
  }
}

/** Port of golang.org/x/mod/semver parse(). */
function parseGoSemver(v: string): GoVersion | undefined {
  if (v.charCodeAt(0) !== 118 /* v */) return undefined;
  let i = 1;
  let j = scanInt(v, i);
  if (j < 0) return undefined;
  const major = v.slice(i, j);
  if (j === v.length) return { major, minor: '0', patch: '0', pre: [] };
  if (v.charCodeAt(j) !== 46) return undefined;
  i = j + 1;
  j = scanInt(v, i);
  if (j < 0) return undefined;
  const minor = v.slice(i, j);
  if (j === v.length) return { major, minor, patch: '0', pre: [] };
  if (v.charCodeAt(j) !== 46) return undefined;
  i = j + 1;
  j = scanInt(v, i);
  if (j < 0) return undefined;
  const patch = v.slice(i, j);
  let pre: string[] = [];
  if (v.charCodeAt(j) === 45 /* - */) {
    const r = scanIdentifiers(v, j + 1, 43, true);
    if (r === undefined) return undefined;
    [pre, j] = r;
  }
  if (v.charCodeAt(j) === 43 /* + */) {
    const r = scanIdentifiers(v, j + 1, -2, false);
    if (r === undefined) return undefined;
    j = r[1];
  }
  return j === v.length ? { major, minor, patch, pre } : undefined;
}

const parse = memoParser((version) => {
  const v = normalise(version);
  return v === undefined ? undefined : parseGoSemver(v);
});

export const GO_SCHEME: VersionScheme = schemeFrom('Go', parse, (a, b) =>
  compareDigits(a.major, b.major) ||
  compareDigits(a.minor, b.minor) ||
  compareDigits(a.patch, b.patch) ||
  comparePrerelease(a.pre, b.pre),
);
