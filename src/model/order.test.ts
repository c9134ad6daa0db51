import { describe, expect, it } from 'vitest';
import { byCodePoint } from './order.js';

describe('byCodePoint', () => {
  it('orders by code units whatever the locale: capitals before small letters, å ä ö after z', () => {
    // Swedish collation puts å, ä, ö after z but sorts case-insensitively; English puts ä beside a.
    expect(['b', 'ä', 'a', 'Z', 'å', 'z', 'ö', 'B'].sort(byCodePoint)).toEqual(['B', 'Z', 'a', 'b', 'z', 'ä', 'å', 'ö']);
    expect(byCodePoint('x', 'x')).toBe(0);
  });
});
