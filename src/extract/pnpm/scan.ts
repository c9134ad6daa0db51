import type { LockMap, LockValue, PnpmEntry, PnpmView } from './view.js';

// A pnpm-lock.yaml read line by line, without a general YAML parser. pnpm writes the file with
// js-yaml in one regular shape: block mappings indented by two spaces more per level, keys and
// scalars on one line each (plain or single-quoted), `resolution`, `engines` and the like as
// one-line flow mappings, `cpu`/`os` as one-line flow lists, `transitivePeerDependencies` as a
// block list, a multi-line `deprecated` message as a literal block (`|-`). This scanner accepts exactly that subset and builds the same view the YAML parse
// gives (./view.ts), at a fraction of its cost and garbage.
//
// Whatever it does not recognise with certainty makes it give up on the whole file, and the
// caller reads the file with the YAML parser as before: comments, anchors, aliases, tags, block
// scalars other than `|` and `|-`, multi-line plain or quoted scalars, double quotes with
// escapes, nested flow collections, tabs, carriage returns, characters other than printable
// ASCII, document markers, empty values, duplicate keys, odd indentation, a missing final line
// end, a lockfileVersion other than 5.x, 6.x and 9.x. So the scanner itself reports nothing: a
// damaged file goes to the parse, which locates the damage.

/** Keys the YAML parser refuses beyond 1024 characters; kept well inside that. */
const MAX_KEY = 1000;
/** pnpm nests five mappings at most (importers > . > dependencies > name > version). */
const MAX_DEPTH = 12;
/** Only `\n`-ended lines of printable ASCII: anything else is for the YAML parser. */
const OUTSIDE_SUBSET = /[^\n\x20-\x7e]/;
const ENTRY_SECTIONS = new Set(['packages', 'snapshots', 'importers']);

/** Thrown (without a stack) to give the file to the YAML parser. */
const GIVE_UP: unique symbol = Symbol('give up');

class ScannedMap implements LockMap {
  readonly keys: string[] = [];
  readonly values: LockValue[] = [];
  /** 1-based line of each key (0 inside flow mappings, where nothing asks). */
  readonly lines: number[] = [];
  private seen: Set<string> | undefined;

  add(key: string, value: LockValue, line: number): void {
    // Duplicate keys are answered one way by the YAML view (first for a field, every one for an
    // entry, last for a section): rather than imitate each, such a file is not scanned.
    if (this.keys.length < 16) {
      if (this.keys.includes(key)) throw GIVE_UP;
    } else {
      this.seen ??= new Set(this.keys);
      if (this.seen.has(key)) throw GIVE_UP;
      this.seen.add(key);
    }
    this.keys.push(key);
    this.values.push(value);
    this.lines.push(line);
  }

  get(key: string): LockValue | undefined {
    const i = this.keys.indexOf(key);
    return i === -1 ? undefined : this.values[i];
  }

  forEach(fn: (key: string | undefined, value: LockValue) => void): void {
    for (let i = 0; i < this.keys.length; i++) fn(this.keys[i], this.values[i]!);
  }
}

function isFlowIndicator(c: number): boolean {
  return c === 44 || c === 91 || c === 93 || c === 123 || c === 125; // , [ ] { }
}

/** Characters that cannot start a plain scalar (`-`, `?`, `:` only before a space or the end). */
function plainStartOk(s: string, at: number, end: number): boolean {
  const c = s.charCodeAt(at);
  switch (c) {
    case 44: // ,
    case 91: // [
    case 93: // ]
    case 123: // {
    case 125: // }
    case 35: // #
    case 38: // &
    case 42: // *
    case 33: // !
    case 124: // |
    case 62: // >
    case 39: // '
    case 34: // "
    case 37: // %
    case 64: // @
    case 96: // `
    case 32: // space
      return false;
    case 45: // -
    case 63: // ?
    case 58: // :
      return at + 1 < end && s.charCodeAt(at + 1) !== 32 && !isFlowIndicator(s.charCodeAt(at + 1));
    default:
      return true;
  }
}

/**
 * A plain scalar that is the rest of a block line, from `at` to `end` (trailing spaces already
 * cut): no `: ` (a nested mapping), no ` #` (a comment), no final `:`.
 */
function blockPlain(s: string, at: number, end: number): string {
  if (at >= end || !plainStartOk(s, at, end)) throw GIVE_UP;
  for (let j = at; j < end; j++) {
    const c = s.charCodeAt(j);
    if (c === 58 && (j + 1 === end || s.charCodeAt(j + 1) === 32)) throw GIVE_UP;
    if (c === 35 && s.charCodeAt(j - 1) === 32) throw GIVE_UP;
  }
  return s.slice(at, end);
}

interface Token {
  value: string;
  end: number;
}

/** A single-quoted scalar closed on the same line (`''` is a quote). */
function singleQuoted(s: string, at: number, end: number): Token {
  let out = '';
  let from = at + 1;
  for (let j = from; j < end; j++) {
    if (s.charCodeAt(j) !== 39) continue;
    if (j + 1 < end && s.charCodeAt(j + 1) === 39) {
      out += s.slice(from, j + 1);
      from = j + 2;
      j++;
      continue;
    }
    return { value: out + s.slice(from, j), end: j + 1 };
  }
  throw GIVE_UP;
}

/** A double-quoted scalar without escapes, closed on the same line. */
function doubleQuoted(s: string, at: number, end: number): Token {
  for (let j = at + 1; j < end; j++) {
    const c = s.charCodeAt(j);
    if (c === 92) break;
    if (c === 34) return { value: s.slice(at + 1, j), end: j + 1 };
  }
  throw GIVE_UP;
}

function quoted(s: string, at: number, end: number): Token | undefined {
  const c = s.charCodeAt(at);
  if (c === 39) return singleQuoted(s, at, end);
  if (c === 34) return doubleQuoted(s, at, end);
  return undefined;
}

function skipSpaces(s: string, at: number, end: number): number {
  while (at < end && s.charCodeAt(at) === 32) at++;
  return at;
}

/** A scalar inside a flow collection: quoted, or plain up to `,`, a bracket, or `: `. */
function flowScalar(s: string, at: number, end: number): Token {
  const q = quoted(s, at, end);
  if (q) return q;
  if (!plainStartOk(s, at, end)) throw GIVE_UP;
  let j = at;
  for (; j < end; j++) {
    const c = s.charCodeAt(j);
    if (isFlowIndicator(c)) break;
    if (c === 58) {
      const next = j + 1 < end ? s.charCodeAt(j + 1) : 32;
      if (next === 32) break;
      if (isFlowIndicator(next)) throw GIVE_UP;
    }
    if (c === 35 && s.charCodeAt(j - 1) === 32) throw GIVE_UP;
  }
  let last = j;
  while (last > at && s.charCodeAt(last - 1) === 32) last--;
  return { value: s.slice(at, last), end: j };
}

/** `{k: v, ...}` of scalars on one line, from `at` (the brace); nested collections give up. */
function flowMap(s: string, at: number, end: number): Token & { map: ScannedMap } {
  const map = new ScannedMap();
  let j = skipSpaces(s, at + 1, end);
  if (j < end && s.charCodeAt(j) === 125) return { value: '', map, end: j + 1 };
  for (;;) {
    const key = flowScalar(s, j, end);
    if (key.value.length > MAX_KEY || s.charCodeAt(key.end) !== 58 || s.charCodeAt(key.end + 1) !== 32) throw GIVE_UP;
    j = skipSpaces(s, key.end + 1, end);
    const c = s.charCodeAt(j);
    if (j >= end || c === 123 || c === 91 || isFlowIndicator(c)) throw GIVE_UP;
    const value = flowScalar(s, j, end);
    map.add(key.value, value.value, 0);
    j = skipSpaces(s, value.end, end);
    const sep = s.charCodeAt(j);
    if (sep === 125) return { value: '', map, end: j + 1 };
    if (sep !== 44) throw GIVE_UP;
    j = skipSpaces(s, j + 1, end);
    // `{a: b,}` is valid YAML, but pnpm never writes it.
    if (j >= end || s.charCodeAt(j) === 125) throw GIVE_UP;
  }
}

/** `[a, b]` of scalars on one line, from `at` (the bracket). */
function flowList(s: string, at: number, end: number): number {
  let j = skipSpaces(s, at + 1, end);
  if (j < end && s.charCodeAt(j) === 93) return j + 1;
  for (;;) {
    const c = s.charCodeAt(j);
    if (j >= end || c === 123 || c === 91 || isFlowIndicator(c)) throw GIVE_UP;
    const item = flowScalar(s, j, end);
    // `[a: b]` is a mapping inside the list.
    if (s.charCodeAt(item.end) === 58) throw GIVE_UP;
    j = skipSpaces(s, item.end, end);
    const sep = s.charCodeAt(j);
    if (sep === 93) return j + 1;
    if (sep !== 44) throw GIVE_UP;
    j = skipSpaces(s, j + 1, end);
    if (j >= end || s.charCodeAt(j) === 93) throw GIVE_UP;
  }
}

/** The value written after `key: ` on the same line, from `at` to `end` (trailing spaces cut). */
function inlineValue(s: string, at: number, end: number): LockValue {
  const c = s.charCodeAt(at);
  let after: number;
  let value: LockValue;
  if (c === 123) {
    const m = flowMap(s, at, end);
    value = m.map;
    after = m.end;
  } else if (c === 91) {
    after = flowList(s, at, end);
    value = null;
  } else {
    const q = quoted(s, at, end);
    if (!q) return blockPlain(s, at, end);
    value = q.value;
    after = q.end;
  }
  if (after !== end) throw GIVE_UP;
  return value;
}

class Scanner {
  private i = 0;
  private readonly lines: string[];

  constructor(text: string) {
    this.lines = text.split('\n');
  }

  /** Index of the next line with content from `i`, or the number of lines; comments give up. */
  private next(i: number): number {
    const lines = this.lines;
    for (; i < lines.length; i++) {
      const line = lines[i]!;
      const indent = indentOf(line);
      if (indent === line.length) continue;
      if (line.charCodeAt(indent) === 35) throw GIVE_UP;
      return i;
    }
    return i;
  }

  /** The whole file as a mapping at column 0; undefined when it is empty. */
  root(): ScannedMap | undefined {
    this.i = this.next(0);
    if (this.i >= this.lines.length) return undefined;
    if (indentOf(this.lines[this.i]!) !== 0) throw GIVE_UP;
    const map = this.map(0, 0);
    if (this.i < this.lines.length) throw GIVE_UP;
    return map;
  }

  /** A block mapping whose keys stand at `indent`, from the current line. */
  private map(indent: number, depth: number): ScannedMap {
    if (depth > MAX_DEPTH) throw GIVE_UP;
    const map = new ScannedMap();
    const lines = this.lines;
    for (;;) {
      const i = this.next(this.i);
      this.i = i;
      if (i >= lines.length) return map;
      const line = lines[i]!;
      const at = indentOf(line);
      if (at < indent) return map;
      if (at > indent) throw GIVE_UP;
      if (at === 0 && (line.startsWith('---') || line.startsWith('...'))) throw GIVE_UP;
      let end = line.length;
      while (end > at && line.charCodeAt(end - 1) === 32) end--;
      // The key, then `:` and a space or the end of the line.
      let key: string;
      let colon: number;
      const q = quoted(line, at, end);
      if (q) {
        key = q.value;
        colon = q.end;
        if (line.charCodeAt(colon) !== 58) throw GIVE_UP;
      } else {
        if (!plainStartOk(line, at, end)) throw GIVE_UP;
        colon = -1;
        for (let j = at; j < end; j++) {
          const c = line.charCodeAt(j);
          if (c === 58 && (j + 1 === end || line.charCodeAt(j + 1) === 32)) {
            colon = j;
            break;
          }
          if (c === 35 && line.charCodeAt(j - 1) === 32) throw GIVE_UP;
        }
        if (colon === -1 || line.charCodeAt(colon - 1) === 32) throw GIVE_UP;
        key = line.slice(at, colon);
        // YAML's merge key, which some schemas expand.
        if (key === '<<') throw GIVE_UP;
      }
      if (colon - at > MAX_KEY) throw GIVE_UP;
      const valueAt = skipSpaces(line, colon + 1, end);
      if (colon + 1 < end && valueAt === colon + 1) throw GIVE_UP;
      let value: LockValue;
      if (valueAt < end && line.charCodeAt(valueAt) === 124) {
        // `|` or `|-`: a literal block, as js-yaml writes a multi-line `deprecated` message.
        const header = line.slice(valueAt, end);
        if (header !== '|' && header !== '|-') throw GIVE_UP;
        value = this.literal(i + 1, indent, header === '|-');
      } else if (valueAt < end) {
        value = inlineValue(line, valueAt, end);
        this.i = i + 1;
      } else {
        // A nested block: a mapping or a list further in. Nothing further in is an empty
        // value, which YAML reads as an empty string: pnpm never writes one.
        const child = this.next(i + 1);
        const childIndent = child < lines.length ? indentOf(lines[child]!) : -1;
        if (childIndent <= indent) throw GIVE_UP;
        this.i = child;
        if (lines[child]!.charCodeAt(childIndent) === 45) {
          this.list(childIndent);
          value = null;
        } else {
          value = this.map(childIndent, depth + 1);
        }
      }
      map.add(key, value, i + 1);
    }
  }

  /**
   * The lines of a literal block scalar from line `from`, more indented than its key (at
   * `indent`), as YAML reads them: the first line's indentation removed from each, one final
   * line end kept (`|`) or none (`|-`). A blank first line, or a blank line with spaces beyond
   * the indentation, is left to the YAML parser.
   */
  private literal(from: number, indent: number, strip: boolean): string {
    const lines = this.lines;
    const first = lines[from];
    const inner = first === undefined ? 0 : indentOf(first);
    if (first === undefined || inner === first.length || inner <= indent) throw GIVE_UP;
    const parts: string[] = [];
    let i = from;
    for (; i < lines.length; i++) {
      const line = lines[i]!;
      const at = indentOf(line);
      if (at === line.length) {
        if (at > inner) throw GIVE_UP;
        parts.push('');
        continue;
      }
      if (at < inner) break;
      parts.push(line.slice(inner));
    }
    while (parts[parts.length - 1] === '') parts.pop();
    this.i = i;
    return parts.join('\n') + (strip ? '' : '\n');
  }

  /** A block list of scalars (`- item`) at `indent`, from the current line. */
  private list(indent: number): void {
    const lines = this.lines;
    for (;;) {
      const i = this.next(this.i);
      this.i = i;
      if (i >= lines.length) return;
      const line = lines[i]!;
      const at = indentOf(line);
      if (at < indent) return;
      if (at > indent || line.charCodeAt(at) !== 45 || line.charCodeAt(at + 1) !== 32) throw GIVE_UP;
      let end = line.length;
      while (end > at && line.charCodeAt(end - 1) === 32) end--;
      const item = skipSpaces(line, at + 2, end);
      if (item >= end) throw GIVE_UP;
      const q = quoted(line, item, end);
      if (!q) blockPlain(line, item, end);
      else if (q.end !== end) throw GIVE_UP;
      this.i = i + 1;
    }
  }
}

function indentOf(line: string): number {
  let n = 0;
  while (line.charCodeAt(n) === 32) n++;
  return n;
}

/**
 * The view of ./view.ts for a lockfile in pnpm's own shape; undefined when the file is anything
 * else, to be read with the YAML parser.
 */
export function scanPnpmLock(text: string): PnpmView | undefined {
  if (!text.endsWith('\n') || OUTSIDE_SUBSET.test(text)) return undefined;
  let root: ScannedMap | undefined;
  try {
    root = new Scanner(text).root();
  } catch (err) {
    if (err === GIVE_UP) return undefined;
    throw err;
  }
  if (!root) return undefined;
  const version = root.get('lockfileVersion');
  if (typeof version !== 'string' || !/^(?:5|6|9)\./.test(version)) return undefined;
  const view: PnpmView = { sections: new Map(), entries: new Map() };
  for (let k = 0; k < root.keys.length; k++) {
    const name = root.keys[k]!;
    const value = root.values[k]!;
    const isMap = value instanceof ScannedMap;
    if (ENTRY_SECTIONS.has(name)) {
      if (!isMap) return undefined;
      const entries: PnpmEntry[] = [];
      for (let e = 0; e < value.keys.length; e++) {
        const v = value.values[e];
        entries.push(v instanceof ScannedMap ? { key: value.keys[e]!, line: value.lines[e]!, value: v } : { key: value.keys[e]!, line: value.lines[e]! });
      }
      view.entries.set(name, entries);
    }
    view.sections.set(name, { value, line: root.lines[k]!, notMapping: !isMap });
  }
  return view;
}
