import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTRACTORS } from '../registry.js';
import { packageEngines } from './index.js';

const CORPUS = join(import.meta.dirname, '__fixtures__');
const read = (folder: string): ReturnType<typeof packageEngines.extract> =>
  packageEngines.extract({ path: `${folder}/package.json`, text: readFileSync(join(CORPUS, folder, 'package.json'), 'utf8') }, { readFile: () => undefined });
const rows = (r: ReturnType<typeof read>): string[] => r.components.map((c) => `${c.locations[0]!.line} ${c.name}@${c.version} ${c.runtime!.product}:${c.runtime!.productVersion}`);

describe('package.json engines', () => {
  it('claims package.json outside node_modules, after the lockfiles', () => {
    expect(EXTRACTORS.find((e) => e.claims('apps/meteor/package.json'))?.id).toBe('engines');
    expect(packageEngines.claims('node_modules/x/package.json')).toBe(false);
    expect(packageEngines.claims('package-lock.json')).toBe(false);
  });

  it("judges Rocket.Chat's exact `node: 14.21.3` as that release (end of life and patch lag)", () => {
    const r = read('rocket.chat');
    expect(rows(r)).toEqual(['7 nodejs@14.21.3 nodejs:14.21.3']);
    expect(r.components[0]!.layer).toBe('runtime');
    expect(r.problems).toEqual([]);
  });

  it("judges a floor (`>=18`) by its cycle alone", () => {
    expect(rows(read('rocket.chat.reactnative'))).toEqual(['6 nodejs@>=18 nodejs:18']);
  });

  it("says where a union of release lines is a compatibility range, not a deployment", () => {
    const r = read('mattermost-mobile');
    expect(r.components).toEqual([]);
    expect(r.problems.map((p) => [p.line, p.level, p.message])).toEqual([
      [6, 'notice', 'engines.node "^18.18.0 || ^20.0.0" allows several release lines (a compatibility range); the Node.js release that ships is not checked'],
    ]);
  });

  it('reads nothing from a package that is not private (its engines is a claim to its users)', () => {
    const r = read('zulip-desktop');
    expect(r.components).toEqual([]);
    expect(r.problems).toEqual([]);
  });

  it('reports broken JSON where it breaks, and reads `v20`, `20.x` and `^20.11.0` as the 20 line', () => {
    const bad = packageEngines.extract({ path: 'package.json', text: '{"private": true, "engines": {"node": }}' }, { readFile: () => undefined });
    expect(bad.problems.map((p) => [p.level, p.line])).toEqual([['error', 1]]);
    for (const node of ['v20', '20.x', '^20.11.0', '>=20.11 <23']) {
      const r = packageEngines.extract({ path: 'package.json', text: JSON.stringify({ private: true, engines: { node } }) }, { readFile: () => undefined });
      expect(r.components.map((c) => c.runtime!.productVersion), node).toEqual(['20']);
    }
  });
});
