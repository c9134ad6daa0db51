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
    expectInvalid(PYPI_SCHEME, ['', 'latest', '1.0.0-SNAPSHOT', '1.0 ', ' 1.0', '1..0', '1.0+', '1.0+a..b', 'dev', '1.0a1a1']);
  });

  it('agrees with @renovatebot/pep440 wherever that library is exact (small numbers, plain local parts)', () => {
    fc.assert(
      fc.property(pep440, pep440, (a, b) => Math.sign(PYPI_SCHEME.compare(a, b)) === Math.sign(pep440Compare(a, b))),
      { numRuns: 3_000 },
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
    ];
    expectSigns(RUBYGEMS_SCHEME.compare, table);
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
  });

  it('agrees with @renovatebot/ruby-semver wherever that library is exact (lower-case letters, small numbers)', () => {
    const lower = gem.filter((v) => !/[A-Z]/.test(v));
    fc.assert(
      fc.property(lower, lower, (a, b) => {
        const lib = GemVersion.create(a)!.compare(GemVersion.create(b));
        return Math.sign(RUBYGEMS_SCHEME.compare(a, b)) === Math.sign(lib ?? NaN);
      }),
      { numRuns: 3_000 },
    );
  });

  describeOrderLaws(RUBYGEMS_SCHEME, { valid: gem, hostile: ['1.a', '-a', '1-'] });
});
