import { writeFileSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import * as core from '@actions/core';
import { check } from '../check.js';
import type { SeverityLabel } from '../model/types.js';
import { SEVERITY_ORDER } from '../model/types.js';
import { annotationsFor } from '../report/annotations.js';
import { renderJson } from '../report/json.js';
import { renderMarkdown } from '../report/markdown.js';

// The action's body: inputs in, check(), then the job summary, annotations, outputs and the
// gate. Kept apart from action.ts so tests can drive it as the runner does, through INPUT_*
// variables and the GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files.

function input(name: string): string | undefined {
  const v = core.getInput(name);
  return v === '' ? undefined : v;
}

function parseNow(value: string | undefined): Date {
  if (!value) return new Date();
  const d = new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(d.getTime())) throw new Error(`input now: expected a date like 2026-11-24, got '${value}'`);
  return d;
}

function parseFailOn(value: string | undefined): SeverityLabel | 'none' | undefined {
  if (value === undefined) return undefined;
  if (value === 'none' || (SEVERITY_ORDER as readonly string[]).includes(value)) return value as SeverityLabel | 'none';
  throw new Error(`input fail-on: expected critical, high, medium, low or none, got '${value}'`);
}

export async function runAction(): Promise<void> {
  try {
    const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
    const root = resolve(workspace, input('path') ?? '.');
    const db = core.getMultilineInput('advisory-db').map((p) => resolve(workspace, p));
    const failOn = parseFailOn(input('fail-on'));
    const policy = input('policy');
    const kev = input('kev');
    const epss = input('epss');
    const result = await check({
      root,
      db,
      ...(policy ? { policy: policy.startsWith('builtin:') ? policy : resolve(workspace, policy) } : {}),
      now: parseNow(input('now')),
      ...(failOn ? { failOn } : {}),
      ...(kev ? { kev: resolve(workspace, kev) } : {}),
      ...(epss ? { epss: resolve(workspace, epss) } : {}),
    });
    if (!result.report) {
      for (const p of result.fatal) {
        core.error(p.message, { ...(p.file ? { file: p.file } : {}), ...(p.line ? { startLine: p.line } : {}), title: `patchwarden ${p.origin}` });
      }
      core.setFailed('patchwarden: the policy is invalid; nothing was checked');
      return;
    }
    const report = result.report;
    const prefix = relative(workspace, root).split(sep).join('/');
    for (const a of annotationsFor(report, prefix)) {
      const props = { title: a.title, file: a.file, startLine: a.line };
      if (a.level === 'error') core.error(a.message, props);
      else core.warning(a.message, props);
    }
    for (const p of report.problems) {
      if (p.level !== 'error') continue;
      const file = p.file && !p.file.startsWith('/') ? (prefix ? `${prefix}/${p.file}` : p.file) : undefined;
      core.error(p.message, { title: `patchwarden ${p.origin}`, ...(file ? { file } : {}), ...(file && p.line ? { startLine: p.line } : {}) });
    }
    await core.summary.addRaw(renderMarkdown(report)).write();
    const reportFile = resolve(workspace, input('report-file') ?? resolve(process.env.RUNNER_TEMP ?? workspace, 'patchwarden-report.json'));
    writeFileSync(reportFile, renderJson(report));
    core.setOutput('overdue', report.summary.overdue);
    core.setOutput('due-soon', report.summary.dueSoon);
    core.setOutput('findings', report.summary.findings);
    core.setOutput('report-file', reportFile);
    core.setOutput('gate', report.summary.gate);
    if (report.summary.gate === 'fail') {
      core.setFailed(`patchwarden: ${report.summary.overdue} overdue patch(es), at least one at or above ${report.summary.gateSeverity}`);
    } else if (result.exitCode === 2) {
      core.setFailed('patchwarden: some inputs could not be read (see the errors above); the result would be incomplete');
    }
  } catch (err) {
    core.setFailed(`patchwarden: ${(err as Error).message}`);
  }
}
