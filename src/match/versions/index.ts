import { ALPINE_SCHEME } from './apk.js';
import { CRATES_SCHEME } from './crates.js';
import { DEBIAN_SCHEME, UBUNTU_SCHEME } from './dpkg.js';
import { GO_SCHEME } from './go.js';
import { MAVEN_SCHEME } from './maven.js';
import { NPM_SCHEME } from './npm.js';
import { NUGET_SCHEME } from './nuget.js';
import { PACKAGIST_SCHEME } from './packagist.js';
import { PUB_SCHEME } from './pub.js';
import { PYPI_SCHEME } from './pypi.js';
import { RPM_SCHEMES } from './rpm.js';
import { RUBYGEMS_SCHEME } from './rubygems.js';
import type { VersionScheme } from './types.js';

export { SEMVER_SCHEME } from './semver-osv.js';
export type { VersionScheme } from './types.js';

/** Every ecosystem whose own order is implemented, by OSV ecosystem name. */
export const SCHEMES: ReadonlyMap<string, VersionScheme> = new Map(
  [NPM_SCHEME, CRATES_SCHEME, PYPI_SCHEME, RUBYGEMS_SCHEME, GO_SCHEME, MAVEN_SCHEME, NUGET_SCHEME, PACKAGIST_SCHEME, PUB_SCHEME, DEBIAN_SCHEME, UBUNTU_SCHEME, ALPINE_SCHEME, ...RPM_SCHEMES].map(
    (s) => [s.ecosystem, s],
  ),
);

/**
 * The version order of an OSV ecosystem, or undefined when there is none here (there is no generic
 * fallback: guessing an order would produce silent wrong answers). An OSV suffix such as the ":12"
 * of "Debian:12" only selects a release of the ecosystem and is ignored for the lookup.
 */
export function schemeFor(ecosystem: string): VersionScheme | undefined {
  if (typeof ecosystem !== 'string') return undefined;
  const colon = ecosystem.indexOf(':');
  return SCHEMES.get(colon < 0 ? ecosystem : ecosystem.slice(0, colon));
}
