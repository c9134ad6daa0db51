import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeZip } from '../../src/advise/__fixtures__/make-zip.js';
import { runCli } from '../../src/cli/run.js';
import type { Report } from '../../src/report/model.js';
import { tempDir } from '../helpers/tmp.js';

// The catalogue of runs that used to answer "0 findings, gate pass" while checking nothing. Each
// case is a small hand-written stand-in for what a new user hit on a real repository; each
// asserts the located message, the coverage state and the exit code, and none ends in a pass.

const NOW = '2026-11-24';

interface Run {
  code: number;
  out: string;
  err: string;
  report?: Report;
}

async function cli(...args: string[]): Promise<Run> {
  let out = '';
  let err = '';
  const code = await runCli(['check', ...args, '--now', NOW, '--no-cache', '--offline', '--format', 'json'], {
    stdout: (t) => (out += t),
    stderr: (t) => (err += t),
    cwd: '/',
    now: () => new Date(`${NOW}T00:00:00Z`),
  });
  let report: Report | undefined;
  try {
    report = JSON.parse(out) as Report;
  } catch {
    // no report: the run could not start
  }
  return report ? { code, out, err, report } : { code, out, err };
}

function write(dir: string, files: Record<string, string>): string {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

// An npm v3 lockfile with one package: stands for Rocket.Chat's 1,387-package lockfile.
const LOCK = JSON.stringify(
  { name: 'app', lockfileVersion: 3, requires: true, packages: { '': { name: 'app', dependencies: { ws: '8.17.0' } }, 'node_modules/ws': { version: '8.17.0' } } },
  null,
  2,
);

function osv(id: string, ecosystem: string, name: string, fixed: string, dates: Record<string, string>): string {
  return JSON.stringify({ id, ...dates, affected: [{ package: { ecosystem, name }, ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed }] }] }] });
}

const STRICT = 'apiVersion: patchwarden/v1\nkind: PatchPolicy\nmetadata: { name: strict, version: 1.0.0 }\ncoverage: { missingData: fail }\n';

describe('never a silent pass', () => {
  it('npm packages with only a PyPI source: npm is no-data, the gate incomplete (exit 0 under warn, 3 under fail)', async () => {
    const repo = write(tempDir(), { 'package-lock.json': LOCK, 'policy.yml': STRICT });
    const db = write(tempDir(), { 'PYSEC-2024-1.json': osv('PYSEC-2024-1', 'PyPI', 'jinja2', '3.1.3', { modified: '2026-11-20T00:00:00Z' }) });
    const warn = await cli(repo, '--db', db);
    expect(warn.code).toBe(0);
    expect(warn.report!.summary.gate).toBe('incomplete');
    expect(warn.report!.coverage.entries).toEqual([expect.objectContaining({ layer: 'library', ecosystem: 'npm', components: 1, checked: 0, state: 'no-data' })]);
    expect(warn.report!.summary.notChecked).toBe('not everything was checked: npm: 1 package, no advisory source; add an OSV bundle for npm (--db) or run online.');
    expect(warn.report!.problems).toContainEqual({ level: 'warning', origin: 'evaluate/coverage', message: warn.report!.summary.notChecked });
    const fail = await cli(repo, '--db', db, '--policy', join(repo, 'policy.yml'));
    expect(fail.code).toBe(3);
    expect(fail.report!.summary.gate).toBe('incomplete');
    // The strict built-ins fail the same way.
    expect((await cli(repo, '--db', db, '--policy', 'builtin:fedramp-rev5@1')).code).toBe(3);
    expect((await cli(repo, '--db', db, '--policy', 'builtin:cisa-bod-26-04@1')).code).toBe(3);
  });

  it("a --db zip that holds no OSV record (pypa's advisory-database keeps OSV as YAML) is an error saying what it looked like", async () => {
    const repo = write(tempDir(), { 'package-lock.json': LOCK });
    const zip = join(tempDir(), 'advisories.zip');
    writeFileSync(zip, makeZip([{ name: 'vulns/jinja2/PYSEC-2019-217.yaml', data: 'id: PYSEC-2019-217\n' }]));
    const r = await cli(repo, '--db', zip);
    expect(r.code).toBe(2);
    expect(r.report!.problems).toContainEqual({ level: 'error', origin: 'advise/osv', file: zip, message: 'no OSV record in this advisory database; it looks like 1 YAML file(s) and no JSON: not OSV records (OSV records are JSON)' });
    expect(r.report!.summary.gate).toBe('incomplete');
  });

  it('the KEV catalogue given as --db is named as such', async () => {
    const repo = write(tempDir(), { 'package-lock.json': LOCK });
    const kev = join(tempDir(), 'known_exploited_vulnerabilities.json');
    writeFileSync(kev, JSON.stringify({ title: 'CISA Catalog of Known Exploited Vulnerabilities', catalogVersion: '2026.08.21', vulnerabilities: [] }));
    const r = await cli(repo, '--db', kev);
    expect(r.code).toBe(2);
    expect(r.report!.problems).toContainEqual(expect.objectContaining({ level: 'error', file: kev, message: 'no OSV record in this advisory database; it looks like the CISA KEV catalogue (give it with --kev)' }));
  });

  it('--offline with no advisory source is an error, not a pass', async () => {
    const repo = write(tempDir(), { 'package-lock.json': LOCK });
    const r = await cli(repo);
    expect(r.code).toBe(2);
    expect(r.report!.problems).toContainEqual({
      level: 'error',
      origin: 'advise',
      message: 'no advisory source: no --db was given and the OSV API is off (--offline); nothing could be matched. Give an OSV bundle with --db, or run online',
    });
    expect(r.report!.coverage.entries[0]).toMatchObject({ ecosystem: 'npm', state: 'no-data' });
    expect(r.err).toContain('no advisory source');
  });

  it('an empty folder: a warning that nothing was found, incomplete; exit 3 under missingData: fail', async () => {
    const empty = tempDir();
    const db = write(tempDir(), { 'GHSA-1.json': osv('GHSA-1', 'npm', 'ws', '8.17.1', { modified: '2026-11-20T00:00:00Z' }) });
    const r = await cli(empty, '--db', db);
    expect(r.code).toBe(0);
    expect(r.report!.coverage).toMatchObject({ empty: true, complete: false, entries: [] });
    expect(r.report!.summary.gate).toBe('incomplete');
    expect(r.report!.problems).toContainEqual(expect.objectContaining({ level: 'warning', message: 'nothing was checked: the scan found no component (is this the right folder, or are its files excluded?)' }));
    const policy = write(tempDir(), { 'p.yml': STRICT });
    expect((await cli(empty, '--db', db, '--policy', join(policy, 'p.yml'))).code).toBe(3);
  });

  it('a scan path that does not exist is a usage error: exit 2, the path, no stack trace', async () => {
    const r = await cli('/nonexistent/repo', '--db', '/nonexistent/db');
    expect(r.code).toBe(2);
    expect(r.report).toBeUndefined();
    expect(r.err).toBe('/nonexistent/repo: error: the scan path does not exist; expected a repository folder or one lockfile or manifest\n');
  });

  it('a single lockfile given as the scan path is scanned as that file', async () => {
    const repo = write(tempDir(), { 'package-lock.json': LOCK, 'other/package-lock.json': LOCK.replace('8.17.0', '8.18.0') });
    const db = write(tempDir(), { 'GHSA-3h5v-q93c-6h6q.json': osv('GHSA-3h5v-q93c-6h6q', 'npm', 'ws', '8.17.1', { published: '2024-06-17T00:00:00Z', modified: '2026-11-20T00:00:00Z' }) });
    const r = await cli(join(repo, 'package-lock.json'), '--db', db);
    expect(r.report!.components.map((c) => `${c.name}@${c.version} ${c.locations[0]!.file}`)).toEqual(['ws@8.17.0 package-lock.json']);
    expect(r.report!.findings.map((f) => `${f.advisory.id} ${f.status}`)).toEqual(['GHSA-3h5v-q93c-6h6q overdue']);
    expect(r.report!.coverage.entries).toEqual([expect.objectContaining({ ecosystem: 'npm', state: 'checked', newest: '2026-11-20T00:00:00.000Z', ageDays: 4 })]);
    expect(r.report!.summary.gate).toBe('pass');
    const other = await cli(join(repo, 'README.md'));
    expect(other.code).toBe(2);
  });

  it('a PyPI bundle whose newest record is two years old is stale, and its age is the record date, not the file date', async () => {
    const repo = write(tempDir(), { 'requirements.txt': 'jinja2==3.1.2\n' });
    const zip = join(tempDir(), 'all.zip');
    writeFileSync(zip, makeZip([{ name: 'PYSEC-2024-1.json', data: osv('PYSEC-2024-1', 'PyPI', 'jinja2', '3.1.3', { published: '2024-01-11T00:00:00Z', modified: '2024-10-10T17:22:00Z' }) }]));
    const r = await cli(repo, '--db', zip);
    expect(r.code).toBe(0);
    expect(r.report!.sources).toEqual([{ kind: 'osv-zip', path: zip, records: 1, ecosystems: { PyPI: { records: 1, newest: '2024-10-10T17:22:00.000Z' } } }]);
    expect(r.report!.coverage.entries).toEqual([expect.objectContaining({ ecosystem: 'PyPI', state: 'stale', ageDays: 775 })]);
    expect(r.report!.summary.gate).toBe('incomplete');
    expect(r.report!.summary.notChecked).toContain('PyPI: the newest advisory record is from 2024-10-10, 775 days old (the policy allows 7d); refresh the data');
  });

  it("an image with no runtime product is listed by name and line, and the runtime layer is partial", async () => {
    const repo = write(tempDir(), { 'docker-compose.yml': 'services:\n  web:\n    image: jitsi/web:stable-9646\n' });
    const releases = write(tempDir(), { 'releases/nginx.json': JSON.stringify({ releases: {}, versions: { '1.27.0': { name: '1.27.0', date: '2024-05-29' } } }) });
    const r = await cli(repo, '--releases', releases);
    expect(r.report!.coverage.entries).toEqual([
      expect.objectContaining({
        layer: 'runtime',
        ecosystem: 'image',
        state: 'partial',
        checked: 0,
        unchecked: [{ name: 'docker.io/jitsi/web', version: 'stable-9646', file: 'docker-compose.yml', line: 3, reason: 'no runtime product' }],
      }),
    ]);
    expect(r.report!.summary.gate).toBe('incomplete');
  });

  it("Go's 0001-01-01 dates: the finding is unknown-clock, counted apart, never within", async () => {
    const repo = write(tempDir(), { 'go.mod': 'module example.com/app\n\ngo 1.22\n\nrequire golang.org/x/net v0.22.0\n' });
    const db = write(tempDir(), {
      'GO-2024-2687.json': osv('GO-2024-2687', 'Go', 'golang.org/x/net', '0.23.0', { published: '0001-01-01T00:00:00Z', modified: '0001-01-01T00:00:00Z' }),
    });
    const r = await cli(repo, '--db', db);
    const f = r.report!.findings.find((x) => x.advisory.id === 'GO-2024-2687')!;
    expect(f).toMatchObject({ status: 'unknown-clock', clockStart: null, deadline: null, rule: 'unknownClock' });
    expect(r.report!.summary).toMatchObject({ within: 0, unknownClock: 1 });
    // Go's records carry no date at all: the data's age is unknown, said as such.
    expect(r.report!.coverage.entries.find((e) => e.layer === 'library')).toMatchObject({ ecosystem: 'Go', state: 'checked' });
    expect(r.report!.coverage.entries.find((e) => e.layer === 'library')!.newest).toBeUndefined();
  });

  it('Go stdlib fixes take their date from the Go release data (GO-2024-2687 fixed in Go 1.22.2, released 2024-04-03)', async () => {
    const repo = write(tempDir(), { 'go.mod': 'module example.com/app\n\ngo 1.22.1\n' });
    const db = write(tempDir(), {
      // Stands for golang/vulndb's GO-2024-2687: stdlib net/http, fixed in 1.21.9 and 1.22.2, no real dates.
      'GO-2024-2687.json': JSON.stringify({
        id: 'GO-2024-2687',
        modified: '0001-01-01T00:00:00Z',
        published: '0001-01-01T00:00:00Z',
        affected: [{ package: { ecosystem: 'Go', name: 'stdlib' }, ranges: [{ type: 'SEMVER', events: [{ introduced: '0' }, { fixed: '1.21.9' }, { introduced: '1.22.0-0' }, { fixed: '1.22.2' }] }] }],
      }),
    });
    const releases = write(tempDir(), { 'releases/go.json': JSON.stringify({ releases: {}, versions: { '1.22.2': { name: '1.22.2', date: '2024-04-03' }, '1.22.1': { name: '1.22.1', date: '2024-03-05' } } }) });
    const r = await cli(repo, '--db', db, '--releases', releases);
    const f = r.report!.findings.find((x) => x.advisory.id === 'GO-2024-2687')!;
    // baseline: medium (no severity in the record) = 90 days from 2024-04-03.
    expect(f).toMatchObject({ component: { name: 'stdlib', version: '1.22.1', layer: 'runtime' }, fixedVersion: '1.22.2', clockStart: '2024-04-03', clockBasis: 'fix-release', fixReleaseSource: 'release-data', deadline: '2024-07-02', status: 'overdue' });
    const without = await cli(repo, '--db', db);
    expect(without.report!.findings.find((x) => x.advisory.id === 'GO-2024-2687')).toMatchObject({ status: 'unknown-clock', clockStart: null });
  });
});
