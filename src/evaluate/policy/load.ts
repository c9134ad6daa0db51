import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import type { Location, Problem } from '../../model/types.js';
import { clipMessage } from '../../model/problem.js';
import { parseYaml, toJs } from '../../parse/yaml.js';
import { isInside } from '../../discover/read.js';
import { LIMITS } from '../../limits.js';
import { builtinFile, parseBuiltinRef } from './builtins.js';
import { sha256Digest } from './canonical.js';
import { parseDuration } from './duration.js';
import { locate } from './locate.js';
import type { PathSegment } from './locate.js';
import { mergeLayer, newMergeState } from './merge.js';
import type { MergeState } from './merge.js';
import { policySpec } from './resolved.js';
import { POLICY_ORIGIN, policyProblem } from './schema.js';
import type { SourceMap } from './schema.js';
import type { ResolvedPolicy, ResolvedSettings } from './types.js';
import { READERS } from './versions/index.js';
import type { PolicyLayer } from './versions/types.js';

// Loads a policy, follows its `extends` chain and merges the layers. Synchronous: policies are a
// few KB, and the CLI and the action need the policy before anything else can start. Nothing is
// returned unless every layer is valid, because a half-read policy would give wrong deadlines.

const MAX_POLICY_BYTES = LIMITS.policyMaxBytes;
const MAX_EXTENDS_DEPTH = LIMITS.policyMaxExtendsDepth;

export interface PolicyLoadResult {
  policy?: ResolvedPolicy;
  problems: Problem[];
}

interface Source {
  /** `builtin:NAME@MAJOR` or the absolute path. */
  id: string;
  /** What messages call it: the built-in reference, or the path relative to the root. */
  display: string;
  path: string;
  builtin: boolean;
}

interface LoadContext {
  root: string;
  rootReal: string;
  problems: Problem[];
  state: MergeState;
  chain: string[];
}

function error(file: string | undefined, message: string, line?: number, column?: number): Problem {
  const p: Problem = { level: 'error', origin: POLICY_ORIGIN, message };
  if (file !== undefined) p.file = file;
  if (line !== undefined) p.line = line;
  if (column !== undefined) p.column = column;
  return p;
}

function displayFor(root: string, abs: string): string {
  return isInside(root, abs) ? relative(root, abs).split(sep).join('/') : abs;
}

function builtinSource(ref: string): Source | undefined {
  const b = parseBuiltinRef(ref);
  if (!b) return undefined;
  return { id: ref, display: ref, path: builtinFile(b.name, b.major), builtin: true };
}

/** Reads and validates one file into a layer (without following its extends). */
function readLayer(src: Source, ctx: LoadContext): { layer?: PolicyLayer; map?: SourceMap } {
  let text: string;
  try {
    const st = statSync(src.path);
    if (!st.isFile()) {
      ctx.problems.push(error(src.display, 'policy is not a file'));
      return {};
    }
    if (st.size > MAX_POLICY_BYTES) {
      ctx.problems.push(error(src.display, `policy file is ${st.size} bytes; the limit is ${MAX_POLICY_BYTES}`));
      return {};
    }
    text = readFileSync(src.path, 'utf8');
  } catch {
    ctx.problems.push(error(src.display, src.builtin ? `unknown built-in policy ${src.id} (see patchwarden policy list)` : 'policy file not found'));
    return {};
  }
  const parsed = parseYaml(text, POLICY_ORIGIN, src.display);
  if (parsed.problems.length > 0) {
    ctx.problems.push(...parsed.problems);
    return {};
  }
  if (parsed.docs.length !== 1) {
    const second = parsed.docs[1]?.contents?.range?.[0];
    ctx.problems.push(
      error(
        src.display,
        parsed.docs.length === 0 ? 'policy file is empty' : `expected one YAML document, found ${parsed.docs.length}`,
        second === undefined ? undefined : parsed.lines.linePos(second).line,
      ),
    );
    return {};
  }
  const doc = parsed.docs[0]!;
  const map: SourceMap = { file: src.display, doc, lines: parsed.lines };
  const value = toJs(doc, POLICY_ORIGIN, src.display, ctx.problems, parsed.lines);
  if (value === undefined) return {};
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    ctx.problems.push(policyProblem(map, [], 'expected a mapping with apiVersion, kind and metadata'));
    return {};
  }
  const apiVersion = (value as Record<string, unknown>).apiVersion;
  if (apiVersion === undefined) {
    ctx.problems.push(policyProblem(map, [], "missing required field 'apiVersion'"));
    return {};
  }
  const reader = typeof apiVersion === 'string' ? READERS.get(apiVersion) : undefined;
  if (!reader) {
    const known = [...READERS.keys()].join(', ');
    ctx.problems.push(policyProblem(map, ['apiVersion'], `unsupported version ${typeof apiVersion === 'string' ? `'${apiVersion}'` : String(apiVersion)}; this patchwarden reads ${known}`));
    return {};
  }
  const result = reader.read(value, map);
  ctx.problems.push(...result.problems);
  return result.layer ? { layer: result.layer, map } : {};
}

/** Resolves an `extends` entry written in `from` to a source, or reports why it cannot be used. */
function extendsSource(ref: string, path: PathSegment[], from: Source, map: SourceMap, ctx: LoadContext): Source | undefined {
  if (ref.startsWith('builtin:')) {
    const s = builtinSource(ref);
    if (!s) ctx.problems.push(policyProblem(map, path, `expected builtin:NAME@MAJOR like builtin:baseline@1, got '${ref}'`));
    else if (!existsSync(s.path)) {
      ctx.problems.push(policyProblem(map, path, `unknown built-in policy '${ref}' (see patchwarden policy list)`));
      return undefined;
    }
    return s;
  }
  if (from.builtin) {
    ctx.problems.push(policyProblem(map, path, `a built-in policy can only extend built-ins, got '${ref}'`));
    return undefined;
  }
  if (isAbsolute(ref) || /^[A-Za-z]:[\\/]/.test(ref) || ref.startsWith('\\')) {
    ctx.problems.push(policyProblem(map, path, `expected a path relative to the repository, got '${ref}'`));
    return undefined;
  }
  const abs = resolve(dirname(from.path), ref);
  if (!isInside(ctx.root, abs)) {
    ctx.problems.push(policyProblem(map, path, `'${ref}' is outside the repository`));
    return undefined;
  }
  if (!existsSync(abs)) {
    ctx.problems.push(policyProblem(map, path, `'${ref}' does not exist`));
    return undefined;
  }
  let real: string;
  try {
    real = realpathSync(abs);
  } catch {
    ctx.problems.push(policyProblem(map, path, `'${ref}' cannot be read`));
    return undefined;
  }
  if (!isInside(ctx.rootReal, real)) {
    ctx.problems.push(policyProblem(map, path, `'${ref}' leads outside the repository through a symbolic link`));
    return undefined;
  }
  return { id: real, display: displayFor(ctx.root, abs), path: real, builtin: false };
}

/** Applies a source and, first, everything it extends (depth first, in order). */
function apply(src: Source, stack: Source[], ctx: LoadContext): PolicyLayer | undefined {
  const { layer, map } = readLayer(src, ctx);
  if (!layer || !map) return undefined;
  for (const ext of layer.extends) {
    const target = extendsSource(ext.ref, ext.path, src, map, ctx);
    if (!target) continue;
    const cycleAt = [...stack, src].findIndex((s) => s.id === target.id);
    if (cycleAt !== -1) {
      const names = [...stack, src].slice(cycleAt).map((s) => s.display);
      ctx.problems.push(policyProblem(map, ext.path, `extends cycle: ${[...names, target.display].join(' -> ')}`));
      continue;
    }
    if (stack.length + 1 >= MAX_EXTENDS_DEPTH) {
      ctx.problems.push(policyProblem(map, ext.path, `extends chain is deeper than ${MAX_EXTENDS_DEPTH} files`));
      continue;
    }
    apply(target, [...stack, src], ctx);
  }
  const label = src.display;
  mergeLayer(ctx.state, layer.settings, (local) => {
    const pos = locate(map.doc, map.lines, local);
    const location: Location | undefined = pos ? { file: label, line: pos.line } : undefined;
    return { text: pos ? `${label} line ${pos.line}` : label, location };
  });
  ctx.chain.push(src.display);
  if (layer.metadata.supersededBy !== undefined) {
    ctx.problems.push({
      level: 'warning',
      origin: POLICY_ORIGIN,
      file: src.display,
      message: `${src.display} is superseded by ${layer.metadata.supersededBy}`,
    });
  }
  return layer;
}

/** Approximate length in days, for comparing durations in warnings (a month counts 30 days). */
function approxDays(text: string | undefined): number | undefined {
  const d = text === undefined ? undefined : parseDuration(text);
  return d ? d.days + d.months * 30 : undefined;
}

function warnings(settings: ResolvedSettings, file: string): Problem[] {
  const out: Problem[] = [];
  const cooldown = approxDays(settings.cooldown) ?? 0;
  const shortest = Math.min(...Object.values(settings.deadlines).map((d) => approxDays(d) ?? Infinity));
  if (cooldown > 0 && cooldown >= shortest) {
    out.push({
      level: 'warning',
      origin: POLICY_ORIGIN,
      file,
      message: `cooldown ${settings.cooldown} is as long as the shortest deadline (${shortest}d): fixes will be overdue before they are recommended`,
    });
  }
  return out;
}

/**
 * Loads the policy named by `spec`: undefined means `<root>/.github/patchwarden.yml` (or
 * `.yaml`) when it exists and builtin:baseline@1 otherwise; `builtin:NAME@MAJOR` a built-in; anything else a file
 * path (absolute, or relative to the working directory). Files it extends must lie inside `root`.
 */
export function loadPolicy(opts: { spec?: string; root: string }): PolicyLoadResult {
  const root = resolve(opts.root);
  let rootReal = root;
  try {
    rootReal = realpathSync(root);
  } catch {
    // A root that does not exist is reported by discovery; extends checks use the path as given.
  }
  const ctx: LoadContext = { root, rootReal, problems: [], state: newMergeState(), chain: [] };
  const spec = policySpec(opts.spec, root);
  let top: Source | undefined;
  if (spec.startsWith('builtin:')) {
    top = builtinSource(spec);
    if (!top) ctx.problems.push(error(undefined, `expected builtin:NAME@MAJOR like builtin:baseline@1, got '${spec}'`));
  } else {
    const abs = resolve(spec);
    let id = abs;
    try {
      id = realpathSync(abs);
    } catch {
      // reported when it is read
    }
    // A policy file inside the repository comes from whoever wrote the pull request: a symbolic
    // link there must not make us read (and echo in messages) a file outside it. A path outside
    // the repository was chosen by the operator and is read as given.
    if (isInside(root, abs) && !isInside(rootReal, id)) {
      ctx.problems.push(error(displayFor(root, abs), 'policy file leads outside the repository through a symbolic link; not read'));
    } else {
      top = { id, display: displayFor(root, abs), path: abs, builtin: false };
    }
  }
  const layer = top ? apply(top, [], ctx) : undefined;
  // Messages quote the policy's values (an unsupported apiVersion, a glob): keep them short.
  ctx.problems = ctx.problems.map(clipMessage);
  if (!layer || ctx.problems.some((p) => p.level === 'error')) return { problems: ctx.problems };

  const settings = ctx.state.settings as unknown as ResolvedSettings;
  ctx.problems.push(...warnings(settings, top!.display));
  const metadata = layer.metadata;
  const digest = sha256Digest({ apiVersion: layer.apiVersion, metadata, settings });
  const policy: ResolvedPolicy = {
    identity: { apiVersion: layer.apiVersion, name: metadata.name, version: metadata.version, digest },
    gate: settings.gate,
    metadata,
    settings,
    chain: ['default', ...ctx.chain],
    origins: ctx.state.origins,
    exceptionSources: ctx.state.exceptionSources,
  };
  return { policy, problems: ctx.problems };
}
