import { code, text } from '../report/escape.js';
import type { AuditModel, Compliance } from './compute.js';
import { AGE_BUCKETS, LAYERS, SEVERITIES } from './compute.js';

// The audit as Markdown: the job summary, and the body of the "Patch audit <period>" issue.
// Every value read from a repository or a policy (names, paths, reasons) goes through code()
// or text(); the rest is numbers and fixed words.

const MAX_ROWS = 50;

export function percent(share: number | null): string {
  return share === null ? '–' : `${(share * 100).toFixed(1)}%`;
}

function complianceCells(c: Compliance): string {
  return `${percent(c.share)} | ${c.met} | ${c.missed} | ${c.excepted}`;
}

function table(head: string[], rows: string[][]): string {
  return [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

function capped<T>(rows: readonly T[], what: string, render: (rows: readonly T[]) => string): string {
  const shown = rows.slice(0, MAX_ROWS);
  const more = rows.length > MAX_ROWS ? `\n\n${rows.length - MAX_ROWS} more ${what} are in the CSV and JSON outputs.` : '';
  return render(shown) + more;
}

export function auditTitle(a: AuditModel): string {
  return `Patch audit ${a.period.label}`;
}

export function renderAuditMarkdown(a: AuditModel): string {
  const out: string[] = [];
  const h = a.history;
  out.push(`# ${auditTitle(a)}`);
  out.push(
    `Period ${a.period.from} to ${a.period.to}. History: ${h.runs} runs of ${h.repositories} ${h.repositories === 1 ? 'repository' : 'repositories'}` +
      (h.firstRun ? ` from ${h.firstRun} to ${h.lastRun}` : '') +
      `, ${h.lives} findings followed` +
      (h.fromIssueBodies > 0 ? ` (${h.fromIssueBodies} read from issue text only, without the data block: their clock and deadline may be missing)` : '') +
      '.',
  );
  if (a.policies.length > 0) {
    out.push(`Judged by ${a.policies.map((p) => `${code(`${p.name}@${p.version}`)} (${code(p.digest)}, ${p.runs} runs)`).join(', ')}.`);
  }

  out.push('## SLA compliance', 'Of the findings whose deadline fell in the period, the share resolved by their deadline.');
  const head = ['', 'Compliance', 'Met', 'Missed', 'Excepted'];
  out.push(
    table(head, [
      ['**Overall**', complianceCells(a.compliance.overall)],
      ...SEVERITIES.map((s) => [s, complianceCells(a.compliance.bySeverity[s])]),
      ...LAYERS.map((l) => [`${l} layer`, complianceCells(a.compliance.byLayer[l])]),
    ]),
  );

  out.push('## Time to patch', 'Days from clock start (fix available) to resolution, for findings resolved in the period.');
  out.push(
    table(
      ['Severity', 'Resolved', 'Median', '90th percentile', 'Policy deadline'],
      a.timeToPatch.map((t) => [t.severity, String(t.resolved), days(t.medianDays), days(t.p90Days), days(t.policyDays)]),
    ),
  );

  const o = a.openAtEnd;
  out.push(`## Open on ${o.asOf}`);
  out.push(`${o.open} open: **${o.overdue} overdue**, ${o.dueSoon} due soon, ${o.within} within deadline, ${o.noFix} with no fix yet, ${o.excepted} excepted.`);
  out.push(table(['Overdue by', ...SEVERITIES], [['severity', ...SEVERITIES.map((s) => String(o.overdueBySeverity[s]))]]));
  out.push(table(['Days past deadline', ...AGE_BUCKETS.map((b) => (b === '>180' ? 'over 180' : b))], [['findings', ...AGE_BUCKETS.map((b) => String(o.overdueByAge[b]))]]));
  if (o.oldestOverdue.length > 0) {
    out.push('### Oldest overdue');
    out.push(
      table(
        ['Days overdue', 'Severity', 'Package', 'Advisory', 'Where', ...(h.repositories > 1 ? ['Repository'] : [])],
        o.oldestOverdue.map((r) => [
          String(r.daysOverdue),
          r.severity,
          code(`${r.name}@${r.version}`),
          code(r.advisoryId),
          r.file ? code(`${r.file}:${r.line}`) : '',
          ...(h.repositories > 1 ? [code(r.repository)] : []),
        ]),
      ),
    );
  }

  out.push('## Trend');
  if (a.trend.monthly.length > 0) {
    out.push(table(['Month', ...a.trend.monthly.map((m) => m.month)], [['Compliance', ...a.trend.monthly.map((m) => `${percent(m.share)} (${m.met}/${m.due})`)]]));
  }
  if (a.trend.weekly.length > 0) {
    out.push(table(['Week ending', 'Open overdue'], a.trend.weekly.map((w) => [w.weekEnding, String(w.openOverdue)])));
  }
  if (a.trend.monthly.length === 0 && a.trend.weekly.length === 0) out.push('No run before the period end.');

  out.push('## Exceptions');
  if (a.exceptions.length === 0) out.push('No exception was in force or expired in the period.');
  else {
    out.push(
      capped(a.exceptions, 'exceptions', (rows) =>
        table(
          ['State', 'Target', 'Reason', 'Approved by', 'Expires', ...(h.repositories > 1 ? ['Repository'] : [])],
          rows.map((e) => [e.state === 'expired' ? '**expired**' : 'in force', code(e.target), text(e.reason), text(e.approvedBy), e.expires, ...(h.repositories > 1 ? [code(e.repository)] : [])]),
        ),
      ),
    );
  }

  out.push('## Vendor lag', 'Days from the advisory\'s publication to the release of its fix, slowest first.');
  if (a.vendorLag.length === 0) out.push('No finding had a known fix release date.');
  else {
    out.push(
      capped(a.vendorLag, 'packages', (rows) =>
        table(['Days', 'Package', 'Advisory', 'Published', 'Fix released', 'Repositories'], rows.map((v) => [String(v.days), code(`${v.ecosystem}/${v.name}`), code(v.advisoryId), v.published, v.fixReleased, String(v.repositories)])),
      ),
    );
  }

  out.push('## Coverage');
  const c = a.coverage;
  const without = c.runsInPeriod - c.runsWithCoverage;
  out.push(`${c.runsInPeriod} runs in the period; ${c.runsWithCoverage} recorded what they checked` + (without > 0 ? `, ${without} did not (their reports predate the coverage block).` : '.'));
  if (c.gaps.length > 0) {
    out.push(
      capped(c.gaps, 'gaps', (rows) =>
        table(['Repository', 'Ecosystem', 'Layer', 'State', 'Detail'], rows.map((g) => [code(g.repository), g.ecosystem ? code(g.ecosystem) : '', g.layer ? code(g.layer) : '', code(g.state), g.detail ? text(g.detail) : ''])),
      ),
    );
  } else if (c.runsWithCoverage > 0) out.push('Everything in scope was checked.');

  if (a.repositories.length > 1) {
    out.push('## Repositories');
    out.push(
      capped(a.repositories, 'repositories', (rows) =>
        table(['Repository', 'Runs', 'Last run', 'Compliance', 'Met', 'Missed', 'Excepted', 'Open', 'Overdue'], rows.map((r) => [code(r.repository), String(r.runs), r.lastRun ?? '', complianceCells(r.compliance), String(r.open), String(r.overdue)])),
      ),
    );
  }

  const errors = a.problems.filter((p) => p.level === 'error').length;
  if (errors > 0) out.push(`**${errors} history ${errors === 1 ? 'record' : 'records'} could not be read**; see the JSON output's problems.`);
  out.push(`<sub>${a.tool.name} ${a.tool.version}. Definitions: the README's "Patch audit" section.</sub>`);
  return out.join('\n\n') + '\n';
}

function days(n: number | null): string {
  return n === null ? '–' : `${n} d`;
}
