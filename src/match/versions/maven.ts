import type { VersionScheme } from './types.js';
import { compareOrdinal, memoParser, schemeFrom } from './util.js';

// Maven's version order: a restatement of org.apache.maven.artifact.versioning.ComparableVersion as
// in maven-artifact 3.9.x (checked line by line against apache/maven@1a3de98ee168954d6400ad4331b905baec59a2ce
// maven-artifact/src/main/java/org/apache/maven/artifact/versioning/ComparableVersion.java), the order Maven
// resolves ranges with and the one the POM reference's "Version Order Specification" describes:
// - the version is lower-cased and split into items at '.', at '-' (which opens a nested list)
//   and at every transition between digits and non-digits (which also opens a nested list);
// - numbers compare numerically; int-, long- and BigInteger-sized numbers are distinct item kinds
//   (sized by their digit count after stripping leading zeros, where a run of zeros alone keeps its
//   full length, so "0000000000" is a long zero that sorts above every int) exactly as in Maven;
// - qualifiers order alpha < beta < milestone < rc = cr < snapshot < "" = ga = final = release < sp,
//   then any other string, case-insensitively and lexically; a, b, m directly followed by a digit
//   mean alpha, beta, milestone;
// - trailing "null" items (0, "", empty lists) are dropped from every list;
// - since MNG-7644 (3.8.7 and 3.9.0) a qualifier after '.' is treated as if after '-':
//   1.0.0.RC1 < 1.0.0-RC2, and 2.0.X == 2-X;
// - comparing a list with nothing looks at all of its items (MNG-6964).
// Character.isDigit() is Unicode-aware in Maven 3.9, so non-ASCII decimal digits are digits here too.
// Maven 4 changed several of these rules (MNG-7714's CombinationItem, which puts 1.0.final-redhat below
// 1.0.sp1-redhat, and ASCII-only digits); 3.9 is what most builds resolve with today. osv.dev itself
// orders Maven ranges with its own reading of the POM reference (osv/ecosystems/maven.py), which
// agrees with this on ordinary versions but not on every corner (it keeps 2.0.a above 2-a, say).

const enum Kind {
  Int,
  Long,
  Big,
  Str,
  List,
}

interface NumItem {
  kind: Kind.Int | Kind.Long | Kind.Big;
  value: bigint;
}
interface StrItem {
  kind: Kind.Str;
  /** comparableQualifier(value): index of a known qualifier, or "7-" + value. */
  key: string;
}
interface ListItem {
  kind: Kind.List;
  items: Item[];
}
type Item = NumItem | StrItem | ListItem;

const QUALIFIERS = ['alpha', 'beta', 'milestone', 'rc', 'snapshot', '', 'sp'];
// A Map, not an object literal: a qualifier such as "constructor" must not find Object.prototype.
const ALIASES: ReadonlyMap<string, string> = new Map([
  ['ga', ''],
  ['final', ''],
  ['release', ''],
  ['cr', 'rc'],
]);
const RELEASE_KEY = String(QUALIFIERS.indexOf(''));
const ZERO: NumItem = { kind: Kind.Int, value: 0n };
const UNICODE_DIGIT = /^\p{Nd}$/u;

function isDigitAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c >= 48 && c <= 57) return true;
  return c > 127 && UNICODE_DIGIT.test(s[i] as string);
}

/**
 * Character.digit(c, 10). Unicode lays out every decimal digit set as ten code points, 0 to 9, and
 * where sets touch each still starts at a zero, so the offset from the start of the run, modulo 10,
 * is the digit.
 */
function digitValue(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c <= 57) return c - 48;
  let start = c;
  while (c - start < 100 && UNICODE_DIGIT.test(String.fromCharCode(start - 1))) start--;
  return (c - start) % 10;
}

function parseNumber(s: string): NumItem {
  // stripLeadingZeroes() drops ASCII '0's up to the first other character and leaves a string of
  // zeros alone, so the item kind of "0000000000" comes from all ten digits.
  let start = 0;
  while (start < s.length && s.charCodeAt(start) === 48) start++;
  if (start === s.length) start = 0;
  let value = 0n;
  for (let i = start; i < s.length; i++) value = value * 10n + BigInt(digitValue(s, i));
  const length = s.length - start;
  return { kind: length <= 9 ? Kind.Int : length <= 18 ? Kind.Long : Kind.Big, value };
}

function stringItem(value: string, followedByDigit: boolean): StrItem {
  let v = value;
  if (followedByDigit && v.length === 1) {
    if (v === 'a') v = 'alpha';
    else if (v === 'b') v = 'beta';
    else if (v === 'm') v = 'milestone';
  }
  v = ALIASES.get(v) ?? v;
  const i = QUALIFIERS.indexOf(v);
  return { kind: Kind.Str, key: i < 0 ? `${QUALIFIERS.length}-${v}` : String(i) };
}

function parseItem(isDigit: boolean, buf: string): Item {
  return isDigit ? parseNumber(buf) : stringItem(buf, false);
}

function isNull(item: Item): boolean {
  switch (item.kind) {
    case Kind.Str:
      return item.key === RELEASE_KEY;
    case Kind.List:
      return item.items.length === 0;
    default:
      return item.value === 0n;
  }
}

/** ListItem.normalize(): drop null items from the end, looking through trailing sub-lists. */
function normalize(list: ListItem): void {
  const items = list.items;
  for (let i = items.length - 1; i >= 0; i--) {
    const last = items[i] as Item;
    if (isNull(last)) items.splice(i, 1);
    else if (last.kind !== Kind.List) break;
  }
}

/** ComparableVersion.parseVersion() (maven-artifact 3.9.x). */
function parseMavenVersion(version: string): ListItem {
  const v = version.toLowerCase();
  const root: ListItem = { kind: Kind.List, items: [] };
  let list = root;
  const stack: ListItem[] = [root];
  const nest = (): void => {
    const next: ListItem = { kind: Kind.List, items: [] };
    list.items.push(next);
    list = next;
    stack.push(next);
  };
  let isDigit = false;
  let start = 0;
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (c === 46 /* . */ || c === 45 /* - */) {
      list.items.push(i === start ? ZERO : parseItem(isDigit, v.slice(start, i)));
      start = i + 1;
      if (c === 45) nest();
    } else if (isDigitAt(v, i)) {
      if (!isDigit && i > start) {
        // 1.0.0.X1 < 1.0.0-X2: treat .X as -X for any string qualifier X
        if (list.items.length > 0) nest();
        list.items.push(stringItem(v.slice(start, i), true));
        start = i;
        nest();
      }
      isDigit = true;
    } else {
      if (isDigit && i > start) {
        list.items.push(parseItem(true, v.slice(start, i)));
        start = i;
        nest();
      }
      isDigit = false;
    }
  }
  if (v.length > start) {
    if (!isDigit && list.items.length > 0) nest();
    list.items.push(parseItem(isDigit, v.slice(start)));
  }
  for (let i = stack.length - 1; i >= 0; i--) normalize(stack[i] as ListItem);
  return root;
}

/** Item.compareTo(null). */
function compareToNothing(item: Item): number {
  switch (item.kind) {
    case Kind.Str:
      return compareOrdinal(item.key, RELEASE_KEY);
    case Kind.List:
      for (const child of item.items) {
        const r = compareToNothing(child);
        if (r !== 0) return r;
      }
      return 0;
    default:
      return item.value === 0n ? 0 : 1;
  }
}

/** Item.compareTo(item) for the three item families of maven-artifact 3.9.x. */
function compareItems(a: Item, b: Item): number {
  if (a.kind === Kind.List) {
    if (b.kind === Kind.Str) return 1; // 1-1 > 1-sp
    if (b.kind !== Kind.List) return -1; // 1-1 < 1.0.x
    const n = Math.max(a.items.length, b.items.length);
    for (let i = 0; i < n; i++) {
      const l = a.items[i];
      const r = b.items[i];
      const result = l === undefined ? (r === undefined ? 0 : -compareToNothing(r)) : r === undefined ? compareToNothing(l) : compareItems(l, r);
      if (result !== 0) return result;
    }
    return 0;
  }
  if (a.kind === Kind.Str) {
    if (b.kind === Kind.Str) return compareOrdinal(a.key, b.key);
    return -1; // 1.any < 1.1 and 1.any < 1-1
  }
  if (b.kind === Kind.Str || b.kind === Kind.List) return 1; // 1.1 > 1-sp, 1.1 > 1-1
  if (a.kind !== b.kind) return a.kind < b.kind ? -1 : 1; // int < long < BigInteger sized
  return a.value < b.value ? -1 : a.value > b.value ? 1 : 0;
}

// Maven accepts any string; blank strings and strings with whitespace or control characters are
// extraction accidents rather than versions, so they are refused instead of ordered.
const NOT_A_VERSION = /^$|[\s\x00-\x1f\x7f]/;

const parse = memoParser((v) => (NOT_A_VERSION.test(v) ? undefined : parseMavenVersion(v)));

export const MAVEN_SCHEME: VersionScheme = schemeFrom('Maven', parse, compareItems);
