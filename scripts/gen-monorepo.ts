// Generates a synthetic monorepo for the benchmark: lockfiles of mixed formats whose package
// names (and, where the data gives them, versions) come from the real advisory data in
// ../shared/data, so matching does real work. Deterministic: the same seed, count and size give
// the same bytes, and a smaller `fraction` gives exactly the first files of the full repository.
// Written to a folder the caller names (the benchmark uses the OS temp folder); never committed.
//
//   npx tsx scripts/gen-monorepo.ts OUT_DIR [--seed 1] [--files 1000] [--entries 200000] [--fraction 1] [--vulnerable 0.1]
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { readZipText } from '../src/advise/zip.js';

const HERE = dirname(fileURLToPath(import.meta.url));
export const DEFAULT_DATA = resolve(HERE, '..', '..', 'shared', 'data');

export type Format = 'npm' | 'yarn' | 'pnpm' | 'pip' | 'poetry' | 'gomod' | 'cargo' | 'bundler' | 'composer';

/** File name and ecosystem of each format. */
export const FORMATS: Record<Format, { file: string; ecosystem: string }> = {
  npm: { file: 'package-lock.json', ecosystem: 'npm' },
  yarn: { file: 'yarn.lock', ecosystem: 'npm' },
  pnpm: { file: 'pnpm-lock.yaml', ecosystem: 'npm' },
  pip: { file: 'requirements.txt', ecosystem: 'PyPI' },
  poetry: { file: 'poetry.lock', ecosystem: 'PyPI' },
  gomod: { file: 'go.mod', ecosystem: 'Go' },
  cargo: { file: 'Cargo.lock', ecosystem: 'crates.io' },
  bundler: { file: 'Gemfile.lock', ecosystem: 'RubyGems' },
  composer: { file: 'composer.lock', ecosystem: 'Packagist' },
};

// The mix, repeated every 40 files: a quarter npm lockfiles, the rest spread over the others.
const CYCLE: Format[] = [
  ...Array<Format>(10).fill('npm'),
  ...Array<Format>(4).fill('yarn'),
  ...Array<Format>(4).fill('pnpm'),
  ...Array<Format>(4).fill('pip'),
  ...Array<Format>(4).fill('poetry'),
  ...Array<Format>(4).fill('gomod'),
  ...Array<Format>(4).fill('cargo'),
  ...Array<Format>(3).fill('bundler'),
  ...Array<Format>(3).fill('composer'),
];

export interface GenerateOptions {
  out: string;
  seed?: number;
  /** Lockfiles in the full repository. */
  files?: number;
  /** Component entries over all lockfiles of the full repository. */
  entries?: number;
  /** Share of the full repository to write (its first files): 0.25 writes a quarter. */
  fraction?: number;
  /** The shared data folder (names and versions are drawn from its advisory data). */
  data?: string;
  /** Share of entries pinned at a version an advisory names as affected (default 0.1). */
  vulnerable?: number;
}

export interface GeneratedFile {
  path: string;
  format: Format;
  entries: number;
}

export interface GenerateResult {
  files: GeneratedFile[];
  entries: number;
  bytes: number;
}

/** mulberry32: small, fast and good enough to shuffle test data reproducibly. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Pkg {
  name: string;
  /** Versions the advisories name as affected (introduced, last_affected, listed). */
  affected: string[];
  /** Versions the advisories name as fixed. */
  fixed: string[];
}

type Pools = Record<string, Pkg[]>;

const SEMVER = /^\d+\.\d+\.\d+$/;

type Versions = Map<string, { affected: Set<string>; fixed: Set<string> }>;

function addVersion(map: Versions, name: string, kind?: 'affected' | 'fixed', version?: string): void {
  let entry = map.get(name);
  if (!entry) map.set(name, (entry = { affected: new Set(), fixed: new Set() }));
  if (kind && version !== undefined) entry[kind].add(version);
}

function toPool(map: Versions, ok: (v: string) => boolean): Pkg[] {
  return [...map.keys()].sort().map((name) => {
    const e = map.get(name)!;
    return { name, affected: [...e.affected].filter(ok).sort(), fixed: [...e.fixed].filter(ok).sort() };
  });
}

/** Names and the versions their advisories mention, per ecosystem, from the real data. */
export async function loadPools(data: string = DEFAULT_DATA): Promise<Pools> {
  const osv = new Map<string, Versions>();
  for (const eco of ['Go', 'PyPI', 'crates.io']) {
    osv.set(eco, new Map());
    await readZipText(join(data, 'osv', eco, 'all.zip'), (n) => n.endsWith('.json'), ({ text }) => {
      const rec = JSON.parse(text) as { affected?: { package?: { ecosystem?: string; name?: string }; ranges?: { events?: Record<string, string>[] }[]; versions?: string[] }[] };
      for (const a of rec.affected ?? []) {
        const name = a.package?.name;
        if (!name || a.package?.ecosystem !== eco || name === 'stdlib' || name === 'toolchain') continue;
        const m = osv.get(eco)!;
        addVersion(m, name);
        for (const r of a.ranges ?? []) {
          for (const e of r.events ?? []) {
            for (const [k, v] of Object.entries(e)) if (v !== '0') addVersion(m, name, k === 'fixed' ? 'fixed' : 'affected', v);
          }
        }
        for (const v of a.versions ?? []) addVersion(m, name, 'affected', v);
      }
    });
  }
  const npm: Versions = new Map();
  await readZipText(join(data, 'advisories-native', 'nodejs-security-wg', 'vuln.zip'), (n) => /^vuln\/npm\/\d+\.json$/.test(n), ({ text }) => {
    const rec = JSON.parse(text) as { module_name?: string; patched_versions?: string; vulnerable_versions?: string };
    if (!rec.module_name) return;
    addVersion(npm, rec.module_name);
    for (const v of rec.vulnerable_versions?.match(/\d+\.\d+\.\d+/g) ?? []) addVersion(npm, rec.module_name, 'affected', v);
    for (const v of rec.patched_versions?.match(/\d+\.\d+\.\d+/g) ?? []) addVersion(npm, rec.module_name, 'fixed', v);
  });
  // RubySec and FriendsOfPHP are YAML with ranges in prose-like constraints; the numbers they
  // mention are taken as fixed versions (no OSV bundle for these ecosystems is in the data).
  const gems: Versions = new Map();
  await readZipText(join(data, 'advisories-native', 'rubysec', 'ruby-advisory-db.zip'), (n) => n.startsWith('gems/') && n.endsWith('.yml'), ({ name, text }) => {
    const gem = name.split('/')[1]!;
    addVersion(gems, gem);
    for (const v of text.match(/[<>=~]+ ?\d+\.\d+\.\d+/g) ?? []) addVersion(gems, gem, 'fixed', /\d+\.\d+\.\d+/.exec(v)![0]);
  });
  const php: Versions = new Map();
  await readZipText(join(data, 'advisories-native', 'friendsofphp', 'security-advisories.zip'), (n) => /^[^/]+\/[^/]+\/[^/]+\.ya?ml$/.test(n), ({ name, text }) => {
    const pkg = name.split('/').slice(0, 2).join('/');
    addVersion(php, pkg);
    for (const v of text.match(/\d+\.\d+\.\d+/g) ?? []) addVersion(php, pkg, 'fixed', v);
  });
  return {
    npm: toPool(npm, (v) => SEMVER.test(v)),
    PyPI: toPool(osv.get('PyPI')!, (v) => /^\d+(\.\d+)*([abc]|rc|\.post|\.dev)?\d*$/.test(v)),
    Go: toPool(osv.get('Go')!, (v) => /^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/.test(v)),
    'crates.io': toPool(osv.get('crates.io')!, (v) => /^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/.test(v)),
    RubyGems: toPool(gems, (v) => SEMVER.test(v)),
    Packagist: toPool(php, (v) => SEMVER.test(v)),
  };
}

interface Dep {
  name: string;
  version: string;
}

function compareLoose(a: string, b: string): number {
  const pa = a.split(/[.+-]/).map((x) => Number.parseInt(x, 10) || 0);
  const pb = b.split(/[.+-]/).map((x) => Number.parseInt(x, 10) || 0);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) if ((pa[i] ?? 0) !== (pb[i] ?? 0)) return (pa[i] ?? 0) - (pb[i] ?? 0);
  return 0;
}

/**
 * `count` distinct packages of the pool. A share `vulnerable` of them is pinned at a version an
 * advisory names as affected; the rest at the highest version an advisory names as fixed (or a
 * made-up one), as in a repository that mostly keeps up: every one of them is still checked
 * against every advisory of its name.
 */
function pick(pool: Pkg[], count: number, rand: () => number, vulnerable: number): Dep[] {
  const n = Math.min(count, pool.length);
  const chosen = new Set<number>();
  while (chosen.size < n) chosen.add(Math.floor(rand() * pool.length));
  return [...chosen].map((i) => {
    const p = pool[i]!;
    const made = `${1 + Math.floor(rand() * 5)}.${Math.floor(rand() * 20)}.${Math.floor(rand() * 10)}`;
    if (rand() < vulnerable && p.affected.length > 0) return { name: p.name, version: p.affected[Math.floor(rand() * p.affected.length)]! };
    const highest = [...p.fixed].sort(compareLoose).pop();
    return { name: p.name, version: highest ?? made };
  });
}

const hex = (rand: () => number, n: number): string => Array.from({ length: n }, () => Math.floor(rand() * 16).toString(16)).join('');
const integrity = (rand: () => number): string => `sha512-${Buffer.from(hex(rand, 128), 'hex').toString('base64')}`;
const tarball = (name: string, version: string): string => `https://registry.npmjs.org/${name}/-/${name.split('/').pop()}-${version}.tgz`;
const yarnKey = (name: string, range: string): string => (name.startsWith('@') ? `"${name}@${range}"` : `${name}@${range}`);

function npmLock(svc: string, deps: Dep[], rand: () => number): string {
  const packages: Record<string, unknown> = {
    '': { name: svc, version: '1.0.0', dependencies: Object.fromEntries(deps.slice(0, 20).map((d) => [d.name, `^${d.version}`])) },
  };
  for (const d of deps) packages[`node_modules/${d.name}`] = { version: d.version, resolved: tarball(d.name, d.version), integrity: integrity(rand) };
  return JSON.stringify({ name: svc, version: '1.0.0', lockfileVersion: 3, requires: true, packages }, null, 2) + '\n';
}

function yarnLock(deps: Dep[], rand: () => number): string {
  const blocks = deps.map(
    (d) => `${yarnKey(d.name, `^${d.version}`)}:\n  version "${d.version}"\n  resolved "${tarball(d.name, d.version)}#${hex(rand, 40)}"\n  integrity ${integrity(rand)}\n`,
  );
  return `# THIS IS AN AUTOGENERATED FILE. DO NOT EDIT THIS FILE DIRECTLY.\n# yarn lockfile v1\n\n\n${blocks.join('\n')}`;
}

function pnpmLock(deps: Dep[], rand: () => number): string {
  const q = (s: string): string => (s.startsWith('@') ? `'${s}'` : s);
  const direct = deps.slice(0, 20).map((d) => `      ${q(d.name)}:\n        specifier: ^${d.version}\n        version: ${d.version}\n`);
  const pkgs = deps.map((d) => `  ${q(`${d.name}@${d.version}`)}:\n    resolution: {integrity: ${integrity(rand)}}\n`);
  const snaps = deps.map((d) => `  ${q(`${d.name}@${d.version}`)}: {}\n`);
  return [
    "lockfileVersion: '9.0'\n\nsettings:\n  autoInstallPeers: true\n  excludeLinksFromLockfile: false\n\nimporters:\n\n  .:\n    dependencies:\n",
    direct.join(''),
    '\npackages:\n\n',
    pkgs.join('\n'),
    '\nsnapshots:\n\n',
    snaps.join('\n'),
  ].join('');
}

function requirements(deps: Dep[], rand: () => number): string {
  return `# generated by pip-compile\n${deps.map((d) => `${d.name}==${d.version} \\\n    --hash=sha256:${hex(rand, 64)}\n`).join('')}`;
}

function poetryLock(deps: Dep[], rand: () => number): string {
  const blocks = deps.map(
    (d) =>
      `[[package]]\nname = "${d.name}"\nversion = "${d.version}"\ndescription = ""\noptional = false\npython-versions = ">=3.8"\nfiles = [\n    {file = "${d.name}-${d.version}.tar.gz", hash = "sha256:${hex(rand, 64)}"},\n]\n`,
  );
  return `# This file is automatically @generated by Poetry 1.8.3 and should not be changed by hand.\n\n${blocks.join('\n')}\n[metadata]\nlock-version = "2.0"\npython-versions = "^3.10"\ncontent-hash = "${hex(rand, 64)}"\n`;
}

function goMod(svc: string, deps: Dep[]): string {
  const lines = deps.map((d) => {
    const major = Number(d.version.split('.')[0]);
    // A v2+ module without a /vN path suffix is only reachable as +incompatible.
    const incompatible = major >= 2 && !/\/v\d+$/.test(d.name) && !d.version.includes('+') ? '+incompatible' : '';
    return `\t${d.name} v${d.version}${incompatible}\n`;
  });
  return `module example.com/monorepo/${svc}\n\ngo 1.22\n\nrequire (\n${lines.join('')})\n`;
}

function cargoLock(svc: string, deps: Dep[], rand: () => number): string {
  const blocks = deps.map(
    (d) => `[[package]]\nname = "${d.name}"\nversion = "${d.version}"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "${hex(rand, 64)}"\n`,
  );
  const root = `[[package]]\nname = "${svc}"\nversion = "0.1.0"\n`;
  return `# This file is automatically @generated by Cargo.\n# It is not intended for manual editing.\nversion = 3\n\n${[...blocks, root].join('\n')}`;
}

function gemfileLock(deps: Dep[]): string {
  const specs = deps.map((d) => `    ${d.name} (${d.version})\n`).join('');
  const direct = deps.slice(0, 20).map((d) => `  ${d.name}\n`).join('');
  return `GEM\n  remote: https://rubygems.org/\n  specs:\n${specs}\nPLATFORMS\n  ruby\n\nDEPENDENCIES\n${direct}\nBUNDLED WITH\n   2.5.11\n`;
}

function composerLock(deps: Dep[], rand: () => number): string {
  const packages = deps.map((d) => ({
    name: d.name,
    version: `v${d.version}`,
    source: { type: 'git', url: `https://github.com/${d.name}.git`, reference: hex(rand, 40) },
    dist: { type: 'zip', url: `https://api.github.com/repos/${d.name}/zipball/${hex(rand, 40)}`, reference: hex(rand, 40), shasum: '' },
    type: 'library',
  }));
  return (
    JSON.stringify(
      { _readme: ['This file locks the dependencies of your project to a known state'], 'content-hash': hex(rand, 32), packages, 'packages-dev': [], aliases: [], 'minimum-stability': 'stable' },
      null,
      4,
    ) + '\n'
  );
}

function render(format: Format, svc: string, deps: Dep[], rand: () => number): string {
  switch (format) {
    case 'npm':
      return npmLock(svc, deps, rand);
    case 'yarn':
      return yarnLock(deps, rand);
    case 'pnpm':
      return pnpmLock(deps, rand);
    case 'pip':
      return requirements(deps, rand);
    case 'poetry':
      return poetryLock(deps, rand);
    case 'gomod':
      return goMod(svc, deps);
    case 'cargo':
      return cargoLock(svc, deps, rand);
    case 'bundler':
      return gemfileLock(deps);
    case 'composer':
      return composerLock(deps, rand);
  }
}

/**
 * Entries of file `i`: alternately 60% and 140% of the mean, so that every pair of files holds
 * exactly twice the mean and any even prefix of the files holds its exact share of the entries.
 */
function entriesOf(i: number, files: number, entries: number): number {
  const mean = Math.floor(entries / files);
  const base = i % 2 === 0 ? Math.round(mean * 0.6) : 2 * mean - Math.round(mean * 0.6);
  // Whatever does not divide evenly goes to the last file of the full repository.
  return i === files - 1 ? base + (entries - mean * files) : base;
}

export async function generateMonorepo(opts: GenerateOptions, pools?: Pools): Promise<GenerateResult> {
  const files = opts.files ?? 1000;
  const entries = opts.entries ?? 200_000;
  const fraction = opts.fraction ?? 1;
  const seed = opts.seed ?? 1;
  const p = pools ?? (await loadPools(opts.data));
  const out = resolve(opts.out);
  rmSync(out, { recursive: true, force: true });
  const result: GenerateResult = { files: [], entries: 0, bytes: 0 };
  const count = Math.round(files * fraction);
  for (let i = 0; i < count; i++) {
    // One stream per file: file i is the same whatever the fraction.
    const rand = prng(seed * 1_000_003 + i);
    const format = CYCLE[i % CYCLE.length]!;
    const svc = `svc-${String(i).padStart(4, '0')}`;
    const deps = pick(p[FORMATS[format].ecosystem]!, entriesOf(i, files, entries), rand, opts.vulnerable ?? 0.1);
    const text = render(format, svc, deps, rand);
    const path = join(`team-${String(i % 25).padStart(2, '0')}`, svc, FORMATS[format].file);
    mkdirSync(join(out, dirname(path)), { recursive: true });
    writeFileSync(join(out, path), text);
    if (FORMATS[format].ecosystem === 'npm') {
      const manifest = { name: svc, version: '1.0.0', private: true, dependencies: Object.fromEntries(deps.slice(0, 20).map((d) => [d.name, `^${d.version}`])) };
      writeFileSync(join(out, dirname(path), 'package.json'), JSON.stringify(manifest, null, 2) + '\n');
    }
    result.files.push({ path, format, entries: deps.length });
    result.entries += deps.length;
    result.bytes += Buffer.byteLength(text);
  }
  return result;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      seed: { type: 'string' },
      files: { type: 'string' },
      entries: { type: 'string' },
      fraction: { type: 'string' },
      vulnerable: { type: 'string' },
      data: { type: 'string' },
    },
  });
  if (positionals.length !== 1) {
    process.stderr.write('usage: gen-monorepo OUT_DIR [--seed N] [--files N] [--entries N] [--fraction F] [--vulnerable F] [--data DIR]\n');
    process.exit(2);
  }
  const res = await generateMonorepo({
    out: positionals[0]!,
    ...(values.seed ? { seed: Number(values.seed) } : {}),
    ...(values.files ? { files: Number(values.files) } : {}),
    ...(values.entries ? { entries: Number(values.entries) } : {}),
    ...(values.fraction ? { fraction: Number(values.fraction) } : {}),
    ...(values.vulnerable ? { vulnerable: Number(values.vulnerable) } : {}),
    ...(values.data ? { data: values.data } : {}),
  });
  process.stdout.write(`${res.files.length} lockfiles, ${res.entries} entries, ${res.bytes} bytes in ${positionals[0]}\n`);
}
