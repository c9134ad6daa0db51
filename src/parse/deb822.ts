// Debian's control-file syntax (deb822: dpkg's status database, apt's Packages and Release
// files): stanzas of `Key: value` fields separated by blank lines. A line reader shared by the
// package-database extractors and the distribution advisory sources.

/** One `Key: value` stanza of a Debian control-style file, with the line of each field. */
export interface Stanza {
  fields: Map<string, string>;
  lines: Map<string, number>;
  /** Line of the stanza's first field. */
  line: number;
}

/**
 * Splits a deb822 control file (dpkg's status, apt's Packages index) into stanzas. Continuation
 * lines (leading blank) are appended to their field with a newline; fields are keyed as written.
 * `bad` receives the line numbers of lines that are neither a field nor a continuation, `repeated`
 * those of a field given a second time in its stanza (its value and continuation are dropped).
 */
export function deb822(text: string, bad?: (line: number, content: string) => void, repeated?: (line: number, field: string) => void): Stanza[] {
  const out: Stanza[] = [];
  let cur: Stanza | undefined;
  let last: string | undefined;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!.endsWith('\r') ? lines[i]!.slice(0, -1) : lines[i]!;
    if (raw.trim() === '') {
      cur = undefined;
      last = undefined;
      continue;
    }
    const first = raw.charCodeAt(0);
    if (first === 32 || first === 9) {
      if (cur && last !== undefined) cur.fields.set(last, `${cur.fields.get(last)!}\n${raw.trim()}`);
      else bad?.(i + 1, raw);
      continue;
    }
    if (raw.startsWith('#')) continue;
    const colon = raw.indexOf(':');
    if (colon <= 0) {
      bad?.(i + 1, raw);
      continue;
    }
    if (!cur) {
      cur = { fields: new Map(), lines: new Map(), line: i + 1 };
      out.push(cur);
    }
    last = raw.slice(0, colon);
    if (cur.fields.has(last)) {
      // dpkg refuses a stanza with a field given twice; the first value stays, the repeat is reported.
      repeated?.(i + 1, last);
      last = undefined;
      continue;
    }
    cur.fields.set(last, raw.slice(colon + 1).trim());
    cur.lines.set(last, i + 1);
  }
  return out;
}

/** The `Source: name` or `Source: name (version)` field of a dpkg status or Packages stanza. */
export function parseSourceField(value: string | undefined): { name?: string; version?: string } {
  if (value === undefined) return {};
  const m = /^(\S+)(?:\s+\(([^)]+)\))?\s*$/.exec(value.trim());
  if (!m) return {};
  return m[2] === undefined ? { name: m[1]! } : { name: m[1]!, version: m[2].trim() };
}
