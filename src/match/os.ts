import { osAdvisoryName } from '../model/os.js';
import type { Component } from '../model/types.js';

// What an advisory must name for it to apply to a component. Library components are matched by
// their own name and version across every OSV ecosystem suffix (`Maven:https://...` is the same
// registry). An operating-system package is different on both counts: distributions publish
// advisories per release, so a `Debian:11` record says nothing about a `Debian:12` package (the
// same source version can be fixed in one release and not the other), and they name the source
// package (`openssl`, `glibc`) at its source version, not the binaries installed from it.

export interface MatchTarget {
  /** The package name advisories use for this component. */
  name: string;
  /** The version to compare with their ranges. */
  version: string;
  /** True when an affected entry of this ecosystem (as the record spells it) can apply. */
  accepts(ecosystem: string): boolean;
}

const ANY = (): boolean => true;

export function matchTarget(c: Component): MatchTarget {
  if (c.os === undefined) return { name: c.name, version: c.version, accepts: ANY };
  const { name, version } = osAdvisoryName(c);
  return { name, version, accepts: (ecosystem) => ecosystem === c.ecosystem };
}
