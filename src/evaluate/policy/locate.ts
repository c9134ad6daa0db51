import { isAlias, isMap, isScalar, isSeq } from 'yaml';
import type { Document, LineCounter, Node } from 'yaml';

// Maps a path inside the parsed value back to the YAML source, so that a schema error can name
// the line and column of the offending value (or of the key, for an unknown field).

export type PathSegment = string | number;

export interface Position {
  line: number;
  column: number;
}

function deref(doc: Document.Parsed, node: unknown): unknown {
  return isAlias(node) ? node.resolve(doc) : node;
}

/**
 * The position of the value at `path`, or of its key when `key` is set. When the path does not
 * exist (a missing field), the position of the deepest node that does.
 */
export function locate(
  doc: Document.Parsed,
  lines: LineCounter,
  path: readonly PathSegment[],
  key = false,
): Position | undefined {
  let node: unknown = doc.contents;
  let found: Node | undefined = (node as Node | null) ?? undefined;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i];
    node = deref(doc, node);
    let next: unknown;
    let keyNode: unknown;
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(seg));
      if (!pair) break;
      next = pair.value;
      keyNode = pair.key;
    } else if (isSeq(node) && typeof seg === 'number') {
      next = node.items[seg];
    } else {
      break;
    }
    if (key && i === path.length - 1 && keyNode) {
      found = keyNode as Node;
      break;
    }
    if (next === undefined || next === null) {
      found = (keyNode as Node | undefined) ?? found;
      break;
    }
    node = next;
    found = next as Node;
  }
  const range = found?.range;
  if (!range) return undefined;
  const pos = lines.linePos(range[0]);
  return { line: pos.line, column: pos.col };
}

/** `deadlines.high`, `scopes[0].paths[1]`: how a user reads a path. */
export function displayPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else out += out === '' ? seg : `.${seg}`;
  }
  return out;
}
