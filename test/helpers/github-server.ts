import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { openApiValidator } from './github-openapi.js';

// A stand-in for GitHub's REST API on 127.0.0.1 (port 0): in-memory issues, labels, comments
// and check runs for the operations patchwarden uses, with GitHub's pagination, its error
// shapes, a read-only-token mode and injectable faults. Every request is first checked against
// GitHub's OpenAPI description (see github-openapi.ts); an unknown operation, an undeclared
// parameter or an invalid body is recorded in `violations` and answered 422, so a test that
// asserts `violations` is empty fails on it.

export interface FakeLabel {
  id: number;
  name: string;
  color: string;
  description: string | null;
}

export interface FakeComment {
  id: number;
  body: string;
  created_at: string;
}

export interface FakeIssue {
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  state_reason: 'completed' | 'not_planned' | 'reopened' | null;
  labels: string[];
  assignees: string[];
  comments: FakeComment[];
  created_at: string;
  updated_at: string;
  closed_at: string | null;
  /** A pull request (the issues list returns those too). */
  isPull?: boolean;
  /** Its closed and reopened events, oldest first (the issue events API). */
  events?: { event: 'closed' | 'reopened'; created_at: string }[];
}

export interface FakeCheckRun {
  id: number;
  name: string;
  head_sha: string;
  status: string;
  conclusion: string | null;
  title: string;
  summary: string;
  annotations: Record<string, unknown>[];
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: string;
  operationId: string | undefined;
  body: unknown;
  status: number;
  /** Real milliseconds since the server started. */
  at: number;
  faulted?: string;
}

export type Fault =
  /** A server error; `applied` makes the server do the write first (the response is lost). */
  | { kind: 'server'; status: 500 | 502 | 503 | 504; applied?: boolean }
  /** GitHub's secondary rate limit: 403 or 429 with `retry-after` seconds. */
  | { kind: 'secondary'; status: 403 | 429; retryAfter: number };

export interface FaultRule {
  /** e.g. 'issues/create'; any operation when absent. */
  operationId?: string;
  method?: string;
  /** How many matching requests get the fault. */
  times: number;
  fault: Fault;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

interface Ctx {
  method: string;
  url: URL;
  params: Record<string, string>;
  body: Record<string, unknown>;
  repo: FakeRepo;
}

export class FakeRepo {
  issues: FakeIssue[] = [];
  labels: FakeLabel[] = [];
  checkRuns: FakeCheckRun[] = [];
  /** Logins that can be assigned. */
  collaborators = new Set<string>();
  /** Emulates a token without push access: GitHub silently drops labels and assignees on create. */
  dropLabelsOnCreate = false;
  private nextNumber = 1;

  constructor(
    readonly owner: string,
    readonly name: string,
  ) {}

  newNumber(): number {
    return this.nextNumber++;
  }

  issue(n: number): FakeIssue | undefined {
    return this.issues.find((i) => i.number === n);
  }

  /** Adds an issue or pull request as if someone had made it by hand. */
  seed(partial: Partial<FakeIssue> & { title: string }): FakeIssue {
    const now = new Date().toISOString();
    const issue: FakeIssue = { number: this.newNumber(), body: '', state: 'open', state_reason: null, labels: [], assignees: [], comments: [], created_at: now, updated_at: now, closed_at: null, ...partial };
    for (const l of issue.labels) this.ensureLabel(l);
    this.issues.push(issue);
    return issue;
  }

  ensureLabel(name: string): FakeLabel {
    let label = this.labels.find((l) => l.name.toLowerCase() === name.toLowerCase());
    if (!label) {
      label = { id: 1000 + this.labels.length, name, color: 'ededed', description: null };
      this.labels.push(label);
    }
    return label;
  }
}

const SECONDARY_MESSAGE =
  'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID 0000:0000:0000.';

export class FakeGitHub {
  readonly requests: RecordedRequest[] = [];
  readonly violations: string[] = [];
  readonly faults: FaultRule[] = [];
  /** Every write answers 403 "Resource not accessible by integration", as for a fork's token. */
  readOnly = false;
  private readonly repos = new Map<string, FakeRepo>();
  private server: Server | undefined;
  private started = Date.now();
  private ids = 1;
  url = '';

  repo(owner = 'acme', name = 'chat'): FakeRepo {
    const key = `${owner}/${name}`.toLowerCase();
    let r = this.repos.get(key);
    if (!r) {
      r = new FakeRepo(owner, name);
      this.repos.set(key, r);
    }
    return r;
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      void this.handle(req, res);
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    this.started = Date.now();
    return this;
  }

  async close(): Promise<void> {
    if (!this.server) return;
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server!.close(() => resolve()));
  }

  /** Requests that would change something on GitHub (faulted ones included: they were sent). */
  writes(): RecordedRequest[] {
    return this.requests.filter((r) => r.method !== 'GET' && r.method !== 'HEAD');
  }

  reset(): void {
    this.requests.length = 0;
    this.violations.length = 0;
    this.faults.length = 0;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const method = (req.method ?? 'GET').toUpperCase();
    const url = new URL(req.url ?? '/', this.url);
    const record: RecordedRequest = { method, path: url.pathname, query: url.search, operationId: undefined, body: undefined, status: 0, at: Date.now() - this.started };
    this.requests.push(record);
    const send = (status: number, data: unknown, headers: Record<string, string> = {}): void => {
      record.status = status;
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'x-github-api-version-selected': '2022-11-28', ...headers });
      res.end(data === undefined ? '' : JSON.stringify(data));
    };
    let body: unknown;
    if (raw !== '') {
      try {
        body = JSON.parse(raw);
      } catch {
        this.violations.push(`${method} ${url.pathname}: body is not JSON`);
        return send(400, { message: 'Problems parsing JSON' });
      }
    }
    record.body = body;
    if (!req.headers.authorization) return send(401, { message: 'Requires authentication', documentation_url: 'https://docs.github.com/rest' });

    const verdict = openApiValidator().validate(method, url, body);
    record.operationId = verdict.operationId;
    if (verdict.violations.length > 0) {
      this.violations.push(...verdict.violations);
      return send(422, { message: 'Validation Failed', errors: verdict.violations });
    }
    const [, , owner = '', name = ''] = url.pathname.split('/');
    const ctx: Ctx = { method, url, params: verdict.pathParams, body: (body ?? {}) as Record<string, unknown>, repo: this.repo(owner, name) };

    const rule = this.faults.find((f) => f.times > 0 && (!f.operationId || f.operationId === verdict.operationId) && (!f.method || f.method === method));
    if (rule) {
      rule.times--;
      const fault = rule.fault;
      if (fault.kind === 'secondary') {
        record.faulted = `secondary ${fault.status}`;
        return send(fault.status, { message: SECONDARY_MESSAGE, documentation_url: 'https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api#about-secondary-rate-limits' }, { 'retry-after': String(fault.retryAfter) });
      }
      record.faulted = `server ${fault.status}${fault.applied ? ' (applied)' : ''}`;
      if (fault.applied) {
        try {
          this.dispatch(verdict.operationId ?? '', ctx);
        } catch {
          // The write failed anyway; the client sees the server error either way.
        }
      }
      return send(fault.status, { message: 'Server Error' });
    }

    const isWrite = method !== 'GET' && method !== 'HEAD';
    if (isWrite && this.readOnly) {
      return send(403, { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest', status: '403' });
    }
    try {
      const out = this.dispatch(verdict.operationId ?? '', ctx);
      return send(out.status, out.data, out.headers);
    } catch (err) {
      if (err instanceof HttpError) return send(err.status, { message: err.message, documentation_url: 'https://docs.github.com/rest', ...err.extra });
      this.violations.push(`fake server error on ${method} ${url.pathname}: ${(err as Error).stack}`);
      return send(500, { message: 'fake server bug' });
    }
  }

  // -------------------------------------------------------------------------------------------

  private dispatch(operationId: string, ctx: Ctx): { status: number; data: unknown; headers?: Record<string, string> } {
    switch (operationId) {
      case 'issues/list-for-repo':
        return this.listIssues(ctx);
      case 'issues/create':
        return { status: 201, data: this.createIssue(ctx) };
      case 'issues/update':
        return { status: 200, data: this.updateIssue(ctx) };
      case 'issues/get': {
        const issue = this.mustIssue(ctx);
        return { status: 200, data: this.issueJson(ctx.repo, issue) };
      }
      case 'issues/create-comment':
        return { status: 201, data: this.comment(ctx) };
      case 'issues/list-comments': {
        const issue = this.mustIssue(ctx);
        return this.page(ctx, issue.comments.map((c) => this.commentJson(ctx.repo, issue, c)));
      }
      case 'issues/update-comment': {
        const id = Number(ctx.params.comment_id);
        for (const issue of ctx.repo.issues) {
          const c = issue.comments.find((x) => x.id === id);
          if (!c) continue;
          c.body = String(ctx.body.body ?? '');
          return { status: 200, data: this.commentJson(ctx.repo, issue, c) };
        }
        throw new HttpError(404, 'Not Found');
      }
      case 'issues/list-events': {
        const issue = this.mustIssue(ctx);
        return this.page(ctx, (issue.events ?? []).map((e, i) => this.eventJson(ctx.repo, issue, e, i)));
      }
      case 'issues/list-labels-for-repo':
        return this.page(ctx, ctx.repo.labels.map((l) => this.labelJson(ctx.repo, l)));
      case 'issues/create-label':
        return { status: 201, data: this.createLabel(ctx) };
      case 'checks/create':
        return { status: 201, data: this.createCheck(ctx) };
      case 'checks/update':
        return { status: 200, data: this.updateCheck(ctx) };
      default:
        this.violations.push(`operation ${operationId} is valid but the fake server does not implement it`);
        throw new HttpError(501, `not implemented by the fake: ${operationId}`);
    }
  }

  private page(ctx: Ctx, items: unknown[]): { status: number; data: unknown; headers?: Record<string, string> } {
    const perPage = Math.min(100, Number(ctx.url.searchParams.get('per_page') ?? 30));
    const pageNo = Number(ctx.url.searchParams.get('page') ?? 1);
    const last = Math.max(1, Math.ceil(items.length / perPage));
    const data = items.slice((pageNo - 1) * perPage, pageNo * perPage);
    const link = (p: number, rel: string): string => {
      const u = new URL(ctx.url.toString());
      u.searchParams.set('page', String(p));
      return `<${u.toString()}>; rel="${rel}"`;
    };
    const links: string[] = [];
    if (pageNo < last) links.push(link(pageNo + 1, 'next'), link(last, 'last'));
    if (pageNo > 1) links.push(link(1, 'first'), link(pageNo - 1, 'prev'));
    return { status: 200, data, ...(links.length > 0 ? { headers: { link: links.join(', ') } } : {}) };
  }

  private listIssues(ctx: Ctx): { status: number; data: unknown; headers?: Record<string, string> } {
    const q = ctx.url.searchParams;
    const state = q.get('state') ?? 'open';
    const labels = (q.get('labels') ?? '')
      .split(',')
      .map((l) => l.trim().toLowerCase())
      .filter((l) => l !== '');
    const direction = q.get('direction') ?? 'desc';
    let list = ctx.repo.issues.filter((i) => (state === 'all' || i.state === state) && labels.every((l) => i.labels.some((x) => x.toLowerCase() === l)));
    list = [...list].sort((a, b) => (direction === 'asc' ? a.number - b.number : b.number - a.number));
    return this.page(
      ctx,
      list.map((i) => this.issueJson(ctx.repo, i)),
    );
  }

  private mustIssue(ctx: Ctx): FakeIssue {
    const issue = ctx.repo.issue(Number(ctx.params.issue_number));
    if (!issue) throw new HttpError(404, 'Not Found');
    return issue;
  }

  private labelNames(ctx: Ctx, value: unknown): string[] {
    if (!Array.isArray(value)) return [];
    return value.map((l) => (typeof l === 'string' ? l : String((l as { name?: unknown }).name ?? ''))).filter((l) => l !== '');
  }

  private checkAssignees(ctx: Ctx, value: unknown): string[] {
    const logins = Array.isArray(value) ? value.map(String) : [];
    const bad = logins.filter((l) => !ctx.repo.collaborators.has(l));
    if (bad.length > 0) throw new HttpError(422, 'Validation Failed', { errors: [{ value: bad[0], resource: 'Issue', field: 'assignees', code: 'invalid' }] });
    return logins;
  }

  private createIssue(ctx: Ctx): unknown {
    const b = ctx.body;
    const title = String(b.title ?? '');
    if (title === '') throw new HttpError(422, 'Validation Failed', { errors: [{ resource: 'Issue', field: 'title', code: 'missing_field' }] });
    if (typeof b.body === 'string' && b.body.length > 65_536) throw new HttpError(422, 'Validation Failed', { errors: [{ resource: 'Issue', field: 'body', code: 'custom', message: 'body is too long (maximum is 65536 characters)' }] });
    const assignees = ctx.repo.dropLabelsOnCreate ? [] : this.checkAssignees(ctx, b.assignees);
    const labels = ctx.repo.dropLabelsOnCreate ? [] : this.labelNames(ctx, b.labels).map((l) => ctx.repo.ensureLabel(l).name);
    const issue = ctx.repo.seed({ title, body: typeof b.body === 'string' ? b.body : '', labels, assignees });
    return this.issueJson(ctx.repo, issue);
  }

  private updateIssue(ctx: Ctx): unknown {
    const issue = this.mustIssue(ctx);
    const b = ctx.body;
    if (typeof b.body === 'string' && b.body.length > 65_536) throw new HttpError(422, 'Validation Failed', { errors: [{ resource: 'Issue', field: 'body', code: 'custom' }] });
    const now = new Date().toISOString();
    if (typeof b.title === 'string') issue.title = b.title;
    if (typeof b.body === 'string') issue.body = b.body;
    if (b.labels !== undefined) issue.labels = this.labelNames(ctx, b.labels).map((l) => ctx.repo.ensureLabel(l).name);
    if (b.assignees !== undefined) issue.assignees = this.checkAssignees(ctx, b.assignees);
    if (b.state === 'closed' && issue.state === 'open') {
      issue.state = 'closed';
      issue.closed_at = now;
      (issue.events ??= []).push({ event: 'closed', created_at: now });
      issue.state_reason = (b.state_reason as FakeIssue['state_reason']) ?? 'completed';
    } else if (b.state === 'open' && issue.state === 'closed') {
      issue.state = 'open';
      issue.closed_at = null;
      issue.state_reason = 'reopened';
      (issue.events ??= []).push({ event: 'reopened', created_at: now });
    }
    issue.updated_at = now;
    return this.issueJson(ctx.repo, issue);
  }

  private comment(ctx: Ctx): unknown {
    const issue = this.mustIssue(ctx);
    const c: FakeComment = { id: this.ids++, body: String(ctx.body.body ?? ''), created_at: new Date().toISOString() };
    issue.comments.push(c);
    return this.commentJson(ctx.repo, issue, c);
  }

  private commentJson(repo: FakeRepo, issue: FakeIssue, c: FakeComment): unknown {
    return { id: c.id, node_id: `IC_${c.id}`, body: c.body, html_url: `https://github.com/${repo.owner}/${repo.name}/issues/${issue.number}#issuecomment-${c.id}`, created_at: c.created_at, updated_at: c.created_at, user: this.bot() };
  }

  private createLabel(ctx: Ctx): unknown {
    const name = String(ctx.body.name ?? '');
    if (ctx.repo.labels.some((l) => l.name.toLowerCase() === name.toLowerCase())) {
      throw new HttpError(422, 'Validation Failed', { errors: [{ resource: 'Label', code: 'already_exists', field: 'name' }] });
    }
    const label: FakeLabel = { id: 1000 + ctx.repo.labels.length, name, color: String(ctx.body.color ?? 'ededed'), description: typeof ctx.body.description === 'string' ? ctx.body.description : null };
    ctx.repo.labels.push(label);
    return this.labelJson(ctx.repo, label);
  }

  private createCheck(ctx: Ctx): unknown {
    const b = ctx.body;
    const output = (b.output ?? {}) as Record<string, unknown>;
    if (b.status === 'completed' && !b.conclusion) throw new HttpError(422, 'Validation Failed: conclusion is required when status is completed');
    const run: FakeCheckRun = {
      id: this.ids++,
      name: String(b.name),
      head_sha: String(b.head_sha),
      status: b.conclusion ? 'completed' : String(b.status ?? 'queued'),
      conclusion: (b.conclusion as string | undefined) ?? null,
      title: String(output.title ?? ''),
      summary: String(output.summary ?? ''),
      annotations: [...((output.annotations as Record<string, unknown>[] | undefined) ?? [])],
    };
    ctx.repo.checkRuns.push(run);
    return this.checkJson(ctx.repo, run);
  }

  private updateCheck(ctx: Ctx): unknown {
    const run = ctx.repo.checkRuns.find((c) => c.id === Number(ctx.params.check_run_id));
    if (!run) throw new HttpError(404, 'Not Found');
    const b = ctx.body;
    const output = b.output as Record<string, unknown> | undefined;
    if (output) {
      run.title = String(output.title ?? run.title);
      run.summary = String(output.summary ?? run.summary);
      run.annotations.push(...((output.annotations as Record<string, unknown>[] | undefined) ?? []));
    }
    if (b.conclusion) {
      run.status = 'completed';
      run.conclusion = String(b.conclusion);
    } else if (b.status) run.status = String(b.status);
    return this.checkJson(ctx.repo, run);
  }

  // -------------------------------------------------------------------------------------------
  // Response shapes (the fields GitHub returns that clients read)

  private bot(): Record<string, unknown> {
    return { login: 'github-actions[bot]', id: 41898282, type: 'Bot', site_admin: false };
  }

  private labelJson(repo: FakeRepo, l: FakeLabel): Record<string, unknown> {
    return { id: l.id, node_id: `LA_${l.id}`, url: `${this.url}/repos/${repo.owner}/${repo.name}/labels/${encodeURIComponent(l.name)}`, name: l.name, color: l.color, default: false, description: l.description };
  }

  private issueJson(repo: FakeRepo, i: FakeIssue): Record<string, unknown> {
    const api = `${this.url}/repos/${repo.owner}/${repo.name}/issues/${i.number}`;
    return {
      id: 500_000 + i.number,
      node_id: `I_${i.number}`,
      url: api,
      repository_url: `${this.url}/repos/${repo.owner}/${repo.name}`,
      html_url: `https://github.com/${repo.owner}/${repo.name}/${i.isPull ? 'pull' : 'issues'}/${i.number}`,
      number: i.number,
      state: i.state,
      state_reason: i.state_reason,
      title: i.title,
      body: i.body,
      user: this.bot(),
      labels: i.labels.map((n) => this.labelJson(repo, repo.ensureLabel(n))),
      assignee: i.assignees[0] ? { login: i.assignees[0] } : null,
      assignees: i.assignees.map((login) => ({ login })),
      locked: false,
      comments: i.comments.length,
      created_at: i.created_at,
      updated_at: i.updated_at,
      closed_at: i.closed_at,
      author_association: 'NONE',
      ...(i.isPull ? { pull_request: { url: `${this.url}/repos/${repo.owner}/${repo.name}/pulls/${i.number}` } } : {}),
    };
  }

  private eventJson(repo: FakeRepo, issue: FakeIssue, e: { event: string; created_at: string }, i: number): Record<string, unknown> {
    const id = issue.number * 1000 + i;
    return { id, node_id: `CE_${id}`, url: `${this.url}/repos/${repo.owner}/${repo.name}/issues/events/${id}`, actor: this.bot(), event: e.event, commit_id: null, commit_url: null, created_at: e.created_at };
  }

  private checkJson(repo: FakeRepo, c: FakeCheckRun): Record<string, unknown> {
    return {
      id: c.id,
      head_sha: c.head_sha,
      node_id: `CR_${c.id}`,
      url: `${this.url}/repos/${repo.owner}/${repo.name}/check-runs/${c.id}`,
      html_url: `https://github.com/${repo.owner}/${repo.name}/runs/${c.id}`,
      status: c.status,
      conclusion: c.conclusion,
      name: c.name,
      output: { title: c.title, summary: c.summary, text: null, annotations_count: c.annotations.length, annotations_url: '' },
    };
  }
}

export async function startFakeGitHub(): Promise<FakeGitHub> {
  return new FakeGitHub().start();
}

/**
 * One fake GitHub for a test file: started before its tests, closed after them, and after each
 * test every request checked (no OpenAPI violation) and the log and faults cleared.
 */
export function useFakeGitHub(): FakeGitHub {
  const gh = new FakeGitHub();
  beforeAll(async () => {
    await gh.start();
  });
  afterAll(async () => {
    await gh.close();
  });
  afterEach(() => {
    expect(gh.violations).toEqual([]);
    gh.reset();
  });
  return gh;
}
