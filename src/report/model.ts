import { byCodePoint } from '../model/order.js';
import type { SourceInfo } from '../advise/db.js';
import type { Coverage } from '../evaluate/coverage.js';
import { coverageSentence, gateWithCoverage } from '../evaluate/coverage.js';
import type { ExceptionReport, Finding, PolicyIdentity } from '../evaluate/types.js';
import type { Component, Layer, Problem, SeverityLabel } from '../model/types.js';
import { SEVERITY_ORDER } from '../model/types.js';
import { TOOL_NAME, TOOL_VERSION } from '../version.js';

// The report is computed once; every sink (text, JSON, SARIF, Markdown, annotations, issues)
// renders this object and none recomputes a status or a date.

export const REPORT_SCHEMA_VERSION = 1;

/** A component as the report lists it: the shared fields, without the image parsing details. */
export type ReportComponent = Pick<Component, 'ecosystem' | 'name' | 'version' | 'purl' | 'layer' | 'locations' | 'direct' | 'dev' | 'source'>;

export interface LayerCounts {
  components: number;
  findings: number;
  overdue: number;
}

export interface Summary {
  components: number;
  findings: number;
  overdue: number;
  dueSoon: number;
  within: number;
  /** Fixable findings whose clock cannot start (no real date): counted apart, never as within. */
  unknownClock: number;
  noFix: number;
  excepted: number;
  /** Severity at or above which an overdue finding fails the gate, or 'none'. */
  gateSeverity: SeverityLabel | 'none';
  /** `incomplete`: no overdue finding fails it, but something in scope was not checked (see `coverage`). */
  gate: 'pass' | 'fail' | 'incomplete';
  /** One sentence: what was not checked and how to fix it, when the gate is not a full pass. */
  notChecked?: string;
  byLayer: Record<Layer, LayerCounts>;
  /** How many findings started their clock at a fix release, at publication, or had no clock. */
  clockBasis: Record<'fix-release' | 'published' | 'unknown', number>;
}

export interface Report {
  schemaVersion: 1;
  tool: { name: string; version: string };
  now: string;
  root: string;
  /** The repository's name (`owner/name`) when the caller knows it: the audit tells runs of many repositories apart by it. */
  repository?: string;
  policy: PolicyIdentity;
  sources: SourceInfo[];
  components: ReportComponent[];
  findings: Finding[];
  exceptions: ExceptionReport[];
  problems: Problem[];
  summary: Summary;
  /** What the data covered, per layer and ecosystem (README, "What a pass means"). */
  coverage: Coverage;
}

/** Whether an overdue finding of this severity fails a gate at `gate`. */
export function atOrAbove(severity: SeverityLabel, gate: SeverityLabel | 'none'): boolean {
  return gate !== 'none' && SEVERITY_ORDER.indexOf(severity) >= SEVERITY_ORDER.indexOf(gate);
}

export function gateFails(findings: readonly Finding[], gate: SeverityLabel | 'none'): boolean {
  return findings.some((f) => (f.failsGate === true && gate !== 'none') || (f.status === 'overdue' && atOrAbove(f.severity, gate)));
}

/** 0 pass (or incomplete without `missingData: fail`), 1 gate failed, 2 an input error, 3 incomplete under `missingData: fail`. */
export function exitCodeOf(report: Pick<Report, 'problems' | 'summary' | 'coverage'>): 0 | 1 | 2 | 3 {
  if (report.problems.some((p) => p.level === 'error')) return 2;
  if (report.summary.gate === 'fail') return 1;
  return report.summary.gate === 'incomplete' && report.coverage.missingData === 'fail' ? 3 : 0;
}

export function summarise(components: readonly Component[], findings: readonly Finding[], gate: SeverityLabel | 'none', coverage?: Coverage): Summary {
  const layer = (): LayerCounts => ({ components: 0, findings: 0, overdue: 0 });
  const s: Summary = {
    components: components.length,
    findings: findings.length,
    overdue: 0,
    dueSoon: 0,
    within: 0,
    unknownClock: 0,
    noFix: 0,
    excepted: 0,
    gateSeverity: gate,
    gate: gateFails(findings, gate) ? 'fail' : 'pass',
    byLayer: { os: layer(), runtime: layer(), library: layer() },
    clockBasis: { 'fix-release': 0, published: 0, unknown: 0 },
  };
  if (coverage) {
    s.gate = gateWithCoverage(s.gate === 'fail' ? 'fail' : 'pass', coverage);
    const sentence = coverageSentence(coverage);
    if (sentence !== undefined) s.notChecked = sentence;
  }
  for (const c of components) s.byLayer[c.layer].components++;
  for (const f of findings) {
    if (f.status === 'overdue') s.overdue++;
    else if (f.status === 'due-soon') s.dueSoon++;
    else if (f.status === 'within') s.within++;
    else if (f.status === 'unknown-clock') s.unknownClock++;
    else if (f.status === 'no-fix') s.noFix++;
    else if (f.status === 'excepted') s.excepted++;
    const l = s.byLayer[f.component.layer];
    l.findings++;
    if (f.status === 'overdue') l.overdue++;
    s.clockBasis[f.clockBasis]++;
  }
  return s;
}

/** A ReportComponent's fields, in the order the report lists them. */
const REPORT_FIELDS: readonly string[] = ['ecosystem', 'name', 'version', 'purl', 'layer', 'locations', 'direct', 'dev', 'source'];

/**
 * Whether a component has only the report's fields, in the report's order: then it serialises as
 * its report copy would, and is listed as it is. A monorepo has tens of thousands of components,
 * nearly all plain packages: copies of them were 4 MB of a report made at the run's highest point.
 */
function listedAsIs(c: Component): boolean {
  let next = 0;
  for (const key of Object.keys(c)) {
    while (next < REPORT_FIELDS.length && REPORT_FIELDS[next] !== key) next++;
    if (next === REPORT_FIELDS.length) return false;
    next++;
  }
  return true;
}

export function toReportComponent(c: Component): ReportComponent {
  if (listedAsIs(c)) return c;
  const out: ReportComponent = {
    ecosystem: c.ecosystem,
    name: c.name,
    version: c.version,
    purl: c.purl,
    layer: c.layer,
    locations: c.locations,
  };
  if (c.direct !== undefined) out.direct = c.direct;
  if (c.dev !== undefined) out.dev = c.dev;
  if (c.source !== undefined) out.source = c.source;
  return out;
}

export interface ReportInput {
  now: Date;
  root: string;
  policy: PolicyIdentity;
  sources: readonly SourceInfo[];
  components: readonly Component[];
  evaluated: { findings: Finding[]; exceptions: ExceptionReport[] };
  problems: Problem[];
  gate: SeverityLabel | 'none';
  coverage: Coverage;
}

/**
 * The report's list of sources, by what they give: advisory records (OSV), exploitation data
 * (KEV, EPSS), release data (runtime release cycles, registries' release dates); in the order
 * they were asked within each group.
 */
function sourceGroup(kind: string): number {
  if (kind.startsWith('osv')) return 0;
  if (kind === 'kev' || kind.startsWith('epss')) return 1;
  return 2;
}

export function buildReport(input: ReportInput): Report {
  const components = input.components
    .map(toReportComponent)
    .sort((a, b) => byCodePoint(a.ecosystem, b.ecosystem) || byCodePoint(a.name, b.name) || byCodePoint(a.version, b.version));
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    now: input.now.toISOString(),
    root: input.root,
    policy: input.policy,
    sources: [...input.sources].sort((a, b) => sourceGroup(a.kind) - sourceGroup(b.kind)),
    components,
    findings: input.evaluated.findings,
    exceptions: input.evaluated.exceptions,
    problems: input.problems,
    summary: summarise(input.components, input.evaluated.findings, input.gate, input.coverage),
    coverage: input.coverage,
  };
}
