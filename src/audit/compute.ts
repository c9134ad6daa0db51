import { dayOf, daysInMonth, formatDay } from '../evaluate/dates.js';
import type { PolicyIdentity } from '../evaluate/types.js';
import type { Layer, Problem, SeverityLabel } from '../model/types.js';
import { TOOL_NAME, TOOL_VERSION } from '../version.js';
import type { FindingLife, Observation } from './history.js';
import { cmp, reopenCount, resolvedAt } from './history.js';
import type { Period } from './period.js';

// The audit: every figure computed from finding lives and the runs they came from, as of a
// period. The README's "Patch audit" section defines each figure; its worked example is a test.

export const AUDIT_SCHEMA_VERSION = 1;
const SEVERITIES: readonly SeverityLabel[] = ['critical', 'high', 'medium', 'low'];
const LAYERS: readonly Layer[] = ['library', 'runtime', 'os'];
export const AGE_BUCKETS = ['0-30', '31-90', '91-180', '>180'] as const;
export type AgeBucket = (typeof AGE_BUCKETS)[number];

/** Of the findings whose deadline fell in a period: how many were met, missed, or excepted at their deadline. */
export interface Compliance {
  /** met + missed: the denominator. */
  due: number;
  met: number;
  missed: number;
  /** Under an exception at their deadline: counted apart, in neither share. */
  excepted: number;
  /** met / due, rounded to 4 places; null when nothing was due. */
  share: number | null;
}

export interface TimeToPatch {
  severity: SeverityLabel | 'all';
  resolved: number;
  /** Days from clock start to resolution: nearest-rank median and 90th percentile; null when none resolved. */
  medianDays: number | null;
  p90Days: number | null;
  /** The deadline the policy gave these findings (days from clock start; the most common one when they differ). */
  policyDays: number | null;
}

export interface OverdueRow {
  repository: string;
  ecosystem: string;
  name: string;
  version: string;
  advisoryId: string;
  severity: SeverityLabel;
  layer: Layer;
  deadline: string;
  daysOverdue: number;
  file: string | null;
  line: number | null;
}

export interface OpenAtEnd {
  /** The day the state is taken on: the period's last day. */
  asOf: string;
  open: number;
  overdue: number;
  overdueBySeverity: Record<SeverityLabel, number>;
  overdueByAge: Record<AgeBucket, number>;
  dueSoon: number;
  within: number;
  noFix: number;
  excepted: number;
  oldestOverdue: OverdueRow[];
}

export interface ExceptionRow {
  repository: string;
  target: string;
  reason: string;
  approvedBy: string;
  expires: string;
  /** `in-force`: applied or unused in a run of the period and not expired by its end; `expired`: its expiry fell in the period. */
  state: 'in-force' | 'expired';
}

export interface VendorLagRow {
  ecosystem: string;
  name: string;
  advisoryId: string;
  published: string;
  fixReleased: string;
  days: number;
  repositories: number;
}

export interface CoverageGap {
  repository: string;
  ecosystem: string | null;
  layer: string | null;
  state: string;
  detail: string | null;
}

export interface RepositoryRow {
  repository: string;
  runs: number;
  lastRun: string | null;
  policy: string | null;
  compliance: Compliance;
  open: number;
  overdue: number;
}

export interface PolicyRow extends PolicyIdentity {
  runs: number;
  repositories: number;
}

/** One finding's life as the CSV and JSON list it. */
export interface LifeRow {
  repository: string;
  ecosystem: string;
  name: string;
  purl: string;
  version: string;
  layer: Layer;
  kind: string;
  advisoryId: string;
  aliases: string[];
  severity: SeverityLabel;
  clockStart: string | null;
  clockBasis: string;
  deadline: string | null;
  firstSeen: string;
  lastSeen: string;
  resolved: string | null;
  reopened: number;
  /** For a deadline in the period: met, missed or excepted; otherwise null. */
  outcome: 'met' | 'missed' | 'excepted' | null;
  daysToPatch: number | null;
  exception: { reason: string; approvedBy: string; expires: string } | null;
  file: string | null;
  line: number | null;
  policy: string;
  origin: FindingLife['origin'];
}

export interface AuditModel {
  schemaVersion: 1;
  tool: { name: string; version: string };
  period: Period;
  history: {
    runs: number;
    repositories: number;
    firstRun: string | null;
    lastRun: string | null;
    lives: number;
    /** Lives read from tool-managed issues without the machine-readable block (from their text only). */
    fromIssueBodies: number;
  };
  policies: PolicyRow[];
  compliance: { overall: Compliance; bySeverity: Record<SeverityLabel, Compliance>; byLayer: Record<Layer, Compliance> };
  timeToPatch: TimeToPatch[];
  openAtEnd: OpenAtEnd;
  trend: {
    weekly: { weekEnding: string; openOverdue: number }[];
    monthly: { month: string; due: number; met: number; share: number | null }[];
  };
  exceptions: ExceptionRow[];
  vendorLag: VendorLagRow[];
  coverage: { runsInPeriod: number; runsWithCoverage: number; gaps: CoverageGap[] };
  repositories: RepositoryRow[];
  lives: LifeRow[];
  problems: Problem[];
}

const day = (s: string): number => dayOf(s)!;

export function policyLabel(p: PolicyIdentity): string {
  return `${p.name}@${p.version} (${p.digest})`;
}

/** Whether a life whose deadline is `deadline` was excepted at that deadline: the last status a run gave it on or before. */
function exceptedAtDeadline(life: FindingLife): boolean {
  let sample = life.samples[0];
  for (const s of life.samples) if (s.day <= life.deadline!) sample = s;
  return sample?.status === 'excepted';
}

/**
 * Met: every stretch of the finding that opened on or before `until` was resolved on or before
 * its deadline (a run on or before the deadline no longer saw it). Missed otherwise, including
 * a finding first seen, or seen again, after its deadline.
 */
export function outcome(life: FindingLife, until: string): 'met' | 'missed' | 'excepted' | null {
  if (life.deadline === null || life.firstSeen > until) return null;
  if (exceptedAtDeadline(life)) return 'excepted';
  const deadline = life.deadline;
  const met = life.episodes.every((e) => e.opened > until || (e.resolved !== null && e.resolved <= deadline));
  return met ? 'met' : 'missed';
}

function emptyCompliance(): Compliance {
  return { due: 0, met: 0, missed: 0, excepted: 0, share: null };
}

function add(c: Compliance, o: 'met' | 'missed' | 'excepted'): void {
  if (o === 'excepted') c.excepted++;
  else {
    c.due++;
    if (o === 'met') c.met++;
    else c.missed++;
  }
  c.share = Math.round((c.met / c.due) * 10_000) / 10_000;
}

function complianceOf(lives: readonly FindingLife[], from: string, to: string): Compliance {
  const c = emptyCompliance();
  for (const l of lives) {
    if (l.deadline === null || l.deadline < from || l.deadline > to) continue;
    const o = outcome(l, to);
    if (o) add(c, o);
  }
  return c;
}

/** Nearest-rank percentile of sorted values: the value at rank ceil(p × n). */
export function nearestRank(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  return sorted[Math.max(1, Math.ceil(p * sorted.length)) - 1]!;
}

/** The last resolution of a life that falls within [from, to], or null. */
function resolutionIn(life: FindingLife, from: string, to: string): string | null {
  let found: string | null = null;
  for (const e of life.episodes) if (e.resolved !== null && e.resolved >= from && e.resolved <= to) found = e.resolved;
  return found;
}

/** The stretch of a life open at a day: opened on or before it and not resolved by it. */
function openOn(life: FindingLife, d: string): boolean {
  return life.episodes.some((e) => e.opened <= d && (e.resolved === null || e.resolved > d));
}

/** The status the last run on or before `d` gave the life. */
function sampleOn(life: FindingLife, d: string) {
  let sample = undefined;
  for (const s of life.samples) if (s.day <= d) sample = s;
  return sample;
}

type Judged = 'overdue' | 'due-soon' | 'within' | 'no-fix' | 'excepted';

/**
 * A finding open on day `d`, judged as of `d`: excepted or without a fix as the last run said;
 * otherwise overdue when its deadline is before `d`, due soon when the last run said so.
 */
function judge(life: FindingLife, d: string): Judged {
  const s = sampleOn(life, d);
  const status = s?.status ?? 'within';
  const deadline = s ? s.deadline : life.deadline;
  if (status === 'excepted') return 'excepted';
  if (status === 'no-fix' || deadline === null) return 'no-fix';
  if (deadline < d) return 'overdue';
  if (status === 'due-soon' || status === 'overdue') return 'due-soon';
  return 'within';
}

function ageBucket(days: number): AgeBucket {
  return days <= 30 ? '0-30' : days <= 90 ? '31-90' : days <= 180 ? '91-180' : '>180';
}

function bySeverity<T>(make: () => T): Record<SeverityLabel, T> {
  return { critical: make(), high: make(), medium: make(), low: make() };
}

function firstLocation(life: FindingLife): { file: string | null; line: number | null } {
  const l = life.locations[0];
  return l ? { file: l.file, line: l.line } : { file: null, line: null };
}

export interface AuditInput {
  period: Period;
  lives: FindingLife[];
  observations: readonly Observation[];
  problems?: Problem[];
}

export function computeAudit(input: AuditInput): AuditModel {
  const { period, observations } = input;
  const { from, to } = period;
  // Only what was known by the period's end counts: a later run cannot change a past period's figures.
  const lives = input.lives.filter((l) => l.firstSeen <= to);
  const runsByRepo = new Map<string, Observation[]>();
  for (const o of observations) {
    if (o.day > to) continue;
    const list = runsByRepo.get(o.repository) ?? [];
    list.push(o);
    runsByRepo.set(o.repository, list);
  }
  const allDays = observations.map((o) => o.day).filter((d) => d <= to);
  for (const l of lives) allDays.push(l.firstSeen);
  allDays.sort(cmp);
  const firstRun = allDays[0] ?? null;

  // SLA compliance.
  const overall = emptyCompliance();
  const sev = bySeverity(emptyCompliance);
  const layer: Record<Layer, Compliance> = { library: emptyCompliance(), runtime: emptyCompliance(), os: emptyCompliance() };
  const outcomes = new Map<FindingLife, 'met' | 'missed' | 'excepted'>();
  for (const l of lives) {
    if (l.deadline === null || l.deadline < from || l.deadline > to) continue;
    const o = outcome(l, to);
    if (!o) continue;
    outcomes.set(l, o);
    add(overall, o);
    add(sev[l.severity], o);
    add(layer[l.layer], o);
  }

  // Time to patch.
  const ttp: TimeToPatch[] = [];
  const daysToPatch = new Map<FindingLife, number>();
  for (const l of lives) {
    const r = resolutionIn(l, from, to);
    if (r !== null && l.clockStart !== null) daysToPatch.set(l, Math.max(0, day(r) - day(l.clockStart)));
  }
  for (const s of [...SEVERITIES, 'all' as const]) {
    const chosen = [...daysToPatch].filter(([l]) => s === 'all' || l.severity === s);
    const values = chosen.map(([, d]) => d).sort((a, b) => a - b);
    const allowed = lives.filter((l) => (s === 'all' || l.severity === s) && l.clockStart !== null && l.deadline !== null).map((l) => day(l.deadline!) - day(l.clockStart!));
    ttp.push({ severity: s, resolved: values.length, medianDays: nearestRank(values, 0.5), p90Days: nearestRank(values, 0.9), policyDays: s === 'all' ? null : mode(allowed) });
  }

  const openAtEnd = openOn_(lives, runsByRepo, to);

  // Trend: the 52 weeks ending on the period's last day and the 12 months ending with its last month, where history reaches.
  const weekly: AuditModel['trend']['weekly'] = [];
  const monthly: AuditModel['trend']['monthly'] = [];
  if (firstRun !== null) {
    for (let w = 51; w >= 0; w--) {
      const d = formatDay(day(to) - 7 * w);
      if (d < firstRun) continue;
      weekly.push({ weekEnding: d, openOverdue: openAtCount(lives, runsByRepo, d) });
    }
    const y = Number(to.slice(0, 4));
    const m = Number(to.slice(5, 7));
    for (let k = 11; k >= 0; k--) {
      const idx = y * 12 + (m - 1) - k;
      const month = `${Math.floor(idx / 12)}-${String((idx % 12) + 1).padStart(2, '0')}`;
      const mFrom = `${month}-01`;
      const mTo = `${month}-${String(daysInMonth(Math.floor(idx / 12), (idx % 12) + 1)).padStart(2, '0')}`;
      if (mTo < firstRun) continue;
      const c = complianceOf(lives, mFrom, mTo);
      monthly.push({ month, due: c.due, met: c.met, share: c.share });
    }
  }

  // Per repository.
  const repositories: RepositoryRow[] = [];
  const repoNames = new Set<string>([...runsByRepo.keys(), ...lives.map((l) => l.repository)]);
  for (const repo of [...repoNames].sort(cmp)) {
    const mine = lives.filter((l) => l.repository === repo);
    const runs = runsByRepo.get(repo) ?? [];
    const c = emptyCompliance();
    for (const l of mine) {
      const o = outcomes.get(l);
      if (o) add(c, o);
    }
    const last = runs.reduce<Observation | undefined>((a, b) => (a === undefined || b.day >= a.day ? b : a), undefined);
    const open = openAt(mine, runsByRepo, to);
    repositories.push({
      repository: repo,
      runs: new Set(runs.map((r) => r.day)).size,
      lastRun: last?.day ?? (mine.length > 0 ? mine.map((l) => l.lastSeen).sort(cmp).at(-1)! : null),
      policy: last ? policyLabel(last.policy) : mine[0] ? policyLabel(mine[0].policy) : null,
      compliance: c,
      open: open.length,
      overdue: open.filter((l) => judge(l, to) === 'overdue').length,
    });
  }

  // Policies the period's runs (or lives) were judged by.
  const inPeriod = observations.filter((o) => o.day >= from && o.day <= to);
  const policies = new Map<string, PolicyRow & { repos: Set<string> }>();
  const notePolicy = (p: PolicyIdentity, repo: string, run: boolean): void => {
    const k = `${p.name}\u0000${p.version}\u0000${p.digest}`;
    const row = policies.get(k) ?? { ...p, runs: 0, repositories: 0, repos: new Set<string>() };
    if (run) row.runs++;
    row.repos.add(repo);
    policies.set(k, row);
  };
  for (const o of inPeriod) notePolicy(o.policy, o.repository, true);
  for (const l of lives) if (l.origin !== 'reports' && l.lastSeen >= from) notePolicy(l.policy, l.repository, false);
  const policyRows = [...policies.values()]
    .map(({ repos, ...row }) => ({ ...row, repositories: repos.size }))
    .sort((a, b) => b.runs - a.runs || cmp(a.name, b.name) || cmp(a.version, b.version));

  return {
    schemaVersion: AUDIT_SCHEMA_VERSION,
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    period,
    history: {
      runs: observations.filter((o) => o.day <= to).length,
      repositories: repoNames.size,
      firstRun,
      lastRun: allDays.at(-1) ?? null,
      lives: lives.length,
      fromIssueBodies: lives.filter((l) => l.origin === 'issue-body').length,
    },
    policies: policyRows,
    compliance: { overall, bySeverity: sev, byLayer: layer },
    timeToPatch: ttp,
    openAtEnd,
    trend: { weekly, monthly },
    exceptions: exceptionsOf(inPeriod, lives, from, to),
    vendorLag: vendorLagOf(lives),
    coverage: coverageOf(inPeriod),
    repositories,
    lives: lives.map((l) => lifeRow(l, outcomes.get(l) ?? null, daysToPatch.get(l) ?? null)).sort((a, b) => cmp(a.repository, b.repository) || cmp(a.ecosystem, b.ecosystem) || cmp(a.name, b.name) || cmp(a.advisoryId, b.advisoryId)),
    problems: input.problems ?? [],
  };
}

function mode(values: number[]): number | null {
  if (values.length === 0) return null;
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]![0];
}

/**
 * The findings open on day `d`: for a repository with runs in the record, those its last run on or
 * before `d` saw; for lives read from issues (no runs), those whose issue was open on `d`.
 */
function openAt(lives: readonly FindingLife[], runsByRepo: Map<string, Observation[]>, d: string): FindingLife[] {
  const lastRun = new Map<string, string>();
  for (const [repo, runs] of runsByRepo) {
    let last: string | undefined;
    for (const r of runs) if (r.day <= d && (last === undefined || r.day > last)) last = r.day;
    if (last !== undefined) lastRun.set(repo, last);
  }
  return lives.filter((l) => {
    if (l.origin === 'reports') {
      const at = lastRun.get(l.repository);
      return at !== undefined && openOn(l, at);
    }
    return openOn(l, d);
  });
}

function openAtCount(lives: readonly FindingLife[], runsByRepo: Map<string, Observation[]>, d: string): number {
  return openAt(lives, runsByRepo, d).filter((l) => judge(l, d) === 'overdue').length;
}

function openOn_(lives: readonly FindingLife[], runsByRepo: Map<string, Observation[]>, to: string): OpenAtEnd {
  const out: OpenAtEnd = {
    asOf: to,
    open: 0,
    overdue: 0,
    overdueBySeverity: bySeverity(() => 0),
    overdueByAge: { '0-30': 0, '31-90': 0, '91-180': 0, '>180': 0 },
    dueSoon: 0,
    within: 0,
    noFix: 0,
    excepted: 0,
    oldestOverdue: [],
  };
  const overdue: OverdueRow[] = [];
  for (const l of openAt(lives, runsByRepo, to)) {
    out.open++;
    const j = judge(l, to);
    if (j === 'overdue') {
      const deadline = sampleOn(l, to)?.deadline ?? l.deadline!;
      const late = day(to) - day(deadline);
      out.overdue++;
      out.overdueBySeverity[l.severity]++;
      out.overdueByAge[ageBucket(late)]++;
      overdue.push({ repository: l.repository, ecosystem: l.ecosystem, name: l.name, version: l.version, advisoryId: l.advisoryId, severity: l.severity, layer: l.layer, deadline, daysOverdue: late, ...firstLocation(l) });
    } else if (j === 'due-soon') out.dueSoon++;
    else if (j === 'within') out.within++;
    else if (j === 'no-fix') out.noFix++;
    else out.excepted++;
  }
  out.oldestOverdue = overdue
    .sort((a, b) => b.daysOverdue - a.daysOverdue || cmp(a.repository, b.repository) || cmp(a.name, b.name) || cmp(a.advisoryId, b.advisoryId))
    .slice(0, 10);
  return out;
}

function exceptionsOf(runs: readonly Observation[], lives: readonly FindingLife[], from: string, to: string): ExceptionRow[] {
  const rows = new Map<string, ExceptionRow>();
  const note = (repository: string, target: string, e: { reason: string; approvedBy: string; expires: string }, wasInForce: boolean): void => {
    const expires = e.expires.slice(0, 10);
    let state: ExceptionRow['state'];
    if (expires >= from && expires <= to) state = 'expired';
    else if (wasInForce && expires > to) state = 'in-force';
    else return;
    rows.set([repository, target, e.reason, e.approvedBy, expires].join('\u0000'), { repository, target, reason: e.reason, approvedBy: e.approvedBy, expires, state });
  };
  for (const r of runs) for (const e of r.exceptions) note(r.repository, e.target, e, e.state !== 'expired');
  for (const l of lives) {
    if (l.origin === 'reports' || !l.exception) continue;
    if (l.firstSeen > to || (resolvedAt(l) !== null && resolvedAt(l)! < from)) continue;
    note(l.repository, `${l.advisoryId} ${l.name}`, l.exception, true);
  }
  return [...rows.values()].sort((a, b) => cmp(a.state, b.state) || cmp(a.expires, b.expires) || cmp(a.repository, b.repository) || cmp(a.target, b.target));
}

function vendorLagOf(lives: readonly FindingLife[]): VendorLagRow[] {
  const rows = new Map<string, VendorLagRow & { repos: Set<string> }>();
  for (const l of lives) {
    if (l.clockBasis !== 'fix-release' || l.clockStart === null || l.published === null) continue;
    const k = `${l.ecosystem}\u0000${l.name}\u0000${l.advisoryId}`;
    const row = rows.get(k) ?? { ecosystem: l.ecosystem, name: l.name, advisoryId: l.advisoryId, published: l.published, fixReleased: l.clockStart, days: Math.max(0, day(l.clockStart) - day(l.published)), repositories: 0, repos: new Set<string>() };
    row.repos.add(l.repository);
    rows.set(k, row);
  }
  return [...rows.values()]
    .map(({ repos, ...r }) => ({ ...r, repositories: repos.size }))
    .sort((a, b) => b.days - a.days || cmp(a.ecosystem, b.ecosystem) || cmp(a.name, b.name) || cmp(a.advisoryId, b.advisoryId));
}

/**
 * What the period's runs could not check, from each report's coverage block: every entry whose
 * state is not `checked`, with its one-sentence gap. Reports written before the block existed
 * simply lack it, and are counted apart.
 */
function coverageOf(runs: readonly Observation[]): AuditModel['coverage'] {
  const gaps = new Map<string, CoverageGap>();
  let withCoverage = 0;
  for (const r of runs) {
    if (r.coverage === undefined) continue;
    withCoverage++;
    for (const e of coverageEntries(r.coverage)) {
      const state = typeof e.state === 'string' ? e.state : null;
      if (state === null || state === 'checked') continue;
      const gap: CoverageGap = {
        repository: r.repository,
        ecosystem: typeof e.ecosystem === 'string' ? e.ecosystem : null,
        layer: typeof e.layer === 'string' ? e.layer : null,
        state,
        detail: typeof e.gap === 'string' ? e.gap : typeof e.reason === 'string' ? e.reason : typeof e.detail === 'string' ? e.detail : typeof e.message === 'string' ? e.message : null,
      };
      gaps.set([gap.repository, gap.ecosystem, gap.layer, gap.state].join('\u0000'), gap);
    }
  }
  return {
    runsInPeriod: runs.length,
    runsWithCoverage: withCoverage,
    gaps: [...gaps.values()].sort((a, b) => cmp(a.repository, b.repository) || cmp(a.ecosystem ?? '', b.ecosystem ?? '') || cmp(a.layer ?? '', b.layer ?? '')),
  };
}

function coverageEntries(c: unknown): Record<string, unknown>[] {
  const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
  if (Array.isArray(c)) return c.filter(isObj);
  if (!isObj(c)) return [];
  for (const key of ['entries', 'ecosystems', 'byEcosystem', 'items']) {
    const v = c[key];
    if (Array.isArray(v)) return v.filter(isObj);
    if (isObj(v)) return Object.entries(v).filter(([, e]) => isObj(e)).map(([k, e]) => ({ ecosystem: k, ...(e as Record<string, unknown>) }));
  }
  return [];
}

function lifeRow(l: FindingLife, o: LifeRow['outcome'], daysToPatch: number | null): LifeRow {
  return {
    repository: l.repository,
    ecosystem: l.ecosystem,
    name: l.name,
    purl: l.purl,
    version: l.version,
    layer: l.layer,
    kind: l.kind,
    advisoryId: l.advisoryId,
    aliases: l.ids.filter((i) => i !== l.advisoryId),
    severity: l.severity,
    clockStart: l.clockStart,
    clockBasis: l.clockBasis,
    deadline: l.deadline,
    firstSeen: l.firstSeen,
    lastSeen: l.lastSeen,
    resolved: resolvedAt(l),
    reopened: reopenCount(l),
    outcome: o,
    daysToPatch,
    exception: l.exception ? { reason: l.exception.reason, approvedBy: l.exception.approvedBy, expires: l.exception.expires } : null,
    ...firstLocation(l),
    policy: policyLabel(l.policy),
    origin: l.origin,
  };
}

export { LAYERS, SEVERITIES };
