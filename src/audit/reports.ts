import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { dayOf, formatDay } from '../evaluate/dates.js';
import type { Finding } from '../evaluate/types.js';
import type { Problem } from '../model/types.js';
import type { Observation } from './history.js';
import { observe } from './history.js';

// Past JSON reports (schemaVersion 1, as `check --format json` writes them) read back as
// observations: the air-gapped record, and the org-wide one (a matrix workflow's artifacts).

/** How far the folder walk goes: past runs are build artifacts, never a whole disk. */
export const REPORT_LIMITS = {
  maxFiles: 50_000,
  maxDepth: 8,
  maxFileBytes: 256 * 1024 * 1024,
};

export interface ReportsRead {
  observations: Observation[];
  problems: Problem[];
  /** JSON files that were not patchwarden reports (skipped, each with a notice). */
  skipped: number;
}

const ORIGIN = 'audit/reports';

/** Reads every `*.json` under `dir` (symbolic links are not followed), in path order. */
export function readReports(dir: string): ReportsRead {
  const out: ReportsRead = { observations: [], problems: [], skipped: 0 };
  const files: string[] = [];
  walk(dir, dir, 0, files, out.problems);
  files.sort();
  for (const file of files) {
    const rel = relative(dir, file).split(sep).join('/');
    let text: string;
    try {
      const size = lstatSync(file).size;
      if (size > REPORT_LIMITS.maxFileBytes) {
        out.problems.push({ level: 'warning', origin: ORIGIN, file: rel, message: `skipped: ${size} bytes is over the ${REPORT_LIMITS.maxFileBytes}-byte limit for a report` });
        continue;
      }
      text = readFileSync(file, 'utf8');
    } catch (e) {
      out.problems.push({ level: 'error', origin: ORIGIN, file: rel, message: `cannot read: ${(e as Error).message}` });
      continue;
    }
    const parsed = parseReport(text, rel);
    if ('problem' in parsed) {
      if (parsed.problem.level === 'notice') out.skipped++;
      out.problems.push(parsed.problem);
    } else out.observations.push(parsed.observation);
  }
  return out;
}

function walk(root: string, dir: string, depth: number, files: string[], problems: Problem[]): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    problems.push({ level: 'error', origin: ORIGIN, file: relative(root, dir) || '.', message: `cannot list: ${(e as Error).message}` });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const path = join(dir, e.name);
    if (e.isDirectory()) {
      if (depth + 1 > REPORT_LIMITS.maxDepth) {
        problems.push({ level: 'warning', origin: ORIGIN, file: relative(root, path), message: `not entered: deeper than ${REPORT_LIMITS.maxDepth} folders` });
        continue;
      }
      walk(root, path, depth + 1, files, problems);
    } else if (e.isFile() && e.name.endsWith('.json')) {
      if (files.length >= REPORT_LIMITS.maxFiles) {
        problems.push({ level: 'error', origin: ORIGIN, file: relative(root, path), message: `stopped: more than ${REPORT_LIMITS.maxFiles} JSON files under the reports folder` });
        return;
      }
      files.push(path);
    }
  }
}

type Parsed = { observation: Observation } | { problem: Problem };

/**
 * One report's text as an observation, or why not. A JSON file that is not a report at all
 * (a SARIF log, a package.json in an artifact) is a notice; a report with a broken field is an error.
 */
export function parseReport(text: string, file: string): Parsed {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { problem: { level: 'error', origin: ORIGIN, file, message: `not valid JSON: ${(e as Error).message}` } };
  }
  const bad = (message: string): Parsed => ({ problem: { level: 'error', origin: ORIGIN, file, message } });
  if (!isObject(data) || !('findings' in data) || !isObject(data.tool) || data.tool.name !== 'patchwarden') {
    return { problem: { level: 'notice', origin: ORIGIN, file, message: 'skipped: not a patchwarden JSON report (expected tool.name "patchwarden" and findings)' } };
  }
  if (data.schemaVersion !== 1) return bad(`expected schemaVersion 1, got ${JSON.stringify(data.schemaVersion)}`);
  const day = typeof data.now === 'string' ? dayOf(data.now) : undefined;
  if (day === undefined) return bad(`now: expected an ISO date-time, got ${JSON.stringify(data.now)}`);
  if (!Array.isArray(data.findings)) return bad('findings: expected an array');
  const policy = data.policy;
  if (!isObject(policy) || typeof policy.name !== 'string' || typeof policy.version !== 'string' || typeof policy.digest !== 'string') {
    return bad('policy: expected name, version and digest');
  }
  const repository = typeof data.repository === 'string' && data.repository !== '' ? data.repository : typeof data.root === 'string' ? data.root : undefined;
  if (repository === undefined) return bad('root: expected the scanned folder (or repository: the repository name)');
  const findings = [];
  for (const [i, f] of data.findings.entries()) {
    const why = findingProblem(f);
    if (why) return bad(`findings[${i}]: ${why}`);
    findings.push(observe(f as Finding));
  }
  const observation: Observation = {
    repository,
    day: formatDay(day),
    policy: { apiVersion: typeof policy.apiVersion === 'string' ? policy.apiVersion : '', name: policy.name, version: policy.version, digest: policy.digest },
    findings,
    exceptions: Array.isArray(data.exceptions) ? (data.exceptions as Observation['exceptions']).filter((e) => isObject(e) && typeof e.expires === 'string') : [],
    source: file,
  };
  if ('coverage' in data && data.coverage !== undefined) observation.coverage = data.coverage;
  return { observation };
}

const STATUSES = new Set(['overdue', 'due-soon', 'within', 'no-fix', 'excepted', 'unknown-clock']);
const SEVERITIES = new Set(['critical', 'high', 'medium', 'low']);
const LAYERS = new Set(['os', 'runtime', 'library']);

/** What is wrong with one finding of a report, or undefined when the audit can use it. */
function findingProblem(f: unknown): string | undefined {
  if (!isObject(f)) return 'expected an object';
  const c = f.component;
  if (!isObject(c) || typeof c.ecosystem !== 'string' || typeof c.name !== 'string' || typeof c.purl !== 'string' || typeof c.version !== 'string') {
    return 'component: expected ecosystem, name, version and purl';
  }
  if (!LAYERS.has(c.layer as string)) return `component.layer: expected os, runtime or library, got ${JSON.stringify(c.layer)}`;
  const a = f.advisory;
  if (!isObject(a) || typeof a.id !== 'string' || !Array.isArray(a.aliases)) return 'advisory: expected id and aliases';
  if (!Array.isArray(f.ids) || !f.ids.every((x) => typeof x === 'string')) return 'ids: expected a list of advisory ids';
  if (!SEVERITIES.has(f.severity as string)) return `severity: expected critical, high, medium or low, got ${JSON.stringify(f.severity)}`;
  if (!STATUSES.has(f.status as string)) return `status: unknown status ${JSON.stringify(f.status)}`;
  for (const k of ['clockStart', 'deadline'] as const) {
    const v = f[k];
    if (v !== null && (typeof v !== 'string' || dayOf(v) === undefined)) return `${k}: expected YYYY-MM-DD or null, got ${JSON.stringify(v)}`;
  }
  if (!Array.isArray(f.locations)) return 'locations: expected a list';
  return undefined;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
