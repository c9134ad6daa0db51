import type { GitHubClient } from '../github/client.js';
import { isTransient } from '../github/errors.js';
import { fitBody } from '../github/issue-render.js';
import type { WriteThrottle } from '../github/writes.js';
import type { AuditModel } from './compute.js';
import { auditTitle, renderAuditMarkdown } from './markdown.js';

// One "Patch audit <period>" issue per period: found again by the hidden marker on its first
// line (never by title), updated when its text changed, never made twice. A create whose answer
// was lost (a 5xx after GitHub acted) is looked for by its marker before it is tried again.

export function auditMarker(period: string): string {
  return `<!-- patchwarden:audit v1 ${period} -->`;
}

export interface AuditIssueOptions {
  client: GitHubClient;
  throttle: WriteThrottle;
  repo: { owner: string; repo: string };
  /** The tool's label: the audit issue carries it, and is looked for among its issues. */
  label: string;
  /** Creates tried again after a failure that may have made the issue anyway. */
  createRetries?: number;
  retryBaseMs?: number;
}

export interface AuditIssueResult {
  action: 'created' | 'updated' | 'unchanged' | 'skipped';
  number?: number;
  url?: string;
}

interface Listed {
  number: number;
  title: string;
  body?: string | null;
  state: string;
  html_url: string;
  pull_request?: unknown;
}

/** The audit issue carrying `marker`, if any (all states). */
export async function findByMarker(opts: Pick<AuditIssueOptions, 'client' | 'repo' | 'label'>, marker: string): Promise<Listed | undefined> {
  const { client, repo, label } = opts;
  const all = (await client.paginate(client.rest.issues.listForRepo, { ...repo, labels: label, state: 'all', per_page: 100 })) as Listed[];
  const mine = all.filter((i) => !i.pull_request && (i.body ?? '').split(/\r?\n/, 1)[0]!.trim() === marker);
  // Several (made by hand, or by an older run) keep the oldest open one in step.
  return mine.sort((a, b) => Number(b.state === 'open') - Number(a.state === 'open') || a.number - b.number)[0];
}

export async function publishAuditIssue(audit: AuditModel, opts: AuditIssueOptions): Promise<AuditIssueResult> {
  const { client, repo, throttle, label } = opts;
  const marker = auditMarker(audit.period.label);
  const title = auditTitle(audit);
  // Over GitHub's body limit (a very large organisation) the tables are cut; the HTML, CSV and JSON keep all.
  const body = fitBody(`${marker}\n${renderAuditMarkdown(audit)}`.trimEnd().split('\n'));
  const existing = await findByMarker(opts, marker);
  if (existing) {
    const norm = (s: string): string => s.replace(/\r\n?/g, '\n').trimEnd();
    if (existing.title === title && norm(existing.body ?? '') === norm(body)) return { action: 'unchanged', number: existing.number, url: existing.html_url };
    const res = await throttle.write(`update audit issue #${existing.number}`, () => client.rest.issues.update({ ...repo, issue_number: existing.number, title, body }));
    return res ? { action: 'updated', number: existing.number, url: existing.html_url } : { action: 'skipped' };
  }
  const retries = opts.createRetries ?? 3;
  const base = opts.retryBaseMs ?? 1000;
  for (let attempt = 0; ; attempt++) {
    try {
      const res = await throttle.write(`create audit issue ${audit.period.label}`, () => client.rest.issues.create({ ...repo, title, body, labels: [label], request: { retries: 0 } }));
      return res ? { action: 'created', number: res.data.number, url: res.data.html_url } : { action: 'skipped' };
    } catch (err) {
      if (!isTransient(err) || attempt >= retries) throw err;
      await throttle.clock.sleep((attempt + 1) ** 2 * base);
      const found = await findByMarker(opts, marker);
      if (found) return { action: 'created', number: found.number, url: found.html_url };
    }
  }
}
