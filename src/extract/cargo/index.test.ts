import { describe, expect, it } from 'vitest';
import { linesMatching, lineText, noFiles } from '../bundler/lockfile-testkit.js';
import { checkCutsNeverInvent, corpusFile, fixtureFile, fixturesOf, osvRecords, semverAffected } from '../pip/corpus-testkit.js';
import { cargoLock } from './index.js';

const VAULTWARDEN = 'dani-garcia__vaultwarden@33bae5fbe9';
const SYNAPSE = 'element-hq__synapse@c705beebf7';
const FIXTURES = fixturesOf(import.meta.url);

describe.each([
  ['vaultwarden', VAULTWARDEN, 'vaultwarden'],
  ['synapse', SYNAPSE, 'synapse'],
])('Cargo.lock v3 (%s, real file)', (_label, repo, root) => {
  const f = corpusFile(repo, 'Cargo.lock');
  const result = cargoLock.extract({ path: f.path, text: f.text }, f.ctx);

  it('reads every [[package]] at its header line, with no problems', () => {
    expect(result.problems).toEqual([]);
    expect(result.components.map((c) => c.locations[0]!.line)).toEqual(linesMatching(f.text, /^\[\[package\]\]$/));
    for (const c of result.components) {
      expect(lineText(f.text, c.locations[0]!.line + 1)).toBe(`name = "${c.name}"`);
      expect(lineText(f.text, c.locations[0]!.line + 2)).toBe(`version = "${c.version}"`);
      expect(c.purl).toBe(`pkg:cargo/${c.name}@${encodeURIComponent(c.version)}`);
    }
  });

  it('marks crates without a source as path (the workspace) and matches only crates.io', () => {
    const registry = linesMatching(f.text, /^source = "registry\+https:\/\/github\.com\/rust-lang\/crates\.io-index"$/).length;
    expect(result.components.filter((c) => c.source === undefined)).toHaveLength(registry);
    expect(result.components.filter((c) => c.source === 'path').map((c) => c.name)).toEqual([root]);
  });

  it("marks the workspace crate's own dependencies direct", () => {
    // Independent of the extractor: the dependency lines under the root's [[package]].
    const start = f.text.indexOf(`name = "${root}"`);
    const list = f.text.slice(f.text.indexOf('dependencies = [', start), f.text.indexOf(']', f.text.indexOf('dependencies = [', start)));
    const names = [...list.matchAll(/^ "([^" ]+)/gm)].map((m) => m[1]);
    expect(new Set(result.components.filter((c) => c.direct).map((c) => c.name))).toEqual(new Set(names));
  });

  it('never throws on cut-short or overwritten copies and locates what it reports', () => {
    checkCutsNeverInvent(cargoLock, f.path, f.text, f.ctx, { numRuns: 40, fixedCutsReport: true });
  });
});

describe('vaultwarden crates against RustSec', () => {
  it('locks versions that RUSTSEC-2024-0399 (rustls) and RUSTSEC-2025-0023 (tokio) cover', async () => {
    const f = corpusFile(VAULTWARDEN, 'Cargo.lock');
    const components = cargoLock.extract({ path: f.path, text: f.text }, f.ctx).components;
    const at = (name: string) => components.find((c) => c.name === name)!;
    const recs = await osvRecords('crates.io', ['RUSTSEC-2024-0399', 'RUSTSEC-2025-0023']);
    // two rustls versions are locked; only the newer one is in the advisory's range
    const rustls = components.filter((c) => c.name === 'rustls').map((c) => [c.version, c.locations[0]!.line]);
    expect(rustls).toEqual([
      ['0.21.12', 3055],
      ['0.23.15', 3067],
    ]);
    expect(semverAffected(recs.get('RUSTSEC-2024-0399')!, 'rustls', '0.23.15')).toBe(true);
    expect(semverAffected(recs.get('RUSTSEC-2024-0399')!, 'rustls', '0.21.12')).toBe(false);
    expect(at('tokio')).toMatchObject({ version: '1.41.0', direct: true });
    expect(semverAffected(recs.get('RUSTSEC-2025-0023')!, 'tokio', at('tokio').version)).toBe(true);
  });
});

describe('Cargo.lock v1 (fixtures)', () => {
  it('reads "name version (source)" dependencies and [metadata] checksums', async () => {
    const f = fixtureFile(`${FIXTURES}/v1`, 'Cargo.lock');
    const r = cargoLock.extract({ path: f.path, text: f.text }, noFiles);
    expect(r.problems).toEqual([]);
    const at = (name: string) => r.components.find((c) => c.name === name)!;
    expect(r.components.map((c) => [c.name, c.source ?? 'registry'])).toEqual([
      ['demo', 'path'],
      ['libc', 'registry'],
      ['mylib', 'path'],
      ['smallvec', 'registry'],
      ['time', 'registry'],
    ]);
    expect([at('smallvec').direct, at('time').direct, at('libc').direct]).toEqual([true, true, true]); // libc: mylib is a path crate
    const recs = await osvRecords('crates.io', ['RUSTSEC-2019-0009', 'RUSTSEC-2020-0071']);
    expect(semverAffected(recs.get('RUSTSEC-2019-0009')!, 'smallvec', at('smallvec').version)).toBe(true);
    expect(semverAffected(recs.get('RUSTSEC-2020-0071')!, 'time', at('time').version)).toBe(true);
  });

  it('reads the [root] table of pre-2017 locks as the path crate, at its line', () => {
    const f = fixtureFile(`${FIXTURES}/v1-root`, 'Cargo.lock');
    const r = cargoLock.extract({ path: f.path, text: f.text }, noFiles);
    expect(r.problems).toEqual([]);
    expect(r.components[0]).toMatchObject({ name: 'hello', source: 'path', locations: [{ line: 3 }] });
    expect(r.components.find((c) => c.name === 'rand')).toMatchObject({ version: '0.3.15', direct: true });
    expect(r.components.find((c) => c.name === 'libc')?.direct).toBe(false);
  });

  it('survives damaged copies of the v1 layout', () => {
    const f = fixtureFile(`${FIXTURES}/v1`, 'Cargo.lock');
    checkCutsNeverInvent(cargoLock, f.path, f.text, noFiles, { fixedCutsReport: true });
  });
});

describe('Cargo.lock v4 with git, sparse and another registry (fixture)', () => {
  const f = fixtureFile(`${FIXTURES}/v4`, 'Cargo.lock');
  const result = cargoLock.extract({ path: f.path, text: f.text }, noFiles);
  const at = (name: string, version?: string) => result.components.find((c) => c.name === name && (version === undefined || c.version === version))!;

  it('treats the sparse crates.io index as crates.io and marks git crates', () => {
    expect(at('rand', '0.8.5').source).toBeUndefined();
    expect(at('rand', '0.9.0').source).toBeUndefined();
    expect(at('serde')).toMatchObject({ source: 'git', direct: true });
  });

  it('lists a crate from another registry as not matched, with a located notice', () => {
    expect(at('internal-crate').source).toBe('url');
    const line = linesMatching(f.text, /^name = "internal-crate"$/)[0]! - 1;
    expect(result.problems).toEqual([expect.objectContaining({ level: 'notice', line, message: expect.stringContaining('crates.example.com') })]);
  });

  it('resolves "name version" dependencies to the right one of two versions', () => {
    expect([at('rand', '0.8.5').direct, at('rand', '0.9.0').direct, at('tokio').direct]).toEqual([true, true, true]);
  });

  it('reports a dependency the lock does not hold and an unknown lock version', () => {
    const text = f.text.replace('version = 4', 'version = 9').replace(/\[\[package\]\]\nname = "tokio"[\s\S]*$/, '');
    const r = cargoLock.extract({ path: f.path, text }, noFiles);
    expect(r.problems.filter((p) => p.level === 'warning').map((p) => [p.line, p.message.slice(0, 20)])).toEqual([
      [5, 'Cargo.lock version 9'],
      [7, '"app" depends on "to'],
    ]);
  });
});
