import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';

// What the run knows about its workflow, read from the runner's environment when asked (not at
// import, as @actions/github's `context` does, so one process can run the action twice). The
// event payload fields read here are those of GitHub's webhook schemas (pull_request,
// pull_request_target, push, schedule, workflow_dispatch, merge_group).

export interface PullRequestInfo {
  number: number;
  baseSha: string;
  headSha: string;
  baseRepo: string;
  /** `owner/name` of the head repository; undefined when the fork was deleted. */
  headRepo: string | undefined;
}

export interface RunContext {
  eventName: string;
  owner: string;
  repo: string;
  sha: string;
  ref: string;
  serverUrl: string;
  apiUrl: string;
  defaultBranch: string | undefined;
  pullRequest: PullRequestInfo | undefined;
  /** Problems reading the event payload (the run goes on without it). */
  warnings: string[];
}

interface PayloadRepo {
  full_name?: unknown;
  default_branch?: unknown;
}

interface PayloadPull {
  number?: unknown;
  base?: { sha?: unknown; repo?: PayloadRepo | null };
  head?: { sha?: unknown; repo?: PayloadRepo | null };
}

interface Payload {
  repository?: PayloadRepo;
  pull_request?: PayloadPull;
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

function readPayload(path: string | undefined, warnings: string[]): Payload {
  if (!path) return {};
  try {
    const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'));
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed as Payload;
    warnings.push(`event payload ${path} is not a JSON object; ignored`);
  } catch (err) {
    warnings.push(`event payload ${path} not read: ${(err as Error).message}`);
  }
  return {};
}

function pullRequestOf(payload: Payload): PullRequestInfo | undefined {
  const pr = payload.pull_request;
  if (!pr || typeof pr.number !== 'number') return undefined;
  const baseSha = str(pr.base?.sha);
  const headSha = str(pr.head?.sha);
  const baseRepo = str(pr.base?.repo?.full_name) ?? str(payload.repository?.full_name);
  if (!baseSha || !headSha || !baseRepo) return undefined;
  return { number: pr.number, baseSha, headSha, baseRepo, headRepo: str(pr.head?.repo?.full_name) };
}

export function readRunContext(env: NodeJS.ProcessEnv = process.env): RunContext {
  const warnings: string[] = [];
  const payload = readPayload(env.GITHUB_EVENT_PATH, warnings);
  const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? str(payload.repository?.full_name) ?? '/').split('/');
  return {
    eventName: env.GITHUB_EVENT_NAME ?? '',
    owner,
    repo,
    sha: env.GITHUB_SHA ?? '',
    ref: env.GITHUB_REF ?? '',
    serverUrl: (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, ''),
    apiUrl: (env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/+$/, ''),
    defaultBranch: str(payload.repository?.default_branch),
    pullRequest: pullRequestOf(payload),
    warnings,
  };
}

/**
 * Why the workflow token is read-only before any write is tried: a `pull_request` run from a
 * fork (or from a deleted fork) gets a read-only token. `pull_request_target` runs in the base
 * repository's context with its token, so it is not read-only for that reason.
 */
export function forkReadOnly(ctx: RunContext): string | undefined {
  const pr = ctx.pullRequest;
  if (ctx.eventName !== 'pull_request' || !pr) return undefined;
  if (pr.headRepo === undefined) return 'the pull request comes from a deleted fork, so the token is read-only';
  if (pr.headRepo.toLowerCase() !== pr.baseRepo.toLowerCase()) return 'the pull request comes from a fork, so the token is read-only';
  return undefined;
}

/** The commit that lines should link to and check runs should attach to. */
export function headSha(ctx: RunContext): string {
  return ctx.pullRequest?.headSha ?? ctx.sha;
}

/**
 * The root of the repository the scanned folder belongs to: the nearest folder at or above it
 * with a `.git` entry, up to the workspace (a checkout into `path: head` has its root there).
 * Annotations, links, SARIF and CODEOWNERS all want paths relative to it, not to the workspace.
 */
export function repositoryRoot(scanned: string, workspace: string): string {
  const top = resolve(workspace);
  let dir = resolve(scanned);
  for (;;) {
    if (existsSync(resolve(dir, '.git'))) return dir;
    const rel = relative(top, dir);
    if (rel === '' || rel.startsWith('..') || dir === dirname(dir)) return top;
    dir = dirname(dir);
  }
}

/** `scanned` relative to `root`, `/`-separated ('' when they are the same or unrelated). */
export function relativePrefix(root: string, scanned: string): string {
  const rel = relative(root, scanned).split(sep).join('/');
  return rel.startsWith('..') ? '' : rel;
}
