import { basename } from 'node:path';
import type { ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';
import type { Document, LineCounter } from 'yaml';
import type { Problem } from '../../model/types.js';
import { displayPath, locate } from './locate.js';
import type { PathSegment } from './locate.js';
import validateV1 from './validate-v1.cjs';

// ajv validates a policy against the JSON Schema that ships in policies/schema; its errors are
// rewritten into the plain messages a reviewer reads ("deadlines.high: expected a duration like
// 30d, got '30 days'") and placed on the YAML line and column of the offending value.

export const POLICY_ORIGIN = 'policy';

// Each shipped schema is compiled ahead of time (scripts/gen-policy-validator.mjs; a test keeps
// the generated code equal to a fresh compile), so a run never compiles a schema: that was a
// third of the action's cold start. A new schema version adds its generated validator here.
const VALIDATORS: Record<string, ValidateFunction> = {
  'patch-policy.v1.json': validateV1,
};

/** The validator of a shipped schema file. */
export function validatorFor(schemaFile: string): ValidateFunction {
  const v = VALIDATORS[basename(schemaFile)];
  if (!v) throw new Error(`no compiled validator for ${schemaFile}: run npm run gen:validator`);
  return v;
}

export interface SourceMap {
  file: string;
  doc: Document.Parsed;
  lines: LineCounter;
}

export function policyProblem(src: SourceMap | undefined, path: readonly PathSegment[], message: string, opts: { key?: boolean; level?: Problem['level']; file?: string } = {}): Problem {
  const where = displayPath(path);
  const p: Problem = {
    level: opts.level ?? 'error',
    origin: POLICY_ORIGIN,
    message: where === '' ? message : `${where}: ${message}`,
  };
  const file = opts.file ?? src?.file;
  if (file !== undefined) p.file = file;
  if (src) {
    const pos = locate(src.doc, src.lines, path, opts.key);
    if (pos) {
      p.line = pos.line;
      p.column = pos.column;
    }
  }
  return p;
}

/** A value as the message shows it: strings quoted, structures named. */
export function show(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (typeof value === 'string') return `'${value.length > 60 ? value.slice(0, 57) + '...' : value}'`;
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return String(value);
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'true or false',
  object: 'a mapping',
  array: 'a list',
  null: 'nothing',
};

function typeWords(t: unknown): string {
  const list = Array.isArray(t) ? t : [t];
  return list.map((x) => TYPE_WORDS[String(x)] ?? String(x)).join(' or ');
}

function pointerToPath(pointer: string): PathSegment[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^(0|[1-9][0-9]*)$/.test(s) ? Number(s) : s));
}

/** Edit distance, for "did you mean" on unknown fields. */
function distance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j]!;
      prev[j] = Math.min(prev[j]! + 1, prev[j - 1]! + 1, diag + (a[i - 1]!.toLowerCase() === b[j - 1]!.toLowerCase() ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length]!;
}

interface SchemaNode {
  patternErrorMessage?: string;
  pattern?: string;
  properties?: Record<string, unknown>;
  minimum?: number;
  maximum?: number;
}

const FORMAT_WORDS: Record<string, string> = { date: 'a date like 2026-12-31', uri: 'a URL like https://example.com/' };

function messageFor(e: ErrorObject): { path: PathSegment[]; message: string; key?: boolean } {
  const path = pointerToPath(e.instancePath);
  const schema = (e.parentSchema ?? {}) as SchemaNode;
  const params = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'type':
      // A map's patternErrorMessage describes its keys, not the map itself.
      return { path, message: `expected ${(params.type !== 'object' && schema.patternErrorMessage) || typeWords(params.type)}, got ${show(e.data)}` };
    case 'pattern':
      return { path, message: `expected ${schema.patternErrorMessage ?? `text matching ${String(params.pattern)}`}, got ${show(e.data)}` };
    case 'format':
      return { path, message: `expected ${FORMAT_WORDS[String(params.format)] ?? String(params.format)}, got ${show(e.data)}` };
    case 'enum':
      return { path, message: `expected one of ${(params.allowedValues as unknown[]).join(', ')}, got ${show(e.data)}` };
    case 'const':
      return { path, message: `expected ${String(params.allowedValue)}, got ${show(e.data)}` };
    case 'required':
      return { path, message: `missing required field '${String(params.missingProperty)}'` };
    case 'additionalProperties': {
      const extra = String(params.additionalProperty);
      const known = Object.keys(schema.properties ?? {}).filter((k) => k !== '$schema');
      const near = known
        .map((k) => ({ k, d: distance(extra, k) }))
        .filter((x) => x.d <= Math.max(1, Math.floor(x.k.length / 3)))
        .sort((a, b) => a.d - b.d)[0];
      // A map (no fixed fields) says what its keys look like in its own patternErrorMessage.
      const keys = known.length === 0 && typeof schema.patternErrorMessage === 'string' ? `expected ${schema.patternErrorMessage}` : undefined;
      const hint = near ? `did you mean '${near.k}'?` : (keys ?? `expected one of ${known.join(', ')}`);
      return { path: [...path, extra], message: `unknown field; ${hint}`, key: true };
    }
    case 'minItems':
      return { path, message: `expected at least ${String(params.limit)} item${params.limit === 1 ? '' : 's'}, got none` };
    case 'minLength':
      return { path, message: `expected non-empty text, got ${show(e.data)}` };
    case 'minimum':
    case 'maximum':
      return { path, message: `expected a number from ${schema.minimum ?? '-∞'} to ${schema.maximum ?? '∞'}, got ${show(e.data)}` };
    default:
      return { path, message: e.message ?? `fails ${e.keyword}` };
  }
}

/** Schema errors as located Problems, one per field, in source order. */
export function schemaProblems(errors: readonly ErrorObject[], src: SourceMap): Problem[] {
  const seen = new Set<string>();
  const out: Problem[] = [];
  for (const e of errors) {
    // `if`/`anyOf` wrappers repeat what their branches already said.
    if (e.keyword === 'if' || e.keyword === 'anyOf' || e.keyword === 'oneOf') continue;
    const m = messageFor(e);
    const p = policyProblem(src, m.path, m.message, { key: m.key === true });
    const k = p.message;
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(p);
  }
  return out.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}
