import type { ProductReleases } from '../advise/runtime/types.js';
import type { FixReleaseSource, Match } from '../model/types.js';
import type { EnrichConfig, Enrichment } from './index.js';
import { FixReleaseDates } from './release-dates.js';

// Go's standard library and toolchain are released as Go itself: OSV's `stdlib` and `toolchain`
// fixed versions (`1.22.2`) are Go releases, and the runtime release data (endoflife.date's
// release-data `go.json`) dates every one. golang/vulndb's own records carry no real dates
// (`0001-01-01`), so without this their clocks could never start.

const GO_MODULES = new Set(['stdlib', 'toolchain']);

/** Release dates of Go stdlib/toolchain fixes, from the release data. */
export function goReleaseDates(matches: readonly Match[], go: ProductReleases): FixReleaseDates {
  const rows: [string, string, FixReleaseSource][] = [];
  for (const m of matches) {
    if (m.component.ecosystem !== 'Go' || !GO_MODULES.has(m.component.name) || m.fixedVersion === null || m.fixReleased !== undefined) continue;
    // Go names its first release of a line both `1.21.0` and `1.21`; the data may use either.
    const v = m.fixedVersion.replace(/^go/, '');
    const date = go.versions.get(v) ?? go.versions.get(v.replace(/\.0$/, ''));
    if (date === undefined) continue;
    rows.push([FixReleaseDates.key(m.component.ecosystem, m.component.name, m.fixedVersion), `${date}T00:00:00.000Z`, 'release-data']);
  }
  return new FixReleaseDates(rows);
}

/** Go's own releases, when the run has release data for Go: asked before the registries. */
export function goReleases(config: EnrichConfig): Enrichment | undefined {
  const go = config.goReleases;
  if (!go) return undefined;
  return {
    lookupsFor(matches, have) {
      return Promise.resolve({ lookups: { fixReleases: have.fixReleases.merged(goReleaseDates(matches, go)) }, sources: [], problems: [] });
    },
  };
}
