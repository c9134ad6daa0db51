import type { Finding } from '../evaluate/types.js';
import type { FindingStatus } from '../model/types.js';
import { SEVERITY_ORDER } from '../model/types.js';
import type { Report } from './model.js';
import { headline } from './format.js';
import { byCodePoint } from '../model/order.js';

// Workflow-command annotations on the exact lockfile or manifest line: an error for an overdue
// finding, a warning for one due soon. Only those two statuses annotate: the rest is not a
// change request on a line. GitHub shows at most 10 of each kind per step, so the most
// severe come first, and among equals the one furthest past its deadline.

const STATUS_RANK: Record<FindingStatus, number> = { overdue: 0, 'due-soon': 1, within: 2, 'unknown-clock': 3, 'no-fix': 4, excepted: 5 };

/** Most urgent first: overdue before due soon, then the more severe, then the earlier deadline. */
export function compareUrgency(a: Finding, b: Finding): number {
  return (
    STATUS_RANK[a.status] - STATUS_RANK[b.status] ||
    SEVERITY_ORDER.indexOf(b.severity) - SEVERITY_ORDER.indexOf(a.severity) ||
    (a.daysLeft ?? Number.MAX_SAFE_INTEGER) - (b.daysLeft ?? Number.MAX_SAFE_INTEGER) ||
    byCodePoint(a.component.name, b.component.name) ||
    byCodePoint(a.advisory.id, b.advisory.id)
  );
}

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
  for (const f of [...report.findings].sort(compareUrgency)) {
    if (f.status === 'overdue') push(f, 'error');
    else if (f.status === 'due-soon') push(f, 'warning');
  }
  return out;
}
