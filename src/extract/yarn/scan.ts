import type { Problem } from '../../model/types.js';
import { problem } from '../../model/problem.js';
import { splitLines } from '../../parse/lines.js';

// One pass over the lines of a yarn.lock, classic (v1) or berry. Both are written by yarn's own
// serialisers in the same shape: an entry header at column 0 (`"a@^1", "a@^2":` in v1,
// `"a@npm:^1, a@npm:^2":` in berry), its fields two spaces in (`version "1.2.3"` in v1,
// `version: 1.2.3` in berry), and the members of nested maps four spaces in. Berry is valid
// YAML, but yarn reads it with its own parser for exactly this subset, and a full YAML parse of
// a large monorepo lockfile costs several times this scan. Quoted strings use JSON escapes in
// both formats.

export interface YarnEntry {
  /** The descriptors of the header, unquoted, in order. */
  specs: string[];
  /** Line of the header. */
  line: number;
  /** Scalar fields two spaces in (version, resolved, resolution, linkType, ...). */
  fields: Map<string, string>;
  /** Members of the `dependencies` and `optionalDependencies` maps: [name, range]. */
  deps: [string, string][];
  /** A field of the entry could not be read (already reported), so what it says is unreliable. */
  damaged?: true;
}

export interface YarnScan {
  entries: YarnEntry[];
  /** The `__metadata` entry of a berry lockfile. */
  metadata?: YarnEntry;
  /** `berry` when any field uses `key: value`, or there is a `__metadata` entry. */
  style: 'v1' | 'berry' | 'unknown';
  problems: Problem[];
}

const DEP_SECTIONS = new Set(['dependencies', 'optionalDependencies']);
/** Problems reported per file before the rest are summarised, so a garbage file stays readable. */
const MAX_PROBLEMS = 20;

interface Token {
  value: string;
  end: number;
}

/** A quoted (JSON-escaped) string starting at `pos`, or undefined when it is not closed or not valid. */
function readQuoted(s: string, pos: number): Token | undefined {
  let j = pos + 1;
  while (j < s.length) {
    const c = s.charCodeAt(j);
    if (c === 92) j += 2;
    else if (c === 34) break;
    else j++;
  }
  if (j >= s.length) return undefined;
  try {
    return { value: JSON.parse(s.slice(pos, j + 1)) as string, end: j + 1 };
  } catch {
    return undefined;
  }
}

/** A single-quoted YAML scalar ('' is a quote), which berry never writes but YAML allows. */
function readSingleQuoted(s: string, pos: number): Token | undefined {
  let out = '';
  let j = pos + 1;
  while (j < s.length) {
    if (s[j] === "'") {
      if (s[j + 1] === "'") {
        out += "'";
        j += 2;
        continue;
      }
      return { value: out, end: j + 1 };
    }
    out += s[j];
    j++;
  }
  return undefined;
}

/** A key: quoted, or plain up to whitespace or `:`. */
function readKey(s: string, pos: number): Token | undefined {
  if (s[pos] === '"') return readQuoted(s, pos);
  if (s[pos] === "'") return readSingleQuoted(s, pos);
  let j = pos;
  while (j < s.length && s[j] !== ':' && s[j] !== ' ' && s[j] !== '\t') j++;
  return j === pos ? undefined : { value: s.slice(pos, j), end: j };
}

/** A value: the rest of the line, unquoted when quoted. Undefined when a quote is not closed. */
function readValue(rest: string): string | undefined {
  const v = rest.trim();
  if (v.startsWith('"') || v.startsWith("'")) {
    const t = v.startsWith('"') ? readQuoted(v, 0) : readSingleQuoted(v, 0);
    if (!t || v.slice(t.end).trim() !== '') return undefined;
    return t.value;
  }
  return v;
}

/** The descriptors of a header line without its final `:`; undefined when a quote is broken. */
function readHeader(s: string): string[] | undefined {
  const specs: string[] = [];
  let pos = 0;
  while (pos < s.length) {
    while (s[pos] === ' ') pos++;
    if (pos >= s.length) break;
    let raw: string;
    if (s[pos] === '"' || s[pos] === "'") {
      const t = s[pos] === '"' ? readQuoted(s, pos) : readSingleQuoted(s, pos);
      if (!t) return undefined;
      raw = t.value;
      pos = t.end;
      while (s[pos] === ' ') pos++;
      if (pos < s.length && s[pos] !== ',') return undefined;
    } else {
      const comma = s.indexOf(',', pos);
      const end = comma === -1 ? s.length : comma;
      raw = s.slice(pos, end);
      pos = end;
    }
    pos++; // the comma
    // Berry quotes the whole list as one string: `"a@npm:^1, a@npm:^2"`.
    for (const part of raw.split(',')) {
      const spec = part.trim();
      if (spec !== '') specs.push(spec);
    }
  }
  return specs;
}

export function scanYarnLock(text: string, file: string, origin: string): YarnScan {
  const problems: Problem[] = [];
  let dropped = 0;
  let firstDropped = 0;
  const report = (message: string, line: number): void => {
    if (problems.length < MAX_PROBLEMS) problems.push(problem(origin, file, message, line));
    else if (dropped++ === 0) firstDropped = line;
  };
  const entries: YarnEntry[] = [];
  let metadata: YarnEntry | undefined;
  let style: YarnScan['style'] = 'unknown';
  let current: YarnEntry | undefined;
  let section: string | undefined;
  const lines = splitLines(text);
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    const lineNo = i + 1;
    let indent = 0;
    while (raw.charCodeAt(indent) === 32) indent++;
    const content = raw.slice(indent).trimEnd();
    if (content === '' || content.startsWith('#')) continue;
    if (content.startsWith('\t')) {
      report('unexpected tab in indentation', lineNo);
      continue;
    }
    if (indent === 0) {
      current = undefined;
      section = undefined;
      if (!content.endsWith(':')) {
        report(`expected an entry header ending in ":" (like "name@range:"), found "${clip(content)}"`, lineNo);
        continue;
      }
      const specs = readHeader(content.slice(0, -1));
      if (!specs || specs.length === 0) {
        report(`entry header not readable (unbalanced quotes?): "${clip(content)}"`, lineNo);
        continue;
      }
      current = { specs, line: lineNo, fields: new Map(), deps: [] };
      if (specs.length === 1 && specs[0] === '__metadata') {
        metadata = current;
        style = 'berry';
      } else {
        entries.push(current);
      }
      continue;
    }
    // Lines of an entry whose header was not readable are skipped with it.
    if (!current) continue;
    if (indent === 2) {
      section = undefined;
      const key = readKey(content, 0);
      if (!key) {
        report(`field not readable: "${clip(content)}"`, lineNo);
        current.damaged = true;
        continue;
      }
      let rest = content.slice(key.end);
      if (rest.startsWith(':')) {
        rest = rest.slice(1);
        if (rest.trim() !== '' && style === 'unknown') style = 'berry';
      } else if (style === 'unknown' && rest.trim() !== '') {
        style = 'v1';
      }
      if (rest.trim() === '') {
        section = key.value;
        continue;
      }
      const value = readValue(rest);
      if (value === undefined) {
        report(`value of "${key.value}" not readable (unclosed quote?)`, lineNo);
        current.damaged = true;
        continue;
      }
      current.fields.set(key.value, value);
      continue;
    }
    if (indent === 4 && section !== undefined && DEP_SECTIONS.has(section)) {
      const key = readKey(content, 0);
      const rest = key ? content.slice(key.end).replace(/^:/, '') : '';
      const value = key ? readValue(rest) : undefined;
      if (!key || value === undefined || value === '') {
        report(`dependency not readable: "${clip(content)}"`, lineNo);
        continue;
      }
      current.deps.push([key.value, value]);
      continue;
    }
    if (indent % 2 !== 0) report(`unexpected indentation of ${indent} spaces`, lineNo);
    // Deeper members of other maps (bin, dependenciesMeta, peerDependencies, ...) are not needed.
  }
  if (dropped > 0) {
    problems.push(problem(origin, file, `${dropped} more problems not listed, the next at this line`, firstDropped));
  }
  return { entries, ...(metadata ? { metadata } : {}), style, problems };
}

function clip(s: string): string {
  return s.length > 80 ? `${s.slice(0, 77)}...` : s;
}
