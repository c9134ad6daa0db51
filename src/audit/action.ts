import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { formatDay } from '../evaluate/dates.js';
import type { GitHubClient } from '../github/client.js';
import type { WriteThrottle } from '../github/writes.js';
import type { History } from './index.js';
import { audit, historyFromReports, joinHistories, renderAudit } from './index.js';
import type { AuditIssueResult } from './issue.js';
import { auditMarker, findByMarker, publishAuditIssue } from './issue.js';
import { historyFromIssues } from './issues.js';
import type { Period } from './period.js';
import { parsePeriod, previousPeriod } from './period.js';

// The action's side of the audit: `mode: audit` (history from the repository's issues, and
// from a reports folder when `audit-reports` names one), and `audit-issue: monthly|quarterly`,
// which on the first scheduled run of a month (or quarter) files the audit of the one before.

export type AuditIssueCadence = 'off' | 'monthly' | 'quarterly';

export interface AuditStep {
  client?: GitHubClient;
  throttle?: WriteThrottle;
  repo: { owner: string; repo: string };
  label: string;
  now: Date;
  /** `audit-period`: a month, a quarter or FROM..TO; by default the month (or quarter) before now. */
  period?: string;
  cadence: AuditIssueCadence;
  reports?: string;
  /** Where the JSON audit and the HTML page are written (the step's outputs name them). */
  jsonFile: string;
  htmlFile: string;
  summaryFile?: string;
  log: { info(m: string): void; warning(m: string): void };
  retryBaseMs?: number;
}

export interface AuditStepResult {
  period: Period;
  overdue: number;
  compliance: number | null;
  issue?: AuditIssueResult;
}

/** The period an audit run reports on: the `audit-period` input, or the month (quarter) before today. */
export function auditPeriodFor(input: string | undefined, cadence: AuditIssueCadence, now: Date): Period | string {
  if (input) {
    const range = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/.exec(input);
    return range ? parsePeriod({ from: range[1], to: range[2] }) : parsePeriod({ period: input });
  }
  return previousPeriod(formatDay(Math.floor(now.getTime() / 86_400_000)), cadence === 'quarterly' ? 'quarter' : 'month');
}

async function gather(step: AuditStep): Promise<History> {
  const parts: History[] = [];
  if (step.client) parts.push(await historyFromIssues({ client: step.client, repo: step.repo, label: step.label }));
  if (step.reports) parts.push(historyFromReports(step.reports));
  return joinHistories(parts);
}

/** `mode: audit`: the audit of the period to the job summary, a JSON and an HTML file, and (with a cadence) its issue. */
export async function runAuditStep(step: AuditStep): Promise<AuditStepResult> {
  const period = auditPeriodFor(step.period, step.cadence, step.now);
  if (typeof period === 'string') throw new Error(`input audit-period: ${period.replace(/^--period: /, '')}`);
  const history = await gather(step);
  for (const p of history.problems) step.log.warning(`patchwarden audit: ${p.file ? `${p.file}: ` : ''}${p.message}`);
  const model = audit(history, period);
  for (const [file, format] of [[step.jsonFile, 'json'], [step.htmlFile, 'html']] as const) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, renderAudit(model, format));
  }
  if (step.summaryFile) appendFileSync(step.summaryFile, renderAudit(model, 'markdown'));
  const result: AuditStepResult = { period, overdue: model.openAtEnd.overdue, compliance: model.compliance.overall.share };
  if (step.cadence !== 'off' && step.client && step.throttle) {
    result.issue = await publishAuditIssue(model, { client: step.client, throttle: step.throttle, repo: step.repo, label: step.label, ...(step.retryBaseMs !== undefined ? { retryBaseMs: step.retryBaseMs } : {}) });
  }
  return result;
}

/**
 * `audit-issue` on a scheduled issues-mode run: files the audit of the previous month (quarter)
 * when its issue does not exist yet, so the first scheduled run of each period does it and the
 * rest find it there. Returns undefined when there was nothing to do.
 */
export async function scheduledAuditIssue(step: AuditStep & { client: GitHubClient; throttle: WriteThrottle }): Promise<AuditIssueResult | undefined> {
  const period = auditPeriodFor(undefined, step.cadence, step.now);
  if (typeof period === 'string') return undefined;
  if (await findByMarker(step, auditMarker(period.label))) return undefined;
  const history = await gather(step);
  return publishAuditIssue(audit(history, period), { client: step.client, throttle: step.throttle, repo: step.repo, label: step.label, ...(step.retryBaseMs !== undefined ? { retryBaseMs: step.retryBaseMs } : {}) });
}
