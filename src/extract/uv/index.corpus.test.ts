import { describe, expect, it } from 'vitest';
import { linesMatching, lineText } from '../bundler/lockfile-testkit.js';
import { checkCutsNeverInvent, sharedCorpusFile } from '../pip/corpus-testkit.js';
import { uvLock } from './index.js';

const ZULIP = 'Welets__zulip@c65cc48215';

describe('uv.lock (zulip, real file)', () => {
  const f = sharedCorpusFile(ZULIP, 'uv.lock');
  const result = uvLock.extract({ path: f.path, text: f.text }, f.ctx);
  const at = (name: string) => result.components.find((c) => c.name === name);

  it('reads every [[package]] at its header line, with no problems', () => {
    expect(result.problems).toEqual([]);
    const headers = linesMatching(f.text, /^\[\[package\]\]$/);
    expect(result.components.map((c) => c.locations[0]!.line).sort((a, b) => a - b)).toEqual(headers);
    for (const c of result.components) {
      expect(lineText(f.text, c.locations[0]!.line + 1)).toBe(`name = "${c.name}"`);
      expect(lineText(f.text, c.locations[0]!.line + 2)).toBe(`version = "${c.version}"`);
    }
  });

  it('takes the source kind from `source`', () => {
    const count = (re: RegExp) => linesMatching(f.text, re).length;
    expect(result.components.filter((c) => c.source === undefined)).toHaveLength(count(/^source = \{ registry = /));
    expect(result.components.filter((c) => c.source === 'url')).toHaveLength(count(/^source = \{ url = /));
    expect(result.components.filter((c) => c.source === 'workspace').map((c) => c.name)).toEqual(['zulip-server']);
  });

  it("marks exactly the root's group members as direct", () => {
    // Independent of the extractor: the `{ name = ... }` lines of the root's [package.dev-dependencies].
    const root = f.text.indexOf('name = "zulip-server"');
    const groups = f.text.slice(f.text.indexOf('[package.dev-dependencies]', root), f.text.indexOf('[package.metadata]', root));
    const names = new Set([...groups.matchAll(/\{ name = "([^"]+)"/g)].map((m) => m[1]));
    expect(new Set(result.components.filter((c) => c.direct).map((c) => c.name))).toEqual(names);
  });

  it('marks dev what only the `dev` group reaches, and follows extras only where asked for', () => {
    expect(at('black')).toMatchObject({ direct: true, dev: true }); // dev group only
    expect(at('django')).toMatchObject({ direct: true, dev: false }); // prod group
    // sqlalchemy (prod) offers a `mypy` extra nobody asks for; mypy itself is in the dev group only
    expect(at('mypy')?.dev).toBe(true);
    expect(at('talon-core')).toMatchObject({ source: 'url', direct: true, dev: false });
  });

  it('never throws on cut-short or overwritten copies and locates what it reports', () => {
    checkCutsNeverInvent(uvLock, f.path, f.text, f.ctx, { numRuns: 40, fixedCutsReport: true });
  });
});
