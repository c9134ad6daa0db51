import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { trimmed } from '../../../test/helpers/corpus.js';
import type { ExtractContext } from '../../model/extractor.js';
import {
  checkDamagedCopies,
  expectInRange,
  expectLocated,
  expectVersionsParse,
  lineText,
  linesMatching,
  noFiles,
  runExtractor,
} from '../bundler/lockfile-testkit.js';
import { composerLock } from './index.js';
import { parseJsonSalvaging } from '../../parse/json-salvage.js';

const REPO = 'BookStackApp__BookStack@6f1c54d018';
const lockText = readFileSync(trimmed('repos', REPO, 'composer.lock'), 'utf8');
const manifestText = readFileSync(trimmed('repos', REPO, 'composer.json'), 'utf8');
const withManifest: ExtractContext = { readFile: (p) => (p === 'composer.json' ? manifestText : undefined) };

describe('composer: claims', () => {
  it('claims composer.lock only', () => {
    expect(composerLock.claims('composer.lock')).toBe(true);
    expect(composerLock.claims('app/composer.lock')).toBe(true);
    expect(composerLock.claims('composer.json')).toBe(false);
  });
});

describe('composer: BookStack composer.lock', () => {
  const r = runExtractor(composerLock, 'composer.lock', lockText, withManifest);
  const find = (name: string) => r.components.find((c) => c.name === name);

  it('one component per package, at the line of its "name" key', () => {
    expect(r.problems).toEqual([]);
    // Independent count: Composer indents each package's own keys by twelve spaces; author
    // names sit deeper. 110 packages and 37 packages-dev.
    const nameLines = linesMatching(lockText, /^ {12}"name": /);
    expect(nameLines).toHaveLength(147);
    expect(r.components.map((c) => c.locations[0]!.line)).toEqual(nameLines);
    const devFrom = linesMatching(lockText, /^ {4}"packages-dev": /)[0]!;
    for (const c of r.components) {
      expect(c.ecosystem).toBe('Packagist');
      expect(lineText(lockText, c.locations[0]!.line)).toBe(`            "name": ${JSON.stringify(c.name)},`);
      expect(c.dev).toBe(c.locations[0]!.line > devFrom);
    }
    expect(r.components.filter((c) => c.dev)).toHaveLength(37);
    expectLocated(r, lockText);
    expectVersionsParse(r.components);
  });

  it('keeps versions as Composer locked them, leading v included', () => {
    // FriendsOfPHP symfony/process/CVE-2024-51736.yaml: 6.4.x affected '>=6.4.0', '<6.4.14'.
    expect(find('symfony/process')).toMatchObject({ version: 'v6.4.12', dev: false, direct: false, locations: [{ line: 7073 }] });
    expect(find('symfony/process')!.purl).toBe('pkg:composer/symfony/process@v6.4.12');
    // FriendsOfPHP symfony/http-foundation/CVE-2024-50345.yaml: '>=6.4.0', '<6.4.14'.
    expect(find('symfony/http-foundation')).toMatchObject({ version: 'v6.4.12', locations: [{ line: 6161 }] });
    // FriendsOfPHP laravel/framework/CVE-2024-52301.yaml: 10.x affected '>=10.0.0', '<10.48.23'.
    expect(find('laravel/framework')).toMatchObject({ version: 'v10.48.22', direct: true, dev: false, locations: [{ line: 2083 }] });
    expect(find('guzzlehttp/guzzle')).toMatchObject({ version: '7.9.2', direct: true });
    // The leading v is Composer's to read: the Packagist order puts each below its fix.
    expectInRange('Packagist', find('symfony/process')!.version, '6.4.0', '6.4.14');
    expectInRange('Packagist', find('symfony/http-foundation')!.version, '6.4.0', '6.4.14');
    expectInRange('Packagist', find('laravel/framework')!.version, '10.0.0', '10.48.23');
  });

  it('marks direct from composer.json require and require-dev', () => {
    const manifest = JSON.parse(manifestText) as { require: object; 'require-dev': object };
    const declared = [...Object.keys(manifest.require), ...Object.keys(manifest['require-dev'])].filter((n) => n.includes('/'));
    expect(r.components.filter((c) => c.direct).map((c) => c.name).sort()).toEqual(declared.sort());
    expect(find('phpunit/phpunit')).toMatchObject({ dev: true, direct: true, locations: [{ line: 9174 }] });
  });

  it('leaves direct unknown without composer.json', () => {
    const alone = runExtractor(composerLock, 'composer.lock', lockText, noFiles);
    expect(alone.components.every((c) => c.direct === undefined)).toBe(true);
  });

  it('survives truncated and corrupted copies', () => {
    checkDamagedCopies(composerLock, 'composer.lock', lockText, withManifest, 40);
  });

  it('a copy cut in the middle keeps every package before the cut', () => {
    const cut = lockText.indexOf('"version"', lockText.indexOf('"name": "symfony/process"')) + 6;
    const part = lockText.slice(0, cut);
    const p = runExtractor(composerLock, 'composer.lock', part, withManifest);
    // The text ends inside symfony/process's "version" key, on line 7074: the JSON error is
    // there, and the package, read without its version, is reported at its name rather than
    // given a half version.
    expect(lineText(part, 7074)).toMatch(/^ {12}"versi/);
    expect(p.problems.map((x) => [x.level, x.line])).toEqual([
      ['error', 7074],
      ['warning', 7073],
    ]);
    expect(p.problems[1]!.message).toMatch(/symfony\/process: no version/);
    expect(p.components.find((c) => c.name === 'symfony/process')).toBeUndefined();
    expect(p.components.map((c) => c.name)).toEqual(r.components.slice(0, p.components.length).map((c) => c.name));
    expect(p.components.at(-1)!.name).toBe('symfony/polyfill-uuid');
  });
});

describe('composer: small cases', () => {
  it('marks path repository packages and reports entries without a version', () => {
    const text = JSON.stringify(
      {
        packages: [
          { name: 'acme/local', version: 'dev-main', dist: { type: 'path', url: '../local' } },
          { name: 'acme/broken' },
          'not a package',
        ],
        'packages-dev': [],
      },
      null,
      4,
    );
    const r = runExtractor(composerLock, 'composer.lock', text);
    expect(r.components).toEqual([expect.objectContaining({ name: 'acme/local', source: 'path', locations: [{ file: 'composer.lock', line: 4 }] })]);
    expect(r.problems.map((p) => [p.level, p.line])).toEqual([
      ['warning', 12],
      ['error', 14],
    ]);
  });

  it('reports an invalid composer.json as a warning and goes on', () => {
    const ctx: ExtractContext = { readFile: () => '{ nope' };
    const r = runExtractor(composerLock, 'sub/composer.lock', '{"packages":[{"name":"a/b","version":"1.0.0"}]}', ctx);
    expect(r.components[0]!.direct).toBeUndefined();
    expect(r.problems).toEqual([expect.objectContaining({ level: 'warning', file: 'sub/composer.json', line: 1 })]);
  });
});

describe('json salvage', () => {
  it('returns the whole document when it is valid', () => {
    expect(parseJsonSalvaging('{"a":[1,2]}', 'o', 'f')).toEqual({ value: { a: [1, 2] }, problems: [] });
  });

  it('keeps complete members before a cut and drops the one cut short', () => {
    const s = parseJsonSalvaging('{"a": [1, 2, {"x": "y", "v": "1.2', 'o', 'f');
    expect(s.value).toEqual({ a: [1, 2, { x: 'y' }] });
    expect(s.problems[0]).toMatchObject({ level: 'error', line: 1, file: 'f' });
  });

  it('stops at damage in the middle and names its line', () => {
    const s = parseJsonSalvaging('{\n"a": 1,\n"b": 2,\n"c": ]3,\n"d": 4\n}', 'o', 'f');
    expect(s.value).toEqual({ a: 1, b: 2 });
    expect(s.problems[0]!.line).toBe(4);
  });

  it('gives nothing for text with no JSON structure', () => {
    const s = parseJsonSalvaging('garbage', 'o', 'f');
    expect(s.value).toBeUndefined();
    expect(s.problems[0]!.line).toBe(1);
  });
});
