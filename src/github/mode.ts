import type { RunContext } from './context.js';

// What the run does with GitHub. `auto` picks from the event: a pull request (or a merge queue
// run) is annotated and gated; a schedule, a manual dispatch or a push to the default branch
// keeps the issues in step; anything else only reports.

export type Mode = 'annotate' | 'issues' | 'report' | 'audit';
export type ModeInput = Mode | 'auto';
export const MODE_INPUTS: readonly ModeInput[] = ['auto', 'annotate', 'issues', 'report', 'audit'];

export interface ResolvedMode {
  mode: Mode;
  reason: string;
}

export function resolveMode(input: ModeInput, ctx: RunContext): ResolvedMode {
  if (input !== 'auto') return { mode: input, reason: `mode: ${input}` };
  const event = ctx.eventName;
  if (event === 'pull_request' || event === 'pull_request_target' || event === 'merge_group') {
    return { mode: 'annotate', reason: `auto: ${event} event` };
  }
  if (event === 'schedule' || event === 'workflow_dispatch') return { mode: 'issues', reason: `auto: ${event} event` };
  if (event === 'push') {
    if (ctx.defaultBranch && ctx.ref === `refs/heads/${ctx.defaultBranch}`) return { mode: 'issues', reason: 'auto: push to the default branch' };
    return { mode: 'report', reason: `auto: push to ${ctx.ref || 'a ref'} that is not the default branch` };
  }
  return { mode: 'report', reason: `auto: ${event || 'unknown'} event` };
}
