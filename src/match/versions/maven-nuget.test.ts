import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAVEN_SCHEME } from './maven.js';
import { NUGET_SCHEME } from './nuget.js';
import { describeOrderLaws, expectAllEqual, expectAscending, expectCases, expectInvalid, numStr, opt, pick } from './order-testkit.js';


describe('Maven (ComparableVersion, maven-artifact 3.9.x)', () => {
  // Tables from apache/maven maven-artifact/src/test/java/org/apache/maven/artifact/versioning/
  // ComparableVersionTest.java (VERSIONS_QUALIFIER, VERSIONS_NUMBER as updated for MNG-7644, where
  // 2.0.a < 2-1; testVersionsEqual, testVersionComparing, testMng5568/6572/6964/7644, the leading-zero
  // tests). The pre-MNG-7644 copy is stored at apache/maven@5bc542fce94ec873f503e9e127fbfd9d46d3a11d; the
  // MNG-7644 VERSIONS_NUMBER order and testMng7644 were read from later copies of the same file.
  it('orders ComparableVersionTest.VERSIONS_QUALIFIER', () => {
    expectAscending(MAVEN_SCHEME, [
      '1-alpha2snapshot', '1-alpha2', '1-alpha-123', '1-beta-2', '1-beta123', '1-m2', '1-m11', '1-rc', '1-cr2',
      '1-rc123', '1-SNAPSHOT', '1', '1-sp', '1-sp2', '1-sp123', '1-abc', '1-def', '1-pom-1', '1-1-snapshot',
      '1-1', '1-2', '1-123',
    ]);
  });

  it('orders ComparableVersionTest.VERSIONS_NUMBER', () => {
    expectAscending(MAVEN_SCHEME, [
      '2.0', '2.0.a', '2-1', '2.0.2', '2.0.123', '2.1.0', '2.1-a', '2.1b', '2.1-c', '2.1-1', '2.1.0.1', '2.2',
      '2.123', '11.a2', '11.a11', '11.b2', '11.b11', '11.m2', '11.m11', '11', '11.a', '11b', '11c', '11m',
    ]);
  });

  it('treats ComparableVersionTest.testVersionsEqual pairs as equal', () => {
    const groups = [
      ['1', '1.0', '1.0.0', '1-0', '1.0-0'],
      ['1a', '1.a', '1-a', '1.0-a', '1.0.0-a', '1.0a', '1.0.a', '1.0.0a', '1.0.0.a'],
      ['1x', '1.x', '1-x', '1.0-x', '1.0.0-x', '1.0x', '1.0.x', '1.0.0x', '1.0.0.x'],
      ['1ga', '1final', '1release', '1', '1Ga', '1GA', '1Final', '1FinaL', '1FINAL', '1RELEASE'],
      ['1cr', '1rc', '1Cr', '1Rc', '1cR', '1rC'],
      ['1a1', '1alpha1', '1-alpha-1', '1A1'],
      ['1b2', '1beta2', '1-beta-2'],
      ['1m3', '1milestone3', '1Milestone3', '1MileStone3', '1MILESTONE3', '1-milestone-3'],
      ['1X', '1x'],
      ['1-abcdefghijklmnopqrstuvwxyz', '1-ABCDEFGHIJKLMNOPQRSTUVWXYZ'],
    ];
    for (const g of groups) expectAllEqual(MAVEN_SCHEME, g);
  });

  it('orders ComparableVersionTest.testVersionComparing pairs', () => {
    const pairs: Array<[string, string]> = [
      ['1', '2'], ['1.5', '2'], ['1', '2.5'], ['1.0', '1.1'], ['1.1', '1.2'], ['1.0.0', '1.1'], ['1.0.1', '1.1'],
      ['1.1', '1.2.0'], ['1.0-alpha-1', '1.0'], ['1.0-alpha-1', '1.0-alpha-2'], ['1.0-alpha-1', '1.0-beta-1'],
      ['1.0-beta-1', '1.0-SNAPSHOT'], ['1.0-SNAPSHOT', '1.0'], ['1.0-alpha-1-SNAPSHOT', '1.0-alpha-1'],
      ['1.0', '1.0-1'], ['1.0-1', '1.0-2'], ['1.0.0', '1.0-1'], ['2.0-1', '2.0.1'], ['2.0.1-klm', '2.0.1-lmn'],
      ['2.0.1', '2.0.1-xyz'], ['2.0.1', '2.0.1-123'], ['2.0.1-xyz', '2.0.1-123'],
    ];
    for (const p of pairs) expectAscending(MAVEN_SCHEME, p);
  });

  it('passes the regression cases MNG-5568, MNG-6572, MNG-6964, MNG-7644 and the leading-zero tests', () => {
    expectAscending(MAVEN_SCHEME, ['6.1.0rc3', '6.1.0', '6.1H.5-beta']); // MNG-5568
    expectAscending(MAVEN_SCHEME, ['20190126.230843', '1234567890.12345', '123456789012345.1H.5-beta', '12345678901234567890.1H.5-beta']); // MNG-6572
    expectAscending(MAVEN_SCHEME, ['1-0.alpha', '1-0.beta', '1']); // MNG-6964
    for (const x of ['abc', 'alpha', 'a', 'beta', 'b', 'def', 'milestone', 'm', 'RC']) {
      expectAscending(MAVEN_SCHEME, [`1.0.0.${x}1`, `1.0.0-${x}2`]); // MNG-7644
      expectAllEqual(MAVEN_SCHEME, [`2-${x}`, `2.0.${x}`, `2.0.0.${x}`]);
    }
    expectAscending(MAVEN_SCHEME, ['0.7', '2']);
    expectAscending(MAVEN_SCHEME, ['0.2', '1.0.7']);
    expectAllEqual(MAVEN_SCHEME, Array.from({ length: 19 }, (_, i) => '1'.padStart(i + 1, '0')));
    expectAllEqual(MAVEN_SCHEME, Array.from({ length: 19 }, (_, i) => '0'.repeat(i + 1)));
  });

  it("orders the POM reference's Version Order Specification examples", () => {
    expectAscending(MAVEN_SCHEME, ['1', '1.1']);
    expectAscending(MAVEN_SCHEME, ['1-snapshot', '1', '1-sp']);
    expectAscending(MAVEN_SCHEME, ['1-foo2', '1-foo10']);
    expectAllEqual(MAVEN_SCHEME, ['1.foo', '1-foo']);
    expectAscending(MAVEN_SCHEME, ['1-foo', '1-1', '1.1']);
    expectAllEqual(MAVEN_SCHEME, ['1.ga', '1-ga', '1-0', '1.0', '1']);
    expectAscending(MAVEN_SCHEME, ['1-ga', '1-sp']);
    expectAscending(MAVEN_SCHEME, ['1-ga.1', '1-sp.1']);
    expectAscending(MAVEN_SCHEME, ['1-sp-1', '1-ga-1']);
    expectAllEqual(MAVEN_SCHEME, ['1-a1', '1-alpha-1']);
  });

  it("reads digits as Java's Character.isDigit does, with int/long/BigInteger sizes as Maven has them", () => {
    expectAllEqual(MAVEN_SCHEME, ['1.\u0662', '1.2']); // ARABIC-INDIC DIGIT TWO is a digit
    expectAscending(MAVEN_SCHEME, ['999999999', '1000000000', '999999999999999999', '1000000000000000000']);
    // A surrogate pair is two non-digit chars to Java's charAt loop, so MATHEMATICAL BOLD DIGIT
    // ZERO is an unknown qualifier, which sorts after the release and after "sp".
    expectAscending(MAVEN_SCHEME, ['1', '1-sp', '1-\u{1d7ce}']);
  });

  it('keeps the int/long/BigInteger item kinds of a run of zeros by its full length, as stripLeadingZeroes() does', () => {
    // stripLeadingZeroes("0000000000") returns the string unchanged (no non-'0' character), so the
    // item is a LongItem zero, and LongItem.compareTo(IntItem) is 1 whatever the values
    // (ComparableVersion.java@1a3de98ee168954d6400ad4331b905baec59a2ce, parseItem/stripLeadingZeroes).
    expectAscending(MAVEN_SCHEME, ['1.0.1', '1.5', '1.0000000000.1', '1.0000000000000000000.1']);
    // Trailing zeros of any length are null items and normalise away (testVersionZeroEqualWithLeadingZeroes).
    expectAllEqual(MAVEN_SCHEME, ['1', '1.0000000000', '1.0000000000000000000']);
  });

  it('looks qualifiers up as Maven does, so a qualifier named after an Object.prototype member is just a word', () => {
    // Unknown qualifiers order after "sp", by code unit ('_' is below 'a'). A plain-object alias table
    // would turn "constructor" into "function Object() {...}" (above "d") and "__proto__" into
    // "[object Object]" (below "_").
    expectAscending(MAVEN_SCHEME, ['1-sp', '1-_', '1-__proto__', '1-a', '1-constructor', '1-d', '1-hasownproperty', '1-tostring', '1-valueof']);
  });

  it("agrees with maven-artifact 3.8.7's own output quoted in MNG-7714 (apache/maven#9267)", () => {
    // `jbang org.apache.maven:maven-artifact:3.8.7 1.0.final-redhat-0001 1.0.sp1-redhat-0001` printed
    // "1.0.final-redhat-0001 > 1.0.sp1-redhat-0001"; 3.8.7 already had MNG-7644, as 3.9 has. (Maven 4's
    // CombinationItem reverses this pair; see the port's header.)
    expectAscending(MAVEN_SCHEME, ['1.0.sp1-redhat-0001', '1.0.final-redhat-0001']);
  });

  it('refuses blank strings and strings with white space or control characters', () => {
    expectInvalid(MAVEN_SCHEME, ['', ' ', '1.0 ', '1.0\tbeta', '1.0\n', 'x'.repeat(257)]);
  });

  it("keeps Maven's own non-transitive answers where Maven 3.9 has them (not smoothed over)", () => {
    // ComparableVersion 3.9 compares a list above a qualifier (ListItem vs StringItem = 1) but a
    // list of pre-release qualifiers below nothing, so these three form a cycle in Maven itself:
    // 1 < 1.foo.0 (a qualifier after a number), 1.foo.0 < 1.alpha (list beats string),
    // 1.alpha < 1 (alpha is a pre-release). Callers get Maven's answer for each pair.
    expect(MAVEN_SCHEME.compare('1', '1.foo.0')).toBeLessThan(0);
    expect(MAVEN_SCHEME.compare('1.foo.0', '1.alpha')).toBeLessThan(0);
    expect(MAVEN_SCHEME.compare('1.alpha', '1')).toBeLessThan(0);
  });

  // Versions shaped as published on Maven Central: a numeric core, then optionally a qualifier
  // (attached, after '-' or after '.', with or without a number), a build number, -SNAPSHOT.
  const qualifier = pick('alpha', 'a', 'beta', 'b', 'milestone', 'm', 'rc', 'RC', 'cr', 'CR', 'ga', 'GA', 'final', 'Final', 'release', 'RELEASE', 'sp', 'SP', 'jre', 'android', 'redhat', 'M');
  const mavenVersion = fc
    .tuple(
      fc.array(numStr, { minLength: 1, maxLength: 4 }),
      opt(fc.tuple(pick('-', '.', ''), qualifier, opt(fc.tuple(pick('', '-', '.'), numStr)))),
      opt(fc.tuple(pick('-', '.'), numStr)),
      opt(pick('-SNAPSHOT', '-redhat-00001', '-jre')),
    )
    .map(([core, q, build, tail]) => {
      let v = core.join('.');
      if (q !== undefined) v += q[0] + q[1] + (q[2] === undefined ? '' : q[2][0] + q[2][1]);
      if (build !== undefined) v += build[0] + build[1];
      return v + (tail ?? '');
    });
  it('answers as maven-artifact 3.8.7 does on 3,000 pairs of published shapes (test/corpus/maven-order)', () => {
    // Maven's order is not transitive (0-jre < 0.alpha-0 < 0 < 0-jre: normalising drops the zero
    // before a list, and a number outranks a list), so no law can stand in for Maven itself: its
    // answers, computed by ComparableVersion, are the test.
    expectCases(MAVEN_SCHEME, 'maven-order/maven-artifact-3.8.7.txt', 3_000);
  });

  describeOrderLaws(MAVEN_SCHEME, {
    valid: mavenVersion,
    numRuns: 1_000,
    notTransitive: 'ComparableVersion has cycles (0-jre < 0.alpha-0 < 0 < 0-jre in maven-artifact 3.8.7 itself)',
  });
});

describe('NuGet (NuGet.Versioning)', () => {
  // NuGet/NuGet.Client test/NuGet.Core.Tests/NuGet.Versioning.Test/NuGetVersionTest.cs@f4f96b4aac4039460e3753da5824f1c024f27834
  it('orders NuGetVersionTest.SemVerLessThanAndGreaterThanOperatorsWorks pairs', () => {
    const pairs: Array<[string, string]> = [
      ['1.0', '1.0.1'], ['1.23', '1.231'], ['1.4.5.6', '1.45.6'], ['1.4.5.6', '1.4.5.60'], ['1.01', '1.10'],
      ['1.01-alpha', '1.10-beta'], ['1.01.0-RC-1', '1.10.0-rc-2'], ['1.01-RC-1', '1.01'], ['1.01', '1.2-preview'],
    ];
    for (const p of pairs) expectAscending(NUGET_SCHEME, p);
  });

  it('treats NuGetVersionTest.SemVerEqualsOperatorWorks pairs as equal', () => {
    const pairs: Array<[string, string]> = [
      ['1.0', '1.0.0.0'], ['1.23.01', '1.23.1'], ['1.45.6', '1.45.6.0'], ['1.45.6-Alpha', '1.45.6-Alpha'],
      ['1.6.2-BeTa', '1.6.02-beta'], ['22.3.07     ', '22.3.07'], ['1.0', '1.0.0.0+beta'], ['1.0.0.0+beta.2', '1.0.0.0+beta.1'],
    ];
    for (const p of pairs) expectAllEqual(NUGET_SCHEME, p);
  });

  it('accepts NuGetVersionTest.TryParseHandlesValidVersionPatterns, white space around each number included', () => {
    const rows: Array<[string, string]> = [
      ['   19', '19.0.0.0'], ['   19.   19', '19.19.0.0'], ['   19.   19.   19', '19.19.19.0'], ['   19.   19.   19.   19', '19.19.19.19'],
      ['19   ', '19.0.0.0'], ['19   .19   ', '19.19.0.0'], ['19   .19   .19   ', '19.19.19.0'], ['19   .19   .19   .19   ', '19.19.19.19'],
      ['   19   ', '19.0.0.0'], ['   19   .   19   ', '19.19.0.0'], ['   19   .   19   .   19   ', '19.19.19.0'],
      ['   19   .   19   .   19   .   19   ', '19.19.19.19'], ['01.1.1.1', '1.1.1.1'], ['1.01.1.1', '1.1.1.1'], ['1.1.01.1', '1.1.1.1'],
      ['1.1.1.01', '1.1.1.1'], ['2147483647.1.1.1', '2147483647.1.1.1'], ['1.2147483647.1.1', '1.2147483647.1.1'],
      ['1.1.2147483647.1', '1.1.2147483647.1'], ['1.1.1.2147483647', '1.1.1.2147483647'],
    ];
    for (const p of rows) expectAllEqual(NUGET_SCHEME, p);
  });

  it('refuses NuGetVersionTest.ParseThrowsIfStringIsNotAValidSemVer', () => {
    expectInvalid(NUGET_SCHEME, [
      '         ', '1beta', '1.2Av^c', '1.2..', '1.2.3.4.5', '1.2.3.Beta', '1.2.3.4This version is full of awesomeness!!', 'So.is.this',
      '1.34.2Alpha', '1.34.2Release Candidate', '1.4.7-', '1.4.7-*', '1.4.7+*', '1.4.7-AA.01^', '1.4.7-AA.0A^', '1.4.7-A^A',
      '1.4.7+AA.01^', '1.2147483648', '1.1.2147483648', '1.1.1.2147483648', '1.1.1.1.2147483648', '10000000000000000000',
      '1.10000000000000000000', '1.1.10000000000000000000', '1.1.1.1.10000000000000000000', '1..2', '....', '..1', '-1.1.1.1',
      '1.-1.1.1', '1.1.-1.1', '1.1.1.-1', '1.', '1.1.', '1.1.1.', '1.1.1.1.', '1.1.1.1.1.', '1     1.1.1.1', '1.1     1.1.1',
      '1.1.1     1.1', '1.1.1.1     1', ' .1.1.1', '1. .1.1', '1.1. .1', '1.1.1. ', '1 .', '1.1 .', '1.1.1 .', '1.1.1.1 .',
      '2147483648.2.3.4', '1.2147483648.3.4', '1.2.2147483648.4', '1.2.3.2147483648', '..1.2', '-1.2.3.4', '1.-2.3.4',
      '1.2.-3.4', '1.2.3.-4', '   1 9', '   19.   1 9', '   19.   19.   1 9', '   19.   19.   19.   1 9', '1 9   ', '19   .1 9   ',
      '19   .19   .1 9   ', '19   .19   .19   .1 9   ', '   1 9   ', '   19   .   1 9   ', '   19   .   19   .   1 9   ',
      '   19   .   19   .   19   .   1 9   ',
    ]);
  });

  it("orders the NuGet docs' pre-release example (Package versioning, \"Pre-release versions\")", () => {
    expectAscending(NUGET_SCHEME, ['1.0.1-aaa', '1.0.1-alpha10', '1.0.1-alpha2', '1.0.1-beta', '1.0.1-open', '1.0.1-rc.2', '1.0.1-rc.10', '1.0.1-zzz', '1.0.1']);
  });

  it("treats the NuGet docs' normalised forms as equal (\"Normalized version numbers\")", () => {
    expectAllEqual(NUGET_SCHEME, ['1.0', '1.0.0', '1.0.0.0', '1', '01.0.00']);
    expectAllEqual(NUGET_SCHEME, ['1.01.1', '1.1.1']);
    expectAllEqual(NUGET_SCHEME, ['1.0.0+metadata', '1.0.0', '1.0.0+other.7']);
    expectAllEqual(NUGET_SCHEME, ['1.0.0-Beta', '1.0.0-beta', '1.0.0-BETA+x']);
    expectAllEqual(NUGET_SCHEME, [' 1.0.0 ', '1.0.0']);
  });

  it('orders four-part versions and labels as VersionComparer does', () => {
    expectAscending(NUGET_SCHEME, ['1.0.0-beta', '1.0.0', '1.0.0.1-alpha', '1.0.0.1', '1.0.1', '2147483647.0']);
    expectAscending(NUGET_SCHEME, ['1.0.0-alpha', '1.0.0-alpha.1', '1.0.0-alpha.beta', '1.0.0-beta.2', '1.0.0-beta.11', '1.0.0-rc.1']);
    // Int32.TryParse reads "-1" as a number, so it sorts below 0; numbers sort below words.
    expectAscending(NUGET_SCHEME, ['1.0.0--1', '1.0.0-0', '1.0.0-2147483647', '1.0.0-2147483648', '1.0.0-a']);
  });

  it('refuses what NuGetVersion.TryParse refuses', () => {
    expectInvalid(NUGET_SCHEME, ['', 'a', '1.2.3.4.5', '1.0.0-', '1.0.0-01', '1.0.0-a..b', '1.0.0+', '2147483648.0', 'v1.0.0', '1.0.0-a_b', '[1.0,2.0)']);
  });

  const nugetVersion = fc
    .tuple(
      fc.array(numStr, { minLength: 1, maxLength: 4 }),
      opt(fc.array(fc.oneof(numStr, pick('alpha', 'Alpha', 'beta', 'rc', 'preview', 'ALPHA', 'a-b')), { minLength: 1, maxLength: 3 })),
      opt(pick('sha.abc', 'build5', '001')),
    )
    .map(([nums, labels, meta]) => nums.join('.') + (labels ? '-' + labels.join('.') : '') + (meta ? '+' + meta : ''));
  describeOrderLaws(NUGET_SCHEME, { valid: nugetVersion });

  it('compares a label that is numeric only beyond Int32 as a string', () => {
    expect(NUGET_SCHEME.compare('1.0.0-99999999999', '1.0.0-a')).toBeLessThan(0);
    expect(NUGET_SCHEME.compare('1.0.0-99999999999', '1.0.0-100000000000')).toBeGreaterThan(0);
  });
});
