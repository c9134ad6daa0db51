import { valid } from '@renovatebot/ruby-semver';
import type { VersionScheme } from './types.js';
import { compareDigits, compareOrdinal, isDigits, memoParser, schemeFrom } from './util.js';

// Gem::Version as RubyGems 3.5 to 4.0 orders it (lib/rubygems/version.rb, checked against
// rubygems/rubygems@92166d885b237f3cb8b6281be5077ac7341a7205; the regular-expression canonical_segments arrived
// with ruby/rubygems#7052 in 3.5.0 and ships with Ruby 3.3 and later). Validity is
// @renovatebot/ruby-semver's port of Gem::Version.correct? (ANCHORED_VERSION_PATTERN), minus what Ruby
// would not accept or what no lockfile means: a blank string (Ruby reads it as "0") and non-ASCII
// white space (Ruby's \s is ASCII, JavaScript's is not); its public valid() is that check.
// Gem::Version#initialize's strip and "-" -> ".pre." are done here, as the library's constructor
// does them. The order is Gem::Version#<=> over
// canonical_segments, restated here rather than taken from the library: its compare() uses
// localeCompare for letters (Ruby compares bytes: "B" < "a"), parseInt for numbers (imprecise above
// 2^53), and the pre-3.5 token-level canonical form, which differs on shapes such as "1.2.3-0.beta1".
//
// canonical_segments works on the version string: first a trailing run of "0" and "." that follows a
// letter or a dot goes, then, in a prerelease (a version with a letter), the first run of "0" and "."
// that starts the string or follows a dot and is followed by a letter. What is left splits into digit
// runs (numbers) and letter runs (strings). <=> pads the shorter list with 0, puts strings below
// numbers, and compares numbers numerically and strings bytewise.

type Segment = string | { num: string };

const SEGMENTS = /[0-9]+|[a-z]+/gi;
const ASCII_ONLY = /^[\x00-\x7f]*$/;
const BLANK = /^[ \t\r\n\f\v]*$/;
const HAS_LETTER = /[a-zA-Z]/;
const TRAILING_ZERO_SEGMENTS = /(?<=[a-zA-Z.])[.0]+$/;
const ZEROS_BEFORE_FIRST_LETTER = /(?<=\.|^)[0.]+(?=[a-zA-Z])/;

/** Gem::Version#canonical_segments of an already normalised version string. */
function canonicalSegments(normalised: string): Segment[] {
  let canonical = normalised.replace(TRAILING_ZERO_SEGMENTS, '');
  if (HAS_LETTER.test(normalised)) canonical = canonical.replace(ZEROS_BEFORE_FIRST_LETTER, '');
  return (canonical.match(SEGMENTS) ?? []).map((s) => (isDigits(s) ? { num: s } : s));
}

function parseGem(version: string): Segment[] | undefined {
  if (BLANK.test(version) || !ASCII_ONLY.test(version) || valid(version) === null) return undefined;
  return canonicalSegments(version.trim().replace(/-/g, '.pre.'));
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
