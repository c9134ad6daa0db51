import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv2020Module from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { listBuiltins, policiesDir, schemaPath } from './builtins.js';
import { loadPolicy } from './load.js';
import { readResolvedBuiltin, resolvePolicy } from './resolved.js';
import { DEFAULT_SETTINGS } from './merge.js';
import { validatorFor } from './schema.js';
import { policyExplain, policyList, policyValidate } from './commands.js';
import { loadText } from './__fixtures__/tmp.js';

const EXPECTED = [
  'baseline',
  'cisa-bod-22-01',
  'cisa-bod-26-04',
  'cyber-essentials',
  'defectdojo-defaults',
  'essential-eight-ml1',
  'fedramp-rev5',
  'pci-dss-4',
];

describe('built-in policies', () => {
  const builtins = listBuiltins();

  it('ships the expected library', () => {
    expect(builtins.map((b) => b.name)).toEqual(EXPECTED);
  });

  it.each(builtins.map((b) => [b.ref, b] as const))('%s validates, names itself, and cites its source', (ref, b) => {
    const r = loadPolicy({ spec: ref, root: '/nonexistent-root' });
    expect(r.problems.filter((p) => p.level === 'error')).toEqual([]);
    const p = r.policy!;
    expect(p.identity.name).toBe(b.name);
    expect(Number(p.identity.version.split('.')[0])).toBe(b.major);
    expect(p.identity.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    const text = readFileSync(b.file, 'utf8');
    expect(text.startsWith('# yaml-language-server: $schema=./schema/patch-policy.v1.json\n')).toBe(true);
    expect(text).toMatch(/https:\/\//);
    if (b.name !== 'baseline') expect(p.metadata.sources?.length).toBeGreaterThan(0);
  });

  it('the defaults a policy starts from are baseline@1 without its escalations', () => {
    const base = loadPolicy({ spec: 'builtin:baseline@1', root: '/nonexistent-root' }).policy!.settings;
    expect({ ...base, kev: {}, epss: {} }).toEqual(DEFAULT_SETTINGS);
  });
});

describe('the shipped resolutions of the built-ins (policies/resolved/)', () => {
  it.each(listBuiltins().map((b) => [b.ref] as const))('%s: equal to what loadPolicy() answers (npm run gen:policies writes them)', (ref) => {
    const shipped = readResolvedBuiltin(ref);
    expect(shipped, `${ref} has no current resolution: run npm run gen:policies`).toBeDefined();
    expect(shipped).toStrictEqual(loadPolicy({ spec: ref, root: '/nonexistent-root' }));
  });

  it('a run judged by the baseline reads no YAML: resolvePolicy() answers from the shipped file', async () => {
    expect(await resolvePolicy({ root: '/nonexistent-root' })).toStrictEqual(readResolvedBuiltin('builtin:baseline@1'));
  });

  it('an edited built-in (its YAML no longer the one resolved) is read from its YAML', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pw-policies-'));
    try {
      cpSync(policiesDir(), dir, { recursive: true });
      expect(readResolvedBuiltin('builtin:baseline@1', dir)).toBeDefined();
      appendFileSync(join(dir, 'baseline.v1.yml'), '# a comment changes no rule, but the file is not the one resolved\n');
      expect(readResolvedBuiltin('builtin:baseline@1', dir)).toBeUndefined();
      rmSync(join(dir, 'resolved', 'pci-dss-4.v1.json'));
      expect(readResolvedBuiltin('builtin:pci-dss-4@1', dir)).toBeUndefined();
      expect(readResolvedBuiltin('builtin:fedramp-rev5@1', dir)).toBeDefined();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

type SchemaNode = Record<string, unknown>;

function walk(node: unknown, path: string, visit: (n: SchemaNode, path: string) => void): void {
  if (Array.isArray(node)) node.forEach((n, i) => walk(n, `${path}[${i}]`, visit));
  else if (node && typeof node === 'object') {
    visit(node as SchemaNode, path);
    for (const [k, v] of Object.entries(node)) {
      if (k === 'enum' || k === 'const' || k === 'required') continue;
      walk(v, `${path}/${k}`, visit);
    }
  }
}

describe('the JSON Schema', () => {
  const file = schemaPath('patchwarden/v1');
  const schema = JSON.parse(readFileSync(file, 'utf8')) as SchemaNode;

  it('is a 2020-12 schema with an $id that ajv compiles in strict mode', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toMatch(/^https:\/\/.+patch-policy\.v1\.json$/);
    expect(typeof validatorFor(file)).toBe('function');
    // validatorFor skips the meta-schema pass at run time; the shipped schema must pass it here.
    const meta = new Ajv2020Module.default({ strict: true, allowUnionTypes: true });
    meta.addKeyword({ keyword: 'patternErrorMessage', schemaType: 'string' });
    expect(meta.validateSchema(schema), JSON.stringify(meta.errors)).toBe(true);
  });

  it('closes every object and describes every field', () => {
    const open: string[] = [];
    const undocumented: string[] = [];
    walk(schema, '#', (n, path) => {
      if (n.type === 'object' && n.additionalProperties !== false) open.push(path);
      const props = n.properties as Record<string, SchemaNode> | undefined;
      for (const [name, prop] of Object.entries(props ?? {})) {
        // A $ref to a definition takes that definition's title and description.
        const target = typeof prop.$ref === 'string' ? ((schema.$defs as Record<string, SchemaNode>)[prop.$ref.replace('#/$defs/', '')] ?? {}) : {};
        if (!(prop.title ?? target.title) || !(prop.description ?? target.description)) undocumented.push(`${path}/properties/${name}`);
      }
    });
    expect(open).toEqual([]);
    expect(undocumented).toEqual([]);
  });
});

describe('policy commands', () => {
  it('validate: 0 and the identity when valid, 2 and located errors when not', () => {
    const ok = policyValidate('builtin:fedramp-rev5@1', '/nonexistent-root');
    expect(ok.exitCode).toBe(0);
    expect(ok.output).toMatch(/^policy fedramp-rev5@1\.0\.0 \(patchwarden\/v1\) is valid\ndigest: sha256:[0-9a-f]{64}\n$/);
    const bad = policyValidate('/nonexistent-root/p.yml', '/nonexistent-root');
    expect(bad).toEqual({ exitCode: 2, output: 'p.yml: error: policy file not found\npolicy is invalid\n' });
  });

  it('validate prints file:line:column for each problem', () => {
    const r = loadText('apiVersion: patchwarden/v1\nkind: PatchPolicy\nmetadata: { name: x, version: 1.0.0 }\ngate: urgent\n');
    expect(r.problems[0]).toMatchObject({ line: 4, column: 7 });
  });

  it('explain shows each value with the layer and line it came from', () => {
    const out = policyExplain('builtin:cyber-essentials@1', '/nonexistent-root');
    expect(out.exitCode).toBe(0);
    const lines = out.output.split('\n');
    expect(lines[0]).toBe('policy cyber-essentials@1.0.0 (patchwarden/v1)');
    expect(lines[2]).toBe('layers: default -> builtin:cyber-essentials@1');
    expect(lines.find((l) => l.startsWith('deadlines.medium: none'))).toMatch(/# builtin:cyber-essentials@1 line \d+$/);
    expect(lines.find((l) => l.startsWith('runtime.patchLag.deadline: 30d'))).toMatch(/# default$/);
  });

  it('list names every built-in with its version and marks the superseded one', () => {
    const out = policyList();
    expect(out.exitCode).toBe(0);
    const rows = out.output.trimEnd().split('\n');
    expect(rows[0]).toMatch(/^NAME\s+VERSION\s+TITLE$/);
    expect(rows.slice(1).map((r) => r.split(/\s+/)[0])).toEqual(EXPECTED.map((n) => `builtin:${n}@1`));
    expect(out.output).toMatch(/builtin:cisa-bod-22-01@1\s+1\.0\.0\s+.*\(superseded by builtin:cisa-bod-26-04@1\)/);
  });
});
