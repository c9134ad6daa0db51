import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import type { Report } from '../../src/report/model.js';
import { tempDir } from '../helpers/tmp.js';

// Advisory records that are not plain vulnerabilities, each hand-written after a real shape:
// OpenSSF's malicious-packages records as OSV's npm bundle carries them (MAL-*, every version
// affected, no fix), and RustSec's informational records (`database_specific.informational`:
// unsound, unmaintained, notice) as rustsec/advisory-db's osv branch writes them.

const NOW = '2026-11-24';

function write(dir: string, files: Record<string, string>): string {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

async function run(repo: string, db: string, ...extra: string[]): Promise<{ code: number; report: Report }> {
  let out = '';
  const code = await runCli(['check', repo, '--db', db, '--now', NOW, '--no-cache', '--offline', '--format', 'json', ...extra], {
    stdout: (t) => (out += t),
    stderr: () => undefined,
    cwd: '/',
    now: () => new Date(),
  });
  return { code, report: JSON.parse(out) as Report };
}

const crate = (name: string, version: string): string => `[[package]]\nname = "${name}"\nversion = "${version}"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\n`;

function rustsec(id: string, name: string, informational: string, events: Record<string, string>[], extra: Record<string, unknown> = {}): string {
  return JSON.stringify({
    id,
    modified: '2026-11-20T00:00:00Z',
    published: '2025-03-01T00:00:00Z',
    affected: [{ package: { ecosystem: 'crates.io', name }, ranges: [{ type: 'SEMVER', events }], database_specific: { informational } }],
    ...extra,
  });
}

describe('advisory kinds', () => {
  it('MAL-*: a malicious finding, critical, overdue at once, recommendation remove, failing even a high gate', async () => {
    const lock = JSON.stringify({ name: 'app', lockfileVersion: 3, packages: { '': { name: 'app' }, 'node_modules/colourama-js': { version: '1.0.2' } } }, null, 2);
    const repo = write(tempDir(), { 'package-lock.json': lock });
    const db = write(tempDir(), {
      'MAL-2025-1234.json': JSON.stringify({
        id: 'MAL-2025-1234',
        summary: 'Malicious code in colourama-js (npm)',
        published: '2025-05-02T10:00:00Z',
        modified: '2026-11-20T00:00:00Z',
        affected: [{ package: { ecosystem: 'npm', name: 'colourama-js' }, ranges: [{ type: 'SEMVER', events: [{ introduced: '0' }] }] }],
      }),
    });
    const r = await run(repo, db, '--fail-on', 'critical');
    expect(r.report.findings).toEqual([
      expect.objectContaining({ kind: 'malicious', severity: 'critical', severitySource: 'policy', fixedVersion: null, clockStart: '2025-05-02', deadline: '2025-05-02', status: 'overdue', recommendation: 'remove', failsGate: true, rule: 'kinds.malicious.deadline' }),
    ]);
    expect(r.report.summary.gate).toBe('fail');
    expect(r.code).toBe(1);
    // The knob: a policy that only reports malicious packages.
    const policy = write(tempDir(), { 'p.yml': 'apiVersion: patchwarden/v1\nkind: PatchPolicy\nmetadata: { name: lax, version: 1.0.0 }\ngate: none\nkinds: { malicious: { failsGate: false, severity: high } }\n' });
    const lax = await run(repo, db, '--policy', join(policy, 'p.yml'));
    expect(lax.report.findings[0]).toMatchObject({ kind: 'malicious', severity: 'high', status: 'overdue' });
    expect(lax.report.findings[0]!.failsGate).toBeUndefined();
    expect(lax.report.summary.gate).toBe('pass');
  });

  it('RustSec informational: unsound with a fix is a low finding, unmaintained an end-of-life one to replace, a notice is skipped', async () => {
    const repo = write(tempDir(), { 'Cargo.lock': `version = 4\n\n${crate('lru', '0.12.0')}\n${crate('instant', '0.1.13')}\n${crate('atty', '0.2.14')}` });
    const db = write(tempDir(), {
      'RUSTSEC-2026-0001.json': rustsec('RUSTSEC-2026-0001', 'lru', 'unsound', [{ introduced: '0.9.0' }, { fixed: '0.12.3' }]),
      'RUSTSEC-2026-0002.json': rustsec('RUSTSEC-2026-0002', 'instant', 'unmaintained', [{ introduced: '0.0.0-0' }]),
      'RUSTSEC-2026-0003.json': rustsec('RUSTSEC-2026-0003', 'atty', 'notice', [{ introduced: '0.0.0-0' }]),
    });
    const r = await run(repo, db);
    const byId = new Map(r.report.findings.map((f) => [f.advisory.id, f]));
    expect(byId.get('RUSTSEC-2026-0001')).toMatchObject({ kind: 'vulnerability', severity: 'low', severitySource: 'policy', fixedVersion: '0.12.3', clockStart: '2025-03-01', deadline: '2025-08-28', status: 'overdue' });
    expect(byId.get('RUSTSEC-2026-0002')).toMatchObject({ kind: 'end-of-life', severity: 'medium', fixedVersion: null, status: 'no-fix', recommendation: 'replace' });
    expect(byId.has('RUSTSEC-2026-0003')).toBe(false);
    expect(r.report.problems).toContainEqual(expect.objectContaining({ level: 'notice', message: '1 record(s) skipped, informational (not a vulnerability): RUSTSEC-2026-0003.json' }));
  });

  it('withdrawn records stay ignored, and the coverage counts them', async () => {
    const repo = write(tempDir(), { 'Cargo.lock': `version = 4\n\n${crate('lru', '0.12.0')}` });
    const db = write(tempDir(), {
      'RUSTSEC-2026-0004.json': JSON.stringify({ id: 'RUSTSEC-2026-0004', modified: '2026-11-20T00:00:00Z', withdrawn: '2026-11-01T00:00:00Z', affected: [{ package: { ecosystem: 'crates.io', name: 'lru' }, ranges: [{ type: 'SEMVER', events: [{ introduced: '0' }, { fixed: '0.12.3' }] }] }] }),
    });
    const r = await run(repo, db);
    expect(r.report.findings).toEqual([]);
    expect(r.report.coverage.entries[0]).toMatchObject({ ecosystem: 'crates.io', state: 'checked', withdrawn: 1 });
  });
});
