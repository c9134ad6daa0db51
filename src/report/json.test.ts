import { describe, expect, it } from 'vitest';
import { trimmed } from '../../test/helpers/corpus.js';
import { check } from '../check.js';
import { jsonChunks, LazyArray, renderJson, renderJsonChunks } from './json.js';
import type { Report } from './model.js';

describe('renderJsonChunks', () => {
  it('writes the same bytes as renderJson for a real report, one array element per piece', async () => {
    const db = [trimmed('osv', 'crates.io', 'all.zip'), trimmed('osv', 'PyPI', 'all.zip')];
    const { report } = await check({ root: trimmed('repos', 'element-hq__synapse@c705beebf7'), db, now: new Date('2026-11-24T00:00:00Z'), cacheDir: false });
    expect(report!.findings.length).toBeGreaterThan(0);
    const chunks = [...renderJsonChunks(report!)];
    expect(chunks.join('')).toBe(renderJson(report!));
    expect(chunks.length).toBeGreaterThan(report!.components.length + report!.findings.length);
  });

  it('matches renderJson on empty arrays, nested quotes and line breaks in values', () => {
    const report = {
      schemaVersion: 1,
      findings: [],
      problems: [{ level: 'warning', origin: 'x', message: 'line one\nline "two"\t\u2028 \ud800' }, null, undefined, [], {}, 'text', 7, new Date(0)],
      summary: { nested: { deeper: [1, [2, []], {}] } },
      absent: undefined,
      when: new Date(0),
      empty: {},
    } as unknown as Report;
    expect([...renderJsonChunks(report)].join('')).toBe(renderJson(report));
    expect([...renderJsonChunks({} as Report)].join('')).toBe(renderJson({} as Report));
  });
});

describe('jsonChunks', () => {
  it("writes JSON.stringify(value, null, 2)'s bytes, making a LazyArray's elements only as it writes them", () => {
    const made: number[] = [];
    const lazy = (n: number) =>
      new LazyArray(function* () {
        for (let i = 0; i < n; i++) {
          made.push(i);
          yield { i, nested: [i, { deep: [] }], text: 'a "quoted"\nline', gone: undefined };
        }
      });
    const eager = (n: number) => Array.from({ length: n }, (_, i) => ({ i, nested: [i, { deep: [] }], text: 'a "quoted"\nline', gone: undefined }));
    const shape = (items: unknown, empty: unknown) => ({ a: 1, runs: [{ tool: { rules: [{ id: 'x' }] }, results: items, after: { empty, list: [null, 'x'] } }, 'plain'], skipped: undefined, last: {} });
    for (const n of [0, 1, 3]) {
      const chunks = jsonChunks(shape(lazy(n), lazy(0)));
      expect(made).toEqual([]);
      expect([...chunks].join('')).toBe(JSON.stringify(shape(eager(n), []), null, 2));
      expect(made).toEqual(Array.from({ length: n }, (_, i) => i));
      made.length = 0;
    }
    expect([...jsonChunks(lazy(2))].join('')).toBe(JSON.stringify(eager(2), null, 2));
    // Beside a LazyArray (so written piece by piece): what JSON cannot hold, as JSON.stringify writes it.
    expect([...jsonChunks({ a: [undefined, () => 1], f: () => 1, b: lazy(1) })].join('')).toBe(JSON.stringify({ a: [undefined, () => 1], f: () => 1, b: eager(1) }, null, 2));
  });
});
