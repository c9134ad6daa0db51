import type { Problem } from '../model/types.js';
import { LineIndex } from './lines.js';
import { isRecord, jsonErrorAt, parseJson } from './json.js';
import { problem } from '../model/problem.js';

// A truncated or damaged lockfile should still give what it holds before the damage, with the
// damage reported at its line. The parser names the first offending character, and everything
// before it is a valid JSON prefix; cutting that prefix at a member boundary and closing the open
// containers gives a document that holds every complete entry before the damage. Entries cut in
// half keep only their complete members, so a half-written version string is never read.

export interface SalvagedJson {
  /** The document, or the salvaged part of it; undefined when nothing could be read. */
  value: unknown;
  problems: Problem[];
}

/** The offset of the first character that makes `text` invalid JSON. */
function failureOffset(text: string): number {
  const at = jsonErrorAt(text, '');
  return Math.min(new LineIndex(text).startOf(at.line) + at.column - 1, text.length);
}

/**
 * The longest prefix of `text[0, limit)` that ends at a member boundary, and the closers that
 * complete it. Only valid when `text[0, limit)` is itself a valid JSON prefix, which is what
 * JSON.parse guarantees for the text before its error offset.
 */
function closedPrefix(text: string, limit: number): { cut: number; candidate: string } | undefined {
  const stack: string[] = [];
  let cut = -1;
  let closers = '';
  for (let i = 0; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      // Skip the string; an unterminated one ends the usable prefix.
      let j = i + 1;
      while (j < limit && text.charCodeAt(j) !== 34) j += text.charCodeAt(j) === 92 ? 2 : 1;
      if (j >= limit) break;
      i = j;
    } else if (c === 123 || c === 91) {
      stack.push(c === 123 ? '}' : ']');
      cut = i + 1;
      closers = stack.slice().reverse().join('');
    } else if (c === 125 || c === 93) {
      stack.pop();
    } else if (c === 44 && stack.length > 0) {
      cut = i;
      closers = stack.slice().reverse().join('');
    }
  }
  return cut === -1 ? undefined : { cut, candidate: text.slice(0, cut) + closers };
}

/**
 * JSON.parse with a located error and, on failure, the readable part of the document. The one
 * problem names the line where reading stopped and says that what follows was not read.
 */
export function parseJsonSalvaging(text: string, origin: string, file: string): SalvagedJson {
  const parsed = parseJson(text, origin, file);
  if (!parsed.problem) return { value: parsed.value, problems: [] };
  const p = parsed.problem;
  let limit = failureOffset(text);
  p.line ??= new LineIndex(text).lineOf(limit);
  // The first try succeeds whenever the first bad character was named; should it not, each retry
  // reads strictly less (the next cut lies before this one), so the loop ends.
  for (let attempt = 0; attempt < 8 && limit > 0; attempt++) {
    const prefix = closedPrefix(text, limit);
    if (prefix === undefined) break;
    try {
      const value = JSON.parse(prefix.candidate) as unknown;
      p.message += '; entries from this line on were not read';
      return { value, problems: [p] };
    } catch {
      limit = Math.min(failureOffset(prefix.candidate), prefix.cut - 1);
    }
  }
  p.message += '; nothing could be read';
  return { value: undefined, problems: [p] };
}

/** The salvaged document when it is an object; otherwise undefined, with the problem saying why. */
export function parseJsonObjectSalvaging(
  text: string,
  origin: string,
  file: string,
): { root: Record<string, unknown> | undefined; problems: Problem[] } {
  const { value, problems } = parseJsonSalvaging(text, origin, file);
  if (value === undefined || isRecord(value)) return { root: value, problems };
  problems.push(problem(origin, file, 'expected a JSON object at the top level', 1));
  return { root: undefined, problems };
}
