import { compareSemver2, parseSemver2, type Semver2 } from './semver2.js';
import type { VersionScheme } from './types.js';
import { isDigits, memoParser, schemeFrom, stripZeros } from './util.js';

// OSV's SEMVER range type: "versions are semantic versions as defined by SemVer 2.0.0, with no
// leading 'v'". Real records are looser than that (`"introduced": "0"` in nearly every Go record,
// "1.2" in some), so versions are coerced the way osv.dev's own indexer does before parsing
// (google/osv.dev osv/semver_index.py, coerce() and _coerce_suffix()): a leading 'v' is dropped,
// missing minor/patch become 0, leading zeros go, and empty pre-release or build identifiers become
// '-'. The result is then parsed as strict SemVer 2.0.0 and ordered by semver.org §11, as python-semver
// (which the indexer uses) orders it. Python's \d and str.isdigit() would also take non-ASCII digits,
// and its '$' a trailing newline; such strings are refused here instead of coerced.

const CORE = /^(\d+)(\.\d+)?(\.\d+)?(.*)$/;
const SUFFIX = /^(-[^+]*)?(\+.*)?(.*)$/;

/** Re-joins a '-pre' or '+build' suffix with each identifier mapped; empty identifiers become '-'. */
function coerceIdentifiers(part: string | undefined, map: (id: string) => string): string {
  if (part === undefined || part === '') return '';
  const ids = part.slice(1).split('.').map((id) => (id === '' ? '-' : map(id)));
  return part[0] + ids.join('.');
}

function coerceSuffix(suffix: string): string {
  if (suffix === '') return suffix;
  const m = SUFFIX.exec(suffix);
  if (m === null) return suffix;
  const pre = coerceIdentifiers(m[1], (id) => (isDigits(id) ? stripZeros(id) : id));
  const build = coerceIdentifiers(m[2], (id) => id);
  return pre + build + (m[3] ?? '');
}

/** osv.dev's coerce(): exported so tests can check it against the indexer's documented behaviour. */
export function coerceOsvSemver(version: string): string {
  const v = version.startsWith('v') ? version.slice(1) : version;
  const m = CORE.exec(v);
  if (m === null) return v;
  const part = (g: string | undefined): string => (g === undefined ? '.0' : '.' + stripZeros(g.slice(1)));
  return stripZeros(m[1] as string) + part(m[2]) + part(m[3]) + coerceSuffix(m[4] ?? '');
}

const parse = memoParser<Semver2>((v) => parseSemver2(coerceOsvSemver(v)));

/** OSV's SEMVER range type (not an ecosystem: any package's SEMVER ranges use it). */
export const SEMVER_SCHEME: VersionScheme = schemeFrom('SEMVER', parse, compareSemver2);
