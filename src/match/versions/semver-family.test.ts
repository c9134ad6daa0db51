import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CRATES_SCHEME } from './crates.js';
import { GO_SCHEME, goTagToSemver } from './go.js';
import { NPM_SCHEME } from './npm.js';
import { describeOrderLaws, expectAllEqual, expectAscending, expectInvalid, numStr } from './order-testkit.js';
import { SEMVER_SCHEME, coerceOsvSemver } from './semver-osv.js';

// semver.org §11 ("Precedence"): the two example chains given in the specification itself.
const SEMVER_ORG_11 = [
  ['1.0.0', '2.0.0', '2.1.0', '2.1.1'],
  ['1.0.0-alpha', '1.0.0-alpha.1', '1.0.0-alpha.beta', '1.0.0-beta', '1.0.0-beta.2', '1.0.0-beta.11', '1.0.0-rc.1', '1.0.0'],
];

const identifier = fc.oneof(numStr, fc.constantFrom('alpha', 'beta', 'rc', 'a', 'b', 'x-y', '0a', 'A', 'pre', '-'));
const preRelease = fc.array(identifier, { minLength: 1, maxLength: 3 }).map((ids) => ids.join('.'));
const build = fc.array(fc.oneof(numStr, fc.constantFrom('build', 'sha', '001', 'incompatible')), { minLength: 1, maxLength: 2 }).map((ids) => ids.join('.'));
/** Strict SemVer 2.0.0 versions with small, colliding parts. */
const semver2 = fc
  .tuple(numStr, numStr, numStr, fc.option(preRelease, { nil: undefined }), fc.option(build, { nil: undefined }))
  .map(([a, b, c, pre, meta]) => `${a}.${b}.${c}${pre === undefined ? '' : '-' + pre}${meta === undefined ? '' : '+' + meta}`);

describe('npm (node-semver, strict)', () => {
  it('orders the semver.org §11 examples', () => {
    for (const chain of SEMVER_ORG_11) expectAscending(NPM_SCHEME, chain);
  });

  it("agrees with node-semver's own comparison fixtures (test/fixtures/comparisons.js: first > second)", () => {
    const pairs: Array<[string, string]> = [
      ['0.0.0', '0.0.0-foo'],
      ['0.0.1', '0.0.0'],
      ['1.0.0', '0.9.9'],
      ['0.10.0', '0.9.0'],
      ['0.99.0', '0.10.0'],
      ['2.0.0', '1.2.3'],
      ['v0.0.0', '0.0.0-foo'],
      ['1.2.3', '1.2.3-asdf'],
      ['1.2.3', '1.2.3-4'],
      ['1.2.3', '1.2.3-4-foo'],
      ['1.2.3-5-foo', '1.2.3-5'],
      ['1.2.3-5', '1.2.3-4'],
      ['1.2.3-5-foo', '1.2.3-5-Foo'],
      ['3.0.0', '2.7.2+asdf'],
      ['1.2.3-a.10', '1.2.3-a.5'],
      ['1.2.3-a.b', '1.2.3-a.5'],
      ['1.2.3-a.b', '1.2.3-a'],
      ['1.2.3-a.b.c.10.d.5', '1.2.3-a.b.c.5.d.100'],
      ['1.2.3-r2', '1.2.3-r100'],
      ['1.2.3-r100', '1.2.3-R2'],
    ];
    for (const [hi, lo] of pairs) expectAscending(NPM_SCHEME, [lo, hi]);
  });

  it('accepts what semver.valid() accepts, and no more', () => {
    expectAllEqual(NPM_SCHEME, ['1.2.3', 'v1.2.3', ' 1.2.3 ', '1.2.3+build.5']);
    expectInvalid(NPM_SCHEME, ['', '1.2', '=1.2.3', '01.2.3', '1.2.3-01', '1.2.3.4', 'latest', '^1.2.3', '9007199254740992.0.0']);
  });

  describeOrderLaws(NPM_SCHEME, { valid: semver2 });
});

describe('crates.io (Cargo: the semver crate)', () => {
  it('orders the semver.org §11 examples', () => {
    for (const chain of SEMVER_ORG_11) expectAscending(CRATES_SCHEME, chain);
  });

  it("refuses what Cargo's parser refuses: prefixes, blanks, short forms, u64 overflow", () => {
    expectInvalid(CRATES_SCHEME, ['v1.2.3', '=1.2.3', ' 1.2.3', '1.2.3 ', '1.2', '01.2.3', '1.2.3-01', '1.2.3-', '18446744073709551616.0.0']);
    expectAscending(CRATES_SCHEME, ['9007199254740993.0.0', '18446744073709551615.0.0']);
  });

  it('ignores build metadata (openssl-src style 111.22.0+1.1.1q == 111.22.0)', () => {
    expectAllEqual(CRATES_SCHEME, ['111.22.0+1.1.1q', '111.22.0', '111.22.0+1.1.1r']);
  });

  describeOrderLaws(CRATES_SCHEME, { valid: semver2 });
});

describe('OSV SEMVER range type', () => {
  it('orders the semver.org §11 examples', () => {
    for (const chain of SEMVER_ORG_11) expectAscending(SEMVER_SCHEME, chain);
  });

  // google/osv.dev osv/semver_index.py: coerce() and _coerce_suffix() as read from a stored copy of the
  // current file (the one at google/osv.dev@bf63148464b0f0fc6c22ad407eeeb9ed1a3fab37 predates _coerce_suffix);
  // the "1.0.0-a..0 -> 1.0.0-a.-.0" row is the example in _coerce_suffix's docstring.
  it("coerces as osv.dev's semver_index.coerce() does", () => {
    const table: Array<[string, string]> = [
      ['0', '0.0.0'],
      ['1', '1.0.0'],
      ['1.2', '1.2.0'],
      ['v1.2.3', '1.2.3'],
      ['01.02.03', '1.2.3'],
      ['1.0.0-a..0', '1.0.0-a.-.0'],
      ['1.0.0-01.x', '1.0.0-1.x'],
      ['1.0.0+b..1', '1.0.0+b.-.1'],
      ['1.2.3-', '1.2.3--'],
      ['1.2.3.4', '1.2.3.4'],
      ['abc', 'abc'],
    ];
    for (const [input, output] of table) expect(coerceOsvSemver(input), input).toBe(output);
  });

  it('accepts the loose forms found in real OSV records, and tolerates a leading v', () => {
    expectAllEqual(SEMVER_SCHEME, ['0', '0.0', '0.0.0', 'v0.0.0']);
    expectAllEqual(SEMVER_SCHEME, ['1.2', '1.2.0', 'v1.2.0', '1.2.0+incompatible']);
    expectAscending(SEMVER_SCHEME, ['0', '0.0.1', '1.21.0-0', '1.21.0-rc.1', '1.21.0', '1.21.3']);
    expectInvalid(SEMVER_SCHEME, ['', 'abc', '1.2.3.4', '1.2.3-a b', '1.2.3_4', 'V1.2.3', '1.2.3 ', '*']);
  });

  describeOrderLaws(SEMVER_SCHEME, {
    valid: fc.oneof(semver2, semver2.map((v) => 'v' + v), fc.tuple(numStr, fc.option(numStr, { nil: undefined })).map(([a, b]) => (b === undefined ? a : `${a}.${b}`))),
  });
});

describe('Go module versions', () => {
  // golang.org/x/mod semver/semver_test.go: the `tests` table (ascending, equal where Canonical is
  // equal) and its invalid rows.
  it("orders golang.org/x/mod/semver's test list (semver_test.go), shorthands equal", () => {
    expectAscending(GO_SCHEME, [
      'v1.0.0-alpha',
      'v1.0.0-alpha.1',
      'v1.0.0-alpha.beta',
      'v1.0.0-beta',
      'v1.0.0-beta.2',
      'v1.0.0-beta.11',
      'v1.0.0-rc.1',
      'v1.0.0',
      'v1.2.0',
      'v1.2.3-456',
      'v1.2.3-456.789',
      'v1.2.3-456-789',
      'v1.2.3-456a',
      'v1.2.3-pre',
      'v1.2.3-pre.1',
      'v1.2.3-zzz',
      'v1.2.3',
    ]);
    expectAllEqual(GO_SCHEME, ['v1', 'v1.0', 'v1.0.0']);
    expectAllEqual(GO_SCHEME, ['v1.2', 'v1.2.0']);
    expectAllEqual(GO_SCHEME, ['v1.2.3-pre', 'v1.2.3-pre+meta']);
    expectAllEqual(GO_SCHEME, ['v1.2.3', 'v1.2.3+meta', 'v1.2.3+meta-pre', 'v1.2.3+meta-pre.sha.256a']);
    expectInvalid(GO_SCHEME, ['bad', 'v1-alpha.beta.gamma', 'v1-pre', 'v1+meta', 'v1-pre+meta', 'v1.2-pre', 'v1.2+meta', 'v1.2-pre+meta']);
  });

  it('compares numbers by value, as x/mod compareInt does (shorter digit string first, then bytewise)', () => {
    // TestCompare's extra rows. The stored golang/mod copy (8b446299501e373f4d7a7d8869d5646e9bfb2e96) has a
    // bytewise compareInt and a test row claiming v1.19 < v1.2; every other copy of compareInt in the
    // index (vendored x/mod, ports citing it) compares length first, and semver.org §11 orders numerically.
    for (const [v, w, want] of [['v1', 'v1', 0], ['v2', 'v1', 1], ['v1', 'v2', -1], ['v1.19', 'v1.2', 1], ['v1.2.10', 'v1.2.9', 1]] as const) {
      expect(Math.sign(GO_SCHEME.compare(v, w)), `${v} vs ${w}`).toBe(want);
    }
  });

  it('orders pseudo-versions as the Go modules reference (go.dev/ref/mod#pseudo-versions) describes', () => {
    // vX.Y.(Z+1)-0.yyyymmddhhmmss-abcdefabcdef sits between vX.Y.Z and vX.Y.(Z+1);
    // vX.Y.Z-pre.0.yyyymmddhhmmss-... between vX.Y.Z-pre and vX.Y.Z; vX.0.0-yyyymmddhhmmss-...
    // (no tagged base) below vX.0.0; pseudo-versions of one base order by commit time.
    expectAscending(GO_SCHEME, [
      'v0.0.0-20191109021931-daa7c04131f5',
      'v0.0.0-20200101000000-0123456789ab',
      'v0.0.0',
      'v1.2.3',
      'v1.2.4-0.20191109021931-daa7c04131f5',
      'v1.2.4-0.20200101000000-0123456789ab',
      'v1.2.4-pre',
      'v1.2.4-pre.0.20191109021931-daa7c04131f5',
      'v1.2.4',
    ]);
  });

  it('reads OSV Go versions (no v, +incompatible) and Go toolchain tags as vulndb does', () => {
    expectAllEqual(GO_SCHEME, ['1.21.3', 'v1.21.3', 'go1.21.3']);
    expectAllEqual(GO_SCHEME, ['10.7.0+incompatible', 'v10.7.0', '10.7.0']);
    expectAllEqual(GO_SCHEME, ['go1.21rc2', '1.21rc2', 'v1.21.0-rc.2', '1.21.0-rc.2']);
    expectAllEqual(GO_SCHEME, ['go1.20', '1.20', 'v1.20.0']);
    expectAllEqual(GO_SCHEME, ['go1', 'v1.0.0']);
    // vulndb opens stdlib ranges at "1.21.0-0", the lowest pre-release of 1.21.0.
    expectAscending(GO_SCHEME, ['1.20.14', '1.21.0-0', 'go1.21rc1', 'go1.21rc2', 'go1.21', '1.21.1']);
    expect(goTagToSemver('go1.19beta1')).toBe('v1.19.0-beta.1');
    expect(goTagToSemver('go1.0')).toBeUndefined();
    expectInvalid(GO_SCHEME, ['', 'go1.0', 'golang', 'v1.02.3', 'v1.2.3-01', '1.2.3.4', 'latest', 'V1.2.3', ' v1.2.3']);
  });

  const goVersion = fc.oneof(
    semver2.map((v) => 'v' + v),
    semver2,
    fc.tuple(numStr, numStr).map(([a, b]) => `v${a}.${b}`),
    fc
      .tuple(numStr, numStr, numStr, fc.constantFrom('20191109021931', '20200101000000', '20191109021932'), fc.constantFrom('daa7c04131f5', '0123456789ab'))
      .map(([a, b, c, t, h]) => `v${a}.${b}.${c}-0.${t}-${h}`),
    fc.tuple(numStr, numStr, fc.option(fc.tuple(fc.constantFrom('rc', 'beta'), fc.integer({ min: 1, max: 3 })), { nil: undefined })).map(
      ([a, b, pre]) => `go${a}.${b}${pre === undefined ? '' : pre[0] + String(pre[1])}`,
    ),
  );
  describeOrderLaws(GO_SCHEME, { valid: goVersion.filter((v) => v !== 'go1.0') });
});
