import semver from 'semver';
import type { VersionScheme } from './types.js';
import { memoParser, schemeFrom } from './util.js';

// npm orders versions with node-semver itself, so this scheme is node-semver in strict mode
// (loose=false): exactly what semver.valid() accepts, including its tolerance of a leading 'v' and of
// surrounding whitespace, and its refusal of numbers above Number.MAX_SAFE_INTEGER. compare() is
// SemVer#compare: main version, then pre-release precedence; build metadata is ignored.
// SemVer objects are cached because constructing one runs node-semver's full regular expression.

const parse = memoParser((v) => semver.parse(v, { loose: false }) ?? undefined);

export const NPM_SCHEME: VersionScheme = schemeFrom('npm', parse, (a, b) => a.compare(b));
