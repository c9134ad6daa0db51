import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkOverwrittenCopies } from '../bundler/lockfile-testkit.js';
import { checkCutCopies, identity, lineProblems, NO_FILES, table } from '../yarn/testkit.js';
import { pnpmLock } from './index.js';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '__fixtures__');

function extract(text: string) {
  return { text, ...pnpmLock.extract({ path: 'pnpm-lock.yaml', text }, NO_FILES) };
}
const fixture = (name: string) => extract(readFileSync(join(FIXTURES, name), 'utf8'));



describe('pnpmLock.claims', () => {
  it('claims pnpm-lock.yaml only', () => {
    expect(pnpmLock.claims('pnpm-lock.yaml')).toBe(true);
    expect(pnpmLock.claims('web/pnpm-lock.yaml')).toBe(true);
    expect(pnpmLock.claims('pnpm-workspace.yaml')).toBe(false);
  });
});

describe('pnpm fixtures', () => {
  it('5.4 single project: `_` peer and patch suffixes, flags, absent flag = both', () => {
    const r = fixture('v5.4-single.yaml');
    expect(r.problems).toEqual([]);
    expect(table(r.components)).toEqual([
      ['@babel/code-frame', '7.12.11', 'registry', 24, false, true],
      ['@typescript-eslint/parser', '4.33.0', 'registry', 30, true, true],
      ['acorn-jsx', '5.3.2', 'registry', 46, false, true],
      ['acorn', '7.4.1', 'registry', 54, false, true],
      ['comment-parser', '1.3.1', 'registry', 60, false, false],
      ['eslint', '7.32.0', 'registry', 65, true, true],
      ['ts-import', '4.0.0-beta.6', 'registry', 73, true, false],
      ['typescript', '4.7.4', 'registry', 83, true, false],
    ]);
    expect(lineProblems(r.text, r.components)).toEqual([]);
  });

  it('5.3 workspace: git, directory and second-registry packages, alias and link importers', () => {
    const r = fixture('v5.3-workspace.yaml');
    expect(r.problems).toEqual([]);
    expect(table(r.components)).toEqual([
      ['js-tokens', '4.0.0', 'registry', 29, false, false],
      ['lodash', '4.17.21', 'registry', 33, true, false],
      ['loose-envify', '1.4.0', 'registry', 37, false, false],
      ['react-dom', '17.0.2', 'registry', 44, true, false],
      ['react', '17.0.2', 'registry', 53, false, false],
      ['local-lib', '0.1.0', 'path', 60, true, false],
      ['is-negative', '2.1.0', 'git', 66, true, false],
      ['left-pad', '1.3.0', 'registry', 73, true, true],
    ]);
  });

  it('6.0 workspace: peer variants fold into one component, run-time wins over dev', () => {
    const r = fixture('v6-workspace.yaml');
    expect(r.problems).toEqual([]);
    expect(table(r.components)).toEqual([
      ['@formatjs/fast-memoize', '2.0.1', 'registry', 29, false, false],
      ['@formatjs/intl', '2.7.2', 'registry', 35, true, false],
      ['emoji-datasource-google', '3.0.0', 'registry', 61, true, false],
      ['tslib', '2.5.3', 'registry', 65, false, false],
      ['typescript', '5.0.4', 'registry', 68, false, true],
      ['typescript', '5.1.3', 'registry', 74, true, false],
    ]);
  });

  it('9.0: tarball, git, directory and alias packages; dev from snapshots', () => {
    const r = fixture('v9-sources.yaml');
    expect(r.problems).toEqual([]);
    expect(table(r.components)).toEqual([
      ['@formatjs/fast-memoize', '2.2.6', 'registry', 42, false, false],
      ['@formatjs/intl', '3.1.4', 'registry', 45, true, false],
      ['git-dep', '1.2.0', 'git', 53, true, true],
      ['is-negative', '2.1.0', 'git', 57, true, false],
      ['local-lib', '0.1.0', 'path', 62, true, false],
      ['source-map-js', '1.2.1', 'registry', 66, true, false],
      ['tslib', '2.8.1', 'registry', 70, true, false],
      // A devDependency of the root, but @formatjs/intl needs it at run time (optional dependency).
      ['typescript', '5.8.2', 'registry', 73, true, false],
    ]);
    expect(lineProblems(r.text, r.components)).toEqual([]);
  });

  it('warns on an unknown lockfileVersion and still reads by key shape', () => {
    const text = readFileSync(join(FIXTURES, 'v6-workspace.yaml'), 'utf8').replace("lockfileVersion: '6.0'", "lockfileVersion: '4.2'");
    const r = extract(text);
    expect(r.problems).toEqual([expect.objectContaining({ level: 'warning', line: 1, message: expect.stringMatching(/4\.2/) })]);
    const missing = extract(text.replace("lockfileVersion: '4.2'\n", ''));
    expect(missing.problems).toEqual([expect.objectContaining({ level: 'warning', message: expect.stringMatching(/no lockfileVersion; read as v6/) })]);
    expect(missing.components.map(identity)).toContain('tslib@2.5.3 registry L64');
  });

  it('rejects what is no pnpm lockfile, with a located problem', () => {
    expect(extract('- just\n- a list\n').problems).toEqual([expect.objectContaining({ level: 'error', line: 1 })]);
    expect(extract('').components).toEqual([]);
    const bomb = 'a: &a ["x","x"]\nb: &b [*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b]\nlockfileVersion: "9.0"\npackages:\n  x@1.0.0: *c\n';
    expect(extract(bomb).components.map(identity)).toEqual(['x@1.0.0 registry L6']);
  });
});

describe('damaged copies of the fixtures', () => {
  for (const name of ['v5.4-single.yaml', 'v5.3-workspace.yaml', 'v6-workspace.yaml', 'v9-sources.yaml']) {
    it(`${name}: cut and overwritten copies`, () => {
      const text = readFileSync(join(FIXTURES, name), 'utf8');
      checkCutCopies(pnpmLock, 'pnpm-lock.yaml', text, NO_FILES, 150);
      checkOverwrittenCopies(pnpmLock, 'pnpm-lock.yaml', text, NO_FILES, 150);
    });
  }
});
