import type { Advisory, Component, Match, Problem } from '../model/types.js';
import { matchKey } from '../model/names.js';
import type { AdvisoryDb } from '../advise/db.js';
import type { AdvisoryData } from '../advise/sources.js';
import { matchRuntime } from './runtime.js';
import { matchTarget } from './os.js';
import { affects } from './ranges.js';
import { SEMVER_SCHEME, schemeFor } from './versions/index.js';
import type { VersionScheme } from './versions/types.js';

const ORIGIN = 'match';

interface Hit {
  advisory: Advisory;
  fixed: string | undefined;
}

/** Rank for choosing the record that speaks for a group of aliases: a labelled GitHub record first. */
function preference(a: Advisory): number {
  let score = 0;
  if (a.severity?.source === 'label') score += 4;
  else if (a.severity) score += 2;
  if (a.id.startsWith('GHSA-')) score += 1;
  return score;
}

/**
 * Records that are aliases of one another (by id or alias, transitively) describe one
 * vulnerability: OSV publishes GO-, PYSEC-, GHSA- and CVE ids for the same flaw. They become one
 * match, so one vulnerability counts once per component.
 */
function groupByAlias(hits: Hit[]): Hit[][] {
  const parent = hits.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  const owner = new Map<string, number>();
  hits.forEach((h, i) => {
    for (const id of [h.advisory.id, ...h.advisory.aliases]) {
      const j = owner.get(id);
      if (j === undefined) owner.set(id, i);
      else parent[find(i)] = find(j);
    }
  });
  const groups = new Map<number, Hit[]>();
  hits.forEach((h, i) => {
    const r = find(i);
    const g = groups.get(r);
    if (g) g.push(h);
    else groups.set(r, [h]);
  });
  return [...groups.values()];
}

/**
 * What a group of records says together, whatever the component: the record that speaks for it,
 * with every alias and the earliest publication. Built once per group (the same ids in the same
 * order) and shared by every match of it: a monorepo has tens of thousands of matches of a few
 * thousand groups, and each match kept a copy of its record.
 */
interface Merged {
  advisory: Advisory;
  ids: string[];
}

type MergedGroups = Map<string, Merged>;

function mergeRecords(sorted: readonly Hit[], groups: MergedGroups): Merged {
  const ids = sorted.map((h) => h.advisory.id);
  // Ids are unique in a database, so the ids in their order name a group's records.
  const key = ids.join('\n');
  const known = groups.get(key);
  if (known) return known;
  const primary = sorted[0]!.advisory;
  const aliases = new Set<string>();
  for (const h of sorted) for (const a of [h.advisory.id, ...h.advisory.aliases]) if (a !== primary.id) aliases.add(a);
  // The flaw was public from its earliest publication by any of its records.
  let published = primary.published;
  for (const h of sorted) if (h.advisory.published && (!published || h.advisory.published < published)) published = h.advisory.published;
  const severity = primary.severity ?? sorted.find((h) => h.advisory.severity)?.advisory.severity;
  const advisory: Advisory = { ...primary, aliases: [...aliases].sort() };
  if (published) advisory.published = published;
  if (severity) advisory.severity = severity;
  const merged = { advisory, ids };
  groups.set(key, merged);
  return merged;
}

function mergeGroup(component: Component, group: Hit[], scheme: VersionScheme, groups: MergedGroups): Match {
  const sorted = [...group].sort((a, b) => preference(b.advisory) - preference(a.advisory) || (a.advisory.id < b.advisory.id ? -1 : 1));
  const { advisory, ids } = mergeRecords(sorted, groups);
  // Records can disagree on the fix; being safe from all of them takes the highest.
  let fixed: string | undefined;
  for (const h of sorted) {
    if (h.fixed === undefined) continue;
    if (fixed === undefined || (scheme.isValid(h.fixed) && scheme.isValid(fixed) && scheme.compare(h.fixed, fixed) > 0)) fixed = h.fixed;
  }
  // An unmaintained library has no fix to take, whatever the record's ranges say: it is replaced.
  const kind = advisory.kind === 'malicious' ? 'malicious' : advisory.kind === 'unmaintained' ? 'end-of-life' : 'vulnerability';
  return { kind, component, advisory, ids, aliases: advisory.aliases, fixedVersion: kind === 'end-of-life' ? null : (fixed ?? null) };
}

export interface MatchResult {
  matches: Match[];
  problems: Problem[];
}

/**
 * Every registry component against the advisory index, by the ecosystem's own version order
 * (an OS package by its source package, within its own distribution release: see os.ts).
 * Components from paths, git or workspaces are not the registry package of the same name and
 * are not matched; a version the ecosystem cannot parse is a reported skip.
 */
export function matchComponents(components: readonly Component[], db: AdvisoryDb): MatchResult {
  const matches: Match[] = [];
  const problems: Problem[] = [];
  const unknownEcosystems = new Map<string, number>();
  const groups: MergedGroups = new Map();
  for (const component of components) {
    if (component.source && component.source !== 'registry') continue;
    const target = matchTarget(component);
    const advisories = db.lookup(component.ecosystem, target.name);
    if (advisories.length === 0) continue;
    const scheme = schemeFor(component.ecosystem);
    if (!scheme) {
      unknownEcosystems.set(component.ecosystem, (unknownEcosystems.get(component.ecosystem) ?? 0) + 1);
      continue;
    }
    const key = matchKey(component.ecosystem, target.name);
    const hits: Hit[] = [];
    const unevaluable = new Set<string>();
    for (const advisory of advisories) {
      if (advisory.withdrawn) continue;
      let hit: Hit | undefined;
      for (const pkg of advisory.affected) {
        if (matchKey(pkg.ecosystem, pkg.name) !== key || !target.accepts(pkg.ecosystem)) continue;
        const verdict = affects(target.version, pkg, scheme, SEMVER_SCHEME);
        if (verdict.affected) {
          if (!hit) hit = { advisory, fixed: verdict.fixed };
          else if (verdict.fixed !== undefined && (hit.fixed === undefined || scheme.compare(verdict.fixed, hit.fixed) < 0)) hit.fixed = verdict.fixed;
        } else if (verdict.unevaluable) {
          unevaluable.add(`${advisory.id}: ${verdict.unevaluable}`);
        }
      }
      if (hit) hits.push(hit);
    }
    for (const group of groupByAlias(hits)) matches.push(mergeGroup(component, group, scheme, groups));
    if (unevaluable.size > 0) {
      const loc = component.locations[0];
      problems.push({
        level: 'warning',
        origin: ORIGIN,
        ...(loc ? { file: loc.file, line: loc.line } : {}),
        message: `${component.ecosystem} ${component.name}@${component.version} could not be checked against ${[...unevaluable].join('; ')}`,
      });
    }
  }
  for (const [ecosystem, count] of unknownEcosystems) {
    problems.push({
      level: 'warning',
      origin: ORIGIN,
      message: `${count} ${ecosystem} component(s) have advisories but patchwarden has no version ordering for ${ecosystem}; not matched`,
    });
  }
  return { matches, problems };
}

/**
 * The match stage: every component against the OSV records (by its ecosystem's version order),
 * then runtime images against their release data. `now` dates patch lag and end of life.
 */
export function matchAll(components: readonly Component[], advisories: AdvisoryData, now: Date, policyImages?: Readonly<Record<string, string>>): MatchResult {
  const osv = matchComponents(components, advisories.osv);
  const runtime = matchRuntime(components, advisories.runtime, now, policyImages);
  return { matches: [...osv.matches, ...runtime.matches], problems: [...osv.problems, ...runtime.problems] };
}
