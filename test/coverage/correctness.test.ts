import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/check.js';
import type { Report } from '../../src/report/model.js';
import { tempDir } from '../helpers/tmp.js';

// Correctness cases an external suite of real lockfiles found; each fixture is a hand-trimmed
// stand-in for the real file's shape.

function write(dir: string, files: Record<string, string>): string {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

async function scan(repo: string): Promise<Report> {
  const db = write(tempDir(), {
    'X.json': JSON.stringify({ id: 'X-1', modified: '2026-11-20T00:00:00Z', affected: [{ package: { ecosystem: 'npm', name: 'none' }, versions: ['0'] }] }),
    'GO-X.json': JSON.stringify({ id: 'GO-X', modified: '2026-11-20T00:00:00Z', affected: [{ package: { ecosystem: 'Go', name: 'none' }, versions: ['0'] }] }),
  });
  return (await check({ root: repo, db: [db], now: new Date('2026-11-24T00:00:00Z'), cacheDir: false })).report!;
}

const npmLock = (ws: string): string => JSON.stringify({ name: 'app', lockfileVersion: 3, packages: { '': { name: 'app' }, 'node_modules/ws': { version: ws } } }, null, 2);

describe('correctness of what is installed', () => {
  it('npm-shrinkwrap.json beside package-lock.json: npm ignores the package-lock, and so do we', async () => {
    const repo = write(tempDir(), { 'pkg/package-lock.json': npmLock('8.17.0'), 'pkg/npm-shrinkwrap.json': npmLock('8.17.1'), 'other/package-lock.json': npmLock('8.16.0') });
    const r = await scan(repo);
    expect(r.components.map((c) => `${c.name}@${c.version} ${c.locations.map((l) => l.file).join(',')}`)).toEqual(['ws@8.16.0 other/package-lock.json', 'ws@8.17.1 pkg/npm-shrinkwrap.json']);
    expect(r.problems).toContainEqual({ level: 'notice', origin: 'extract/npm', file: 'pkg/package-lock.json', line: 1, message: 'not read: npm-shrinkwrap.json beside it wins (npm ignores package-lock.json when both exist)' });
  });

  it('a yarn v1 entry with no range says the range is missing, not the name', async () => {
    const lock = '# yarn lockfile v1\n\n\nlodash:\n  version "4.17.21"\n  resolved "https://registry.yarnpkg.com/lodash/-/lodash-4.17.21.tgz"\n';
    const r = await scan(write(tempDir(), { 'yarn.lock': lock }));
    expect(r.problems.filter((p) => p.origin === 'extract/yarn' && p.level === 'error')).toEqual([
      { level: 'error', origin: 'extract/yarn', file: 'yarn.lock', line: 4, message: 'descriptor "lodash" has no version range (expected name@range); entry "lodash" not read' },
    ]);
  });

  it('go.mod with go 1.16 lists only some indirect modules: the Go coverage is partial, said once, and nothing is guessed from go.sum', async () => {
    const gomod = 'module example.com/app\n\ngo 1.16\n\nrequire github.com/gin-gonic/gin v1.7.0\n';
    // go.sum names modules the build does not select (older versions, test-only modules).
    const gosum = 'github.com/gin-gonic/gin v1.7.0 h1:x=\ngithub.com/gin-gonic/gin v1.7.0/go.mod h1:y=\ngithub.com/go-playground/validator/v10 v10.4.1/go.mod h1:z=\n';
    const r = await scan(write(tempDir(), { 'a/go.mod': gomod, 'a/go.sum': gosum, 'b/go.mod': gomod, 'b/go.sum': gosum }));
    expect(r.components.filter((c) => c.layer === 'library').map((c) => `${c.name}@${c.version}`)).toEqual(['github.com/gin-gonic/gin@v1.7.0']);
    const go = r.coverage.entries.find((e) => e.layer === 'library' && e.ecosystem === 'Go')!;
    expect(go).toMatchObject({ state: 'partial', notes: ['a go.mod before Go 1.17 lists only some indirect modules; run `go mod tidy -go=1.17`'] });
    expect(r.problems.filter((p) => p.coverage).map((p) => `${p.file}:${p.line}`)).toEqual(['a/go.mod:3', 'b/go.mod:3']);
    expect(r.summary.gate).toBe('incomplete');
    // go 1.17 lists every module the build selects.
    const tidy = await scan(write(tempDir(), { 'go.mod': gomod.replace('go 1.16', 'go 1.17'), 'go.sum': gosum }));
    expect(tidy.coverage.entries.find((e) => e.layer === 'library' && e.ecosystem === 'Go')).toMatchObject({ state: 'checked' });
  });
});
