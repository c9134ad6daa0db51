import type { FixReleaseSource, Match } from '../model/types.js';

interface Dated {
  date: string;
  source: FixReleaseSource;
}

/**
 * When each fixed version was released, as the package registries or runtime release data say:
 * a read-only table that the evaluate stage consults to start a finding's clock (the matches
 * themselves are not touched).
 */
export class FixReleaseDates {
  private readonly dates: ReadonlyMap<string, Dated>;

  constructor(entries: Iterable<readonly [string, string, FixReleaseSource]> = []) {
    const dates = new Map<string, Dated>();
    for (const [key, date, source] of entries) dates.set(key, { date, source });
    this.dates = dates;
  }

  static key(ecosystem: string, name: string, version: string): string {
    return `${ecosystem}\u0000${name}\u0000${version}`;
  }

  private entry(m: Match): Dated | undefined {
    return m.fixedVersion === null ? undefined : this.dates.get(FixReleaseDates.key(m.component.ecosystem, m.component.name, m.fixedVersion));
  }

  /** The release time (ISO) of the match's fixed version, where it is dated. */
  of(m: Match): string | undefined {
    return this.entry(m)?.date;
  }

  /** What dated it. */
  sourceOf(m: Match): FixReleaseSource | undefined {
    return this.entry(m)?.source;
  }

  /** A new table with another's dates added; a version this one dates keeps its date. */
  merged(other: FixReleaseDates): FixReleaseDates {
    const rows = (t: FixReleaseDates): [string, string, FixReleaseSource][] => [...t.dates].map(([k, d]) => [k, d.date, d.source]);
    return new FixReleaseDates([...rows(other), ...rows(this)]);
  }

  get size(): number {
    return this.dates.size;
  }
}
