import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Ajv } from 'ajv';
import type { ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

// Checks a request against GitHub's published OpenAPI description of the REST API
// (@octokit/openapi, api.github.com): the method and path must name a real operation, every
// path and query parameter must be one the operation declares with a valid value, and the JSON
// body must satisfy the operation's requestBody schema. Anything else is a violation.

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;

interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  schema?: object;
  $ref?: string;
}

interface Operation {
  operationId: string;
  parameters?: Parameter[];
  requestBody?: { required?: boolean; content?: Record<string, { schema?: object }>; $ref?: string };
}

interface Spec {
  paths: Record<string, Record<string, Operation | Parameter[]>>;
  components: { parameters: Record<string, Parameter>; requestBodies?: Record<string, Operation['requestBody']> };
}

interface Route {
  method: string;
  template: string;
  regex: RegExp;
  names: string[];
  literals: number;
  op: Operation;
  params: Parameter[];
}

export interface Verdict {
  operationId?: string;
  template?: string;
  pathParams: Record<string, string>;
  violations: string[];
}

const SPEC_ID = 'https://api.github.com/openapi.json';
const METHODS = ['get', 'post', 'put', 'patch', 'delete', 'head'];

function loadSpec(): Spec {
  const require = createRequire(import.meta.url);
  const dir = dirname(require.resolve('@octokit/openapi/package.json'));
  return JSON.parse(readFileSync(join(dir, 'generated', 'api.github.com.json'), 'utf8')) as Spec;
}

/** Points `#/components/...` references at the spec document registered with Ajv. */
function rebase(schema: object): object {
  return JSON.parse(JSON.stringify(schema).replace(/"\$ref":"#\//g, `"$ref":"${SPEC_ID}#/`)) as object;
}

/**
 * OpenAPI 3.0's `nullable: true` in JSON Schema terms: a `null` type (and enum member) beside
 * the declared type, or, where no type is declared (a oneOf), `anyOf: [schema, null]`.
 */
function denull(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(denull);
  if (!value || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = k === 'example' || k === 'examples' ? v : denull(v);
  if (out.nullable !== true) return out;
  delete out.nullable;
  if (typeof out.type === 'string') {
    out.type = [out.type, 'null'];
    if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
    return out;
  }
  return { anyOf: [out, { type: 'null' }] };
}

export class OpenApiValidator {
  private readonly routes: Route[] = [];
  private readonly ajv: Ajv;
  private readonly coercing: Ajv;
  private readonly compiled = new Map<object, ValidateFunction>();
  private readonly spec: Spec;

  constructor(spec: Spec = denull(loadSpec()) as Spec) {
    this.spec = spec;
    const opts = { strict: false, allErrors: true, validateFormats: true } as const;
    this.ajv = new Ajv(opts);
    this.coercing = new Ajv({ ...opts, coerceTypes: true });
    for (const ajv of [this.ajv, this.coercing]) {
      addFormats(ajv);
      // Formats GitHub's description uses beyond JSON Schema's own.
      ajv.addFormat('repo.nwo', /^[^/\s]+\/[^/\s]+$/);
      ajv.addFormat('timestamp', true);
      ajv.addSchema({ $id: SPEC_ID, components: spec.components });
    }
    for (const [template, item] of Object.entries(spec.paths)) {
      const shared = ((item as { parameters?: Parameter[] }).parameters ?? []).map((p) => this.param(p));
      for (const method of METHODS) {
        const op = item[method] as Operation | undefined;
        if (!op) continue;
        const names: string[] = [];
        const pattern = template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{([^}]+)\}/g, (_m, name: string) => {
          names.push(name);
          return '([^/]+)';
        });
        this.routes.push({
          method: method.toUpperCase(),
          template,
          regex: new RegExp(`^${pattern}$`),
          names,
          literals: template.split('/').filter((s) => s !== '' && !s.startsWith('{')).length,
          op,
          params: [...shared, ...(op.parameters ?? []).map((p) => this.param(p))],
        });
      }
    }
  }

  private param(p: Parameter): Parameter {
    if (!p.$ref) return p;
    const name = p.$ref.split('/').pop()!;
    const resolved = this.spec.components.parameters[name];
    if (!resolved) throw new Error(`unresolved parameter ${p.$ref}`);
    return resolved;
  }

  private validator(ajv: Ajv, schema: object): ValidateFunction {
    let v = this.compiled.get(schema);
    if (!v) {
      v = ajv.compile(rebase(schema));
      this.compiled.set(schema, v);
    }
    return v;
  }

  /** Finds the operation; the most specific template wins (`/issues/comments` over `/issues/{n}`). */
  match(method: string, pathname: string): { route: Route; params: Record<string, string> } | undefined {
    let best: { route: Route; params: Record<string, string> } | undefined;
    for (const route of this.routes) {
      if (route.method !== method.toUpperCase()) continue;
      const m = route.regex.exec(pathname);
      if (!m) continue;
      if (best && best.route.literals >= route.literals) continue;
      const params: Record<string, string> = {};
      route.names.forEach((n, i) => (params[n] = decodeURIComponent(m[i + 1]!)));
      best = { route, params };
    }
    return best;
  }

  validate(method: string, url: URL, body: unknown): Verdict {
    const found = this.match(method, url.pathname);
    if (!found) return { pathParams: {}, violations: [`no operation ${method} ${url.pathname} in GitHub's REST API description`] };
    const { route, params } = found;
    const violations: string[] = [];
    const where = `${route.op.operationId} (${method} ${route.template})`;
    const check = (what: string, schema: object | undefined, value: string): void => {
      if (!schema) return;
      const v = this.validator(this.coercing, { type: 'object', properties: { value: schema } });
      if (!v({ value })) violations.push(`${where}: ${what} '${value}': ${this.coercing.errorsText(v.errors)}`);
    };
    for (const p of route.params.filter((p) => p.in === 'path')) check(`path parameter ${p.name}`, p.schema, params[p.name] ?? '');
    const query = route.params.filter((p) => p.in === 'query');
    for (const [key, value] of url.searchParams) {
      const p = query.find((q) => q.name === key);
      if (!p) violations.push(`${where}: query parameter '${key}' is not declared`);
      else check(`query parameter ${key}`, p.schema, value);
    }
    for (const p of query) if (p.required && !url.searchParams.has(p.name)) violations.push(`${where}: query parameter '${p.name}' is required`);

    let rb = route.op.requestBody;
    if (rb?.$ref) rb = this.spec.components.requestBodies?.[rb.$ref.split('/').pop()!];
    const schema = rb?.content?.['application/json']?.schema;
    if (body === undefined) {
      if (rb?.required) violations.push(`${where}: a request body is required`);
    } else if (!schema) {
      violations.push(`${where}: takes no JSON body, got one`);
    } else {
      const v = this.validator(this.ajv, schema);
      if (!v(body)) violations.push(`${where}: body: ${this.ajv.errorsText(v.errors)}`);
      // Stricter than the description (which allows extra members, and GitHub ignores them): a
      // top-level field the operation does not declare is a misspelt field that silently does nothing.
      const declared = (schema as { properties?: Record<string, unknown> }).properties;
      if (declared && body && typeof body === 'object' && !Array.isArray(body)) {
        for (const key of Object.keys(body)) if (!(key in declared)) violations.push(`${where}: body field '${key}' is not declared`);
      }
    }
    return { operationId: route.op.operationId, template: route.template, pathParams: params, violations };
  }
}

let shared: OpenApiValidator | undefined;

/** One validator per test process: the description is 13 MB and compiles lazily. */
export function openApiValidator(): OpenApiValidator {
  shared ??= new OpenApiValidator();
  return shared;
}
