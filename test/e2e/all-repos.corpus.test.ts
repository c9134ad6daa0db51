import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as pep440 from '@renovatebot/pep440';
import semver from 'semver';
import { beforeAll, describe, expect, it } from 'vitest';
import { check } from '../../src/check.js';
import type { Report } from '../../src/report/model.js';
import { SHARED_DATA, filesUnder, shared } from '../helpers/shared.js';

// Issue 4's acceptance over the whole corpus: every repository with every OSV bundle (Go, PyPI,
// crates.io and the GitHub sample). The Go, crates.io and PyPI matches are compared with a set
// derived here without patchwarden's extractors or comparators: lockfiles are read by their text
// layout, records straight from the zips with `unzip`, ranges by `semver` and `@renovatebot/pep440`.
// Every component must carry a line, and that line must name it.

const NOW = new Date('2026-11-24T00:00:00Z');
const BUNDLES = ['Go', 'PyPI', 'crates.io'].map((e) => shared('osv', e, 'all.zip'));
const DB = [...BUNDLES, shared('osv/github-reviewed-sample')];

interface Raw {
  id: string;
  withdrawn?: string;
  affected?: {
    package?: { ecosystem: string; name: string };
    ranges?: { type: string; events: Record<string, string>[] }[];
    versions?: string[];
    database_specific?: { informational?: string };
  }[];
}

function recordsOf(zip: string): Raw[] {
  // Python's zipfile, one compact record per line: a reader that shares no code with patchwarden's.
  const script = 'import zipfile,json,sys\nz=zipfile.ZipFile(sys.argv[1])\nfor n in z.namelist():\n  if n.endswith(".json"): print(json.dumps(json.loads(z.read(n))))';
  const text = execFileSync('python3', ['-c', script, zip], { encoding: 'utf8', maxBuffer: 256 << 20 });
  return text
    .split('\n')
    .filter((t) => t.startsWith('{'))
    .map((t) => JSON.parse(t) as Raw);
}

const pyName = (n: string) => n.toLowerCase().replace(/[-_.]+/g, '-');

type Index = Map<string, Raw[]>;
function index(records: Raw[], ecosystem: string, norm: (n: string) => string): Index {
  const out: Index = new Map();
  for (const r of records) {
    if (r.withdrawn) continue;
    // RustSec's unsound and unmaintained records are findings; its other informational ones are not.
    if (r.affected?.length && r.affected.every((a) => a.database_specific?.informational && !['unsound', 'unmaintained'].includes(a.database_specific.informational))) continue;
    for (const a of r.affected ?? []) {
      if (a.package?.ecosystem !== ecosystem) continue;
      const key = norm(a.package.name);
      const list = out.get(key) ?? [];
      if (!list.includes(r)) list.push(r);
      out.set(key, list);
    }
  }
  return out;
}

function affectedIds(idx: Index, ecosystem: string, name: string, version: string, norm: (n: string) => string): string[] {
  const ids: string[] = [];
  for (const r of idx.get(norm(name)) ?? []) {
    const hit = (r.affected ?? []).some((a) => {
      if (a.package?.ecosystem !== ecosystem || norm(a.package.name) !== norm(name)) return false;
      if (ecosystem === 'PyPI') {
        if (a.versions?.some((v) => v === version || (pep440.valid(v) && pep440.valid(version) && pep440.eq(v, version)))) return true;
        return (a.ranges ?? []).some((rg) => rg.type === 'ECOSYSTEM' && inRange(rg.events, (lo, hi, inclusive) => {
          const spec = [lo && lo !== '0' ? `>=${lo}` : '', hi ? `${inclusive ? '<=' : '<'}${hi}` : ''].filter(Boolean).join(',');
          return pep440.valid(version) !== null && (spec === '' || pep440.satisfies(version, spec));
        }));
      }
      const v = version.replace(/^v/, '');
      return (a.ranges ?? []).some((rg) => rg.type === 'SEMVER' && inRange(rg.events, (lo, hi, inclusive) => {
        const parts = [lo && lo !== '0' ? `>=${lo}` : '>=0.0.0-0', hi ? `${inclusive ? '<=' : '<'}${hi}` : ''].filter(Boolean).join(' ');
        return semver.valid(v) !== null && semver.satisfies(v, parts, { includePrerelease: true });
      }));
    });
    if (hit) ids.push(r.id);
  }
  return ids;
}

/** Runs of introduced..fixed (or last_affected) as OSV writes them, each tested by `test`. */
function inRange(events: Record<string, string>[], test: (lo: string | undefined, hi: string | undefined, inclusive: boolean) => boolean): boolean {
  let lo: string | undefined;
  let open = false;
  for (const e of events) {
    if (e.introduced !== undefined) {
      lo = e.introduced;
      open = true;
    } else if (e.fixed !== undefined || e.last_affected !== undefined) {
      if (test(lo, e.fixed ?? e.last_affected, e.fixed === undefined)) return true;
      open = false;
    }
  }
  return open && test(lo, undefined, false);
}

interface Entry {
  ecosystem: 'Go' | 'crates.io' | 'PyPI';
  name: string;
  version: string;
}

/** Registry packages of go.mod, Cargo.lock, poetry.lock, uv.lock and pinned requirements, by text. */
function entries(file: string): Entry[] {
  const text = readFileSync(file, 'utf8');
  const base = file.split('/').pop()!;
  const out: Entry[] = [];
  if (base === 'go.mod') {
    const replaced = new Set([...text.matchAll(/^\s*(?:replace\s+)?(\S+)(?:\s+v\S+)?\s+=>/gm)].map((m) => m[1]!));
    for (const m of text.matchAll(/^\s*(?:require\s+)?([a-z0-9][^\s()]*\.[^\s()]+)\s+(v[0-9]\S*)/gim)) {
      if (!replaced.has(m[1]!)) out.push({ ecosystem: 'Go', name: m[1]!, version: m[2]! });
    }
  } else if (base === 'Cargo.lock') {
    for (const m of text.matchAll(/\[\[package\]\]\nname = "([^"]+)"\nversion = "([^"]+)"\nsource = "(?:registry|sparse)\+https:\/\/(?:github\.com\/rust-lang\/crates\.io-index|index\.crates\.io\/)"/g)) {
      out.push({ ecosystem: 'crates.io', name: m[1]!, version: m[2]! });
    }
  } else if (base === 'poetry.lock') {
    for (const m of text.matchAll(/\[\[package\]\]\nname = "([^"]+)"\nversion = "([^"]+)"/g)) out.push({ ecosystem: 'PyPI', name: m[1]!, version: m[2]! });
  } else if (base === 'uv.lock') {
    for (const m of text.matchAll(/\[\[package\]\]\nname = "([^"]+)"\nversion = "([^"]+)"\nsource = \{ registry = /g)) out.push({ ecosystem: 'PyPI', name: m[1]!, version: m[2]! });
  } else if (/\.txt$/.test(base) && file.includes('requirements')) {
    for (const m of text.matchAll(/^([A-Za-z0-9][A-Za-z0-9._-]*)(?:\[[^\]]*\])?==([^\s;\\]+)/gm)) out.push({ ecosystem: 'PyPI', name: m[1]!, version: m[2]! });
  }
  return out;
}

const repos = readdirSync(join(SHARED_DATA, 'repos')).filter((d) => statSync(join(SHARED_DATA, 'repos', d)).isDirectory());
const indexes: Record<string, Index> = {};
const norms: Record<string, (n: string) => string> = { Go: (n) => n, 'crates.io': (n) => n, PyPI: pyName };

beforeAll(() => {
  indexes.Go = index(recordsOf(BUNDLES[0]!), 'Go', norms.Go!);
  indexes.PyPI = index(recordsOf(BUNDLES[1]!), 'PyPI', norms.PyPI!);
  indexes['crates.io'] = index(recordsOf(BUNDLES[2]!), 'crates.io', norms['crates.io']!);
});

describe.each(repos)('%s with every OSV bundle', (repo) => {
  const root = join(SHARED_DATA, 'repos', repo);
  let report: Report;
  beforeAll(async () => {
    const result = await check({ root, db: DB, now: NOW, policy: 'builtin:baseline@1' });
    report = result.report!;
  });

  it('gives every component a real line that names it', () => {
    if (report.components.length === 0) {
      // mattermost/docker's compose file takes every image from variables its repository leaves to
      // the user's .env: each is a located warning, never a guessed image.
      expect(report.problems.filter((p) => p.level === 'warning' && p.file && p.line).length).toBeGreaterThan(0);
    }
    const cache = new Map<string, string[]>();
    const linesOf = (file: string): string[] => {
      let l = cache.get(file);
      if (!l) cache.set(file, (l = readFileSync(join(root, file), 'utf8').split(/\r\n|\r|\n/)));
      return l;
    };
    for (const c of report.components) {
      expect(c.locations.length, `${c.ecosystem}/${c.name}`).toBeGreaterThan(0);
      for (const loc of c.locations) {
        const lines = linesOf(loc.file);
        expect(loc.line, `${c.name} ${loc.file}`).toBeGreaterThanOrEqual(1);
        expect(loc.line, `${c.name} ${loc.file}`).toBeLessThanOrEqual(lines.length);
        // A version-manager file (.nvmrc, .ruby-version) names its runtime by the file's name, not on the line.
        if (c.ecosystem === 'image' || c.ecosystem === 'helm' || c.ecosystem === 'runtime' || c.name === 'stdlib') continue;
        // The entry's first lines name the package (by its last path segment, loosely for PyPI).
        const near = lines.slice(loc.line - 1, loc.line + 2).join('\n').toLowerCase().replace(/[-_.]+/g, '-');
        const last = c.name.split(/[/:]/).pop()!.toLowerCase().replace(/[-_.]+/g, '-');
        expect(near, `${c.ecosystem}/${c.name}@${c.version} at ${loc.file}:${loc.line}`).toContain(last);
      }
    }
  });

  it('matches Go, crates.io and PyPI packages exactly as the records say', () => {
    const expected = new Set<string>();
    for (const file of filesUnder(root)) {
      for (const e of entries(file)) {
        for (const id of affectedIds(indexes[e.ecosystem]!, e.ecosystem, e.name, e.version, norms[e.ecosystem]!)) {
          expected.add(`${e.ecosystem} ${norms[e.ecosystem]!(e.name)}@${e.version} ${id}`);
        }
      }
    }
    const actual = new Set<string>();
    for (const f of report.findings) {
      if (!['Go', 'crates.io', 'PyPI'].includes(f.component.ecosystem) || f.component.name === 'stdlib') continue;
      for (const id of f.ids) {
        // GitHub's sample records are a second source for the same flaws; the bundles are compared here.
        if (id.startsWith('GHSA-')) continue;
        actual.add(`${f.component.ecosystem} ${norms[f.component.ecosystem]!(f.component.name)}@${f.component.version} ${id}`);
      }
    }
    expect([...actual].sort()).toEqual([...expected].sort());
  });
});

describe('the corpus is not vacuous', () => {
  it('has matches in every compared ecosystem', async () => {
    const seen = new Set<string>();
    for (const repo of ['midas-phoenix__mattermost-server@aa5b8bf549', 'dani-garcia__vaultwarden@33bae5fbe9', 'moonwolf-github__zulip@fba8c23dc0']) {
      const { report } = await check({ root: join(SHARED_DATA, 'repos', repo), db: DB, now: NOW });
      for (const f of report!.findings) seen.add(f.component.ecosystem);
    }
    expect([...seen].sort()).toEqual(expect.arrayContaining(['Go', 'PyPI', 'crates.io', 'npm']));
    expect(existsSync(BUNDLES[0]!)).toBe(true);
  });
});
