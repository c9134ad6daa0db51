import { parse, TomlError } from 'smol-toml';
import type { Problem } from '../model/types.js';
import { isRecord } from './json.js';
import { problem } from '../model/problem.js';
import { splitLines } from './lines.js';

// poetry.lock, uv.lock, pdm.lock and Cargo.lock are all a TOML array of `[[package]]` tables plus
// a few other tables. smol-toml gives the structure but no positions, and one damaged byte makes
// it refuse the whole document. So the text is cut at every top-level table header into sections
// that are parsed one by one: each `[[package]]` section carries its own header line (the line a
// component is reported at), and damage costs only the section it is in. Sub-tables such as
// `[package.dependencies]` stay in the section of the package above them, as TOML says.

/** One `[[package]]` table and the line of its header. */
export interface TomlPackage {
  table: Record<string, unknown>;
  /** 1-based line of the `[[package]]` header. */
  line: number;
  /** True when the section did not parse and only its single-line top-level keys were read. */
  partial: boolean;
}

export interface TomlLock {
  /** Every key and table outside the `[[package]]` sections (the prelude, `[metadata]`, ...). */
  top: Record<string, unknown>;
  packages: TomlPackage[];
  problems: Problem[];
}

const PACKAGE_HEADER = /^[ \t]*\[\[[ \t]*package[ \t]*\]\][ \t]*(?:#.*)?$/;
// A table or array-of-tables header; group 1 is its first dotted-key part (bare keys only, which
// is all these lockfiles write for the sections that matter here).
const ANY_HEADER = /^[ \t]*\[\[?[ \t]*("?)([A-Za-z0-9_-]+)\1/;
const KEY_LINE = /^[ \t]*[A-Za-z0-9_"'.-][^=]*=/;

type StringState = 'none' | 'basic' | 'literal';

/**
 * Whether a multi-line string is still open at the end of `line`, given the state at its start.
 * Single-line strings and comments are skipped so that quotes inside them do not count.
 */
function scanLine(line: string, state: StringState): StringState {
  let i = 0;
  const n = line.length;
  while (i < n) {
    if (state === 'basic') {
      const c = line[i];
      if (c === '\\') {
        i += 2;
        continue;
      }
      if (line.startsWith('"""', i)) {
        // Up to two more quotes may belong to the string's content ("""a"""" is legal).
        i += 3;
        while (line[i] === '"') i++;
        state = 'none';
        continue;
      }
      i++;
      continue;
    }
    if (state === 'literal') {
      if (line.startsWith("'''", i)) {
        i += 3;
        while (line[i] === "'") i++;
        state = 'none';
        continue;
      }
      i++;
      continue;
    }
    const c = line[i];
    if (c === '#') return state;
    if (line.startsWith('"""', i)) {
      state = 'basic';
      i += 3;
      continue;
    }
    if (line.startsWith("'''", i)) {
      state = 'literal';
      i += 3;
      continue;
    }
    if (c === '"') {
      i++;
      while (i < n && line[i] !== '"') i += line[i] === '\\' ? 2 : 1;
      i++;
      continue;
    }
    if (c === "'") {
      const end = line.indexOf("'", i + 1);
      i = end === -1 ? n : end + 1;
      continue;
    }
    i++;
  }
  return state;
}

interface Section {
  kind: 'prelude' | 'package' | 'other';
  /** 1-based line of the first line of the section. */
  start: number;
  lines: string[];
}

function sections(text: string): Section[] {
  const lines = splitLines(text);
  const out: Section[] = [{ kind: 'prelude', start: 1, lines: [] }];
  let state: StringState = 'none';
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (state === 'none') {
      if (PACKAGE_HEADER.test(line)) {
        out.push({ kind: 'package', start: i + 1, lines: [] });
      } else {
        const h = ANY_HEADER.exec(line);
        // A header for another top-level table ends the current package; `[package.x]` does not.
        if (h && h[2] !== 'package') out.push({ kind: 'other', start: i + 1, lines: [] });
      }
    }
    out[out.length - 1]!.lines.push(line);
    state = scanLine(line, state);
  }
  return out;
}

function firstLine(message: string): string {
  const nl = message.indexOf('\n');
  return nl === -1 ? message : message.slice(0, nl);
}

function parseSection(section: Section, origin: string, file: string, problems: Problem[]): Record<string, unknown> | undefined {
  try {
    return parse(section.lines.join('\n'), { unsafeKeyBehaviour: 'drop', maxDepth: 64 }) as Record<string, unknown>;
  } catch (err) {
    const p = problem(origin, file, `invalid TOML: ${firstLine(err instanceof Error ? err.message : String(err))}`, section.start);
    if (err instanceof TomlError && err.line > 0) {
      p.line = section.start + err.line - 1;
      p.column = err.column;
    }
    problems.push(p);
    return undefined;
  }
}

/**
 * The single-line `key = value` pairs at the top of a section that did not parse, each parsed on
 * its own: what the damaged section still says for certain (a half-written value never parses).
 */
function salvageKeys(section: Section): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  let state: StringState = 'none';
  for (let i = 1; i < section.lines.length; i++) {
    const line = section.lines[i]!;
    const inString = state !== 'none';
    state = scanLine(line, state);
    if (inString) continue;
    if (/^[ \t]*\[/.test(line)) break;
    if (!KEY_LINE.test(line)) continue;
    try {
      const one = parse(line, { unsafeKeyBehaviour: 'drop', maxDepth: 8 });
      for (const [k, v] of Object.entries(one)) if (!(k in out)) out[k] = v;
    } catch {
      // A multi-line value or damage on this line: nothing certain to keep.
    }
  }
  return out;
}

/**
 * Puts a section's tables into the document: `[a.b]` and `[a.c]` sections both add to `a`, and
 * `[[a]]` sections append to one array, as they would in a single parse.
 */
function mergeInto(into: Record<string, unknown>, from: Record<string, unknown>): void {
  for (const [k, v] of Object.entries(from)) {
    const existing = into[k];
    if (isRecord(existing) && isRecord(v)) mergeInto(existing, v);
    else if (Array.isArray(existing) && Array.isArray(v)) existing.push(...(v as unknown[]));
    else into[k] = v;
  }
}

/**
 * Reads a lockfile made of `[[package]]` tables. Never throws: a section that does not parse is
 * one located problem, and the other sections are still read.
 */
export function readTomlLock(text: string, origin: string, file: string): TomlLock {
  const top: Record<string, unknown> = {};
  const packages: TomlPackage[] = [];
  const problems: Problem[] = [];
  for (const section of sections(text)) {
    if (section.lines.every((l) => /^\s*(#.*)?$/.test(l))) continue;
    const parsed = parseSection(section, origin, file, problems);
    if (section.kind !== 'package') {
      if (parsed) mergeInto(top, parsed);
      continue;
    }
    if (!parsed) {
      const salvaged = salvageKeys(section);
      if (Object.keys(salvaged).length > 0) packages.push({ table: salvaged, line: section.start, partial: true });
      continue;
    }
    const arr = parsed.package;
    const table = Array.isArray(arr) && arr.length === 1 ? arr[0] : undefined;
    if (!isRecord(table)) {
      problems.push(problem(origin, file, '[[package]]: expected one table', section.start));
      continue;
    }
    packages.push({ table, line: section.start, partial: false });
  }
  return { top, packages, problems };
}

/** A string field of a TOML table, or undefined when absent or not a string. */
export function str(table: Record<string, unknown>, key: string): string | undefined {
  const v = table[key];
  return typeof v === 'string' ? v : undefined;
}

/** The strings of an array field; non-strings are dropped. */
export function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((x): x is string => typeof x === 'string') : [];
}

/** A dependency that names a package the lock does not contain. */
export interface Dangling {
  from: string;
  to: string;
  /** Line of the depending package. */
  line: number;
}

/**
 * One located warning for every dependency edge whose target is missing: a lock is closed under
 * its dependencies, so a gap means it is out of date or was cut short (and lost packages).
 */
export function incompleteLock(origin: string, file: string, dangling: readonly Dangling[]): Problem | undefined {
  const first = dangling[0];
  if (!first) return undefined;
  const more = dangling.length > 1 ? ` and ${dangling.length - 1} more` : '';
  return problem(
    origin,
    file,
    `"${first.from}" depends on "${first.to}"${more}, which the lock does not contain: it is incomplete or was cut short`,
    first.line,
    'warning',
  );
}

/** The line of the first top-level-looking `key = ...` (for problems about a lock's header keys); 1 when absent. */
export function keyLine(text: string, key: string): number {
  const re = new RegExp(`^${key.replace(/[-.]/g, '\\$&')}\\s*=`);
  return splitLines(text).findIndex((l) => re.test(l)) + 1 || 1;
}
