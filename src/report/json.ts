import type { Report } from './model.js';

/** The JSON report (schemaVersion 1), stable key order, two-space indent, final newline. */
export function renderJson(report: Report): string {
  return JSON.stringify(report, null, 2) + '\n';
}

/**
 * The same bytes as renderJson, in pieces of at most one array element each, so that a report
 * with tens of thousands of findings is written without ever holding it whole as one string
 * (measured in bench/run.ts: that string and its copies were most of a large run's peak memory).
 * Each of the report's lists is written element by element by jsonChunks.
 */
export function* renderJsonChunks(report: Report): Generator<string> {
  const streamed = Object.fromEntries(Object.entries(report).map(([key, value]) => [key, Array.isArray(value) && value.length > 0 ? new LazyArray(() => value as unknown[]) : value]));
  yield* jsonChunks(streamed);
  yield '\n';
}

/**
 * An array whose elements are made only as jsonChunks writes them, one at a time. Its elements are
 * plain values (none holds a LazyArray): each is stringified whole, at its depth.
 */
export class LazyArray<T> {
  constructor(readonly items: () => Iterable<T>) {}
}

/** JSON.stringify(value, null, 2) of a value at `depth` levels of nesting (its lines indented so). */
function stringifyAt(value: unknown, depth: number): string {
  let wrapped = value;
  for (let i = 0; i < depth; i++) wrapped = [wrapped];
  // Each level of wrapping adds `[`, a line break and its indent before, the same after.
  return JSON.stringify(wrapped, null, 2).slice(depth * (depth + 3), depth === 0 ? undefined : -depth * (depth + 1));
}

function holdsLazy(value: unknown): boolean {
  if (value instanceof LazyArray) return true;
  if (value === null || typeof value !== 'object') return false;
  return Array.isArray(value) ? value.some(holdsLazy) : Object.values(value).some(holdsLazy);
}

/**
 * JSON.stringify(value, null, 2)'s bytes, in pieces, for a value of plain objects, arrays and
 * LazyArrays (no toJSON, no cycles): whatever holds no LazyArray is stringified whole; a LazyArray
 * is written element by element, as its elements are made.
 */
export function* jsonChunks(value: unknown, depth = 0): Generator<string> {
  if (!holdsLazy(value)) {
    yield stringifyAt(value, depth);
    return;
  }
  const pad = '  '.repeat(depth + 1);
  if (value instanceof LazyArray || Array.isArray(value)) {
    const items: Iterable<unknown> = value instanceof LazyArray ? (value.items() as Iterable<unknown>) : value;
    let first = true;
    const lazy = value instanceof LazyArray;
    for (const item of items) {
      yield `${first ? '[' : ','}\n${pad}`;
      first = false;
      // JSON.stringify writes what JSON cannot hold as null inside an array.
      const v = item === undefined || typeof item === 'function' || typeof item === 'symbol' ? null : item;
      if (lazy) yield stringifyAt(v, depth + 1);
      else yield* jsonChunks(v, depth + 1);
    }
    yield first ? '[]' : `\n${'  '.repeat(depth)}]`;
    return;
  }
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined && typeof v !== 'function' && typeof v !== 'symbol');
  let first = true;
  for (const [key, v] of entries) {
    yield `${first ? '{' : ','}\n${pad}${JSON.stringify(key)}: `;
    first = false;
    yield* jsonChunks(v, depth + 1);
  }
  yield first ? '{}' : `\n${'  '.repeat(depth)}}`;
}
