import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkCutCopies, identity, lineAt, lineProblems, NO_FILES, table } from '../yarn/testkit.js';
import { checkOverwrittenCopies } from '../bundler/lockfile-testkit.js';
import { bunLock } from './index.js';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '__fixtures__');

function extract(text: string) {
  return { text, ...bunLock.extract({ path: 'bun.lock', text }, NO_FILES) };
}
const fixture = (name: string) => extract(readFileSync(join(FIXTURES, name), 'utf8'));

/** Counted apart from the extractor: lines that open a `packages` entry, `"key": [`. */
const entryLines = (text: string) => text.split('\n').filter((l) => /^ {4}"[^"]+": \[/.test(l)).length;

describe('bunLock.claims', () => {
  it('claims bun.lock, not the binary bun.lockb', () => {
    expect(bunLock.claims('bun.lock')).toBe(true);
    expect(bunLock.claims('apps/site/bun.lock')).toBe(true);
    expect(bunLock.claims('bun.lockb')).toBe(false);
  });
});

describe('bun.lock fixtures', () => {
  it('lockfile v1 (dnum): registry packages, direct and dev from the root workspace', () => {
    const r = fixture('dnum.bun.lock');
    expect(r.problems).toEqual([]);
    expect(r.components).toHaveLength(entryLines(r.text));
    expect(table(r.components)).toEqual([
      ['@types/bun', '1.3.3', 'registry', 17, true, true],
      ['@types/node', '24.10.1', 'registry', 19, false, true],
      ['bun-types', '1.3.3', 'registry', 21, false, true],
      ['from-exponential', '1.1.1', 'registry', 23, true, false],
      ['typescript', '5.9.3', 'registry', 25, true, true],
      ['undici-types', '7.16.0', 'registry', 27, false, true],
    ]);
    expect(lineProblems(r.text, r.components)).toEqual([]);
  });

  it('lockfile v0 monorepo: workspaces, nested copies, alias, git, tarball, link and folder', () => {
    const r = fixture('monorepo.bun.lock');
    expect(r.problems).toEqual([]);
    expect(table(r.components)).toEqual([
      ['a', '0.1.0', 'workspace', 36, true, false],
      // Nothing depends on workspace b; it is no dependency of anything.
      ['b', '0.2.0', 'workspace', 38, false, undefined],
      ['bar', '2.0.1', 'registry', 40, true, false],
      ['baz', '3.1.0', 'registry', 42, false, false],
      ['foo', '1.0.0', 'registry', 44, true, false],
      ['linked', 'link:linked', 'link', 46, true, true],
      ['local-thing', 'file:vendor/local-thing', 'path', 48, true, false],
      ['tarball-pkg', 'https://example.com/tarball-pkg-1.0.0.tgz', 'url', 50, true, true],
      ['typescript', '5.9.3', 'registry', 52, true, true],
      // The key is the alias the root asked for; the package is uWebSockets.js.
      ['uWebSockets.js', 'github:uNetworking/uWebSockets.js#6609a88', 'git', 54, true, false],
      // b's own copy of bar (key b/bar), found before the hoisted bar@2.0.1.
      ['bar', '1.4.0', 'registry', 56, true, false],
    ]);
    expect(lineProblems(r.text, r.components)).toEqual([]);
  });

  it('accepts comments and trailing commas (JSONC)', () => {
    const text = readFileSync(join(FIXTURES, 'dnum.bun.lock'), 'utf8').replace('{\n  "lockfileVersion"', '{\n  // written by bun\n  /* v1 */ "lockfileVersion"');
    const r = extract(text);
    expect(r.problems).toEqual([]);
    expect(r.components.map((c) => c.locations[0]!.line)).toEqual([18, 20, 22, 24, 26, 28]);
  });

  it('without workspaces, direct and dev are unknown', () => {
    const r = extract('{ "lockfileVersion": 1, "packages": { "ms": ["ms@2.1.3", "", {}, "sha512-x"], } }');
    expect(r.components.map((c) => [identity(c), c.direct, c.dev])).toEqual([['ms@2.1.3 registry L1', undefined, undefined]]);
  });

  it('reports versions it was not written for, non-objects and bad entries, located', () => {
    const v2 = extract('{\n  "lockfileVersion": 7,\n  "packages": {\n    "ms": ["ms@2.1.3", "", {}, "sha512-x"],\n    "bad": "not an array",\n    "worse": [42],\n  }\n}');
    expect(v2.problems.map((p) => [p.level, p.line])).toEqual([
      ['warning', 2],
      ['error', 5],
      ['error', 6],
    ]);
    expect(v2.components.map(identity)).toEqual(['ms@2.1.3 registry L4']);
    expect(extract('[1, 2]').problems).toEqual([expect.objectContaining({ level: 'error', line: 1 })]);
    expect(extract('').problems.some((p) => p.level === 'error')).toBe(true);
  });
});

describe('damaged copies', () => {
  for (const name of ['dnum.bun.lock', 'monorepo.bun.lock']) {
    const full = fixture(name);
    const fullIds = new Set(full.components.map(identity));

    it(`${name}: cut and overwritten copies keep only true entries, every problem located`, () => {
      checkCutCopies(bunLock, 'bun.lock', full.text, NO_FILES, 300);
      checkOverwrittenCopies(bunLock, 'bun.lock', full.text, NO_FILES, 300);
    });

    it(`${name}: a copy cut mid-file always says so`, () => {
      for (const fraction of [0.2, 0.4, 0.6, 0.8]) {
        const r = extract(full.text.slice(0, Math.floor(full.text.length * fraction)));
        expect(r.problems.filter((p) => p.level === 'error').length).toBeGreaterThan(0);
      }
    });

    it(`${name}: a corrupted entry is reported at its line, the others read`, () => {
      const lines = full.text.split('\n');
      const at = lines.findIndex((l, i) => i > lines.length / 2 && /^ {4}"[^"]+": \[/.test(l));
      lines[at] = lines[at]!.replace('", "', '" "').replace('],', ']]]],');
      const r = extract(lines.join('\n'));
      expect(r.problems).toContainEqual(expect.objectContaining({ level: 'error', line: at + 1 }));
      expect(r.components.map(identity).filter((id) => !fullIds.has(id))).toEqual([]);
      expect(r.components.length).toBeGreaterThanOrEqual(full.components.length - 2);
    });
  }

  it('a copy cut inside a package entry leaves that entry out, reported at its line', () => {
    const full = fixture('monorepo.bun.lock');
    const at = full.text.indexOf('"foo": ["foo@1.0') + 14;
    const r = extract(full.text.slice(0, at));
    expect(r.components.some((c) => c.name === 'foo')).toBe(false);
    expect(r.problems).toContainEqual(expect.objectContaining({ level: 'error', line: lineAt(full.text, at) }));
  });
});
