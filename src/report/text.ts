import type { Finding } from '../evaluate/types.js';
import type { FindingStatus } from '../model/types.js';
import { SEVERITY_ORDER } from '../model/types.js';
import { byCodePoint } from '../model/order.js';
import { formatProblem } from '../model/problems.js';
import type { Report } from './model.js';
import { coverageRows } from './coverage.js';
import { daysPhrase, fixPhrase } from './format.js';

// The CLI's default output, read by a person in a terminal: what is overdue comes first, then
// what is due soon, each finding with what is needed to act on it (advisory and CVE ids, the
// fix, the deadline, file:line), never cut. Findings without a deadline are counted, not
// listed: they are in the JSON report. Lines are wrapped at the terminal's width; a single
// value wider than that is printed whole rather than cut.

export interface TextOptions {
  /** Columns to wrap at (the terminal's width; 100 when unknown). */
  width?: number;
  /** ANSI colour for the status headings (a terminal that is not NO_COLOR). */
  color?: boolean;
  /** The gate line and the overdue findings only. */
  quiet?: boolean;
}

export const DEFAULT_WIDTH = 100;
const INDENT = '    ';
const LISTED: { status: FindingStatus; title: string; color: string }[] = [
  { status: 'overdue', title: 'OVERDUE', color: '\u001b[1;31m' },
  { status: 'due-soon', title: 'DUE SOON', color: '\u001b[1;33m' },
  { status: 'within', title: 'WITHIN DEADLINE', color: '\u001b[1m' },
];
const FOLDED: { status: FindingStatus; what: string }[] = [
  { status: 'overdue', what: 'overdue' },
  { status: 'due-soon', what: 'due soon' },
  { status: 'within', what: 'within deadline' },
  { status: 'unknown-clock', what: 'with no date to start their clock' },
  { status: 'no-fix', what: 'with no fix' },
  { status: 'excepted', what: 'excepted by the policy' },
];

/** Control characters in a value (a path or a message from the pull request) never reach the terminal. */
function clean(s: string): string {
  return s.replace(/[\r\n\t]+/g, ' ').replace(/[\u0000-\u001f\u007f-\u009f]/g, '');
}

/** Words joined with `sep` into lines of at most `width` columns; a word wider than that stands alone, whole. */
function wrap(first: string, words: string[], sep: string, width: number): string[] {
  const lines: string[] = [];
  let line = first;
  let fresh = true;
  for (const w of words) {
    const joined = fresh ? `${line}${w}` : `${line}${sep}${w}`;
    if (joined.length <= width || fresh) {
      line = joined;
      fresh = false;
      continue;
    }
    lines.push(line);
    line = `${INDENT}${w}`;
  }
  lines.push(line);
  return lines;
}

function ids(f: Finding): string {
  const cves = f.advisory.aliases.filter((a) => a.startsWith('CVE-') && a !== f.advisory.id);
  return cves.length > 0 ? `${f.advisory.id} (${cves.join(', ')})` : f.advisory.id;
}

function deadlinePhrase(f: Finding): string {
  return `deadline ${f.deadline ?? '-'} (${daysPhrase(f)})`;
}

function where(f: Finding): string {
  const locs = f.locations.map((l) => `${clean(l.file)}:${l.line}`);
  return locs.length > 1 ? `${locs[0]} (+${locs.length - 1} more)` : (locs[0] ?? '');
}

function findingLines(f: Finding, width: number): string[] {
  const severity = f.severity.padEnd(8);
  const head = wrap(`  ${severity} `, [clean(`${f.component.name} ${f.component.version}`), clean(ids(f))], '  ', width);
  const detail = wrap(INDENT, [`fix ${clean(fixPhrase(f))}`, deadlinePhrase(f), where(f)].filter((w) => w !== ''), ' · ', width);
  return [...head, ...detail];
}

const rank = (f: Finding): number => -SEVERITY_ORDER.indexOf(f.severity);

/** Soonest deadline first, then the most severe, then by package and advisory id (code points, the same everywhere). */
function order(a: Finding, b: Finding): number {
  return (
    byCodePoint(a.deadline ?? '', b.deadline ?? '') ||
    rank(a) - rank(b) ||
    byCodePoint(a.component.name, b.component.name) ||
    byCodePoint(a.component.version, b.component.version) ||
    byCodePoint(a.advisory.id, b.advisory.id)
  );
}

function listed(f: Finding): boolean {
  return f.deadline !== null && LISTED.some((l) => l.status === f.status);
}

type Section = (report: Report, o: Required<TextOptions>) => string[];

const header: Section = (report, o) => {
  const s = report.summary;
  return [
    ...wrap('', [`patchwarden ${report.tool.version}`, `policy ${clean(report.policy.name)}@${clean(report.policy.version)}`, `now ${report.now.slice(0, 10)}`], ' · ', o.width),
    ...wrap('', [`${s.components} components`, `${s.findings} findings: ${s.overdue} overdue`, `${s.dueSoon} due soon`, `${s.within} within deadline`, ...(s.unknownClock > 0 ? [`${s.unknownClock} unknown clock`] : []), `${s.noFix} no fix`, `${s.excepted} excepted`], ', ', o.width),
  ];
};

function rows(report: Report, o: Required<TextOptions>, statuses: readonly FindingStatus[]): string[] {
  const out: string[] = [];
  for (const { status, title, color } of LISTED) {
    if (!statuses.includes(status)) continue;
    const these = report.findings.filter((f) => f.status === status && listed(f)).sort(order);
    if (these.length === 0) continue;
    const heading = `${title} (${these.length})`;
    out.push('', o.color ? `${color}${heading}\u001b[0m` : heading);
    for (const f of these) out.push(...findingLines(f, o.width));
  }
  return out;
}

const findings: Section = (report, o) => rows(report, o, ['overdue', 'due-soon', 'within']);

const folded: Section = (report) => {
  const out: string[] = [];
  for (const { status, what } of FOLDED) {
    const n = report.findings.filter((f) => f.status === status && !listed(f)).length;
    if (n === 0) continue;
    const reason = status === 'no-fix' || status === 'excepted' || status === 'unknown-clock' ? '' : ' without a deadline';
    out.push(`${n} finding${n === 1 ? '' : 's'} ${what}${reason} (listed by --format json)`);
  }
  return out.length > 0 ? ['', ...out] : [];
};

const problems: Section = (report, o) => {
  const shown = report.problems.filter((p) => p.level !== 'notice');
  if (shown.length === 0) return [];
  const out = ['', `${shown.length} problem(s):`];
  // A path is the pull request's text too: a line end in it must not start a new log line.
  for (const p of shown.slice(0, 50)) out.push(...wrap('  ', clean(formatProblem(p)).split(' '), ' ', o.width));
  if (shown.length > 50) out.push(`  … ${shown.length - 50} more in the JSON report`);
  return out;
};

function gateLine(report: Report): string {
  const s = report.summary;
  return s.gateSeverity === 'none' ? `gate: off${s.gate === 'incomplete' ? ' (incomplete)' : ''}` : `gate (${s.gateSeverity} and above, overdue): ${s.gate === 'fail' ? 'FAIL' : s.gate}`;
}

const gate: Section = (report) => ['', gateLine(report)];

// Images, base systems and runtime pins are grouped under catalogue names (`image`, `os`,
// `runtime`) that read as doubled words beside their layer ("os os"); a person reads the kind of
// thing instead.
const GROUP_NAMES: Readonly<Record<string, string>> = { image: 'images', os: 'base-image distributions', runtime: 'pinned versions' };
const groupName = (ecosystem: string): string => GROUP_NAMES[ecosystem] ?? clean(ecosystem);

/** What the run could and could not check (the coverage model): a pass means all of it was. */
const coverage: Section = (report, o) => {
  const c = report.coverage;
  if (c.entries.length === 0 && !c.empty) return [];
  const out = ['', `coverage (missing data: ${c.missingData}, max data age ${c.maxDataAge}):`];
  if (c.empty) out.push('  nothing found to check');
  for (const [layer, ecosystem, components, checked, sources, newest, state] of coverageRows(report)) {
    out.push(...wrap('  ', [`${state}: ${layer} ${groupName(ecosystem!)}`, `${components} component${components === '1' ? '' : 's'}, ${checked} checked`, `sources ${clean(sources!)}`, `newest record ${newest}`], ', ', o.width));
  }
  if (report.summary.notChecked !== undefined) out.push(...wrap('  ', clean(report.summary.notChecked).split(' '), ' ', o.width));
  return out;
};

/**
 * The sections of the full output, in order. The gate line closes the findings; sections that
 * describe the run as a whole (what was and was not covered) follow it, last.
 */
const SECTIONS: Section[] = [header, findings, folded, problems, gate, coverage];

export function renderText(report: Report, options: TextOptions = {}): string {
  const o: Required<TextOptions> = { width: options.width ?? DEFAULT_WIDTH, color: options.color ?? false, quiet: options.quiet ?? false };
  if (o.quiet) return [gateLine(report), ...rows(report, o, ['overdue']).slice(1)].join('\n') + '\n';
  return SECTIONS.flatMap((section) => section(report, o)).join('\n') + '\n';
}
