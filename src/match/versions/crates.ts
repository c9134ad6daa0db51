import { compareSemver2, parseSemver2, type Semver2 } from './semver2.js';
import type { VersionScheme } from './types.js';
import { compareDigits, memoParser, schemeFrom } from './util.js';

// Cargo parses versions with the `semver` crate: strict SemVer 2.0.0 (no 'v', no '=', no spaces, no
// leading zeros in numbers or numeric pre-release identifiers) with major/minor/patch limited to
// u64. Order is semver.org §11. The crate's Ord also breaks ties on build metadata; crates.io never
// publishes two versions that differ only in build metadata, and OSV ranges never name them, so
// build metadata is ignored here as semver.org §10 says.

const U64_MAX = '18446744073709551615';

function parseCargo(version: string): Semver2 | undefined {
  const v = parseSemver2(version);
  if (v === undefined) return undefined;
  for (const n of [v.major, v.minor, v.patch]) {
    if (compareDigits(n, U64_MAX) > 0) return undefined;
  }
  return v;
}

export const CRATES_SCHEME: VersionScheme = schemeFrom('crates.io', memoParser(parseCargo), compareSemver2);
