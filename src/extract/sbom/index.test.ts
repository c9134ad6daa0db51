import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { sboms } from './index.js';
import { assertLocated, xmlPurlLine } from './testkit.js';

const corpus = fileURLToPath(new URL('../../../test/corpus/os-sbom/', import.meta.url));
const fixtures = fileURLToPath(new URL('./__fixtures__/', import.meta.url));

/** The large real SBOMs live in test/corpus, the small ones beside the extractor. */
const real = (name: string): string => readFileSync((existsSync(fixtures + name) ? fixtures : corpus) + name, 'utf8');

function run(name: string, text = real(name)) {
  return { text, ...sboms.extract({ path: `images/${name}`, text }, { readFile: () => undefined }) };
}

describe('sbom extractor claims', () => {
  it.each(['bom.json', 'x/app.cdx.json', 'sbom.json', 'sbom-image.json', 'img.spdx.json', 'img.syft.json', 'bom.xml', 'a/b.cdx.xml', 'app.cyclonedx.json'])('claims %s', (p) => {
    expect(sboms.claims(p)).toBe(true);
  });
  it.each(['package.json', 'pom.xml', 'composer.json', 'trivy.json', 'bom.yaml'])('leaves %s', (p) => {
    expect(sboms.claims(p)).toBe(false);
  });
});

describe('CycloneDX XML (syft 0.73.0)', () => {
  it('reads postgres:11.15-stretch: 132 Debian 9 packages and 3 Go modules, every one at its element', () => {
    const r = run('postgres-11.15-stretch.trimmed.cdx.xml');
    expect(r.components.filter((c) => c.ecosystem === 'Debian:9')).toHaveLength(132);
    expect(r.components.filter((c) => c.ecosystem === 'Go').map((c) => `${c.name}@${c.version}`).sort()).toEqual([
      'github.com/opencontainers/runc@v1.0.1',
      'github.com/tianon/gosu@(devel)',
      'golang.org/x/sys@v0.0.0-20210817142637-7d9622a276b7',
    ].sort());
    expect(r.components).toHaveLength(135);
    assertLocated(r.text, r.components, /^\s*<component /, xmlPurlLine);
    const libc6 = r.components.find((c) => c.name === 'libc6')!;
    expect(libc6.os).toEqual({ manager: 'dpkg', distro: 'debian', release: '9', sourceName: 'glibc', arch: 'amd64' });
    expect(libc6.version).toBe('2.24-11+deb9u4');
    expect(libc6.layer).toBe('os');
    // The one package no ecosystem names is reported at its line, and counted.
    const generic = r.text.split('\n').findIndex((l) => l.includes('<purl>pkg:generic/postgresql@')) + 1;
    const at = r.problems.find((p) => p.message.includes('pkg:generic/postgresql'));
    expect(at?.line).toBeLessThan(generic);
    expect(r.text.split('\n')[at!.line! - 1]).toMatch(/<component /);
    expect(r.problems.map((p) => p.message)).toContain('CycloneDX 1.4 XML: 1 of 136 packages not checked: 1 with purl type generic');
  });

  it('reads alpine:3.17.2: 14 apk packages of Alpine:v3.17, the purl-less busybox binary reported', () => {
    const r = run('alpine-3.17.2.cdx.xml');
    expect(r.components).toHaveLength(14);
    expect(new Set(r.components.map((c) => c.ecosystem))).toEqual(new Set(['Alpine:v3.17']));
    assertLocated(r.text, r.components, /^\s*<component /, xmlPurlLine);
    expect(r.components.find((c) => c.name === 'alpine-baselayout')!.locations).toEqual([{ file: 'images/alpine-3.17.2.cdx.xml', line: 18 }]);
    const ssl = r.components.find((c) => c.name === 'libssl3')!;
    expect([ssl.version, ssl.os?.sourceName]).toEqual(['3.0.8-r0', 'openssl']);
    expect(r.problems.map((p) => [p.level, p.line, p.message])).toEqual([
      ['notice', 172, 'application "busybox@1.35.0" has no purl; not checked'],
      ['warning', undefined, 'CycloneDX 1.4 XML: 1 of 15 packages not checked: 1 with no purl'],
    ]);
  });

  it('takes the distribution from the operating-system component when purls carry none', () => {
    const text = [
      '<?xml version="1.0"?>',
      '<bom xmlns="http://cyclonedx.org/schema/bom/1.5" version="1">',
      '  <components>',
      '    <component type="library"><name>openssl</name><version>3.0.11-1~deb12u2</version>',
      '      <purl>pkg:deb/debian/openssl@3.0.11-1~deb12u2?arch=amd64</purl>',
      '      <components><component type="library"><purl>pkg:npm/lodash@4.17.20</purl></component></components>',
      '    </component>',
      '    <component type="operating-system"><name>debian</name><version>12</version></component>',
      '  </components>',
      '</bom>',
    ].join('\n');
    const r = run('bom.xml', text);
    expect(r.components.map((c) => [c.ecosystem, c.name, c.locations[0]!.line, c.layer])).toEqual([
      ['Debian:12', 'openssl', 4, 'os'],
      ['npm', 'lodash', 6, 'library'],
    ]);
    expect(r.problems).toEqual([]);
  });

  it('refuses a DTD entity instead of expanding it, and says where', () => {
    const text = '<?xml version="1.0"?>\n<!DOCTYPE bom [<!ENTITY a "aaaaaaaaaa">]>\n<bom xmlns="http://cyclonedx.org/schema/bom/1.4">\n<components><component type="library"><purl>&a;</purl></component></components></bom>';
    const r = run('bom.xml', text);
    expect(r.components).toEqual([]);
    expect(r.problems[0]).toMatchObject({ level: 'error', line: 4 });
    expect(r.problems[0]!.message).toMatch(/^invalid XML: .*entity/);
  });

  it('notes an XML file that is not CycloneDX', () => {
    const r = run('bom.xml', '<project><name>x</name></project>');
    expect(r.problems).toEqual([{ level: 'notice', origin: 'extract/sbom', file: 'images/bom.xml', line: 1, message: 'not a CycloneDX document (no <bom> root in the CycloneDX namespace); skipped' }]);
  });
});

describe('CycloneDX JSON', () => {
  it('reads SCALIBR\'s 1.6 document: zlib of Alpine 3.22 at its object\'s line', () => {
    const r = run('scalibr-alpine-zlib.cdx.json');
    expect(r.components).toEqual([
      {
        ecosystem: 'Alpine:v3.22',
        name: 'zlib',
        version: '1.2.12-r1',
        purl: 'pkg:apk/alpine/zlib@1.2.12-r1?arch=x86_64&distro=3.22.0&origin=zlib',
        layer: 'os',
        locations: [{ file: 'images/scalibr-alpine-zlib.cdx.json', line: 32 }],
        os: { manager: 'apk', distro: 'alpine', release: 'v3.22', arch: 'x86_64' },
      },
    ]);
    expect(r.problems).toEqual([]);
  });

  it('reads nested components, merges a repeated purl into one component with both lines, and reports what it cannot check', () => {
    const text = JSON.stringify(
      {
        bomFormat: 'CycloneDX',
        specVersion: '1.5',
        metadata: { component: { type: 'operating-system', name: 'ubuntu', version: '22.04' } },
        components: [
          { type: 'library', name: 'libssl3', purl: 'pkg:deb/ubuntu/libssl3@3.0.2-0ubuntu1.15?upstream=openssl' },
          { type: 'application', name: 'app', components: [{ type: 'library', purl: 'pkg:pypi/Jinja2@3.1.2' }, { type: 'file', name: 'run.sh' }] },
          { type: 'library', name: 'libssl3', purl: 'pkg:deb/ubuntu/libssl3@3.0.2-0ubuntu1.15?upstream=openssl' },
        ],
      },
      null,
      2,
    );
    const r = run('sbom.json', text);
    expect(r.components.map((c) => [c.ecosystem, c.name, c.locations.map((l) => l.line)])).toEqual([
      ['Ubuntu:22.04:LTS', 'libssl3', [12, 31]],
      ['PyPI', 'jinja2', [21]],
    ]);
    expect(r.problems.map((p) => [p.line, p.message])).toEqual([
      [17, 'application "app" has no purl; not checked'],
      [25, 'file "run.sh" has no purl; not checked'],
      [undefined, 'CycloneDX 1.5: 2 of 4 packages not checked: 2 with no purl'],
    ]);
  });

  it('reads components nested 32 deep and says where deeper ones are left out', () => {
    let inner: Record<string, unknown> = { type: 'library', purl: 'pkg:npm/deepest@1.0.0' };
    for (let i = 33; i >= 1; i--) inner = { type: 'library', purl: `pkg:npm/level${i}@1.0.0`, components: [inner] };
    const r = run('bom.json', JSON.stringify({ bomFormat: 'CycloneDX', specVersion: '1.6', components: [inner] }));
    expect(r.components).toHaveLength(32);
    expect(r.components.at(-1)!.name).toBe('level32');
    expect(r.problems).toEqual([{ level: 'warning', origin: 'extract/sbom', file: 'images/bom.json', line: 1, message: 'components nested more than 32 deep are not read' }]);
  });

  it('says where invalid JSON breaks, and notes JSON that is no SBOM', () => {
    expect(run('bom.json', '{\n  "bomFormat": "CycloneDX",\n  "components": [\n}').problems[0]).toMatchObject({ level: 'error', line: 4 });
    expect(run('sbom.json', '{"name": "x"}').problems[0]!.message).toBe('not a CycloneDX, SPDX or syft JSON document (no bomFormat, spdxVersion or syft schema); skipped');
  });
});

describe('SPDX JSON', () => {
  it('reads syft\'s SPDX 2.2 of alpine 3.10 (PACKAGE_MANAGER purls)', () => {
    const r = run('alpine-3.10.spdx.json');
    expect(r.components.map((c) => [c.ecosystem, c.name, c.version, c.os?.sourceName])).toEqual([
      ['Alpine:v3.10', 'busybox', '1.30.1-r5', undefined],
      ['Alpine:v3.10', 'libssl1.1', '1.1.1k-r0', undefined],
      ['Alpine:v3.10', 'ssl_client', '1.30.1-r5', 'busybox'],
    ]);
    assertLocated(r.text, r.components, /^\s*\{\s*$/, (purl) => `"referenceLocator": ${JSON.stringify(purl)}`);
  });

  it('reads SCALIBR\'s SPDX 2.3 (PACKAGE-MANAGER purl with a codename)', () => {
    const r = run('scalibr-ubuntu-pcre3.spdx.json');
    expect(r.components.map((c) => [c.ecosystem, c.name, c.version, c.locations[0]!.line])).toEqual([['Ubuntu:20.04:LTS', 'pcre3', '2:8.39-12ubuntu0.1', 14]]);
  });

  it('takes the OPERATING-SYSTEM package as the distribution and reports packages without purl', () => {
    const text = JSON.stringify(
      {
        spdxVersion: 'SPDX-2.3',
        packages: [
          { name: 'debian', versionInfo: '12', primaryPackagePurpose: 'OPERATING-SYSTEM' },
          { name: 'curl', versionInfo: '7.88.1-10+deb12u5', externalRefs: [{ referenceCategory: 'PACKAGE-MANAGER', referenceType: 'purl', referenceLocator: 'pkg:deb/debian/curl@7.88.1-10+deb12u5?arch=amd64' }] },
          { name: 'image', versionInfo: 'sha256:abc' },
        ],
      },
      null,
      1,
    );
    const r = run('img.spdx.json', text);
    expect(r.components.map((c) => [c.ecosystem, c.name, c.locations[0]!.line])).toEqual([['Debian:12', 'curl', 9]]);
    expect(r.problems.map((p) => [p.line, p.message])).toEqual([
      [20, 'package "image@sha256:abc" has no purl; not checked'],
      [undefined, 'SPDX-2.3: 1 of 2 packages not checked: 1 with no purl'],
    ]);
  });
});

describe('syft JSON', () => {
  it('reads schema 6 (alpine 3.16.3): 14 packages at their artifact objects, release from the purls', () => {
    const r = run('alpine-3.16.syft.json');
    expect(r.components).toHaveLength(14);
    expect(new Set(r.components.map((c) => c.ecosystem))).toEqual(new Set(['Alpine:v3.16']));
    assertLocated(r.text, r.components, /^\s*\{\s*$/, (purl) => `"purl": ${JSON.stringify(purl)}`);
    expect(r.problems).toEqual([]);
  });

  it('reads schema 1 (ubuntu 20.04): release from the distro block, source packages from dpkg metadata', () => {
    const r = run('ubuntu-20.04-pruned.syft.json');
    expect(r.components.map((c) => [c.ecosystem, c.name, c.version, c.os?.sourceName, c.locations[0]!.line])).toEqual([
      ['Ubuntu:20.04:LTS', 'gcc-10-base', '10.2.0-5ubuntu1~20.04', 'gcc-10', 3],
      ['Ubuntu:20.04:LTS', 'hostname', '3.23', undefined, 58],
      ['Ubuntu:20.04:LTS', 'libacl1', '2.2.53-6', 'acl', 113],
      ['Ubuntu:20.04:LTS', 'libattr1', '1:2.4.48-5', 'attr', 167],
    ]);
    assertLocated(r.text, r.components, /^\s*\{\s*$/, (purl) => `"purl": ${JSON.stringify(purl)}`);
  });
});
