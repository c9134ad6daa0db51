import { byCodePoint } from '../model/order.js';
import type { Component, ComponentSource, Layer, Problem } from '../model/types.js';
import { baseEcosystem } from '../model/names.js';
import { dayOf, dayOfInstant, formatDay } from './dates.js';
import { addDuration, parseDuration } from './policy/duration.js';
import type { CoverageSettings, MissingData } from './policy/types.js';

// Coverage: what the run's data could judge, per layer and ecosystem. A gate that passes when it
// knows nothing is worse than no gate, so every report says, for each group of components, which
// sources served it, how old their newest record is, and whether anything was left unchecked.
// Pure like the rest of evaluate: the sources say what they hold, `now` comes in as an argument.
//
// States, worst first:
//  - no-data: components, but no source holds a record for their ecosystem (or, for images, no
//    release data for their product): nothing about them was checked;
//  - stale:   the newest record of every serving source is older than the policy's maxDataAge;
//  - partial: checked, but some components could not be (images with no runtime product, git-,
//    path- and URL-sourced packages, a go.mod too old to list the build's modules);
//  - checked: every component was judged against data young enough.

export type CoverageState = 'checked' | 'no-data' | 'stale' | 'partial';

export interface CoverageSource {
  kind: string;
  path: string;
  /** Records the source holds for this ecosystem; absent for a live source that answers on demand. */
  records?: number;
  /** The newest record's `modified`, else `published` (ISO); for a live source, when it answered. */
  newest?: string;
}

/** A component that could not be judged, by name and where it is declared. */
export interface UncheckedComponent {
  name: string;
  version: string;
  file: string;
  line: number;
  /** Why: `no runtime product`, `git`, `path`, `url`. */
  reason: string;
}

export interface CoverageEntry {
  layer: Layer;
  ecosystem: string;
  components: number;
  /** Components judged against the sources. */
  checked: number;
  /** The repository's own packages (workspace members, links): nothing to look up. */
  ownCode?: number;
  sources: CoverageSource[];
  /** The data's age: the newest record across the serving sources (ISO), where any has a date. */
  newest?: string;
  /** Whole days from `newest` to the run's date. */
  ageDays?: number;
  state: CoverageState;
  /** Components that could not be judged (first 20), each with its place. */
  unchecked?: UncheckedComponent[];
  /** How many could not be judged, by reason (`no runtime product`, `git`, `path`, `url`, ...). */
  uncheckedCounts?: Record<string, number>;
  /** Withdrawn records the sources hold for the ecosystem (ignored when matching). */
  withdrawn?: number;
  /** Said once for the group: why it is partial beyond its components (a go.mod before Go 1.17). */
  notes?: string[];
  /** One sentence: what was not checked and how to fix it. Absent when checked. */
  gap?: string;
}

export interface Coverage {
  missingData: MissingData;
  maxDataAge: string;
  /** Nothing in scope was found: the scan read no component at all. */
  empty: boolean;
  /** Every entry is `checked` and the scan was not empty: only then can a gate pass. */
  complete: boolean;
  entries: CoverageEntry[];
}

/** A group made partial by something an extractor knows (e.g. a go.mod before Go 1.17). */
export interface CoverageNote {
  layer: Layer;
  ecosystem: string;
  note: string;
}

/** A source as the advise stage describes it (its SourceFacts): what it holds per ecosystem. */
export interface SourceFacts {
  kind: string;
  path: string;
  records: number;
  fetched?: string;
  ecosystems?: Record<string, { records: number; newest?: string; withdrawn?: number }>;
}

export interface CoverageInput {
  components: readonly Component[];
  sources: readonly SourceFacts[];
  /** Products the runtime release data knows (images are judged by it). */
  runtimeProducts: ReadonlySet<string>;
  /**
   * The product an image or runtime pin is judged as, as the match stage resolved it (the
   * release data's identifiers and repositories included); default: what extraction knew.
   */
  productOf?: (c: Component) => string | undefined;
  settings: CoverageSettings;
  now: Date;
  notes?: readonly CoverageNote[];
}

/** Sources that answer for any package ecosystem on demand. */
const LIVE_ADVISORY_KINDS = new Set(['osv-api']);
/** Sources of release data, which judge images. */
const RELEASE_KINDS = new Set(['releases', 'endoflife']);
/** Where a component's code does not come from the registry the advisories describe. */
const NOT_FROM_REGISTRY: ReadonlySet<ComponentSource> = new Set(['git', 'path', 'url']);
/** The repository's own code: nothing to look up, nothing missed. */
const OWN_CODE: ReadonlySet<ComponentSource> = new Set(['workspace', 'link']);
const MAX_LISTED = 20;
const MAX_SENTENCE = 1_500;
const MAX_NAME = 100;

const STATE_ORDER: Record<CoverageState, number> = { 'no-data': 0, stale: 1, partial: 2, checked: 3 };

interface Group {
  layer: Layer;
  ecosystem: string;
  members: Component[];
}

function groupsOf(components: readonly Component[]): Group[] {
  const groups = new Map<string, Group>();
  for (const c of components) {
    const key = `${c.layer}\u0000${c.ecosystem}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { layer: c.layer, ecosystem: c.ecosystem, members: [] }));
    g.members.push(c);
  }
  return [...groups.values()];
}

/** Judged on release data (endoflife.date) rather than advisories: images and runtime pins. */
function isImage(c: Component): boolean {
  return c.image !== undefined || (c.runtime !== undefined && c.ecosystem === 'runtime');
}

function advisorySources(ecosystem: string, sources: readonly SourceFacts[], now: Date): { list: CoverageSource[]; withdrawn: number } {
  const base = baseEcosystem(ecosystem);
  const list: CoverageSource[] = [];
  let withdrawn = 0;
  for (const s of sources) {
    if (LIVE_ADVISORY_KINDS.has(s.kind)) {
      list.push({ kind: s.kind, path: s.path, newest: s.fetched ?? now.toISOString() });
      continue;
    }
    if (!s.ecosystems) continue;
    let records = 0;
    let newest: string | undefined;
    for (const [name, e] of Object.entries(s.ecosystems)) {
      if (baseEcosystem(name) !== base || e.records === 0) continue;
      records += e.records;
      withdrawn += e.withdrawn ?? 0;
      if (e.newest !== undefined && (newest === undefined || e.newest > newest)) newest = e.newest;
    }
    if (records > 0) list.push(newest === undefined ? { kind: s.kind, path: s.path, records } : { kind: s.kind, path: s.path, records, newest });
  }
  return { list, withdrawn };
}

function releaseSources(sources: readonly SourceFacts[]): CoverageSource[] {
  return sources
    .filter((s) => RELEASE_KINDS.has(s.kind))
    .map((s) => (s.fetched ? { kind: s.kind, path: s.path, records: s.records, newest: s.fetched } : { kind: s.kind, path: s.path, records: s.records }));
}

function count(n: number, one: string, many = `${one}s`): string {
  return `${grouped(n)} ${n === 1 ? one : many}`;
}

/**
 * A whole number with its thousands separated by commas, as `toLocaleString('en-US')` writes it.
 * Without ICU: the first number formatted through it maps about 6 MB of its data into the process,
 * at the end of a large run, when its memory is highest.
 */
export function grouped(n: number): string {
  if (!Number.isSafeInteger(n)) return n.toLocaleString('en-US');
  const digits = String(Math.abs(n));
  let out = digits.slice(0, ((digits.length - 1) % 3) + 1);
  for (let i = out.length; i < digits.length; i += 3) out += ',' + digits.slice(i, i + 3);
  return n < 0 || Object.is(n, -0) ? '-' + out : out;
}

function label(e: Pick<CoverageEntry, 'layer' | 'ecosystem'>): string {
  return e.ecosystem === 'image' ? `${e.layer} images` : e.ecosystem === 'os' ? 'image base systems' : e.ecosystem;
}

function noDataFix(g: Group): string {
  if (g.ecosystem === 'image' || g.ecosystem === 'os') return 'give runtime release data (--releases) or run online';
  if (g.ecosystem === 'helm') return 'no advisory database covers Helm charts (their images are checked as images)';
  return `add an OSV bundle for ${g.ecosystem} (--db) or run online`;
}

function entryFor(g: Group, input: CoverageInput, maxAge: ReturnType<typeof parseDuration>, today: number): CoverageEntry {
  const images = g.members.filter(isImage);
  const packages = g.members.filter((c) => !isImage(c));
  const unchecked: UncheckedComponent[] = [];
  const counts: Record<string, number> = {};
  const miss = (c: Component, reason: string): void => {
    counts[reason] = (counts[reason] ?? 0) + 1;
    const at = c.locations[0];
    if (unchecked.length < MAX_LISTED) unchecked.push({ name: c.name, version: c.version, file: at?.file ?? '', line: at?.line ?? 0, reason });
  };

  const sources: CoverageSource[] = [];
  let withdrawn = 0;
  let served = 0;
  let own = 0;
  let noSource = 0;
  if (packages.length > 0) {
    const got = advisorySources(g.ecosystem, input.sources, input.now);
    sources.push(...got.list);
    withdrawn = got.withdrawn;
    for (const c of packages) {
      const source = c.source ?? 'registry';
      if (NOT_FROM_REGISTRY.has(source)) miss(c, source);
      else if (OWN_CODE.has(source)) own++;
      else if (got.list.length === 0) noSource++;
      else served++;
    }
  }
  if (images.length > 0) {
    const release = releaseSources(input.sources);
    for (const s of release) if (!sources.some((x) => x.kind === s.kind && x.path === s.path)) sources.push(s);
    for (const c of images) {
      const product = input.productOf ? input.productOf(c) : (c.image?.product ?? c.runtime?.product);
      if (product === undefined) miss(c, 'no runtime product');
      else if (!input.runtimeProducts.has(product)) noSource++;
      else served++;
    }
  }

  const entry: CoverageEntry = { layer: g.layer, ecosystem: g.ecosystem, components: g.members.length, checked: served, sources, state: 'checked' };
  let newest: string | undefined;
  for (const s of sources) if (s.newest !== undefined && (newest === undefined || s.newest > newest)) newest = s.newest;
  const newestDay = dayOf(newest);
  if (newest !== undefined && newestDay !== undefined) {
    entry.newest = newest;
    entry.ageDays = today - newestDay;
  }
  if (unchecked.length > 0) {
    entry.unchecked = unchecked;
    entry.uncheckedCounts = counts;
  }
  if (withdrawn > 0) entry.withdrawn = withdrawn;
  if (own > 0) entry.ownCode = own;
  const notes = (input.notes ?? []).filter((n) => n.layer === g.layer && n.ecosystem === g.ecosystem).map((n) => n.note);
  if (notes.length > 0) entry.notes = [...new Set(notes)];

  const gaps: string[] = [];
  const name = label(entry);
  if (noSource > 0) {
    const what = images.length > 0 && packages.length === 0 ? 'no release data for their product' : 'no advisory source';
    gaps.push(`${name}: ${count(noSource, images.length > 0 && packages.length === 0 ? 'image' : 'package')}, ${what}; ${noDataFix(g)}`);
  }
  const stale = newestDay !== undefined && maxAge !== undefined && served > 0 && addDuration(newestDay, maxAge) < today;
  if (stale) {
    gaps.push(`${name}: the newest advisory record is from ${formatDay(newestDay)}, ${count(entry.ageDays!, 'day')} old (the policy allows ${input.settings.maxDataAge}); refresh the data`);
  }
  const missed = Object.values(counts).reduce((a, b) => a + b, 0);
  if (missed > 0) {
    const parts = Object.entries(counts).map(([why, n]) => `${n} ${why === 'no runtime product' ? 'with no runtime product' : `${why}-sourced`}`);
    const short = (t: string): string => (t.length > MAX_NAME ? `${t.slice(0, MAX_NAME - 1)}…` : t);
    const listed = unchecked.slice(0, 3).map((u) => `${short(u.name)} (${short(u.file)}:${u.line})`).join(', ');
    gaps.push(`${name}: ${count(missed, 'component')} not checked (${parts.join(', ')}): ${listed}${missed > 3 ? ', …' : ''}`);
  }
  for (const n of entry.notes ?? []) gaps.push(`${name}: ${n}`);

  if (served === 0 && noSource > 0) entry.state = 'no-data';
  else if (stale) entry.state = 'stale';
  else if (noSource > 0 || missed > 0 || notes.length > 0) entry.state = 'partial';
  if (gaps.length > 0) entry.gap = gaps.join('; ');
  return entry;
}

export function computeCoverage(input: CoverageInput): Coverage {
  const missingData = input.settings.missingData ?? 'warn';
  const maxDataAge = input.settings.maxDataAge ?? '7d';
  const maxAge = parseDuration(maxDataAge);
  const today = dayOfInstant(input.now);
  const entries = groupsOf(input.components)
    .map((g) => entryFor(g, input, maxAge, today))
    .sort((a, b) => STATE_ORDER[a.state] - STATE_ORDER[b.state] || byCodePoint(a.layer, b.layer) || byCodePoint(a.ecosystem, b.ecosystem));
  const empty = input.components.length === 0;
  return { missingData, maxDataAge, empty, complete: !empty && entries.every((e) => e.state === 'checked'), entries };
}

/** The one sentence a summary gives for an incomplete run: what was not checked and how to fix it. */
export function coverageSentence(coverage: Coverage): string | undefined {
  if (coverage.empty) return 'nothing was checked: the scan found no component (is this the right folder, or are its files excluded?)';
  const gaps = coverage.entries.filter((e) => e.gap !== undefined).map((e) => e.gap!);
  if (gaps.length === 0) return undefined;
  const sentence = `not everything was checked: ${gaps.join('; ')}.`;
  // One sentence, not a flood: a repository with many gaps (or long hostile names) is cut short;
  // the coverage table holds every entry.
  return sentence.length <= MAX_SENTENCE ? sentence : `${sentence.slice(0, MAX_SENTENCE - 40)}… (the rest in the coverage table).`;
}

/** The gate once coverage is known: a run that left something unchecked is never a pass. */
export function gateWithCoverage(gate: 'pass' | 'fail', coverage: Coverage): 'pass' | 'fail' | 'incomplete' {
  return gate === 'fail' ? 'fail' : coverage.complete ? 'pass' : 'incomplete';
}

/** The warning an incomplete run gives under `missingData: warn` or `fail`; none under `ignore`. */
export function coverageProblems(coverage: Coverage): Problem[] {
  const sentence = coverageSentence(coverage);
  if (sentence === undefined || coverage.missingData === 'ignore') return [];
  return [{ level: 'warning', origin: 'evaluate/coverage', message: sentence }];
}
