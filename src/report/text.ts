import type { Report } from './model.js';
import { renderCoverageText } from './coverage.js';
import { daysPhrase, firstLocation, fixPhrase } from './format.js';

// The CLI's default output: a table a person scans in a terminal. Columns are padded to their
// widest cell; long cells are cut so one odd value cannot wreck the table.

const MAX_CELL = 48;

function cut(s: string, max = MAX_CELL): string {
  const one = s.replace(/[\r\n\t]+/g, ' ').replace(/[\u0000-\u001f\u007f]/g, '');
  return one.length > max ? one.slice(0, max - 1) + '…' : one;
}

function table(rows: string[][]): string {
  const widths: number[] = [];
  for (const r of rows) r.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, c.length)));
  return rows.map((r) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]!))).join('  ').trimEnd()).join('\n');
}

export function renderText(report: Report): string {
  const out: string[] = [];
  const s = report.summary;
  out.push(`patchwarden ${report.tool.version} · policy ${report.policy.name}@${report.policy.version} · now ${report.now.slice(0, 10)}`);
  out.push(
    `${s.components} components, ${s.findings} findings: ${s.overdue} overdue, ${s.dueSoon} due soon, ${s.within} within deadline, ${s.unknownClock} unknown clock, ${s.noFix} no fix, ${s.excepted} excepted`,
  );
  if (report.findings.length > 0) {
    out.push('');
    const rows = [['STATUS', 'SEVERITY', 'PACKAGE', 'VERSION', 'ADVISORY', 'FIX', 'DEADLINE', 'WHEN', 'LOCATION']];
    for (const f of report.findings) {
      rows.push([
        f.status,
        f.severity,
        cut(`${f.component.ecosystem}/${f.component.name}`),
        cut(f.component.version),
        cut(f.advisory.id),
        cut(fixPhrase(f)),
        f.deadline ?? '-',
        daysPhrase(f),
        cut(firstLocation(f)),
      ]);
    }
    out.push(table(rows));
  }
  const problems = report.problems.filter((p) => p.level !== 'notice');
  if (problems.length > 0) {
    out.push('');
    out.push(`${problems.length} problem(s):`);
    for (const p of problems.slice(0, 50)) {
      // A path is the pull request's text too: a line end in it must not start a new log line.
      const where = p.file ? `${cut(p.file, 400)}${p.line ? `:${p.line}` : ''}: ` : '';
      out.push(`  ${p.level}: ${where}${cut(p.message, 400)}`);
    }
    if (problems.length > 50) out.push(`  … ${problems.length - 50} more in the JSON report`);
  }
  out.push('');
  out.push(
    s.gateSeverity === 'none'
      ? 'gate: off'
      : `gate (${s.gateSeverity} and above, overdue): ${s.gate === 'fail' ? 'FAIL' : s.gate}`,
  );
  return out.join('\n') + '\n' + renderCoverageText(report);
}
