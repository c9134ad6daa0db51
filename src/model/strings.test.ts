import { describe, expect, it } from 'vitest';
import { retainedBytes } from '../../test/helpers/retained.js';
import { ownString } from './strings.js';

const MB = 2 ** 20;

/** 40 texts of 1 MB each, and one 30-character name sliced from the end of each. */
function names(own: (s: string) => string): string[] {
  return Array.from({ length: 40 }, (_, i) => {
    const text = 'x'.repeat(MB) + `package-name-${String(i).padStart(4, '0')}@1.2.3-beta${i}`;
    return own(text.slice(MB));
  });
}

describe('ownString', () => {
  it('gives the same string', () => {
    for (const s of ['', 'a', 'twelve chars', 'thirteen char', 'ünïcödé-ñame-with-😀-pair', 'a lone half \ud800 of a pair', 'quote " and \\ backslash', 'x'.repeat(1000)]) {
      expect(ownString(s)).toBe(s);
      expect(ownString(('pad' + s + 'pad').slice(3, 3 + s.length))).toBe(s);
    }
  });

  it('keeps none of the text a name was sliced from, where a plain slice keeps all of it', () => {
    let kept: string[] = [];
    const sliced = retainedBytes(() => names((s) => s), (v) => (kept = v));
    expect(kept).toHaveLength(40);
    const own = retainedBytes(() => names(ownString), (v) => (kept = v));
    expect(kept[7]).toBe('package-name-0007@1.2.3-beta7');
    // The texts are 40 MB: sliced names keep them, names of their own are a few KB.
    expect(sliced).toBeGreaterThan(30 * MB);
    expect(own).toBeLessThan(1 * MB);
  });
});
