import { describe, expect, it } from 'vitest';
import { SCHEMES, SEMVER_SCHEME, schemeFor } from './index.js';

describe('schemeFor', () => {
  it('finds every implemented ecosystem by its OSV name', () => {
    for (const name of ['npm', 'crates.io', 'PyPI', 'RubyGems', 'Go', 'Maven', 'NuGet', 'Packagist', 'Pub']) {
      expect(schemeFor(name)?.ecosystem).toBe(name);
    }
    expect([...SCHEMES.keys()].sort()).toEqual([
      'AlmaLinux', 'Alpine', 'Debian', 'Go', 'Mageia', 'Maven', 'NuGet', 'Packagist', 'Pub', 'PyPI', 'Red Hat', 'Rocky Linux', 'RubyGems', 'SUSE', 'Ubuntu', 'crates.io', 'npm', 'openEuler', 'openSUSE',
    ]);
  });

  it("ignores an OSV release suffix (the ':12' of 'Debian:12') for the lookup only", () => {
    expect(schemeFor('Maven:https://repo.maven.apache.org/maven2')?.ecosystem).toBe('Maven');
    expect(schemeFor('npm:')?.ecosystem).toBe('npm');
    expect(schemeFor('Debian:12')?.ecosystem).toBe('Debian');
    expect(schemeFor('Ubuntu:24.04:LTS')?.ecosystem).toBe('Ubuntu');
    expect(schemeFor('Alpine:v3.20')?.ecosystem).toBe('Alpine');
  });

  it('has no fallback: unknown, differently cased or empty names get no scheme', () => {
    for (const name of ['Hex', 'debian', 'alpine:v3.18', 'pypi', 'NPM', 'go', '', ':npm', 'SEMVER']) {
      expect(schemeFor(name), name).toBeUndefined();
    }
    expect(schemeFor(undefined as unknown as string)).toBeUndefined();
  });

  it('exports the SEMVER range type separately from the ecosystems', () => {
    expect(SEMVER_SCHEME.ecosystem).toBe('SEMVER');
    expect(SEMVER_SCHEME.compare('1.2.3', 'v1.2.4')).toBeLessThan(0);
  });
});

describe('realistic version streams', () => {
  // 2,000 generated versions in each ecosystem's usual shapes must all parse and sort to the same
  // order from either end. How fast that is belongs to the benchmark (`npm run bench`).
  const samples: Record<string, (i: number) => string> = {
    npm: (i) => `${i % 7}.${i % 13}.${i % 101}${i % 5 === 0 ? '-beta.' + (i % 3) : ''}`,
    'crates.io': (i) => `${i % 7}.${i % 13}.${i % 101}${i % 5 === 0 ? '-rc.' + (i % 3) : ''}`,
    PyPI: (i) => `${i % 7}.${i % 13}.${i % 101}${i % 5 === 0 ? 'rc' + (i % 3) : ''}${i % 11 === 0 ? '.post1' : ''}`,
    RubyGems: (i) => `${i % 7}.${i % 13}.${i % 101}${i % 5 === 0 ? '.beta' + (i % 3) : ''}`,
    Go: (i) => (i % 9 === 0 ? `v0.0.0-2019${String(1000000000 + i)}-daa7c04131f5` : `v${i % 7}.${i % 13}.${i % 101}`),
    Maven: (i) => `${i % 7}.${i % 13}.${i % 101}${i % 5 === 0 ? '-RC' + (i % 3) : ''}${i % 4 === 0 ? '.Final' : ''}`,
    NuGet: (i) => `${i % 7}.${i % 13}.${i % 101}${i % 3 === 0 ? '.' + (i % 4) : ''}${i % 5 === 0 ? '-preview.' + (i % 3) : ''}`,
    Packagist: (i) => `v${i % 7}.${i % 13}.${i % 101}${i % 5 === 0 ? '-beta' + (i % 3) : ''}`,
    Pub: (i) => `${i % 7}.${i % 13}.${i % 101}${i % 5 === 0 ? '-dev.' + (i % 3) : ''}${i % 6 === 0 ? '+' + (i % 4) : ''}`,
  };
  for (const [ecosystem, make] of Object.entries(samples)) {
    it(`${ecosystem}: realistic generated versions are valid and sort consistently`, () => {
      const scheme = schemeFor(ecosystem)!;
      const versions = Array.from({ length: 2_000 }, (_, i) => make(i));
      for (const v of versions) expect(scheme.isValid(v), v).toBe(true);
      const once = [...versions].sort((a, b) => scheme.compare(a, b));
      const again = [...versions].reverse().sort((a, b) => scheme.compare(a, b));
      expect(once.map((v, i) => scheme.compare(v, again[i]!))).toEqual(once.map(() => 0));
    });
  }
});
