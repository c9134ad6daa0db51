import { LineCounter, isAlias, isMap, isScalar, isSeq } from 'yaml';
import type { Document, Node, YAMLMap, YAMLSeq } from 'yaml';
import { LIMITS } from '../limits.js';
import type { Problem } from '../model/types.js';
import { problem } from '../model/problem.js';
import { lineOfNode, parseYaml, parseYamlStream, refusedProblem } from './yaml.js';
import type { YamlFile } from './yaml.js';

// Reading YAML manifests node by node rather than through toJS: every image needs the line it is
// written on, and a plain scalar must keep its spelling (`tag: 1.10` is the tag "1.10", not the
// number 1.1). Aliases resolve to their anchor's node without being copied, so a walk that visits
// each node once stays linear however many times an anchor is referenced.

type Entries = Map<string, { key: Node; value: Node | undefined }>;

export interface YamlDoc {
  doc: Document.Parsed;
  lines: LineCounter;
  /** Anchored nodes by anchor name, in document order, for resolving an alias to the last one before it. */
  anchors: Map<string, { offset: number; node: Node }[]>;
  /** Each mapping's entries with merge keys applied, computed once (merge chains can fan out). */
  merged: Map<YAMLMap, Entries>;
  /** Merged entries this document may still copy (see LIMITS.yamlMaxMergedEntries). */
  mergeBudget: number;
  /** Where a merge key past the budget is reported, once per document. */
  report?: ProblemSink;
  mergeRefused: boolean;
}

/** Who is reading the document, so that a bound it hits becomes a located problem of that file. */
export interface ProblemSink {
  origin: string;
  file: string;
  problems: Problem[];
}

export function yamlDoc(doc: Document.Parsed, lines: LineCounter, report?: ProblemSink): YamlDoc {
  const anchors: YamlDoc['anchors'] = new Map();
  const stack: unknown[] = [doc.contents];
  // An explicit stack: a deeply nested document must not overflow the call stack.
  while (stack.length > 0) {
    const node = stack.pop();
    if (isMap(node)) {
      for (const pair of node.items) stack.push(pair.value, pair.key);
    } else if (isSeq(node)) {
      for (const item of node.items) stack.push(item);
    }
    if ((isMap(node) || isSeq(node) || isScalar(node)) && node.anchor && node.range) {
      const list = anchors.get(node.anchor) ?? [];
      list.push({ offset: node.range[0], node });
      anchors.set(node.anchor, list);
    }
  }
  for (const list of anchors.values()) list.sort((a, b) => a.offset - b.offset);
  return { doc, lines, anchors, merged: new Map(), mergeBudget: LIMITS.yamlMaxMergedEntries, report, mergeRefused: false };
}

/** The node an alias stands for (the last anchor of that name before it), or the node itself. */
export function resolve(y: YamlDoc, node: unknown): Node | undefined {
  if (!isAlias(node)) return (node ?? undefined) as Node | undefined;
  const list = y.anchors.get(node.source);
  if (!list) return undefined;
  const at = node.range?.[0] ?? Infinity;
  // Binary search for the last definition before the alias.
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.offset < at) lo = mid + 1;
    else hi = mid;
  }
  return lo === 0 ? undefined : list[lo - 1]!.node;
}

export function asMap(y: YamlDoc, node: unknown): YAMLMap | undefined {
  const n = resolve(y, node);
  return isMap(n) ? n : undefined;
}

export function asSeq(y: YamlDoc, node: unknown): YAMLSeq | undefined {
  const n = resolve(y, node);
  return isSeq(n) ? n : undefined;
}

/** The text of a scalar as written (plain scalars keep their spelling); undefined for null or non-scalars. */
export function scalarText(y: YamlDoc, node: unknown): string | undefined {
  const n = resolve(y, node);
  if (!isScalar(n) || n.value === null || n.value === undefined) return undefined;
  if (typeof n.value === 'string') return n.value;
  return n.type === 'PLAIN' && n.source !== undefined ? n.source : String(n.value);
}

/**
 * The entries of a mapping, with YAML merge keys (`<<: *base`, `<<: [*a, *b]`) applied as Compose
 * and Kubernetes tooling apply them: the map's own keys win over merged ones, earlier merge
 * sources over later ones. Computed once per mapping; a merge cycle contributes nothing.
 */
export function entries(y: YamlDoc, node: unknown): Entries {
  const map = asMap(y, node);
  if (!map) return new Map();
  const cached = y.merged.get(map);
  if (cached) return cached;
  // Sources are computed before the maps that merge them, with an explicit stack: a chain of
  // 100,000 maps each merging the one before must not overflow the call stack.
  const stack: { map: YAMLMap; sources?: MergeSource[] }[] = [{ map }];
  const entered = new Set<YAMLMap>();
  while (stack.length > 0) {
    const top = stack.pop()!;
    if (top.sources) {
      y.merged.set(top.map, mergedEntries(y, top.map, top.sources));
      continue;
    }
    if (y.merged.has(top.map) || entered.has(top.map)) continue;
    entered.add(top.map);
    const sources = mergeSources(y, top.map);
    stack.push({ map: top.map, sources });
    for (let i = sources.length - 1; i >= 0; i--) {
      const src = sources[i]!.from;
      if (!y.merged.has(src) && !entered.has(src)) stack.push({ map: src });
    }
  }
  return y.merged.get(map)!;
}

/** A mapping a merge key names, with the `<<` key that names it. */
type MergeSource = { from: YAMLMap; key: Node };

/** The mappings a map's merge keys name, in order. */
function mergeSources(y: YamlDoc, map: YAMLMap): MergeSource[] {
  const out: MergeSource[] = [];
  for (const pair of map.items) {
    if (!isMergeKey(y, pair.key)) continue;
    for (const src of asSeq(y, pair.value)?.items ?? [pair.value]) {
      const from = asMap(y, src);
      if (from) out.push({ from, key: pair.key as Node });
    }
  }
  return out;
}

function isMergeKey(y: YamlDoc, key: unknown): boolean {
  return isScalar(key) && key.type === 'PLAIN' && scalarText(y, key) === '<<';
}

/** One map's entries, its merge sources' entries being known already (a source still unknown is on a cycle). */
function mergedEntries(y: YamlDoc, map: YAMLMap, sources: MergeSource[]): Entries {
  const out: Entries = new Map();
  for (const pair of map.items) {
    const k = scalarText(y, pair.key);
    if (k === undefined || isMergeKey(y, pair.key)) continue;
    out.set(k, { key: pair.key as Node, value: (pair.value ?? undefined) as Node | undefined });
  }
  for (const { from: src, key } of sources) {
    const from = y.merged.get(src);
    if (!from) continue;
    // Each mapping holds its merged entries in full, so a chain of n maps each merging the one
    // before copies n²/2 entries; past the document's budget a merge is left unapplied.
    if (from.size > y.mergeBudget) {
      refuseMerge(y, key);
      continue;
    }
    y.mergeBudget -= from.size;
    for (const [k, v] of from) if (!out.has(k)) out.set(k, v);
  }
  return out;
}

function refuseMerge(y: YamlDoc, key: Node): void {
  if (y.mergeRefused) return;
  y.mergeRefused = true;
  const { report } = y;
  report?.problems.push(
    problem(
      report.origin,
      report.file,
      `YAML merge key not applied: merging more than ${LIMITS.yamlMaxMergedEntries} entries in one document; this and later merges past the limit are ignored`,
      lineOf(y, key),
      'warning',
    ),
  );
}

export function get(y: YamlDoc, node: unknown, key: string): Node | undefined {
  return entries(y, node).get(key)?.value;
}

/** 1-based line where a node (or, for a null value, its key) starts. */
export function lineOf(y: YamlDoc, node: unknown): number {
  return lineOfNode(node as Node | undefined, y.lines) ?? 1;
}

/**
 * parseYaml, except that a document whose only fault is a repeated key is kept, the last value
 * winning, with a warning: Helm reads values files with Go's yaml.v2, which does exactly that,
 * and real charts ship such files (a dropped document would lose every image in it). Aliases
 * are never expanded here (walks resolve them to their anchor), so the alias cap of toJs is moot.
 */
export function parseYamlLastKeyWins(text: string, origin: string, file: string): YamlFile {
  const lines = new LineCounter();
  let docs: Document.Parsed[];
  try {
    // Depth-guarded, with a linear duplicate-key check (see parseYamlStream).
    const stream = parseYamlStream(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
    if (stream.docs === undefined) return { docs: [], lines, problems: [refusedProblem(origin, file, lines.linePos(stream.refused.at).line, stream.refused.reason)] };
    docs = stream.docs;
  } catch {
    return parseYaml(text, origin, file);
  }
  const problems: Problem[] = [];
  const good: Document.Parsed[] = [];
  for (const doc of docs) {
    const fatal = doc.errors.find((e) => e.code !== 'DUPLICATE_KEY');
    const line = (pos: number): number => lines.linePos(pos).line;
    if (fatal) {
      problems.push(problem(origin, file, `invalid YAML: ${fatal.message.split('\n')[0]}`, line(fatal.pos[0])));
      continue;
    }
    for (const dup of doc.errors) {
      problems.push(problem(origin, file, `repeated key; the last one wins, as Helm reads it`, line(dup.pos[0]), 'warning'));
    }
    good.push(doc);
  }
  return { docs: good, lines, problems };
}
