import type { GitHubClient } from '../github/client.js';
import type { Repo } from '../github/labels.js';
import type { WriteThrottle } from '../github/writes.js';
import type { Problem } from '../model/types.js';
import { safeJson } from './escape.js';
import type { AlertState } from './state.js';
import { canonicalState, emptyState, parseState } from './state.js';
import type { StateStore } from './run.js';

// In issues mode the run already keeps its state on GitHub, so the alert state lives there too:
// in one comment of the tool's dashboard issue, a hidden marker followed by the state as JSON.
// The comment is its own, apart from the issue body (which the issues sync rewrites) and from any
// other tool block. The JSON is written with `<` and `>` as \u escapes, so no package name in a
// key can close the HTML comment early. A comment that changed nothing is not written.

export const ALERT_STATE_MARKER = '<!-- patchwarden:alerts v1 ';
const END = ' -->';
const NOTE = '<sub>patchwarden remembers here which alerts it has sent, so that it says each change once. Please leave this comment.</sub>';
/** GitHub refuses comment bodies over 65,536 characters. */
export const COMMENT_LIMIT = 65_536;

export function renderStateComment(state: AlertState): string {
  return `${ALERT_STATE_MARKER}${safeJson(canonicalState(state))}${END}\n${NOTE}\n`;
}

/** The state in a comment body: undefined when the body is not the tool's alert comment. */
export function readStateComment(body: string): { state: AlertState } | { error: string } | undefined {
  if (!body.startsWith(ALERT_STATE_MARKER)) return undefined;
  const end = body.indexOf(END, ALERT_STATE_MARKER.length);
  if (end < 0) return { error: 'the marker is not closed' };
  let value: unknown;
  try {
    value = JSON.parse(body.slice(ALERT_STATE_MARKER.length, end));
  } catch (err) {
    return { error: `not JSON (${(err as Error).message})` };
  }
  return parseState(value);
}

interface ListedComment {
  id: number;
  body?: string | null;
}

export interface IssueStoreOptions {
  client: GitHubClient;
  throttle: WriteThrottle;
  repo: Repo;
  issue: number;
  /** The state file: read while no comment exists yet, written when the state outgrows a comment. */
  fallback?: StateStore;
}

/** The state kept in a comment of `issue`; a state too large for a comment goes to the fallback, with a warning. */
export function issueStore(opts: IssueStoreOptions): StateStore {
  let comment: { id: number; body: string } | undefined;
  const where = `the alert comment on #${opts.issue}`;
  return {
    async load() {
      const problems: Problem[] = [];
      let comments: ListedComment[];
      try {
        comments = (await opts.client.paginate(opts.client.rest.issues.listComments, { ...opts.repo, issue_number: opts.issue, per_page: 100 })) as ListedComment[];
      } catch (err) {
        // Without the record, sending would repeat every alert: send nothing this run.
        return { problems: [{ level: 'warning', origin: 'notify', message: `${where} could not be read (${(err as Error).message}); no alerts are sent this run` }] };
      }
      for (const c of comments) {
        const got = readStateComment(c.body ?? '');
        if (got === undefined) continue;
        comment = { id: c.id, body: c.body ?? '' };
        if ('error' in got) {
          problems.push({ level: 'warning', origin: 'notify', message: `${where} is not a patchwarden alert state (${got.error}); starting afresh` });
          return { state: emptyState(), problems };
        }
        return { state: got.state, problems };
      }
      // No comment yet: what an earlier run kept in the state file still counts.
      return opts.fallback ? opts.fallback.load() : { state: emptyState(), problems };
    },
    async save(state) {
      const body = renderStateComment(state);
      if (body.length > COMMENT_LIMIT) {
        const problems = opts.fallback ? await opts.fallback.save(state) : [];
        return [{ level: 'warning', origin: 'notify', message: `the alert state (${body.length} characters) is over GitHub's comment limit; ${opts.fallback ? 'it is kept in the alert state file instead' : 'give an alert-state file to keep it'}` }, ...problems];
      }
      if (comment && comment.body === body) return [];
      try {
        if (comment) {
          const id = comment.id;
          await opts.throttle.write(`update ${where}`, () => opts.client.rest.issues.updateComment({ ...opts.repo, comment_id: id, body }));
        } else {
          const res = await opts.throttle.write(`write ${where}`, () => opts.client.rest.issues.createComment({ ...opts.repo, issue_number: opts.issue, body }));
          if (res) comment = { id: res.data.id, body };
        }
      } catch (err) {
        return [{ level: 'warning', origin: 'notify', message: `${where} could not be written (${(err as Error).message}); the next run may repeat this run's alerts` }];
      }
      return [];
    },
  };
}
