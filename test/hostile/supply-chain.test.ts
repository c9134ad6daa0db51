import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/shared.js';

// The README's supply-chain paragraph is a promise about package.json, the lockfile and the
// bundle: `npm install patchwarden` installs no dependency at all (dist/ carries every library it
// runs, bundled at build time), every library the engine imports is named in its table with its
// reason, and the counts it states are true. This keeps the promise true as they change.

interface LockEntry {
  dev?: boolean;
  hasInstallScript?: boolean;
}

const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { dependencies?: Record<string, string>; devDependencies: Record<string, string> };
const lock = JSON.parse(readFileSync(join(REPO_ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, LockEntry> };

const section = readme.slice(readme.indexOf('### Our own supply chain'), readme.indexOf('## Performance'));
const production = Object.entries(lock.packages).filter(([path, entry]) => path !== '' && !entry.dev);

/** Package names in the first column of the README's dependency table. */
function tabled(markdown: string): string[] {
  return markdown
    .split('\n')
    .filter((l) => l.startsWith('| `'))
    .flatMap((l) => [...l.split('|')[1]!.matchAll(/`([^`]+)`/g)].map((m) => m[1]!));
}

/** The package a bare import specifier names (`@scope/name/deep/path` -> `@scope/name`). */
function packageOf(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]!;
}

/** Packages the shipped code imports: src/ without tests, test kits and fixtures (what the bundle holds). */
function importedBySource(): string[] {
  const found = new Set<string>();
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) {
        if (e.name !== '__fixtures__') walk(p);
      } else if (/\.(ts|cjs)$/.test(e.name) && !/\.test\.ts$|test-?kit|test-support|\.d\.ts$/.test(e.name)) {
        const text = readFileSync(p, 'utf8');
        for (const m of text.matchAll(/(?:from\s+|require\(|import\()\s*['"]([a-z@][^'"]*)['"]/g)) {
          const spec = m[1]!;
          if (spec.startsWith('node:')) continue;
          // `import type` names erase to nothing in the bundle.
          const line = text.slice(text.lastIndexOf('\n', m.index) + 1, m.index);
          if (/^\s*import\s+type\b/.test(line)) continue;
          found.add(packageOf(spec));
        }
      }
    }
  };
  walk(join(REPO_ROOT, 'src'));
  expect(relative(REPO_ROOT, join(REPO_ROOT, 'src'))).toBe('src');
  return [...found].sort();
}

describe("the README's supply-chain paragraph against package.json, the lockfile and the sources", () => {
  it('installs nothing with the package: no runtime dependency, no production tree', () => {
    expect(pkg.dependencies ?? {}).toEqual({});
    expect(production.map(([p]) => p)).toEqual([]);
  });

  it('names every library the engine imports (and so bundles) in its table, and nothing else', () => {
    expect(section).not.toBe('');
    const bundled = importedBySource();
    expect(tabled(section).sort()).toEqual(bundled);
    for (const name of bundled) expect(pkg.devDependencies[name], name).toBeDefined();
  });

  it('states the count the sources have', () => {
    expect(section).toContain(`${importedBySource().length} libraries`);
  });

  it('the table and import readers see a missing or extra name (they can fail)', () => {
    expect(tabled('| `a`, `b` | x |\n| `c` | y |\n')).toEqual(['a', 'b', 'c']);
    expect(tabled('| Dependency | Why |\n|---|---|\n')).toEqual([]);
    expect([packageOf('@renovatebot/pep440/lib/version.js'), packageOf('ajv/dist/2020.js'), packageOf('yaml')]).toEqual(['@renovatebot/pep440', 'ajv', 'yaml']);
  });
});
