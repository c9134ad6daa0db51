import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { discover } from '../../discover/index.js';
import { realRoot } from '../../discover/read.js';
import { extractAll } from '../index.js';
import { EXTRACTORS } from '../registry.js';
import { ansiblePackageFacts } from './index.js';

const fleet = fileURLToPath(new URL('./__fixtures__/fleet/', import.meta.url));

function run(rel: string, text = readFileSync(fleet + rel, 'utf8')) {
  return { text, ...ansiblePackageFacts.extract({ path: rel, text }, { readFile: () => undefined }) };
}

describe('ansible package_facts claims', () => {
  it.each(['package_facts.json', 'hosts/web1.package_facts.json', 'web1.package-facts.json', 'inventory/package_facts/web1.json', 'ansible-facts/db1.json', 'facts_cache/edge1'])('claims %s', (p) => {
    expect(ansiblePackageFacts.claims(p)).toBe(true);
  });
  it.each(['package.json', 'facts.json', 'package_facts/README.md', 'roles/x/tasks/main.yml'])('leaves %s', (p) => {
    expect(ansiblePackageFacts.claims(p)).toBe(false);
  });
});

describe('one host', () => {
  it('Debian 12 from to_nice_json: each package at its entry, the release from setup\'s facts', () => {
    const r = run('package_facts/web1.json');
    expect(r.components.map((c) => [c.ecosystem, c.name, c.version, c.locations[0]!.line, c.os])).toEqual([
      ['Debian:12', 'curl', '7.88.1-10+deb12u14', 11, { manager: 'dpkg', distro: 'debian', release: '12', arch: 'amd64' }],
      ['Debian:12', 'libc6', '2.36-9+deb12u14', 21, { manager: 'dpkg', distro: 'debian', release: '12', arch: 'amd64' }],
      ['Debian:12', 'libssl3', '3.0.19-1~deb12u2', 31, { manager: 'dpkg', distro: 'debian', release: '12', arch: 'amd64' }],
      ['Debian:12', 'nginx', '1.22.1-9+deb12u3', 41, { manager: 'dpkg', distro: 'debian', release: '12', arch: 'amd64' }],
      ['Debian:12', 'openssl', '3.0.19-1~deb12u2', 51, { manager: 'dpkg', distro: 'debian', release: '12', arch: 'amd64' }],
      ['Debian:12', 'zlib1g', '1:1.2.13.dfsg-1', 61, { manager: 'dpkg', distro: 'debian', release: '12', arch: 'amd64' }],
    ]);
    const lines = r.text.split('\n');
    for (const c of r.components) {
      const at = c.locations[0]!.line;
      expect(lines[at - 1]!.trim()).toBe('{');
      expect(lines.slice(at, at + 7).map((l) => l.trim())).toContain(`"name": "${c.name}",`);
    }
    expect(r.problems).toEqual([]);
  });

  it('Rocky 9 rpm: epoch and release joined as rpm writes them, both kernels kept', () => {
    const r = run('package_facts/db1.json');
    expect(r.components.map((c) => [c.ecosystem, c.name, c.version, c.locations[0]!.line])).toEqual([
      ['Rocky Linux:9', 'bash', '5.1.8-6.el9_1', 10],
      ['Rocky Linux:9', 'kernel', '5.14.0-362.8.1.el9_3', 20],
      ['Rocky Linux:9', 'kernel', '5.14.0-362.13.1.el9_3', 28],
      ['Rocky Linux:9', 'openssl-libs', '1:3.0.7-24.el9', 38],
      ['Rocky Linux:9', 'postgresql-server', '13.11-1.el9', 48],
    ]);
  });

  it('Alpine from the fact cache: ansible_-prefixed setup facts, apk version and release joined', () => {
    const r = run('package_facts/edge1.json');
    expect(r.components.map((c) => [c.ecosystem, c.name, c.version])).toEqual([
      ['Alpine:v3.19', 'busybox', '1.36.1-r15'],
      ['Alpine:v3.19', 'libssl3', '3.1.4-r5'],
      ['Alpine:v3.19', 'musl', '1.2.4_git20230717-r4'],
      ['Alpine:v3.19', 'redis', '7.2.4-r0'],
    ]);
  });

  it('without setup\'s facts: apt\'s origin names the distribution, the release is unknown and said so; other managers are counted', () => {
    const r = run('package_facts/legacy1.json');
    expect(r.components.map((c) => [c.ecosystem, c.name, c.version, c.locations[0]!.line])).toEqual([['Ubuntu', 'libssl1.1', '1.1.1f-1ubuntu2.20', 5]]);
    expect(r.problems.map((p) => [p.level, p.line, p.message])).toEqual([
      [
        'warning',
        1,
        'host legacy1: no distribution facts (ansible_distribution, ansible_distribution_version) beside the packages, so the release is unknown; read as ubuntu of no particular release. Gather them with setup (gather_facts) in the same play',
      ],
      ['notice', 15, 'snapd@2.58: package manager "snap" is not one patchwarden matches (apt, apk, rpm); not checked'],
      ['warning', undefined, 'package_facts of legacy1: 1 of 2 packages not checked: 1 with source snap'],
    ]);
  });

  it('notes a JSON file that holds no packages map', () => {
    expect(run('package_facts.json', '{"ansible_facts": {"distribution": "Debian"}}').problems[0]!.message).toBe(
      'no ansible_facts.packages map (the output of ansible.builtin.package_facts); skipped',
    );
  });
});

describe('a fleet', () => {
  it('is one inventory: each host\'s file is a location of the packages it has', () => {
    const root = realRoot(fleet);
    const found = discover({ root, extractors: EXTRACTORS });
    expect(found.files.map((f) => [f.path, f.extractor.id])).toEqual([
      ['package_facts/db1.json', 'ansible-package-facts'],
      ['package_facts/edge1.json', 'ansible-package-facts'],
      ['package_facts/legacy1.json', 'ansible-package-facts'],
      ['package_facts/web1.json', 'ansible-package-facts'],
    ]);
    const { components } = extractAll(root, found.files);
    expect(components).toHaveLength(6 + 5 + 4 + 1);
    expect(new Set(components.map((c) => c.ecosystem))).toEqual(new Set(['Debian:12', 'Rocky Linux:9', 'Alpine:v3.19', 'Ubuntu']));
    expect(components.find((c) => c.name === 'redis')!.locations).toEqual([{ file: 'package_facts/edge1.json', line: 35 }]);
  });
});
