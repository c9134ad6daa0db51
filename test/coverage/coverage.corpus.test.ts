import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { check } from '../../src/check.js';
import type { Report } from '../../src/report/model.js';
import { shared } from '../helpers/shared.js';
import { tempDir } from '../helpers/tmp.js';

// Every shared repository with every advisory bundle the corpus has (OSV Go, PyPI and crates.io,
// RubySec's and FriendsOfPHP's native trees) and the runtime release data: what each report
// says it covered. The run's date is two days after the newest snapshot (2026-08-22), and the
// policy allows 30 days of data age, so the crates.io, RubySec and FriendsOfPHP data are
// current while pypa's snapshot (newest record 2024-10-10) is stale.

const NOW = new Date('2026-08-24T00:00:00Z');
const DB = [
  ...['Go', 'PyPI', 'crates.io'].map((e) => shared('osv', e, 'all.zip')),
  shared('advisories-native', 'rubysec', 'ruby-advisory-db.zip'),
  shared('advisories-native', 'friendsofphp', 'security-advisories.zip'),
];
const REPOS = readdirSync(shared('repos')).filter((d) => statSync(shared('repos', d)).isDirectory());
// Ecosystems the corpus has no advisory data for (GitHub's database is not in it).
const NO_DATA = new Set(['npm', 'Maven', 'NuGet', 'Pub', 'CocoaPods']);

const reports = new Map<string, Report>();
const exits = new Map<string, number>();

beforeAll(async () => {
  const dir = tempDir();
  const policy = join(dir, 'policy.yml');
  writeFileSync(policy, 'apiVersion: patchwarden/v1\nkind: PatchPolicy\nmetadata: { name: corpus, version: 1.0.0 }\ncoverage: { maxDataAge: 30d }\n');
  mkdirSync(join(dir, 'cache'));
  for (const repo of REPOS) {
    const r = await check({ root: shared('repos', repo), db: DB, releases: shared('endoflife'), now: NOW, policy, cacheDir: join(dir, 'cache') });
    reports.set(repo, r.report!);
    exits.set(repo, r.exitCode);
  }
}, 600_000);

describe('coverage over the whole corpus', () => {
  it('has all 17 repositories, and none of them passes: each left something unchecked', () => {
    expect(REPOS).toHaveLength(17);
    for (const repo of REPOS) {
      const r = reports.get(repo)!;
      expect([repo, r.summary.gate]).not.toEqual([repo, 'pass']);
      expect(r.summary.notChecked, repo).toMatch(/^(not everything was checked|nothing was checked)/);
      // missingData: warn: the exit code follows the findings only.
      expect(exits.get(repo), repo).toBe(r.summary.gate === 'fail' ? 1 : 0);
    }
  });

  it('npm, Maven, NuGet, Pub and CocoaPods have no source: no-data, with nothing counted as checked', () => {
    let seen = 0;
    for (const [repo, r] of reports) {
      for (const e of r.coverage.entries.filter((x) => NO_DATA.has(x.ecosystem))) {
        seen++;
        expect([repo, e.ecosystem, e.state, e.checked, e.sources]).toEqual([repo, e.ecosystem, 'no-data', 0, []]);
      }
    }
    // npm in 9 repositories, CocoaPods in 2, Maven in 1.
    expect(seen).toBe(12);
    expect(reports.get('zulip__zulip-desktop@38c7695a99')!.summary.notChecked).toBe(
      // One of the 896 is fetched from a URL (a tarball on GitHub): named with its line.
      'not everything was checked: npm: 895 packages, no advisory source; add an OSV bundle for npm (--db) or run online; npm: 1 component not checked (1 url-sourced): gatemaker (package-lock.json:7076).',
    );
  });

  it('Ruby and PHP are checked with the native RubySec and FriendsOfPHP data', () => {
    const entry = (repo: string, eco: string) => reports.get(repo)!.coverage.entries.find((e) => e.ecosystem === eco)!;
    expect(entry('BookStackApp__BookStack@6f1c54d018', 'Packagist')).toMatchObject({ state: 'checked', components: 147, checked: 147, sources: [{ kind: 'friendsofphp', records: 1198, newest: '2026-08-05T23:53:11.000Z' }] });
    expect(entry('RocketChat__Rocket.Chat.ReactNative@b8f9873b30', 'RubyGems')).toMatchObject({ state: 'checked', components: 124, checked: 124, sources: [{ kind: 'rubysec', records: 1175, newest: '2026-08-18T00:00:00.000Z' }] });
    // One gem comes from git: the group is partial, and says which.
    const mobile = entry('mattermost__mattermost-mobile@2a02a61b6b', 'RubyGems');
    expect(mobile).toMatchObject({ state: 'partial', components: 122, checked: 121, uncheckedCounts: { git: 1 } });
  });

  it("pypa's PyPI snapshot is stale; its age is its newest record's, 2024-10-10", () => {
    const pypi = [...reports.values()].flatMap((r) => r.coverage.entries.filter((e) => e.ecosystem === 'PyPI'));
    expect(pypi.length).toBe(4);
    for (const e of pypi) expect(e).toMatchObject({ state: 'stale', newest: '2024-10-10T17:22:00.587Z', ageDays: 683 });
  });

  it('Go stdlib findings take their clock from the Go release data wherever it has the fixed version', () => {
    const go = JSON.parse(readFileSync(shared('endoflife', 'release-data', 'releases', 'go.json'), 'utf8')) as { versions: Record<string, { date: string }> };
    const all = [...reports.values()].flatMap((r) => r.findings.filter((f) => f.component.ecosystem === 'Go' && f.component.name === 'stdlib'));
    // The Go release itself is also on endoflife.date's go clock (end of life, patch lag): those
    // findings are patchwarden's own, dated by the cycle's end and the newer release.
    const clock = all.filter((f) => f.kind === 'end-of-life' || f.kind === 'patch-lag');
    expect(clock.map((f) => f.advisory.id).filter((id) => id.startsWith('PW-EOL-go-')).length).toBeGreaterThan(0);
    const stdlib = all.filter((f) => !clock.includes(f));
    expect(stdlib.length).toBeGreaterThan(100);
    let dated = 0;
    for (const f of stdlib) {
      const date = go.versions[f.fixedVersion ?? '']?.date;
      if (date === undefined) continue;
      dated++;
      expect([f.advisory.id, f.fixReleaseSource, f.clockBasis]).toEqual([f.advisory.id, 'release-data', 'fix-release']);
      expect(f.clockStart! >= date).toBe(true);
      expect(f.status).not.toBe('unknown-clock');
    }
    expect(dated).toBe(stdlib.length);
  });
});
