import { Version } from '@renovatebot/ruby-semver/dist/ruby/version.js';
import type { VersionScheme } from './types.js';
import { compareDigits, compareOrdinal, isDigits, memoParser, schemeFrom } from './util.js';

// Gem::Version (rubygems/version.rb). Validity is @renovatebot/ruby-semver's port of
// Gem::Version.correct? (ANCHORED_VERSION_PATTERN), minus what Ruby would not accept or what no
// lockfile means: a blank string (Ruby reads it as "0") and non-ASCII whitespace (Ruby's \s is ASCII,
// JavaScript's is not). The order is Gem::Version#<=> over canonical_segments, ported here rather
// than taken from the library, whose compare() uses localeCompare for letters (Ruby compares bytes:
// "B" < "a") and parseInt for numbers (imprecise above 2^53).

type Segment = string | { num: string };

const SEGMENTS = /[0-9]+|[a-z]+/gi;
const ASCII_ONLY = /^[\x00-\x7f]*$/;
const BLANK = /^[ \t\r\n\f\v]*$/;

const isZero = (s: Segment): boolean => typeof s !== 'string' && /^0+$/.test(s.num);

/** Gem::Version#canonical_segments: numeric and string runs, each without trailing zeros. */
function canonicalSegments(normalised: string): Segment[] {
  const segments: Segment[] = (normalised.match(SEGMENTS) ?? []).map((s) => (isDigits(s) ? { num: s } : s));
  const firstString = segments.findIndex((s) => typeof s === 'string');
  const groups = firstString < 0 ? [segments] : [segments.slice(0, firstString), segments.slice(firstString)];
  return groups.flatMap((group) => {
    let end = group.length;
    while (end > 0 && isZero(group[end - 1] as Segment)) end--;
    return group.slice(0, end);
  });
}

function parseGem(version: string): Segment[] | undefined {
  if (BLANK.test(version) || !ASCII_ONLY.test(version) || !Version.isCorrect(version)) return undefined;
  const gem = Version.create(version);
  return gem === null ? undefined : canonicalSegments(gem.version());
}

const ZERO: Segment = { num: '0' };

/** Gem::Version#<=>: missing segments count as 0, strings sort below numbers. */
function compareGemSegments(a: Segment[], b: Segment[]): number {
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const l = a[i] ?? ZERO;
    const r = b[i] ?? ZERO;
    if (typeof l === 'string') {
      if (typeof r !== 'string') return -1;
      const c = compareOrdinal(l, r);
      if (c !== 0) return c;
    } else {
      if (typeof r === 'string') return 1;
      const c = compareDigits(l.num, r.num);
      if (c !== 0) return c;
    }
  }
  return 0;
}

export const RUBYGEMS_SCHEME: VersionScheme = schemeFrom('RubyGems', memoParser(parseGem), compareGemSegments);
