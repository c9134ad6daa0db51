import semver from 'semver';
import type { Advisory, Component, Match, Problem, UpgradeTarget } from '../model/types.js';
import { isFloatingTag } from '../model/catalogue.js';
import { imageIndex, policyImageIndex, resolveImage } from '../advise/runtime/images.js';
import { pinProduct, repositoryIndex } from '../advise/runtime/repositories.js';
import { NODEJS_PRODUCT } from '../advise/runtime/nodejs-wg.js';
import type { ProductReleases, ReleaseCycle, RuntimeData } from '../advise/runtime/types.js';
import { compareReleaseVersions, isStableVersion, versionWithin } from '../advise/runtime/version.js';

// Runtime images have no OSV advisories; patchwarden's own findings stand in for them (DESIGN.md,
// "Runtime images"):
//  - patch-lag: a newer release exists in the image's release cycle. The team is late from the
//    day the first newer release came out, so that day is the clock start (fixReleased and
//    published); the fix to take is the newest release of the cycle.
//  - end-of-life: the cycle's end of life is past at `now`; the clock starts at the EOL date.
//  - unpinned: `latest`, no tag, a channel tag (`stable`, `alpine`) or a digest only; no version
//    can be judged, which the policy prices on its own.
//  - vulnerability: a `node` image whose exact version the Node.js security WG lists as
//    vulnerable and not patched; the clock starts when the first patched release of its line
//    came out.
// Only releases dated on or before `now` count, so a run with a past `now` is reproducible.

const ORIGIN = 'match/runtime';
const EOL_SITE = 'https://endoflife.date/';

export interface RuntimeMatchResult {
  matches: Match[];
  problems: Problem[];
}

function today(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/** The release cycle a product version belongs to: the longest cycle it lies within, or its codename. */
export function findCycle(p: ProductReleases, version: string): ReleaseCycle | undefined {
  let best: ReleaseCycle | undefined;
  for (const c of p.cycles) {
    if (!versionWithin(version, c.cycle)) continue;
    if (!best || c.cycle.length > best.cycle.length) best = c;
  }
  return best ?? p.cycles.find((c) => c.codename !== undefined && c.codename === version.toLowerCase());
}

/** Released versions of a cycle, as of `day`: stable, dated on or before it (or undated), in version order. */
function cycleReleases(p: ProductReleases, cycle: ReleaseCycle, day: string): { version: string; date?: string }[] {
  const longer = p.cycles.filter((c) => c !== cycle && c.cycle.length > cycle.cycle.length && versionWithin(c.cycle, cycle.cycle));
  const out: { version: string; date?: string }[] = [];
  for (const [version, date] of p.versions) {
    if (!versionWithin(version, cycle.cycle) || !isStableVersion(version)) continue;
    // `1.2` must not take the releases of a cycle `1.2.x` declares on its own.
    if (longer.some((c) => versionWithin(version, c.cycle))) continue;
    if (date !== undefined && date > day) continue;
    out.push(date === undefined ? { version } : { version, date });
  }
  return out.sort((a, b) => compareReleaseVersions(a.version, b.version));
}

function eolDate(c: ReleaseCycle): string | undefined {
  return typeof c.eol === 'string' ? c.eol : undefined;
}

function isEndOfLife(c: ReleaseCycle, day: string): boolean {
  return c.eol === true || (typeof c.eol === 'string' && c.eol <= day);
}

function baseAdvisory(id: string, summary: string, component: Component, product: string, source: string): Advisory {
  const url = EOL_SITE + product;
  return {
    id,
    aliases: [],
    summary,
    affected: [{ ecosystem: component.ecosystem, name: component.name, ranges: [], versions: [component.version] }],
    references: [{ type: 'WEB', url }],
    url,
    source,
  };
}

/** A cycle at its newest release out by `day` (or the release data's `latest`), as an upgrade target. */
function target(p: ProductReleases, cycle: ReleaseCycle, day: string): UpgradeTarget {
  const released = cycleReleases(p, cycle, day);
  const version = released.length > 0 ? released[released.length - 1]!.version : (cycle.latest ?? cycle.cycle);
  return { version, cycle: cycle.cycle, eol: typeof cycle.eol === 'string' ? cycle.eol : false };
}

function match(kind: Match['kind'], component: Component, advisory: Advisory, fixedVersion: string | null, fixReleased?: string): Match {
  const m: Match = { kind, component, advisory, ids: [advisory.id], aliases: [...advisory.aliases], fixedVersion };
  if (fixReleased !== undefined) m.fixReleased = fixReleased;
  return m;
}

function unpinned(component: Component, productVersion: string | undefined): Match | undefined {
  const image = component.image;
  if (!image || (image.digest !== undefined && image.tag !== undefined)) return undefined;
  let why: string;
  if (image.tag === undefined && image.digest !== undefined) why = 'is pinned by digest only; the version it runs is unknown';
  else if (image.tag === undefined) why = 'has no tag, so it runs whatever `latest` is when pulled';
  else if (productVersion === undefined && isFloatingTag(image.tag)) why = `uses the moving tag "${image.tag}", which names no version`;
  else return undefined;
  const advisory: Advisory = {
    id: `PW-UNPINNED-${component.name}@${component.version}`,
    aliases: [],
    summary: `${image.reference} ${why}`,
    affected: [{ ecosystem: component.ecosystem, name: component.name, ranges: [], versions: [component.version] }],
    references: [{ type: 'WEB', url: 'https://docs.docker.com/build/building/best-practices/#pin-base-image-versions' }],
    url: 'https://docs.docker.com/build/building/best-practices/#pin-base-image-versions',
    source: 'patchwarden:image-pinning',
  };
  return match('unpinned', component, advisory, null);
}

function patchLag(component: Component, p: ProductReleases, cycle: ReleaseCycle, version: string, day: string, source: string): Match | undefined {
  const releases = cycleReleases(p, cycle, day);
  // A tag like `20.11` floats over 20.11.x: judge the newest release it would pull today.
  let effective = version;
  if (!p.versions.has(version)) {
    const covered = releases.filter((r) => r.version !== version && versionWithin(r.version, version));
    if (covered.length > 0) effective = covered[covered.length - 1]!.version;
  }
  const newer = releases.filter((r) => compareReleaseVersions(r.version, effective) > 0);
  if (newer.length === 0) return undefined;
  const newest = newer[newer.length - 1]!;
  const dated = newer.filter((r) => r.date !== undefined).sort((a, b) => (a.date! < b.date! ? -1 : a.date! > b.date! ? 1 : compareReleaseVersions(a.version, b.version)));
  const first = dated[0];
  const product = p.product;
  const shown = effective === version ? version : `${version} (${effective})`;
  let summary = `${product} ${shown} is behind ${newest.version}` + (newest.date ? ` (released ${newest.date})` : '');
  if (first && first.version !== newest.version) summary += `; the first newer release, ${first.version}, came out ${first.date}`;
  const advisory = baseAdvisory(`PW-PATCH-${product}-${version}`, summary, component, product, source);
  advisory.affected[0]!.ranges = [{ type: 'ECOSYSTEM', events: [{ introduced: cycle.cycle }, { fixed: newest.version }] }];
  if (first?.date) advisory.published = first.date;
  const m = match('patch-lag', component, advisory, newest.version, first?.date);
  m.upgrade = { step: { version: newest.version, cycle: cycle.cycle, eol: typeof cycle.eol === 'string' ? cycle.eol : false } };
  return m;
}

function endOfLife(component: Component, p: ProductReleases, cycle: ReleaseCycle, day: string, source: string): Match | undefined {
  if (!isEndOfLife(cycle, day)) return undefined;
  const date = eolDate(cycle);
  // The way out: the oldest cycle after this one that is still supported, at its newest release.
  const supported = p.cycles
    .filter((c) => !isEndOfLife(c, day) && compareReleaseVersions(c.cycle, cycle.cycle) > 0 && (c.releaseDate === undefined || c.releaseDate <= day))
    .sort((a, b) => compareReleaseVersions(a.cycle, b.cycle));
  const step = supported[0] ? target(p, supported[0], day) : undefined;
  const last = supported[supported.length - 1];
  const newest = last && last !== supported[0] ? target(p, last, day) : undefined;
  const product = p.product;
  let summary = `${product} ${cycle.cycle} reached end of life` + (date ? ` on ${date}` : '');
  if (step) {
    summary += `; the oldest supported release cycle is ${step.cycle} (${step.version}, ${step.eol ? `supported until ${step.eol}` : 'no end of life announced'})`;
    if (newest) summary += `, the newest ${newest.cycle} (${newest.version})`;
  } else summary += '; no newer supported release cycle is known';
  const advisory = baseAdvisory(`PW-EOL-${product}-${cycle.cycle}`, summary, component, product, source);
  if (date) advisory.published = date;
  const m = match('end-of-life', component, advisory, step?.version ?? null, date);
  if (step) m.upgrade = newest ? { step, newest } : { step };
  return m;
}

function nodeVulnerabilities(component: Component, version: string, data: RuntimeData, day: string): Match[] {
  const v = semver.valid(version);
  if (v === null) return [];
  const node = data.products.get(NODEJS_PRODUCT);
  const parsed = semver.parse(v)!;
  const line = parsed.major === 0 ? `0.${parsed.minor}` : String(parsed.major);
  const out: Match[] = [];
  for (const vuln of data.nodeVulnerabilities) {
    if (!semver.satisfies(v, vuln.vulnerable) || (vuln.patched !== '' && semver.satisfies(v, vuln.patched))) continue;
    // The first patched release of this version's line above it.
    let fixed: string | null = null;
    if (vuln.patched !== '') {
      for (const set of new semver.Range(vuln.patched).set) {
        const lo = semver.minVersion(new semver.Range(set.map((c) => c.value).join(' ') || '*'));
        if (!lo || !versionWithin(lo.version, line) || semver.lte(lo, v)) continue;
        if (fixed === null || semver.lt(lo, fixed)) fixed = lo.version;
      }
    }
    const released = fixed !== null ? node?.versions.get(fixed) : undefined;
    out.push(match('vulnerability', component, vuln.advisory, fixed, released !== undefined && released <= day ? released : undefined));
  }
  return out;
}

/**
 * Runtime findings for the image components of an inventory. Without release data the checks
 * that need it are skipped with one notice (unpinned images are still reported).
 */
export function matchRuntime(
  components: readonly Component[],
  data: RuntimeData,
  now: Date,
  /** The policy's `images:` map (image repository -> endoflife.date product). */
  policyImages?: Readonly<Record<string, string>>,
): RuntimeMatchResult {
  const matches: Match[] = [];
  const problems: Problem[] = [];
  const day = today(now);
  // Images, and the distribution releases their tags name (see extract/images/os-layer.ts).
  const images = components.filter((c) => (c.ecosystem === 'image' || c.ecosystem === 'os') && c.image);
  const noData = data.products.size === 0;
  const missing = new Set<string>();
  const unknownCycle = new Set<string>();
  const index = imageIndex(data.products.values());
  const byPolicy = policyImageIndex(policyImages);
  const repositories = repositoryIndex(data.products.values());
  // Runtimes pinned outside images (version-manager files, engines, annotations): the same
  // clock, with no image to resolve; a GitHub repository maps through the pages that name it.
  for (const component of components) {
    const rt = component.runtime;
    if (!rt || noData) continue;
    const product = pinProduct(rt, repositories);
    if (product === undefined) {
      problems.push(...noticeAtEach(component, `GitHub repository ${rt.repository ?? component.name} maps to no endoflife.date product (no product page names it as an identifier, release source or changelog); end of life and patch lag not checked`));
      continue;
    }
    const p = data.products.get(product);
    if (!p) {
      missing.add(product);
      continue;
    }
    const cycle = findCycle(p, rt.productVersion);
    if (!cycle) {
      if (!p.cycles.some((c) => versionWithin(c.cycle, rt.productVersion))) unknownCycle.add(`${product} ${rt.productVersion}`);
      continue;
    }
    const source = `endoflife:${p.sources[0] ?? product}`;
    const eol = endOfLife(component, p, cycle, day, source);
    if (eol) matches.push(eol);
    if (rt.productVersion !== cycle.cycle) {
      const lag = patchLag(component, p, cycle, rt.productVersion, day, source);
      if (lag) matches.push(lag);
    }
  }
  for (const component of images) {
    const image = component.image!;
    const { product, productVersion: version } = resolveImage(image, component.name, index, byPolicy);
    const u = unpinned(component, version);
    if (u) matches.push(u);
    if (product === undefined && !noData) {
      // One per place the image is named, so that no image leaves the report without a word.
      problems.push(...noticeAtEach(component, `image ${image.reference} maps to no endoflife.date product (neither the policy's images:, the catalogue nor the release data's identifiers name ${component.name}); patch lag and end of life not checked`));
    }
    if (product === undefined || version === undefined || noData) continue;
    const p = data.products.get(product);
    if (!p) {
      missing.add(product);
      continue;
    }
    const cycle = findCycle(p, version);
    if (!cycle) {
      // `python:3`, `golang:1`: coarser than any cycle, the tag moves from cycle to cycle.
      if (!p.cycles.some((c) => versionWithin(c.cycle, version))) unknownCycle.add(`${product} ${version}`);
      continue;
    }
    const source = `endoflife:${p.sources[0] ?? product}`;
    const eol = endOfLife(component, p, cycle, day, source);
    if (eol) matches.push(eol);
    if (version !== cycle.cycle && cycle.codename !== version) {
      const lag = patchLag(component, p, cycle, version, day, source);
      if (lag) matches.push(lag);
    }
    if (product === NODEJS_PRODUCT) matches.push(...nodeVulnerabilities(component, version, data, day));
  }
  const catalogued = images.some((c) => c.image!.product !== undefined && c.image!.productVersion !== undefined);
  if (noData && catalogued) {
    problems.push({
      level: 'notice',
      origin: ORIGIN,
      message: 'runtime checks (patch lag, end of life, Node.js vulnerabilities) skipped: no release data given (--releases DIR); unpinned images are still reported',
    });
  }
  if (missing.size > 0) {
    problems.push({ level: 'notice', origin: ORIGIN, message: `no release data for ${[...missing].sort().join(', ')}; their images were not checked` });
  }
  for (const what of [...unknownCycle].sort()) {
    problems.push({ level: 'notice', origin: ORIGIN, message: `${what}: no such release cycle in the release data; not checked` });
  }
  return { matches, problems };
}

/** One notice per place a component is written, so that nothing unmapped leaves the report without a word. */
function noticeAtEach(component: Component, message: string): Problem[] {
  return component.locations.map((at) => ({ level: 'notice', origin: ORIGIN, file: at.file, line: at.line, message }));
}
