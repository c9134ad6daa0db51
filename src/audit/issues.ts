import { dayOf, formatDay } from '../evaluate/dates.js';
import type { GitHubClient } from '../github/client.js';
import type { HistoryBlock, HistoryEntry } from '../github/issue-history.js';
import { parseHistoryBlock } from '../github/issue-history.js';
import { parseMarker } from '../github/issue-render.js';
import type { FindingStatus, Problem, SeverityLabel } from '../model/types.js';
import type { Episode, FindingLife, StatusSample } from './history.js';
import type { History } from './index.js';

// The history a scheduled workflow already keeps: its issues. Every issue with the tool's label
// (all states, every page) whose first line is the tool's marker is one package; its open,
// close and reopen times (the issue events API) are the finding's episodes, and the history
// block on its second line says, per advisory, the severity, clock, deadline and exception.
// Issues made before the block existed are read from their advisories table and counted apart.

const ORIGIN = 'audit/issues';

export interface IssueHistoryOptions {
  client: GitHubClient;
  repo: { owner: string; repo: string };
  /** The tool's label (the action's first `labels` entry). */
  label: string;
}

interface ListedIssue {
  number: number;
  body?: string | null;
  state: string;
  created_at: string;
  closed_at: string | null;
  pull_request?: unknown;
}

interface IssueEvent {
  event: string;
  created_at: string;
}

const day = (iso: string): string => formatDay(dayOf(iso)!);

/** Open stretches of an issue from its creation and its closed/reopened events. */
export function episodesOf(issue: ListedIssue, events: readonly IssueEvent[]): Episode[] {
  const episodes: Episode[] = [{ opened: day(issue.created_at), resolved: null }];
  const sorted = events.filter((e) => e.event === 'closed' || e.event === 'reopened').sort((a, b) => (a.created_at < b.created_at ? -1 : 1));
  for (const e of sorted) {
    const last = episodes[episodes.length - 1]!;
    if (e.event === 'closed' && last.resolved === null) last.resolved = day(e.created_at);
    else if (e.event === 'reopened' && last.resolved !== null) episodes.push({ opened: day(e.created_at), resolved: null });
  }
  // An issue closed without a readable event (events beyond what the API keeps) ends at closed_at.
  const last = episodes[episodes.length - 1]!;
  if (issue.state === 'closed' && last.resolved === null && issue.closed_at) last.resolved = day(issue.closed_at);
  return episodes;
}

/**
 * The statuses the audit judges the issue's advisory by: its status from the first day, except
 * that an exception applies until its expiry and the advisory's last status after it.
 */
function samplesOf(e: HistoryEntry, first: string): StatusSample[] {
  const status: FindingStatus = e.status === 'excepted' && !e.exception ? 'within' : e.status;
  if (!e.exception) return [{ day: first, status, deadline: e.deadline }];
  const expires = e.exception.expires.slice(0, 10);
  const out: StatusSample[] = [];
  if (first <= expires) out.push({ day: first, status: 'excepted', deadline: e.deadline });
  const after = dayOf(expires);
  if (after !== undefined && status !== 'excepted') out.push({ day: formatDay(Math.max(after + 1, dayOf(first)!)), status, deadline: e.deadline });
  return out;
}

function lifeFromEntry(repository: string, issue: ListedIssue, block: HistoryBlock, e: HistoryEntry, episodes: Episode[]): FindingLife {
  const first = episodes[0]!.opened;
  const last = episodes[episodes.length - 1]!;
  const life: FindingLife = {
    key: [repository, block.ecosystem, block.name, e.id].join('\u0000'),
    repository,
    kind: (e.kind as FindingLife['kind']) ?? 'vulnerability',
    ecosystem: block.ecosystem,
    name: block.name,
    purl: block.purl ?? '',
    version: e.version ?? '',
    layer: e.layer ?? 'library',
    advisoryId: e.id,
    ids: [e.id, ...(e.aliases ?? [])],
    summary: '',
    published: e.published ?? null,
    severity: e.severity,
    clockStart: e.clockStart,
    clockBasis: e.basis ?? 'published',
    deadline: e.deadline,
    fixedVersion: null,
    locations: e.file ? [{ file: e.file, line: e.line ?? 1 }] : [],
    policy: { apiVersion: '', name: block.policy?.name ?? '', version: block.policy?.version ?? '', digest: block.policy?.digest ?? '' },
    firstSeen: first,
    lastSeen: last.resolved ?? first,
    episodes: episodes.map((x) => ({ ...x })),
    samples: samplesOf(e, first),
    origin: 'issue',
  };
  if (e.exception) life.exception = { index: -1, ...e.exception };
  return life;
}

const SEVERITIES = new Set(['critical', 'high', 'medium', 'low']);
const unescape = (s: string): string => s.replace(/\\(.)/g, '$1').trim();

/** An issue made before the history block: package from its heading, advisories from its table; no clock or exception. */
export function livesFromBody(repository: string, issue: ListedIssue, episodes: Episode[]): FindingLife[] {
  const body = (issue.body ?? '').replace(/\r\n?/g, '\n');
  const heading = /^## `+ ?(.+?) ?`+ \((.+?)\):/m.exec(body);
  if (!heading) return [];
  const name = heading[1]!;
  const ecosystem = unescape(heading[2]!);
  const lives: FindingLife[] = [];
  const row = /^\| (?:\[(.+?)\]\(https:[^)\s]*\)|([^|[]+?))(?: \([^|]*\))? \| (critical|high|medium|low) \| `+ ?(.+?) ?`+ \| [^|]*\| (\d{4}-\d{2}-\d{2}|–) \| [^|]*\| (overdue|due-soon|within|no-fix|excepted) \|/gm;
  for (const m of body.matchAll(row)) {
    const id = unescape(m[1] ?? m[2] ?? '');
    if (!SEVERITIES.has(m[3]!)) continue;
    const deadline = m[5] === '–' ? null : m[5]!;
    const block: HistoryBlock = { v: 1, ecosystem, name, purl: '', policy: { name: '', version: '', digest: '' }, entries: [] };
    const e: HistoryEntry = { id, aliases: [], kind: 'vulnerability', severity: m[3] as SeverityLabel, layer: 'library', version: m[4]!, clockStart: null, basis: 'unknown', deadline, published: null, status: m[6] as FindingStatus, firstSeen: episodes[0]!.opened };
    const life = lifeFromEntry(repository, issue, block, e, episodes);
    life.origin = 'issue-body';
    lives.push(life);
  }
  return lives;
}

/** Reads every tool-managed issue of the repository into finding lives. */
export async function historyFromIssues(opts: IssueHistoryOptions): Promise<History> {
  const { client, repo, label } = opts;
  const repository = `${repo.owner}/${repo.repo}`;
  const problems: Problem[] = [];
  const lives: FindingLife[] = [];
  const issues = (await client.paginate(client.rest.issues.listForRepo, { ...repo, labels: label, state: 'all', per_page: 100 })) as ListedIssue[];
  for (const issue of issues) {
    if (issue.pull_request) continue;
    const marker = parseMarker(issue.body);
    if (!marker || marker.kind !== 'issue') continue;
    const events = (await client.paginate(client.rest.issues.listEvents, { ...repo, issue_number: issue.number, per_page: 100 })) as IssueEvent[];
    const episodes = episodesOf(issue, events);
    const block = parseHistoryBlock(issue.body ?? '');
    if (block === 'invalid') problems.push({ level: 'warning', origin: ORIGIN, file: `#${issue.number}`, message: 'the history block cannot be read; the issue is read from its text' });
    if (block && block !== 'invalid') {
      for (const e of block.entries) lives.push(lifeFromEntry(repository, issue, block, e, episodes));
    } else {
      const found = livesFromBody(repository, issue, episodes);
      if (found.length === 0) problems.push({ level: 'warning', origin: ORIGIN, file: `#${issue.number}`, message: 'no history block and no advisories table: left out of the audit' });
      lives.push(...found);
    }
  }
  return { observations: [], lives, problems };
}
