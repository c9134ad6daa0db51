import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import semver from 'semver';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/check.js';
import { SHARED_DATA, filesUnder, shared } from '../helpers/shared.js';

// Issue 3's acceptance: over every real repository snapshot, with the 19 real GitHub advisories
// as the database, patchwarden reports every npm package@version those advisories affect and no
// other, each at the line of its entry. The expectation is derived here independently of the
// extractors and the matcher: lockfiles are read by their text layout, ranges by `semver`.

const SAMPLE = shared('osv/github-reviewed-sample');
const NOW = new Date('2026-11-24T00:00:00Z');

interface Raw {
  id: string;
  withdrawn?: string;
  affected: { package: { ecosystem: string; name: string }; ranges?: { type: string; events: Record<string, string>[] }[]; versions?: string[] }[];
}

const advisories: Raw[] = filesUnder(SAMPLE)
  .filter((p) => p.endsWith('.json') && !p.endsWith('PROVENANCE.json'))
  .map((p) => JSON.parse(readFileSync(p, 'utf8')) as Raw);

/** (advisory id) for every npm sample advisory that affects name@version, by semver ranges. */
function expectedIds(name: string, version: string): string[] {
  const ids: string[] = [];
  for (const a of advisories) {
    if (a.withdrawn) continue;
    const hit = a.affected.some((af) => {
      if (af.package.ecosystem !== 'npm' || af.package.name.toLowerCase() !== name.toLowerCase()) return false;
      if (af.versions?.includes(version)) return true;
      return (af.ranges ?? []).some((r) => {
        let lo = '0.0.0-0';
        let range = '';
        for (const e of r.events) {
          if (e.introduced !== undefined) lo = e.introduced === '0' ? '0.0.0-0' : e.introduced;
          if (e.fixed !== undefined) range += ` || >=${lo} <${e.fixed}`;
          if (e.last_affected !== undefined) range += ` || >=${lo} <=${e.last_affected}`;
        }
        if (!r.events.some((e) => e.fixed !== undefined || e.last_affected !== undefined)) range += ` || >=${lo}`;
        return semver.valid(version) !== null && semver.satisfies(version, range.slice(4), { includePrerelease: true });
      });
    });
    if (hit) ids.push(a.id);
  }
  return ids;
}

/** npm name@version entries of a lockfile, read from its text layout alone. */
function entriesByText(path: string, text: string): { name: string; version: string; line: number }[] {
  const lines = text.split(/\r?\n/);
  const out: { name: string; version: string; line: number }[] = [];
  const base = path.split('/').pop()!;
  if (base === 'package-lock.json' || base === 'npm-shrinkwrap.json') {
    const v1 = /"lockfileVersion": 1\b/.test(text);
    lines.forEach((l, i) => {
      const m = v1 ? /^\s+"((?:@[^/"]+\/)?[^/"]+)": \{$/.exec(l) : /^\s+"(?:[^"]*\/)?node_modules\/((?:@[^/"]+\/)?[^/"]+)": \{$/.exec(l);
      if (!m || m[1] === 'dependencies' || m[1] === 'packages') return;
      let name = m[1]!;
      let version: string | undefined;
      for (let j = i + 1; j < Math.min(lines.length, i + 4); j++) {
        const n = /^\s+"name": "([^"]+)"/.exec(lines[j]!);
        if (n) name = n[1]!;
        const v = /^\s+"version": "([^"]+)"/.exec(lines[j]!);
        if (v) version = v[1];
      }
      if (version?.startsWith('npm:')) {
        const alias = /^npm:((?:@[^/]+\/)?[^@]+)@(.+)$/.exec(version)!;
        name = alias[1]!;
        version = alias[2]!;
      }
      if (version) out.push({ name, version, line: i + 1 });
    });
  } else if (base === 'yarn.lock') {
    const berry = /^__metadata:/m.test(text);
    lines.forEach((l, i) => {
      if (/^\S/.test(l) && l.endsWith(':') && !l.startsWith('#') && !l.startsWith('__metadata')) {
        for (let j = i + 1; j < Math.min(lines.length, i + 6); j++) {
          if (berry) {
            const r = /^ {2}resolution: "?((?:@[^/@]+\/)?[^@]+)@npm:([^"]+)"?$/.exec(lines[j]!);
            if (r) out.push({ name: r[1]!, version: r[2]!, line: i + 1 });
          } else {
            const v = /^ {2}version "([^"]+)"$/.exec(lines[j]!);
            if (v) {
              const spec = l.replace(/^"/, '').split(/, /)[0]!.replace(/"/g, '');
              const alias = /@npm:((?:@[^/]+\/)?[^@]+)@/.exec(spec);
              const name = alias ? alias[1]! : spec.slice(0, spec.indexOf('@', 1));
              out.push({ name, version: v[1]!, line: i + 1 });
            }
          }
          if (/^\S/.test(lines[j]!)) break;
        }
      }
    });
  } else if (base === 'pnpm-lock.yaml') {
    let inPackages = false;
    lines.forEach((l, i) => {
      if (/^\S/.test(l)) inPackages = l === 'packages:';
      if (!inPackages) return;
      const m = /^ {2}'?\/?((?:@[^/@]+\/)?[^/@(]+)[@/]([^(:'_]+)/.exec(l);
      if (m && /^\d/.test(m[2]!)) out.push({ name: m[1]!, version: m[2]!, line: i + 1 });
    });
  }
  return out;
}

const repos = readdirSync(join(SHARED_DATA, 'repos')).filter((d) => statSync(join(SHARED_DATA, 'repos', d)).isDirectory());

describe.each(repos)('real repository %s with the GitHub advisory sample', (repo) => {
  it('reports exactly the npm package versions the advisories affect, at their lines', async () => {
    const root = join(SHARED_DATA, 'repos', repo);
    const lockfiles = filesUnder(root).filter((p) => /(^|\/)(package-lock\.json|npm-shrinkwrap\.json|yarn\.lock|pnpm-lock\.yaml)$/.test(p) && !p.includes('/node_modules/'));
    const expected = new Set<string>();
    const expectedLines = new Map<string, Set<string>>();
    for (const file of lockfiles) {
      const rel = file.slice(root.length + 1);
      for (const e of entriesByText(rel, readFileSync(file, 'utf8'))) {
        for (const id of expectedIds(e.name, e.version)) {
          const key = `${e.name.toLowerCase()}@${e.version} ${id}`;
          expected.add(key);
          const set = expectedLines.get(key) ?? new Set<string>();
          set.add(`${rel}:${e.line}`);
          expectedLines.set(key, set);
        }
      }
    }
    const result = await check({ root, db: [SAMPLE], now: NOW, policy: 'builtin:baseline@1' });
    expect(result.report, JSON.stringify(result.fatal)).toBeDefined();
    const npmFindings = result.report!.findings.filter((f) => f.component.ecosystem === 'npm');
    const actual = new Set(npmFindings.map((f) => `${f.component.name.toLowerCase()}@${f.component.version} ${f.advisory.id}`));
    expect([...actual].sort()).toEqual([...expected].sort());
    for (const f of npmFindings) {
      const key = `${f.component.name.toLowerCase()}@${f.component.version} ${f.advisory.id}`;
      const lines = new Set(f.locations.map((l) => `${l.file}:${l.line}`));
      expect([...lines].sort(), key).toEqual([...expectedLines.get(key)!].sort());
    }
  });
});
