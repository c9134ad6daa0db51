import { Composer, LineCounter, Parser, YAMLParseError, isMap, isSeq, isScalar, visit } from 'yaml';
import type { CST, Document, DocumentOptions, Node, ParseOptions, SchemaOptions } from 'yaml';
import type { Problem } from '../model/types.js';
import { LIMITS } from '../limits.js';
import { problem } from '../model/problem.js';

// The `yaml` package keeps source ranges on every node, which js-yaml does not; extractors need
// the line of each image or package. Alias expansion is capped (billion laughs), and duplicate
// keys are reported rather than silently resolved.

export interface YamlFile {
  docs: Document.Parsed[];
  lines: LineCounter;
  problems: Problem[];
}

/** Offset of the first collection nested deeper than `max`, by a walk of the CST with its own stack. */
function tooDeep(tokens: readonly CST.Token[], max: number): number | undefined {
  const stack: [CST.Token, number][] = tokens.map((t) => [t, 0]);
  while (stack.length > 0) {
    const [token, depth] = stack.pop()!;
    if (token.type === 'document') {
      if (token.value) stack.push([token.value, depth]);
    } else if (token.type === 'block-map' || token.type === 'block-seq' || token.type === 'flow-collection') {
      if (depth >= max) return token.offset;
      for (const item of token.items) {
        if (item.key) stack.push([item.key, depth + 1]);
        if (item.value) stack.push([item.value, depth + 1]);
      }
    }
  }
  return undefined;
}

/** yaml's DUPLICATE_KEY errors (a scalar key equal to an earlier one of the same map), in linear time. */
function reportDuplicateKeys(doc: Document.Parsed): void {
  const found: YAMLParseError[] = [];
  const stack: unknown[] = [doc.contents];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isMap(node)) {
      const seen = new Set<unknown>();
      for (const pair of node.items) {
        const key = pair.key;
        // As yaml compares them: scalars by value (=== leaves NaN unequal), other keys by identity.
        const id = isScalar(key) ? key.value : key;
        if (seen.has(id) && !(typeof id === 'number' && Number.isNaN(id))) {
          const pos = isScalar(key) && key.range ? key.range[0] : (node.range?.[0] ?? 0);
          found.push(new YAMLParseError([pos, pos + 1], 'DUPLICATE_KEY', 'Map keys must be unique'));
        }
        seen.add(id);
        stack.push(pair.value, pair.key);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) stack.push(item);
    }
  }
  if (found.length === 0) return;
  doc.errors.push(...found);
  doc.errors.sort((a, b) => a.pos[0] - b.pos[0]);
}

/** Documents, or why the text was refused before composing (an offset to locate it, and the reason). */
export type YamlStream = { docs: Document.Parsed[]; refused?: undefined } | { docs?: undefined; refused: { at: number; reason: string } };

/**
 * parseAllDocuments (or parseDocument, with `single`), refusing collections nested deeper than
 * LIMITS.maxNestingDepth before they are composed. yaml's parser keeps its own stack, but its
 * composer and every walker after it recurse once per level; at a few hundred levels the stack
 * runs out, and when that happens while V8 compiles a regular expression the process dies
 * outright (a fatal out-of-memory error no try/catch sees).
 */
export function parseYamlStream(
  text: string,
  options: ParseOptions & DocumentOptions & SchemaOptions,
  single = false,
): YamlStream {
  const parser = new Parser(options.lineCounter?.addNewLine);
  let tokens: CST.Token[];
  try {
    tokens = Array.from(parser.parse(text));
  } catch (err) {
    // The parser recurses as it closes nested blocks: some hundreds of levels of indentation that
    // never close (a damaged file) exhaust the stack there, before the depth check below can run.
    if (err instanceof RangeError) return { refused: { at: parser.offset, reason: TOO_DEEP } };
    throw err;
  }
  const at = tooDeep(tokens, LIMITS.maxNestingDepth);
  if (at !== undefined) return { refused: { at, reason: TOO_DEEP } };
  // Composing builds an Error per syntax error: 80,000 of them (100 KB of stray brackets) take
  // seconds and much memory. A file that broken is not read any further.
  const errors = tokens.filter((t) => t.type === 'error');
  if (errors.length > LIMITS.yamlMaxErrors) {
    return { refused: { at: errors[0]!.offset, reason: `with more than ${LIMITS.yamlMaxErrors} syntax errors, the first at this line` } };
  }
  // yaml checks unique keys by comparing each new key with every earlier one of its map, which
  // takes minutes on a map of some 100,000 keys; the same check is made here with a set.
  const ownCheck = options.uniqueKeys === undefined || options.uniqueKeys === true;
  const composer = new Composer(ownCheck ? { ...options, uniqueKeys: false } : options);
  const docs: Document.Parsed[] = [];
  // Each error the composer finds is an Error object, and capturing its stack trace is most of
  // what one costs: 70,000 of them (a mangled lockfile of 70 KB) took 0.9 s with traces and 0.2 s
  // without. Nothing reads those traces; errors are reported by their position.
  const stackTraceLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    for (const doc of composer.compose(tokens, single, single ? text.length : -1)) {
      if (ownCheck) reportDuplicateKeys(doc as Document.Parsed);
      if (single && docs[0]) {
        // As parseDocument reports it.
        const range: [number, number] = [doc.range[0], doc.range[1]];
        docs[0].errors.push(new YAMLParseError(range, 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
        break;
      }
      docs.push(doc as Document.Parsed);
    }
  } finally {
    Error.stackTraceLimit = stackTraceLimit;
  }
  return { docs };
}

const TOO_DEEP = `nested deeper than ${LIMITS.maxNestingDepth} levels`;

/** The problem for a stream parseYamlStream refused. */
export function refusedProblem(origin: string, file: string, line: number, reason: string): Problem {
  return problem(origin, file, `YAML ${reason}; not read`, line);
}

export function parseYaml(text: string, origin: string, file: string): YamlFile {
  const lines = new LineCounter();
  const problems: Problem[] = [];
  let docs: Document.Parsed[];
  try {
    const stream = parseYamlStream(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
    if (stream.docs === undefined) {
      problems.push(refusedProblem(origin, file, lines.linePos(stream.refused.at).line, stream.refused.reason));
      return { docs: [], lines, problems };
    }
    docs = stream.docs;
  } catch (err) {
    problems.push(problem(origin, file, `invalid YAML: ${(err as Error).message}`));
    return { docs: [], lines, problems };
  }
  const good: Document.Parsed[] = [];
  for (const doc of docs) {
    const first = doc.errors[0];
    if (first) {
      const line = first.linePos?.[0]?.line ?? lines.linePos(first.pos[0]).line;
      problems.push(problem(origin, file, `invalid YAML: ${first.message.split('\n')[0]}`, line));
      continue;
    }
    good.push(doc);
  }
  return { docs: good, lines, problems };
}

/** The plain JS value of a document, with aliases capped; undefined (and a Problem) when it blows the cap. */
export function toJs(doc: Document.Parsed, origin: string, file: string, problems: Problem[], lines?: LineCounter): unknown {
  try {
    return doc.toJS({ maxAliasCount: LIMITS.yamlMaxAliases });
  } catch (err) {
    // The cap is what fails here in practice: the first alias is where the expansion starts.
    let alias: Node | undefined;
    visit(doc, { Alias: (_, node) => ((alias = node), visit.BREAK) });
    problems.push(problem(origin, file, `YAML document not read: ${(err as Error).message}`, lineOfNode(alias ?? doc.contents, lines)));
    return undefined;
  }
}

/** 1-based line where a node starts; `lines` is needed unless the document was parsed with a LineCounter. */
export function lineOfNode(node: Node | null | undefined, lines: LineCounter | undefined): number | undefined {
  if (!node || !node.range) return undefined;
  return lines ? lines.linePos(node.range[0]).line : undefined;
}

export { isMap, isSeq, isScalar };
