import { advise } from './advise/sources.js';
import { indexAhead } from './advise/index-ahead.js';
import { defaultCacheDir, LiveSession } from './advise/live/index.js';
import type { SourceInfo } from './advise/db.js';
import { claim, walkHasFiles } from './discover/index.js';
import type { Walk } from './discover/index.js';
import type { DiscoveredFile } from './discover/index.js';
import { enrich } from './enrich/index.js';
import { evaluate } from './evaluate/index.js';
import type { EvaluateResult } from './evaluate/index.js';
import type { ResolvedPolicy } from './evaluate/policy/types.js';
import type { Inventory } from './inventory.js';
import { matchAll } from './match/index.js';
import { runtimeProductResolver } from './advise/runtime/repositories.js';
import type { Component, Problem } from './model/types.js';
import type { CheckOptions } from './check.js';

// The stages of a check between the policy and the report: extract, advise, match, enrich and
// evaluate. check() loads this module (and with it the extractors, the advisory sources, the
// live clients and their parsers) only when there is something to read or ask; see check.ts.

export interface Judged {
  components: Component[];
  sources: SourceInfo[];
  evaluated: EvaluateResult;
  /** The stages' problems, in stage order (discovery and extraction first). */
  problems: Problem[];
  /** The products the runtime release data covers (for the coverage of runtimes). */
  runtimeProducts: Set<string>;
  /** The runtime product a component is judged as (images by the release data's identifiers, pins by name or repository). */
  productOf?: (c: Component) => string | undefined;
}

export async function judge(opts: CheckOptions, root: string, policy: ResolvedPolicy, walked: Walk | undefined, only: DiscoveredFile | undefined, helmValues: readonly string[] = []): Promise<Judged> {
  const live = opts.live ? new LiveSession(opts.live) : undefined;
  const cacheDir = opts.cacheDir === false ? undefined : (opts.cacheDir ?? defaultCacheDir());

  // The indexes of big bundles are built on a worker while the repository is read (index-ahead.ts).
  const ahead = cacheDir && opts.db ? indexAhead(opts.db, cacheDir) : undefined;
  let found: Inventory;
  try {
    // The extractors (and their parsers) are loaded when the walk met a file to hand them.
    found =
      walked && !walkHasFiles(walked) ? { components: [], files: [], problems: claim(walked, []).problems } : (await import('./inventory.js')).inventoryOf(walked, root, { ...pick(opts, 'distro'), ...(helmValues.length > 0 ? { helmValues } : {}), ...(only ? { only } : {}) });
  } catch (err) {
    ahead?.stop();
    throw err;
  }
  await ahead?.done;
  const images = policy.settings.images;
  const advised = await advise(found.components, {
    ...pick(opts, 'db', 'releases', 'nodejsSecurityWg'),
    ...(cacheDir ? { cacheDir } : {}),
    ...(live ? { live } : {}),
    ...(images ? { policyImages: images } : {}),
  });
  const matched = matchAll(found.components, advised.advisories, opts.now, images);
  const goReleases = advised.advisories.runtime.products.get('go');
  const enriched = await enrich(matched.matches, { ...pick(opts, 'kev', 'epss'), ...(live ? { live } : {}), ...(goReleases ? { goReleases } : {}) });
  const osFixes = advised.advisories.osFixes;
  const evaluated = evaluate({ matches: matched.matches, policy, now: opts.now, ...enriched.lookups, ...(osFixes ? { osFixes } : {}) });
  return {
    components: found.components,
    sources: [...advised.sources, ...enriched.sources],
    evaluated,
    problems: [...found.problems, ...advised.problems, ...matched.problems, ...enriched.problems, ...evaluated.problems],
    runtimeProducts: new Set(advised.advisories.runtime.products.keys()),
    productOf: runtimeProductResolver(advised.advisories.runtime, images),
  };
}

/** The options that are set, so that an absent option stays absent (exactOptionalPropertyTypes). */
function pick<K extends keyof CheckOptions>(opts: CheckOptions, ...keys: K[]): { [P in K]?: NonNullable<CheckOptions[P]> } {
  const out: { [P in K]?: NonNullable<CheckOptions[P]> } = {};
  for (const k of keys) if (opts[k] !== undefined && opts[k] !== null) out[k] = opts[k] as NonNullable<CheckOptions[K]>;
  return out;
}
