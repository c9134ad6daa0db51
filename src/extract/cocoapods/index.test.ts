import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { trimmed } from '../../../test/helpers/corpus.js';
import { checkDamagedCopies, expectLocated, lineText, runExtractor } from '../bundler/lockfile-testkit.js';
import { cocoapodsLock } from './index.js';

const REAL = [
  'RocketChat__Rocket.Chat.ReactNative@b8f9873b30/ios/Podfile.lock',
  'mattermost__mattermost-mobile@2a02a61b6b/ios/Podfile.lock',
];
const read = (rel: string): string => readFileSync(trimmed('repos', rel), 'utf8');

/** Independent reading: the section's lines between its header and the next top-level key. */
function section(text: string, header: string): { line: number; text: string }[] {
  const lines = text.split('\n');
  const start = lines.indexOf(`${header}:`);
  const out: { line: number; text: string }[] = [];
  for (let i = start + 1; i < lines.length && !/^\S/.test(lines[i]!); i++) out.push({ line: i + 1, text: lines[i]! });
  return out;
}

describe('cocoapods: claims', () => {
  it('claims Podfile.lock only', () => {
    expect(cocoapodsLock.claims('ios/Podfile.lock')).toBe(true);
    expect(cocoapodsLock.claims('Podfile')).toBe(false);
  });
});

describe('cocoapods: real Podfile.lock files', () => {
  for (const rel of REAL) {
    it(`${rel}: one component per pod, subspecs folded, at the pod's first entry`, () => {
      const text = read(rel);
      const r = runExtractor(cocoapodsLock, rel, text);
      expect(r.problems).toEqual([]);
      const firstLine = new Map<string, number>();
      for (const { line, text: l } of section(text, 'PODS')) {
        const m = /^ {2}- "?([^\s"/]+)/.exec(l);
        if (m && !firstLine.has(m[1]!)) firstLine.set(m[1]!, line);
      }
      expect(r.components.map((c) => [c.name, c.locations[0]!.line])).toEqual([...firstLine]);
      const direct = new Set(
        section(text, 'DEPENDENCIES').flatMap(({ text: l }) => /^ {2}- "?([^\s"/]+)/.exec(l)?.[1] ?? []),
      );
      const external = new Map<string, string>();
      let current = '';
      for (const { text: l } of section(text, 'EXTERNAL SOURCES')) {
        const key = /^ {2}"?([^\s":]+)"?:$/.exec(l);
        if (key) current = key[1]!;
        const opt = /^ {4}(:\w+):/.exec(l);
        if (opt && !external.has(current)) external.set(current, opt[1]!);
      }
      for (const c of r.components) {
        expect(c.ecosystem).toBe('CocoaPods');
        expect(lineText(text, c.locations[0]!.line)).toMatch(new RegExp(`^ {2}- "?${c.name.replace(/[.+]/g, '\\$&')}[ /]`));
        expect(c.direct).toBe(direct.has(c.name));
        const kind = external.get(c.name);
        expect(c.source ?? 'registry').toBe(kind === undefined ? 'registry' : kind === ':git' ? 'git' : 'path');
      }
      expectLocated(r, text);
    });
  }

  it('Rocket.Chat: quoted entries, pods listed only by subspecs', () => {
    const rel = REAL[0]!;
    const text = read(rel);
    const r = runExtractor(cocoapodsLock, rel, text);
    const get = (name: string) => r.components.find((c) => c.name === name);
    // GoogleUtilities has no root entry; its first subspec is at line 108, one later subspec is quoted.
    expect(get('GoogleUtilities')).toMatchObject({ version: '7.13.0', direct: false, locations: [{ line: 108 }] });
    expect(get('Firebase')).toMatchObject({ version: '10.24.0', direct: false, locations: [{ line: 48 }], purl: 'pkg:cocoapods/Firebase@10.24.0' });
    expect(get('RNFBApp')).toMatchObject({ direct: true, source: 'path' });
    expect(get('hermes-engine')).toMatchObject({ direct: true, source: 'path' });
    expect(r.components.filter((c) => c.name === 'GoogleUtilities')).toHaveLength(1);
  });

  it('mattermost: Alamofire from trunk', () => {
    const rel = REAL[1]!;
    const r = runExtractor(cocoapodsLock, rel, read(rel));
    expect(r.components[0]).toMatchObject({ name: 'Alamofire', version: '5.9.1', locations: [{ file: rel, line: 2 }] });
    expect(r.components[0]!.source).toBeUndefined();
  });

  for (const rel of REAL) {
    it(`${rel}: truncated and corrupted copies`, () => {
      checkDamagedCopies(cocoapodsLock, rel, read(rel), undefined, 40);
    });
  }
});

describe('cocoapods: bad input', () => {
  it('reports entries without a version and subspecs at another version', () => {
    const text = 'PODS:\n  - A (1.0)\n  - A/Sub (1.1)\n  - B\n  - C (2.0):\n    - A (= 1.0)\n\nDEPENDENCIES:\n  - C\n\nCOCOAPODS: 1.15.2\n';
    const r = runExtractor(cocoapodsLock, 'Podfile.lock', text);
    expect(r.components.map((c) => [c.name, c.version, c.direct, c.locations[0]!.line])).toEqual([
      ['A', '1.0', false, 2],
      ['C', '2.0', true, 5],
    ]);
    expect(r.problems.map((p) => [p.level, p.line])).toEqual([
      ['warning', 3],
      ['error', 4],
    ]);
  });

  it('an empty file says so', () => {
    const r = runExtractor(cocoapodsLock, 'Podfile.lock', '');
    expect(r.components).toEqual([]);
    expect(r.problems).toEqual([expect.objectContaining({ level: 'warning', line: 1 })]);
  });
});
