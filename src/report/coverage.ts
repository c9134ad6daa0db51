import type { CoverageEntry, CoverageSource } from '../evaluate/coverage.js';
import { code, text } from './escape.js';
import type { Report } from './model.js';

// The coverage part of every sink: one row per layer and ecosystem, saying what the data could
// judge, so a reader sees what a pass rests on (README, "What a pass means").

function sourceName(s: CoverageSource): string {
  const file = s.path.split(/[\\/]/).filter(Boolean).pop() ?? s.path;
  return s.kind === 'osv-api' ? 'osv-api' : `${s.kind}:${file}`;
}

function sourcesCell(e: CoverageEntry): string {
  if (e.sources.length === 0) return '-';
  return e.sources.map((s) => `${sourceName(s)}${s.records === undefined ? '' : ` (${s.records})`}`).join(', ');
}

function ageCell(e: CoverageEntry): string {
  if (e.sources.length === 0) return '-';
  return e.newest === undefined ? 'unknown' : `${e.newest.slice(0, 10)} (${e.ageDays ?? 0} d)`;
}

function oneLine(s: string, max = 400): string {
  const flat = s.replace(/[\r\n\t]+/g, ' ').replace(/[\u0000-\u001f\u007f]/g, '');
  return flat.length > max ? flat.slice(0, max - 1) + '…' : flat;
}

/** The rows every tabular sink shows: layer, ecosystem, components, checked, sources, newest record, state. */
export function coverageRows(report: Pick<Report, 'coverage'>): string[][] {
  return report.coverage.entries.map((e) => [e.layer, e.ecosystem, String(e.components), String(e.checked), sourcesCell(e), ageCell(e), e.state]);
}

/** The text output's coverage section, appended after the gate line. */
/** The Markdown summary's coverage section; every repository value is escaped. */
export function renderCoverageMarkdown(report: Pick<Report, 'coverage' | 'summary'>): string {
  const c = report.coverage;
  const out: string[] = [`### Coverage (${c.complete ? 'everything found was checked' : 'incomplete'})`, ''];
  if (c.entries.length === 0) out.push('Nothing was found to check.', '');
  else {
    out.push('| Layer | Ecosystem | Components | Checked | Sources (records) | Newest record | State |');
    out.push('| --- | --- | ---: | ---: | --- | --- | --- |');
    for (const r of coverageRows(report)) out.push(`| ${r[0]} | ${code(r[1]!)} | ${r[2]} | ${r[3]} | ${text(r[4]!)} | ${r[5]} | ${r[6]} |`);
    out.push('');
  }
  if (report.summary.notChecked !== undefined) out.push(text(oneLine(report.summary.notChecked, 4000)), '');
  return out.join('\n');
}

/** Compact coverage for SARIF run properties and action outputs. */
export function coverageProperties(report: Pick<Report, 'coverage' | 'summary'>): Record<string, unknown> {
  return {
    gate: report.summary.gate,
    complete: report.coverage.complete,
    missingData: report.coverage.missingData,
    ...(report.summary.notChecked !== undefined ? { notChecked: report.summary.notChecked } : {}),
    entries: report.coverage.entries.map((e) => ({
      layer: e.layer,
      ecosystem: e.ecosystem,
      components: e.components,
      checked: e.checked,
      state: e.state,
      ...(e.newest !== undefined ? { newest: e.newest } : {}),
    })),
  };
}
