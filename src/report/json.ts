import type { Report } from './model.js';

/** The JSON report (schemaVersion 1), stable key order, two-space indent, final newline. */
export function renderJson(report: Report): string {
  return JSON.stringify(report, null, 2) + '\n';
}
