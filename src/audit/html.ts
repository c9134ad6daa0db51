import type { AuditModel, Compliance } from './compute.js';
import { AGE_BUCKETS, LAYERS, SEVERITIES } from './compute.js';
import { auditTitle, percent } from './markdown.js';

// The audit as one self-contained HTML page a security lead prints or mails: inline CSS and SVG
// charts, no script, no external request (a Content-Security-Policy says so to the browser), and
// print styles that lay the tables out on A4 pages with their headers repeated.

const MAX_ROWS = 200;

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const e = escapeHtml;

interface Bar {
  label: string;
  value: number;
  /** Text shown at the bar's end; the value by default. */
  text?: string;
  /** A reference mark drawn across the bar (the policy deadline beside time to patch). */
  mark?: number | null;
  tone?: 'good' | 'bad' | 'neutral';
}

/** A horizontal bar chart; labels are escaped, sizes are numbers only. */
function barChart(id: string, title: string, bars: readonly Bar[], max?: number): string {
  const rowH = 22;
  const labelW = 120;
  const width = 520;
  // Room on the right for the longest value text ("100.0% (12/12)") past a full-length bar.
  const plotW = width - labelW - 110;
  const top = Math.max(max ?? 0, ...bars.map((b) => Math.max(b.value, b.mark ?? 0)), 1);
  const height = bars.length * rowH + 10;
  const rows = bars.map((b, i) => {
    const y = 5 + i * rowH;
    const w = Math.round((b.value / top) * plotW);
    const mark = b.mark !== undefined && b.mark !== null ? `<line class="mark" x1="${labelW + Math.round((b.mark / top) * plotW)}" x2="${labelW + Math.round((b.mark / top) * plotW)}" y1="${y}" y2="${y + rowH - 6}"/>` : '';
    return (
      `<text x="${labelW - 6}" y="${y + 12}" text-anchor="end">${e(b.label)}</text>` +
      `<rect class="${b.tone ?? 'neutral'}" x="${labelW}" y="${y}" width="${w}" height="${rowH - 6}"/>` +
      mark +
      `<text x="${labelW + Math.max(w, b.mark ? Math.round((b.mark / top) * plotW) : 0) + 5}" y="${y + 12}">${e(b.text ?? String(b.value))}</text>`
    );
  });
  return `<figure class="chart" id="${id}"><figcaption>${e(title)}</figcaption><svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${e(title)}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">${rows.join('')}</svg></figure>`;
}

/** A column chart over time (weeks or months). */
function columnChart(id: string, title: string, points: readonly { label: string; value: number; text: string }[], max?: number): string {
  const width = 520;
  const height = 170;
  const base = 140;
  const n = Math.max(points.length, 1);
  const slot = (width - 52) / n;
  const top = Math.max(max ?? 0, ...points.map((p) => p.value), 1);
  const every = Math.ceil(n / 12);
  const cols = points.map((p, i) => {
    const h = Math.round((p.value / top) * (base - 20));
    const x = 44 + i * slot;
    const label = i % every === 0 || i === n - 1 ? `<text class="axis" x="${x + slot / 2}" y="${base + 14}" text-anchor="middle">${e(p.label)}</text>` : '';
    return `<rect class="neutral" x="${x + 2}" y="${base - h}" width="${Math.max(1, slot - 4)}" height="${h}"><title>${e(`${p.label}: ${p.text}`)}</title></rect>${label}`;
  });
  return (
    `<figure class="chart" id="${id}"><figcaption>${e(title)}</figcaption><svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${e(title)}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">` +
    `<line class="axis-line" x1="42" x2="${width - 8}" y1="${base}" y2="${base}"/><text class="axis" x="38" y="${base - (base - 20) + 4}" text-anchor="end">${e(max !== undefined ? '100%' : String(top))}</text><text class="axis" x="38" y="${base}" text-anchor="end">0</text>` +
    `${cols.join('')}</svg></figure>`
  );
}

function table(head: readonly string[], rows: readonly string[][], caption?: string): string {
  const cap = caption ? `<caption>${e(caption)}</caption>` : '';
  return `<table>${cap}<thead><tr>${head.map((h) => `<th>${e(h)}</th>`).join('')}</tr></thead><tbody>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</tbody></table>`;
}

function more(total: number): string {
  return total > MAX_ROWS ? `<p class="note">${total - MAX_ROWS} more rows are in the CSV and JSON outputs.</p>` : '';
}

function complianceRow(label: string, c: Compliance): string[] {
  return [e(label), percent(c.share), String(c.met), String(c.missed), String(c.excepted)];
}

const STYLE = `
:root { --good: #2e7d32; --bad: #c62828; --neutral: #1565c0; --ink: #1b1b1b; --muted: #5f6368; }
* { box-sizing: border-box; }
body { font: 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; color: var(--ink); margin: 24px auto; max-width: 960px; padding: 0 16px; }
h1 { font-size: 22px; margin: 0 0 4px; } h2 { font-size: 16px; margin: 24px 0 8px; border-bottom: 1px solid #ddd; padding-bottom: 2px; }
p.meta, p.note { color: var(--muted); margin: 4px 0; }
table { border-collapse: collapse; width: 100%; margin: 6px 0 12px; }
th, td { border: 1px solid #d0d7de; padding: 3px 6px; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
th { background: #f3f4f6; } caption { text-align: left; font-weight: 600; padding: 4px 0; }
td:first-child { white-space: nowrap; }
.charts { display: flex; flex-wrap: wrap; gap: 12px; }
figure.chart { margin: 0; border: 1px solid #e5e7eb; padding: 8px; }
figcaption { font-weight: 600; margin-bottom: 4px; }
svg text { font: 11px system-ui, "DejaVu Sans", sans-serif; fill: var(--ink); } svg text.axis { fill: var(--muted); font-size: 10px; }
svg rect.good { fill: var(--good); } svg rect.bad { fill: var(--bad); } svg rect.neutral { fill: var(--neutral); }
svg line.mark { stroke: var(--ink); stroke-width: 2; stroke-dasharray: 3 2; } svg line.axis-line { stroke: #999; }
.kpis { display: flex; gap: 12px; flex-wrap: wrap; margin: 12px 0; }
.kpi { border: 1px solid #d0d7de; padding: 8px 12px; min-width: 140px; } .kpi b { display: block; font-size: 20px; }
code { font: 12px ui-monospace, "DejaVu Sans Mono", monospace; }
@page { size: A4; margin: 14mm 12mm; }
@media print {
  body { margin: 0; max-width: none; padding: 0; font-size: 10.5px; }
  h2 { break-after: avoid; }
  figure.chart, .kpis { break-inside: avoid; }
  thead { display: table-header-group; }
  tr { break-inside: avoid; }
  svg { max-width: 100%; height: auto; }
}
`;

export function renderAuditHtml(a: AuditModel): string {
  const o = a.openAtEnd;
  const h = a.history;
  const multi = a.repositories.length > 1;
  const parts: string[] = [];
  parts.push(`<h1>${e(auditTitle(a))}</h1>`);
  parts.push(
    `<p class="meta">Period ${e(a.period.from)} to ${e(a.period.to)} · ${h.runs} runs of ${h.repositories} ${h.repositories === 1 ? 'repository' : 'repositories'}` +
      (h.firstRun ? ` from ${e(h.firstRun)} to ${e(h.lastRun ?? '')}` : '') +
      ` · ${h.lives} findings followed` +
      (h.fromIssueBodies > 0 ? ` (${h.fromIssueBodies} read from issue text only)` : '') +
      '</p>',
  );
  if (a.policies.length > 0) parts.push(`<p class="meta">Judged by ${a.policies.map((p) => `<code>${e(`${p.name}@${p.version}`)}</code> (<code>${e(p.digest)}</code>, ${p.runs} runs)`).join(', ')}</p>`);
  parts.push(
    `<div class="kpis"><div class="kpi"><b>${percent(a.compliance.overall.share)}</b>SLA compliance (${a.compliance.overall.met} of ${a.compliance.overall.due})</div>` +
      `<div class="kpi"><b>${o.overdue}</b>overdue on ${e(o.asOf)}</div>` +
      `<div class="kpi"><b>${a.timeToPatch.find((t) => t.severity === 'all')?.medianDays ?? '–'} d</b>median time to patch</div>` +
      `<div class="kpi"><b>${a.exceptions.filter((x) => x.state === 'in-force').length}</b>exceptions in force</div></div>`,
  );

  parts.push('<h2>SLA compliance</h2><p class="note">Of the findings whose deadline fell in the period, the share resolved by their deadline.</p>');
  parts.push('<div class="charts">');
  parts.push(
    barChart(
      'chart-compliance',
      'Compliance by severity',
      SEVERITIES.map((s) => {
        const c = a.compliance.bySeverity[s];
        return { label: s, value: Math.round((c.share ?? 0) * 100), text: c.due === 0 ? 'nothing due' : `${percent(c.share)} (${c.met}/${c.due})`, tone: c.share === null || c.share >= 0.9 ? 'good' : 'bad' };
      }),
      100,
    ),
  );
  parts.push(
    barChart(
      'chart-ttp',
      'Median days to patch (dashes: policy deadline)',
      a.timeToPatch.filter((t) => t.severity !== 'all').map((t) => ({ label: t.severity, value: t.medianDays ?? 0, text: t.medianDays === null ? 'none resolved' : `${t.medianDays} d`, mark: t.policyDays, tone: t.medianDays !== null && t.policyDays !== null && t.medianDays > t.policyDays ? 'bad' : 'good' })),
    ),
  );
  parts.push('</div>');
  parts.push(
    table(
      ['', 'Compliance', 'Met', 'Missed', 'Excepted'],
      [complianceRow('Overall', a.compliance.overall), ...SEVERITIES.map((s) => complianceRow(s, a.compliance.bySeverity[s])), ...LAYERS.map((l) => complianceRow(`${l} layer`, a.compliance.byLayer[l]))],
      'SLA compliance',
    ),
  );

  parts.push('<h2>Time to patch</h2>');
  parts.push(
    table(
      ['Severity', 'Resolved', 'Median (days)', '90th percentile (days)', 'Policy deadline (days)'],
      a.timeToPatch.map((t) => [e(t.severity), String(t.resolved), d(t.medianDays), d(t.p90Days), d(t.policyDays)]),
      'Days from clock start (fix available) to resolution',
    ),
  );

  parts.push(`<h2>Open on ${e(o.asOf)}</h2>`);
  parts.push(`<p>${o.open} open: <b>${o.overdue} overdue</b>, ${o.dueSoon} due soon, ${o.within} within deadline, ${o.noFix} with no fix yet, ${o.excepted} excepted.</p>`);
  parts.push('<div class="charts">');
  parts.push(barChart('chart-aging', 'Overdue by days past deadline', AGE_BUCKETS.map((b) => ({ label: b === '>180' ? 'over 180' : b, value: o.overdueByAge[b], tone: 'bad' }))));
  parts.push(barChart('chart-overdue-severity', 'Overdue by severity', SEVERITIES.map((s) => ({ label: s, value: o.overdueBySeverity[s], tone: 'bad' }))));
  parts.push('</div>');
  if (o.oldestOverdue.length > 0) {
    parts.push(
      table(
        ['Days overdue', 'Severity', 'Package', 'Advisory', 'Where', ...(multi ? ['Repository'] : [])],
        o.oldestOverdue.map((r) => [String(r.daysOverdue), e(r.severity), `<code>${e(`${r.name}@${r.version}`)}</code>`, `<code>${e(r.advisoryId)}</code>`, r.file ? `<code>${e(`${r.file}:${r.line}`)}</code>` : '', ...(multi ? [`<code>${e(r.repository)}</code>`] : [])]),
        'Oldest overdue',
      ),
    );
  }

  parts.push('<h2>Trend</h2><div class="charts">');
  parts.push(columnChart('chart-weekly', 'Open overdue, week by week', a.trend.weekly.map((w) => ({ label: w.weekEnding.slice(5), value: w.openOverdue, text: `${w.openOverdue} overdue` }))));
  parts.push(columnChart('chart-monthly', 'Compliance, month by month', a.trend.monthly.map((m) => ({ label: m.month, value: Math.round((m.share ?? 0) * 100), text: m.due === 0 ? 'nothing due' : `${percent(m.share)} (${m.met}/${m.due})` })), 100));
  parts.push('</div>');
  if (a.trend.monthly.length > 0) parts.push(table(['Month', 'Due', 'Met', 'Compliance'], a.trend.monthly.map((m) => [e(m.month), String(m.due), String(m.met), percent(m.share)]), 'Compliance by month'));

  parts.push('<h2>Exceptions</h2>');
  parts.push(
    a.exceptions.length === 0
      ? '<p>No exception was in force or expired in the period.</p>'
      : table(
          ['State', 'Target', 'Reason', 'Approved by', 'Expires', ...(multi ? ['Repository'] : [])],
          a.exceptions.slice(0, MAX_ROWS).map((x) => [x.state === 'expired' ? '<b>expired</b>' : 'in force', `<code>${e(x.target)}</code>`, e(x.reason), e(x.approvedBy), e(x.expires), ...(multi ? [`<code>${e(x.repository)}</code>`] : [])]),
        ) + more(a.exceptions.length),
  );

  parts.push('<h2>Vendor lag</h2><p class="note">Days from the advisory\'s publication to the release of its fix, slowest first.</p>');
  parts.push(
    a.vendorLag.length === 0
      ? '<p>No finding had a known fix release date.</p>'
      : table(['Days', 'Package', 'Advisory', 'Published', 'Fix released', 'Repositories'], a.vendorLag.slice(0, MAX_ROWS).map((v) => [String(v.days), `<code>${e(`${v.ecosystem}/${v.name}`)}</code>`, `<code>${e(v.advisoryId)}</code>`, e(v.published), e(v.fixReleased), String(v.repositories)])) + more(a.vendorLag.length),
  );

  const c = a.coverage;
  parts.push('<h2>Coverage</h2>');
  parts.push(`<p>${c.runsInPeriod} runs in the period; ${c.runsWithCoverage} recorded what they checked${c.runsInPeriod > c.runsWithCoverage ? `, ${c.runsInPeriod - c.runsWithCoverage} did not (their reports predate the coverage block)` : ''}.</p>`);
  if (c.gaps.length > 0) {
    parts.push(table(['Repository', 'Ecosystem', 'Layer', 'State', 'Detail'], c.gaps.slice(0, MAX_ROWS).map((g) => [`<code>${e(g.repository)}</code>`, e(g.ecosystem ?? ''), e(g.layer ?? ''), e(g.state), e(g.detail ?? '')])) + more(c.gaps.length));
  }

  if (multi) {
    parts.push('<h2>Repositories</h2>');
    parts.push(
      table(
        ['Repository', 'Runs', 'Last run', 'Compliance', 'Met', 'Missed', 'Excepted', 'Open', 'Overdue'],
        a.repositories.slice(0, MAX_ROWS).map((r) => [`<code>${e(r.repository)}</code>`, String(r.runs), e(r.lastRun ?? ''), ...complianceRow('', r.compliance).slice(1), String(r.open), String(r.overdue)]),
      ) + more(a.repositories.length),
    );
  }
  parts.push(`<p class="note">${e(`${a.tool.name} ${a.tool.version}`)}. Every figure is defined in the README's "Patch audit" section.</p>`);

  return [
    '<!DOCTYPE html>',
    '<html lang="en"><head><meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${e(auditTitle(a))}</title>`,
    `<style>${STYLE}</style></head><body>`,
    ...parts,
    '</body></html>',
    '',
  ].join('\n');
}

function d(n: number | null): string {
  return n === null ? '–' : String(n);
}
