import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../test/helpers/tmp.js';
import type { Extractor } from '../model/extractor.js';
import { discover, exclusion } from './index.js';
import { readRepoFile, realRoot, resolveInRoot } from './read.js';

const mkfifoSync = (path: string): void => void execFileSync('mkfifo', [path]);

const claimAll: Extractor = {
  id: 'any',
  description: 'claims lock files',
  claims: (p) => p.endsWith('.lock') || p.endsWith('package-lock.json'),
  extract: () => ({ components: [], problems: [] }),
};

function tree(): string {
  const dir = tempDir('pw-discover-');
  mkdirSync(join(dir, 'app', 'node_modules', 'x'), { recursive: true });
  mkdirSync(join(dir, '.git'));
  writeFileSync(join(dir, 'app', 'package-lock.json'), '{}');
  writeFileSync(join(dir, 'app', 'node_modules', 'x', 'package-lock.json'), '{}');
  writeFileSync(join(dir, '.git', 'a.lock'), '');
  writeFileSync(join(dir, 'big.lock'), 'x'.repeat(2048));
  writeFileSync(join(dir, 'notes.txt'), 'unclaimed');
  return dir;
}

describe('discover', () => {
  it('finds claimed files in sorted order and skips .git, node_modules and oversized files with reasons', () => {
    const root = realRoot(tree());
    const r = discover({ root, extractors: [claimAll], maxFileBytes: 1024 });
    expect(r.files.map((f) => f.path)).toEqual(['app/package-lock.json']);
    expect(r.problems).toEqual([
      { level: 'warning', origin: 'discover', file: 'big.lock', message: '2048 bytes, over the 1024-byte limit; skipped' },
    ]);
  });

  it('never follows symlinks out of the root, nor into loops, nor to devices', () => {
    const root = realRoot(tree());
    symlinkSync('/etc/passwd', join(root, 'passwd.lock'));
    symlinkSync('/proc/self/environ', join(root, 'environ.lock'));
    symlinkSync(root, join(root, 'loop'));
    symlinkSync(join(root, 'self.lock'), join(root, 'self.lock'));
    symlinkSync(join(root, 'app', 'package-lock.json'), join(root, 'inside.lock'));
    mkfifoSync(join(root, 'fifo.lock'));
    const r = discover({ root, extractors: [claimAll] });
    expect(r.files.map((f) => f.path).sort()).toEqual(['app/package-lock.json', 'big.lock', 'inside.lock']);
    const byFile = Object.fromEntries(r.problems.map((p) => [p.file, p.message]));
    expect(byFile['passwd.lock']).toBe('symlink points outside the repository; not followed');
    expect(byFile['environ.lock']).toBe('symlink points outside the repository; not followed');
    expect(byFile['self.lock']).toBe('broken or looping symlink; skipped');
    // a FIFO is neither a file nor a directory: never opened, so nothing can block
    expect(byFile['fifo.lock']).toBeUndefined();
  });

  it('caps the number of files and says how many were left', () => {
    const root = realRoot(tempDir('pw-many-'));
    for (let i = 0; i < 5; i++) writeFileSync(join(root, `${i}.lock`), '');
    const r = discover({ root, extractors: [claimAll], maxFiles: 3 });
    expect(r.files).toHaveLength(3);
    expect(r.problems[0]!.message).toBe('2 more claimed files over the 3-file limit were not scanned');
  });
});

describe('readRepoFile', () => {
  it('refuses escapes and non-regular files, decodes BOMs and reports bad UTF-8', () => {
    const root = realRoot(tempDir('pw-read-'));
    expect(resolveInRoot(root, '../../etc/passwd')).toBeUndefined();
    expect(resolveInRoot(root, '/etc/passwd')).toBeUndefined();
    symlinkSync('/etc/hostname', join(root, 'link'));
    expect(readRepoFile(root, join(root, 'link'))).toEqual({ ok: false, reason: 'symlink points outside the repository; not followed' });
    mkfifoSync(join(root, 'fifo'));
    expect(readRepoFile(root, join(root, 'fifo'))).toEqual({ ok: false, reason: 'not a regular file' });
    writeFileSync(join(root, 'u16'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{"a":1}', 'utf16le')]));
    expect(readRepoFile(root, join(root, 'u16'))).toEqual({ ok: true, text: '{"a":1}' });
    writeFileSync(join(root, 'bom'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('x')]));
    expect(readRepoFile(root, join(root, 'bom'))).toEqual({ ok: true, text: 'x' });
    writeFileSync(join(root, 'bad'), Buffer.from([0x61, 0xff, 0x62]));
    expect(readRepoFile(root, join(root, 'bad'))).toEqual({
      ok: true,
      text: 'a\ufffdb',
      warning: 'not valid UTF-8: undecodable bytes were replaced with U+FFFD',
    });
  });
});

describe('exclude', () => {
  // A repository whose test fixtures hold lockfiles of their own (as this one does under
  // src/extract/*/fixtures), which Renovate's ignorePaths and Trivy's --skip-dirs leave out.
  function fixturesTree(): string {
    const dir = tempDir('pw-exclude-');
    for (const p of ['app/package-lock.json', 'app/__fixtures__/v1/package-lock.json', 'app/__fixtures__/yarn.lock', 'examples/demo/yarn.lock', 'tools/yarn.lock']) {
      mkdirSync(join(dir, p, '..'), { recursive: true });
      writeFileSync(join(dir, p), '{}');
    }
    return realRoot(dir);
  }

  it('does not enter a matching folder nor read a matching file, and says how many it left out', () => {
    const root = fixturesTree();
    const { exclude, problems } = exclusion(['**/__fixtures__', 'tools/*.lock']);
    expect(problems).toEqual([]);
    const r = discover({ root, extractors: [claimAll], exclude: exclude! });
    expect(r.files.map((f) => f.path)).toEqual(['app/package-lock.json', 'examples/demo/yarn.lock']);
    expect(r.problems).toEqual([
      { level: 'notice', origin: 'discover', message: 'not scanned, excluded by **/__fixtures__, tools/*.lock: 1 folder(s) and 1 file(s)' },
    ]);
  });

  it('a folder glob with /** leaves the folder out whole', () => {
    const root = fixturesTree();
    const r = discover({ root, extractors: [claimAll], exclude: exclusion(['examples/**']).exclude! });
    expect(r.files.map((f) => f.path)).toEqual(['app/__fixtures__/v1/package-lock.json', 'app/__fixtures__/yarn.lock', 'app/package-lock.json', 'tools/yarn.lock']);
    expect(r.problems.map((p) => p.message)).toEqual(['not scanned, excluded by examples/**: 1 folder(s)']);
  });

  it('nothing matched: nothing said', () => {
    const root = fixturesTree();
    const r = discover({ root, extractors: [claimAll], exclude: exclusion(['vendor/**']).exclude! });
    expect(r.files).toHaveLength(5);
    expect(r.problems).toEqual([]);
  });

  it('refuses globs that leave the repository or could backtrack for minutes, each with its reason', () => {
    expect(exclusion(['../elsewhere/**', '/etc/**', '*a*a*a*a*b', 'ok/**']).problems.map((p) => p.message)).toEqual([
      "exclude: expected a repository-relative glob like deploy/**, got '../elsewhere/**'",
      "exclude: expected a repository-relative glob like deploy/**, got '/etc/**'",
      "exclude: '*a*a*a*a*b' has 5 wildcards (*, **, +(...)); the limit is 3",
    ]);
    expect(exclusion([]).exclude).toBeUndefined();
  });
});
