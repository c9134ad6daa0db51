import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { sboms } from './index.js';
import { assertLocated, xmlPurlLine } from './testkit.js';

// The untrimmed SBOMs in ../shared/data/os/sbom/: every component located, none lost.
const dir = fileURLToPath(new URL('../../../../shared/data/os/sbom/', import.meta.url));

function run(name: string) {
  const text = readFileSync(dir + name, 'utf8');
  return { text, ...sboms.extract({ path: name, text }, { readFile: () => undefined }) };
}

describe('real SBOMs, untrimmed', () => {
  it('postgres:11.15-stretch (CycloneDX XML with every property): 135 components, each at its <component>', () => {
    const r = run('osv-scanner-postgres-stretch.cdx.xml');
    expect(r.components).toHaveLength(135);
    expect(r.components.filter((c) => c.ecosystem === 'Debian:9' && c.layer === 'os')).toHaveLength(132);
    assertLocated(r.text, r.components, /^\s*<component /, xmlPurlLine);
    // As many <purl> elements as components plus the one generic package reported.
    expect((r.text.match(/<purl>/g) ?? []).length).toBe(136);
  });

  it('alpine:3.17.2 (CycloneDX XML): 14 components at their elements', () => {
    const r = run('osv-scanner-alpine.cdx.xml');
    expect(r.components).toHaveLength(14);
    assertLocated(r.text, r.components, /^\s*<component /, xmlPurlLine);
  });

  it.each([
    ['syft-alpine.syft.json', 14, '"purl": '],
    ['grype-sbom-ubuntu-20.04--pruned.syft.json', 4, '"purl": '],
    ['syft-alpine-3.10.spdx.json', 3, '"referenceLocator": '],
    ['osv-scanner-only-unimportant.spdx.json', 1, '"referenceLocator": '],
    ['osv-scanner-alpine-zlib-16.cdx.json', 1, '"purl": '],
  ])('%s: %i components, each at its object', (name, count, key) => {
    const r = run(name);
    expect(r.components).toHaveLength(count);
    expect(r.problems).toEqual([]);
    assertLocated(r.text, r.components, /^\s*\{\s*$/, (purl) => `${key}${JSON.stringify(purl)}`);
  });
});
