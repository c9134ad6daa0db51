import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDamagedCopies, expectInRange, expectLocated, expectVersionsParse, lineText, linesMatching, runExtractor } from '../bundler/lockfile-testkit.js';
import { pubLock } from './index.js';
import { parseYamlSalvaging } from '../../parse/yaml-salvage.js';

const text = readFileSync(join(import.meta.dirname, '__fixtures__', 'pubspec.lock'), 'utf8');

describe('pub: claims', () => {
  it('claims pubspec.lock only', () => {
    expect(pubLock.claims('pubspec.lock')).toBe(true);
    expect(pubLock.claims('app/pubspec.lock')).toBe(true);
    expect(pubLock.claims('pubspec.yaml')).toBe(false);
  });
});

describe('pub: pubspec.lock', () => {
  const r = runExtractor(pubLock, 'pubspec.lock', text);
  const get = (name: string) => r.components.find((c) => c.name === name);

  it('one component per non-SDK package, at the line of its key', () => {
    // Independent count: package keys stand at two spaces under `packages:`; SDK packages are
    // the ones whose block says `source: sdk`.
    const keys = linesMatching(text, /^ {2}[a-z_]+:$/).filter((l) => l < linesMatching(text, /^sdks:/)[0]!);
    const lines = text.split('\n');
    const sdk = keys.filter((l) => lines.slice(l, l + 5).some((x) => x === '    source: sdk'));
    expect(sdk).toHaveLength(3);
    expect(r.components.map((c) => c.locations[0]!.line)).toEqual(keys.filter((l) => !sdk.includes(l)));
    for (const c of r.components) expect(lineText(text, c.locations[0]!.line)).toBe(`  ${c.name}:`);
    expect(r.problems).toEqual([
      expect.objectContaining({ level: 'notice', line: 3, message: expect.stringMatching(/3 SDK package.*flutter, flutter_test, sky_engine/) }),
    ]);
    expectLocated(r, text);
    expectVersionsParse(r.components);
  });

  it('reads dependency kinds and sources', () => {
    expect(get('http')).toMatchObject({ ecosystem: 'Pub', version: '0.13.0', direct: true, dev: false, purl: 'pkg:pub/http@0.13.0' });
    expect(get('flutter_lints')).toMatchObject({ version: '2.0.3', direct: true, dev: true });
    expect(get('async')).toMatchObject({ version: '2.11.0', direct: false });
    expect(get('async')!.dev).toBeUndefined();
    expect(get('shared_models')).toMatchObject({ source: 'path', direct: true });
    expect(get('webview_flutter')).toMatchObject({ source: 'git', version: '4.4.2', direct: true });
    expect(get('webview_flutter')!.dev).toBeUndefined();
    expect(get('flutter')).toBeUndefined();
    // CVE-2020-35669: http before 0.13.3.
    expectInRange('Pub', get('http')!.version, '0', '0.13.3');
  });

  it('survives truncated and corrupted copies', () => {
    checkDamagedCopies(pubLock, 'pubspec.lock', text);
  });

  it('keeps the packages above a syntax error', () => {
    const at = text.indexOf('  http:');
    const damaged = text.slice(0, at) + '  http: "unclosed\n' + text.slice(at + '  http:'.length + 1);
    const d = runExtractor(pubLock, 'pubspec.lock', damaged);
    expect(lineText(damaged, 38)).toBe('  http: "unclosed');
    expect(d.problems[0]).toMatchObject({ level: 'error', line: 38, message: expect.stringMatching(/not read/) });
    expect(d.components.map((c) => c.name)).toEqual(['async', 'collection', 'flutter_lints']);
  });
});

describe('pub: bad input', () => {
  it('reports a package without a version and an unknown source', () => {
    const odd = 'packages:\n  a:\n    dependency: transitive\n    source: hosted\n  b:\n    dependency: "direct main"\n    source: mirror\n    version: "1.0.0"\n  c: 3\nsdks:\n  dart: ">=3.0.0 <4.0.0"\n';
    const r = runExtractor(pubLock, 'pubspec.lock', odd);
    expect(r.components).toEqual([expect.objectContaining({ name: 'b', version: '1.0.0', source: 'url' })]);
    expect(r.problems.map((p) => [p.level, p.line])).toEqual([
      ['warning', 2],
      ['warning', 5],
      ['error', 9],
    ]);
  });

  it('keeps a version as written even when YAML would read it as a number', () => {
    const r = runExtractor(pubLock, 'pubspec.lock', 'packages:\n  a:\n    dependency: transitive\n    source: hosted\n    version: 1.10\nsdks: {}\n');
    expect(r.components[0]!.version).toBe('1.10');
  });

  it('does not expand YAML aliases into entries (billion laughs stays small)', () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 12; i++) bomb.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [*${String.fromCharCode(96 + i)},*${String.fromCharCode(96 + i)},*${String.fromCharCode(96 + i)},*${String.fromCharCode(96 + i)}]`);
    bomb.push('packages: *l');
    const r = runExtractor(pubLock, 'pubspec.lock', bomb.join('\n'));
    expect(r.components).toEqual([]);
    expect(r.problems.length).toBeGreaterThan(0);
  });
});

describe('yaml salvage', () => {
  it('reads the lines above the first syntax error', () => {
    const s = parseYamlSalvaging('a: 1\nb: 2\nc: "open\nd: 4\n', 'o', 'f');
    expect(s.problems[0]).toMatchObject({ level: 'error', line: 3, message: expect.stringMatching(/noticed at line 5/) });
    expect(s.root?.toJSON()).toEqual({ a: 1, b: 2 });
  });
});
