import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/shared.js';

// The README's supply-chain paragraph is a promise about package.json and the lockfile: every
// runtime dependency is named there with its reason, the counts it states are the lockfile's, and
// nothing the action ships runs code at install time. This keeps the promise true as they change.

interface LockEntry {
  dev?: boolean;
  hasInstallScript?: boolean;
}

const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
const lock = JSON.parse(readFileSync(join(REPO_ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, LockEntry> };

const section = readme.slice(readme.indexOf('### Our own supply chain'), readme.indexOf('## Performance'));
const production = Object.entries(lock.packages).filter(([path, entry]) => path !== '' && !entry.dev);
const distinct = new Set(production.map(([path]) => path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length)));

/** Package names in the first column of the README's dependency table. */
function tabled(markdown: string): string[] {
  return markdown
    .split('\n')
    .filter((l) => l.startsWith('| `'))
    .flatMap((l) => [...l.split('|')[1]!.matchAll(/`([^`]+)`/g)].map((m) => m[1]!));
}

describe("the README's supply-chain paragraph against package.json and the lockfile", () => {
  it('names every runtime dependency in its table, and nothing else', () => {
    expect(section).not.toBe('');
    expect(tabled(section).sort()).toEqual(Object.keys(pkg.dependencies).sort());
  });

  it('states the counts the lockfile has', () => {
    expect(section).toContain(`${Object.keys(pkg.dependencies).length} direct runtime dependencies`);
    expect(section).toContain(`${distinct.size} distinct packages in the whole`);
  });

  it('ships no package that runs an install script', () => {
    expect(production.filter(([, e]) => e.hasInstallScript).map(([p]) => p)).toEqual([]);
  });

  it('the table reader sees a missing or extra name (it can fail)', () => {
    expect(tabled('| `a`, `b` | x |\n| `c` | y |\n')).toEqual(['a', 'b', 'c']);
    expect(tabled('| Dependency | Why |\n|---|---|\n')).toEqual([]);
  });
});
