import { isAbsolute, resolve } from 'node:path';
import { defaultCacheDir, liveOptionsFrom } from '../advise/live/options.js';
import type { LiveOptions, LiveSettings } from '../advise/live/index.js';
import { exclusion } from '../discover/index.js';
import { defaultChannels } from '../notify/route.js';
import { CHANNELS } from '../notify/registry.js';
import type { ChannelSpec } from '../notify/route.js';
import type { SeverityLabel } from '../model/types.js';
import { SEVERITY_ORDER } from '../model/types.js';
import { parseDistro } from '../model/os.js';
import type { DistroChoice } from '../model/os.js';
import type { ModeInput } from './mode.js';
import { MODE_INPUTS } from './mode.js';

// The action's inputs, read and checked in one place. A wrong value stops the run with a
// message naming the input, the value and what was expected.

export class InputError extends Error {}

export type IssueOn = 'overdue' | 'due-soon';

export interface ActionInputs {
  root: string;
  workspace: string;
  db: string[];
  policy?: string;
  failOn?: SeverityLabel | 'none';
  reportFile: string;
  now: Date;
  kev?: string;
  epss?: string;
  releases?: string;
  nodejsSecurityWg?: string;
  /** Live sources, unless the run is files-only (advisory-db given, or offline: true). */
  live?: LiveOptions;
  /** Cached bundle indexes and live answers; false: no cache. */
  cacheDir: string | false;
  mode: ModeInput;
  token?: string;
  /** The first is the tool's own label, by which its issues are listed. */
  labels: string[];
  maxIssues: number;
  sarifFile?: string;
  issueOn: IssueOn;
  dashboard: boolean;
  assignOwners: boolean;
  checkRun: boolean;
  basePath?: string;
  /** Repository-path globs not to scan (and not to read from base-path either). */
  exclude: string[];
  /** Helm values files (relative to `path`) layered over their chart's values.yaml. */
  helmValues: string[];
  /** `owner/name` the issues and check runs go to, when not the workflow's own repository. */
  repository?: { owner: string; repo: string };
  /** The commit the scanned tree is at, for links, when not the workflow's. */
  commit?: string;
  /** The run's own alert channels (alert-slack, alert-teams, alert-webhook). */
  alerts: ChannelSpec[];
  /** The signed webhook's secret (alert-webhook-secret, else PATCHWARDEN_WEBHOOK_SECRET). */
  webhookSecret?: string;
  /** What was already alerted; by default in the cache folder, so the cache step keeps it. */
  alertState?: string;
  alertDigest: boolean;
  /** File the month's (quarter's) audit as an issue on the first scheduled run of the next. */
  auditIssue: 'off' | 'monthly' | 'quarterly';
  /** `mode: audit`: the period (2026-11, 2026-Q4 or FROM..TO); by default the one before now. */
  auditPeriod?: string;
  /** `mode: audit`: a folder of past JSON reports read beside the issues. */
  auditReports?: string;
  /** The distribution of a package database with no os-release beside it. */
  distro?: DistroChoice;
}

/** Reads one input as the runner passes it (INPUT_<NAME>, trimmed); undefined when empty. */
export type InputReader = (name: string) => string | undefined;

export function envInputs(env: NodeJS.ProcessEnv = process.env): InputReader {
  return (name) => {
    const v = env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`]?.trim();
    return v ? v : undefined;
  };
}

export function parseNow(value: string | undefined, clockNow: () => Date): Date {
  if (!value) return clockNow();
  const d = new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(d.getTime())) throw new InputError(`input now: expected a date like 2026-11-24, got '${value}'`);
  return d;
}

function parseFailOn(value: string | undefined): SeverityLabel | 'none' | undefined {
  if (value === undefined) return undefined;
  if (value === 'none' || (SEVERITY_ORDER as readonly string[]).includes(value)) return value as SeverityLabel | 'none';
  throw new InputError(`input fail-on: expected critical, high, medium, low or none, got '${value}'`);
}

function parseBool(name: string, value: string | undefined, fallback: boolean): boolean {
  if (value === undefined) return fallback;
  if (/^(true|yes|on|1)$/i.test(value)) return true;
  if (/^(false|no|off|0)$/i.test(value)) return false;
  throw new InputError(`input ${name}: expected true or false, got '${value}'`);
}

function parseChoice<T extends string>(name: string, value: string | undefined, choices: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if ((choices as readonly string[]).includes(value)) return value as T;
  throw new InputError(`input ${name}: expected ${choices.join(', ')}, got '${value}'`);
}

const LABEL_MAX = 50;

function parseLabels(value: string | undefined): string[] {
  const labels = (value ?? 'patchwarden')
    .split(/[\n,]/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
  if (labels.length === 0) throw new InputError('input labels: expected at least one label (the first one marks the tool\'s issues)');
  for (const l of labels) {
    if (l.length > LABEL_MAX) throw new InputError(`input labels: '${l.slice(0, 20)}…' is longer than GitHub's ${LABEL_MAX} characters`);
  }
  return [...new Set(labels)];
}

function parseCount(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value)) throw new InputError(`input ${name}: expected a whole number, got '${value}'`);
  return Number(value);
}

const INPUT_NAMES: Record<keyof LiveSettings, string> = {
  offline: 'offline',
  osvApiUrl: 'osv-api-url',
  registryUrls: 'registry-urls',
  kevUrl: 'kev-url',
  epssUrl: 'epss-url',
  epssCsvUrl: 'epss-csv-url',
  endoflifeUrl: 'endoflife-url',
  cacheDir: 'cache-dir',
  maxCacheAge: 'max-cache-age',
  onSourceError: 'on-source-error',
  disable: 'disable-sources',
  fetchTimeout: 'fetch-timeout',
};

export function readInputs(read: InputReader, env: NodeJS.ProcessEnv, clockNow: () => Date): ActionInputs {
  const workspace = env.GITHUB_WORKSPACE ?? process.cwd();
  const inWorkspace = (p: string): string => (isAbsolute(p) ? p : resolve(workspace, p));
  const multi = (name: string): string[] =>
    (read(name) ?? '')
      .split('\n')
      .map((s) => s.trim())
      .filter((s) => s !== '');
  const policy = read('policy');
  const failOn = parseFailOn(read('fail-on'));
  const kev = read('kev');
  const epss = read('epss');
  const sarif = read('sarif-file');
  const base = read('base-path');
  const token = read('github-token');
  const repository = read('repository');
  const commit = read('commit');
  if (repository !== undefined && !/^[A-Za-z0-9-]+\/[A-Za-z0-9._-]+$/.test(repository)) throw new InputError(`input repository: expected owner/name, got '${repository}'`);
  if (commit !== undefined && !/^[0-9a-f]{40}([0-9a-f]{24})?$/i.test(commit)) throw new InputError(`input commit: expected a full commit SHA, got '${commit}'`);
  const out: ActionInputs = {
    workspace,
    root: inWorkspace(read('path') ?? '.'),
    db: multi('advisory-db').map(inWorkspace),
    reportFile: inWorkspace(read('report-file') ?? resolve(env.RUNNER_TEMP ?? workspace, 'patchwarden-report.json')),
    now: parseNow(read('now'), clockNow),
    mode: parseChoice('mode', read('mode'), MODE_INPUTS, 'auto'),
    labels: parseLabels(read('labels')),
    maxIssues: parseCount('max-issues', read('max-issues'), 20),
    issueOn: parseChoice<IssueOn>('issue-on', read('issue-on'), ['overdue', 'due-soon'], 'overdue'),
    dashboard: parseBool('dashboard', read('dashboard'), false),
    assignOwners: parseBool('assign-owners', read('assign-owners'), false),
    checkRun: parseBool('check-run', read('check-run'), true),
    cacheDir: read('cache-dir') ? inWorkspace(read('cache-dir')!) : defaultCacheDir(env),
    exclude: multi('exclude'),
    helmValues: multi('helm-values'),
    alerts: [],
    alertDigest: parseBool('alert-digest', read('alert-digest'), false),
    auditIssue: parseChoice('audit-issue', read('audit-issue'), ['off', 'monthly', 'quarterly'] as const, 'off'),
  };
  // One URL a line; errors name the input, never the URL (it is a secret).
  const alerting = defaultChannels(Object.keys(CHANNELS).flatMap((type) => multi(`alert-${type}`).map((url) => `${type}=${url}`)));
  if (alerting.errors.length > 0) throw new InputError(`input alert-${alerting.errors[0]}`);
  out.alerts = alerting.channels;
  const secret = read('alert-webhook-secret') ?? env.PATCHWARDEN_WEBHOOK_SECRET?.trim();
  if (secret) out.webhookSecret = secret;
  const alertState = read('alert-state');
  if (alertState) out.alertState = inWorkspace(alertState);
  else if (out.cacheDir !== false) out.alertState = resolve(out.cacheDir, 'alert-state.json');
  const auditPeriod = read('audit-period');
  const auditReports = read('audit-reports');
  if (auditPeriod) out.auditPeriod = auditPeriod;
  if (auditReports) out.auditReports = inWorkspace(auditReports);
  const releases = read('releases');
  const wg = read('nodejs-security-wg');
  if (releases) out.releases = inWorkspace(releases);
  if (wg) out.nodejsSecurityWg = inWorkspace(wg);
  const distro = read('distro');
  if (distro) {
    const got = parseDistro(distro);
    if ('error' in got) throw new InputError(`input distro: ${got.error}`);
    out.distro = got;
  }
  // Files in advisory-db mean an air-gapped run unless offline: false says otherwise.
  const offlineInput = read('offline');
  const offline = offlineInput === undefined ? out.db.length > 0 : parseBool('offline', offlineInput, false);
  const live = liveOptionsFrom({
    osvApiUrl: read('osv-api-url'),
    registryUrls: multi('registry-urls'),
    kevUrl: read('kev-url'),
    epssUrl: read('epss-url'),
    epssCsvUrl: read('epss-csv-url'),
    endoflifeUrl: read('endoflife-url'),
    cacheDir: out.cacheDir === false ? undefined : out.cacheDir,
    maxCacheAge: multi('max-cache-age'),
    onSourceError: read('on-source-error'),
    disable: multi('disable-sources'),
    fetchTimeout: read('fetch-timeout'),
  });
  const first = live.errors[0];
  if (first) throw new InputError(`input ${INPUT_NAMES[first.setting]}: ${first.message}`);
  if (!offline) out.live = live.options;
  if (policy) out.policy = policy.startsWith('builtin:') ? policy : inWorkspace(policy);
  if (failOn) out.failOn = failOn;
  if (kev) out.kev = inWorkspace(kev);
  if (epss) out.epss = inWorkspace(epss);
  if (sarif) out.sarifFile = inWorkspace(sarif);
  if (base) out.basePath = inWorkspace(base);
  const excluding = exclusion(out.exclude);
  if (excluding.problems.length > 0) throw new InputError(`input ${excluding.problems[0]!.message}`);
  if (token) out.token = token;
  if (repository) {
    const [owner = '', repo = ''] = repository.split('/');
    out.repository = { owner, repo };
  }
  if (commit) out.commit = commit;
  return out;
}
