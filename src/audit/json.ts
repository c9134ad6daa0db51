import type { AuditModel } from './compute.js';

/** The audit model as JSON (schemas/audit.v1.json describes it), two-space indent, final newline. */
export function renderAuditJson(a: AuditModel): string {
  return JSON.stringify(a, null, 2) + '\n';
}
