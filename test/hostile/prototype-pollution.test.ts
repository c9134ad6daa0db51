import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { makeZip } from '../../src/advise/__fixtures__/make-zip.js';
import { check } from '../../src/check.js';
import { NOW, expectPrototypesIntact, expectSane, locationsOf, put, scan, scratchDir } from './kit.js';
import { CHART_YAML, POLICY_HEAD } from './yaml-kit.js';

// `__proto__`, `constructor` and `prototype` as keys, and as package names, in every JSON, YAML
// and TOML input a run reads: lockfiles, manifests beside them, the policy, advisory records in a
// folder and in a bundle, the KEV catalogue, runtime release data. A parser or a merge that
// assigns such a key on a plain object changes Object.prototype for the whole process (every
// later `{}` would carry the attacker's fields). After a full check() nothing may have changed,
// and packages that really are called `constructor` or `__proto__` (npm has both) are reported
// like any other.


const P = '{"polluted": "yes", "toString": "x"}';
const CP = `{"prototype": ${P}, "polluted": "yes"}`;
const NAMES = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty'];

const FILES: Record<string, string> = {
  'npm/package-lock.json': `{
  "__proto__": ${P},
  "constructor": ${CP},
  "lockfileVersion": 3,
  "packages": {
    "": { "dependencies": { "__proto__": "1.0.0", "constructor": "1.0.0" }, "__proto__": ${P} },
${NAMES.map((n) => `    "node_modules/${n}": { "version": "1.0.0", "__proto__": ${P}, "constructor": ${CP} }`).join(',\n')}
  },
  "dependencies": { "__proto__": { "version": "1.0.0" }, "constructor": { "version": "1.0.0", "requires": { "__proto__": "1" } } }
}
`,
  'composer/composer.lock': `{"__proto__": ${P}, "packages": [{"name": "acme/__proto__", "version": "1.0.0", "__proto__": ${P}, "require": {"__proto__": "1", "constructor": "1"}}, {"name": "constructor/prototype", "version": "1.0.0", "constructor": ${CP}}], "packages-dev": [], "__proto__x": 1}`,
  'composer/composer.json': `{"__proto__": ${P}, "require": {"__proto__": "*", "constructor": "*"}, "constructor": ${CP}}`,
  'nuget/packages.lock.json': `{"version": 1, "__proto__": ${P}, "dependencies": {"__proto__": ${P}, "net8.0": {"__proto__": {"type": "Direct", "resolved": "1.0.0"}, "constructor": {"type": "Transitive", "resolved": "1.0.0", "dependencies": {"__proto__": "1.0.0"}}}}}`,
  'pipenv/Pipfile.lock': `{"_meta": {"__proto__": ${P}}, "__proto__": ${P}, "default": {"__proto__": {"version": "==1.0.0"}, "constructor": {"version": "==1.0.0", "__proto__": ${P}}}, "develop": {"prototype": {"version": "==1.0.0"}}}`,
  'pipenv/Pipfile': '[packages]\n"__proto__" = "*"\nconstructor = "*"\n\n[__proto__]\npolluted = "yes"\n',
  'bun/bun.lock': `{"lockfileVersion": 1, "__proto__": ${P}, "workspaces": {"": {"name": "x", "dependencies": {"__proto__": "1", "constructor": "1"}, "__proto__": ${P}}}, "packages": {"__proto__": ["__proto__@1.0.0", "", {"dependencies": {"constructor": "1"}, "__proto__": ${P}}, "sha512-x"], "constructor": ["constructor@1.0.0", "", {}, "sha512-y"]}}`,
  'pnpm/pnpm-lock.yaml': `lockfileVersion: '9.0'\n__proto__: ${P}\nconstructor: ${CP}\nimporters:\n  .:\n    dependencies:\n      __proto__: {specifier: 1.0.0, version: 1.0.0}\n      constructor: {specifier: 1.0.0, version: 1.0.0}\n    __proto__: ${P}\npackages:\n  __proto__@1.0.0:\n    resolution: {integrity: sha512-x}\n    __proto__: ${P}\n  constructor@1.0.0:\n    resolution: {integrity: sha512-y}\nsnapshots:\n  __proto__@1.0.0:\n    dependencies:\n      constructor: 1.0.0\n  constructor@1.0.0: {}\n`,
  'yarn/yarn.lock': '# yarn lockfile v1\n\n\n"__proto__@^1.0.0":\n  version "1.0.0"\n  dependencies:\n    constructor "^1.0.0"\n\nconstructor@^1.0.0:\n  version "1.0.0"\n\nprototype@^1.0.0:\n  version "1.0.0"\n',
  'yarn/package.json': `{"name": "x", "__proto__": ${P}, "dependencies": {"__proto__": "^1.0.0", "constructor": "^1.0.0"}, "devDependencies": {"prototype": "^1.0.0"}}`,
  'pub/pubspec.lock': `packages:\n  __proto__:\n    dependency: "direct main"\n    description: {name: __proto__, url: "https://pub.dev", __proto__: ${P}}\n    source: hosted\n    version: "1.0.0"\n  constructor:\n    dependency: transitive\n    description: {name: constructor, url: "https://pub.dev"}\n    source: hosted\n    version: "1.0.0"\n__proto__: ${P}\nsdks:\n  dart: ">=3.0.0 <4.0.0"\n`,
  'pods/Podfile.lock': `PODS:\n  - __proto__ (1.0.0)\n  - constructor (1.0.0):\n    - __proto__\n\nDEPENDENCIES:\n  - __proto__\n\nSPEC CHECKSUMS:\n  __proto__: abc\n  constructor: def\n\n__proto__: ${P}\n\nPODFILE CHECKSUM: x\n\nCOCOAPODS: 1.15.2\n`,
  'compose/docker-compose.yml': `__proto__: ${P}\nservices:\n  __proto__:\n    image: nginx:1.25.3\n    environment: {__proto__: x}\n  constructor:\n    image: redis:7.2.4\n    __proto__: ${P}\nx-constructor: &c ${CP}\n`,
  'compose/.env': '__proto__=1\nconstructor=2\n',
  'k8s/app.yaml': `apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\n  labels: {__proto__: x, constructor: y}\n  __proto__: ${P}\nspec:\n  containers:\n  - name: __proto__\n    image: nginx:1.25.3\n    __proto__: ${P}\n`,
  'kustomize/kustomization.yaml': `__proto__: ${P}\nimages:\n- name: nginx\n  newTag: 1.25.3\n  __proto__: ${P}\n`,
  'charts/app/Chart.yaml': `${CHART_YAML}__proto__: ${P}\ndependencies:\n- name: __proto__\n  version: 1.0.0\n  repository: https://charts.example\n`,
  'charts/app/values.yaml': `__proto__:\n  image:\n    repository: nginx\n    tag: 1.25.3\nconstructor:\n  prototype:\n    image: redis:7.2.4\n`,
  'cargo/Cargo.lock': 'version = 3\n\n[[package]]\nname = "__proto__"\nversion = "1.0.0"\n\n[[package]]\nname = "constructor"\nversion = "1.0.0"\ndependencies = ["__proto__"]\n\n[__proto__]\npolluted = "yes"\n\n[constructor.prototype]\npolluted = "yes"\n',
  'poetry/poetry.lock': '[[package]]\nname = "constructor"\nversion = "1.0.0"\n\n[package.dependencies]\n"__proto__" = "*"\n\n[__proto__]\npolluted = "yes"\n\n[metadata]\nlock-version = "2.0"\ncontent-hash = "x"\n\n[metadata.files]\n"__proto__" = []\n',
  'uv/uv.lock': 'version = 1\n\n[[package]]\nname = "__proto__"\nversion = "1.0.0"\nsource = { registry = "https://pypi.org/simple" }\n\n[constructor.prototype]\npolluted = "yes"\n',
  'pdm/pdm.lock': '[metadata]\nlock_version = "4.4"\n\n[[package]]\nname = "constructor"\nversion = "1.0.0"\n\n[__proto__]\npolluted = "yes"\n',
};

/** An OSV record for npm package `name`, fixed in 1.0.1, with hostile keys at every level. */
function advisory(id: string, name: string): string {
  return `{"id": "${id}", "__proto__": ${P}, "constructor": ${CP}, "modified": "2024-06-01T00:00:00Z", "published": "2024-06-01T00:00:00Z",
  "affected": [{"__proto__": ${P}, "package": {"ecosystem": "npm", "name": "${name}", "__proto__": ${P}},
    "ranges": [{"type": "ECOSYSTEM", "__proto__": ${P}, "events": [{"introduced": "0", "__proto__": ${P}}, {"fixed": "1.0.1"}]}]}],
  "database_specific": {"__proto__": {"severity": "LOW"}, "severity": "HIGH"}, "aliases": ["CVE-2099-${id.length}"]}`;
}

describe('__proto__, constructor and prototype keys', () => {
  it('in every input of a full run: prototypes unchanged, and packages with those names found and matched like any other', async () => {
    const root = scratchDir();
    for (const [rel, text] of Object.entries(FILES)) put(root, rel, text);
    const db = scratchDir('pw-hostile-db-');
    NAMES.forEach((n, i) => put(db, `GHSA-prot-o${i}xx-xxxx.json`, advisory(`GHSA-prot-o${i}xx-xxxx`, n)));
    const bundle = join(scratchDir('pw-hostile-zip-'), 'all.zip');
    writeFileSync(bundle, makeZip([{ name: '__proto__.json', data: advisory('__proto__', '__proto__') }, { name: 'constructor.json', data: advisory('constructor', 'constructor') }]));
    const kev = put(scratchDir('pw-hostile-kev-'), 'kev.json', `{"__proto__": ${P}, "catalogVersion": "1", "vulnerabilities": [{"cveID": "CVE-2099-20", "__proto__": ${P}, "dateAdded": "2024-06-02", "dueDate": "2024-06-23", "constructor": ${CP}}]}`);

    const releases = scratchDir('pw-hostile-rel-');
    put(releases, 'nginx.json', `{"__proto__": ${P}, "releases": {"__proto__": ${P}}, "versions": {"__proto__": {"name": "1.25.4", "date": "2024-02-14"}, "constructor": ${CP}, "1.25.4": {"name": "1.25.4", "date": "2024-02-14", "__proto__": ${P}}}}`);
    put(releases, 'nginx.md', `---\ntitle: nginx\n__proto__: {polluted: yes}\nreleases:\n  - releaseCycle: "1.25"\n    releaseDate: 2023-05-23\n    eol: 2024-04-23\n    latest: "1.25.4"\n    __proto__: {polluted: yes}\n  - releaseCycle: __proto__\n    constructor: {prototype: {polluted: yes}}\n---\n`);
    put(releases, '__proto__.json', `{"versions": {"__proto__": ${P}}}`);
    put(releases, 'constructor.md', `---\n__proto__: {polluted: yes}\nreleases: [{releaseCycle: "1", __proto__: {polluted: yes}}]\n---\n`);

    const s = await scan(root, { db: [db, bundle], kev, releases });
    expectSane(s.report);
    // npm packages named like Object.prototype's members are ordinary packages.
    for (const n of NAMES) expect(locationsOf(s.report, `npm/${n}@1.0.0`), n).toContain('npm/package-lock.json:' + (7 + NAMES.indexOf(n)));
    const matched = new Set(s.report.findings.filter((f) => f.component.ecosystem === 'npm').map((f) => f.component.name));
    expect([...matched].sort()).toEqual([...NAMES].sort());
    // The bundle's records, whose ids are `__proto__` and `constructor`, match too.
    expect(s.report.findings.map((f) => f.advisory.id)).toEqual(expect.arrayContaining(['__proto__', 'constructor']));
    // Every format with a package called `__proto__` or `constructor` lists it, at its own line.
    const where = (n: string): string[] => [...new Set(s.report.components.filter((c) => c.name === n).flatMap((c) => c.locations.map((l) => l.file.split('/')[0]!)))].sort();
    expect(where('__proto__')).toEqual(['bun', 'cargo', 'charts', 'npm', 'nuget', 'pipenv', 'pnpm', 'pods', 'pub', 'uv', 'yarn']);
    expect(where('constructor')).toEqual(['bun', 'cargo', 'npm', 'nuget', 'pdm', 'pipenv', 'pnpm', 'pods', 'poetry', 'pub', 'yarn']);
    // Images behind services and values keys named `__proto__` and `constructor`.
    expect(locationsOf(s.report, 'image/docker.io/library/nginx@1.25.3')).toEqual(expect.arrayContaining(['compose/docker-compose.yml:4', 'k8s/app.yaml:10', 'charts/app/values.yaml:2']));
    expect(locationsOf(s.report, 'image/docker.io/library/redis@7.2.4')).toEqual(expect.arrayContaining(['compose/docker-compose.yml:7', 'charts/app/values.yaml:7']));
    expect(JSON.parse(s.out.json).findings.length).toBe(s.report.findings.length);
    expectPrototypesIntact();
  });

  it('in a policy and the policy it extends: refused by the schema with a location, prototypes unchanged', async () => {
    const root = scratchDir();
    put(root, '.github/base.yml', `${POLICY_HEAD}deadlines:\n  __proto__: {polluted: yes}\n  critical: 3d\n`);
    put(root, '.github/patchwarden.yml', `${POLICY_HEAD}extends: [./base.yml]\n__proto__:\n  polluted: yes\nconstructor:\n  prototype:\n    polluted: yes\nscopes:\n  - name: __proto__\n    paths: ['**']\n    deadlines: {__proto__: {polluted: yes}}\n`);
    const r = await check({ root, now: NOW, cacheDir: false });
    expect(r.exitCode).toBe(2);
    expect(r.fatal.length).toBeGreaterThan(0);
    for (const p of r.fatal) expect(p).toMatchObject({ file: expect.stringMatching(/^\.github\//), line: expect.any(Number) });
    expectPrototypesIntact();
  });

  it('as scope names and globs a valid policy allows: the policy loads, the scopes apply, the run is clean', async () => {
    const root = scratchDir();
    put(root, '.github/patchwarden.yml', `${POLICY_HEAD}extends: [builtin:baseline@1]\nscopes:\n  - name: constructor\n    paths: ['__proto__/**', 'constructor/**']\n    deadlines: { high: 14d }\n  - name: hasOwnProperty\n    ecosystems: [npm]\n  - name: toString\n    paths: ['**/__proto__']\n`);
    put(root, '__proto__/package-lock.json', FILES['npm/package-lock.json']!);
    const s = await scan(root);
    expectSane(s.report);
    expect(s.report.components.map((c) => c.name)).toEqual(expect.arrayContaining(NAMES));
    expectPrototypesIntact();
  });
});
