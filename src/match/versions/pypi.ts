import { VERSION_PATTERN } from '@renovatebot/pep440/lib/version.js';
import type { VersionScheme } from './types.js';
import { compareDigits, compareOrdinal, isDigits, memoParser, schemeFrom } from './util.js';

// PEP 440 ordering, as pip and packaging implement it (packaging.version._cmpkey, checked against
// pypa/packaging@fd94ee99c66d287b684d098e545ffbf18115747b src/packaging/version.py). The grammar is
// @renovatebot/pep440's VERSION_PATTERN (a port of packaging's VERSION_PATTERN, same alternatives and
// groups), wrapped as packaging's Version does: white space is allowed on either side
// (re.fullmatch(r"\s*" + VERSION_PATTERN + r"\s*")). The sort key is
// built here from the raw matched groups because the library's own compare() converts every number
// with Number() (so 1.9007199254740993 == 1.9007199254740992) and treats local segments such as
// "1e5" or "0x10" as numbers, where packaging uses str.isdigit().

// Python's \s on str patterns: what str.isspace() accepts. JavaScript's \s differs (it has U+FEFF,
// lacks U+001C-U+001F and U+0085), so the set is spelt out.
const PY_SPACE = '[\\t-\\r\\x1c-\\x20\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]*';
const VERSION = new RegExp('^' + PY_SPACE + VERSION_PATTERN + PY_SPACE + '$', 'i');

type PreKind = 'a' | 'b' | 'rc';

interface Pep440Key {
  epoch: string;
  /** Release numbers with trailing zeros removed (1.0 == 1.0.0). */
  release: string[];
  /** Pre-release, or -Infinity for a bare .devN release (sorts below every pre-release), or +Infinity. */
  pre: { kind: PreKind; n: string } | number;
  /** Post number, or -Infinity when absent. */
  post: string | number;
  /** Dev number, or +Infinity when absent. */
  dev: string | number;
  /** Local segments; undefined sorts below any local version. */
  local: Array<string | { num: string }> | undefined;
}

const PRE_SPELLING: Record<string, PreKind> = {
  a: 'a',
  alpha: 'a',
  b: 'b',
  beta: 'b',
  c: 'rc',
  rc: 'rc',
  pre: 'rc',
  preview: 'rc',
};

function num(n: string | undefined): string {
  return n === undefined || n === '' ? '0' : n;
}

function parsePep440(version: string): Pep440Key | undefined {
  const g = VERSION.exec(version)?.groups;
  if (g === undefined) return undefined;
  const release = (g.release as string).split('.');
  while (release.length > 0 && /^0+$/.test(release[release.length - 1] as string)) release.pop();
  const hasPre = g.pre_l !== undefined;
  const hasPost = g.post !== undefined;
  const hasDev = g.dev !== undefined;
  let pre: Pep440Key['pre'];
  if (hasPre) pre = { kind: PRE_SPELLING[(g.pre_l as string).toLowerCase()] as PreKind, n: num(g.pre_n) };
  else pre = !hasPost && hasDev ? -Infinity : Infinity;
  return {
    epoch: num(g.epoch),
    release,
    pre,
    post: hasPost ? num(g.post_n1 ?? g.post_n2) : -Infinity,
    dev: hasDev ? num(g.dev_n) : Infinity,
    local:
      g.local === undefined
        ? undefined
        : g.local.split(/[-_.]/).map((part) => (isDigits(part) ? { num: part } : part.toLowerCase())),
  };
}

/** A number or ±Infinity marker against another; markers stand for packaging's Infinity objects. */
function compareSlot(a: string | number, b: string | number): number {
  if (typeof a === 'string' && typeof b === 'string') return compareDigits(a, b);
  const x = typeof a === 'number' ? a : 0;
  const y = typeof b === 'number' ? b : 0;
  return x < y ? -1 : x > y ? 1 : 0;
}

function compareRelease(a: string[], b: string[]): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const c = compareDigits(a[i] as string, b[i] as string);
    if (c !== 0) return c;
  }
  return a.length === b.length ? 0 : a.length < b.length ? -1 : 1;
}

function comparePre(a: Pep440Key['pre'], b: Pep440Key['pre']): number {
  if (typeof a === 'number' || typeof b === 'number') {
    const x = typeof a === 'number' ? a : 0;
    const y = typeof b === 'number' ? b : 0;
    return x < y ? -1 : x > y ? 1 : 0;
  }
  return compareOrdinal(a.kind, b.kind) || compareDigits(a.n, b.n);
}

// packaging: numeric local segments sort above alphanumeric ones, alphanumeric ones compare as
// strings, and a longer local version wins when one is a prefix of the other.
function compareLocal(a: Pep440Key['local'], b: Pep440Key['local']): number {
  if (a === undefined || b === undefined) return a === b ? 0 : a === undefined ? -1 : 1;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a[i] as string | { num: string };
    const y = b[i] as string | { num: string };
    let c: number;
    if (typeof x === 'string' && typeof y === 'string') c = compareOrdinal(x, y);
    else if (typeof x === 'string') c = -1;
    else if (typeof y === 'string') c = 1;
    else c = compareDigits(x.num, y.num);
    if (c !== 0) return c;
  }
  return a.length === b.length ? 0 : a.length < b.length ? -1 : 1;
}

function comparePep440Keys(a: Pep440Key, b: Pep440Key): number {
  return (
    compareDigits(a.epoch, b.epoch) ||
    compareRelease(a.release, b.release) ||
    comparePre(a.pre, b.pre) ||
    compareSlot(a.post, b.post) ||
    compareSlot(a.dev, b.dev) ||
    compareLocal(a.local, b.local)
  );
}

export const PYPI_SCHEME: VersionScheme = schemeFrom('PyPI', memoParser(parsePep440), comparePep440Keys);
