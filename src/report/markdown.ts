import type { Finding } from '../evaluate/types.js';
import type { Report } from './model.js';
import { code, link, text } from './escape.js';
import { daysPhrase, fixPhrase } from './format.js';

// The Markdown summary: what a security lead reads in the job summary or hands to management.
// Every repository-supplied value goes through code() or text() (see escape.ts).

const MAX_ROWS = 100;

function locationCell(f: Finding): string {
  const loc = f.locations[0];
  if (!loc) return '';
  const more = f.locations.length > 1 ? ` +${f.locations.length - 1}` : '';
  return `${code(`${loc.file}:${loc.line}`)}${more}`;
}

function findingRow(f: Finding): string {
  return [
    f.status,
    f.severity,
    `${code(f.component.name)} ${code(f.component.version)}`,
    link(f.advisory.id, f.advisory.url),
    f.fixedVersion === null ? 'no fix' : code(fixPhrase(f)),
    f.deadline ?? '–',
    daysPhrase(f),
    locationCell(f),
  ].join(' | ');
}

export function renderMarkdown(report: Report): string {
  const s = report.summary;
  const out: string[] = [];
  const verdict = s.gate === 'fail' ? '❌ gate failed' : '✅ gate passed';
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
  if (report.findings.length > 0) {
    out.push('### Findings');
    out.push('');
    out.push('| Status | Severity | Package | Advisory | Fix | Deadline | When | Location |');
    out.push('| --- | --- | --- | --- | --- | --- | --- | --- |');
    for (const f of report.findings.slice(0, MAX_ROWS)) out.push(`| ${findingRow(f)} |`);
    if (report.findings.length > MAX_ROWS) {
      out.push('');
      out.push(`… and ${report.findings.length - MAX_ROWS} more findings in the JSON report.`);
    }
    out.push('');
  } else {
    out.push('No component is affected by a known advisory.');
    out.push('');
  }
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
  const counted = report.sources.map((src) => `${code(src.kind)} ${src.records}`).join(', ');
  out.push(`<sub>${report.tool.name} ${report.tool.version} · ${s.components} components · advisory sources: ${counted || 'none'}</sub>`);
  return out.join('\n') + '\n';
}
