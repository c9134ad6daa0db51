import fc from 'fast-check';
import { compare as pep440Compare } from '@renovatebot/pep440';
import { Version as GemVersion } from '@renovatebot/ruby-semver/dist/ruby/version.js';
import { describe, it } from 'vitest';
import { describeOrderLaws, expectAllEqual, expectAscending, expectInvalid, expectSigns, numStr, opt, pick } from './order-testkit.js';
import { PYPI_SCHEME } from './pypi.js';
import { RUBYGEMS_SCHEME } from './rubygems.js';


/** PEP 440 versions in the spellings found on PyPI, normalised or not. */
const pep440 = fc
  .record({
    v: pick('', '', '', 'v'),
    epoch: opt(numStr),
    release: fc.array(numStr, { minLength: 1, maxLength: 4 }),
    pre: opt(fc.tuple(pick('', '.', '-', '_'), pick('a', 'b', 'rc', 'alpha', 'beta', 'c', 'pre', 'preview', 'RC'), opt(numStr))),
    post: opt(fc.oneof(fc.tuple(pick('.', '-', ''), pick('post', 'rev', 'r'), opt(numStr)).map(([s, l, n]) => `${s}${l}${n ?? ''}`), numStr.map((n) => `-${n}`))),
    dev: opt(fc.tuple(pick('.', '-', ''), opt(numStr)).map(([s, n]) => `${s}dev${n ?? ''}`)),
    local: opt(fc.array(fc.oneof(numStr, pick('ubuntu', 'abc', 'cpu', 'g1234abc', 'Z')), { minLength: 1, maxLength: 3 }).map((p) => p.join('.'))),
  })
  .map(
    (r) =>
      r.v +
      (r.epoch === undefined ? '' : `${r.epoch}!`) +
      r.release.join('.') +
      (r.pre === undefined ? '' : `${r.pre[0]}${r.pre[1]}${r.pre[2] ?? ''}`) +
      (r.post ?? '') +
      (r.dev ?? '') +
      (r.local === undefined ? '' : `+${r.local}`),
  );

describe('PyPI (PEP 440)', () => {
  it("orders PEP 440's own example list (\"Summary of permitted suffixes and relative ordering\")", () => {
    expectAscending(PYPI_SCHEME, [
      '1.dev0',
      '1.0.dev456',
      '1.0a1',
      '1.0a2.dev456',
      '1.0a12.dev456',
      '1.0a12',
      '1.0b1.dev456',
      '1.0b2',
      '1.0b2.post345.dev456',
      '1.0b2.post345',
      '1.0rc1.dev456',
      '1.0rc1',
      '1.0',
      '1.0+abc.5',
      '1.0+abc.7',
      '1.0+5',
      '1.0.post456.dev34',
      '1.0.post456',
      '1.0.15',
      '1.1.dev1',
    ]);
  });

  it("treats PEP 440's normalisation examples as equal (\"Normalization\" section)", () => {
    expectAllEqual(PYPI_SCHEME, ['1.1RC1', '1.1rc1', '1.1.rc1', '1.1-rc1', '1.1_rc1', '1.1c1', '1.1pre1', '1.1preview1', '1.1rc.1', '1.1rc-1']);
    expectAllEqual(PYPI_SCHEME, ['1.0-beta-2', '1.0b2', '1.0.beta.2']);
    expectAllEqual(PYPI_SCHEME, ['1.0a', '1.0a0', '1.0alpha', '1.0.alpha.0']);
    expectAllEqual(PYPI_SCHEME, ['1.0-1', '1.0.post1', '1.0post1', '1.0-post1', '1.0.r1', '1.0rev1', '1.0-r-1']);
    expectAllEqual(PYPI_SCHEME, ['1.0.post', '1.0.post0']);
    expectAllEqual(PYPI_SCHEME, ['1.0.dev', '1.0.dev0', '1.0-dev0', '1.0dev']);
    expectAllEqual(PYPI_SCHEME, ['1.0+ubuntu-1', '1.0+ubuntu.1', '1.0+ubuntu_1', '1.0+Ubuntu.1']);
    expectAllEqual(PYPI_SCHEME, ['v1.0', 'V1.0', '1.0', '1.0.0', '01.00', '0!1.0']);
  });

  it('orders epochs first and numbers without precision loss', () => {
    expectAscending(PYPI_SCHEME, ['2024.10.1', '1!0.1', '1!1.0', '2!0.0.1']);
    expectAscending(PYPI_SCHEME, ['1.9007199254740992', '1.9007199254740993', '1.20240101000000000000']);
    // packaging decides "numeric" with str.isdigit(): 1e5 and 0x10 are strings, below any number.
    expectAscending(PYPI_SCHEME, ['1.0+0x10', '1.0+1e5', '1.0+2', '1.0+100']);
  });

  it('refuses what packaging.version.Version refuses', () => {
    expectInvalid(PYPI_SCHEME, ['', '  ', 'latest', '1.0.0-SNAPSHOT', '1..0', '1.0+', '1.0+a..b', 'dev', '1.0a1a1', '1 .0', '1.0 +local']);
  });

  it('accepts white space around a version, as Version does (re.fullmatch(r"\\s*" + VERSION_PATTERN + r"\\s*"))', () => {
    // pypa/packaging src/packaging/version.py@fd94ee99c66d287b684d098e545ffbf18115747b, Version._regex;
    // \s there is Python's, which has U+001C-U+001F and U+0085 and lacks U+FEFF.
    expectAllEqual(PYPI_SCHEME, ['1.0', '1.0 ', ' 1.0', '\t1.0\n', '\u00851.0\u3000', '\u001f1.0']);
    expectInvalid(PYPI_SCHEME, ['\ufeff1.0']);
  });

  it('agrees with @renovatebot/pep440 wherever that library is exact (small numbers, plain local parts)', () => {
    fc.assert(
      fc.property(pep440, pep440, (a, b) => Math.sign(PYPI_SCHEME.compare(a, b)) === Math.sign(pep440Compare(a, b))),
      { numRuns: 1_000 },
    );
  });

  describeOrderLaws(PYPI_SCHEME, { valid: pep440, hostile: ['1!', '1.0a', '.post', '+a.'] });
});

/** Gem versions as RubyGems publishes them: numeric parts, letter parts, '-' pre-release forms. */
const gem = fc
  .tuple(
    fc.array(numStr, { minLength: 1, maxLength: 4 }),
    opt(fc.array(fc.oneof(pick('a', 'b', 'rc', 'pre', 'beta', 'alpha', 'A', 'x'), numStr, fc.tuple(pick('rc', 'a', 'beta'), numStr).map(([l, n]) => l + n)), { minLength: 1, maxLength: 3 })),
    opt(fc.array(fc.oneof(numStr, pick('x86-64-linux', 'java', 'rc1', 'pre')), { minLength: 1, maxLength: 2 })),
  )
  .map(([nums, letters, dash]) => {
    let v = nums.join('.');
    if (letters !== undefined) v += '.' + letters.join('.');
    if (dash !== undefined) v += '-' + dash.join('.');
    return v;
  });

describe('RubyGems (Gem::Version)', () => {
  // Rows from test/rubygems/test_gem_version.rb (rubygems/rubygems@f0d9440234a3a91bc0218242e8e2f9bf269c7d86 and
  // ruby/rubygems@c13f3d005bf9304e734f31bdf14e4de1523fb899): test_spaceship, test_semver, test_equals2,
  // test_hash, test_canonical_segments, test_frozen_version, test_initialize(_invalid), the sort-key tests.
  it("agrees with RubyGems' test_spaceship (test/rubygems/test_gem_version.rb)", () => {
    const table: Array<[string, string, number]> = [
      ['1.0', '1.0.0', 0],
      ['1.0', '1.0.a', 1],
      ['1.8.2', '0.0.0', 1],
      ['1.8.2', '1.8.2.a', 1],
      ['1.8.2.b', '1.8.2.a', 1],
      ['1.8.2.a', '1.8.2', -1],
      ['1.8.2.a10', '1.8.2.a9', 1],
      ['0.beta.1', '0.0.beta.1', 0],
      ['0.0.beta', '0.0.beta.1', -1],
      ['0.0.beta', '0.beta.1', -1],
      ['5.a', '5.0.0.rc2', -1],
      ['5.x', '5.0.0.rc2', 1],
      ['1.9.3', '1.9.3', 0],
      ['1.9.3', '1.9.2.99', 1],
      ['1.9.3', '1.9.3.1', -1],
    ];
    expectSigns(RUBYGEMS_SCHEME.compare, table);
  });

  it('agrees with test_semver, test_equals2, test_hash, test_canonical_segments and the sort-key tests', () => {
    expectAscending(RUBYGEMS_SCHEME, ['1.0.0-alpha', '1.0.0-alpha.1', '1.0.0-beta.2', '1.0.0-beta.11', '1.0.0-rc.1']);
    expectAscending(RUBYGEMS_SCHEME, ['1.0.0-rc1', '1.0.0']);
    expectAscending(RUBYGEMS_SCHEME, ['1.0.0-1', '1']);
    expectAllEqual(RUBYGEMS_SCHEME, ['1.2.b1', '1.2.b.1']);
    expectAllEqual(RUBYGEMS_SCHEME, ['1.2', '1.2.0']);
    expectAllEqual(RUBYGEMS_SCHEME, ['1.2.pre.1', '1.2.0.pre.1.0']);
    expectAllEqual(RUBYGEMS_SCHEME, ['1.0.0', '1']); // canonical [1]
    expectAllEqual(RUBYGEMS_SCHEME, ['1.0.0.a.1.0', '1.a.1']); // canonical [1, "a", 1]
    expectAllEqual(RUBYGEMS_SCHEME, ['1.2.3-1', '1.2.3.pre.1']); // canonical [1, 2, 3, "pre", 1]
    expectAscending(RUBYGEMS_SCHEME, ['1.freeze.test', '1']);
    expectAllEqual(RUBYGEMS_SCHEME, ['1.0', '1.0 ', ' 1.0 ', '1.0\n', '\n1.0\n']);
    expectAscending(RUBYGEMS_SCHEME, ['0.0.1.20220404083012', '1.0.0']);
    expectAscending(RUBYGEMS_SCHEME, ['0.6.63000', '0.7.0']);
    expectAscending(RUBYGEMS_SCHEME, ['2.30.1.250000', '9.8.7.pre1', '9.8.7', '9.8.7.1', '18.0.1', '18.0.2']);
  });

  it("canonicalises on the version string as RubyGems >= 3.5 does (ruby/rubygems#7052), not token by token", () => {
    // Only the first run of zeros before a letter goes: "1.2.3-0.beta1" is 1.2.3.pre.0.beta1, whose
    // canonical form drops the "0." before "beta" -> [1, 2, 3, "pre", "beta", 1]. A token-level port
    // (RubyGems < 3.5) keeps the 0 and orders it above 1.2.3.pre.beta1.
    expectAllEqual(RUBYGEMS_SCHEME, ['1.2.3-0.beta1', '1.2.3.pre.beta1']);
    expectAllEqual(RUBYGEMS_SCHEME, ['1.a.0.b', '1.a.b']);
    // One run goes, the first: with zeros before the first letter, a later "0." stays (1.0.a.0.b is
    // [1, "a", 0, "b"]); trailing zeros go first, so 1.a.0.b.0 is 1.a.0.b, then [1, "a", "b"].
    expectAscending(RUBYGEMS_SCHEME, ['1.0.a.b', '1.0.a.0.b']);
    expectAllEqual(RUBYGEMS_SCHEME, ['1.a.0.b.0', '1.a.b', '1.0.a.b']);
  });

  it("orders the Gem::Version documentation's prerelease example (1.0 > 1.0.b1 > 1.0.a.2 > 0.9)", () => {
    expectAscending(RUBYGEMS_SCHEME, ['0.9', '1.0.a.2', '1.0.b1', '1.0']);
    // "1.0.a10 becomes 1.0.a.10, and is greater than 1.0.a9"
    expectAscending(RUBYGEMS_SCHEME, ['1.0.a9', '1.0.a10']);
    expectAllEqual(RUBYGEMS_SCHEME, ['1.0.a10', '1.0.a.10']);
  });

  it("reads '-' as '.pre.' and compares letters bytewise like Ruby (\"B\" < \"a\")", () => {
    expectAllEqual(RUBYGEMS_SCHEME, ['1.0.0-rc1', '1.0.0.pre.rc1', '1.0.0.pre.rc.1']);
    expectAscending(RUBYGEMS_SCHEME, ['1.0.B', '1.0.a', '1.0.b', '1.0']);
    expectAscending(RUBYGEMS_SCHEME, ['1.9007199254740992', '1.9007199254740993']);
    expectAllEqual(RUBYGEMS_SCHEME, [' 1.2.3 ', '1.2.3', '1.2.3.0', '01.2.3']);
  });

  it('refuses what Gem::Version.correct? refuses, and blank strings', () => {
    expectInvalid(RUBYGEMS_SCHEME, ['', '   ', 'a', '1..2', '1.0 beta', '1.0\u00a0', '\u00a01.0', '>= 1.0', '1.0.0+build', 'v1.0']);
    // test_initialize_invalid (the last one is the CVE-2013-4287 string).
    expectInvalid(RUBYGEMS_SCHEME, ['junk', '1.0\n2.0', '1..2', '1.2 3.4', '2.3422222.222.222222222.22222.ads0as.dasd0.ddd2222.2.qd3e.']);
  });

  it('agrees with @renovatebot/ruby-semver wherever that library is exact (lower-case letters, small numbers)', () => {
    // The library canonicalises token by token, as RubyGems did before 3.5; the two forms differ only
    // where, after a letter, a "." and a run of zeros stand before another letter.
    const preRegexShape = /[a-z].*\.[0.]*0[0.]*(?=[a-z])/i;
    const lower = gem.filter((v) => !/[A-Z]/.test(v) && !preRegexShape.test(v.replace(/-/g, '.pre.')));
    fc.assert(
      fc.property(lower, lower, (a, b) => {
        const lib = GemVersion.create(a)!.compare(GemVersion.create(b));
        return Math.sign(RUBYGEMS_SCHEME.compare(a, b)) === Math.sign(lib ?? NaN);
      }),
      { numRuns: 1_000 },
    );
  });

  describeOrderLaws(RUBYGEMS_SCHEME, { valid: gem, hostile: ['1.a', '-a', '1-'] });
});
