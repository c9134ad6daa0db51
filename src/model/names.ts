import type { Ecosystem } from './types.js';

// OSV matches package names the way each registry does: PyPI by PEP 503 normal form, NuGet,
// Packagist and Pub case-insensitively, the rest exactly. npm is taken case-insensitively too:
// the registry refuses new names that differ from an existing one only by case, and GitHub's
// own records sometimes capitalise (GHSA-8hc4-vh64-cxmj names "Axios").
// Both sides of a match go through here.
const PEP503 = /[-_.]+/g;

export function normaliseName(ecosystem: Ecosystem, name: string): string {
  switch (ecosystem) {
    case 'PyPI':
      return name.replace(PEP503, '-').toLowerCase();
    case 'npm':
    case 'NuGet':
    case 'Packagist':
    case 'Pub':
      return name.toLowerCase();
    default:
      return name;
  }
}

/** OSV suffixes ecosystems with a release (`Debian:12`, `Alpine:v3.19`); matching uses the base. */
export function baseEcosystem(ecosystem: Ecosystem): Ecosystem {
  const colon = ecosystem.indexOf(':');
  return colon === -1 ? ecosystem : ecosystem.slice(0, colon);
}

/** The key an advisory index and a component meet on. */
export function matchKey(ecosystem: Ecosystem, name: string): string {
  const base = baseEcosystem(ecosystem);
  return `${base}\u0000${normaliseName(base, name)}`;
}
