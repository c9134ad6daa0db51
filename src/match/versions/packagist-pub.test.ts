import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeOrderLaws, expectAllEqual, expectAscending, expectInvalid, expectSigns, numStr, opt, pick } from './order-testkit.js';
import { PACKAGIST_SCHEME, normalizeComposerVersion, phpVersionCompare } from './packagist.js';
import { PUB_SCHEME } from './pub.js';


describe('Packagist (Composer)', () => {
  // composer/semver tests/VersionParserTest.php@ce465542111cd1db159b8eece860360c290f06ea:
  // successfulNormalizedVersions and failingNormalizedVersions, every row.
  it("normalises as composer/semver's VersionParserTest::successfulNormalizedVersions expects", () => {
    const table: Array<[string, string]> = [
      ['1.0.0', '1.0.0.0'], ['1.2.3.4', '1.2.3.4'], ['1.0.0RC1dev', '1.0.0.0-RC1-dev'], ['1.0.0-rC15-dev', '1.0.0.0-RC15-dev'],
      ['1.0.0.RC.15-dev', '1.0.0.0-RC15-dev'], ['1.0.0-rc1', '1.0.0.0-RC1'], ['1.0.0.pl3-dev', '1.0.0.0-patch3-dev'],
      ['1.0-dev', '1.0.0.0-dev'], ['0', '0.0.0.0'], ['10.4.13-beta', '10.4.13.0-beta'], ['10.4.13beta2', '10.4.13.0-beta2'],
      ['10.4.13beta.2', '10.4.13.0-beta2'], ['v1.13.11-beta.0', '1.13.11.0-beta0'], ['1.13.11.0-beta0', '1.13.11.0-beta0'],
      ['10.4.13-b', '10.4.13.0-beta'], ['10.4.13-b5', '10.4.13.0-beta5'], ['v1.0.0', '1.0.0.0'], ['2010.01', '2010.01.0.0'],
      ['2010.01.02', '2010.01.02.0'], ['2010.1.555', '2010.1.555.0'], ['2010.10.200', '2010.10.200.0'],
      ['20230131.0.0', '20230131.0.0'], ['202301310000.0.0', '202301310000.0.0'], ['v20100102', '20100102'],
      ['20100102', '20100102'], ['20100102.0', '20100102.0'], ['20100102.1.0', '20100102.1.0'], ['20100102.0.3', '20100102.0.3'],
      ['2010-01-02-10-20-30.0.3', '2010.01.02.10.20.30.0.3'], ['2010-01-02-10-20-30.5', '2010.01.02.10.20.30.5'],
      ['2010-01-02', '2010.01.02'], ['2012.06.07', '2012.06.07.0'], ['2010-01-02.5', '2010.01.02.5'],
      ['20100102-203040', '20100102.203040'], ['20100102.x-dev', '20100102.9999999.9999999.9999999-dev'],
      ['20100102.203040.x-dev', '20100102.203040.9999999.9999999-dev'], ['20100102203040-10', '20100102203040.10'],
      ['20100102-203040-p1', '20100102.203040-patch1'], ['201903.0', '201903.0'],
      ['201903.x-dev', '201903.9999999.9999999.9999999-dev'], ['201903.0-p2', '201903.0-patch2'], ['dev-master', 'dev-master'],
      ['master', 'dev-master'], ['dev-trunk', 'dev-trunk'], ['1.x-dev', '1.9999999.9999999.9999999-dev'],
      ['dev-feature-foo', 'dev-feature-foo'], ['DEV-FOOBAR', 'dev-FOOBAR'], ['dev-feature/foo', 'dev-feature/foo'],
      ['dev-feature+issue-1', 'dev-feature+issue-1'], ['dev-master as 1.0.0', 'dev-master'],
      ['dev-load-varnish-only-when-used as ^2.0', 'dev-load-varnish-only-when-used'],
      ['dev-load-varnish-only-when-used@dev as ^2.0@dev', 'dev-load-varnish-only-when-used'], ['1.0.0+foo@dev', '1.0.0.0'],
      ['dev-load-varnish-only-when-used@stable', 'dev-load-varnish-only-when-used'], ['1.0.0-beta.5+foo', '1.0.0.0-beta5'],
      ['1.0.0+foo', '1.0.0.0'], ['1.0.0-alpha.3.1+foo', '1.0.0.0-alpha3.1'], ['1.0.0-alpha2.1+foo', '1.0.0.0-alpha2.1'],
      ['1.0.0-alpha-2.1-3+foo', '1.0.0.0-alpha2.1-3'], ['1.0.0+foo as 2.0', '1.0.0.0'], ['00.01.03.04', '00.01.03.04'],
      ['000.001.003.004', '000.001.003.004'], ['0.000.103.204', '0.000.103.204'], ['0700', '0700.0.0.0'],
      ['041.x-dev', '041.9999999.9999999.9999999-dev'], ['dev-041.003', 'dev-041.003'],
      ['dev-1.0.0-dev<1.0.5-dev', 'dev-1.0.0-dev<1.0.5-dev'], ['dev-foo bar', 'dev-foo bar'], [' 1.0.0', '1.0.0.0'],
      ['1.0.0 ', '1.0.0.0'],
      // Not upstream rows, but the same rules: '@stable' and '-stable' are dropped.
      ['1.0.0@stable', '1.0.0.0'], ['1.0.0-stable', '1.0.0.0'],
    ];
    for (const [input, output] of table) expect(normalizeComposerVersion(input), input).toBe(output);
    const failing = [
      '', 'a', '1.0.0-meh', '1.0.0.0.0', 'feature-foo', '1.0.0+foo bar', '1.0.1-SNAPSHOT', '1.0.0<1.0.5-dev', '1.0.0-dev<1.0.5-dev',
      'foo bar-dev', '1.0 .2', ' as ', ' as 1.2', '^', '^8 || ^', '~', '~1 ~', '~1', '^1', '1.*', '20100102.0.3.4',
    ];
    for (const bad of failing) expect(normalizeComposerVersion(bad), bad).toBeUndefined();
  });

  // php/php-src ext/standard/tests/versioning/version_compare.phpt@44e159a7488ad05e727a4940d431e2120263e87c,
  // "TESTING COMPARE": every pair of 1.0 + each special form, in the order PHP prints.
  it("reproduces php-src's version_compare.phpt comparison table", () => {
    expectSigns(phpVersionCompare, [['1', '2', -1], ['10', '2', 1], ['1.0', '1.1', -1], ['1.2', '1.0.1', 1]]);
    const forms = ['-dev', 'a1', 'b1', 'RC1', 'rc1', '', 'pl1'];
    const rank = [0, 1, 2, 3, 3, 4, 5];
    for (let i = 0; i < forms.length; i++) {
      for (let j = 0; j < forms.length; j++) {
        expect(Math.sign(phpVersionCompare(`1.0${forms[i]}`, `1.0${forms[j]}`)), `1.0${forms[i]} vs 1.0${forms[j]}`).toBe(
          Math.sign((rank[i] as number) - (rank[j] as number)),
        );
      }
    }
  });

  // composer/semver tests/ComparatorTest.php@43f8029888dd52d01df0fc6d0d98d4024ab5bef1, compareProvider: Comparator
  // hands raw strings to version_compare, and the scheme (normalise first) agrees on every row.
  it("agrees with composer/semver's ComparatorTest::compareProvider", () => {
    const table: Array<[string, string, number]> = [
      ['1.25.0', '1.24.0', 1], ['1.25.0', '1.25.0', 0], ['1.25.0', '1.26.0', -1],
      ['1.25.0-beta2.1', '1.25.0-b.3', -1], ['1.25.0-b2.1', '1.25.0beta.3', -1], ['1.25.0-b-2.1', '1.25.0-rc', -1],
      ['1.25.0-beta2.1', '1.25.0-b.2.1', 0], ['1.25.0beta2.1', '1.25.0-b2.1', 0],
    ];
    expectSigns(phpVersionCompare, table);
    expectSigns(PACKAGIST_SCHEME.compare, table);
    expectSigns(PACKAGIST_SCHEME.compare, [['1.0.0', '1.2-dev', -1]]);
  });

  it("follows PHP's version_compare() (php.net: any string < dev < alpha = a < beta = b < RC = rc < # < pl = p)", () => {
    const table: Array<[string, string, number]> = [
      ['5.2', '5.2.0', -1],
      ['5.3.0-dev', '5.3.0', -1],
      ['1.0rc1', '1.0', -1],
      ['1.0', '1.0pl1', -1],
      ['1.0-dev', '1.0-alpha', -1],
      ['1.0a', '1.0alpha', 0],
      ['1.0b1', '1.0beta1', 0],
      ['1.0RC1', '1.0rc1', 0],
      ['1.0-foo', '1.0-dev', -1],
      ['1.0.0', '1.0.0', 0],
      ['1.10', '1.9', 1],
    ];
    expectSigns(phpVersionCompare, table);
  });

  it("orders Composer's stabilities: dev < alpha < beta < RC < stable < patch", () => {
    expectAscending(PACKAGIST_SCHEME, [
      '1.0.0-dev',
      '1.0.0-alpha1',
      '1.0.0-alpha2',
      '1.0.0-beta',
      '1.0.0-beta.2',
      '1.0.0-RC1',
      '1.0.0-rc2',
      '1.0.0',
      '1.0.0-patch1',
      '1.0.0-pl2',
      '1.0.1',
      '1.1.x-dev',
      '1.2',
      'v2.0.0',
    ]);
    expectAllEqual(PACKAGIST_SCHEME, ['1.0.0', 'v1.0.0', '1.0', '1', '1.0.0.0', '1.0.0+build', '1.0.0-stable', 'v1.0.0@stable']);
    expectAllEqual(PACKAGIST_SCHEME, ['1.0.0-p1', '1.0.0-pl1', '1.0.0-patch1']);
    expectAllEqual(PACKAGIST_SCHEME, ['1.0.0-a2', '1.0.0-alpha2', '1.0.0-alpha.2', '1.0.0alpha2']);
  });

  it('refuses branch names, which Composer never orders, and what normalize() rejects', () => {
    expectInvalid(PACKAGIST_SCHEME, ['dev-master', 'dev-main', 'master', 'trunk', 'feature-foo', '', 'a', '1.0.0-meh', '1.0.0.0.0', '1.0\n.0', '1.0.0-beta1111111111111111111111111x']);
  });

  const composerVersion = fc
    .tuple(
      pick('', '', 'v'),
      // Composer's classical form allows at most five digits in the major version.
      fc.tuple(numStr.filter((n) => n.length <= 5), fc.array(numStr, { maxLength: 3 })).map(([major, rest]) => [major, ...rest]),
      opt(fc.tuple(pick('-', '.', '', '_'), pick('alpha', 'a', 'beta', 'b', 'RC', 'rc', 'patch', 'pl', 'p', 'stable'), opt(numStr))),
      opt(pick('-dev', '.dev', 'dev')),
      opt(pick('+build', '+1')),
    )
    .map(([v, core, mod, dev, meta]) => v + core.join('.') + (mod ? mod[0] + mod[1] + (mod[2] ?? '') : '') + (dev ?? '') + (meta ?? ''));
  describeOrderLaws(PACKAGIST_SCHEME, { valid: composerVersion, hostile: ['1.0-beta', '2010-', 'x-dev'] });
});

describe('Pub (pub_semver)', () => {
  // dart-lang/pub_semver test/version_test.dart@01c67f9b9a543182fad66f6b476857017800bbee, group 'comparison'.
  it("orders pub_semver's compareTo test list (test/version_test.dart): pre-release below, build above", () => {
    expectAscending(PUB_SCHEME, [
      '1.0.0-alpha',
      '1.0.0-alpha.1',
      '1.0.0-beta.2',
      '1.0.0-beta.11',
      '1.0.0-rc.1',
      '1.0.0-rc.1+build.1',
      '1.0.0',
      '1.0.0+0.3.7',
      '1.3.7+build',
      '1.3.7+build.2.b8f12d7',
      '1.3.7+build.11.e0f985a',
      '2.0.0',
      '2.1.0',
      '2.2.0',
      '2.11.0',
      '2.11.1',
    ]);
  });

  it("reads parts with Dart's int.tryParse: leading zeros, '-1' and '0x' hexadecimal are numbers", () => {
    expectAllEqual(PUB_SCHEME, ['01.2.3', '1.2.3', '1.02.003']);
    expectAllEqual(PUB_SCHEME, ['1.0.0-01', '1.0.0-1', '1.0.0-0x1']);
    expectAscending(PUB_SCHEME, ['1.0.0--1', '1.0.0-0', '1.0.0-15', '1.0.0-0x10', '1.0.0-9223372036854775807', '1.0.0-9223372036854775808', '1.0.0-a']);
    expectAscending(PUB_SCHEME, ['9223372036854775806.0.0', '9223372036854775807.0.0']);
  });

  // dart-lang/pub_semver test/version_test.dart@01c67f9b9a543182fad66f6b476857017800bbee, 'equality' and 'parse()'.
  it("treats version_test.dart's equality rows as equal, build numbers included", () => {
    for (const [a, b] of [['01.2.3', '1.2.3'], ['1.02.3', '1.2.3'], ['1.2.03', '1.2.3'], ['1.2.3-01', '1.2.3-1'], ['1.2.3+01', '1.2.3+1']]) {
      expectAllEqual(PUB_SCHEME, [a as string, b as string]);
    }
    expectAllEqual(PUB_SCHEME, ['1.0.0-rc-1+build-1']);
    expectAscending(PUB_SCHEME, ['1.2.3-x.7.z-92', '1.2.3', '1.2.3+x.7.z-92']);
  });

  it('refuses what Version.parse refuses', () => {
    // version_test.dart parse() rows first. The separators are literal dots: pub_semver once wrote them
    // as an unescaped '.', which matched any character (pub.dev still lists such versions as "bad").
    expectInvalid(PUB_SCHEME, ['1.0', '1.2.3.4', '1234', '-2.3.4', '1.3-pre', '1.3+build', '1.3+bu?!3ild', '1x2y3', '1-2-3']);
    expectInvalid(PUB_SCHEME, ['', 'v1.2.3', '1.2', '1.2.3-', '1.2.3+', '1.2.3-a..b', ' 1.2.3', 'any', '^1.2.3', '9223372036854775808.0.0']);
  });

  const part = fc.oneof(numStr, pick('alpha', 'beta', 'rc', 'dev', 'a-b', '0x1f', '-1', 'A'));
  const parts = fc.array(part, { minLength: 1, maxLength: 3 }).map((p) => p.join('.'));
  const pubVersion = fc
    .tuple(numStr, numStr, numStr, opt(parts), opt(parts))
    .map(([a, b, c, pre, build]) => `${a}.${b}.${c}${pre === undefined ? '' : '-' + pre}${build === undefined ? '' : '+' + build}`);
  describeOrderLaws(PUB_SCHEME, { valid: pubVersion });
});
