import { describe, expect, it } from 'vitest';
import { jsonPathKey, objectLines } from './json-lines.js';

describe('objectLines', () => {
  it('finds nested array objects by path, skipping strings that look like structure', () => {
    const text = [
      '{',
      '  "components": [',
      '    { "name": "a", "note": "{[,\\"" },',
      '    {',
      '      "name": "b",',
      '      "components": [ 1, "x", {"name": "c"} ]',
      '    }',
      '  ],',
      '  "Results": [{"Packages": [{}, {}]}]',
      '}',
    ].join('\r\n');
    const lines = objectLines(text, (p) => p.length >= 2);
    expect(Object.fromEntries([...lines].map(([k, v]) => [k.split('\u0000').join('/'), v]))).toEqual({
      'components/0': 3,
      'components/1': 4,
      'components/1/components/2': 6,
      'Results/0': 9,
      'Results/0/Packages/0': 9,
      'Results/0/Packages/1': 9,
    });
    expect(lines.get(jsonPathKey(['components', 1, 'components', 2]))).toBe(6);
  });

  it('does not recurse: 100,000 nested arrays are read without exhausting the stack', () => {
    const deep = '['.repeat(100_000) + '{}' + ']'.repeat(100_000);
    expect(objectLines(deep, (p) => p.length === 100_000).size).toBe(1);
  });
});
