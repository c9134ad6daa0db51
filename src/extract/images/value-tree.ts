import { isMap, isScalar, isSeq } from 'yaml';
import type { Node } from 'yaml';
import type { Problem } from '../../model/types.js';
import { LIMITS } from '../../limits.js';
import { problem } from '../../model/problem.js';
import { entries, lineOf, parseYamlLastKeyWins, resolve, scalarText, yamlDoc } from '../../parse/yaml-nodes.js';
import type { YamlDoc } from '../../parse/yaml-nodes.js';

// Helm's values as one install sees them, with the file and line every value was written on.
// `helm install -f a.yaml -f b.yaml` first merges the -f files among themselves, the later one
// winning key by key (pkg/cli/values, mergeMaps: maps recurse, anything else replaces, a null
// included), then coalesces the result over the chart's values.yaml (pkg/chartutil, coalesce):
// maps recurse, a supplied value wins, and a supplied null deletes the chart's key. Each value
// keeps its place, so an image is reported at the line whose value Helm would render.
//
// Trees are shared, not copied: an alias is one node however often it is referenced, and a merge
// builds new nodes only where two files meet, so walks that visit each node once stay linear.

export type ValueNode = MapNode | SeqNode | ScalarNode;

interface Placed {
  file: string;
  line: number;
}

export interface MapNode extends Placed {
  kind: 'map';
  entries: Map<string, ValueEntry>;
  /** A comment or value in the mapping mentions appVersion (the tag's documented default). */
  mentionsAppVersion: boolean;
}

export interface SeqNode extends Placed {
  kind: 'seq';
  items: ValueNode[];
}

export interface ScalarNode extends Placed {
  kind: 'scalar';
  /** As written (a plain `1.10` stays "1.10"); undefined for null. */
  text: string | undefined;
  /** The YAML value: string, number, boolean or null. */
  value: unknown;
}

export interface ValueEntry extends Placed {
  value: ValueNode;
  /** Where the key is written, one place per file that sets it, in layer order. */
  keys: Placed[];
  /** The entry's text, key through value, mentions appVersion. */
  mentionsAppVersion: boolean;
}

const APP_VERSION = /appversion/i;

/** Each document of a values file as a value tree. Parse problems go to `problems`. */
export function valueDocuments(path: string, text: string, origin: string, problems: Problem[]): ValueNode[] {
  const parsed = parseYamlLastKeyWins(text, origin, path);
  problems.push(...parsed.problems);
  const out: ValueNode[] = [];
  for (const doc of parsed.docs) {
    const y = yamlDoc(doc, parsed.lines, { origin, file: path, problems });
    const tree = valueTree(y, path, text, doc.contents, origin, problems);
    if (tree) out.push(tree);
  }
  return out;
}

/** A YAML node (of the document `y`, read from `file` whose text is `text`) as a value tree. */
export function valueTree(y: YamlDoc, file: string, text: string, root: unknown, origin: string, problems: Problem[]): ValueNode | undefined {
  const memo = new Map<Node, ValueNode>();
  let tooDeep = false;
  // Recursion is bounded: the parser refuses nesting past LIMITS.maxNestingDepth, and a chain of
  // aliases that nests deeper than that is cut (with a warning) rather than followed.
  const walk = (raw: unknown, depth: number): ValueNode | undefined => {
    const node = resolve(y, raw);
    if (!node) return undefined;
    const known = memo.get(node);
    if (known) return known;
    if (depth > LIMITS.maxNestingDepth) {
      if (!tooDeep) problems.push(problem(origin, file, `values nested deeper than ${LIMITS.maxNestingDepth} levels through aliases; the rest is not read`, lineOf(y, node), 'warning'));
      tooDeep = true;
      return undefined;
    }
    const at = { file, line: lineOf(y, node) };
    if (isScalar(node)) {
      const out: ScalarNode = { kind: 'scalar', ...at, text: scalarText(y, node), value: node.value ?? null };
      memo.set(node, out);
      return out;
    }
    if (isSeq(node)) {
      const out: SeqNode = { kind: 'seq', ...at, items: [] };
      memo.set(node, out);
      for (const item of node.items) {
        const v = walk(item, depth + 1);
        if (v) out.items.push(v);
      }
      return out;
    }
    if (!isMap(node)) return undefined;
    const range = node.range;
    const out: MapNode = { kind: 'map', ...at, entries: new Map(), mentionsAppVersion: range ? APP_VERSION.test(text.slice(range[0], range[2])) : false };
    memo.set(node, out);
    for (const [key, { key: keyNode, value }] of entries(y, node)) {
      const keyAt = { file, line: lineOf(y, keyNode) };
      // `key:` with nothing after it is a null, placed on the key's line.
      const v = value === undefined || value === null ? { kind: 'scalar' as const, ...keyAt, text: undefined, value: null } : walk(value, depth + 1);
      if (!v) continue;
      const start = keyNode.range?.[0];
      const end = (resolve(y, value) ?? keyNode).range?.[2];
      const mentions = start !== undefined && end !== undefined && end > start && APP_VERSION.test(text.slice(start, end));
      out.entries.set(key, { ...keyAt, value: v, keys: [keyAt], mentionsAppVersion: mentions });
    }
    return out;
  };
  return walk(root, 0);
}

const isNull = (v: ValueNode): boolean => v.kind === 'scalar' && v.value === null;

function mergedEntry(base: ValueEntry, top: ValueEntry, value: ValueNode): ValueEntry {
  return { file: top.file, line: top.line, value, keys: [...base.keys, ...top.keys], mentionsAppVersion: base.mentionsAppVersion || top.mentionsAppVersion };
}

/**
 * Two layers of values: maps merge key by key, anything else from `top` wins. `nullDeletes`:
 * a null in `top` removes the key (coalescing over the chart's values.yaml); otherwise the null
 * is kept as a value (-f files among themselves), to delete the key when it meets values.yaml.
 */
function layer(base: ValueNode, top: ValueNode, nullDeletes: boolean, memo: Map<ValueNode, Map<ValueNode, ValueNode>>): ValueNode {
  if (base.kind !== 'map' || top.kind !== 'map') return top;
  const seen = memo.get(base)?.get(top);
  if (seen) return seen;
  const out: MapNode = { ...top, entries: new Map(base.entries), mentionsAppVersion: base.mentionsAppVersion || top.mentionsAppVersion };
  if (!memo.has(base)) memo.set(base, new Map());
  memo.get(base)!.set(top, out);
  for (const [key, entry] of top.entries) {
    const under = base.entries.get(key);
    if (nullDeletes && isNull(entry.value)) {
      out.entries.delete(key);
      continue;
    }
    out.entries.set(key, under ? mergedEntry(under, entry, layer(under.value, entry.value, nullDeletes, memo)) : entry);
  }
  return out;
}

/** values.yaml (undefined when the chart has none) with the -f files on top, in order, as Helm layers them. */
export function layerValues(chartDefaults: ValueNode | undefined, supplied: readonly ValueNode[]): ValueNode | undefined {
  const memo = new Map<ValueNode, Map<ValueNode, ValueNode>>();
  let user: ValueNode | undefined;
  for (const v of supplied) user = user === undefined ? v : layer(user, v, false, memo);
  if (user === undefined) return chartDefaults;
  // Nulls left at the top of what was supplied only ever meant "delete": without a chart key under them they are no value.
  return layer(chartDefaults ?? { kind: 'map', file: user.file, line: 1, entries: new Map(), mentionsAppVersion: false }, user, true, new Map());
}

/** Helm's value lookup by a dot path; undefined when any step is missing. */
export function lookup(values: ValueNode | undefined, path: string): ValueNode | undefined {
  let at: ValueNode | undefined = values;
  for (const part of path.split('.')) {
    if (at?.kind !== 'map') return undefined;
    at = at.entries.get(part)?.value;
  }
  return at;
}

