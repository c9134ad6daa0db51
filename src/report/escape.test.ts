import { describe, expect, it } from 'vitest';
import { code, link, text } from './escape.js';

describe('Markdown escaping of untrusted text', () => {
  it('code() cannot be closed early and keeps tables intact', () => {
    expect(code('ws')).toBe('`ws`');
    expect(code('a`b')).toBe('``a`b``');
    expect(code('`x`')).toBe('`` `x` ``');
    expect(code('a|b')).toBe('`a\\|b`');
    expect(code('line\nbreak')).toBe('`line break`');
    expect(code('')).toBe('` `');
  });

  it('text() defuses mentions, references, links and HTML', () => {
    const hostile = '@admin closes #1 [click](https://evil.example) <img src=x onerror=alert(1)> **bold**';
    const out = text(hostile);
    expect(out).not.toMatch(/@[a-z]/);
    expect(out).not.toMatch(/#\d/);
    expect(out).not.toContain('<img');
    expect(out).not.toContain('](');
    expect(out).not.toContain('https://');
    expect(out).toContain('\\*\\*bold\\*\\*');
  });

  it('link() only links https URLs and escapes the label', () => {
    expect(link('GHSA-1', 'https://github.com/advisories/GHSA-1')).toBe('[GHSA-1](https://github.com/advisories/GHSA-1)');
    expect(link('x', 'javascript:alert(1)')).toBe('x');
    expect(link('x', 'https://a.example/(evil)')).toBe('x');
  });
});
