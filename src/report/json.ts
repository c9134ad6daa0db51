import type { Report } from './model.js';

/** The JSON report (schemaVersion 1), stable key order, two-space indent, final newline. */
export function renderJson(report: Report): string {
  return JSON.stringify(report, null, 2) + '\n';
}

/**
 * The same bytes as renderJson, in pieces of at most one array element each, so that a report
 * with tens of thousands of findings is written without ever holding it whole as one string
 * (measured in bench/run.ts: that string and its copies were most of a large run's peak memory).
 * JSON.stringify never leaves a raw newline inside a string, so re-indenting by line is exact.
 */
export function* renderJsonChunks(report: Report): Generator<string> {
  const indent = (text: string, pad: string): string => text.replace(/\n/g, `\n${pad}`);
  const entries = Object.entries(report).filter(([, v]) => v !== undefined && typeof v !== 'function');
  yield '{';
  for (const [i, [key, value]] of entries.entries()) {
    const head = `${i === 0 ? '' : ','}\n  ${JSON.stringify(key)}: `;
    if (Array.isArray(value) && value.length > 0) {
      yield `${head}[`;
      for (const [j, item] of value.entries()) yield `${j === 0 ? '' : ','}\n    ${indent(JSON.stringify(item ?? null, null, 2), '    ')}`;
      yield '\n  ]';
    } else yield head + indent(JSON.stringify(value, null, 2), '  ');
  }
  yield entries.length === 0 ? '}\n' : '\n}\n';
}
