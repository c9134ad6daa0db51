import type { AuditModel, LifeRow } from './compute.js';

// Every finding life as CSV (RFC 4180: CRLF line ends, fields with a comma, quote or line break
// quoted, quotes doubled). Package names, paths and reasons come from repositories and policies
// and a spreadsheet runs a cell starting with = + - @ (or a tab or carriage return) as a formula,
// so such a cell gets a leading apostrophe (OWASP's CSV injection advice).

const COLUMNS: { head: string; cell: (r: LifeRow) => string | number | null }[] = [
  { head: 'repository', cell: (r) => r.repository },
  { head: 'ecosystem', cell: (r) => r.ecosystem },
  { head: 'package', cell: (r) => r.name },
  { head: 'version', cell: (r) => r.version },
  { head: 'purl', cell: (r) => r.purl },
  { head: 'layer', cell: (r) => r.layer },
  { head: 'kind', cell: (r) => r.kind },
  { head: 'advisory', cell: (r) => r.advisoryId },
  { head: 'aliases', cell: (r) => r.aliases.join(' ') },
  { head: 'severity', cell: (r) => r.severity },
  { head: 'clock_start', cell: (r) => r.clockStart },
  { head: 'clock_basis', cell: (r) => r.clockBasis },
  { head: 'deadline', cell: (r) => r.deadline },
  { head: 'first_seen', cell: (r) => r.firstSeen },
  { head: 'last_seen', cell: (r) => r.lastSeen },
  { head: 'resolved', cell: (r) => r.resolved },
  { head: 'reopened', cell: (r) => r.reopened },
  { head: 'outcome', cell: (r) => r.outcome },
  { head: 'days_to_patch', cell: (r) => r.daysToPatch },
  { head: 'exception_reason', cell: (r) => r.exception?.reason ?? null },
  { head: 'exception_approver', cell: (r) => r.exception?.approvedBy ?? null },
  { head: 'exception_expires', cell: (r) => r.exception?.expires ?? null },
  { head: 'file', cell: (r) => r.file },
  { head: 'line', cell: (r) => r.line },
  { head: 'policy', cell: (r) => r.policy },
  { head: 'origin', cell: (r) => r.origin },
];

export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  let s = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function renderAuditCsv(a: AuditModel): string {
  const lines = [COLUMNS.map((c) => c.head).join(',')];
  for (const r of a.lives) lines.push(COLUMNS.map((c) => csvCell(c.cell(r))).join(','));
  return lines.join('\r\n') + '\r\n';
}
