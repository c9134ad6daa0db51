import type { Finding } from '../evaluate/types.js';
import type { Annotation } from './annotations.js';
import type { Report } from './model.js';
import { renderCoverageMarkdown } from './coverage.js';
import { code, link, text } from './escape.js';
import { daysPhrase, fixPhrase } from './format.js';
import { byCodePoint } from '../model/order.js';

// The Markdown summary: what a security lead reads in the job summary or hands to management.
// Every repository-supplied value goes through code() or text() (see escape.ts).

const MAX_ROWS = 100;

export interface MarkdownOptions {
  /** A pull request's findings, split by whether it introduced them; `basis` says against what. */
  split?: { introduced: Finding[]; inherited: Finding[]; undetermined?: Finding[]; basis: string };
  /** Annotations GitHub could not show on the diff (over the per-step limit, no check run); their paths are workspace-relative already. */
  unannotated?: readonly Annotation[];
  /** Sections the caller adds at the end, already safe Markdown (issue sync results, notices). */
  sections?: readonly string[];
  /** Renders a location; by default a code span, the action links it to the commit. */
  location?: (file: string, line: number) => string;
}

type LocationRenderer = NonNullable<MarkdownOptions['location']>;
const plainLocation: LocationRenderer = (file, line) => code(`${file}:${line}`);

function locationCell(f: Finding, location: LocationRenderer = plainLocation): string {
  const loc = f.locations[0];
  if (!loc) return '';
  const more = f.locations.length > 1 ? ` +${f.locations.length - 1}` : '';
  return `${location(loc.file, loc.line)}${more}`;
}

/** Days-left buckets for the chart, most overdue first; labels are fixed text, never data. */
const BUCKETS: { label: string; test: (d: number) => boolean }[] = [
  { label: '>90 overdue', test: (d) => d < -90 },
  { label: '31-90 overdue', test: (d) => d < -30 && d >= -90 },
  { label: '1-30 overdue', test: (d) => d < 0 && d >= -30 },
  { label: '0-7 left', test: (d) => d >= 0 && d <= 7 },
  { label: '8-30 left', test: (d) => d > 7 && d <= 30 },
  { label: '31-90 left', test: (d) => d > 30 && d <= 90 },
  { label: '>90 left', test: (d) => d > 90 },
];

/** A Mermaid bar chart (GitHub renders it) of findings with a deadline, by days left or overdue. */
export function daysLeftChart(findings: readonly Finding[]): string | undefined {
  const days = findings.filter((f) => f.daysLeft !== null && f.status !== 'excepted').map((f) => f.daysLeft!);
  if (days.length === 0) return undefined;
  const counts = BUCKETS.map((b) => days.filter(b.test).length);
  const top = Math.max(...counts, 1);
  return [
    '```mermaid',
    'xychart-beta',
    '    title "Findings by days left (negative: overdue)"',
    `    x-axis [${BUCKETS.map((b) => `"${b.label}"`).join(', ')}]`,
    `    y-axis "Findings" 0 --> ${top}`,
    `    bar [${counts.join(', ')}]`,
    '```',
  ].join('\n');
}

function byDeadline(a: Finding, b: Finding): number {
  return byCodePoint(a.deadline ?? '9999-12-31', b.deadline ?? '9999-12-31') || (a.daysLeft ?? 0) - (b.daysLeft ?? 0) || byCodePoint(a.component.name, b.component.name);
}

function findingTable(findings: readonly Finding[], location: LocationRenderer, max = MAX_ROWS): string[] {
  const out = ['| Status | Severity | Package | Advisory | Fix | Deadline | When | Location |', '| --- | --- | --- | --- | --- | --- | --- | --- |'];
  for (const f of findings.slice(0, max)) out.push(`| ${findingRow(f, location)} |`);
  if (findings.length > max) out.push('', `… and ${findings.length - max} more in the JSON report.`);
  return out;
}

function findingRow(f: Finding, location: LocationRenderer = plainLocation): string {
  return [
    f.status,
    f.severity,
    `${code(f.component.name)} ${code(f.component.version)}`,
    link(f.advisory.id, f.advisory.url),
    f.fixedVersion === null ? 'no fix' : code(fixPhrase(f)),
    f.deadline ?? '–',
    daysPhrase(f),
    locationCell(f, location),
  ].join(' | ');
}

export function renderMarkdown(report: Report, opts: MarkdownOptions = {}): string {
  const location = opts.location ?? plainLocation;
  const s = report.summary;
  const out: string[] = [];
  const verdict = s.gate === 'fail' ? '❌ gate failed' : s.gate === 'incomplete' ? '⚠️ gate incomplete (not everything was checked)' : '✅ gate passed';
  out.push(`## patchwarden: ${s.overdue} overdue, ${s.dueSoon} due soon · ${verdict}`);
  out.push('');
  out.push(
    `Policy ${code(`${report.policy.name}@${report.policy.version}`)} (${code(report.policy.apiVersion)}, ${code(report.policy.digest.slice(0, 19))}) · now ${report.now.slice(0, 10)} · gate: overdue at ${s.gateSeverity === 'none' ? 'no severity (off)' : `${s.gateSeverity} or above`}`,
  );
  out.push('');
  out.push('| Status | Findings |');
  out.push('| --- | ---: |');
  out.push(`| Overdue | ${s.overdue} |`);
  out.push(`| Due soon | ${s.dueSoon} |`);
  out.push(`| Within deadline | ${s.within} |`);
  out.push(`| Unknown clock (no date to start it) | ${s.unknownClock} |`);
  out.push(`| No fix available | ${s.noFix} |`);
  out.push(`| Excepted | ${s.excepted} |`);
  out.push(`| **Total** | **${s.findings}** |`);
  out.push('');
  out.push('| Layer | Components | Findings | Overdue |');
  out.push('| --- | ---: | ---: | ---: |');
  for (const layer of ['os', 'runtime', 'library'] as const) {
    const l = s.byLayer[layer];
    out.push(`| ${layer} | ${l.components} | ${l.findings} | ${l.overdue} |`);
  }
  out.push('');
  out.push(renderCoverageMarkdown(report));
  const chart = daysLeftChart(report.findings);
  if (chart) out.push(chart, '');
  const overdue = report.findings.filter((f) => f.status === 'overdue').sort(byDeadline);
  if (overdue.length > 0) {
    out.push(`### Overdue, in deadline order (${overdue.length})`, '');
    out.push('| Deadline | Overdue by | Severity | Package | Advisory | Fix | Location |');
    out.push('| --- | ---: | --- | --- | --- | --- | --- |');
    for (const f of overdue.slice(0, MAX_ROWS)) {
      out.push(
        `| ${f.deadline ?? '–'} | ${-(f.daysLeft ?? 0)} d | ${f.severity} | ${code(f.component.name)} ${code(f.component.version)} | ${link(f.advisory.id, f.advisory.url)} | ${f.fixedVersion === null ? 'no fix' : code(fixPhrase(f))} | ${locationCell(f, location)} |`,
      );
    }
    if (overdue.length > MAX_ROWS) out.push('', `… and ${overdue.length - MAX_ROWS} more overdue in the JSON report.`);
    out.push('');
  }
  if (opts.split) {
    const { introduced, inherited, basis } = opts.split;
    out.push(`### Introduced by this pull request (${introduced.length})`, '');
    out.push(`<sub>${text(basis)}</sub>`, '');
    if (introduced.length > 0) out.push(...findingTable(introduced, location));
    else out.push('The pull request adds no vulnerable package version.');
    out.push('');
    out.push(`<details><summary>Inherited from the base branch (${inherited.length})</summary>`, '');
    if (inherited.length > 0) out.push(...findingTable(inherited, location));
    else out.push('None.');
    out.push('', '</details>', '');
    const undetermined = opts.split.undetermined ?? [];
    if (undetermined.length > 0) {
      out.push(`<details><summary>Not told apart: the base's copy of their files could not be read (${undetermined.length})</summary>`, '');
      out.push(...findingTable(undetermined, location), '', '</details>', '');
    }
  } else if (report.findings.length > 0) {
    out.push('### Findings');
    out.push('');
    out.push(...findingTable(report.findings, location));
    out.push('');
  }
  if (opts.unannotated && opts.unannotated.length > 0) {
    const rest = opts.unannotated;
    out.push(`### Not annotated on the diff (${rest.length})`, '');
    out.push('GitHub shows 10 errors and 10 warnings per step; these did not fit:', '');
    for (const a of rest.slice(0, MAX_ROWS * 2)) out.push(`- ${a.level}: ${code(`${a.file}:${a.line}`)}: ${text(a.title)}. ${text(a.message)}`);
    if (rest.length > MAX_ROWS * 2) out.push(`- … and ${rest.length - MAX_ROWS * 2} more in the JSON report.`);
    out.push('');
  }
  if (report.findings.length === 0) out.push('No component is affected by a known advisory.', '');
  const errors = report.problems.filter((p) => p.level === 'error' || p.level === 'warning');
  if (errors.length > 0) {
    out.push(`<details><summary>${errors.length} input problem(s)</summary>`);
    out.push('');
    for (const p of errors.slice(0, 50)) {
      const where = p.file ? `${code(`${p.file}${p.line ? `:${p.line}` : ''}`)}: ` : '';
      out.push(`- ${p.level}: ${where}${text(p.message)}`);
    }
    out.push('');
    out.push('</details>');
    out.push('');
  }
  for (const section of opts.sections ?? []) out.push(section, '');
  const counted = report.sources.map((src) => `${code(src.kind)} ${src.records}`).join(', ');
  out.push(`<sub>${report.tool.name} ${report.tool.version} · ${s.components} components · advisory sources: ${counted || 'none'}</sub>`);
  return out.join('\n') + '\n';
}
