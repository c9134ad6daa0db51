import type { ProductReleases } from '../advise/runtime/types.js';
import type { Match } from '../model/types.js';

// Go's standard library and toolchain are released as Go itself: OSV's `stdlib` and `toolchain`
// fixed versions (`1.22.2`) are Go releases, and the runtime release data (endoflife.date's
// release-data `go.json`) dates every one. golang/vulndb's own records carry no real dates
// (`0001-01-01`), so without this their clocks could never start.

const GO_MODULES = new Set(['stdlib', 'toolchain']);

/** Sets the fix release date of Go stdlib/toolchain matches from the release data; returns how many were dated. */
export function dateGoReleases(matches: readonly Match[], go: ProductReleases | undefined): number {
  if (!go) return 0;
  let dated = 0;
  for (const m of matches) {
    if (m.component.ecosystem !== 'Go' || !GO_MODULES.has(m.component.name) || m.fixedVersion === null || m.fixReleased !== undefined) continue;
    // Go names its first release of a line both `1.21.0` and `1.21`; the data may use either.
    const v = m.fixedVersion.replace(/^go/, '');
    const date = go.versions.get(v) ?? go.versions.get(v.replace(/\.0$/, ''));
    if (date === undefined) continue;
    m.fixReleased = `${date}T00:00:00.000Z`;
    m.fixReleaseSource = 'release-data';
    dated++;
  }
  return dated;
}
