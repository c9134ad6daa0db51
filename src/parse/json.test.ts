import { describe, expect, it } from 'vitest';
import { KEY_SEP, jsonErrorAt, locateJsonKeys } from './json.js';
import { LineIndex } from './lines.js';

describe('locateJsonKeys', () => {
  it('finds keys by path through nesting, arrays, escapes and mixed line ends', () => {
    const text = '{\n "a": {"x": [1, {"y": "}\\"{"}],\r\n  "b\\u0041": {}},\r "c": 2\n}';
    const found = locateJsonKeys(text, () => true);
    expect(Object.fromEntries([...found].map(([k, v]) => [k.split(KEY_SEP).join('.'), v]))).toEqual({
      a: 2,
      'a.x': 2,
      'a.x.y': 2,
      'a.bA': 3,
      c: 4,
    });
  });

  it('only records what is asked for', () => {
    const found = locateJsonKeys('{"packages": {"": {"name": "x"}, "node_modules/a": {}}}', (p) => p.length === 2 && p[0] === 'packages');
    expect([...found.keys()]).toEqual([`packages${KEY_SEP}`, `packages${KEY_SEP}node_modules/a`]);
  });

  it('survives unbalanced input without throwing', () => {
    expect(() => locateJsonKeys(']]}}{"a":', () => true)).not.toThrow();
    expect(() => locateJsonKeys('['.repeat(100_000), () => true)).not.toThrow();
  });
});

describe('LineIndex and jsonErrorAt', () => {
  it('counts \\n, \\r\\n and lone \\r as line ends', () => {
    const idx = new LineIndex('a\nb\r\nc\rd');
    expect([0, 2, 5, 7].map((o) => idx.lineOf(o))).toEqual([1, 2, 3, 4]);
  });

  it('locates invalid JSON', () => {
    expect(jsonErrorAt('{\n  "a": 1,\n  "b": x\n}', '')).toEqual({ message: 'invalid JSON at line 3, column 8: invalid symbol', line: 3, column: 8 });
  });
});
