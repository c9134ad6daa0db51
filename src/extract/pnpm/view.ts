import { isMap, isScalar } from 'yaml';
import type { Document, Node, YAMLMap } from 'yaml';
import type { Problem } from '../../model/types.js';
import { LineIndex, splitLines } from '../../parse/lines.js';
import { problem } from '../../model/problem.js';
import { parseYamlStream } from '../../parse/yaml.js';
import { scanPnpmLock } from './scan.js';

// A pnpm-lock.yaml as top-level sections, with `packages`, `snapshots` and `importers` as lists
// of entries (key, line, value). The whole file is parsed once; when the parse reports errors
// (a truncated or damaged copy), the structure the parser recovered cannot be trusted, so the
// file is read again section by section and entry by entry: pnpm writes every entry of those
// sections as a key two spaces in, so one broken entry costs only itself.

/**
 * A value as the extractor reads it: a string, a mapping, or null for anything else (a list, an
 * alias, which is never expanded). Both readers (the YAML parse here and the line scanner of
 * ./scan.ts) answer in these terms, so the extractor cannot tell them apart.
 */
export type LockValue = string | LockMap | null;

export interface LockMap {
  /** The value of the first member with this key; undefined when there is none. */
  get(key: string): LockValue | undefined;
  /** Every member in order; the key is undefined when it is no string. */
  forEach(fn: (key: string | undefined, value: LockValue) => void): void;
}

export interface PnpmEntry {
  key: string;
  line: number;
  /** Undefined for an entry whose value is no mapping. */
  value?: LockMap;
}

export interface PnpmSection {
  /** Undefined when the section was not read (recovered entry by entry) or has no value node. */
  value: LockValue | undefined;
  line: number;
  /** There is a value and it is neither a mapping nor a null scalar. */
  notMapping: boolean;
}

export interface PnpmView {
  /** Top-level scalars and small sections (lockfileVersion, dependencies, ...), with their lines. */
  sections: Map<string, PnpmSection>;
  /** `packages`, `snapshots`, `importers`, when present. */
  entries: Map<string, PnpmEntry[]>;
}

/** A parsed YAML mapping read in place: values are wrapped on demand, aliases left as they are. */
class YamlLockMap implements LockMap {
  constructor(private readonly map: YAMLMap) {}

  get(key: string): LockValue | undefined {
    for (const pair of this.map.items) {
      if (isScalar(pair.key) && pair.key.value === key) return lockValue(pair.value);
    }
    return undefined;
  }

  forEach(fn: (key: string | undefined, value: LockValue) => void): void {
    for (const pair of this.map.items) fn(keyText(pair.key), lockValue(pair.value));
  }
}

function lockValue(node: unknown): LockValue {
  if (isScalar(node) && typeof node.value === 'string') return node.value;
  return isMap(node) ? new YamlLockMap(node) : null;
}

const ENTRY_SECTIONS = new Set(['packages', 'snapshots', 'importers']);
const PARSE_OPTIONS = { schema: 'failsafe', uniqueKeys: false, prettyErrors: false } as const;
const MAX_PROBLEMS = 20;

/** parseDocument, with a text refused before composing (nested too deeply, too broken) as its one error. */
function parseGuarded(text: string): { doc?: Document.Parsed; errors: { message: string; pos: [number, number] }[] } {
  const stream = parseYamlStream(text, PARSE_OPTIONS, true);
  const doc = stream.docs?.[0];
  if (doc) return { doc, errors: doc.errors };
  const refused = stream.refused ?? { at: 0, reason: 'not read' };
  return { errors: [{ message: refused.reason, pos: [refused.at, refused.at] }] };
}

function keyText(node: unknown): string | undefined {
  return isScalar(node) && typeof node.value === 'string' ? node.value : undefined;
}

type LineOf = (node: Node | null | undefined) => number;

function entriesOf(value: unknown, lineOf: LineOf): PnpmEntry[] {
  const out: PnpmEntry[] = [];
  if (!isMap(value)) return out;
  for (const pair of value.items) {
    const key = keyText(pair.key);
    if (key === undefined) continue;
    out.push({ key, line: lineOf(pair.key as Node), ...(isMap(pair.value) ? { value: new YamlLockMap(pair.value) } : {}) });
  }
  return out;
}

function addSections(view: PnpmView, root: YAMLMap, lineOf: LineOf): void {
  for (const pair of root.items) {
    const name = keyText(pair.key);
    if (name === undefined) continue;
    if (ENTRY_SECTIONS.has(name)) view.entries.set(name, entriesOf(pair.value, lineOf));
    const node = (pair.value ?? undefined) as Node | undefined;
    view.sections.set(name, {
      value: node === undefined ? undefined : lockValue(node),
      line: lineOf(pair.key as Node),
      notMapping: node !== undefined && !isMap(node) && !(isScalar(node) && node.value === null),
    });
  }
}

/**
 * Undefined (with a problem) when the text is no YAML mapping at all. `problems` receives the
 * parse errors, located, and one problem per entry that could not be read.
 */
export function readPnpmView(text: string, file: string, origin: string, problems: Problem[]): PnpmView | undefined {
  // A file in pnpm's own shape (every real one) is scanned by lines; the parse is for the rest.
  return scanPnpmLock(text) ?? parsePnpmView(text, file, origin, problems);
}

/** readPnpmView by the YAML parse alone, the scanner's reference. */
export function parsePnpmView(text: string, file: string, origin: string, problems: Problem[]): PnpmView | undefined {
  const view: PnpmView = { sections: new Map(), entries: new Map() };
  const lines = new LineIndex(text);
  const { doc, errors } = parseGuarded(text);
  // pnpm ends the file with a line end; without one the last line may be cut mid-value
  // (`version: 2.1` of `2.1.0`), which still parses.
  const cutShort = text.trim() !== '' && !/[\r\n]$/.test(text);
  if (doc && errors.length === 0 && !cutShort) {
    if (!isMap(doc.contents)) {
      if (doc.contents !== null || text.trim() !== '') {
        problems.push(problem(origin, file, 'not a pnpm lockfile: expected a mapping with lockfileVersion and packages', 1));
      }
      return undefined;
    }
    addSections(view, doc.contents, (n) => (n?.range ? lines.lineOf(n.range[0]) : 1));
    return view;
  }
  const first = errors[0];
  const all = splitLines(text);
  problems.push(
    first
      ? problem(
          origin,
          file,
          `invalid YAML: ${first.message.split('\n')[0]} (${errors.length} error(s)); read entry by entry`,
          lines.lineOf(first.pos[0]),
        )
      : problem(origin, file, 'the file does not end with a line end, as pnpm writes it: its last line may be cut short', all.length, 'warning'),
  );
  recover(view, all, cutShort, file, origin, problems);
  return view;
}

/** Parses lines [from, to) on their own; lines of its nodes are those of the whole file. */
function parseChunk(all: string[], from: number, to: number): { root?: YAMLMap; lineOf: LineOf; error?: { message: string; line: number } } {
  const text = all.slice(from, to).join('\n');
  const local = new LineIndex(text);
  const lineOf: LineOf = (n) => from + (n?.range ? local.lineOf(n.range[0]) : 1);
  const { doc, errors } = parseGuarded(text);
  const e = errors[0];
  if (e || !doc) return { lineOf, error: { message: e ? e.message.split('\n')[0]! : 'not read', line: from + local.lineOf(e ? e.pos[0] : 0) } };
  return { ...(isMap(doc.contents) ? { root: doc.contents } : {}), lineOf };
}

/** `cutShort`: the last line is unreliable, so the entry or section holding it is not read. */
function recover(view: PnpmView, lines: string[], cutShort: boolean, file: string, origin: string, problems: Problem[]): void {
  let reported = 0;
  let firstUnlisted = 0;
  const report = (message: string, line: number): void => {
    if (reported < MAX_PROBLEMS) problems.push(problem(origin, file, message, line));
    else if (reported === MAX_PROBLEMS) firstUnlisted = line;
    reported++;
  };
  const starts: number[] = [];
  lines.forEach((l, i) => {
    if (/^[^\s#]/.test(l) && l !== '---') starts.push(i);
  });
  starts.forEach((start, s) => {
    const end = starts[s + 1] ?? lines.length;
    const name = /^([A-Za-z][\w-]*):\s*$/.exec(lines[start]!)?.[1];
    if (name !== undefined && ENTRY_SECTIONS.has(name)) {
      const entries: PnpmEntry[] = [];
      const keyLines: number[] = [];
      for (let i = start + 1; i < end; i++) if (/^ {2}[^\s#]/.test(lines[i]!)) keyLines.push(i);
      keyLines.forEach((from, k) => {
        const to = keyLines[k + 1] ?? end;
        const chunk = parseChunk(lines, from, to);
        const last = cutShort && to === lines.length;
        if (chunk.error || !chunk.root || last) {
          const why = chunk.error ? `${chunk.error.message} (line ${chunk.error.line})` : last ? 'the file ends inside it' : 'not a mapping entry';
          report(`${name} entry "${lines[from]!.trim()}" not read: ${why}`, from + 1);
          return;
        }
        entries.push(...entriesOf(chunk.root, chunk.lineOf));
      });
      view.entries.set(name, entries);
      view.sections.set(name, { value: undefined, line: start + 1, notMapping: false });
      return;
    }
    const chunk = parseChunk(lines, start, end);
    if (chunk.error || !chunk.root || (cutShort && end === lines.length)) {
      const why = chunk.error ? chunk.error.message : chunk.root ? 'the file ends inside it' : 'not a mapping';
      report(`section "${lines[start]!.trim()}" not read: ${why}`, chunk.error?.line ?? start + 1);
      return;
    }
    addSections(view, chunk.root, chunk.lineOf);
  });
  if (reported > MAX_PROBLEMS) {
    problems.push(problem(origin, file, `${reported - MAX_PROBLEMS} more damaged entries not listed, the next at this line`, firstUnlisted));
  }
}
