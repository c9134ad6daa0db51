import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import { tempDir } from '../helpers/tmp.js';
import { REPO_ROOT } from '../helpers/shared.js';

// The command line as a person meets it: the bundled example's terminal output, every format,
// the options' rules and usage errors.

const EXAMPLE = join(REPO_ROOT, 'examples', 'chat-platform');
const BASE = ['check', EXAMPLE, '--db', join(EXAMPLE, 'advisories'), '--releases', join(EXAMPLE, 'releases'), '--now', '2026-11-24'];

async function run(...args: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(args, { stdout: (t) => (out += t), stderr: (t) => (err += t), cwd: REPO_ROOT, now: () => new Date('2030-01-01T00:00:00Z') });
  return { code, out, err };
}

/** The CLI's own entry point in a child process, so COLUMNS, NO_COLOR and LANG reach it as they would from a shell. */
function spawnCli(args: string[], env: Record<string, string>) {
  const base = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(LANG|LC_|COLUMNS|NO_COLOR)/.test(k)));
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(REPO_ROOT, 'src', 'cli.ts'), ...args], { cwd: REPO_ROOT, env: { ...base, ...env }, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('the example in a terminal', () => {
  it('has no line over 100 columns at COLUMNS=100, and no colour when not a terminal', () => {
    const r = spawnCli(BASE, { COLUMNS: '100' });
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    expect(lines.filter((l) => l.length > 100)).toEqual([]);
    expect(r.out).not.toContain('\u001b');
    expect(r.out).toContain('OVERDUE (13)');
  });

  it('wraps at a narrower COLUMNS without cutting a location', () => {
    const r = spawnCli(BASE, { COLUMNS: '60' });
    expect(r.out).toContain('    service/package-lock.json:6084\n');
    expect(r.out.split('\n').filter((l) => l.length > 60)).toEqual([]);
  });

  it('gives byte-identical reports under a Swedish and an American locale', () => {
    for (const format of ['text', 'json']) {
      const sv = spawnCli([...BASE, '--format', format], { LANG: 'sv_SE.UTF-8', LC_ALL: 'sv_SE.UTF-8' });
      const en = spawnCli([...BASE, '--format', format], { LANG: 'en_US.UTF-8', LC_ALL: 'en_US.UTF-8' });
      expect(sv.code, format).toBe(0);
      expect(sv.out.length, format).toBeGreaterThan(1000);
      expect(sv.out, format).toBe(en.out);
    }
  });
});

describe('check options', () => {
  it('--quiet prints the gate line and the overdue rows only', async () => {
    const r = await run(...BASE, '--quiet');
    const lines = r.out.split('\n');
    expect(lines[0]).toBe('gate (critical and above, overdue): incomplete');
    expect(lines[1]).toBe('OVERDUE (13)');
    // One package line per overdue finding (its fix, deadline and place wrap below it).
    expect(lines.filter((l) => /^ {2}(critical|high|medium|low) /.test(l))).toHaveLength(13);
    expect(lines.slice(2).every((l) => l === '' || l.startsWith('  '))).toBe(true);
    expect(r.out).not.toContain('components');
  });

  it('--format sarif and --sarif-file write the same SARIF 2.1.0 log', async () => {
    const dir = tempDir('pw-cli-sarif-');
    const file = join(dir, 'out.sarif');
    const r = await run(...BASE, '--format', 'sarif');
    const also = await run(...BASE, '--sarif-file', file);
    expect(r.code).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(r.out);
    expect(also.out).toContain('OVERDUE (13)');
    const log = JSON.parse(r.out) as { version: string; runs: { results: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[] }[] }[] };
    expect(log.version).toBe('2.1.0');
    const ws = log.runs[0]!.results.find((x) => x.ruleId === 'GHSA-3h5v-q93c-6h6q')!;
    expect(ws.locations[0]!.physicalLocation).toMatchObject({ artifactLocation: { uri: 'service/package-lock.json' }, region: { startLine: 6084 } });
  });

  it('refuses an option that takes one value when it is given twice, and uses every value of a repeatable one', async () => {
    const twice = await run(...BASE, '--releases', join(EXAMPLE, 'advisories'));
    expect(twice.code).toBe(2);
    expect(twice.err.split('\n')[0]).toBe(`patchwarden: --releases was given 2 times ('${join(EXAMPLE, 'releases')}', '${join(EXAMPLE, 'advisories')}'); it takes one value`);
    const dbs = await run(...BASE, '--format', 'json', '--db', join(EXAMPLE, 'advisories', 'GHSA-3h5v-q93c-6h6q.json'));
    const report = JSON.parse(dbs.out) as { sources: { kind: string; path: string; records: number }[] };
    expect(report.sources.filter((s) => s.kind.startsWith('osv'))).toEqual([
      expect.objectContaining({ kind: 'osv-dir', path: join(EXAMPLE, 'advisories'), records: 5 }),
      expect.objectContaining({ kind: 'osv-file', path: join(EXAMPLE, 'advisories', 'GHSA-3h5v-q93c-6h6q.json'), records: 1 }),
    ]);
  });

  it('a missing folder is a usage error without a stack trace; a file is scanned as that file', async () => {
    const r = await run('check', '/nonexistent/folder', '--db', join(EXAMPLE, 'advisories'));
    expect(r.code).toBe(2);
    expect(r.err.split('\n')[0]).toBe('/nonexistent/folder: error: the scan path does not exist; expected a repository folder or one lockfile or manifest');
    expect(r.err).not.toMatch(/internal error|\n +at /);
    const file = await run('check', join(EXAMPLE, 'docker-compose.yml'), '--db', join(EXAMPLE, 'advisories'), '--format', 'json');
    const report = JSON.parse(file.out) as { components: { locations: { file: string }[] }[] };
    expect(report.components.length).toBeGreaterThan(0);
    expect(new Set(report.components.flatMap((c) => c.locations.map((l) => l.file)))).toEqual(new Set(['docker-compose.yml']));
  });

  it('--help names what each option expects, with the README example and the true default cache folder', async () => {
    const r = await run('--help');
    expect(r.code).toBe(0);
    const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
    const example = /patchwarden check examples\/chat-platform --db examples\/chat-platform\/advisories \\\n +--releases examples\/chat-platform\/releases --now 2026-11-24/;
    expect(r.out).toMatch(example);
    expect(readme).toMatch(example);
    expect(r.out).toContain('$RUNNER_TEMP/patchwarden-cache, else $XDG_CACHE_HOME/patchwarden, else\n                          ~/.cache/patchwarden');
    for (const flag of ['--db PATH            R', '--exclude GLOB       R', '--releases DIR         ', '--kev FILE       ']) expect(r.out).toContain(flag);
  });
});
