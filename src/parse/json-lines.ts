// JSON.parse gives a document's structure but no positions. SBOMs and scanner reports list their
// packages as objects in arrays, often nested (CycloneDX components inside components, Trivy's
// Results[].Packages[]), so a component's line is the line of its object, found by its path of
// keys and array indexes. One pass over the characters that follows strings, nesting and
// separators only; no recursion, so nesting depth cannot exhaust the stack.
import { scanString } from './json.js';

/** The key a path is recorded under: its members (keys, and indexes as decimal strings) joined by NUL. */
export function jsonPathKey(path: readonly (string | number)[]): string {
  return path.join('\u0000');
}

interface Frame {
  array: boolean;
  /** Arrays: index of the element being read. */
  index: number;
  /** Objects: the last key read, and whether the next string is a key. */
  key: string;
  expectKey: boolean;
  /** False for the root container, which adds nothing to the path. */
  inPath: boolean;
}

/**
 * The line (1-based) of every object whose path `want` accepts, keyed by jsonPathKey(path).
 * `want` sees the path from the root: `['components', '3', 'components', '0']`.
 */
export function objectLines(text: string, want: (path: readonly string[]) => boolean): Map<string, number> {
  const found = new Map<string, number>();
  const frames: Frame[] = [];
  const path: string[] = [];
  let line = 1;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    switch (c) {
      case 10:
        line++;
        break;
      case 13:
        if (text.charCodeAt(i + 1) !== 10) line++;
        break;
      case 34: {
        const start = i + 1;
        const { end: j, escaped, newlines } = scanString(text, start);
        line += newlines;
        const top = frames[frames.length - 1];
        if (top && !top.array && top.expectKey) {
          const raw = text.slice(start, j);
          top.key = escaped ? unescape(raw) : raw;
          top.expectKey = false;
        }
        i = j;
        break;
      }
      case 44: {
        const top = frames[frames.length - 1];
        if (top?.array) top.index++;
        else if (top) top.expectKey = true;
        break;
      }
      case 123:
      case 91: {
        const top = frames[frames.length - 1];
        if (top) path.push(top.array ? String(top.index) : top.key);
        if (c === 123 && want(path)) found.set(path.join('\u0000'), line);
        frames.push({ array: c === 91, index: 0, key: '', expectKey: c === 123, inPath: top !== undefined });
        break;
      }
      case 125:
      case 93: {
        const f = frames.pop();
        if (f?.inPath) path.pop();
        break;
      }
      default:
        break;
    }
  }
  return found;
}

function unescape(raw: string): string {
  try {
    return JSON.parse(`"${raw}"`) as string;
  } catch {
    return raw;
  }
}
