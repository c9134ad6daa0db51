import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { defaultCacheDir, liveOptionsFrom } from '../advise/live/options.js';
import type { LiveSettings } from '../advise/live/options.js';
import type { AuditFormat } from '../audit/index.js';
import { AUDIT_FORMATS, audit, historyFromReports, joinHistories, renderAudit } from '../audit/index.js';
import { parsePeriod } from '../audit/period.js';
import { check } from '../check.js';
import { exclusion } from '../discover/index.js';
import { parseDistro } from '../model/os.js';
import type { DistroChoice } from '../model/os.js';
import { policyExplain, policyList, policyValidate } from '../evaluate/policy/commands.js';
import { defaultChannels } from '../notify/index.js';
import { fileStore, sendAlerts } from '../notify/run.js';
import type { SeverityLabel } from '../model/types.js';
import { formatProblem } from '../model/problems.js';
import { SEVERITY_ORDER } from '../model/types.js';
import { renderJson, renderJsonChunks } from '../report/json.js';
import { writeChunksToFile } from '../report/write.js';
import { renderMarkdown } from '../report/markdown.js';
import type { Report } from '../report/model.js';
import { renderSarif, renderSarifChunks } from '../report/sarif.js';
import type { TextOptions } from '../report/text.js';
import { renderText } from '../report/text.js';
import { TOOL_NAME, TOOL_VERSION } from '../version.js';

// The command line: flags in, exit code out. Exit 0 when the gate passes, 1 when an overdue
// finding at or above the gate exists, 2 on a usage, policy or input error, 3 when the run was
// incomplete and the policy says `coverage.missingData: fail`.

export const USAGE = `Usage:
  patchwarden check [DIR] [options]     check DIR (default .) against advisories and the patch policy
  patchwarden policy validate [FILE]    validate a policy (default: the repository's or the baseline)
  patchwarden policy explain [FILE]     print the resolved policy and where each value came from
  patchwarden policy list               list the built-in policies
  patchwarden audit --reports DIR --period PERIOD [options]
                                        the patch audit of a month or quarter from past JSON reports

Example (the bundled example, offline):
  patchwarden check examples/chat-platform --db examples/chat-platform/advisories \\
    --releases examples/chat-platform/releases --now 2026-11-24

Options for check (R: repeatable; the others may be given once):
  --db PATH            R  offline advisory database: an OSV all.zip (like Go/all.zip from
                          osv-vulnerabilities.storage.googleapis.com), a folder of OSV JSON
                          records (like examples/chat-platform/advisories), or one record
  --policy SPEC           a policy file or builtin:NAME@MAJOR (default: .github/patchwarden.yml
                          in DIR, else builtin:baseline@1)
  --exclude GLOB       R  a path below DIR not to scan, like '**/__fixtures__' or 'examples/**'
                          (a matching folder is not entered)
  --helm-values FILE   R  a Helm values file below DIR layered over its chart's values.yaml, as
                          helm install -f does (in order, after the policy's helm.values)
  --repository NAME       the repository's name (owner/name) recorded in the report, which the
                          audit uses to tell repositories apart (default: GITHUB_REPOSITORY)
  --distro ID[:RELEASE]   the distribution of a package database with no os-release beside it,
                          like debian:12, ubuntu:24.04, alpine:3.20, rocky:9
  --now DATE              evaluate as of this date or timestamp (default: the current time)
  --format FORMAT         text (default), json, markdown or sarif
  --output FILE           write the report to FILE instead of standard output
  --sarif-file FILE       also write the report as SARIF 2.1.0 to FILE (for code scanning)
  --quiet                 text: the gate line and the overdue findings only
  --fail-on SEVERITY      gate: critical, high, medium, low or none (default: the policy's gate)
  --kev FILE              CISA's Known Exploited Vulnerabilities catalogue
                          (known_exploited_vulnerabilities.json)
  --epss FILE             FIRST EPSS scores (epss_scores-YYYY-MM-DD.csv, optionally .gz)
  --releases DIR          a folder of runtime release data in endoflife.date's formats, one
                          PRODUCT.md and/or PRODUCT.json per product (like
                          examples/chat-platform/releases): image patch lag and end of life
  --nodejs-security-wg PATH
                          the Node.js security WG's vuln.zip or its vuln/ folder (vulnerabilities
                          of node images)
  --cache-dir DIR         folder for cached bundle indexes and live answers (default:
                          $RUNNER_TEMP/patchwarden-cache, else $XDG_CACHE_HOME/patchwarden, else
                          ~/.cache/patchwarden)
  --no-cache              read every advisory bundle in full, cache nothing

Alerts (sent once per transition: due soon, overdue, KEV-listed, critical, gate fails or recovers):
  --alert TYPE=URL     slack=URL (incoming webhook), teams=URL (workflow webhook) or webhook=URL
                       (signed JSON; the secret from PATCHWARDEN_WEBHOOK_SECRET), repeatable
  --alert-state FILE   what was already alerted (JSON; default alert-state.json in the cache
                       folder; required with --no-cache)
  --alert-digest       one message per channel and run instead of one per transition

Live sources (used when no --db is given, or with --online; never with --offline):
  --offline               files only (and the cache, when --cache-dir is given)
  --online                use the live sources as well as --db files
  --osv-api-url URL       OSV API base URL (default https://api.osv.dev)
  --registry-url NAME=URL
                       R  a package registry's base URL (npm, pypi, go, crates, rubygems,
                          packagist, maven, nuget, pub)
  --kev-url URL, --epss-url URL, --epss-csv-url URL, --endoflife-url URL
                          the feeds' URLs
  --disable-source NAME
                       R  switch one source off: osv-api, registry-dates, kev, epss, endoflife
                          (or a comma-separated list)
  --max-cache-age DAYS|SOURCE=DAYS
                       R  how old a cached answer may be before it is stale
  --on-source-error fail|warn
                          a source that cannot be reached is an error (default) or a warning
  --fetch-timeout SECONDS
                          per request attempt
  -h, --help              this help
  -v, --version           print the version

Text output wraps at the terminal's width (COLUMNS; 100 when not a terminal) and has no colour
when it is not a terminal or NO_COLOR is set. Problems print as file:line:col: level: message.

Options for audit:
  --reports DIR        a folder of past JSON reports (check --format json), searched recursively;
                       many repositories' reports give one organisation-wide audit (repeatable)
  --period PERIOD      a month (2026-11) or a quarter (2026-Q4); or --from DATE --to DATE
  --format FORMAT      markdown (default), html, csv or json
  --output FILE        write the audit to FILE instead of standard output

Exit codes: 0 gate passed (or incomplete, with a warning, unless the policy says missingData: fail),
  1 an overdue finding at or above the gate, 2 usage, policy or input error, 3 incomplete (something
  found was not checked: no advisory data, stale data, unmapped images) under missingData: fail.
`;

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  cwd: string;
  /** The current time, unless --now says otherwise. */
  now(): Date;
  /** Where webhook secrets and owners' channel variables are read (process.env by default). */
  env?: NodeJS.ProcessEnv;
  /** The terminal standard output goes to, if it is one: its width and whether it takes colour. */
  terminal?: { columns?: number; color: boolean };
}

class UsageError extends Error {}

function parseNow(value: string): Date {
  // A bare date means that day at 00:00 UTC, so `--now 2026-11-24` is the same everywhere.
  const iso = /^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value;
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) throw new UsageError(`--now: expected a date like 2026-11-24 or an ISO timestamp, got '${value}'`);
  return d;
}

function parseDistroFlag(value: string): DistroChoice {
  const got = parseDistro(value);
  if ('error' in got) throw new UsageError(`--distro: ${got.error}`);
  return got;
}

function parseFailOn(value: string | undefined): SeverityLabel | 'none' | undefined {
  if (value === undefined) return undefined;
  if (value === 'none' || (SEVERITY_ORDER as readonly string[]).includes(value)) return value as SeverityLabel | 'none';
  throw new UsageError(`--fail-on: expected critical, high, medium, low or none, got '${value}'`);
}

const FLAGS: Record<keyof LiveSettings, string> = {
  offline: '--offline',
  osvApiUrl: '--osv-api-url',
  registryUrls: '--registry-url',
  kevUrl: '--kev-url',
  epssUrl: '--epss-url',
  epssCsvUrl: '--epss-csv-url',
  endoflifeUrl: '--endoflife-url',
  cacheDir: '--cache-dir',
  maxCacheAge: '--max-cache-age',
  onSourceError: '--on-source-error',
  disable: '--disable-source',
  fetchTimeout: '--fetch-timeout',
};

function flagFor(setting: keyof LiveSettings): string {
  return FLAGS[setting];
}

const FORMATS = ['text', 'json', 'markdown', 'sarif'];
/** Options that take one value: a second one is refused rather than silently replacing the first. */
const SINGLE = [
  'policy', 'now', 'format', 'output', 'sarif-file', 'fail-on', 'kev', 'epss', 'releases', 'nodejs-security-wg', 'cache-dir',
  'osv-api-url', 'kev-url', 'epss-url', 'epss-csv-url', 'endoflife-url', 'on-source-error', 'fetch-timeout',
  'distro', 'repository', 'alert-state',
] as const;
/** Options whose values add up: every one given is used. */
const REPEATABLE = ['db', 'exclude', 'helm-values', 'registry-url', 'disable-source', 'max-cache-age', 'alert'] as const;
type CheckValues = { [K in (typeof SINGLE)[number]]?: string } & { [K in (typeof REPEATABLE)[number]]?: string[] } & {
  'no-cache'?: boolean;
  offline?: boolean;
  online?: boolean;
  quiet?: boolean;
  'alert-digest'?: boolean;
};

function onceEach(all: Record<string, string[] | boolean | undefined>): CheckValues {
  const out: Record<string, string | string[] | boolean> = {};
  for (const [name, v] of Object.entries(all)) {
    if (v === undefined) continue;
    if (Array.isArray(v) && (SINGLE as readonly string[]).includes(name)) {
      if (v.length > 1) throw new UsageError(`--${name} was given ${v.length} times (${v.map((x) => `'${x}'`).join(', ')}); it takes one value`);
      out[name] = v[0]!;
    } else out[name] = v;
  }
  return out as CheckValues;
}

function writeChunks(chunks: Iterable<string>, file: string | undefined, io: CliIo): void {
  if (!file) {
    for (const c of chunks) io.stdout(c);
    return;
  }
  writeChunksToFile(file, chunks);
}

function render(report: Report, format: string, text: TextOptions): string {
  if (format === 'json') return renderJson(report);
  if (format === 'markdown') return renderMarkdown(report);
  if (format === 'sarif') return renderSarif(report);
  return renderText(report, text);
}

async function runCheck(args: string[], io: CliIo): Promise<number> {
  const { values: all, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      ...Object.fromEntries(SINGLE.map((name) => [name, { type: 'string', multiple: true }])),
      ...Object.fromEntries(REPEATABLE.map((name) => [name, { type: 'string', multiple: true }])),
      'no-cache': { type: 'boolean' },
      offline: { type: 'boolean' },
      online: { type: 'boolean' },
      'alert-digest': { type: 'boolean' },
      quiet: { type: 'boolean' },
    },
  });
  const values = onceEach(all as Record<string, string[] | boolean | undefined>);
  if (positionals.length > 1) throw new UsageError(`check takes one folder, got ${positionals.length}`);
  const format = values.format ?? 'text';
  if (!FORMATS.includes(format)) throw new UsageError(`--format: expected text, json, markdown or sarif, got '${format}'`);
  const failOn = parseFailOn(values['fail-on']);
  if (values.offline && values.online) throw new UsageError('--offline and --online contradict each other');
  // Files given with --db mean an air-gapped run unless --online says otherwise.
  const useLive = !values.offline && (values.online === true || !values.db || values['osv-api-url'] !== undefined);
  const { options: live, errors } = liveOptionsFrom({
    osvApiUrl: values['osv-api-url'],
    registryUrls: values['registry-url'],
    kevUrl: values['kev-url'],
    epssUrl: values['epss-url'],
    epssCsvUrl: values['epss-csv-url'],
    endoflifeUrl: values['endoflife-url'],
    cacheDir: values['cache-dir'] ?? defaultCacheDir(),
    maxCacheAge: values['max-cache-age'],
    onSourceError: values['on-source-error'],
    disable: values['disable-source'],
    fetchTimeout: values['fetch-timeout'],
  });
  if (errors.length > 0) throw new UsageError(errors.map((e) => `${flagFor(e.setting)}: ${e.message}`).join('\n'));
  const alerting = defaultChannels(values.alert ?? []);
  if (alerting.errors.length > 0) throw new UsageError(alerting.errors.map((e) => `--alert: ${e}`).join('\n'));
  const excluding = exclusion(values.exclude ?? []);
  if (excluding.problems.length > 0) throw new UsageError(excluding.problems.map((p) => `--${p.message}`).join('\n'));
  const distro = values.distro === undefined ? undefined : parseDistroFlag(values.distro);
  const result = await check({
    root: positionals[0] ?? io.cwd,
    ...(distro ? { distro } : {}),
    ...(values.db ? { db: values.db } : {}),
    ...(values.policy ? { policy: values.policy } : {}),
    now: values.now ? parseNow(values.now) : io.now(),
    ...(failOn ? { failOn } : {}),
    ...(values.kev ? { kev: values.kev } : {}),
    ...(values.epss ? { epss: values.epss } : {}),
    ...(values.releases ? { releases: values.releases } : {}),
    ...(values['nodejs-security-wg'] ? { nodejsSecurityWg: values['nodejs-security-wg'] } : {}),
    ...(values['no-cache'] ? { cacheDir: false as const } : values['cache-dir'] ? { cacheDir: values['cache-dir'] } : {}),
    ...(useLive ? { live } : {}),
    ...(excluding.exclude ? { exclude: excluding.exclude } : {}),
    ...(values['helm-values'] ? { helmValues: values['helm-values'] } : {}),
  });
  if (!result.report) {
    for (const p of result.fatal) io.stderr(formatProblem(p) + '\n');
    return result.exitCode;
  }
  const repository = values.repository ?? process.env.GITHUB_REPOSITORY;
  if (repository) result.report.repository = repository;
  if (format === 'json' || format === 'sarif') {
    // In pieces: a monorepo's JSON report can be larger than the rest of the run's memory.
    writeChunks(format === 'json' ? renderJsonChunks(result.report) : renderSarifChunks(result.report), values.output, io);
  } else {
    // Written to a file, the text is read later, elsewhere: the default width and no colour.
    const tty = values.output ? undefined : io.terminal;
    const output = render(result.report, format, { ...(tty?.columns ? { width: tty.columns } : {}), color: tty?.color ?? false, quiet: values.quiet === true });
    if (values.output) writeFileSync(values.output, output);
    else io.stdout(output);
  }
  if (values['sarif-file']) writeChunksToFile(values['sarif-file'], renderSarifChunks(result.report));
  // Problems also go to stderr so they are seen when the report goes to a file or a pipe.
  for (const p of result.report.problems) if (p.level === 'error') io.stderr(formatProblem(p) + '\n');
  // As in the action: the state lives in the cache folder unless named, and with no cache at all
  // alerting needs it named (else every run would repeat the same alerts).
  const alertState = values['alert-state'] ?? (values['no-cache'] ? undefined : join(values['cache-dir'] ?? defaultCacheDir(), 'alert-state.json'));
  if (result.policy) {
    // A command-line run stands for the default branch: its gate changes are alerted. Alerting
    // never changes the exit code.
    const alerts = await sendAlerts({
      report: result.report,
      policy: result.policy,
      channels: alerting.channels,
      ...(alertState ? { store: fileStore(alertState) } : {}),
      digest: values['alert-digest'] === true,
      gate: true,
      env: io.env ?? process.env,
      repoRoot: positionals[0] ?? io.cwd,
    });
    for (const p of alerts.problems) io.stderr(formatProblem(p) + '\n');
  }
  return result.exitCode;
}

function runAuditCommand(args: string[], io: CliIo): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      reports: { type: 'string', multiple: true },
      period: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      format: { type: 'string', default: 'markdown' },
      output: { type: 'string' },
    },
  });
  if (positionals.length > 0) throw new UsageError(`audit takes no folder argument (use --reports DIR), got '${positionals[0]}'`);
  const format = values.format ?? 'markdown';
  if (!(AUDIT_FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format: expected markdown, html, csv or json, got '${format}'`);
  if (!values.reports || values.reports.length === 0) throw new UsageError('audit: give --reports DIR, a folder of past JSON reports');
  const period = parsePeriod({ period: values.period, from: values.from, to: values.to });
  if (typeof period === 'string') throw new UsageError(period);
  const history = joinHistories(values.reports.map((dir) => historyFromReports(resolve(io.cwd, dir))));
  for (const p of history.problems) if (p.level !== 'notice') io.stderr(formatProblem(p) + '\n');
  if (history.observations.length === 0) {
    io.stderr(`${TOOL_NAME}: error: no patchwarden JSON report under ${values.reports.join(', ')}\n`);
    return 2;
  }
  const output = renderAudit(audit(history, period), format as AuditFormat);
  if (values.output) writeFileSync(resolve(io.cwd, values.output), output);
  else io.stdout(output);
  return 0;
}

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  try {
    const [command, ...rest] = argv;
    if (command === undefined || command === '-h' || command === '--help' || command === 'help') {
      io.stdout(USAGE);
      return command === undefined ? 2 : 0;
    }
    if (command === '-v' || command === '--version') {
      io.stdout(`${TOOL_VERSION}\n`);
      return 0;
    }
    if (rest.includes('-h') || rest.includes('--help')) {
      io.stdout(USAGE);
      return 0;
    }
    if (command === 'check') return await runCheck(rest, io);
    if (command === 'audit') return runAuditCommand(rest, io);
    if (command === 'policy') {
      const [sub, file, ...extra] = rest;
      if (extra.length > 0) throw new UsageError(`policy ${sub ?? ''}: unexpected argument '${extra[0]}'`);
      let result: { output: string; exitCode: number };
      if (sub === 'validate') result = policyValidate(file, io.cwd);
      else if (sub === 'explain') result = policyExplain(file, io.cwd);
      else if (sub === 'list') result = policyList();
      else throw new UsageError(`policy: expected validate, explain or list, got '${sub ?? ''}'`);
      (result.exitCode === 0 ? io.stdout : io.stderr)(result.output.endsWith('\n') ? result.output : result.output + '\n');
      return result.exitCode;
    }
    throw new UsageError(`unknown command '${command}'`);
  } catch (err) {
    if (err instanceof UsageError || (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.stderr(`${TOOL_NAME}: ${(err as Error).message}\n\n${USAGE}`);
      return 2;
    }
    io.stderr(`${TOOL_NAME}: internal error (please report it): ${(err as Error).stack ?? String(err)}\n`);
    return 2;
  }
}
