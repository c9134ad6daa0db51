import { appendFileSync, existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as core from '@actions/core';
import { check, namedHelmValues } from '../check.js';
import { exclusion } from '../discover/index.js';
import { realRoot } from '../discover/read.js';
import { resolvePolicy } from '../evaluate/policy/resolved.js';
import type { ResolvedPolicy } from '../evaluate/policy/types.js';
import type { Problem } from '../model/types.js';
import type { DeliveryOptions } from '../notify/deliver.js';
import type { Annotation } from '../report/annotations.js';
import { annotationsFor } from '../report/annotations.js';
import { code } from '../report/escape.js';
import { renderJsonChunks } from '../report/json.js';
import { writeChunksToFile } from '../report/write.js';
import type { MarkdownOptions } from '../report/markdown.js';
import { renderMarkdown } from '../report/markdown.js';
import type { Report } from '../report/model.js';
import { coverageProperties } from '../report/coverage.js';
import { renderSarifChunks } from '../report/sarif.js';
import { fitsInCommands, publishCheckRun, splitForCommands } from './checks.js';
import type { ClientLog, ClientTuning } from './client.js';
import { messageOf } from './errors.js';
import { CHANNELS } from '../notify/registry.js';
import type { StateStore } from '../notify/run.js';
import type { RunContext } from './context.js';
import { forkReadOnly, headSha, readRunContext, relativePrefix, repositoryRoot } from './context.js';
import type { ActionInputs } from './inputs.js';
import { envInputs, InputError, readInputs } from './inputs.js';
import type { SyncResult } from './issues.js';
import type { RepoLinks } from './links.js';
import { blobUrl, locationLink } from './links.js';
import type { Mode } from './mode.js';
import { resolveMode } from './mode.js';
import type { Clock, PacerOptions } from './pacer.js';
import { Pacer, systemClock } from './pacer.js';
import { WriteThrottle } from './writes.js';

// The action's body: inputs in, check(), then by mode the annotations (and a check run past the
// per-step limit), the issues, the SARIF file, the job summary, outputs and the gate. Kept apart
// from action.ts so tests can drive it in-process as the runner does, through INPUT_* variables
// and the GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files, with a virtual clock for the pacing.

// Octokit and its plugins are a large share of the bundle; a run that writes nothing to GitHub
// (report mode, a fork's pull request) never loads them.
const loadClient = (): Promise<typeof import('./client.js')> => import('./client.js');

// Named functions rather than the `core` namespace itself: a namespace passed as a value keeps
// every export of @actions/core in the bundle, OIDC client and undici included.
const CLIENT_LOG: ClientLog = { warning: (m) => core.warning(m), debug: (m) => core.debug(m) };

export interface ActionDeps {
  /** Pacing and backoff sleeps; the system clock by default. */
  clock?: Clock;
  /** Client retry timings (tests shrink them). */
  tuning?: ClientTuning;
  pacing?: Omit<PacerOptions, 'clock'>;
  /** The current time when the `now` input is not given. */
  now?: () => Date;
  /** Alert delivery pacing and retry timings (tests shrink them). */
  alertDelivery?: DeliveryOptions;
}

interface Outcome {
  sections: string[];
  unannotated: Annotation[];
  /** Failures that should fail the step (writes that failed after retries). */
  failures: string[];
}

/** Policy problems that stop the run: each as an error annotation at its line, then the step fails. */
function failOnPolicy(problems: readonly Problem[], why: string): void {
  for (const p of problems) {
    core.error(p.message, { ...(p.file ? { file: p.file } : {}), ...(p.line ? { startLine: p.line } : {}), title: `patchwarden ${p.origin}` });
  }
  core.setFailed(`patchwarden: ${why}`);
}

function emit(a: Annotation): void {
  const props = { title: a.title, file: a.file, startLine: a.line };
  if (a.level === 'error') core.error(a.message, props);
  else core.warning(a.message, props);
}

/** Every located error and warning is an annotation on its line (as the CLI prints it as file:line:col); an error without a place is a plain error. */
function emitProblems(report: Report, prefix: string): void {
  for (const p of report.problems) {
    if (p.level === 'notice') continue;
    const file = p.file && !p.file.startsWith('/') ? (prefix ? `${prefix}/${p.file}` : p.file) : undefined;
    if (!file && p.level !== 'error') continue;
    const props = { title: `patchwarden ${p.origin}`, ...(file ? { file } : {}), ...(file && p.line ? { startLine: p.line } : {}), ...(file && p.line && p.column ? { startColumn: p.column } : {}) };
    if (p.level === 'error') core.error(p.message, props);
    else core.warning(p.message, props);
  }
}

function gateFailsStep(mode: Mode, inputs: ActionInputs): boolean {
  // A scheduled issues run reports through its issues; it fails on the gate only when asked to.
  return mode !== 'issues' || inputs.failOn !== undefined;
}

function checkConclusion(report: Report): 'success' | 'neutral' | 'failure' {
  if (report.summary.gate === 'fail') return 'failure';
  // A run that left something unchecked is never shown as a success.
  if (report.summary.gate === 'incomplete') return report.coverage.missingData === 'fail' ? 'failure' : 'neutral';
  return report.summary.overdue + report.summary.dueSoon > 0 ? 'neutral' : 'success';
}

function issueSection(r: SyncResult): string {
  const refs = (list: SyncResult['created']): string => list.map((i) => `#${i.number}`).join(', ');
  const lines = ['### Issues', ''];
  lines.push(`| Created | Reopened | Updated | Closed | Unchanged | Deferred (cap) | Left closed (not planned) |`);
  lines.push('| ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  lines.push(`| ${r.created.length} | ${r.reopened.length} | ${r.updated.length} | ${r.closed.length} | ${r.unchanged} | ${r.deferred.length} | ${r.dismissed.length} |`);
  lines.push('');
  if (r.created.length > 0) lines.push(`Created: ${refs(r.created)}.`);
  if (r.reopened.length > 0) lines.push(`Reopened: ${refs(r.reopened)}.`);
  if (r.closed.length > 0) lines.push(`Closed: ${refs(r.closed)}.`);
  if (r.deferred.length > 0) lines.push(`${r.deferred.length} more package(s) qualify; they are opened by the next runs (raise \`max-issues\` to open more at once).`);
  if (r.dashboard) lines.push(`Dashboard: #${r.dashboard.number}.`);
  if (r.readOnly) lines.push(`GitHub writes were skipped: ${code(r.readOnly)}.`);
  for (const f of r.failed) lines.push(`- failed: ${code(f.what)}: ${code(f.error)}`);
  return lines.join('\n');
}

async function annotate(report: Report, inputs: ActionInputs, ctx: RunContext, mode: Mode, prefix: string, throttle: () => WriteThrottle | undefined, deps: ActionDeps, out: Outcome): Promise<void> {
  const all = annotationsFor(report, prefix);
  if (fitsInCommands(all)) {
    all.forEach(emit);
    return;
  }
  const writes = mode === 'annotate' && inputs.checkRun ? throttle() : undefined;
  if (writes) {
    try {
      const client = (await loadClient()).createClient({ token: inputs.token!, log: CLIENT_LOG, ...deps.tuning });
      const result = await publishCheckRun({
        client,
        throttle: writes,
        repo: { owner: ctx.owner, repo: ctx.repo },
        headSha: headSha(ctx),
        name: 'patchwarden',
        title: `${report.summary.overdue} overdue, ${report.summary.dueSoon} due soon`,
        summary: renderMarkdown(report),
        conclusion: checkConclusion(report),
        annotations: all,
      });
      if (result.posted.length > 0) {
        out.sections.push(`${result.posted.length} annotation(s) are on the check run${result.url ? ` ${result.url}` : ''}.`);
        out.unannotated.push(...result.rest);
        return;
      }
    } catch (err) {
      core.warning(`patchwarden: the check run could not be written (${messageOf(err)}); the annotations that do not fit the step are listed in the summary`);
    }
  }
  const { shown, rest } = splitForCommands(all);
  shown.forEach(emit);
  out.unannotated.push(...rest);
}

interface IssuesRun {
  inputs: ActionInputs;
  ctx: RunContext;
  links: RepoLinks;
  repoRoot: string;
  throttle: WriteThrottle;
  deps: ActionDeps;
  out: Outcome;
}

async function keepIssues(report: Report, run: IssuesRun): Promise<SyncResult | undefined> {
  const { inputs, ctx, deps, out } = run;
  // Loaded by the runs that keep issues: the issue renderer reads every version scheme.
  const [{ syncIssues }, { loadCodeowners, ownersOf }] = await Promise.all([import('./issues.js'), import('./codeowners.js')]);
  const codeowners = inputs.assignOwners ? loadCodeowners(run.repoRoot) : undefined;
  if (inputs.assignOwners && !codeowners) core.notice('patchwarden: assign-owners is on but no CODEOWNERS file was found; issues are left unassigned');
  for (const p of codeowners?.problems ?? []) {
    const say = p.level === 'notice' ? core.notice : core.warning;
    say(`patchwarden: ${p.file}${p.line ? `:${p.line}` : ''}: ${p.message}`);
  }
  let synced: SyncResult;
  try {
    synced = await syncIssues(report, {
      client: (await loadClient()).createClient({ token: inputs.token!, log: CLIENT_LOG, ...deps.tuning }),
      throttle: run.throttle,
      repo: { owner: ctx.owner, repo: ctx.repo },
      render: { links: run.links, policy: report.policy, today: report.now.slice(0, 10), labels: inputs.labels },
      issueOn: inputs.issueOn,
      maxIssues: inputs.maxIssues,
      dashboard: inputs.dashboard,
      ...(codeowners ? { owners: (path: string) => ownersOf(codeowners, path) } : {}),
      log: { notice: (m) => core.notice(m), warning: (m) => core.warning(m), info: (m) => core.info(m) },
      ...(deps.tuning?.retryBaseMs !== undefined ? { retryBaseMs: deps.tuning.retryBaseMs } : {}),
    });
  } catch (err) {
    // Listing the issues failed (after retries): nothing was written; the summary still goes out.
    out.sections.push(`### Issues\n\nThe issues could not be read: ${code(messageOf(err))}. Nothing was changed.`);
    out.failures.push(`the issues could not be read (${messageOf(err)})`);
    return undefined;
  }
  out.sections.push(issueSection(synced));
  if (synced.failed.length > 0) out.failures.push(`${synced.failed.length} GitHub write(s) failed; the next run picks up where this one stopped`);
  core.setOutput('issues-created', synced.created.length);
  core.setOutput('issues-updated', synced.updated.length + synced.reopened.length);
  core.setOutput('issues-closed', synced.closed.length);
  return synced;
}

const ALERT_SECRET_INPUTS = [...Object.keys(CHANNELS).map((type) => `alert-${type}`), 'alert-webhook-secret'];

interface AlertRun {
  inputs: ActionInputs;
  ctx: RunContext;
  links: RepoLinks;
  repoRoot: string;
  deps: ActionDeps;
  /** Issues mode with a dashboard: the alert state is kept in a comment of that issue. */
  dashboard?: { number: number; throttle: WriteThrottle };
}

async function alert(report: Report, policy: ResolvedPolicy, run: AlertRun): Promise<void> {
  const { inputs, ctx, links, repoRoot, deps } = run;
  const env: NodeJS.ProcessEnv = { ...process.env, ...(inputs.webhookSecret ? { PATCHWARDEN_WEBHOOK_SECRET: inputs.webhookSecret } : {}) };
  // An owner's channel URL comes from a variable the policy names: masked like the inputs.
  for (const o of policy.settings.owners ?? []) for (const v of Object.values(o.alerts ?? {})) if (v && env[v]) core.setSecret(env[v]);
  const runId = process.env.GITHUB_RUN_ID;
  // Loaded by the runs that alert: the channels, their state stores and the HTTP delivery.
  const [{ fileStore, sendAlerts }, { issueStore }] = await Promise.all([import('../notify/run.js'), import('../notify/issue-state.js')]);
  const file = inputs.alertState ? fileStore(inputs.alertState) : undefined;
  let store: StateStore | undefined = file;
  if (run.dashboard && inputs.token) {
    const client = (await loadClient()).createClient({ token: inputs.token, log: CLIENT_LOG, ...deps.tuning });
    store = issueStore({ client, throttle: run.dashboard.throttle, repo: { owner: ctx.owner, repo: ctx.repo }, issue: run.dashboard.number, ...(file ? { fallback: file } : {}) });
  }
  const { result, problems } = await sendAlerts({
    report,
    policy,
    channels: inputs.alerts,
    ...(store ? { store } : {}),
    digest: inputs.alertDigest,
    gate: true,
    env,
    repoRoot,
    prefix: links.prefix,
    context: {
      ...(ctx.owner && ctx.repo ? { repository: `${ctx.owner}/${ctx.repo}` } : {}),
      ...(runId && /^\d+$/.test(runId) && ctx.owner ? { runUrl: `${ctx.serverUrl}/${encodeURIComponent(ctx.owner)}/${encodeURIComponent(ctx.repo)}/actions/runs/${runId}` } : {}),
      fileUrl: (file, line) => blobUrl(links, file, line),
    },
    ...(deps.alertDelivery ? { delivery: deps.alertDelivery } : {}),
  });
  for (const p of problems) core.warning(`patchwarden: ${p.message}`);
  if (result) {
    const sent = result.channels.reduce((n, c) => n + c.transitions, 0);
    core.setOutput('alerts-sent', sent);
    if (sent > 0) core.info(`patchwarden: ${sent} alert(s) sent (${result.channels.filter((c) => c.transitions > 0).map((c) => `${c.label}: ${c.transitions}`).join(', ')})`);
  }
}

function auditStep(inputs: ActionInputs, ctx: RunContext, env: NodeJS.ProcessEnv) {
  const temp = env.RUNNER_TEMP ?? inputs.workspace;
  return {
    repo: { owner: ctx.owner, repo: ctx.repo },
    label: inputs.labels[0]!,
    now: inputs.now,
    cadence: inputs.auditIssue,
    ...(inputs.auditPeriod ? { period: inputs.auditPeriod } : {}),
    ...(inputs.auditReports ? { reports: inputs.auditReports } : {}),
    jsonFile: join(temp, 'patchwarden-audit.json'),
    htmlFile: join(temp, 'patchwarden-audit.html'),
    ...(env.GITHUB_STEP_SUMMARY ? { summaryFile: env.GITHUB_STEP_SUMMARY } : {}),
    log: { info: (m: string) => core.info(m), warning: (m: string) => core.warning(m) },
  };
}

/** `mode: audit`: no check; the audit of the period from the repository's issues (and `audit-reports`). */
async function auditMode(inputs: ActionInputs, ctx: RunContext, deps: ActionDeps, env: NodeJS.ProcessEnv): Promise<void> {
  if (!inputs.token && !inputs.auditReports) throw new InputError('mode audit: needs github-token (the history is the issues) or audit-reports (a folder of past JSON reports)');
  const { runAuditStep } = await import('../audit/action.js');
  const step = auditStep(inputs, ctx, env);
  const client = inputs.token ? (await loadClient()).createClient({ token: inputs.token, log: CLIENT_LOG, ...deps.tuning }) : undefined;
  const throttle = client ? new WriteThrottle(new Pacer({ ...deps.pacing, clock: deps.clock ?? systemClock }), (m) => core.notice(m), forkReadOnly(ctx)) : undefined;
  const result = await runAuditStep({ ...step, ...(client ? { client } : {}), ...(throttle ? { throttle } : {}), ...(deps.tuning?.retryBaseMs !== undefined ? { retryBaseMs: deps.tuning.retryBaseMs } : {}) });
  core.setOutput('mode', 'audit');
  core.setOutput('audit-period', result.period.label);
  core.setOutput('audit-file', step.jsonFile);
  core.setOutput('audit-html', step.htmlFile);
  core.setOutput('overdue', result.overdue);
  if (result.issue?.number !== undefined) core.setOutput('audit-issue', result.issue.number);
}

async function fileScheduledAudit(inputs: ActionInputs, ctx: RunContext, deps: ActionDeps, throttle: WriteThrottle): Promise<void> {
  const { scheduledAuditIssue } = await import('../audit/action.js');
  const client = (await loadClient()).createClient({ token: inputs.token!, log: CLIENT_LOG, ...deps.tuning });
  try {
    const filed = await scheduledAuditIssue({ ...auditStep(inputs, ctx, process.env), client, throttle, ...(deps.tuning?.retryBaseMs !== undefined ? { retryBaseMs: deps.tuning.retryBaseMs } : {}) });
    if (filed?.number !== undefined) {
      core.info(`patchwarden: audit issue #${filed.number} ${filed.action}`);
      core.setOutput('audit-issue', filed.number);
    }
  } catch (err) {
    core.warning(`patchwarden: the scheduled audit issue could not be filed (${messageOf(err)}); the next scheduled run tries again`);
  }
}

export async function runAction(deps: ActionDeps = {}): Promise<void> {
  try {
    const env = process.env;
    // Webhook URLs and the secret are masked before anything can log them.
    for (const name of ALERT_SECRET_INPUTS) for (const v of (envInputs(env)(name) ?? '').split('\n')) if (v.trim()) core.setSecret(v.trim());
    if (env.PATCHWARDEN_WEBHOOK_SECRET) core.setSecret(env.PATCHWARDEN_WEBHOOK_SECRET);
    const inputs = readInputs(envInputs(env), env, deps.now ?? (() => new Date()));
    const ctx = readRunContext(env);
    for (const w of ctx.warnings) core.warning(`patchwarden: ${w}`);
    // Checking another repository (an organisation-wide matrix): its issues, its commit. The
    // workflow's own pull request, if any, is not that repository's.
    if (inputs.repository) Object.assign(ctx, inputs.repository, { pullRequest: undefined });
    if (inputs.commit) {
      ctx.sha = inputs.commit;
      if (ctx.pullRequest) ctx.pullRequest.headSha = inputs.commit;
    }
    const { mode, reason } = resolveMode(inputs.mode, ctx);
    core.info(`patchwarden: ${reason}`);
    if (mode === 'audit') {
      await auditMode(inputs, ctx, deps, env);
      return;
    }
    if (mode === 'issues' && !inputs.token) throw new InputError('input github-token: required in issues mode (the default is the workflow token)');

    // A pull request judged by its own .github/patchwarden.yml could loosen its own gate; with a
    // checkout of the base commit and no policy named in the workflow, the base's policy rules.
    // The head's policy must still load: once merged, every run would stop on it.
    const policyRoot = mode === 'annotate' && ctx.pullRequest && !inputs.policy && inputs.basePath && existsSync(inputs.basePath) ? inputs.basePath : undefined;
    const headPolicy = policyRoot === undefined ? undefined : await resolvePolicy({ root: realRoot(inputs.root) });
    if (headPolicy && !headPolicy.policy) {
      failOnPolicy(headPolicy.problems, "the pull request's policy is invalid; nothing was checked");
      return;
    }
    // Compiled once for the head and the base; readInputs has already refused bad globs.
    const { exclude } = exclusion(inputs.exclude);
    const result = await check({
      root: inputs.root,
      ...(policyRoot !== undefined ? { policyRoot } : {}),
      ...(exclude ? { exclude } : {}),
      ...(inputs.helmValues.length > 0 ? { helmValues: inputs.helmValues } : {}),
      db: inputs.db,
      ...(inputs.policy ? { policy: inputs.policy } : {}),
      now: inputs.now,
      ...(inputs.failOn ? { failOn: inputs.failOn } : {}),
      ...(inputs.kev ? { kev: inputs.kev } : {}),
      ...(inputs.epss ? { epss: inputs.epss } : {}),
      ...(inputs.releases ? { releases: inputs.releases } : {}),
      ...(inputs.nodejsSecurityWg ? { nodejsSecurityWg: inputs.nodejsSecurityWg } : {}),
      ...(inputs.distro ? { distro: inputs.distro } : {}),
      ...(inputs.live ? { live: inputs.live } : {}),
      cacheDir: inputs.cacheDir,
    });
    if (!result.report) {
      failOnPolicy(result.fatal, policyRoot === undefined ? 'the policy is invalid; nothing was checked' : "the base commit's policy is invalid; nothing was checked");
      return;
    }
    const report = result.report;

    const repoRoot = repositoryRoot(inputs.root, inputs.workspace);
    const prefix = relativePrefix(repoRoot, inputs.root);
    const links: RepoLinks = { serverUrl: ctx.serverUrl, owner: ctx.owner, repo: ctx.repo, sha: headSha(ctx), prefix };
    const out: Outcome = { sections: [], unannotated: [], failures: [] };
    const headIdentity = headPolicy?.policy?.identity;
    if (headIdentity && headIdentity.digest !== report.policy.digest) {
      const head = `${headIdentity.name}@${headIdentity.version}`;
      const base = `${report.policy.name}@${report.policy.version}`;
      core.notice(`patchwarden: this pull request changes the patch policy (to ${head}); it is judged by the base commit's policy ${base}, and the change applies once merged`);
      out.sections.push(`**Policy:** this pull request changes the patch policy (to ${code(head)}); it is judged by the base commit's policy ${code(base)}, and the change applies once merged.`);
    }

    // One pacer and one write throttle for the whole run; a fork's pull request is read-only from
    // the start, anything else finds out on its first refused write.
    let writeThrottle: WriteThrottle | undefined;
    const throttle = (): WriteThrottle | undefined => {
      if (!inputs.token) return undefined;
      writeThrottle ??= new WriteThrottle(new Pacer({ ...deps.pacing, clock: deps.clock ?? systemClock }), (m) => core.notice(m), forkReadOnly(ctx));
      return writeThrottle;
    };

    const mdOptions: MarkdownOptions = { location: (file, line) => locationLink(links, file, line) };
    if (mode === 'annotate' && ctx.pullRequest) {
      if (inputs.basePath) {
        // The base is read with the extractors, loaded here: a run with nothing to check never needs them.
        const { readBaseInventory, splitIntroduced } = await import('./introduced.js');
        const base = readBaseInventory(inputs.basePath, exclude, namedHelmValues(result.policy!, inputs.helmValues).map((h) => h.path));
        if ('error' in base) core.warning(`patchwarden: ${base.error}; introduced and inherited findings are not told apart`);
        else {
          for (const p of base.problems) {
            // Not annotated: the path is the base checkout's, and the head's file of that name may differ.
            core.warning(`base-path ${p.file}${p.line ? `:${p.line}` : ''}: ${p.message}`, { title: `patchwarden ${p.origin} (base)` });
          }
          const split = splitIntroduced(report.findings, base);
          mdOptions.split = { ...split, basis: `Introduced: the package at that version is not in the base commit ${ctx.pullRequest.baseSha.slice(0, 12)} (${base.components} components read from base-path).` };
          core.setOutput('introduced', split.introduced.length);
        }
      } else {
        out.sections.push('<sub>Give the action a checkout of the base commit as `base-path` to see which findings this pull request introduced.</sub>');
      }
    }

    if (mode !== 'issues') await annotate(report, inputs, ctx, mode, prefix, throttle, deps, out);
    emitProblems(report, prefix);

    const synced = mode === 'issues' ? await keepIssues(report, { inputs, ctx, links, repoRoot, throttle: throttle()!, deps, out }) : undefined;

    // Alerts speak for the default branch (its schedule, its pushes), never for a pull request
    // or another branch, whose findings and gate are not the deployed ones.
    const onDefaultBranch = !ctx.pullRequest && (ctx.defaultBranch === undefined || ctx.ref === `refs/heads/${ctx.defaultBranch}`);
    if (onDefaultBranch && result.policy) {
      const dashboard = synced?.dashboard && !synced.readOnly ? { number: synced.dashboard.number, throttle: throttle()! } : undefined;
      await alert(report, result.policy, { inputs, ctx, links, repoRoot, deps, ...(dashboard ? { dashboard } : {}) });
    }
    if (mode === 'issues' && inputs.auditIssue !== 'off' && ctx.eventName === 'schedule') await fileScheduledAudit(inputs, ctx, deps, throttle()!);

    if (inputs.sarifFile) {
      mkdirSync(dirname(inputs.sarifFile), { recursive: true });
      writeChunksToFile(inputs.sarifFile, renderSarifChunks(report, { prefix: links.prefix }));
      core.setOutput('sarif-file', inputs.sarifFile);
    }
    // Appended directly rather than through core.summary, which remembers the first file it
    // saw for the life of the process.
    if (env.GITHUB_STEP_SUMMARY) appendFileSync(env.GITHUB_STEP_SUMMARY, renderMarkdown(report, { ...mdOptions, unannotated: out.unannotated, sections: out.sections }));
    mkdirSync(dirname(inputs.reportFile), { recursive: true });
    // Named, so that an organisation's reports gathered into one audit stay apart by repository.
    if (ctx.owner && ctx.repo) report.repository = `${ctx.owner}/${ctx.repo}`;
    writeChunksToFile(inputs.reportFile, renderJsonChunks(report));
    core.setOutput('mode', mode);
    core.setOutput('overdue', report.summary.overdue);
    core.setOutput('due-soon', report.summary.dueSoon);
    core.setOutput('findings', report.summary.findings);
    core.setOutput('report-file', inputs.reportFile);
    core.setOutput('gate', report.summary.gate);
    core.setOutput('coverage', JSON.stringify(coverageProperties(report)));
    if (report.summary.notChecked !== undefined) core.setOutput('not-checked', report.summary.notChecked);

    if (report.summary.gate === 'fail' && gateFailsStep(mode, inputs)) {
      core.setFailed(`patchwarden: ${report.summary.overdue} overdue patch(es), at least one at or above ${report.summary.gateSeverity}`);
    } else if (result.exitCode === 2) {
      core.setFailed('patchwarden: some inputs could not be read (see the errors above); the result would be incomplete');
    } else if (result.exitCode === 3) {
      core.setFailed(`patchwarden: incomplete, and the policy says missingData: fail; ${report.summary.notChecked ?? 'not everything was checked'}`);
    } else if (out.failures.length > 0) {
      core.setFailed(`patchwarden: ${out.failures.join('; ')}`);
    }
  } catch (err) {
    core.setFailed(`patchwarden: ${err instanceof InputError ? err.message : messageOf(err)}`);
  }
}
