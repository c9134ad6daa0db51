import { describe, expect, it } from 'vitest';
import { EXTRACTORS } from '../../src/extract/registry.js';
import type { ExtractContext } from '../../src/model/extractor.js';
import { check } from '../../src/check.js';
import { CHART_YAML, POLICY_HEAD } from './yaml-kit.js';
import { NOW, put, scratchDir } from './kit.js';

// A key written twice. Every format has an answer and patchwarden must give the one the format's
// own tool gives, or say where the file is ambiguous; it must never pick a value silently in a
// format whose tool would refuse the file. The rule each row follows is written beside it.


const ctx: ExtractContext = { readFile: (p) => (p.endsWith('Chart.yaml') ? CHART_YAML : undefined) };

type Rule =
  | { rule: 'last wins, as the tool reads it'; components: string[] }
  | { rule: 'every entry is listed'; components: string[] }
  | { rule: 'located error at the repeat'; components: string[]; line: number; level?: 'error' | 'warning' };

const CASES: [string, string, Rule][] = [
  // JSON.parse, PHP's json_decode, Python's json and .NET all keep the last of repeated members.
  ['package-lock.json', '{\n  "lockfileVersion": 3,\n  "packages": {\n    "": {},\n    "node_modules/ws": { "version": "8.17.0" },\n    "node_modules/ws": { "version": "8.17.1" }\n  }\n}\n', { rule: 'last wins, as the tool reads it', components: ['ws@8.17.1:6'] }],
  ['package-lock.json', '{\n  "lockfileVersion": 3,\n  "packages": {\n    "": {},\n    "node_modules/ws": {\n      "version": "8.17.0",\n      "version": "8.17.1"\n    }\n  }\n}\n', { rule: 'last wins, as the tool reads it', components: ['ws@8.17.1:5'] }],
  ['composer.lock', '{\n  "packages": [\n    {\n      "name": "guzzlehttp/guzzle",\n      "version": "7.4.4",\n      "version": "7.4.5"\n    }\n  ],\n  "packages-dev": []\n}\n', { rule: 'last wins, as the tool reads it', components: ['guzzlehttp/guzzle@7.4.5:4'] }],
  ['packages.lock.json', '{\n  "version": 1,\n  "dependencies": {\n    "net8.0": {\n      "Newtonsoft.Json": { "type": "Direct", "resolved": "13.0.1" },\n      "Newtonsoft.Json": { "type": "Direct", "resolved": "13.0.3" }\n    }\n  }\n}\n', { rule: 'last wins, as the tool reads it', components: ['Newtonsoft.Json@13.0.3:6'] }],
  ['bom.json', '{\n  "bomFormat": "CycloneDX",\n  "specVersion": "1.5",\n  "components": [\n    {\n      "purl": "pkg:npm/ws@8.17.0",\n      "purl": "pkg:npm/ws@8.17.1"\n    }\n  ]\n}\n', { rule: 'last wins, as the tool reads it', components: ['ws@8.17.1:5'] }],
  ['trivy.json', '{\n  "SchemaVersion": 2,\n  "Results": [\n    {\n      "Class": "lang-pkgs",\n      "Type": "npm",\n      "Packages": [\n        { "Name": "ws", "Version": "8.17.0", "Version": "8.17.1" }\n      ]\n    }\n  ]\n}\n', { rule: 'last wins, as the tool reads it', components: ['ws@8.17.1:8'] }],
  ['package_facts.json', '{\n  "distribution": "Debian",\n  "distribution_version": "12",\n  "packages": {\n    "curl": [\n      { "name": "curl", "source": "apt", "version": "7.88.1-10+deb12u13", "version": "7.88.1-10+deb12u14" }\n    ]\n  }\n}\n', { rule: 'last wins, as the tool reads it', components: ['curl@7.88.1-10+deb12u14:6'] }],
  ['Pipfile.lock', '{\n  "_meta": {},\n  "default": {\n    "django": { "version": "==4.2.0" },\n    "django": { "version": "==4.2.1" }\n  },\n  "develop": {}\n}\n', { rule: 'last wins, as the tool reads it', components: ['django@4.2.1:5'] }],
  // Go's yaml.v2, which Helm uses, keeps the last; patchwarden says so at the line.
  ['charts/app/values.yaml', 'image:\n  repository: nginx\n  tag: 1.25.3\n  tag: 1.25.4\n', { rule: 'located error at the repeat', level: 'warning', line: 4, components: ['docker.io/library/nginx@1.25.4:1'] }],
  // Strict YAML readers (yaml.v3 in pub's Dart, Ruby's Psych in CocoaPods, compose-go, kubectl) refuse repeats.
  ['pubspec.lock', 'packages:\n  http:\n    dependency: "direct main"\n    description: {name: http, url: "https://pub.dev"}\n    source: hosted\n    version: "1.1.0"\n  http:\n    dependency: "direct main"\n    description: {name: http, url: "https://pub.dev"}\n    source: hosted\n    version: "1.2.0"\nsdks:\n  dart: ">=3.0.0 <4.0.0"\n', { rule: 'located error at the repeat', line: 7, components: ['http@1.1.0:2'] }],
  ['Podfile.lock', 'PODS:\n  - Alamofire (5.8.0)\n\nDEPENDENCIES:\n  - Alamofire\n\nSPEC CHECKSUMS:\n  Alamofire: abc\n  Alamofire: def\n\nPODFILE CHECKSUM: x\n\nCOCOAPODS: 1.15.2\n', { rule: 'located error at the repeat', line: 9, components: ['Alamofire@5.8.0:2'] }],
  ['docker-compose.yml', 'services:\n  web:\n    image: nginx:1.25.3\n    image: nginx:1.25.4\n', { rule: 'located error at the repeat', line: 4, components: [] }],
  ['deploy/app.yaml', 'apiVersion: v1\nkind: Pod\nmetadata: {name: x}\nspec:\n  containers:\n  - name: a\n    image: nginx:1.25.3\n    image: nginx:1.25.4\n', { rule: 'located error at the repeat', line: 8, components: [] }],
  ['kustomization.yaml', 'images:\n- name: nginx\n  newTag: 1.25.3\n  newTag: 1.25.4\n', { rule: 'located error at the repeat', line: 4, components: [] }],
  // TOML forbids redefining a key: every TOML reader refuses the document there.
  ['Cargo.lock', 'version = 3\n\n[[package]]\nname = "serde"\nversion = "1.0.100"\nversion = "1.0.200"\n', { rule: 'located error at the repeat', line: 6, components: ['serde@1.0.100:3'] }],
  ['poetry.lock', '[[package]]\nname = "django"\nversion = "4.2.0"\nversion = "4.2.1"\n\n[metadata]\nlock-version = "2.0"\n', { rule: 'located error at the repeat', line: 4, components: ['django@4.2.0:1'] }],
  ['pdm.lock', '[metadata]\nlock_version = "4.4"\n\n[[package]]\nname = "django"\nversion = "4.2.0"\nversion = "4.2.1"\n', { rule: 'located error at the repeat', line: 7, components: ['django@4.2.0:4'] }],
  ['uv.lock', 'version = 1\n\n[[package]]\nname = "django"\nversion = "4.2.0"\nversion = "4.2.1"\n', { rule: 'located error at the repeat', line: 6, components: [] }],
  // Line formats list entries; a repeat is a second entry, reported where it stands.
  ['Gemfile.lock', 'GEM\n  remote: https://rubygems.org/\n  specs:\n    rack (2.2.8)\n    rack (2.2.9)\n\nPLATFORMS\n  ruby\n\nDEPENDENCIES\n  rack\n\nBUNDLED WITH\n   2.5.3\n', { rule: 'every entry is listed', components: ['rack@2.2.8:4', 'rack@2.2.9:5'] }],
  ['gradle.lockfile', 'com.google.guava:guava:31.0-jre=runtimeClasspath\ncom.google.guava:guava:32.0-jre=runtimeClasspath\nempty=\n', { rule: 'every entry is listed', components: ['com.google.guava:guava@31.0-jre:1', 'com.google.guava:guava@32.0-jre:2'] }],
  ['go.mod', 'module x\n\ngo 1.22\n\nrequire golang.org/x/net v0.17.0\nrequire golang.org/x/net v0.18.0\n', { rule: 'every entry is listed', components: ['stdlib@1.22.0:3', 'golang.org/x/net@v0.17.0:5', 'golang.org/x/net@v0.18.0:6'] }],
  ['requirements.txt', 'django==4.2.0\ndjango==4.2.1\n', { rule: 'every entry is listed', components: ['django@4.2.0:1', 'django@4.2.1:2'] }],
  ['var/lib/dpkg/status', 'Package: openssl\nStatus: install ok installed\nVersion: 3.0.11-1~deb12u2\nVersion: 3.0.17-1~deb12u3\n', { rule: 'located error at the repeat', line: 4, components: ['openssl@3.0.11-1~deb12u2:1'] }],
  ['lib/apk/db/installed', 'P:zlib\nV:1.2.13-r0\nV:1.2.13-r1\n', { rule: 'last wins, as the tool reads it', components: ['zlib@1.2.13-r1:1'] }],
  ['rpm-qa.tsv', 'zlib\t(none):1.2.11-39.el9\tx86_64\tzlib-1.2.11-39.el9.src.rpm\nzlib\t(none):1.2.11-40.el9\tx86_64\tzlib-1.2.11-40.el9.src.rpm\n', { rule: 'every entry is listed', components: ['zlib@1.2.11-39.el9:1', 'zlib@1.2.11-40.el9:2'] }],
  ['Dockerfile', 'FROM nginx:1.25.3\nFROM nginx:1.25.4\n', { rule: 'every entry is listed', components: ['docker.io/library/nginx@1.25.3:1', 'docker.io/library/nginx@1.25.4:2'] }],
  // asdf reads the first line naming a tool and ignores a repeat; patchwarden lists both, the conservative reading.
  ['.tool-versions', 'nodejs 18.19.0\nnodejs 20.11.0\n', { rule: 'every entry is listed', components: ['nodejs@18.19.0:1', 'nodejs@20.11.0:2'] }],
  // Renovate reads each annotated line on its own, so both pins are components (in Terraform, and
  // in Ansible variables, whose own readings then skip the annotated lines).
  ['infra/main.tf', '# renovate: datasource=docker depName=nginx\nnginx = "1.25.3"\n# renovate: datasource=docker depName=nginx\nnginx = "1.25.4"\n', { rule: 'every entry is listed', components: ['docker.io/library/nginx@1.25.3:2', 'docker.io/library/nginx@1.25.4:4'] }],
  // JSON.parse, like npm, keeps the last `node` of a repeated key.
  ['package.json', '{"private": true, "engines": {"node": "14.21.3", "node": "20.11.1"}}\n', { rule: 'last wins, as the tool reads it', components: ['nodejs@20.11.1:1'] }],
  ['roles/web/defaults/main.yml', '# renovate: datasource=docker depName=nginx\nnginx_version: 1.25.3\n# renovate: datasource=docker depName=nginx\nnginx_version: 1.25.4\n', { rule: 'every entry is listed', components: ['docker.io/library/nginx@1.25.3:2', 'docker.io/library/nginx@1.25.4:4'] }],
  // Two yarn.lock blocks for one descriptor, or two bun.lock members for one path: both are listed
  // (the conservative reading: a finding for a copy the tool would not install, never a miss).
  ['yarn.lock', '# yarn lockfile v1\n\n\nws@^8.0.0:\n  version "8.17.0"\n  resolved "https://registry.yarnpkg.com/ws/-/ws-8.17.0.tgz"\n\nws@^8.0.0:\n  version "8.17.2"\n', { rule: 'every entry is listed', components: ['ws@8.17.0:4', 'ws@8.17.2:8'] }],
  ['bun.lock', '{\n  "lockfileVersion": 1,\n  "workspaces": { "": { "dependencies": { "ws": "8" } } },\n  "packages": {\n    "ws": ["ws@8.17.0", "", {}, "sha512-x"],\n    "ws": ["ws@8.17.1", "", {}, "sha512-y"],\n  }\n}\n', { rule: 'every entry is listed', components: ['ws@8.17.0:5', 'ws@8.17.1:6'] }],
];

describe('duplicate keys, format by format', () => {
  // pom.xml is XML, outside this case (Maven refuses a repeated element: "Duplicated tag");
  // pnpm-lock.yaml has its own case below.
  it('every registered extractor has a case', () => {
    const covered = new Set(CASES.map(([path]) => EXTRACTORS.find((e) => e.claims(path))!.id));
    expect(EXTRACTORS.filter((e) => !covered.has(e.id) && e.id !== 'maven' && e.id !== 'pnpm').map((e) => e.id)).toEqual([]);
  });

  it.each(CASES.map(([path, text, want]) => [`${path}: ${want.rule}`, path, text, want] as const))('%s', (_name, path, text, want) => {
    const ex = EXTRACTORS.find((e) => e.claims(path))!;
    const r = ex.extract({ path, text }, ctx);
    const got = r.components.map((c) => `${c.name}@${c.version}:${c.locations.map((l) => l.line).join('/')}`);
    expect(got.sort()).toEqual([...want.components].sort());
    if (want.rule === 'located error at the repeat') {
      expect(r.problems).toContainEqual(expect.objectContaining({ level: want.level ?? 'error', line: want.line, file: path }));
    } else {
      expect(r.problems.filter((p) => p.level === 'error')).toEqual([]);
    }
  });

  it('pnpm-lock.yaml: a package written twice is one package, at its first line', () => {
    const ex = EXTRACTORS.find((e) => e.claims('pnpm-lock.yaml'))!;
    const text = "lockfileVersion: '9.0'\n\npackages:\n\n  ws@8.17.0:\n    resolution: {integrity: sha512-x}\n\n  ws@8.17.0:\n    resolution: {integrity: sha512-y}\n\nsnapshots:\n\n  ws@8.17.0: {}\n";
    const r = ex.extract({ path: 'pnpm-lock.yaml', text }, ctx);
    expect(r.components.map((c) => `${c.name}@${c.version}:${c.locations.map((l) => l.line).join('/')}`)).toEqual(['ws@8.17.0:5']);
  });

  it('a policy with a repeated key stops the run with the line of the repeat', async () => {
    const root = scratchDir();
    put(root, '.github/patchwarden.yml', `${POLICY_HEAD}deadlines:\n  critical: 7d\n  critical: 70d\n`);
    const r = await check({ root, now: NOW, cacheDir: false });
    expect(r.exitCode).toBe(2);
    expect(r.fatal).toEqual([expect.objectContaining({ file: '.github/patchwarden.yml', line: 6, message: 'invalid YAML: Map keys must be unique' })]);
  });
});
