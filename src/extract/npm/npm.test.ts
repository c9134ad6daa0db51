import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { trimmed } from '../../../test/helpers/corpus.js';
import type { ExtractContext } from '../../model/extractor.js';
import { npmLock } from './index.js';
import { entriesByText, realPackageLockTests } from './lock-testkit.js';

const ctx: ExtractContext = { readFile: () => undefined };
const run = (path: string, text: string) => npmLock.extract({ path, text }, ctx);


const V3 = 'repos/BookStackApp__BookStack@6f1c54d018/package-lock.json';
const V2 = 'repos/midas-phoenix__mattermost-server@aa5b8bf549/api/package-lock.json';
const V1 = 'repos/hmchangw__Rocket.Chat@50c4441363/apps/meteor/packages/rocketchat-coverage/.npm/package/npm-shrinkwrap.json';

describe.each([
  ['v3', V3],
  ['v2', V2],
])('package-lock.json %s (real file)', (_label, rel) => {
  realPackageLockTests(readFileSync(trimmed(rel), 'utf8'));
});

describe('package-lock.json v1 (real npm-shrinkwrap.json)', () => {
  const text = readFileSync(trimmed(V1), 'utf8');
  const result = run('npm-shrinkwrap.json', text);

  it('walks nested dependencies with their own lines', () => {
    const keys = entriesByText(text, /^\s+"([^"]+)": \{$/);
    const nested = [...keys.values()].filter((k) => k !== 'dependencies');
    expect(result.components.length).toBe(nested.length);
    const inner = result.components.find((c) => c.name === 'istanbul-lib-coverage' && c.version === '3.2.0');
    const outer = result.components.find((c) => c.name === 'istanbul-lib-coverage' && c.version === '3.0.0');
    expect(inner?.locations[0]?.line).toBe(24);
    expect(outer?.locations[0]?.line).toBe(14);
    expect(inner?.direct).toBe(false);
  });
});

describe('package-lock.json edge cases', () => {
  it('reads npm: aliases in v1 as the real package', () => {
    // The shape npm 6 writes for `"string-width-cjs": "npm:string-width@^4.2.0"`.
    const text = JSON.stringify(
      { lockfileVersion: 1, dependencies: { 'string-width-cjs': { version: 'npm:string-width@4.2.3', resolved: 'https://registry.npmjs.org/string-width/-/string-width-4.2.3.tgz' } } },
      null,
      2,
    );
    const [c] = run('package-lock.json', text).components;
    expect(c).toMatchObject({ name: 'string-width', version: '4.2.3' });
    expect(c!.locations).toEqual([{ file: 'package-lock.json', line: 4 }]);
  });

  it('marks git and file dependencies so they are not matched against the registry', () => {
    const text = JSON.stringify({
      lockfileVersion: 3,
      packages: {
        '': { dependencies: { a: 'github:org/a', b: 'file:../b', c: '^1.0.0' } },
        'node_modules/a': { version: '1.0.0', resolved: 'git+ssh://git@github.com/org/a.git#0123456789abcdef' },
        'node_modules/b': { version: '2.0.0', resolved: 'file:../b' },
        'node_modules/c': { version: '1.2.3', resolved: 'https://registry.npmjs.org/c/-/c-1.2.3.tgz' },
      },
    });
    const byName = Object.fromEntries(run('package-lock.json', text).components.map((c) => [c.name, c]));
    expect(byName.a!.source).toBe('git');
    expect(byName.b!.source).toBe('path');
    expect(byName.c!.source).toBeUndefined();
    expect(byName.c!.direct).toBe(true);
  });

  it('counts lines right with CRLF line ends', () => {
    const text = JSON.stringify({ lockfileVersion: 3, packages: { '': {}, 'node_modules/ws': { version: '8.17.0' } } }, null, 2).replace(/\n/g, '\r\n');
    expect(run('package-lock.json', text).components[0]!.locations[0]!.line).toBe(5);
  });

  it('reports a truncated file with its line and does not throw', () => {
    const text = readFileSync(trimmed(V3), 'utf8');
    for (const cut of [10, 1000, 50_000, text.length - 5]) {
      const r = run('package-lock.json', text.slice(0, cut));
      expect(r.components).toEqual([]);
      expect(r.problems[0]!.level).toBe('error');
      expect(r.problems[0]!.message).toMatch(/invalid JSON/);
      expect(r.problems[0]!.line).toBeGreaterThan(0);
    }
  });

  it('reports wrong shapes instead of guessing', () => {
    const r = run('package-lock.json', JSON.stringify({ lockfileVersion: 3, packages: { 'node_modules/x': 'nope', 'node_modules/y': {} } }));
    expect(r.components).toEqual([]);
    expect(r.problems.map((p) => p.message)).toEqual([
      'packages["node_modules/x"]: expected an object',
      'packages["node_modules/y"]: no version; not matched',
    ]);
    expect(run('package-lock.json', '[]').problems[0]!.message).toBe('expected a JSON object at the top level');
  });
});
