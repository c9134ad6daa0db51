import type { KevCatalog, KevEntry } from '../enrich/kev.js';
import type { EpssScore, EpssScores } from '../enrich/epss.js';
import type { FixReleaseDates } from '../enrich/release-dates.js';
import { osFixOf } from '../model/os-fixes.js';
import type { OsFixBook } from '../model/os-fixes.js';
import { SEVERITY_ORDER } from '../model/types.js';
import type { Advisory, ClockBasis, Component, FindingStatus, Match, SeverityLabel } from '../model/types.js';
import { dayOf, dayOfInstant, formatDay } from './dates.js';
import { ExceptionBook } from './exceptions.js';
import { addDuration, parseDueSoon, parseDuration } from './policy/duration.js';
import type { Rule, RuntimeRule, ResolvedPolicy, TechnicalImpact } from './policy/types.js';
import { compileOwners } from './owners.js';
import { EffectiveSettings, compileScopes } from './scope.js';
import { ssvcFromCvss } from './ssvc.js';
import type { EvaluateResult, Finding, FindingAdvisory, FindingComponent, SeveritySource } from './types.js';
import { byCodePoint } from '../model/order.js';

// evaluate: (matches, policy, now) -> findings. Pure: no I/O and no clock of its own, so the same
// input always gives the same report.
//
// The rules, in the order they are applied to each match:
// 1. Severity: the advisory's label or CVSS band (computed upstream); none -> `unknownSeverity`.
//    Runtime findings (patch lag, end of life, unpinned) take theirs from `runtime`. A CVE in the
//    KEV catalogue, or with an EPSS score at or above the threshold, is raised to at least the
//    severity the policy names (never lowered).
// 2. Clock start: the later of the advisory's publication and the fix's release, counting only
//    real dates (a date before 1970, such as Go's `0001-01-01`, is unknown). When neither is
//    known, `unknownClock: modified` starts the clock at the advisory's last modification (a real
//    date that is never earlier than the publication, so it can only make a deadline later, never
//    a false overdue); otherwise, or when that is unknown too, there is no clock: no deadline, the
//    finding is `unknown-clock` (counted apart, never as within) with `daysLeft` null and
//    `clockBasis: unknown`, and its rule says `unknownClock`. A KEV due date is a calendar date
//    and needs no clock.
// 3. Deadline: the first matching `rules` row, if the policy has a decision table; otherwise the
//    earliest of the severity's deadline, the KEV deadline and the EPSS deadline. Deadlines are
//    whole UTC days: the clock start's day plus the duration. `none` means no deadline.
// 4. Status: `excepted` when an exception applies (before anything else); `no-fix` when there is
//    no fixed version (never overdue, deadline null); `overdue` when today (UTC) is after the
//    deadline day; `due-soon` when today is inside the due-soon window, the last N days up to and
//    including the deadline day; `within` otherwise.
// 5. Cooldown: when the fix is younger than the cooldown, `recommendedVersion` is null and
//    `cooldownUntil` says from when it will be recommended. The match carries only the lowest
//    fixed version and its release date, so "the oldest fix old enough" is that version once it
//    has aged; naming a later, older-released fix on another branch needs every fix's release date.

export interface EvaluateInput {
  matches: readonly Match[];
  /** When the distribution shipped each OS fix (read from its security data by the advise stage). */
  osFixes?: OsFixBook;
  policy: ResolvedPolicy;
  now: Date;
  kev?: KevCatalog;
  epss?: EpssScores;
  /** When registries released each match's fixed version (the enrich stage's lookup). */
  fixReleases?: FixReleaseDates;
}

const STATUS_ORDER: Record<FindingStatus, number> = { overdue: 0, 'due-soon': 1, within: 2, 'unknown-clock': 3, 'no-fix': 4, excepted: 5 };
const RUNTIME_FIELD = { 'patch-lag': 'patchLag', 'end-of-life': 'endOfLife', unpinned: 'unpinned' } as const;

function rank(s: SeverityLabel): number {
  return SEVERITY_ORDER.indexOf(s);
}

function cveIds(m: Match): string[] {
  const all = new Set<string>();
  for (const id of [m.advisory.id, ...m.ids, ...m.aliases, ...m.advisory.aliases]) {
    const u = id.toUpperCase();
    if (u.startsWith('CVE-')) all.add(u);
  }
  return [...all].sort();
}

/** The binding KEV entry among a vulnerability's CVE ids: the earliest due date. */
function kevFor(ids: readonly string[], kev: KevCatalog | undefined): KevEntry | undefined {
  let best: KevEntry | undefined;
  for (const id of ids) {
    const e = kev?.get(id);
    if (e && (!best || e.dueDate < best.dueDate)) best = e;
  }
  return best;
}

function epssFor(ids: readonly string[], epss: EpssScores | undefined): EpssScore | undefined {
  let best: EpssScore | undefined;
  for (const id of ids) {
    const e = epss?.get(id);
    if (e && (!best || e.score > best.score)) best = e;
  }
  return best;
}

interface Clock {
  start?: number;
  basis: ClockBasis;
  fallback?: 'modified';
}

/**
 * The fix's release: the match's own (runtime release data), the day the distribution shipped
 * it (an OS package), or the registries' lookup.
 */
function fixReleasedOf(m: Match, fixReleases: FixReleaseDates | undefined, osFixes: OsFixBook | undefined): string | undefined {
  return m.fixReleased ?? osFixOf(osFixes, m)?.date ?? fixReleases?.of(m);
}

function clockOf(m: Match, released: number | undefined, unknownClock: 'modified' | 'none'): Clock {
  const published = dayOf(m.advisory.published);
  if (released !== undefined && (published === undefined || released > published)) return { start: released, basis: 'fix-release' };
  if (published !== undefined) return { start: published, basis: 'published' };
  if (unknownClock === 'modified') {
    const modified = dayOf(m.advisory.modified);
    if (modified !== undefined) return { start: modified, basis: 'unknown', fallback: 'modified' };
  }
  return { basis: 'unknown' };
}

/** A deadline one policy value gives: a day, or none (`none`, or a duration without a clock). */
interface Candidate {
  day?: number;
  rule: string;
  /** The day the window opened, for due-soon shares. */
  from?: number;
  noClock?: boolean;
}

/** A deadline from a policy value: a duration from the clock start, the KEV due date, or none. */
function deadlineFrom(text: string, rule: string, clock: Clock, kev: KevEntry | undefined): Candidate {
  if (text === 'none') return { rule };
  if (text === 'kev-due-date') {
    const c: Candidate = { rule };
    const due = dayOf(kev?.dueDate);
    if (due !== undefined) c.day = due;
    const from = clock.start ?? dayOf(kev?.dateAdded);
    if (from !== undefined) c.from = from;
    return c;
  }
  const d = parseDuration(text);
  if (!d) return { rule };
  if (clock.start === undefined) return { rule, noClock: true };
  return { day: addDuration(clock.start, d), rule, from: clock.start };
}

/**
 * The earliest dated candidate; when none has a date, the first candidate (the one that decides
 * the finding's deadline in principle) says why, and a missing clock is named as `unknownClock`.
 */
function earliest(list: readonly Candidate[]): Candidate {
  let best: Candidate | undefined;
  for (const c of list) if (c.day !== undefined && (best?.day === undefined || c.day < best.day)) best = c;
  if (best) return best;
  const first = list[0] ?? { rule: 'none' };
  return first.noClock ? { rule: 'unknownClock' } : first;
}

interface RuleFacts {
  kev?: KevEntry;
  severity: SeverityLabel;
  exposure: string;
  automatable: boolean;
  technicalImpact: TechnicalImpact;
  urgency?: string;
}

function ruleMatches(rule: Rule, f: RuleFacts): boolean {
  const w = rule.when ?? {};
  if (w.kev !== undefined && (f.kev !== undefined) !== w.kev) return false;
  if (w.ransomware !== undefined && (f.kev?.knownRansomwareCampaignUse?.toLowerCase() === 'known') !== w.ransomware) return false;
  if (w.exposure !== undefined && f.exposure !== w.exposure) return false;
  if (w.automatable !== undefined && f.automatable !== w.automatable) return false;
  if (w.technicalImpact !== undefined && f.technicalImpact !== w.technicalImpact) return false;
  if (w.severity !== undefined && !w.severity.includes(f.severity)) return false;
  if (w.urgency !== undefined && (f.urgency === undefined || !w.urgency.includes(f.urgency))) return false;
  // A row that takes the catalogue's due date can only decide for a catalogued CVE.
  if (rule.deadline === 'kev-due-date' && f.kev === undefined) return false;
  return true;
}

function dueSoonDays(text: string, deadline: Candidate & { day: number }): number {
  const ds = parseDueSoon(text);
  if (!ds) return 0;
  if (ds.kind === 'duration') return deadline.day - addDuration(deadline.day, { days: -ds.duration.days, months: -ds.duration.months });
  if (deadline.from === undefined) return 0;
  const window = Math.max(0, deadline.day - deadline.from);
  // 0.1 * 30 is 3.0000000000000004 in floating point: round that back before rounding up.
  return Math.ceil(Math.round(ds.share * window * 1e6) / 1e6);
}

/**
 * The parts of a finding that many findings have alike, made once and shared: the component as a
 * finding shows it (one per component, whatever its number of findings), the advisory as a finding
 * shows it (one per merged record and aliases), and the days as text. A monorepo's report holds
 * tens of thousands of findings of a few thousand components and advisories, to the end of the
 * run; shared objects serialise exactly as copies would.
 */
class FindingParts {
  private readonly components = new Map<Component, FindingComponent>();
  private readonly advisories = new Map<Advisory, FindingAdvisory>();
  private readonly days = new Map<number, string>();

  component(c: Component): FindingComponent {
    let out = this.components.get(c);
    if (!out) {
      // One literal per shape: fields added to an object after it is made take a block of their own.
      const { ecosystem, name, version, purl, layer, direct, dev } = c;
      if (direct === undefined) out = dev === undefined ? { ecosystem, name, version, purl, layer } : { ecosystem, name, version, purl, layer, dev };
      else out = dev === undefined ? { ecosystem, name, version, purl, layer, direct } : { ecosystem, name, version, purl, layer, direct, dev };
      this.components.set(c, out);
    }
    return out;
  }

  advisory(m: Match): FindingAdvisory {
    const known = this.advisories.get(m.advisory);
    if (known && known.aliases === m.aliases) return known;
    const out: FindingAdvisory = {
      id: m.advisory.id,
      aliases: m.aliases,
      summary: m.advisory.summary,
      published: dayOf(m.advisory.published) === undefined ? null : m.advisory.published!,
      url: m.advisory.url,
    };
    if (!known) this.advisories.set(m.advisory, out);
    return out;
  }

  day(day: number): string {
    let text = this.days.get(day);
    if (text === undefined) this.days.set(day, (text = formatDay(day)));
    return text;
  }
}

function compareFindings(a: Finding, b: Finding): number {
  return (
    STATUS_ORDER[a.status] - STATUS_ORDER[b.status] ||
    byCodePoint(a.deadline ?? '9999-99-99', b.deadline ?? '9999-99-99') ||
    rank(b.severity) - rank(a.severity) ||
    byCodePoint(a.component.ecosystem, b.component.ecosystem) ||
    byCodePoint(a.component.name, b.component.name) ||
    byCodePoint(a.component.version, b.component.version) ||
    byCodePoint(a.advisory.id, b.advisory.id) ||
    byCodePoint(a.locations[0]?.file ?? '', b.locations[0]?.file ?? '') ||
    (a.locations[0]?.line ?? 0) - (b.locations[0]?.line ?? 0)
  );
}

/** What the policy makes of one match before its status: severity, where it came from, deadline candidates. */
interface Terms {
  severity: SeverityLabel;
  source: SeveritySource;
  base?: SeverityLabel;
  candidates: Candidate[];
  dueSoon: string;
}

function raise(t: Terms, to: SeverityLabel | 'none' | undefined, why: SeveritySource): void {
  if (to !== undefined && to !== 'none' && rank(to) > rank(t.severity)) {
    t.base ??= t.severity;
    t.severity = to;
    t.source = why;
  }
}

/** A malicious package: the policy's severity and deadline (immediate by default), from publication. */
function maliciousTerms(policy: ResolvedPolicy, clock: Clock, today: number): Terms {
  const k = policy.settings.kinds.malicious ?? {};
  // No real date is no reason to wait: the clock then starts today.
  const start: Clock = clock.start === undefined ? { start: today, basis: clock.basis } : clock;
  return { severity: k.severity ?? 'critical', source: 'policy', candidates: [deadlineFrom(k.deadline ?? '0d', 'kinds.malicious.deadline', start, undefined)], dueSoon: '0d' };
}

function runtimeTerms(kind: Exclude<Match['kind'], 'vulnerability' | 'malicious'>, eff: EffectiveSettings, clock: Clock): Terms {
  const field = RUNTIME_FIELD[kind];
  const get = <K extends keyof RuntimeRule>(k: K): { value: RuntimeRule[K]; rule: string } | undefined =>
    eff.pick(`runtime.${field}.${k}`, (s) => s.runtime?.[field]?.[k]);
  const dl = get('deadline');
  return {
    severity: get('severity')?.value ?? 'medium',
    source: 'policy',
    candidates: [dl?.value ? deadlineFrom(dl.value, dl.rule, clock, undefined) : { rule: `runtime.${field}.deadline` }],
    dueSoon: get('dueSoon')?.value ?? eff.pick('dueSoon', (s) => s.dueSoon)!.value,
  };
}

function vulnerabilityTerms(m: Match, policy: ResolvedPolicy, eff: EffectiveSettings, clock: Clock, kevEntry: KevEntry | undefined, epssEntry: EpssScore | undefined): Terms {
  const own = m.advisory.severity;
  const t: Terms = own
    ? { severity: own.label, source: own.source, candidates: [], dueSoon: '' }
    : m.advisory.kind === 'unsound'
      ? { severity: policy.settings.kinds.unsound?.severity ?? 'low', source: 'policy', candidates: [], dueSoon: '' }
      : { severity: eff.pick('unknownSeverity', (s) => s.unknownSeverity)!.value, source: 'unknown', candidates: [], dueSoon: '' };
  t.dueSoon = eff.pick('dueSoon', (s) => s.dueSoon)!.value;

  if (kevEntry) raise(t, eff.pick('kev.severity', (s) => s.kev?.severity)?.value, 'kev');
  const threshold = eff.pick('epss.threshold', (s) => s.epss?.threshold)?.value;
  const percentile = eff.pick('epss.percentile', (s) => s.epss?.percentile)?.value;
  const epssHit =
    epssEntry !== undefined &&
    ((threshold !== undefined && epssEntry.score >= threshold) ||
      (percentile !== undefined && epssEntry.percentile !== undefined && epssEntry.percentile >= percentile));
  if (epssHit) raise(t, eff.pick('epss.severity', (s) => s.epss?.severity)?.value, 'epss');

  const { rules, ssvc } = policy.settings;
  if (rules.length > 0) {
    const estimate = ssvc.deriveFromCvss ? ssvcFromCvss(m.advisory.severity?.vector) : {};
    const facts: RuleFacts = {
      severity: t.severity,
      exposure: eff.pick('exposure', (s) => s.exposure)!.value,
      automatable: estimate.automatable ?? ssvc.automatable ?? true,
      technicalImpact: estimate.technicalImpact ?? ssvc.technicalImpact ?? 'total',
    };
    if (kevEntry) facts.kev = kevEntry;
    if (m.advisory.distroUrgency) facts.urgency = m.advisory.distroUrgency;
    const row = rules.find((r) => ruleMatches(r, facts));
    if (row) {
      // A KEV row raises because of the catalogue; any other row because of the policy's table.
      raise(t, row.severity, row.when?.kev === true ? 'kev' : 'policy');
      t.candidates = [deadlineFrom(row.deadline, `rules[${row.name}]`, clock, kevEntry)];
      return t;
    }
  }
  const severity = t.severity;
  const sevDl = eff.pick(`deadlines.${severity}`, (s) => s.deadlines?.[severity]);
  t.candidates = [sevDl ? deadlineFrom(sevDl.value, sevDl.rule, clock, kevEntry) : { rule: `deadlines.${severity}` }];
  const kevDl = eff.pick('kev.deadline', (s) => s.kev?.deadline);
  if (kevEntry && kevDl) t.candidates.push(deadlineFrom(kevDl.value, kevDl.rule, clock, kevEntry));
  const epssDl = eff.pick('epss.deadline', (s) => s.epss?.deadline);
  if (epssHit && epssDl) t.candidates.push(deadlineFrom(epssDl.value, epssDl.rule, clock, kevEntry));
  return t;
}

/** Sets `recommendedVersion` null and `cooldownUntil` while the fix is younger than the cooldown. */
function applyCooldown(finding: Finding, m: Match, released: number | undefined, eff: EffectiveSettings, today: number): void {
  if (m.fixedVersion === null) return;
  const cooldown = parseDuration(eff.pick('cooldown', (s) => s.cooldown)!.value);
  if (!cooldown || (cooldown.days === 0 && cooldown.months === 0) || released === undefined) return;
  const ripe = addDuration(released, cooldown);
  if (today < ripe) {
    finding.recommendedVersion = null;
    finding.cooldownUntil = formatDay(ripe);
  }
}

export function evaluate(input: EvaluateInput): EvaluateResult {
  const { policy, kev, epss } = input;
  const today = dayOfInstant(input.now);
  if (Number.isNaN(today)) {
    return { findings: [], exceptions: [], problems: [{ level: 'error', origin: 'evaluate', message: 'now is not a valid date' }] };
  }
  const scopes = compileScopes(policy);
  const ownerOf = compileOwners(policy);
  const book = new ExceptionBook(policy, today);
  const parts = new FindingParts();
  const findings: Finding[] = [];

  for (const m of input.matches) {
    const eff = new EffectiveSettings(policy, scopes, m.component);
    const released = dayOf(fixReleasedOf(m, input.fixReleases, input.osFixes));
    const clock = clockOf(m, released, policy.settings.unknownClock);
    const ids = m.kind === 'vulnerability' ? cveIds(m) : [];
    const kevEntry = kevFor(ids, kev);
    const epssEntry = epssFor(ids, epss);
    const terms =
      m.kind === 'vulnerability'
        ? vulnerabilityTerms(m, policy, eff, clock, kevEntry, epssEntry)
        : m.kind === 'malicious'
          ? maliciousTerms(policy, clock, today)
          : runtimeTerms(m.kind, eff, clock);
    if (m.advisory.kind === 'unmaintained') {
      terms.severity = policy.settings.kinds.unmaintained?.severity ?? 'medium';
      terms.source = 'policy';
    }
    const deadline = earliest(terms.candidates);

    const finding: Finding = {
      kind: m.kind,
      component: parts.component(m.component),
      locations: m.component.locations,
      advisory: parts.advisory(m),
      ids: m.ids,
      severity: terms.severity,
      severitySource: terms.source,
      fixedVersion: m.fixedVersion,
      clockStart: clock.start === undefined ? null : parts.day(clock.start),
      clockBasis: clock.basis,
      deadline: deadline.day === undefined ? null : parts.day(deadline.day),
      status: 'within',
      daysLeft: deadline.day === undefined ? null : deadline.day - today,
      rule: deadline.rule,
    };
    if (terms.base !== undefined) finding.baseSeverity = terms.base;
    if (m.advisory.severity?.score !== undefined) finding.cvssScore = m.advisory.severity.score;
    if (m.upgrade) finding.upgrade = m.upgrade;
    if (clock.fallback) finding.clockFallback = clock.fallback;
    const owner = ownerOf(m.component);
    if (owner) finding.owner = owner.team;
    const osFix = m.fixReleased === undefined ? osFixOf(input.osFixes, m) : undefined;
    if (clock.basis === 'fix-release' && osFix) finding.clockEvidence = osFix.evidence;
    // A match's own release date is runtime release data (a newer patch release of the image).
    const fixSource = clock.basis !== 'fix-release' || osFix ? undefined : m.fixReleased !== undefined ? 'release-data' : input.fixReleases?.sourceOf(m);
    if (fixSource) finding.fixReleaseSource = fixSource;
    if (eff.scopes.length > 0) finding.scopes = eff.scopes;
    if (kevEntry) finding.kev = { dateAdded: kevEntry.dateAdded, dueDate: kevEntry.dueDate };
    if (epssEntry) finding.epss = epssEntry.percentile === undefined ? { score: epssEntry.score } : { score: epssEntry.score, percentile: epssEntry.percentile };
    applyCooldown(finding, m, released, eff, today);

    if (m.kind === 'malicious') finding.recommendation = 'remove';
    if (m.advisory.kind === 'unmaintained') finding.recommendation = 'replace';
    const exception = book.apply(m, terms.severity);
    if (exception) {
      finding.status = 'excepted';
      finding.exception = exception;
    } else if (m.kind === 'malicious') {
      // Never "no fix" and never waiting: a malicious package is overdue from its deadline day on.
      finding.status = deadline.day !== undefined && deadline.day > today ? 'due-soon' : 'overdue';
      if (policy.settings.kinds.malicious?.failsGate !== false) finding.failsGate = true;
    } else if (m.fixedVersion === null) {
      finding.status = 'no-fix';
      finding.deadline = null;
      finding.daysLeft = null;
      finding.rule = 'no-fix';
    } else if (deadline.day === undefined && deadline.rule === 'unknownClock') {
      finding.status = 'unknown-clock';
    } else if (deadline.day !== undefined) {
      const left = deadline.day - today;
      finding.status = left < 0 ? 'overdue' : left < dueSoonDays(terms.dueSoon, { ...deadline, day: deadline.day }) ? 'due-soon' : 'within';
    }
    findings.push(finding);
  }

  findings.sort(compareFindings);
  const report = book.report();
  return { findings, exceptions: report.exceptions, problems: report.problems };
}

export type { EvaluateResult, Finding } from './types.js';
export type { ResolvedPolicy } from './policy/types.js';
