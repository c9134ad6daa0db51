import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { valid as pep440Valid } from '@renovatebot/pep440';
import { readZipText } from '../../advise/zip.js';
import { filesUnder, shared } from '../../../test/helpers/shared.js';
import { SEMVER_SCHEME, schemeFor } from './index.js';
import type { VersionScheme } from './types.js';

// Real data (../shared/data, read in place): every version the OSV bundles and the repository
// snapshots' lockfiles hold must be valid in its scheme, and every OSV range must be ordered
// (each `introduced` below the `fixed` or `last_affected` that closes it). The versions are read
// with plain JSON/regex here, independently of the project's extractors and advisory loader.

interface RangeJson {
  type: string;
  events: Array<Record<string, string>>;
}
interface AffectedJson {
  package?: { ecosystem?: string; name?: string };
  ranges?: RangeJson[];
  versions?: string[];
}

interface OsvVersions {
  /** [scheme, version, where] for every event and `versions` entry. */
  versions: Array<[VersionScheme, string, string]>;
  /** [scheme, opening, closing, where] for each introduced → fixed/last_affected pair. */
  pairs: Array<[VersionScheme, string, string, string]>;
  records: number;
}

async function osvVersions(bundle: string): Promise<OsvVersions> {
  const out: OsvVersions = { versions: [], pairs: [], records: 0 };
  await readZipText(
    shared('osv', bundle, 'all.zip'),
    (name) => name.endsWith('.json'),
    ({ name, text }) => {
      out.records++;
      const record = JSON.parse(text) as { affected?: AffectedJson[] };
      for (const a of record.affected ?? []) {
        const eco = schemeFor(a.package?.ecosystem ?? '');
        if (eco === undefined) throw new Error(`${name}: no scheme for ${a.package?.ecosystem}`);
        for (const r of a.ranges ?? []) {
          if (r.type === 'GIT') continue;
          const scheme = r.type === 'SEMVER' ? SEMVER_SCHEME : eco;
          let open: string | undefined;
          for (const e of r.events) {
            for (const [kind, v] of Object.entries(e)) {
              if (kind === 'introduced' && v === '0') {
                open = undefined;
                continue;
              }
              out.versions.push([scheme, v, `${name} ${kind}`]);
              if (kind === 'introduced') open = v;
              else if ((kind === 'fixed' || kind === 'last_affected') && open !== undefined) {
                out.pairs.push([scheme, open, v, name]);
                open = undefined;
              }
            }
          }
        }
        for (const v of a.versions ?? []) out.versions.push([eco, v, `${name} versions[]`]);
      }
    },
  );
  return out;
}

const bundles: Record<string, OsvVersions> = {};

beforeAll(async () => {
  for (const b of ['Go', 'PyPI', 'crates.io']) bundles[b] = await osvVersions(b);
});

describe('OSV bundles in ../shared/data/osv', () => {
  it.each(['Go', 'crates.io'])('%s: every range event and listed version is valid in its scheme', (bundle) => {
    const data = bundles[bundle]!;
    expect(data.records).toBeGreaterThan(1_000);
    const invalid = data.versions.filter(([s, v]) => !s.isValid(v));
    expect(invalid.map(([s, v, where]) => `${s.ecosystem} ${v} (${where})`)).toEqual([]);
  });

  it('PyPI: the only invalid versions are the pre-PEP 440 ones, which matching reports as skips', () => {
    const data = bundles.PyPI!;
    expect(data.records).toBeGreaterThan(1_000);
    const invalid = data.versions.filter(([s, v]) => !s.isValid(v));
    // Legacy versions such as "2.0.0-final" or "0.1-bulbasaur" that packaging (>= 22) refuses too;
    // @renovatebot/pep440's own valid() is the independent judge of which ones those are.
    const legacy = data.versions.filter(([, v]) => pep440Valid(v) === null).map(([, v]) => v);
    expect(invalid.map(([, v]) => v)).toEqual(legacy);
    expect(legacy.length).toBeLessThan(data.versions.length / 1_000);
    // Two records close a range with something PEP 440 cannot read (a date, a legacy version).
    expect(invalid.filter(([, , where]) => !where.endsWith('versions[]')).map(([, v, where]) => `${v} (${where})`)).toEqual([
      '2019-09-12 (PYSEC-2019-125.json fixed)',
      '0.2.0-n653 (PYSEC-2021-371.json fixed)',
    ]);
  });

  it.each(['Go', 'PyPI', 'crates.io'])('%s: every introduced version sorts below the version that closes its range', (bundle) => {
    const data = bundles[bundle]!;
    expect(data.pairs.length).toBeGreaterThan(500);
    // RustSec has four ranges that open and close at the same version (empty ranges); nothing else
    // may sort at or above the version that closes it.
    const wrong = data.pairs.filter(([s, a, b]) => !(s.compare(a, b) < 0 || a === b));
    expect(wrong.map(([s, a, b, w]) => `${s.ecosystem}: ${a} !< ${b} in ${w}`)).toEqual([]);
  });

  it('Go: the SEMVER ranges also parse, and order alike, under the Go module scheme', () => {
    const go = schemeFor('Go')!;
    const data = bundles.Go!;
    expect(data.versions.filter(([, v]) => !go.isValid(v))).toEqual([]);
    expect(data.pairs.filter(([s, a, b]) => Math.sign(s.compare(a, b)) !== Math.sign(go.compare(a, b)))).toEqual([]);
  });
});

describe('GitHub-reviewed OSV sample in ../shared/data/osv/github-reviewed-sample', () => {
  it('every ECOSYSTEM and SEMVER range version of every ecosystem is valid and ordered', () => {
    const records = filesUnder(shared('osv', 'github-reviewed-sample', 'advisories')).filter((f) => f.endsWith('.json'));
    expect(records.length).toBe(19);
    const seen = new Set<string>();
    const problems: string[] = [];
    for (const f of records) {
      const record = JSON.parse(readFileSync(f, 'utf8')) as { id: string; affected?: AffectedJson[] };
      for (const a of record.affected ?? []) {
        const ecosystem = a.package?.ecosystem ?? '';
        for (const r of a.ranges ?? []) {
          const scheme = r.type === 'SEMVER' ? SEMVER_SCHEME : schemeFor(ecosystem);
          if (scheme === undefined) {
            problems.push(`${record.id}: no scheme for ${ecosystem}`);
            continue;
          }
          seen.add(ecosystem);
          let open: string | undefined;
          for (const e of r.events) {
            for (const [kind, v] of Object.entries(e)) {
              if (kind === 'introduced' && v === '0') continue;
              if (!scheme.isValid(v)) problems.push(`${record.id}: ${ecosystem} ${kind} ${v} invalid`);
              if (kind === 'introduced') open = v;
              else if (open !== undefined && !(scheme.compare(open, v) < 0)) problems.push(`${record.id}: ${open} !< ${v}`);
            }
          }
        }
      }
    }
    expect(problems).toEqual([]);
    expect([...seen].sort()).toEqual(['Go', 'Maven', 'NuGet', 'Packagist', 'PyPI', 'RubyGems', 'npm']);
  });
});

describe('lockfile versions in ../shared/data/repos', () => {
  const files = filesUnder(shared('repos'));
  const base = (p: string): string => p.slice(p.lastIndexOf('/') + 1);
  const table: Array<[string, string, (text: string) => string[]]> = [
    ['npm', 'package-lock.json', (t) => Object.values((JSON.parse(t) as { packages?: Record<string, { version?: string; link?: boolean }> }).packages ?? {}).flatMap((p) => (p.version && !p.link ? [p.version] : []))],
    ['crates.io', 'Cargo.lock', (t) => [...t.matchAll(/^version = "([^"]*)"$/gm)].map((m) => m[1]!)],
    ['PyPI', 'poetry.lock', (t) => [...t.matchAll(/^version = "([^"]*)"$/gm)].map((m) => m[1]!)],
    ['PyPI', 'uv.lock', (t) => [...t.matchAll(/^version = "([^"]*)"$/gm)].map((m) => m[1]!)],
    ['RubyGems', 'Gemfile.lock', (t) => [...t.matchAll(/^ {4}[^ ]\S* \(([^)-]+(?:-[^)a-z_]+)?)(?:-[a-z][^)]*)?\)$/gm)].map((m) => m[1]!)],
    ['Packagist', 'composer.lock', (t) => { const j = JSON.parse(t) as Record<string, Array<{ version: string }>>; return [...(j.packages ?? []), ...(j['packages-dev'] ?? [])].map((p) => p.version); }],
    ['Go', 'go.mod', (t) => [...t.matchAll(/^\s*(?:require\s+)?\S+\s+(v\d\S*)(?:\s*\/\/.*)?$/gm)].map((m) => m[1]!)],
    ['Maven', '.lockfile', (t) => [...t.matchAll(/^[^#=\s:]+:[^#=\s:]+:([^=\s]+)=/gm)].map((m) => m[1]!)],
  ];
  for (const [ecosystem, suffix, read] of table) {
    it(`${ecosystem}: every version in the corpus's ${suffix} files is valid`, () => {
      const scheme = schemeFor(ecosystem)!;
      const hits = files.filter((f) => base(f).endsWith(suffix));
      let total = 0;
      const invalid: string[] = [];
      for (const f of hits) {
        for (const v of read(readFileSync(f, 'utf8'))) {
          total++;
          if (!scheme.isValid(v)) invalid.push(`${v} in ${f}`);
        }
      }
      expect(hits.length).toBeGreaterThan(0);
      expect(total).toBeGreaterThan(100);
      expect(invalid).toEqual([]);
    });
  }
});
