import type { Finding } from '../evaluate/types.js';
import type { Report } from './model.js';
import { headline } from './format.js';

// Workflow-command annotations on the exact lockfile or manifest line: an error for an overdue
// finding, a warning for one due soon. Only those two statuses annotate: the rest is not a
// change request on a line. GitHub shows at most 10 of each kind per step, so the most
// severe and most overdue come first (the report's own order).

export interface Annotation {
  level: 'error' | 'warning';
  title: string;
  message: string;
  /** Relative to the workflow's workspace, `/`-separated. */
  file: string;
  line: number;
}

export function annotationsFor(report: Report, prefix = ''): Annotation[] {
  const out: Annotation[] = [];
  const push = (f: Finding, level: Annotation['level']): void => {
    for (const loc of f.locations.slice(0, 5)) {
      out.push({
        level,
        title: `${f.status === 'overdue' ? 'Overdue' : 'Due soon'} ${f.severity} patch: ${f.component.name}`,
        message: headline(f),
        file: prefix ? `${prefix.replace(/\/+$/, '')}/${loc.file}` : loc.file,
        line: loc.line,
      });
    }
  };
  for (const f of report.findings) if (f.status === 'overdue') push(f, 'error');
  for (const f of report.findings) if (f.status === 'due-soon') push(f, 'warning');
  return out;
}
