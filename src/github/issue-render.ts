import { byCodePoint } from '../model/order.js';
import { createHash } from 'node:crypto';
import type { Finding } from '../evaluate/types.js';
import { schemeFor } from '../match/versions/index.js';
import { matchKey } from '../model/names.js';
import type { FindingStatus, SeverityLabel } from '../model/types.js';
import { SEVERITY_ORDER } from '../model/types.js';
import { compareUrgency } from '../report/annotations.js';
import type { Report } from '../report/model.js';
import { code, link, text } from '../report/escape.js';
import { daysPhrase } from '../report/format.js';
import type { PolicyIdentity } from '../evaluate/types.js';
import type { IssueOn } from './inputs.js';
import type { RepoLinks } from './links.js';
import { historyLine } from './issue-history.js';
import { locationLink } from './links.js';

// One issue per vulnerable package (ecosystem + name). The issue is found again only by the
// fingerprint in the hidden marker on its body's first line: titles change, and a package name
// elsewhere in the body cannot pose as a marker because only the first line is read.

/** GitHub refuses bodies over 65,536 characters; this leaves room for the truncation note. */
export const BODY_LIMIT = 60_000;
const TITLE_NAME_MAX = 100;

const MARKER = /^<!-- patchwarden:(?:issue v1 ([0-9a-f]{40})|(dashboard) v1) -->$/;

export type Marker = { kind: 'issue'; fingerprint: string } | { kind: 'dashboard' };

export function issueMarker(fingerprint: string): string {
  return `<!-- patchwarden:issue v1 ${fingerprint} -->`;
}

export const DASHBOARD_MARKER = '<!-- patchwarden:dashboard v1 -->';

export function parseMarker(body: string | null | undefined): Marker | undefined {
  if (!body) return undefined;
  const first = body.split(/\r?\n/, 1)[0]!.trim();
  const m = MARKER.exec(first);
  if (!m) return undefined;
  return m[2] ? { kind: 'dashboard' } : { kind: 'issue', fingerprint: m[1]! };
}

export function packageFingerprint(ecosystem: string, name: string): string {
  return createHash('sha256').update(`patchwarden-issue\u0000${matchKey(ecosystem, name)}`).digest('hex').slice(0, 40);
}

export interface PackageGroup {
  fingerprint: string;
  ecosystem: string;
  name: string;
  /** Every finding for the package, most urgent first. */
  findings: Finding[];
  /** Whether a finding has reached the `issue-on` state, so the package should have an open issue. */
  qualifies: boolean;
  /** The worst qualifying status and severity (for the title and labels). */
  status: FindingStatus;
  severity: SeverityLabel;
}

export function qualifyingStatuses(issueOn: IssueOn): ReadonlySet<FindingStatus> {
  return new Set<FindingStatus>(issueOn === 'overdue' ? ['overdue'] : ['overdue', 'due-soon']);
}

/** Findings grouped by package, most urgent package first. */
export function groupByPackage(findings: readonly Finding[], issueOn: IssueOn): PackageGroup[] {
  const statuses = qualifyingStatuses(issueOn);
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = matchKey(f.component.ecosystem, f.component.name);
    const list = groups.get(key);
    if (list) list.push(f);
    else groups.set(key, [f]);
  }
  const out: PackageGroup[] = [];
  for (const list of groups.values()) {
    list.sort(compareUrgency);
    const first = list[0]!;
    const qualifying = list.filter((f) => statuses.has(f.status));
    const lead = qualifying[0] ?? first;
    const severity = (qualifying.length > 0 ? qualifying : list).reduce<SeverityLabel>(
      (worst, f) => (SEVERITY_ORDER.indexOf(f.severity) > SEVERITY_ORDER.indexOf(worst) ? f.severity : worst),
      'low',
    );
    out.push({
      fingerprint: packageFingerprint(first.component.ecosystem, first.component.name),
      ecosystem: first.component.ecosystem,
      name: first.component.name,
      findings: list,
      qualifies: qualifying.length > 0,
      status: lead.status,
      severity,
    });
  }
  return out.sort((a, b) => Number(b.qualifies) - Number(a.qualifies) || compareUrgency(a.findings[0]!, b.findings[0]!));
}

// ---------------------------------------------------------------------------------------------
// Labels

export interface LabelSpec {
  name: string;
  color: string;
  description: string;
}

const SEVERITY_COLORS: Record<SeverityLabel, string> = { critical: 'b60205', high: 'd93f0b', medium: 'fbca04', low: '0e8a16' };

export function severityLabel(s: SeverityLabel): LabelSpec {
  return { name: `severity:${s}`, color: SEVERITY_COLORS[s], description: `Worst advisory severity: ${s}` };
}

export function stateLabel(status: 'overdue' | 'due-soon'): LabelSpec {
  return status === 'overdue'
    ? { name: 'deadline:overdue', color: 'b60205', description: 'A patch is past its policy deadline' }
    : { name: 'deadline:due-soon', color: 'fbca04', description: 'A patch deadline is near' };
}

export function toolLabels(names: readonly string[]): LabelSpec[] {
  return names.map((name, i) => ({
    name,
    color: i === 0 ? '5319e7' : 'ededed',
    description: i === 0 ? 'Patch deadline tracked by patchwarden' : 'Added by patchwarden',
  }));
}

/** Labels whose presence patchwarden decides on its issues; any other label is left as people set it. */
export function isManagedLabel(name: string): boolean {
  return /^(severity:(critical|high|medium|low)|deadline:(overdue|due-soon))$/.test(name);
}

// ---------------------------------------------------------------------------------------------
// Rendering

export interface RenderContext {
  links: RepoLinks;
  policy: PolicyIdentity;
  /** YYYY-MM-DD the days are counted from. */
  today: string;
  labels: readonly string[];
}

export interface RenderedIssue {
  title: string;
  body: string;
  /** Labels patchwarden sets (tool labels first); unmanaged labels already on the issue are kept. */
  labels: LabelSpec[];
}

function clip(s: string, max: number): string {
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

function statusWord(status: FindingStatus): string {
  switch (status) {
    case 'overdue':
      return 'Overdue';
    case 'due-soon':
      return 'Due soon';
    case 'within':
      return 'Within deadline';
    case 'no-fix':
      return 'No fix';
    case 'unknown-clock':
      return 'Unknown clock (no real date to start it)';
    default:
      return 'Excepted';
  }
}

function maxVersion(ecosystem: string, versions: readonly string[]): string | undefined {
  const scheme = schemeFor(ecosystem);
  let best: string | undefined;
  for (const v of versions) {
    if (best === undefined) best = v;
    else if (scheme && scheme.isValid(v) && scheme.isValid(best) ? scheme.compare(v, best) > 0 : v > best) best = v;
  }
  return best;
}

/** The version each installed version should move to: the highest recommended fix among its advisories. */
export function upgradeTargets(group: PackageGroup): { installed: string; target: string | undefined; findings: Finding[] }[] {
  const byVersion = new Map<string, Finding[]>();
  for (const f of group.findings) {
    const list = byVersion.get(f.component.version) ?? [];
    list.push(f);
    byVersion.set(f.component.version, list);
  }
  return [...byVersion.entries()].map(([installed, findings]) => {
    const fixes = findings
      .filter((f) => f.status !== 'excepted')
      .map((f) => f.recommendedVersion ?? f.fixedVersion)
      .filter((v): v is string => typeof v === 'string');
    return { installed, target: maxVersion(group.ecosystem, fixes), findings };
  });
}

/**
 * Cuts a body at a line boundary so that it and the note fit under the limit. Tables stay whole
 * row by row, and the marker (the first line) always survives.
 */
export function fitBody(lines: readonly string[], limit = BODY_LIMIT, note = (omitted: number) => `> [!NOTE]\n> ${omitted} more line(s) were left out to stay under GitHub's size limit; the job summary and the JSON report list everything.`): string {
  const full = lines.join('\n') + '\n';
  if (full.length <= limit) return full;
  const kept: string[] = [];
  let size = 0;
  const room = limit - note(lines.length).length - 2;
  for (const line of lines) {
    if (size + line.length + 1 > room) break;
    kept.push(line);
    size += line.length + 1;
  }
  return `${kept.join('\n')}\n\n${note(lines.length - kept.length)}\n`;
}

/** `previousBody`: the issue's body as it stands, whose history block carries first-seen days and exceptions forward. */
export function renderIssue(group: PackageGroup, ctx: RenderContext, previousBody?: string): RenderedIssue {
  const name = code(group.name);
  const counts = new Map<FindingStatus, number>();
  for (const f of group.findings) counts.set(f.status, (counts.get(f.status) ?? 0) + 1);
  const countText = [...counts.entries()].map(([s, n]) => `${n} ${statusWord(s).toLowerCase()}`).join(', ');

  const lines: string[] = [issueMarker(group.fingerprint), historyLine(group.findings, ctx.policy, ctx.today, previousBody)];
  lines.push(`## ${name} (${text(group.ecosystem)}): ${statusWord(group.status).toLowerCase()} ${group.severity} patch`);
  lines.push('');
  lines.push(
    `${group.findings.length} advisory finding(s) for ${name} in this repository (${countText}), judged by policy ${code(`${ctx.policy.name}@${ctx.policy.version}`)} on ${ctx.today}.`,
  );
  lines.push('');
  // The owners the policy names (its `owners` list); absent when the policy names none, so such issues do not change.
  const owners = [...new Set(group.findings.flatMap((f) => (f.owner === undefined ? [] : [f.owner])))];
  if (owners.length > 0) lines.push(`**Owner:** ${owners.map(code).join(', ')}`, '');
  lines.push('| Installed | Upgrade to | Advisories | Most urgent |');
  lines.push('| --- | --- | ---: | --- |');
  for (const t of upgradeTargets(group)) {
    const worst = t.findings[0]!;
    lines.push(`| ${code(t.installed)} | ${t.target ? code(t.target) : 'no fix yet'} | ${t.findings.length} | ${worst.severity}, ${worst.status}, ${daysPhrase(worst)} |`);
  }
  lines.push('');
  lines.push('### Advisories');
  lines.push('');
  lines.push('| Advisory | Severity | Installed | Fixed in | Deadline | Days left | Status | Summary |');
  lines.push('| --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const f of group.findings) {
    const aliases = f.advisory.aliases.length > 0 ? ` (${f.advisory.aliases.slice(0, 3).map(text).join(', ')})` : '';
    const fixed = f.fixedVersion === null ? 'no fix' : code(f.recommendedVersion && f.recommendedVersion !== f.fixedVersion ? `${f.fixedVersion} (recommended ${f.recommendedVersion})` : f.fixedVersion);
    lines.push(
      `| ${link(f.advisory.id, f.advisory.url)}${aliases} | ${f.severity} | ${code(f.component.version)} | ${fixed} | ${f.deadline ?? '–'} | ${daysPhrase(f)} | ${f.status} | ${text(clip(f.advisory.summary, 140))} |`,
    );
  }
  lines.push('');
  lines.push('### Where it is declared');
  lines.push('');
  const seen = new Set<string>();
  for (const f of group.findings) {
    for (const loc of f.locations) {
      const key = `${loc.file}\u0000${loc.line}\u0000${f.component.version}`;
      if (seen.has(key)) continue;
      seen.add(key);
      lines.push(`- ${locationLink(ctx.links, loc.file, loc.line)}: ${code(f.component.version)}`);
    }
  }
  lines.push('');
  lines.push('---');
  lines.push(
    '<sub>Kept up to date by patchwarden: it closes this issue when no vulnerable version is left and reopens it if one comes back. The hidden first line identifies the issue; please keep it.</sub>',
  );

  const labels = [...toolLabels(ctx.labels), severityLabel(group.severity)];
  if (group.status === 'overdue' || group.status === 'due-soon') labels.push(stateLabel(group.status));
  const title = `${statusWord(group.status)} ${group.severity} patch: ${code(clip(group.name, TITLE_NAME_MAX))} (${clip(group.ecosystem, 30)})`;
  return { title, body: fitBody(lines), labels };
}

function byDeadline(a: Finding, b: Finding): number {
  return byCodePoint(a.deadline ?? '9999-12-31', b.deadline ?? '9999-12-31') || byCodePoint(a.component.name, b.component.name) || byCodePoint(a.advisory.id, b.advisory.id);
}

/** One issue listing every finding in deadline order, each linked to its package's issue. */
export function renderDashboard(report: Report, groups: readonly PackageGroup[], numbers: ReadonlyMap<string, number>, ctx: RenderContext): RenderedIssue {
  const s = report.summary;
  const issueOf = new Map<Finding, number | undefined>();
  for (const g of groups) for (const f of g.findings) issueOf.set(f, numbers.get(g.fingerprint));
  const lines: string[] = [DASHBOARD_MARKER];
  lines.push('## Patch deadlines');
  lines.push('');
  lines.push(
    `Policy ${code(`${ctx.policy.name}@${ctx.policy.version}`)} on ${ctx.today}: ${s.overdue} overdue, ${s.dueSoon} due soon, ${s.within} within deadline, ${s.noFix} with no fix, ${s.excepted} excepted.`,
  );
  lines.push('');
  if (report.findings.length === 0) {
    lines.push('No component is affected by a known advisory.');
  } else {
    lines.push('| Deadline | When | Status | Severity | Package | Installed | Advisory | Issue | Declared at |');
    lines.push('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
    for (const f of [...report.findings].sort(byDeadline)) {
      const n = issueOf.get(f);
      const loc = f.locations[0];
      lines.push(
        `| ${f.deadline ?? '–'} | ${daysPhrase(f)} | ${f.status} | ${f.severity} | ${code(f.component.name)} (${code(f.component.ecosystem)}) | ${code(f.component.version)} | ${link(f.advisory.id, f.advisory.url)} | ${n ? `#${n}` : '–'} | ${loc ? locationLink(ctx.links, loc.file, loc.line) : ''} |`,
      );
    }
  }
  lines.push('');
  lines.push('<sub>Kept up to date by patchwarden on every run. The hidden first line identifies this issue; please keep it.</sub>');
  return {
    title: `Patch deadlines: ${s.overdue} overdue, ${s.dueSoon} due soon`,
    body: fitBody(lines),
    labels: toolLabels(ctx.labels),
  };
}
