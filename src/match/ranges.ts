import type { AffectedPackage, AffectedRange } from '../model/types.js';
import type { VersionScheme } from './versions/types.js';

// OSV's range semantics (ossf.github.io/osv-schema/#affectedranges-field): events sorted by
// version, walked in order; `introduced` opens, `fixed` closes at that version, `last_affected`
// closes after it, `limit` caps the whole range. Version "0" in `introduced` is minus infinity.

export interface RangeVerdict {
  affected: boolean;
  /** Lowest `fixed` above the version, across the ranges that affect it. */
  fixed?: string;
  /** Set when a range could not be evaluated (unparsable event version): never a silent miss. */
  unevaluable?: string;
}

type Kind = 'introduced' | 'fixed' | 'last_affected' | 'limit';
interface Ev {
  kind: Kind;
  v: string;
}

function flatten(range: AffectedRange): Ev[] {
  const out: Ev[] = [];
  for (const e of range.events) {
    if (e.introduced !== undefined) out.push({ kind: 'introduced', v: e.introduced });
    else if (e.fixed !== undefined) out.push({ kind: 'fixed', v: e.fixed });
    else if (e.last_affected !== undefined) out.push({ kind: 'last_affected', v: e.last_affected });
    else if (e.limit !== undefined) out.push({ kind: 'limit', v: e.limit });
  }
  return out;
}

function rangeVerdict(version: string, range: AffectedRange, scheme: VersionScheme): RangeVerdict {
  const events = flatten(range);
  for (const e of events) {
    const minusInfinity = e.kind === 'introduced' && e.v === '0';
    const infinity = e.kind === 'limit' && e.v === '*';
    if (!minusInfinity && !infinity && !scheme.isValid(e.v)) {
      return { affected: false, unevaluable: `${e.kind} "${e.v}" is not a valid ${scheme.ecosystem} version` };
    }
  }
  const cmp = (a: Ev, b: Ev): number => {
    if (a.v === b.v && a.kind === b.kind) return 0;
    if (a.kind === 'introduced' && a.v === '0') return -1;
    if (b.kind === 'introduced' && b.v === '0') return 1;
    if (a.kind === 'limit' && a.v === '*') return 1;
    if (b.kind === 'limit' && b.v === '*') return -1;
    return scheme.compare(a.v, b.v);
  };
  const sorted = [...events].sort(cmp);
  let affected = false;
  for (const e of sorted) {
    if (e.kind === 'limit') continue;
    const c = e.kind === 'introduced' && e.v === '0' ? 1 : scheme.compare(version, e.v);
    if (e.kind === 'introduced') {
      if (c >= 0) affected = true;
    } else if (e.kind === 'fixed') {
      if (c >= 0) affected = false;
    } else if (e.kind === 'last_affected') {
      if (c > 0) affected = false;
    }
  }
  if (affected) {
    for (const e of sorted) {
      if (e.kind === 'limit' && e.v !== '*' && scheme.compare(version, e.v) >= 0) affected = false;
    }
  }
  if (!affected) return { affected };
  let fixed: string | undefined;
  for (const e of sorted) {
    if (e.kind === 'fixed' && scheme.compare(e.v, version) > 0 && (fixed === undefined || scheme.compare(e.v, fixed) < 0)) {
      fixed = e.v;
    }
  }
  return fixed === undefined ? { affected } : { affected, fixed };
}

/**
 * Whether `version` is affected by one affected-package entry. `versions` lists match by string or
 * by the scheme's equality (PEP 440's 1.0 == 1.0.0). GIT ranges cannot be judged without a
 * repository and are left to the explicit `versions` list that OSV generates from them.
 */
export function affects(
  version: string,
  pkg: AffectedPackage,
  ecosystemScheme: VersionScheme,
  semverScheme: VersionScheme,
): RangeVerdict {
  const verdict: RangeVerdict = { affected: false };
  const note = (msg: string): void => {
    verdict.unevaluable ??= msg;
  };
  for (const range of pkg.ranges) {
    if (range.type === 'GIT') continue;
    const scheme = range.type === 'SEMVER' ? semverScheme : ecosystemScheme;
    if (!scheme.isValid(version)) {
      note(`version "${version}" is not a valid ${range.type === 'SEMVER' ? 'SemVer' : scheme.ecosystem} version`);
      continue;
    }
    const r = rangeVerdict(version, range, scheme);
    if (r.unevaluable) note(r.unevaluable);
    if (!r.affected) continue;
    verdict.affected = true;
    if (r.fixed !== undefined && (verdict.fixed === undefined || scheme.compare(r.fixed, verdict.fixed) < 0)) verdict.fixed = r.fixed;
  }
  if (!verdict.affected && pkg.versions.length > 0) {
    const valid = ecosystemScheme.isValid(version);
    for (const v of pkg.versions) {
      if (v === version || (valid && ecosystemScheme.isValid(v) && ecosystemScheme.compare(v, version) === 0)) {
        verdict.affected = true;
        break;
      }
    }
  }
  return verdict;
}
