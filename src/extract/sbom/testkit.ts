import { expect } from 'vitest';
import type { Component } from '../../model/types.js';

/**
 * Independent of the extractor's locator: the component's line opens its element or object, and
 * its purl is written before the next component's line (JSON's `\u0026` read as `&`, a trailing
 * comma ignored).
 */
export function assertLocated(text: string, components: Component[], opener: RegExp, purlLine: (purl: string) => string): void {
  const lines = text.split(/\r\n|\n/);
  const starts = components.flatMap((c) => c.locations.map((l) => l.line)).sort((a, b) => a - b);
  for (const c of components) {
    for (const { line } of c.locations) {
      expect(lines[line - 1], `${c.name} at ${line}`).toMatch(opener);
      const next = starts.find((s) => s > line) ?? lines.length + 1;
      const body = lines.slice(line - 1, next - 1).map((l) => l.trim().replace(/\\u0026/g, '&').replace(/,$/, ''));
      expect(body, `${c.name} at ${line}`).toContain(purlLine(c.purl));
    }
  }
}

/** `<purl>` as CycloneDX XML writes it. */
export const xmlPurlLine = (purl: string): string => `<purl>${purl.replace(/&/g, '&amp;')}</purl>`;
