import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scannerReports } from './index.js';

const dir = fileURLToPath(new URL('./__fixtures__/', import.meta.url));

function run(name: string, text = readFileSync(dir + name, 'utf8')) {
  return { text, ...scannerReports.extract({ path: `reports/${name}`, text }, { readFile: () => undefined }) };
}

describe('scanner-report claims', () => {
  it.each(['trivy.json', 'trivy-image.json', 'reports/app.trivy.json', 'grype.json', 'grype_results.json', 'nginx-grype.json'])('claims %s', (p) => {
    expect(scannerReports.claims(p)).toBe(true);
  });
  it.each(['trivy.yaml', 'package.json', 'trivyignore.json.bak'])('leaves %s', (p) => {
    expect(scannerReports.claims(p)).toBe(false);
  });
});

describe('Trivy reports', () => {
  it('debian stretch without --list-all-pkgs: the five packages its findings name, each at its first finding', () => {
    const r = run('trivy-debian-stretch.json');
    expect(r.components.map((c) => [c.ecosystem, c.name, c.version, c.layer, c.locations])).toEqual([
      ['Debian:9', 'bash', '4.4-5', 'os', [{ file: 'reports/trivy-debian-stretch.json', line: 73 }]],
      ['Debian:9', 'e2fslibs', '1.43.4-2', 'os', [{ file: 'reports/trivy-debian-stretch.json', line: 138 }]],
      ['Debian:9', 'e2fsprogs', '1.43.4-2', 'os', [{ file: 'reports/trivy-debian-stretch.json', line: 213 }]],
      ['Debian:9', 'libcomerr2', '1.43.4-2', 'os', [{ file: 'reports/trivy-debian-stretch.json', line: 288 }]],
      ['Debian:9', 'libss2', '1.43.4-2', 'os', [{ file: 'reports/trivy-debian-stretch.json', line: 363 }]],
    ]);
    // Each line opens the finding of that package.
    const lines = r.text.split('\n');
    for (const c of r.components) {
      const at = c.locations[0]!.line;
      expect(lines[at - 1]!.trim()).toBe('{');
      expect(lines.slice(at, at + 10).map((l) => l.trim())).toContain(`"PkgName": "${c.name}",`);
    }
    expect(r.problems).toEqual([]);
  });

  it('alpine 3.10: a package named by two findings is one component, at the first', () => {
    const r = run('trivy-alpine-3.10.json');
    expect(r.components.map((c) => [c.ecosystem, c.name, c.version, c.locations[0]!.line, c.os])).toEqual([
      ['Alpine:v3.10', 'libcrypto1.1', '1.1.1c-r0', 74, { manager: 'apk', distro: 'alpine', release: 'v3.10', arch: 'x86_64' }],
      ['Alpine:v3.10', 'libssl1.1', '1.1.1c-r0', 232, { manager: 'apk', distro: 'alpine', release: 'v3.10', arch: 'x86_64' }],
    ]);
  });

  it('with --list-all-pkgs: every package at its Packages entry, source packages kept, language packages too', () => {
    const text = JSON.stringify(
      {
        SchemaVersion: 2,
        Metadata: { OS: { Family: 'ubuntu', Name: '22.04' } },
        Results: [
          {
            Target: 'img (ubuntu 22.04)',
            Class: 'os-pkgs',
            Type: 'ubuntu',
            Packages: [
              { Name: 'libssl3', Version: '3.0.2-0ubuntu1.10', SrcName: 'openssl', SrcVersion: '3.0.2-0ubuntu1.10', Arch: 'amd64' },
              { Name: 'libc6', Version: '2.35-0ubuntu3.1', SrcName: 'glibc', SrcVersion: '2.35-0ubuntu3.1' },
            ],
            Vulnerabilities: [{ VulnerabilityID: 'CVE-2023-0286', PkgName: 'libssl3', InstalledVersion: '3.0.2-0ubuntu1.10', FixedVersion: '3.0.2-0ubuntu1.12' }],
          },
          { Target: 'app/package-lock.json', Class: 'lang-pkgs', Type: 'npm', Packages: [{ Name: '@babel/core', Version: '7.22.0' }, { Name: 'left-pad' }] },
          { Target: 'opt/x.jar', Class: 'lang-pkgs', Type: 'jar', Packages: [{ Name: 'org.yaml:snakeyaml', Version: '1.33' }] },
          { Target: 'usr/lib/x.so', Class: 'lang-pkgs', Type: 'conan', Packages: [{ Name: 'zlib', Version: '1.2.13' }] },
        ],
      },
      null,
      2,
    );
    const r = run('trivy.json', text);
    expect(r.components.map((c) => [c.ecosystem, c.name, c.version, c.locations[0]!.line, c.os?.sourceName])).toEqual([
      ['Ubuntu:22.04:LTS', 'libssl3', '3.0.2-0ubuntu1.10', 15, 'openssl'],
      ['Ubuntu:22.04:LTS', 'libc6', '2.35-0ubuntu3.1', 22, 'glibc'],
      ['npm', '@babel/core', '7.22.0', 43, undefined],
      ['Maven', 'org.yaml:snakeyaml', '1.33', 57, undefined],
    ]);
    expect(r.problems.map((p) => [p.level, p.line, p.message])).toEqual([
      ['notice', 47, 'package "left-pad" without a version; not checked'],
      ['notice', 68, 'zlib@1.2.13: conan target\'s packages name no ecosystem patchwarden matches; not checked'],
      ['warning', undefined, 'Trivy report: 2 of 6 packages not checked: 2 with no package'],
    ]);
  });

  it('notes JSON that is no report, and locates invalid JSON', () => {
    expect(run('trivy.json', '{"Results": []}').problems[0]!.message).toBe('not a Trivy (SchemaVersion, Results) or Grype (matches) JSON report; skipped');
    expect(run('trivy.json', '{\n"SchemaVersion": 2,\n').problems[0]).toMatchObject({ level: 'error', line: 3 });
  });
});

describe('Grype reports', () => {
  it('reads the matched artifacts at their lines, with the distro block and rpm epochs', () => {
    const r = run('grype-presenter-snapshot.json');
    expect(r.components.map((c) => [c.ecosystem, c.name, c.version, c.locations[0]!.line, c.os?.manager])).toEqual([
      ['centos', 'package-1', '2:1.1.1', 59, 'rpm'],
      ['centos', 'package-2', '2.2.2', 137, 'dpkg'],
    ]);
    const lines = r.text.split('\n');
    expect([lines[58], lines[136]].map((l) => l?.trim())).toEqual(['"artifact": {', '"artifact": {']);
  });
});
