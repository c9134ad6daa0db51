import type { Finding } from '../evaluate/types.js';
import type { Location } from '../model/types.js';
import { safeAdvisoryUrl, safeFileUrl } from './escape.js';
import type { AlertContext, AlertItem, FindingTransition, GateChange } from './types.js';

// Channel-neutral wording of a transition. The strings here are the product's own; whatever a
// repository or advisory supplies is passed to the channel's escaper separately.

const HEADLINE: Record<string, string> = {
  malicious: 'malicious package',
  overdue: 'patch overdue',
  kev: 'newly listed in CISA KEV (known exploited)',
  critical: 'critical finding',
  'due-soon': 'patch due soon',
};

export function kindLabel(kind: FindingTransition): string {
  return HEADLINE[kind] ?? `newly ${kind}`;
}

export function itemHeadline(item: AlertItem): string {
  return item.kinds.map(kindLabel).join(', ');
}

/** The deadline sentence: trusted (dates and numbers the evaluation computed). */
export function deadlineText(item: AlertItem): string {
  const f = item.finding;
  if (f.deadline === null || f.daysLeft === null) return f.fixedVersion === null ? 'no fix released' : 'no deadline';
  if (f.daysLeft < 0) return `deadline ${f.deadline} (${-f.daysLeft} day${f.daysLeft === -1 ? '' : 's'} overdue)`;
  return `deadline ${f.deadline} (${f.daysLeft} day${f.daysLeft === 1 ? '' : 's'} left)`;
}

export function gateText(g: GateChange): string {
  return g.to === 'fail'
    ? `The patch gate now FAILS: ${g.overdue} overdue finding(s), at least one at or above ${g.gateSeverity}.`
    : `The patch gate passes again: nothing at or above ${g.gateSeverity} is overdue.`;
}

export function titleOf(count: number, gate: GateChange | undefined, ctx: AlertContext): string {
  const where = ctx.repository ? ` in ${ctx.repository}` : '';
  if (count === 0 && gate) return `patchwarden: gate ${gate.to === 'fail' ? 'failing' : 'passing again'}${where}`;
  return `patchwarden: ${count} alert${count === 1 ? '' : 's'}${where}`;
}

export interface ItemParts {
  f: Finding;
  /** The advisory page, when it is on a known advisory host. */
  advisoryUrl?: string;
  /** The first place the package is declared, and its link at the scanned commit when one can be made. */
  first?: Location;
  fileUrl?: string;
}

/** What every channel shows of a transition, with the only links it may carry. */
export function itemParts(item: AlertItem, ctx: AlertContext): ItemParts {
  const f = item.finding;
  const first = f.locations[0];
  const advisoryUrl = safeAdvisoryUrl(f.advisory.url);
  const fileUrl = first ? safeFileUrl(ctx.fileUrl?.(first.file, first.line)) : undefined;
  return { f, ...(advisoryUrl ? { advisoryUrl } : {}), ...(first ? { first } : {}), ...(fileUrl ? { fileUrl } : {}) };
}
