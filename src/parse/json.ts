import { parse as parseJsonc, printParseErrorCode } from 'jsonc-parser';
import type { ParseError } from 'jsonc-parser';
import type { Problem } from '../model/types.js';
import { LineIndex } from './lines.js';

/**
 * A JSON string's body from `start` (just after its opening quote): the index of its closing
 * quote (or the text's end), whether it holds escapes, and how many raw line feeds it spans
 * (none in valid JSON; damaged text must not shift the lines after it).
 */
export function scanString(text: string, start: number): { end: number; escaped: boolean; newlines: number } {
  const n = text.length;
  let j = start;
  let escaped = false;
  let newlines = 0;
  while (j < n) {
    const d = text.charCodeAt(j);
    if (d === 92) {
      escaped = true;
      j += 2;
      continue;
    }
    if (d === 34) break;
    if (d === 10) newlines++;
    j++;
  }
  return { end: j, escaped, newlines };
}

/**
 * Records the line of object keys in a JSON text, by key path, in one pass over the characters.
 * JSON.parse gives structure but no positions; a full position-aware parser costs several times
 * JSON.parse on a large lockfile. This scanner only tracks strings, nesting and colons, which is
 * all that is needed to know where each key stands. `want(path)` is asked for every key path
 * (the keys from the root down, ending with the key itself) and decides what is recorded.
 * The result maps `path.join('\u0000')` to its line; duplicate keys keep the last, as JSON.parse does.
 */
export function locateJsonKeys(
  text: string,
  want: (path: readonly string[]) => boolean,
): Map<string, number> {
  const found = new Map<string, number>();
  // Per open container: the key being filled (objects) or null (arrays).
  const stack: (string | null)[] = [];
  const path: string[] = [];
  let line = 1;
  let pendingKey: string | null = null;
  let pendingLine = 0;
  let expectKey = false;
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
        // A string: find its end, honouring escapes.
        const start = i + 1;
        const { end: j, escaped } = scanString(text, start);
        if (expectKey) {
          const raw = text.slice(start, j);
          pendingKey = escaped ? safeUnescape(raw) : raw;
          pendingLine = line;
        }
        i = j;
        break;
      }
      case 58: // ':' after a key
        if (expectKey && pendingKey !== null) {
          path.push(pendingKey);
          stack[stack.length - 1] = pendingKey;
          if (want(path)) found.set(path.join('\u0000'), pendingLine);
          expectKey = false;
          pendingKey = null;
        }
        break;
      case 44: // ',' ends a member
        if (stack.length > 0 && stack[stack.length - 1] !== null) {
          path.pop();
          stack[stack.length - 1] = '';
          expectKey = true;
        }
        break;
      case 123: // '{'
        stack.push('');
        expectKey = true;
        break;
      case 125: // '}'
        if (stack.length > 0) {
          if (stack[stack.length - 1] !== '') path.pop();
          stack.pop();
        }
        expectKey = false;
        break;
      case 91: // '['
        stack.push(null);
        expectKey = false;
        break;
      case 93: // ']'
        stack.pop();
        break;
      default:
        break;
    }
    // After a ',' inside an array nothing is expected; inside an object the next string is a key.
  }
  return found;
}

function safeUnescape(raw: string): string {
  try {
    return JSON.parse(`"${raw}"`) as string;
  } catch {
    return raw;
  }
}

export const KEY_SEP = '\u0000';

/**
 * JSON.parse with the located error the extractors report. JSON.parse is the fast path; its
 * messages carry no position on every Node version, so on failure jsonc-parser (VS Code's
 * parser, strict mode) says where the text went wrong.
 */
export function parseJson(
  text: string,
  origin: string,
  file: string,
): { value: unknown; problem?: undefined } | { value?: undefined; problem: Problem } {
  try {
    return { value: JSON.parse(text) as unknown };
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    return { problem: { ...jsonErrorAt(text, message), origin, file, level: 'error' } };
  }
}

/** Line, column and a plain message for invalid JSON text. */
export function jsonErrorAt(text: string, fallback: string): { message: string; line: number; column: number } {
  const errors: ParseError[] = [];
  try {
    parseJsonc(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  } catch {
    // jsonc-parser recurses once per nesting level; tens of thousands of levels exhaust the stack.
    return { message: 'invalid JSON: nested too deeply to read', line: 1, column: 1 };
  }
  const first = errors[0];
  const offset = first ? first.offset : text.length;
  const index = new LineIndex(text);
  const line = index.lineOf(offset);
  const column = offset - index.startOf(line) + 1;
  const what = first ? printParseErrorCode(first.error).replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase() : fallback;
  return { message: `invalid JSON at line ${line}, column ${column}: ${what}`, line, column };
}

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
