import type { Annotation } from '../report/annotations.js';
import type { GitHubClient } from './client.js';
import type { Repo } from './labels.js';
import type { WriteThrottle } from './writes.js';

// A step's workflow commands show at most 10 errors and 10 warnings. Past that, the annotations
// go on a check run, which takes 50 per request: the run is created with the first 50, each
// further 50 is a PATCH, and the last PATCH completes it. If the token may not write checks,
// nothing is sent and the caller lists the rest in the job summary.

export const COMMAND_LIMIT = 10;
export const CHECK_BATCH = 50;
/** More than this many annotations helps nobody; the rest are in the summary and the JSON report. */
export const CHECK_MAX = 1000;

/** Whether workflow commands can show every annotation (at most 10 of each level). */
export function fitsInCommands(annotations: readonly Annotation[]): boolean {
  return annotations.filter((a) => a.level === 'error').length <= COMMAND_LIMIT && annotations.filter((a) => a.level === 'warning').length <= COMMAND_LIMIT;
}

/** The first 10 of each level, as workflow commands show them, and the rest. */
export function splitForCommands(annotations: readonly Annotation[]): { shown: Annotation[]; rest: Annotation[] } {
  const seen = { error: 0, warning: 0 };
  const shown: Annotation[] = [];
  const rest: Annotation[] = [];
  for (const a of annotations) {
    if (seen[a.level] < COMMAND_LIMIT) {
      seen[a.level]++;
      shown.push(a);
    } else rest.push(a);
  }
  return { shown, rest };
}

export interface CheckRunInput {
  client: GitHubClient;
  throttle: WriteThrottle;
  repo: Repo;
  headSha: string;
  name: string;
  title: string;
  /** Markdown, already escaped (the job summary's text). */
  summary: string;
  conclusion: 'success' | 'neutral' | 'failure';
  annotations: readonly Annotation[];
}

export interface CheckRunResult {
  /** Annotations the check run carries. */
  posted: Annotation[];
  /** Those it could not carry (over CHECK_MAX, or none at all when writes are off). */
  rest: Annotation[];
  url?: string;
}

const SUMMARY_MAX = 65_000;

function toCheck(a: Annotation): { path: string; start_line: number; end_line: number; annotation_level: 'failure' | 'warning'; title: string; message: string } {
  return { path: a.file, start_line: a.line, end_line: a.line, annotation_level: a.level === 'error' ? 'failure' : 'warning', title: a.title.slice(0, 255), message: a.message.slice(0, 64_000) };
}

export async function publishCheckRun(input: CheckRunInput): Promise<CheckRunResult> {
  const { client, throttle, repo } = input;
  const posted = input.annotations.slice(0, CHECK_MAX);
  const overflow = input.annotations.slice(CHECK_MAX);
  const batches: Annotation[][] = [];
  for (let i = 0; i < posted.length; i += CHECK_BATCH) batches.push(posted.slice(i, i + CHECK_BATCH));
  const output = (batch: readonly Annotation[] | undefined) => ({
    title: input.title,
    summary: input.summary.length > SUMMARY_MAX ? `${input.summary.slice(0, SUMMARY_MAX)}\n\n…(cut; the job summary has it all)` : input.summary,
    ...(batch && batch.length > 0 ? { annotations: batch.map(toCheck) } : {}),
  });
  const last = batches.length <= 1;
  const created = await throttle.write('create check run', () =>
    client.rest.checks.create({
      ...repo,
      name: input.name,
      head_sha: input.headSha,
      ...(last ? { status: 'completed' as const, conclusion: input.conclusion } : { status: 'in_progress' as const }),
      output: output(batches[0]),
    }),
  );
  if (!created) return { posted: [], rest: [...input.annotations] };
  const id = created.data.id;
  for (let i = 1; i < batches.length; i++) {
    const final = i === batches.length - 1;
    const done = await throttle.write(`check run annotations ${i + 1}/${batches.length}`, () =>
      client.rest.checks.update({
        ...repo,
        check_run_id: id,
        ...(final ? { status: 'completed' as const, conclusion: input.conclusion } : {}),
        output: output(batches[i]),
      }),
    );
    if (!done) return { posted: batches.slice(0, i).flat(), rest: [...batches.slice(i).flat(), ...overflow], url: created.data.html_url ?? undefined };
  }
  return { posted, rest: overflow, url: created.data.html_url ?? undefined };
}
