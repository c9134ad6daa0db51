import { describe, expect, it } from 'vitest';
import { retainedBytes } from '../../test/helpers/retained.js';
import { fitted } from './arrays.js';

/** 20,000 arrays of one event each, built as the OSV normaliser builds them (push). */
function events(fit: <T>(a: T[]) => T[]): { fixed: string }[][] {
  return Array.from({ length: 20_000 }, (_, i) => {
    const list: { fixed: string }[] = [];
    list.push({ fixed: `1.${i}.0` });
    return fit(list);
  });
}

describe('fitted', () => {
  it('gives the same elements, in order, in a new array', () => {
    const a = [1, 2, 3];
    a.push(4);
    const f = fitted(a);
    expect(f).toEqual([1, 2, 3, 4]);
    expect(f).not.toBe(a);
    expect(fitted([])).toEqual([]);
  });

  it('keeps no room to grow: a pushed array of one element holds far more than its fitted copy', () => {
    let kept: unknown[] = [];
    const pushed = retainedBytes(() => events((a) => a), (v) => (kept = v));
    const fit = retainedBytes(() => events(fitted), (v) => (kept = v));
    expect(kept).toHaveLength(20_000);
    // Per array: 32 bytes of array, 152 of backing store against 24, plus the event and its text.
    expect(fit).toBeLessThan(pushed - 20_000 * 100);
  });
});
