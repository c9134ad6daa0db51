import type { Report } from './model.js';

/** The JSON report (schemaVersion 1), stable key order, two-space indent, final newline. */
export function renderJson(report: Report): string {
  return JSON.stringify(report, null, 2) + '\n';
}

/**
 * The same bytes as renderJson, in pieces of at most one array element each, so that a report
 * with tens of thousands of findings is written without ever holding it whole as one string
 * (measured in bench/run.ts: that string and its copies were most of a large run's peak memory).
 * Each element is stringified at the depth it has in the report (wrapped in as many arrays, the
 * wrapping's brackets left off by a slice, which copies nothing): no second, re-indented copy of
 * it is made, and separators are pieces of their own, so nothing is concatenated.
 */
export function* renderJsonChunks(report: Report): Generator<string> {
  const entries = Object.entries(report).filter(([, v]) => v !== undefined && typeof v !== 'function');
  yield '{';
  for (const [i, [key, value]] of entries.entries()) {
    yield `${i === 0 ? '' : ','}\n  ${JSON.stringify(key)}: `;
    if (Array.isArray(value) && value.length > 0) {
      yield '[';
      for (let j = 0; j < value.length; j++) {
        yield j === 0 ? '\n    ' : ',\n    ';
        // `[\n  [\n    ` before the element, `\n  ]\n]` after it.
        yield JSON.stringify([[value[j]]], null, 2).slice(10, -6);
      }
      yield '\n  ]';
    } else yield JSON.stringify([value], null, 2).slice(4, -2);
  }
  yield entries.length === 0 ? '}\n' : '\n}\n';
}
