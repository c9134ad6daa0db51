import type { Match } from '../model/types.js';

/**
 * When each fixed version was released, as the package registries say: a read-only table that
 * the evaluate stage consults to start a finding's clock (the matches themselves are not touched).
 */
export class FixReleaseDates {
  private readonly dates: ReadonlyMap<string, string>;

  constructor(entries: Iterable<readonly [string, string]> = []) {
    this.dates = new Map(entries);
  }

  static key(ecosystem: string, name: string, version: string): string {
    return `${ecosystem}\u0000${name}\u0000${version}`;
  }

  /** The release time (ISO) of the match's fixed version, where a registry dated it. */
  of(m: Match): string | undefined {
    return m.fixedVersion === null ? undefined : this.dates.get(FixReleaseDates.key(m.component.ecosystem, m.component.name, m.fixedVersion));
  }

  get size(): number {
    return this.dates.size;
  }
}
