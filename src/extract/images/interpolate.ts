// Variable substitution as Compose (compose-spec "Interpolation") and the Dockerfile shell lexer
// (BuildKit) do it: `$VAR`, `${VAR}`, `${VAR:-default}`, `${VAR-default}`, `${VAR:+alt}`,
// `${VAR+alt}`, `${VAR:?message}`, `${VAR?message}`, defaults nested (`${A:-${B}}`). The two
// differ only in how a literal `$` is written: `$$` in Compose, `\$` in a Dockerfile.

export interface InterpolationResult {
  value: string;
  /** Variables that were needed but unset, with no default: they expanded to '' (both tools do). */
  missing: string[];
  /** `${VAR?message}` failures and syntax errors; either makes the value unusable. */
  errors: string[];
}

export interface InterpolationOptions {
  /** How a literal dollar is escaped. */
  escape: '$$' | '\\';
  /** The value of a variable, or undefined when it is unset. */
  lookup(name: string): string | undefined;
}

const NAME_START = /[A-Za-z_]/;
const NAME_CHAR = /[A-Za-z0-9_]/;
/** Nesting depth of `${…${…}}`; real files use one or two levels. */
const MAX_DEPTH = 16;

interface Scan {
  value: string;
  end: number;
  missing: string[];
  errors: string[];
}

function readName(s: string, i: number): number {
  if (i >= s.length || !NAME_START.test(s[i]!)) return i;
  let j = i + 1;
  while (j < s.length && NAME_CHAR.test(s[j]!)) j++;
  return j;
}

/** Expands s from i up to the end, or up to the `}` closing the current braces when `inBraces`. */
function scan(s: string, i: number, inBraces: boolean, depth: number, opts: InterpolationOptions): Scan {
  let value = '';
  const missing: string[] = [];
  const errors: string[] = [];
  while (i < s.length) {
    const c = s[i]!;
    if (inBraces && c === '}') return { value, end: i, missing, errors };
    if (opts.escape === '\\' && c === '\\' && s[i + 1] === '$') {
      value += '$';
      i += 2;
      continue;
    }
    if (c !== '$') {
      value += c;
      i++;
      continue;
    }
    const next = s[i + 1];
    if (opts.escape === '$$' && next === '$') {
      value += '$';
      i += 2;
      continue;
    }
    if (next !== '{') {
      const end = readName(s, i + 1);
      if (end === i + 1) {
        value += '$';
        i++;
        continue;
      }
      const name = s.slice(i + 1, end);
      const v = opts.lookup(name);
      if (v === undefined) missing.push(name);
      value += v ?? '';
      i = end;
      continue;
    }
    // ${NAME[op word]}
    const nameEnd = readName(s, i + 2);
    const name = s.slice(i + 2, nameEnd);
    if (name === '') {
      errors.push(`invalid variable reference at "${s.slice(i, i + 12)}"`);
      return { value, end: s.length, missing, errors };
    }
    let j = nameEnd;
    let op = '';
    const isOp = (ch: string | undefined): boolean => ch === '-' || ch === '+' || ch === '?';
    if (s[j] === ':' && isOp(s[j + 1])) {
      op = s.slice(j, j + 2);
      j += 2;
    } else if (isOp(s[j])) {
      op = s[j]!;
      j += 1;
    } else if (s[j] !== '}') {
      errors.push(`unsupported or unterminated variable reference "\${${name}${s.slice(j, j + 8)}"`);
      return { value, end: s.length, missing, errors };
    }
    let word: Scan = { value: '', end: j, missing: [], errors: [] };
    if (op !== '') {
      if (depth >= MAX_DEPTH) {
        errors.push(`variable references nested deeper than ${MAX_DEPTH}`);
        return { value, end: s.length, missing, errors };
      }
      word = scan(s, j, true, depth + 1, opts);
      errors.push(...word.errors);
    }
    if (s[word.end] !== '}') {
      errors.push(`unterminated variable reference "\${${name}"`);
      return { value, end: s.length, missing, errors };
    }
    const v = opts.lookup(name);
    const unset = v === undefined;
    const empty = unset || v === '';
    const orDefault = (use: boolean): void => {
      if (use) {
        value += word.value;
        missing.push(...word.missing);
      } else value += v ?? '';
    };
    switch (op) {
      case '':
        if (unset) missing.push(name);
        value += v ?? '';
        break;
      case ':-':
        orDefault(empty);
        break;
      case '-':
        orDefault(unset);
        break;
      case ':+':
        if (!empty) orDefault(true);
        break;
      case '+':
        if (!unset) orDefault(true);
        break;
      case ':?':
      case '?':
        if (op === ':?' ? empty : unset) errors.push(`${name}: ${word.value || 'required variable is not set'}`);
        else value += v;
        break;
    }
    i = word.end + 1;
  }
  if (inBraces) errors.push('unterminated variable reference');
  return { value, end: i, missing, errors };
}

export function interpolate(text: string, opts: InterpolationOptions): InterpolationResult {
  const r = scan(text, 0, false, 0, opts);
  return { value: r.value, missing: [...new Set(r.missing)], errors: r.errors };
}
