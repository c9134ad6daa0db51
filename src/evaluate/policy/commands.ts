import { formatProblem } from '../../model/problems.js';
import { listBuiltins } from './builtins.js';
import { loadPolicy } from './load.js';
import type { PolicyLoadResult } from './load.js';
import type { ResolvedPolicy } from './types.js';

// `patchwarden policy validate|explain|list`: each returns the text to print and the exit code
// (0 valid, 2 invalid), so the CLI only prints.

export interface CommandOutput {
  output: string;
  exitCode: number;
}

function load(file: string | undefined, root: string): PolicyLoadResult {
  return loadPolicy(file === undefined ? { root } : { spec: file, root });
}

function problemsText(r: PolicyLoadResult): string {
  return r.problems.map(formatProblem).join('\n');
}

function title(p: ResolvedPolicy): string {
  return `policy ${p.identity.name}@${p.identity.version} (${p.identity.apiVersion})`;
}

export function policyValidate(file: string | undefined, root: string): CommandOutput {
  const r = load(file, root);
  const problems = problemsText(r);
  if (!r.policy) return { output: `${problems}\npolicy is invalid\n`, exitCode: 2 };
  const lines = [`${title(r.policy)} is valid`, `digest: ${r.policy.identity.digest}`];
  if (problems) lines.push(problems);
  return { output: lines.join('\n') + '\n', exitCode: 0 };
}

function leaves(value: unknown, path: string, out: [string, unknown][]): void {
  if (Array.isArray(value)) {
    if (value.length > 0 && value.every((v) => typeof v === 'object' && v !== null && !Array.isArray(v))) {
      value.forEach((v, i) => {
        const name = path === 'scopes' ? `scopes[${String((v as { name?: unknown }).name)}]` : `${path}[${i}]`;
        leaves(v, name, out);
      });
    } else out.push([path, value]);
  } else if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value);
    if (entries.length === 0) out.push([path, value]);
    for (const [k, v] of entries) leaves(v, path === '' ? k : `${path}.${k}`, out);
  } else out.push([path, value]);
}

/** The resolved policy, one value per line, each with the layer and line it came from. */
export function explainText(policy: ResolvedPolicy): string {
  const rows: [string, unknown][] = [];
  leaves(policy.settings, '', rows);
  const shown = rows.map(([path, value]) => [path, typeof value === 'string' ? value : JSON.stringify(value)] as const);
  const width = Math.min(44, Math.max(...shown.map(([p, v]) => p.length + v.length + 2)));
  const lines = [
    title(policy),
    `digest: ${policy.identity.digest}`,
    `layers: ${policy.chain.join(' -> ')}`,
    '',
    ...shown.map(([path, value]) => {
      const text = `${path}: ${value}`;
      return `${text.padEnd(width)}  # ${policy.origins[path] ?? 'default'}`;
    }),
  ];
  return lines.join('\n') + '\n';
}

export function policyExplain(file: string | undefined, root: string): CommandOutput {
  const r = load(file, root);
  if (!r.policy) return { output: `${problemsText(r)}\npolicy is invalid\n`, exitCode: 2 };
  const warnings = problemsText(r);
  return { output: explainText(r.policy) + (warnings ? `\n${warnings}\n` : ''), exitCode: 0 };
}

export function policyList(): CommandOutput {
  const rows: string[][] = [];
  let bad = false;
  for (const b of listBuiltins()) {
    const r = loadPolicy({ spec: b.ref, root: process.cwd() });
    if (!r.policy) {
      bad = true;
      rows.push([b.ref, '-', `invalid: ${r.problems[0]?.message ?? 'unknown problem'}`]);
      continue;
    }
    const m = r.policy.metadata;
    const note = m.supersededBy === undefined ? '' : ` (superseded by ${m.supersededBy})`;
    rows.push([b.ref, m.version, `${m.title ?? m.name}${note}`]);
  }
  const w0 = Math.max(...rows.map((r) => r[0]!.length), 4);
  const w1 = Math.max(...rows.map((r) => r[1]!.length), 7);
  const out = [`${'NAME'.padEnd(w0)}  ${'VERSION'.padEnd(w1)}  TITLE`, ...rows.map((r) => `${r[0]!.padEnd(w0)}  ${r[1]!.padEnd(w1)}  ${r[2]}`)];
  return { output: out.join('\n') + '\n', exitCode: bad ? 2 : 0 };
}
