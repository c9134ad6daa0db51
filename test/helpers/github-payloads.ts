import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Ajv } from 'ajv';
import type { ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

// Event payloads for the action's tests, made from GitHub's own webhook schemas
// (@octokit/openapi-webhooks, api.github.com): every property a schema requires is filled with a
// plain value of its type, the test's own values are laid over it, and the result is validated
// against the schema, so a fixture cannot put a field where GitHub never sends it.

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;

interface Schema {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, Schema>;
  required?: string[];
  allOf?: Schema[];
  anyOf?: Schema[];
  oneOf?: Schema[];
  enum?: unknown[];
  const?: unknown;
  items?: Schema;
  minItems?: number;
  format?: string;
}

interface Spec {
  components: { schemas: Record<string, Schema> };
}

const SPEC_ID = 'https://api.github.com/webhooks.json';
let spec: Spec | undefined;
let ajv: Ajv | undefined;
const validators = new Map<string, ValidateFunction>();

function load(): Spec {
  if (!spec) {
    const require = createRequire(import.meta.url);
    const dir = dirname(require.resolve('@octokit/openapi-webhooks/package.json'));
    spec = JSON.parse(readFileSync(join(dir, 'generated', 'api.github.com.json'), 'utf8')) as Spec;
  }
  return spec;
}

function resolve(s: Schema): Schema {
  let cur = s;
  while (cur.$ref) cur = load().components.schemas[cur.$ref.split('/').pop()!]!;
  return cur;
}

function sample(schema: Schema, depth = 0): unknown {
  const s = resolve(schema);
  if (depth > 40) throw new Error('webhook schema too deep to sample');
  if (s.const !== undefined) return s.const;
  if (s.enum) return s.enum.find((v) => v !== null) ?? null;
  if (s.allOf) return Object.assign({}, ...s.allOf.map((p) => sample(p, depth + 1)));
  const alt = s.anyOf ?? s.oneOf;
  if (alt) return sample(alt.find((a) => resolve(a).type !== 'null') ?? alt[0]!, depth + 1);
  const type = Array.isArray(s.type) ? (s.type.find((t) => t !== 'null') ?? 'null') : (s.type ?? (s.properties ? 'object' : 'string'));
  switch (type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const key of s.required ?? []) out[key] = sample(s.properties?.[key] ?? {}, depth + 1);
      return out;
    }
    case 'array':
      return Array.from({ length: s.minItems ?? 0 }, () => sample(s.items ?? {}, depth + 1));
    case 'integer':
    case 'number':
      return 1;
    case 'boolean':
      return false;
    case 'null':
      return null;
    default:
      if (s.format === 'date-time') return '2026-11-24T06:00:00Z';
      if (s.format === 'date') return '2026-11-24';
      if (s.format === 'email') return 'octocat@example.com';
      if (s.format?.startsWith('uri')) return 'https://github.com/octocat';
      return 'x';
  }
}

type Deep = { [key: string]: unknown };

function overlay(base: unknown, over: unknown): unknown {
  if (over === undefined) return base;
  if (!over || typeof over !== 'object' || Array.isArray(over) || !base || typeof base !== 'object' || Array.isArray(base)) return over;
  const out: Deep = { ...(base as Deep) };
  for (const [k, v] of Object.entries(over as Deep)) out[k] = overlay(out[k], v);
  return out;
}

function validator(name: string): ValidateFunction {
  let v = validators.get(name);
  if (!v) {
    if (!ajv) {
      ajv = new Ajv({ strict: false, allErrors: true });
      addFormats(ajv);
      ajv.addSchema({ $id: SPEC_ID, components: load().components });
    }
    v = ajv.compile({ $ref: `${SPEC_ID}#/components/schemas/${name}` });
    validators.set(name, v);
  }
  return v;
}

/** A payload for the webhook schema `name` (e.g. `webhook-pull-request-opened`), validated. */
export function webhookPayload(name: string, values: Deep): Deep {
  const schema = load().components.schemas[name];
  if (!schema) throw new Error(`no webhook schema ${name}`);
  const payload = overlay(sample(schema), values) as Deep;
  const v = validator(name);
  if (!v(payload)) throw new Error(`payload does not match ${name}: ${ajv!.errorsText(v.errors)}`);
  return payload;
}

export interface PullRequestSpec {
  number: number;
  baseSha: string;
  headSha: string;
  baseRepo: string;
  /** The head repository (`owner/name`); a fork when it differs from the base. */
  headRepo: string;
  defaultBranch?: string;
}

function repoValues(fullName: string, fork: boolean, defaultBranch: string): Deep {
  const [owner, name] = fullName.split('/');
  return { full_name: fullName, name, fork, default_branch: defaultBranch, owner: { login: owner } };
}

/** A `pull_request` event (action `opened`) as GitHub sends it to a workflow. */
export function pullRequestOpened(spec: PullRequestSpec): Deep {
  const branch = spec.defaultBranch ?? 'main';
  const fork = spec.headRepo !== spec.baseRepo;
  return webhookPayload('webhook-pull-request-opened', {
    action: 'opened',
    number: spec.number,
    repository: repoValues(spec.baseRepo, false, branch),
    pull_request: {
      number: spec.number,
      state: 'open',
      head: { sha: spec.headSha, ref: 'feature', label: 'x:feature', repo: repoValues(spec.headRepo, fork, branch) },
      base: { sha: spec.baseSha, ref: branch, label: `x:${branch}`, repo: repoValues(spec.baseRepo, false, branch) },
    },
  });
}

/** A `push` event to `ref`. */
export function push(repo: string, ref: string, sha: string, defaultBranch = 'main'): Deep {
  return webhookPayload('webhook-push', { ref, after: sha, repository: repoValues(repo, false, defaultBranch) });
}

/** A `workflow_dispatch` event. */
export function workflowDispatch(repo: string, ref = 'refs/heads/main'): Deep {
  return webhookPayload('webhook-workflow-dispatch', { ref, repository: repoValues(repo, false, 'main') });
}

/**
 * A `schedule` event. GitHub publishes no webhook schema for it (it is not a webhook); the
 * runner's payload is the cron expression, the workflow file and the repository object of the
 * other events (here sampled from the `push` event's repository schema).
 */
export function schedule(repo: string, cron = '17 6 * * *'): Deep {
  const repository = push(repo, 'refs/heads/main', '0'.repeat(40)).repository;
  return { schedule: cron, workflow: '.github/workflows/patchwarden.yml', repository };
}
