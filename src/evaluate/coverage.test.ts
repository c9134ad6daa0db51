import { describe, expect, it } from 'vitest';
import type { Component } from '../model/types.js';
import { computeCoverage, coverageProblems, coverageSentence, gateWithCoverage, grouped } from './coverage.js';
import type { SourceFacts as SourceInfo } from './coverage.js';

// Hand-built inventories standing for the real cases of the "never a silent pass" catalogue: a
// repository whose npm lockfile has no npm advisory source, a PyPI bundle whose newest record is
// from 2024-10-10 (the shared pypa snapshot), an image with no runtime product, a git-sourced gem.

const NOW = new Date('2026-11-24T12:00:00Z');

function pkg(ecosystem: string, name: string, extra: Partial<Component> = {}): Component {
  return { ecosystem, name, version: '1.0.0', purl: `pkg:x/${name}@1.0.0`, layer: 'library', locations: [{ file: 'lock', line: 3 }], ...extra };
}

function image(name: string, product: string | undefined, line: number): Component {
  return {
    ecosystem: 'image',
    name,
    version: '1',
    purl: `pkg:docker/${name}@1`,
    layer: 'runtime',
    locations: [{ file: 'compose.yml', line }],
    source: 'image',
    image: { reference: `${name}:1`, registry: 'docker.io', repository: name, ...(product ? { product } : {}) },
  };
}

const pypiBundle: SourceInfo = {
  kind: 'osv-zip',
  path: '/data/osv/PyPI/all.zip',
  records: 2,
  ecosystems: { PyPI: { records: 2, newest: '2024-10-10T17:22:00.587279Z', withdrawn: 1 } },
};
const cratesBundle: SourceInfo = {
  kind: 'osv-zip',
  path: '/data/osv/crates.io/all.zip',
  records: 1,
  ecosystems: { 'crates.io': { records: 1, newest: '2026-11-20T06:28:40Z' } },
};

describe('computeCoverage', () => {
  it('npm without an npm source is no-data, and the sentence says how to fix it', () => {
    const components = Array.from({ length: 1387 }, (_, i) => pkg('npm', `p${i}`));
    const c = computeCoverage({ components, sources: [pypiBundle], runtimeProducts: new Set(), settings: {}, now: NOW });
    expect(c.complete).toBe(false);
    expect(c.entries).toEqual([{ layer: 'library', ecosystem: 'npm', components: 1387, checked: 0, sources: [], state: 'no-data', gap: 'npm: 1,387 packages, no advisory source; add an OSV bundle for npm (--db) or run online' }]);
    expect(coverageSentence(c)).toBe('not everything was checked: npm: 1,387 packages, no advisory source; add an OSV bundle for npm (--db) or run online.');
    expect(gateWithCoverage('pass', c)).toBe('incomplete');
    expect(gateWithCoverage('fail', c)).toBe('fail');
  });

  it('a PyPI bundle whose newest record is from 2024-10-10 is stale under the default 7 days', () => {
    const c = computeCoverage({ components: [pkg('PyPI', 'jinja2')], sources: [pypiBundle], runtimeProducts: new Set(), settings: { maxDataAge: '7d' }, now: NOW });
    // 2024-10-10 to 2026-11-24: 81 + 365 + 365 - (31 - 24) ... worked out by day numbers: 775 days.
    expect(c.entries[0]).toMatchObject({ ecosystem: 'PyPI', state: 'stale', checked: 1, newest: '2024-10-10T17:22:00.587279Z', ageDays: 775, withdrawn: 1 });
    expect(c.entries[0]!.sources).toEqual([{ kind: 'osv-zip', path: '/data/osv/PyPI/all.zip', records: 2, newest: '2024-10-10T17:22:00.587279Z' }]);
    expect(c.entries[0]!.gap).toBe('PyPI: the newest advisory record is from 2024-10-10, 775 days old (the policy allows 7d); refresh the data');
    // A policy that accepts three years of age makes the same data current.
    const lax = computeCoverage({ components: [pkg('PyPI', 'jinja2')], sources: [pypiBundle], runtimeProducts: new Set(), settings: { maxDataAge: '1095d' }, now: NOW });
    expect(lax.entries[0]!.state).toBe('checked');
    expect(lax.complete).toBe(true);
    expect(gateWithCoverage('pass', lax)).toBe('pass');
  });

  it('data 4 days old is checked; a git-sourced crate makes it partial, named with its line', () => {
    const ok = computeCoverage({ components: [pkg('crates.io', 'time')], sources: [cratesBundle], runtimeProducts: new Set(), settings: {}, now: NOW });
    expect(ok.entries[0]).toMatchObject({ state: 'checked', ageDays: 4 });
    expect(ok.entries[0]!.gap).toBeUndefined();
    const git = pkg('crates.io', 'rocket', { source: 'git', locations: [{ file: 'Cargo.lock', line: 812 }] });
    const c = computeCoverage({ components: [pkg('crates.io', 'time'), git], sources: [cratesBundle], runtimeProducts: new Set(), settings: {}, now: NOW });
    expect(c.entries[0]).toMatchObject({ state: 'partial', components: 2, checked: 1, uncheckedCounts: { git: 1 } });
    expect(c.entries[0]!.unchecked).toEqual([{ name: 'rocket', version: '1.0.0', file: 'Cargo.lock', line: 812, reason: 'git' }]);
    expect(c.entries[0]!.gap).toBe('crates.io: 1 component not checked (1 git-sourced): rocket (Cargo.lock:812)');
  });

  it('workspace packages are the project itself: nothing missed', () => {
    const c = computeCoverage({ components: [pkg('crates.io', 'time'), pkg('crates.io', 'mine', { source: 'workspace' })], sources: [cratesBundle], runtimeProducts: new Set(), settings: {}, now: NOW });
    expect(c.entries[0]).toMatchObject({ state: 'checked', checked: 1, ownCode: 1 });
    // Own code alone is not coverage: without a source the registry packages are no-data.
    const none = computeCoverage({ components: [pkg('npm', 'ws'), pkg('npm', 'mine', { source: 'workspace' })], sources: [], runtimeProducts: new Set(), settings: {}, now: NOW });
    expect(none.entries[0]).toMatchObject({ state: 'no-data', checked: 0, ownCode: 1 });
  });

  it('images: an unmapped image is listed by name and line; no release data is no-data', () => {
    const comps = [image('docker.io/library/nginx', 'nginx', 4), image('docker.io/jitsi/web', undefined, 17)];
    const releases: SourceInfo = { kind: 'releases', path: '/data/endoflife', records: 30 };
    const c = computeCoverage({ components: comps, sources: [releases], runtimeProducts: new Set(['nginx']), settings: {}, now: NOW });
    expect(c.entries[0]).toMatchObject({ layer: 'runtime', ecosystem: 'image', components: 2, checked: 1, state: 'partial' });
    expect(c.entries[0]!.unchecked).toEqual([{ name: 'docker.io/jitsi/web', version: '1', file: 'compose.yml', line: 17, reason: 'no runtime product' }]);
    expect(c.entries[0]!.gap).toBe('runtime images: 1 component not checked (1 with no runtime product): docker.io/jitsi/web (compose.yml:17)');
    const none = computeCoverage({ components: comps.slice(0, 1), sources: [], runtimeProducts: new Set(), settings: {}, now: NOW });
    expect(none.entries[0]).toMatchObject({ state: 'no-data', checked: 0, gap: 'runtime images: 1 image, no release data for their product; give runtime release data (--releases) or run online' });
  });

  it('the OSV API serves every package ecosystem, dated by when it answered', () => {
    const live: SourceInfo = { kind: 'osv-api', path: 'https://api.osv.dev', records: 0 };
    const c = computeCoverage({ components: [pkg('npm', 'ws'), pkg('NuGet', 'Newtonsoft.Json')], sources: [live], runtimeProducts: new Set(), settings: {}, now: NOW });
    expect(c.entries.map((e) => [e.ecosystem, e.state, e.newest])).toEqual([
      // Code-point order, the same under every locale: upper case first.
      ['NuGet', 'checked', NOW.toISOString()],
      ['npm', 'checked', NOW.toISOString()],
    ]);
  });

  it('an empty scan is never complete, and says so in one sentence', () => {
    const c = computeCoverage({ components: [], sources: [pypiBundle], runtimeProducts: new Set(), settings: { missingData: 'fail' }, now: NOW });
    expect(c).toMatchObject({ empty: true, complete: false, entries: [], missingData: 'fail' });
    expect(gateWithCoverage('pass', c)).toBe('incomplete');
    expect(coverageProblems(c)).toEqual([
      { level: 'warning', origin: 'evaluate/coverage', message: 'nothing was checked: the scan found no component (is this the right folder, or are its files excluded?)' },
    ]);
    expect(coverageProblems({ ...c, missingData: 'ignore' })).toEqual([]);
  });

  it('a note from an extractor makes its group partial, said once', () => {
    const note = { layer: 'library' as const, ecosystem: 'crates.io', note: 'x' };
    const c = computeCoverage({ components: [pkg('crates.io', 'time')], sources: [cratesBundle], runtimeProducts: new Set(), settings: {}, now: NOW, notes: [note, note] });
    expect(c.entries[0]).toMatchObject({ state: 'partial', notes: ['x'], gap: 'crates.io: x' });
  });
});

describe('grouped', () => {
  it('writes whole numbers as toLocaleString("en-US") does, and hands it anything else', () => {
    for (const n of [0, 1, 7, 12, 999, 1000, 1001, 12_345, 999_999, 1_000_000, 37_187, 123_456_789, -1, -1234, -999_999, Number.MAX_SAFE_INTEGER, -0]) {
      expect(grouped(n)).toBe(n.toLocaleString('en-US'));
    }
    expect(grouped(1234.5)).toBe('1,234.5');
  });
});
