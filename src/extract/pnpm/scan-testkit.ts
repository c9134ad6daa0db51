import { expect } from 'vitest';
import { extractPnpmLock } from './index.js';
import { scanPnpmLock } from './scan.js';
import type { LockValue, PnpmView } from './view.js';
import { parsePnpmView } from './view.js';

// The scanner's tests hold it to the YAML parse: wherever it reads a file, it must give the same
// view and the same extraction, member by member, in order, with the same lines.

type Plain = string | null | [string | undefined, Plain][];

function plain(value: LockValue | undefined): Plain | 'absent' {
  if (value === undefined) return 'absent';
  if (value === null || typeof value === 'string') return value;
  const out: [string | undefined, Plain][] = [];
  value.forEach((k, v) => out.push([k, plain(v) as Plain]));
  return out;
}

/** A view as plain data, for deep comparison. */
export function plainView(view: PnpmView | undefined): unknown {
  if (!view) return undefined;
  return {
    sections: [...view.sections].map(([name, s]) => [name, s.line, s.notMapping, plain(s.value)]),
    entries: [...view.entries].map(([name, list]) => [name, list.map((e) => [e.key, e.line, plain(e.value)])]),
  };
}

/**
 * Asserts that extracting `text` the usual way (scanner first) gives what the YAML parse alone
 * gives, and, where the scanner read the file, that its view is the parse's and the parse found
 * nothing wrong. Returns whether the scanner read it.
 */
export function expectSameAsParse(text: string, label = ''): boolean {
  const file = { path: 'pnpm-lock.yaml', text };
  const scanned = scanPnpmLock(text);
  expect(extractPnpmLock(file, 'scan'), `${label}: extraction`).toStrictEqual(extractPnpmLock(file, 'parse'));
  if (scanned) {
    const problems: never[] = [];
    const parsed = parsePnpmView(text, 'pnpm-lock.yaml', 'test', problems);
    expect(problems, `${label}: the scanner read a file the parse finds fault with`).toEqual([]);
    expect(plainView(scanned), `${label}: view`).toStrictEqual(plainView(parsed));
  }
  return scanned !== undefined;
}
