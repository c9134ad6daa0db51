import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { tempDir } from '../helpers/tmp.js';
import { vi } from 'vitest';
import type { ActionDeps } from '../../src/github/run.js';
import { runAction } from '../../src/github/run.js';
import { virtualClock } from '../../src/github/pacer.js';

// Runs the action in-process the way the runner does: INPUT_* variables, the event payload at
// GITHUB_EVENT_PATH, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, GITHUB_API_URL pointing at
// the fake GitHub; workflow commands are read back from standard output.
// Generated repositories stand for an npm 9+ `package-lock.json` (lockfile v3) and advisories
// for GitHub-reviewed OSV records (database_specific.severity), as in the real records of test/corpus/.

export interface Command {
  name: string;
  props: Record<string, string>;
  message: string;
}

export interface ActionRun {
  commands: Command[];
  summary: string;
  outputs: Record<string, string>;
  failed: boolean;
  stdout: string;
}

export { tempDir };

export interface PackageSpec {
  name: string;
  version: string;
}

/** A lockfile v3 at `dir/rel` (default package-lock.json) installing these packages at the top level. */
export function writeLockfile(dir: string, packages: readonly PackageSpec[], rel = 'package-lock.json'): void {
  const lock = {
    name: 'app',
    version: '1.0.0',
    lockfileVersion: 3,
    requires: true,
    packages: {
      '': { name: 'app', version: '1.0.0', dependencies: Object.fromEntries(packages.map((p) => [p.name, p.version])) },
      ...Object.fromEntries(
        packages.map((p) => [`node_modules/${p.name}`, { version: p.version, resolved: `https://registry.npmjs.org/${p.name}/-/${p.name}-${p.version}.tgz`, integrity: 'sha512-AAAA' }]),
      ),
    },
  };
  const file = join(dir, rel);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(lock, null, 2) + '\n');
}

export interface AdvisorySpec {
  id: string;
  name: string;
  fixed: string;
  severity?: 'LOW' | 'MODERATE' | 'HIGH' | 'CRITICAL';
  published?: string;
  summary?: string;
  aliases?: string[];
}

export function writeAdvisory(dir: string, a: AdvisorySpec): void {
  mkdirSync(dir, { recursive: true });
  const record = {
    schema_version: '1.4.0',
    id: a.id,
    modified: '2024-06-01T00:00:00Z',
    published: a.published ?? '2024-06-01T00:00:00Z',
    aliases: a.aliases ?? [],
    summary: a.summary ?? `Vulnerability in ${a.name}`,
    affected: [{ package: { ecosystem: 'npm', name: a.name }, ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: a.fixed }] }] }],
    references: [{ type: 'ADVISORY', url: `https://github.com/advisories/${a.id}` }],
    database_specific: { severity: a.severity ?? 'HIGH', github_reviewed: true },
  };
  writeFileSync(join(dir, `${a.id}.json`), JSON.stringify(record, null, 2) + '\n');
}

export interface ActionEnv {
  workspace: string;
  apiUrl: string;
  event: string;
  payload: object;
  inputs: Record<string, string>;
  repository?: string;
  sha?: string;
  ref?: string;
}

function parseCommands(stdout: string): Command[] {
  const out: Command[] = [];
  for (const line of stdout.split(/\r?\n/)) {
    const m = /^::([a-z-]+)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!m) continue;
    const props: Record<string, string> = {};
    for (const kv of (m[2] ?? '').split(',').filter((s) => s !== '')) {
      const i = kv.indexOf('=');
      props[kv.slice(0, i)] = decodeURIComponent(kv.slice(i + 1).replace(/%(?![0-9A-F]{2})/g, '%25'));
    }
    out.push({ name: m[1]!, props, message: decodeURIComponent(m[3]!.replace(/%(?![0-9A-F]{2})/g, '%25')) });
  }
  return out;
}

/** GITHUB_OUTPUT's heredoc format: `name<<delimiter`, value lines, `delimiter`. */
export function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<]+)<<(.+)$/.exec(lines[i]!);
    if (!m) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i]!);
    out[m[1]!] = value.join('\n');
  }
  return out;
}

/** The environment the runner gives a step, as variables. */
export function runnerEnv(env: ActionEnv, files: { summary: string; output: string; event: string; temp: string }): Record<string, string> {
  const vars: Record<string, string> = {
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: env.workspace,
    GITHUB_EVENT_NAME: env.event,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_REPOSITORY: env.repository ?? 'acme/chat',
    GITHUB_SHA: env.sha ?? 'c0ffee0000000000000000000000000000000000',
    GITHUB_REF: env.ref ?? 'refs/heads/main',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: env.apiUrl,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_OUTPUT: files.output,
    RUNNER_TEMP: files.temp,
  };
  for (const [k, v] of Object.entries(env.inputs)) vars[`INPUT_${k.toUpperCase()}`] = v;
  return vars;
}

export function stepFiles(env: ActionEnv): { summary: string; output: string; event: string; temp: string } {
  const temp = tempDir('pw-runner-');
  const files = { summary: join(temp, 'summary.md'), output: join(temp, 'output.txt'), event: join(temp, 'event.json'), temp };
  writeFileSync(files.summary, '');
  writeFileSync(files.output, '');
  writeFileSync(files.event, JSON.stringify(env.payload));
  return files;
}

/** Runs runAction() in this process with the runner's variables, a virtual clock and ms backoff. */
export async function runInProcess(env: ActionEnv, deps: ActionDeps = {}): Promise<ActionRun> {
  const files = stepFiles(env);
  const vars = runnerEnv(env, files);
  const saved = { ...process.env };
  for (const k of Object.keys(process.env)) if (k.startsWith('INPUT_') || k.startsWith('GITHUB_')) delete process.env[k];
  Object.assign(process.env, vars);
  let stdout = '';
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    return true;
  });
  const exitBefore = process.exitCode;
  process.exitCode = undefined;
  try {
    await runAction({ clock: virtualClock(), tuning: { retryBaseMs: 1 }, ...deps });
  } finally {
    spy.mockRestore();
    for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
    Object.assign(process.env, saved);
  }
  const failed = process.exitCode === 1;
  process.exitCode = exitBefore;
  return { commands: parseCommands(stdout), summary: readFileSync(files.summary, 'utf8'), outputs: parseOutputs(readFileSync(files.output, 'utf8')), failed, stdout };
}
