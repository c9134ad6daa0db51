import { LineCounter, parseAllDocuments, isMap, isSeq, isScalar } from 'yaml';
import type { Document, Node } from 'yaml';
import type { Problem } from '../model/types.js';
import { LIMITS } from '../limits.js';
import { problem } from './util.js';

// The `yaml` package keeps source ranges on every node, which js-yaml does not; extractors need
// the line of each image or package. Alias expansion is capped (billion laughs), and duplicate
// keys are reported rather than silently resolved.

export interface YamlFile {
  docs: Document.Parsed[];
  lines: LineCounter;
  problems: Problem[];
}

export function parseYaml(text: string, origin: string, file: string): YamlFile {
  const lines = new LineCounter();
  const problems: Problem[] = [];
  let docs: Document.Parsed[];
  try {
    docs = parseAllDocuments(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false }) as Document.Parsed[];
    if (!Array.isArray(docs)) docs = [docs];
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
export function toJs(doc: Document.Parsed, origin: string, file: string, problems: Problem[]): unknown {
  try {
    return doc.toJS({ maxAliasCount: LIMITS.yamlMaxAliases });
  } catch (err) {
    problems.push(problem(origin, file, `YAML document not read: ${(err as Error).message}`, lineOfNode(doc.contents, undefined)));
    return undefined;
  }
}

/** 1-based line where a node starts; `lines` is needed unless the document was parsed with a LineCounter. */
export function lineOfNode(node: Node | null | undefined, lines: LineCounter | undefined): number | undefined {
  if (!node || !node.range) return undefined;
  return lines ? lines.linePos(node.range[0]).line : undefined;
}

export { isMap, isSeq, isScalar };
