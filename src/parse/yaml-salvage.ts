import type { LineCounter, Node } from 'yaml';
import type { Problem } from '../model/types.js';
import type { SourceFile } from '../model/extractor.js';
import { LineIndex, splitLines } from './lines.js';
import { problem } from '../model/problem.js';
import { isMap, isScalar, isSeq, lineOfNode, parseYaml } from './yaml.js';

// Lockfiles written in YAML (pubspec.lock, Podfile.lock) are read node by node so that every
// entry keeps its line. A document with a syntax error is read again up to the line before the
// error, so that a damaged file still gives the entries above the damage; the error is reported.

export interface SalvagedYaml {
  /** The document's root node, or null when nothing could be read. */
  root: Node | null;
  lines: LineCounter | undefined;
  problems: Problem[];
}

export function parseYamlSalvaging(text: string, origin: string, file: string): SalvagedYaml {
  const first = parseYaml(text, origin, file);
  const problems = [...first.problems];
  let parsed = first;
  const failure = problems.find((p) => p.level === 'error');
  if (parsed.docs.length === 0 && failure?.line !== undefined) {
    const all = splitLines(text);
    // YAML notices an unclosed quote or bracket where it runs out, which can be far below the
    // cause; each round reads strictly fewer lines, so this ends at the last readable prefix.
    let errorLine = failure.line;
    let readable = 0;
    for (let round = 0; round < 16 && errorLine > 1; round++) {
      parsed = parseYaml(all.slice(0, errorLine - 1).join('\n'), origin, file);
      if (parsed.docs.length > 0) {
        readable = errorLine - 1;
        break;
      }
      const next = parsed.problems.find((p) => p.level === 'error')?.line;
      errorLine = next !== undefined && next < errorLine ? next : errorLine - 1;
    }
    if (readable > 0) {
      if (readable + 1 !== failure.line) failure.message += ` (noticed at line ${failure.line})`;
      failure.line = readable + 1;
      failure.message += '; entries from this line on were not read';
    } else {
      failure.message += '; nothing could be read';
    }
  }
  const doc = parsed.docs[0];
  if (parsed.docs.length > 1) {
    const line = lineOfNode(parsed.docs[1]!.contents, parsed.lines);
    problems.push({ level: 'warning', origin, file, line, message: 'more than one YAML document; only the first is read' });
  }
  return { root: doc?.contents ?? null, lines: parsed.lines, problems };
}

export interface YamlEntry {
  key: string;
  /** Line of the key. */
  line: number;
  value: Node | null;
}

/** The entries of a mapping whose keys are plain scalars, in file order; undefined when `node` is no mapping. */
export function mapEntries(node: Node | null | undefined, lines: LineCounter | undefined): YamlEntry[] | undefined {
  if (!isMap(node)) return undefined;
  const out: YamlEntry[] = [];
  for (const pair of node.items) {
    const key = pair.key;
    const text = isScalar(key) ? writtenText(key) : undefined;
    if (text === undefined) continue;
    out.push({ key: text, line: lineOfNode(key as Node, lines) ?? 1, value: (pair.value as Node | null) ?? null });
  }
  return out;
}

/** The items of a sequence, undefined when `node` is no sequence. */
export function seqItems(node: Node | null | undefined): (Node | null)[] | undefined {
  return isSeq(node) ? (node.items as (Node | null)[]) : undefined;
}

/**
 * A scalar's text as written: an unquoted `1.10` is the number 1.1 to YAML but version 1.10 to
 * the file's author, so plain scalars give their source text, not their resolved value. Unlike
 * yaml-nodes' scalarText (manifests, where a null image is no image), a null keeps its spelling
 * (`~`, `null`, empty): a lockfile field written that way is reported as written.
 */
export function writtenText(node: Node | null | undefined): string | undefined {
  if (!isScalar(node)) return undefined;
  if (typeof node.value === 'string') return node.value;
  if (typeof node.source === 'string') return node.source;
  return node.value === null || node.value === undefined ? undefined : String(node.value);
}

export interface YamlLock {
  /** The top-level mapping's entries; undefined when the document is empty or no mapping (a problem says so). */
  top: YamlEntry[] | undefined;
  lines: LineCounter | undefined;
  problems: Problem[];
  /** The line where the content ends, for problems about what is missing at the end. */
  lastLine: number;
}

/** A YAML lockfile's top-level mapping; `expected` names what it should hold, for the problems. */
export function readYamlLock(file: SourceFile, origin: string, expected: string): YamlLock {
  const { root, lines, problems } = parseYamlSalvaging(file.text, origin, file.path);
  const lastLine = new LineIndex(file.text).lineOf(Math.max(0, file.text.trimEnd().length - 1));
  const top = mapEntries(root, lines);
  if (!top) {
    if (root !== null) {
      problems.push(problem(origin, file.path, `expected a mapping with ${expected} at the top level`, lineOfNode(root, lines) ?? 1));
    } else if (problems.length === 0) {
      problems.push(problem(origin, file.path, `the file is empty or holds only comments: no ${expected}`, lastLine, 'warning'));
    }
  }
  return { top, lines, problems, lastLine };
}
