import { dayOf, formatDay } from '../evaluate/dates.js';
import type { AppliedException, ExceptionReport, Finding, PolicyIdentity } from '../evaluate/types.js';
import type { AdvisoryKind, ClockBasis, FindingStatus, Layer, Location, SeverityLabel } from '../model/types.js';

// The history the audit is computed from: what each run saw (an Observation), folded into each
// finding's life (first seen, clock start, deadline, resolved, reopened). Both records the tool
// keeps, past JSON reports and its GitHub issues, are read into Observations or lives of this
// shape, so every figure is computed one way whatever the record.

/** What a run says about a finding, and what a life keeps of the latest run that saw it. */
interface FindingFacts {
  kind: AdvisoryKind;
  ecosystem: string;
  name: string;
  /** The package URL without its version: the package, whichever version a run saw. */
  purl: string;
  version: string;
  layer: Layer;
  advisoryId: string;
  /** Every id and alias naming this vulnerability: findings across runs are the same when any is shared. */
  ids: string[];
  summary: string;
  /** YYYY-MM-DD of the advisory's publication (disclosure), when known. */
  published: string | null;
  severity: SeverityLabel;
  clockStart: string | null;
  clockBasis: ClockBasis;
  deadline: string | null;
  fixedVersion: string | null;
  locations: Location[];
  exception?: AppliedException;
}

/** One finding as one run saw it: only what the audit needs, so 12,000 runs fit in memory. */
export interface ObservedFinding extends FindingFacts {
  status: FindingStatus;
}

/** What one run of the tool saw in one repository. */
export interface Observation {
  repository: string;
  /** YYYY-MM-DD (UTC) the run evaluated as of (its `now`). */
  day: string;
  policy: PolicyIdentity;
  findings: ObservedFinding[];
  exceptions: ExceptionReport[];
  /** The report's coverage block, when the run recorded one: what it could not check. */
  coverage?: unknown;
  /** Where the observation was read from (a report file), for messages. */
  source: string;
}

/** One stretch of days during which a finding was present: opened at a run, resolved at the first later run without it. */
export interface Episode {
  opened: string;
  /** YYYY-MM-DD of the first later run of the same repository that no longer had it; null while open. */
  resolved: string | null;
}

/** A status a run gave the finding, kept to judge the finding as of any day (exceptions, due soon). */
export interface StatusSample {
  day: string;
  status: FindingStatus;
  deadline: string | null;
}

/** A finding's life; its facts are as the latest run saw them (a re-scored advisory or a moved deadline counts as last judged). */
export interface FindingLife extends FindingFacts {
  /** repository, ecosystem, package name and the first advisory id seen, joined: stable across runs (advisoryId is the latest chosen record). */
  key: string;
  repository: string;
  policy: PolicyIdentity;
  firstSeen: string;
  lastSeen: string;
  episodes: Episode[];
  samples: StatusSample[];
  /** Where the life was read from: a run's reports, a tool-managed issue with its data block, or an issue's body only. */
  origin: 'reports' | 'issue' | 'issue-body';
}

/** The day a finding's whole life ends (its last resolution), or null while it is open. */
export function resolvedAt(life: FindingLife): string | null {
  const last = life.episodes[life.episodes.length - 1];
  return last ? last.resolved : null;
}

export function reopenCount(life: FindingLife): number {
  return Math.max(0, life.episodes.length - 1);
}

/** The package URL without the version (and qualifiers that name one build). */
export function packagePurl(purl: string): string {
  const cut = purl.search(/[@?#]/);
  return cut === -1 ? purl : purl.slice(0, cut);
}

/** A report's finding, reduced to what the audit keeps. */
export function observe(f: Finding): ObservedFinding {
  const out: ObservedFinding = {
    kind: f.kind,
    ecosystem: f.component.ecosystem,
    name: f.component.name,
    purl: packagePurl(f.component.purl),
    version: f.component.version,
    layer: f.component.layer,
    advisoryId: f.advisory.id,
    ids: [...new Set([...f.ids, f.advisory.id, ...f.advisory.aliases])],
    summary: f.advisory.summary,
    published: f.advisory.published ? formatDayOrNull(f.advisory.published) : null,
    severity: f.severity,
    clockStart: f.clockStart,
    clockBasis: f.clockBasis,
    deadline: f.deadline,
    status: f.status,
    fixedVersion: f.fixedVersion,
    locations: f.locations,
  };
  if (f.exception) out.exception = f.exception;
  return out;
}

function formatDayOrNull(value: string): string | null {
  const d = dayOf(value);
  return d === undefined ? null : formatDay(d);
}

/**
 * Folds runs into finding lives. A finding is the same across runs when the repository and the
 * package (ecosystem and name, not version: an upgrade that still matches is the same late patch)
 * agree and any of its advisory ids or aliases is shared. A finding absent from a later run of
 * the same repository is resolved on that run's day; seen again later, it is reopened.
 * Two runs of one repository on the same day are one run: the later-read one wins.
 */
export function buildLives(observations: readonly Observation[]): FindingLife[] {
  const byRepo = new Map<string, Observation[]>();
  for (const o of observations) {
    const list = byRepo.get(o.repository) ?? [];
    list.push(o);
    byRepo.set(o.repository, list);
  }
  const lives: FindingLife[] = [];
  for (const [repository, runs] of [...byRepo].sort(([a], [b]) => cmp(a, b))) {
    const sorted = dedupeDays(runs);
    const byId = new Map<string, FindingLife>();
    const open = new Set<FindingLife>();
    for (const run of sorted) {
      const seen = new Set<FindingLife>();
      for (const f of run.findings) {
        const pkg = `${repository}\u0000${f.ecosystem}\u0000${f.name.toLowerCase()}`;
        let life: FindingLife | undefined;
        for (const id of f.ids) {
          life = byId.get(`${pkg}\u0000${id}`);
          if (life) break;
        }
        if (life && seen.has(life)) {
          // Two findings of one run for the same vulnerability (two versions of one package): one life.
          mergeLocations(life, f.locations);
          continue;
        }
        if (!life) {
          life = newLife(repository, run, f);
          lives.push(life);
        } else {
          update(life, run, f);
          if (!open.has(life)) life.episodes.push({ opened: run.day, resolved: null });
        }
        for (const id of f.ids) byId.set(`${pkg}\u0000${id}`, life);
        seen.add(life);
        life.samples.push({ day: run.day, status: f.status, deadline: f.deadline });
      }
      for (const life of open) {
        if (!seen.has(life)) {
          const ep = life.episodes[life.episodes.length - 1];
          if (ep) ep.resolved = run.day;
        }
      }
      open.clear();
      for (const life of seen) open.add(life);
    }
  }
  return lives;
}

function dedupeDays(runs: Observation[]): Observation[] {
  const byDay = new Map<string, Observation>();
  for (const r of runs) byDay.set(r.day, r);
  return [...byDay.values()].sort((a, b) => cmp(a.day, b.day));
}

function newLife(repository: string, run: Observation, f: ObservedFinding): FindingLife {
  const life: FindingLife = {
    key: [repository, f.ecosystem, f.name, f.advisoryId].join('\u0000'),
    repository,
    kind: f.kind,
    ecosystem: f.ecosystem,
    name: f.name,
    purl: f.purl,
    layer: f.layer,
    advisoryId: f.advisoryId,
    ids: [...f.ids],
    summary: f.summary,
    published: f.published,
    severity: f.severity,
    version: f.version,
    clockStart: f.clockStart,
    clockBasis: f.clockBasis,
    deadline: f.deadline,
    fixedVersion: f.fixedVersion,
    locations: [...f.locations],
    policy: run.policy,
    firstSeen: run.day,
    lastSeen: run.day,
    episodes: [{ opened: run.day, resolved: null }],
    samples: [],
    origin: 'reports',
  };
  if (f.exception) life.exception = f.exception;
  return life;
}

function update(life: FindingLife, run: Observation, f: ObservedFinding): void {
  life.lastSeen = run.day;
  life.advisoryId = f.advisoryId;
  life.severity = f.severity;
  life.version = f.version;
  life.clockStart = f.clockStart;
  life.clockBasis = f.clockBasis;
  life.deadline = f.deadline;
  life.fixedVersion = f.fixedVersion;
  life.locations = [...f.locations];
  life.policy = run.policy;
  life.summary = f.summary;
  if (f.published) life.published = f.published;
  if (f.exception) life.exception = f.exception;
  else delete life.exception;
  for (const id of f.ids) if (!life.ids.includes(id)) life.ids.push(id);
}

function mergeLocations(life: FindingLife, locations: Location[]): void {
  for (const l of locations) if (!life.locations.some((m) => m.file === l.file && m.line === l.line)) life.locations.push(l);
}

export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
