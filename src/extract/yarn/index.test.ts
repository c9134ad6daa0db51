import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkOverwrittenCopies } from '../bundler/lockfile-testkit.js';
import { yarnLock } from './index.js';
import { checkCutCopies, folderContext, identity, lineProblems, NO_FILES, table } from './testkit.js';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '__fixtures__');

function run(folder: string, text?: string) {
  const lockText = text ?? readFileSync(join(folder, 'yarn.lock'), 'utf8');
  return { text: lockText, ...yarnLock.extract({ path: 'yarn.lock', text: lockText }, folderContext(folder)) };
}


describe('yarnLock.claims', () => {
  it('claims yarn.lock at any depth and nothing else', () => {
    expect(yarnLock.claims('yarn.lock')).toBe(true);
    expect(yarnLock.claims('apps/web/yarn.lock')).toBe(true);
    expect(yarnLock.claims('yarn.lock.bak')).toBe(false);
    expect(yarnLock.claims('package-lock.json')).toBe(false);
  });
});

describe('yarn fixtures', () => {
  it('classic: every protocol, alias, direct and dev', () => {
    const r = run(join(FIXTURES, 'classic'));
    expect(r.problems).toEqual([]);
    expect(table(r.components)).toEqual([
      ['@discord/bottom-sheet', '4.6.1', 'git', 5, true, false],
      ['@nozbe/lokijs', '1.5.12-wmelon6', 'registry', 11, true, false],
      ['abab', '2.0.6', 'registry', 16, true, true],
      ['commonmark', '0.29.0', 'git', 21, true, false],
      ['entities', '1.1.2', 'registry', 27, false, false],
      ['http2', '3.3.6', 'url', 32, true, false],
      // invariant is a devDependency, but the bottom sheet needs it at run time.
      ['invariant', '2.2.4', 'registry', 36, true, false],
      ['local-utils', '1.0.0', 'path', 43, true, false],
      ['loose-envify', '1.4.0', 'registry', 46, false, false],
    ]);
    expect(lineProblems(r.text, r.components)).toEqual([]);
  });

  it('classic without a readable package.json: direct and dev unknown, with a notice', () => {
    const text = readFileSync(join(FIXTURES, 'classic', 'yarn.lock'), 'utf8');
    const r = yarnLock.extract({ path: 'yarn.lock', text }, NO_FILES);
    expect(r.components).toHaveLength(9);
    expect(r.components.every((c) => c.direct === undefined && c.dev === undefined)).toBe(true);
    expect(r.problems).toEqual([expect.objectContaining({ level: 'notice', message: expect.stringMatching(/package\.json not readable/) })]);
  });

  it('berry v4: patch, alias, git, tarball, portal, link, file and the workspace', () => {
    const r = run(join(FIXTURES, 'berry-v4'));
    expect(r.problems).toEqual([]);
    expect(table(r.components)).toEqual([
      ['@types/mocha', '8.2.0', 'git', 8, true, true],
      ['fixture-root', '0.0.0-use.local', 'workspace', 15, false, undefined],
      ['highlight.js', '9.18.5', 'registry', 30, true, false],
      ['http2', '3.3.6', 'url', 37, true, false],
      ['left-pad', '1.3.0', 'registry', 44, true, true],
      // The plain entry (51) and the patched one (58) are the same moleculer 0.14.34.
      ['moleculer', '0.14.34', 'registry', 51, true, false],
      ['my-folder', '2.0.0', 'path', 65, true, false],
      ['my-link', '0.0.0-use.local', 'link', 71, true, false],
      ['my-portal', '0.0.0-use.local', 'link', 77, true, false],
    ]);
  });

  it('warns on a __metadata version outside 4 to 8 and still reads the entries', () => {
    const text = readFileSync(join(FIXTURES, 'berry-v4', 'yarn.lock'), 'utf8').replace('  version: 4\n', '  version: 12\n');
    const r = yarnLock.extract({ path: 'yarn.lock', text }, NO_FILES);
    expect(r.problems).toContainEqual(expect.objectContaining({ level: 'warning', line: 4, message: expect.stringMatching(/version "12"/) }));
    expect(r.components).toHaveLength(9);
  });

  it('reports an entry without resolution or version, and a broken header, at their lines', () => {
    const text = [
      '"a@npm:^1.0.0":',
      '  version: 1.0.0',
      '',
      '"b@npm:^2.0.0:',
      '  version: 2.0.0',
      '  resolution: "b@npm:2.0.0"',
      '',
      '"c@npm:^3.0.0":',
      '  version: 3.0.0',
      '  resolution: "c@npm:3.0.0"',
      '',
      '"d@weird:thing":',
      '  version: 1.0.0',
      '  resolution: "d@weird:thing"',
    ].join('\n');
    const r = yarnLock.extract({ path: 'x/yarn.lock', text }, NO_FILES);
    expect(r.components.map(identity)).toEqual(['c@3.0.0 registry L8']);
    expect(r.problems.filter((p) => p.level === 'error').map((p) => [p.line, p.message])).toEqual([
      [4, expect.stringMatching(/header not readable/)],
      [1, expect.stringMatching(/no resolution/)],
      [12, expect.stringMatching(/protocol/)],
    ]);
  });
});

describe('damaged copies of the fixtures', () => {
  for (const name of ['classic', 'berry-v4']) {
    it(`${name}: cut and overwritten copies`, () => {
      const folder = join(FIXTURES, name);
      const text = readFileSync(join(folder, 'yarn.lock'), 'utf8');
      checkCutCopies(yarnLock, 'yarn.lock', text, folderContext(folder), 200);
      checkOverwrittenCopies(yarnLock, 'yarn.lock', text, folderContext(folder), 200);
    });
  }
});
