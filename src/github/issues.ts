import type { Finding } from '../evaluate/types.js';
import type { Report } from '../report/model.js';
import { code, link } from '../report/escape.js';
import { daysPhrase } from '../report/format.js';
import type { GitHubClient } from './client.js';
import { isTransient, messageOf, statusOf } from './errors.js';
import type { IssueOn } from './inputs.js';
import type { LabelSpec, Marker, PackageGroup, RenderContext, RenderedIssue } from './issue-render.js';
import {
  DASHBOARD_MARKER,
  fitBody,
  groupByPackage,
  isManagedLabel,
  parseMarker,
  renderIssue,
  stateLabel,
  toolLabels,
} from './issue-render.js';
import type { Repo } from './labels.js';
import { LabelBook } from './labels.js';
import { locationLink, repoPath } from './links.js';
import type { WriteGate } from './writes.js';
import { byCodePoint } from '../model/order.js';

// Keeps one issue per vulnerable package in step with the report. Existing issues are listed
// by the tool's label (all states, every page) and matched by the fingerprint in their marker,
// never by title. Each issue is written only when its title, body or labels would change, so a
// re-run with nothing changed sends no write at all. The marker goes out in the create request
// itself, so an issue created by a run that died right after is found (not duplicated) next time.

export interface ExistingIssue {
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  stateReason: string | null;
  labels: string[];
  url: string;
}

export interface IssueRef {
  number: number;
  url: string;
  package: string;
}

export interface SyncLog {
  notice(message: string): void;
  warning(message: string): void;
  info(message: string): void;
}

export interface SyncOptions {
  client: GitHubClient;
  gate: WriteGate;
  repo: Repo;
  render: RenderContext;
  issueOn: IssueOn;
  /** Most issues opened (created or reopened) in one run. */
  maxIssues: number;
  dashboard: boolean;
  /** CODEOWNERS user owners of a repository-relative path, when owners are to be assigned. */
  owners?: (path: string) => string[];
  log: SyncLog;
  /** Retries of a create that failed in a way that may have created the issue anyway. */
  createRetries?: number;
  /** Milliseconds one backoff step lasts (the client's retry base). */
  retryBaseMs?: number;
}

export interface SyncResult {
  created: IssueRef[];
  reopened: IssueRef[];
  updated: IssueRef[];
  closed: IssueRef[];
  unchanged: number;
  /** Packages that qualify but were not opened because of the per-run cap. */
  deferred: string[];
  /** Packages whose issue a person closed as not planned; left closed. */
  dismissed: IssueRef[];
  failed: { what: string; error: string }[];
  dashboard?: IssueRef;
  /** Set when writes stopped because the token cannot write. */
  readOnly?: string;
}

function labelNames(labels: readonly (string | { name?: string | null })[]): string[] {
  return labels.map((l) => (typeof l === 'string' ? l : (l.name ?? ''))).filter((n) => n !== '');
}

interface ListedIssue {
  number: number;
  title: string;
  body?: string | null;
  state: string;
  state_reason?: string | null;
  labels: (string | { name?: string | null })[];
  html_url: string;
  pull_request?: unknown;
}

function toExisting(i: ListedIssue): ExistingIssue {
  return {
    number: i.number,
    title: i.title,
    body: i.body ?? '',
    state: i.state === 'closed' ? 'closed' : 'open',
    stateReason: i.state_reason ?? null,
    labels: labelNames(i.labels),
    url: i.html_url,
  };
}

/** GitHub may hand a body back with CRLF line ends after a person edits it; compare content only. */
function sameText(a: string, b: string): boolean {
  const norm = (s: string): string => s.replace(/\r\n?/g, '\n').replace(/\s+$/, '');
  return norm(a) === norm(b);
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const x = new Set(a.map((s) => s.toLowerCase()));
  const y = new Set(b.map((s) => s.toLowerCase()));
  return x.size === y.size && [...x].every((s) => y.has(s));
}

/** The labels an issue should carry: those people added, plus the ones patchwarden decides. */
function mergeLabels(current: readonly string[], wanted: readonly LabelSpec[]): string[] {
  const wantedNames = new Set(wanted.map((l) => l.name.toLowerCase()));
  const kept = current.filter((l) => !isManagedLabel(l) && !wantedNames.has(l.toLowerCase()));
  return [...wanted.map((l) => l.name), ...kept];
}

/** Prefers an open issue, then the oldest, when several carry the same marker. */
function better(a: ExistingIssue, b: ExistingIssue): ExistingIssue {
  if (a.state !== b.state) return a.state === 'open' ? a : b;
  return a.number < b.number ? a : b;
}

export class IssueSync {
  private readonly labels: LabelBook;
  private readonly result: SyncResult = { created: [], reopened: [], updated: [], closed: [], unchanged: 0, deferred: [], dismissed: [], failed: [] };
  /** After a systemic failure (GitHub down after retries) no further write is tried. */
  private halted = false;

  constructor(private readonly opts: SyncOptions) {
    this.labels = new LabelBook(opts.client, opts.repo, opts.gate);
  }

  private get toolLabel(): string {
    return this.opts.render.labels[0] ?? 'patchwarden';
  }

  async listExisting(): Promise<{ packages: Map<string, ExistingIssue>; dashboard?: ExistingIssue }> {
    const { client, repo, log } = this.opts;
    const items = await client.paginate(client.rest.issues.listForRepo, { ...repo, labels: this.toolLabel, state: 'all', per_page: 100 });
    const packages = new Map<string, ExistingIssue>();
    let dashboard: ExistingIssue | undefined;
    for (const raw of items as ListedIssue[]) {
      if (raw.pull_request) continue;
      const issue = toExisting(raw);
      const marker = parseMarker(issue.body);
      if (!marker) continue;
      if (marker.kind === 'dashboard') {
        dashboard = dashboard ? better(dashboard, issue) : issue;
        continue;
      }
      const prev = packages.get(marker.fingerprint);
      if (prev) log.warning(`issues #${prev.number} and #${issue.number} carry the same patchwarden marker; #${better(prev, issue).number} is kept in step`);
      packages.set(marker.fingerprint, prev ? better(prev, issue) : issue);
    }
    return { packages, ...(dashboard ? { dashboard } : {}) };
  }

  /** Runs one write; a failure is recorded, and a systemic one stops the writes that follow. */
  private async attempt<T>(what: string, fn: () => Promise<T>): Promise<T | undefined> {
    if (this.halted) return undefined;
    try {
      return await fn();
    } catch (err) {
      this.result.failed.push({ what, error: messageOf(err) });
      if (isTransient(err)) {
        this.halted = true;
        this.opts.log.warning(`patchwarden: ${what} failed after retries (${messageOf(err)}); the remaining GitHub writes are left for the next run`);
      } else {
        this.opts.log.warning(`patchwarden: ${what} failed: ${messageOf(err)}`);
      }
      return undefined;
    }
  }

  /** Finds the newest issue whose marker passes `match`, after a create whose outcome is unknown. */
  private async findCreated(match: (m: Marker) => boolean): Promise<ExistingIssue | undefined> {
    const { client, repo } = this.opts;
    const page = await client.rest.issues.listForRepo({ ...repo, labels: this.toolLabel, state: 'all', sort: 'created', direction: 'desc', per_page: 100 });
    for (const raw of page.data as ListedIssue[]) {
      const m = parseMarker(raw.body);
      if (m && match(m)) return toExisting(raw);
    }
    return undefined;
  }

  /**
   * Creates an issue without the client's blind retry: a 5xx can come back for a create GitHub
   * did make, and retrying it would make a second issue. After such a failure the issue is looked
   * for by its marker, and only created again when it is not there. A rate-limit refusal is
   * retried by the client (GitHub did not act on it).
   */
  private async create(what: string, match: (m: Marker) => boolean, rendered: RenderedIssue, assignees: string[]): Promise<ExistingIssue | undefined> {
    const { client, repo, gate } = this.opts;
    const retries = this.opts.createRetries ?? 3;
    const base = this.opts.retryBaseMs ?? 1000;
    let withAssignees = assignees;
    for (let attempt = 0; ; attempt++) {
      try {
        const res = await gate.write(what, () =>
          client.rest.issues.create({
            ...repo,
            title: rendered.title,
            body: rendered.body,
            labels: rendered.labels.map((l) => l.name),
            ...(withAssignees.length > 0 ? { assignees: withAssignees } : {}),
            request: { retries: 0 },
          }),
        );
        return res ? toExisting(res.data as ListedIssue) : undefined;
      } catch (err) {
        if (statusOf(err) === 422 && withAssignees.length > 0) {
          this.opts.log.warning(`patchwarden: GitHub refused the CODEOWNERS assignees ${withAssignees.join(', ')} (${messageOf(err)}); creating the issue unassigned`);
          withAssignees = [];
          continue;
        }
        if (!isTransient(err) || attempt >= retries) throw err;
        await gate.clock.sleep((attempt + 1) ** 2 * base);
        const found = await this.findCreated(match);
        if (found) return found;
      }
    }
  }

  private ref(issue: ExistingIssue, pkg: string): IssueRef {
    return { number: issue.number, url: issue.url, package: pkg };
  }

  async run(report: Report): Promise<SyncResult> {
    const { client, repo, gate, render, log } = this.opts;
    const groups = groupByPackage(report.findings, this.opts.issueOn);
    const { packages: existing, dashboard } = await this.listExisting();
    const numbers = new Map<string, number>();
    let opened = 0;
    let labelsBroken = false;

    for (const group of groups) {
      const issue = existing.get(group.fingerprint);
      const pkg = `${group.ecosystem}/${group.name}`;
      if (issue) numbers.set(group.fingerprint, issue.number);
      if (!group.qualifies) continue;
      const rendered = renderIssue(group, render);

      if (!issue || issue.state === 'closed') {
        if (issue?.stateReason === 'not_planned') {
          this.result.dismissed.push(this.ref(issue, pkg));
          continue;
        }
        if (opened >= this.opts.maxIssues || labelsBroken) {
          this.result.deferred.push(pkg);
          continue;
        }
        opened++;
        await this.attempt(`labels for ${pkg}`, () => this.labels.ensure(rendered.labels));
        if (issue) {
          const done = await this.attempt(`reopen #${issue.number}`, () =>
            gate.write(`reopen #${issue.number}`, () =>
              client.rest.issues.update({ ...repo, issue_number: issue.number, state: 'open', title: rendered.title, body: rendered.body, labels: mergeLabels(issue.labels, rendered.labels) }),
            ),
          );
          if (done) this.result.reopened.push(this.ref(issue, pkg));
          continue;
        }
        const first = group.findings.find((f) => f.status === 'overdue' || f.status === 'due-soon')?.locations[0];
        const assignees = first && this.opts.owners ? this.opts.owners(repoPath(render.links, first.file)).slice(0, 10) : [];
        const what = `create issue for ${pkg}`;
        const fp = group.fingerprint;
        const created = await this.attempt(what, () => this.create(what, (m) => m.kind === 'issue' && m.fingerprint === fp, rendered, assignees));
        if (created) {
          numbers.set(group.fingerprint, created.number);
          this.result.created.push(this.ref(created, pkg));
          if (!created.labels.some((l) => l.toLowerCase() === this.toolLabel.toLowerCase())) {
            // Without its label the issue is invisible to the next run, which would open it again.
            labelsBroken = true;
            log.warning(`patchwarden: GitHub dropped the label '${this.toolLabel}' from #${created.number} (the token may lack push access); no more issues are opened this run`);
          }
        }
        continue;
      }

      const labels = mergeLabels(issue.labels, rendered.labels);
      const patch = {
        ...(issue.title !== rendered.title ? { title: rendered.title } : {}),
        ...(!sameText(issue.body, rendered.body) ? { body: rendered.body } : {}),
        ...(!sameSet(issue.labels, labels) ? { labels } : {}),
      };
      if (Object.keys(patch).length === 0) {
        this.result.unchanged++;
        continue;
      }
      if (patch.labels) await this.attempt(`labels for ${pkg}`, () => this.labels.ensure(rendered.labels));
      const done = await this.attempt(`update #${issue.number}`, () => gate.write(`update #${issue.number}`, () => client.rest.issues.update({ ...repo, issue_number: issue.number, ...patch })));
      if (done) this.result.updated.push(this.ref(issue, pkg));
    }

    await this.closeResolved(groups, existing);
    if (this.opts.dashboard) await this.syncDashboard(report, groups, numbers, dashboard);
    if (gate.readOnly) this.result.readOnly = gate.readOnly;
    return this.result;
  }

  private async closeResolved(groups: readonly PackageGroup[], existing: ReadonlyMap<string, ExistingIssue>): Promise<void> {
    const { client, repo, gate, render } = this.opts;
    const byFingerprint = new Map(groups.map((g) => [g.fingerprint, g]));
    const stale = [...existing.entries()].filter(([fp, issue]) => issue.state === 'open' && !byFingerprint.get(fp)?.qualifies);
    stale.sort((a, b) => a[1].number - b[1].number);
    for (const [fp, issue] of stale) {
      const group = byFingerprint.get(fp);
      const labels = issue.labels.filter((l) => l.toLowerCase() !== stateLabel('overdue').name && l.toLowerCase() !== stateLabel('due-soon').name);
      const commit = /^[0-9a-f]{7,}$/i.test(render.links.sha) ? ` at commit ${code(render.links.sha.slice(0, 12))}` : '';
      const why = group
        ? `No advisory finding for ${code(group.name)} is ${this.opts.issueOn === 'overdue' ? 'overdue' : 'overdue or due soon'} any more${commit} (${group.findings.length} finding(s) remain: ${[...new Set(group.findings.map((f) => f.status))].join(', ')}).`
        : `No vulnerable version of this package is left in the repository${commit}.`;
      // Closed first, then the comment: if the run stops between the two, the next run sees a
      // closed issue and posts nothing twice.
      const closed = await this.attempt(`close #${issue.number}`, () =>
        gate.write(`close #${issue.number}`, () =>
          client.rest.issues.update({ ...repo, issue_number: issue.number, state: 'closed', state_reason: 'completed', ...(sameSet(labels, issue.labels) ? {} : { labels }) }),
        ),
      );
      if (!closed) continue;
      this.result.closed.push({ number: issue.number, url: issue.url, package: group ? `${group.ecosystem}/${group.name}` : issue.title });
      await this.attempt(`comment on #${issue.number}`, () =>
        gate.write(`comment on #${issue.number}`, () => client.rest.issues.createComment({ ...repo, issue_number: issue.number, body: `patchwarden closed this issue. ${why}` })),
      );
    }
  }

  private async syncDashboard(report: Report, groups: readonly PackageGroup[], numbers: ReadonlyMap<string, number>, existing: ExistingIssue | undefined): Promise<void> {
    const { client, repo, gate, render } = this.opts;
    const rendered = renderDashboard(report, groups, numbers, render);
    if (existing?.state === 'closed' && existing.stateReason === 'not_planned') return;
    if (!existing) {
      await this.attempt('labels for the dashboard', () => this.labels.ensure(rendered.labels));
      const what = 'create the dashboard issue';
      const created = await this.attempt(what, () => this.create(what, (m) => m.kind === 'dashboard', rendered, []));
      if (created) this.result.dashboard = { number: created.number, url: created.url, package: 'dashboard' };
      return;
    }
    const labels = mergeLabels(existing.labels, rendered.labels);
    const patch = {
      ...(existing.state === 'closed' ? { state: 'open' as const } : {}),
      ...(existing.title !== rendered.title ? { title: rendered.title } : {}),
      ...(!sameText(existing.body, rendered.body) ? { body: rendered.body } : {}),
      ...(!sameSet(existing.labels, labels) ? { labels } : {}),
    };
    this.result.dashboard = { number: existing.number, url: existing.url, package: 'dashboard' };
    if (Object.keys(patch).length === 0) return;
    if (patch.labels) await this.attempt('labels for the dashboard', () => this.labels.ensure(rendered.labels));
    await this.attempt('update the dashboard', () => gate.write('update the dashboard', () => client.rest.issues.update({ ...repo, issue_number: existing.number, ...patch })));
  }
}

function byDeadline(a: Finding, b: Finding): number {
  return byCodePoint(a.deadline ?? '9999-12-31', b.deadline ?? '9999-12-31') || byCodePoint(a.component.name, b.component.name) || byCodePoint(a.advisory.id, b.advisory.id);
}

/** One issue listing every finding in deadline order, each linked to its package's issue. */
export function renderDashboard(report: Report, groups: readonly PackageGroup[], numbers: ReadonlyMap<string, number>, ctx: RenderContext): RenderedIssue {
  const s = report.summary;
  const issueOf = new Map<Finding, number | undefined>();
  for (const g of groups) for (const f of g.findings) issueOf.set(f, numbers.get(g.fingerprint));
  const lines: string[] = [DASHBOARD_MARKER];
  lines.push('## Patch deadlines');
  lines.push('');
  lines.push(
    `Policy ${code(`${ctx.policy.name}@${ctx.policy.version}`)} on ${ctx.today}: ${s.overdue} overdue, ${s.dueSoon} due soon, ${s.within} within deadline, ${s.noFix} with no fix, ${s.excepted} excepted.`,
  );
  lines.push('');
  if (report.findings.length === 0) {
    lines.push('No component is affected by a known advisory.');
  } else {
    lines.push('| Deadline | When | Status | Severity | Package | Installed | Advisory | Issue | Declared at |');
    lines.push('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
    for (const f of [...report.findings].sort(byDeadline)) {
      const n = issueOf.get(f);
      const loc = f.locations[0];
      lines.push(
        `| ${f.deadline ?? '–'} | ${daysPhrase(f)} | ${f.status} | ${f.severity} | ${code(f.component.name)} (${code(f.component.ecosystem)}) | ${code(f.component.version)} | ${link(f.advisory.id, f.advisory.url)} | ${n ? `#${n}` : '–'} | ${loc ? locationLink(ctx.links, loc.file, loc.line) : ''} |`,
      );
    }
  }
  lines.push('');
  lines.push('<sub>Kept up to date by patchwarden on every run. The hidden first line identifies this issue; please keep it.</sub>');
  return {
    title: `Patch deadlines: ${s.overdue} overdue, ${s.dueSoon} due soon`,
    body: fitBody(lines),
    labels: toolLabels(ctx.labels),
  };
}

export async function syncIssues(report: Report, opts: SyncOptions): Promise<SyncResult> {
  return new IssueSync(opts).run(report);
}
