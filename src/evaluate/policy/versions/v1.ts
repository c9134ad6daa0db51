import { globProblem } from '../../../model/glob.js';
import type { Problem } from '../../../model/types.js';
import { isPartialDayDuration } from '../duration.js';
import type { PathSegment } from '../locate.js';
import { policyProblem, schemaProblems, validatorFor } from '../schema.js';
import type { SourceMap } from '../schema.js';
import { schemaPath } from '../builtins.js';
import type { PolicyDocumentV1, PolicySettings } from '../types.js';
import type { ExtendsRef, PolicyLayer, PolicyVersionReader } from './types.js';

// patchwarden/v1: the JSON Schema says what each field may hold; the checks below say what a
// schema cannot (whole days, one of two fields present, unique names).

const DURATION_KEYS = new Set(['critical', 'high', 'medium', 'low', 'dueSoon', 'cooldown', 'deadline', 'maxDataAge']);

function semanticProblems(doc: PolicyDocumentV1, src: SourceMap): Problem[] {
  const out: Problem[] = [];
  const walk = (value: unknown, path: PathSegment[]): void => {
    if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i]));
    else if (value !== null && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) {
        if (k === 'metadata') continue;
        if (typeof v === 'string' && DURATION_KEYS.has(k) && isPartialDayDuration(v)) {
          out.push(policyProblem(src, [...path, k], `expected whole days, got '${v}' (hours must be a multiple of 24)`));
        } else walk(v, [...path, k]);
      }
    }
  };
  walk(doc, []);

  const unique = (list: { name: string }[] | undefined, field: string): void => {
    const first = new Map<string, number>();
    list?.forEach((item, i) => {
      const prev = first.get(item.name);
      if (prev !== undefined) out.push(policyProblem(src, [field, i, 'name'], `'${item.name}' is already used by ${field}[${prev}]`));
      else first.set(item.name, i);
    });
  };
  unique(doc.scopes, 'scopes');
  unique(doc.rules, 'rules');

  doc.exceptions?.forEach((ex, i) => {
    if (ex.advisory === undefined && ex.package === undefined) {
      out.push(policyProblem(src, ['exceptions', i], 'needs an advisory, a package, or both'));
    }
    if (ex.package !== undefined && !/^pkg:[a-z][a-z0-9.+-]*\/./i.test(ex.package) && !/^[^/\s]+\/\S/.test(ex.package)) {
      out.push(policyProblem(src, ['exceptions', i, 'package'], `expected a package URL like pkg:npm/ws or ecosystem/name like npm/ws, got '${ex.package}'`));
    }
    if (ex.created !== undefined && ex.created > ex.expires) {
      out.push(policyProblem(src, ['exceptions', i, 'expires'], `expires before it was created (${ex.created})`));
    }
  });

  const epssChecks = (epss: PolicySettings['epss'], path: PathSegment[]): void => {
    if (epss && (epss.severity !== undefined || epss.deadline !== undefined) && epss.threshold === undefined && epss.percentile === undefined) {
      out.push(policyProblem(src, path, 'sets an escalation but neither threshold nor percentile'));
    }
  };
  epssChecks(doc.epss, ['epss']);
  doc.scopes?.forEach((s, i) => epssChecks(s.epss, ['scopes', i, 'epss']));

  const globs = (list: string[] | undefined, path: PathSegment[]): void => {
    list?.forEach((g, j) => {
      const why = globProblem(g);
      if (why !== undefined) out.push(policyProblem(src, [...path, j], why));
    });
  };
  doc.scopes?.forEach((s, i) => globs(s.paths, ['scopes', i, 'paths']));
  doc.exceptions?.forEach((e, i) => globs(e.paths, ['exceptions', i, 'paths']));
  doc.owners?.forEach((o, i) => globs(o.paths, ['owners', i, 'paths']));
  return out;
}

export const V1: PolicyVersionReader = {
  apiVersion: 'patchwarden/v1',
  schemaFile: () => schemaPath('patchwarden/v1'),
  read(value: unknown, src: SourceMap) {
    let validate;
    try {
      validate = validatorFor(this.schemaFile());
    } catch (err) {
      // A missing or broken schema file is an installation fault, not the policy's.
      return { problems: [policyProblem(undefined, [], `cannot load the policy schema ${this.schemaFile()}: ${(err as Error).message}`, { file: src.file })] };
    }
    if (!validate(value)) return { problems: schemaProblems(validate.errors ?? [], src) };
    const doc = value as PolicyDocumentV1;
    const problems = semanticProblems(doc, src);
    if (problems.length > 0) return { problems };
    const { $schema: _s, apiVersion, kind: _k, metadata, extends: ext, ...settings } = doc;
    const refs: ExtendsRef[] =
      ext === undefined ? [] : typeof ext === 'string' ? [{ ref: ext, path: ['extends'] }] : ext.map((ref, i) => ({ ref, path: ['extends', i] }));
    const layer: PolicyLayer = { apiVersion, metadata, extends: refs, settings };
    return { layer, problems: [] };
  },
};
