import { createRequire as __pwCreateRequire } from 'node:module';
const require = __pwCreateRequire(import.meta.url);
import {
  valid
} from "./chunk-CUSGATIV.js";
import {
  require_semver
} from "./chunk-PCXDXHAE.js";
import {
  __toESM
} from "./chunk-X2NN6BVW.js";

// src/match/versions/util.ts
var MAX_VERSION_LENGTH = 256;
var DEFAULT_CACHE_SIZE = 2e4;
var INVALID = /* @__PURE__ */ Symbol("invalid");
function memoParser(parse8, maxEntries = DEFAULT_CACHE_SIZE) {
  const cache = /* @__PURE__ */ new Map();
  return (version) => {
    if (typeof version !== "string" || version.length === 0 || version.length > MAX_VERSION_LENGTH) {
      return void 0;
    }
    const hit = cache.get(version);
    if (hit !== void 0) return hit === INVALID ? void 0 : hit;
    let parsed;
    try {
      parsed = parse8(version);
    } catch {
      parsed = void 0;
    }
    if (cache.size >= maxEntries) {
      let drop = Math.ceil(maxEntries / 10);
      for (const key of cache.keys()) {
        cache.delete(key);
        if (--drop === 0) break;
      }
    }
    cache.set(version, parsed === void 0 ? INVALID : parsed);
    return parsed;
  };
}
function schemeFrom(ecosystem, parse8, compareParsed2) {
  return {
    ecosystem,
    isValid: (version) => parse8(version) !== void 0,
    compare: (a, b) => {
      const pa = parse8(a);
      const pb = parse8(b);
      if (pa === void 0) return pb === void 0 ? 0 : -1;
      if (pb === void 0) return 1;
      return compareParsed2(pa, pb);
    }
  };
}
function sign(n) {
  return n < 0 ? -1 : n > 0 ? 1 : 0;
}
function compareOrdinal(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function stripZeros(digits) {
  let i = 0;
  while (i < digits.length - 1 && digits.charCodeAt(i) === 48) i++;
  return i === 0 ? digits : digits.slice(i);
}
function compareDigits(a, b) {
  const x = stripZeros(a);
  const y = stripZeros(b);
  if (x.length !== y.length) return x.length < y.length ? -1 : 1;
  return compareOrdinal(x, y);
}
function isDigits(s) {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

// src/match/versions/semver2.ts
var SEMVER2 = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;
function parseSemver2(version) {
  const m = SEMVER2.exec(version);
  if (m === null) return void 0;
  return {
    major: m[1],
    minor: m[2],
    patch: m[3],
    pre: m[4] === void 0 ? [] : m[4].split("."),
    build: m[5] ?? ""
  };
}
function compareIdentifiers(a, b) {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a[i];
    const y = b[i];
    if (x === y) continue;
    const xn = isDigits(x);
    const yn = isDigits(y);
    if (xn && yn) {
      const c = compareDigits(x, y);
      if (c !== 0) return c;
    } else if (xn !== yn) {
      return xn ? -1 : 1;
    } else {
      return compareOrdinal(x, y);
    }
  }
  return a.length === b.length ? 0 : a.length < b.length ? -1 : 1;
}
function comparePrerelease(a, b) {
  if (a.length === 0 || b.length === 0) {
    return a.length === b.length ? 0 : a.length === 0 ? 1 : -1;
  }
  return compareIdentifiers(a, b);
}
function compareSemver2(a, b) {
  return compareDigits(a.major, b.major) || compareDigits(a.minor, b.minor) || compareDigits(a.patch, b.patch) || comparePrerelease(a.pre, b.pre);
}

// src/match/versions/semver-osv.ts
var CORE = /^(\d+)(\.\d+)?(\.\d+)?(.*)$/;
var SUFFIX = /^(-[^+]*)?(\+.*)?(.*)$/;
function coerceIdentifiers(part, map) {
  if (part === void 0 || part === "") return "";
  const ids = part.slice(1).split(".").map((id) => id === "" ? "-" : map(id));
  return part[0] + ids.join(".");
}
function coerceSuffix(suffix) {
  if (suffix === "") return suffix;
  const m = SUFFIX.exec(suffix);
  if (m === null) return suffix;
  const pre = coerceIdentifiers(m[1], (id) => isDigits(id) ? stripZeros(id) : id);
  const build = coerceIdentifiers(m[2], (id) => id);
  return pre + build + (m[3] ?? "");
}
function coerceOsvSemver(version) {
  const v = version.startsWith("v") ? version.slice(1) : version;
  const m = CORE.exec(v);
  if (m === null) return v;
  const part = (g) => g === void 0 ? ".0" : "." + stripZeros(g.slice(1));
  return stripZeros(m[1]) + part(m[2]) + part(m[3]) + coerceSuffix(m[4] ?? "");
}
var parse = memoParser((v) => parseSemver2(coerceOsvSemver(v)));
var SEMVER_SCHEME = schemeFrom("SEMVER", parse, compareSemver2);

// src/match/versions/apk.ts
var SUFFIX_RANK = ["alpha", "beta", "pre", "rc", "", "cvs", "svn", "git", "hg", "p"];
var NO_SUFFIX = [4, "0"];
var NUMBERS = /^(?:[0-9]+\.?)*/;
var SUFFIX2 = /^_(alpha|beta|pre|rc|cvs|svn|git|hg|p)([0-9]*)/;
var HASH = /^~[0-9a-f]+/;
var BUILD = /^-r([0-9]*)/;
var VALID = /^[0-9]+(?:\.[0-9]+)*[a-z]?(?:_(?:alpha|beta|pre|rc|cvs|svn|git|hg|p)[0-9]*)*(?:~[0-9a-f]+)?(?:-r[0-9]+)?$/;
function parseApk(version) {
  const v = { original: version, numbers: [], letter: "", suffixes: [], build: "0", rest: "", broken: false };
  let s = version;
  const numbers = NUMBERS.exec(s)[0];
  if (numbers.length > 0) {
    v.numbers = numbers.split(".").map((n) => n === "" ? "0" : n);
    if (numbers.endsWith(".")) v.numbers.pop();
    s = s.slice(numbers.length);
  }
  const c = s.charCodeAt(0);
  if (c >= 97 && c <= 122) {
    v.letter = s[0];
    s = s.slice(1);
  }
  for (let m = SUFFIX2.exec(s); m !== null; m = SUFFIX2.exec(s)) {
    v.suffixes.push([SUFFIX_RANK.indexOf(m[1]), m[2] === "" ? "0" : m[2]]);
    s = s.slice(m[0].length);
  }
  const hash = HASH.exec(s);
  if (hash !== null) s = s.slice(hash[0].length);
  if (s.length > 0) {
    const build = BUILD.exec(s);
    if (build === null) v.broken = true;
    else {
      v.build = build[1] === "" ? "0" : build[1];
      s = s.slice(build[0].length);
    }
  }
  v.rest = s;
  return v;
}
function compareNumber(a, b, index) {
  if (a === void 0) return b === void 0 ? 0 : -compareNumber(b, a, index);
  if (b === void 0) return 1;
  if (index > 0 && (a.startsWith("0") || b.startsWith("0"))) return compareOrdinal(a, b);
  return compareDigits(a, b);
}
function compareParsed(a, b) {
  if (a.broken && b.broken) return compareOrdinal(a.original, b.original);
  const n = Math.max(a.numbers.length, b.numbers.length);
  for (let i = 0; i < n; i++) {
    const d2 = compareNumber(a.numbers[i], b.numbers[i], i);
    if (d2 !== 0) return d2;
  }
  if (a.letter !== b.letter) return a.letter === "" ? -1 : b.letter === "" ? 1 : compareOrdinal(a.letter, b.letter);
  const m = Math.max(a.suffixes.length, b.suffixes.length);
  for (let i = 0; i < m; i++) {
    const [wa, na] = a.suffixes[i] ?? NO_SUFFIX;
    const [wb, nb] = b.suffixes[i] ?? NO_SUFFIX;
    if (wa !== wb) return wa < wb ? -1 : 1;
    const d2 = compareDigits(na, nb);
    if (d2 !== 0) return d2;
  }
  const d = compareDigits(a.build, b.build);
  if (d !== 0) return d;
  if (a.rest === "" !== (b.rest === "")) return a.rest === "" ? 1 : -1;
  return 0;
}
var valid2 = memoParser((version) => VALID.test(version) ? parseApk(version) : void 0);
var lenient = memoParser(parseApk);
function compareApk(a, b) {
  const pa = lenient(a);
  const pb = lenient(b);
  if (pa === void 0) return pb === void 0 ? compareOrdinal(a, b) : -1;
  if (pb === void 0) return 1;
  return compareParsed(pa, pb);
}
var ALPINE_SCHEME = {
  ecosystem: "Alpine",
  isValid: (version) => typeof version === "string" && version.length <= MAX_VERSION_LENGTH && valid2(version) !== void 0,
  compare: (a, b) => {
    const d = compareApk(a, b);
    return d < 0 ? -1 : d > 0 ? 1 : 0;
  }
};

// src/match/versions/crates.ts
var U64_MAX = "18446744073709551615";
function parseCargo(version) {
  const v = parseSemver2(version);
  if (v === void 0) return void 0;
  for (const n of [v.major, v.minor, v.patch]) {
    if (compareDigits(n, U64_MAX) > 0) return void 0;
  }
  return v;
}
var CRATES_SCHEME = schemeFrom("crates.io", memoParser(parseCargo), compareSemver2);

// src/match/versions/dpkg.ts
var UPSTREAM = /^[0-9][A-Za-z0-9.+~:-]*$/;
var REVISION = /^[A-Za-z0-9.+~]+$/;
var EPOCH = /^[0-9]+$/;
function parseDpkgVersion(input) {
  const version = input.trim();
  if (version.length === 0) return void 0;
  const colon = version.indexOf(":");
  let epoch = "0";
  let rest = version;
  if (colon >= 0) {
    epoch = version.slice(0, colon);
    rest = version.slice(colon + 1);
    if (!EPOCH.test(epoch)) return void 0;
  }
  const hyphen = rest.lastIndexOf("-");
  const upstream = hyphen >= 0 ? rest.slice(0, hyphen) : rest;
  const revision = hyphen >= 0 ? rest.slice(hyphen + 1) : "";
  if (!UPSTREAM.test(upstream)) return void 0;
  if (hyphen >= 0 && !REVISION.test(revision)) return void 0;
  return { epoch, upstream, revision };
}
function weight(s, i) {
  if (i >= s.length) return 0;
  const c = s.charCodeAt(i);
  if (c === 126) return -1;
  if (c >= 65 && c <= 90 || c >= 97 && c <= 122) return c;
  if (c >= 48 && c <= 57) return 0;
  return c + 256;
}
var isDigit = (s, i) => {
  const c = s.charCodeAt(i);
  return c >= 48 && c <= 57;
};
function dpkgPartCompare(a, b) {
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    while (i < a.length && !isDigit(a, i) || j < b.length && !isDigit(b, j)) {
      const d2 = weight(a, i) - weight(b, j);
      if (d2 !== 0) return d2 < 0 ? -1 : 1;
      i++;
      j++;
    }
    const si = i;
    while (i < a.length && isDigit(a, i)) i++;
    const sj = j;
    while (j < b.length && isDigit(b, j)) j++;
    const d = compareDigits(si === i ? "0" : a.slice(si, i), sj === j ? "0" : b.slice(sj, j));
    if (d !== 0) return d;
  }
  return 0;
}
function compareDpkg(a, b) {
  return compareDigits(a.epoch, b.epoch) || dpkgPartCompare(a.upstream, b.upstream) || dpkgPartCompare(a.revision, b.revision);
}
var parse2 = memoParser(parseDpkgVersion);
var dpkgScheme = (ecosystem) => schemeFrom(ecosystem, parse2, compareDpkg);
var DEBIAN_SCHEME = dpkgScheme("Debian");
var UBUNTU_SCHEME = dpkgScheme("Ubuntu");

// src/match/versions/go.ts
var GO_TAG = /^go(\d+\.\d+)(\.\d+|)((beta|rc|-pre)(\d+))?$/;
var BARE_TOOLCHAIN_PRE = /^\d+\.\d+(\.\d+)?(beta|rc)\d+$/;
function goTagToSemver(tag) {
  if (tag === "go1") return "v1.0.0";
  if (tag === "go1.0") return void 0;
  const m = GO_TAG.exec(tag);
  if (m === null) return void 0;
  let v = "v" + m[1] + (m[2] === "" ? ".0" : m[2]);
  if (m[3] !== void 0) {
    const kind = m[4];
    v += (kind.startsWith("-") ? "" : "-") + kind + "." + m[5];
  }
  return v;
}
function normalise(version) {
  if (version.startsWith("go")) return goTagToSemver(version);
  if (version.startsWith("v")) return version;
  if (BARE_TOOLCHAIN_PRE.test(version)) return goTagToSemver("go" + version);
  return "v" + version;
}
function isIdentChar(c) {
  return c >= 48 && c <= 57 || c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 45;
}
function scanInt(s, i) {
  let j = i;
  while (j < s.length && s.charCodeAt(j) >= 48 && s.charCodeAt(j) <= 57) j++;
  if (j === i || s.charCodeAt(i) === 48 && j - i > 1) return -1;
  return j;
}
function scanIdentifiers(s, i, stop, numericNoLeadingZero) {
  const ids = [];
  let start = i;
  let j = i;
  for (; ; j++) {
    const c = j < s.length ? s.charCodeAt(j) : -1;
    if (c === 46 || c === -1 || c === stop) {
      if (j === start) return void 0;
      const id = s.slice(start, j);
      if (numericNoLeadingZero && id.length > 1 && id.charCodeAt(0) === 48 && /^\d+$/.test(id)) return void 0;
      ids.push(id);
      if (c !== 46) return [ids, j];
      start = j + 1;
    } else if (!isIdentChar(c)) {
      return void 0;
    }
  }
}
function parseGoSemver(v) {
  if (v.charCodeAt(0) !== 118) return void 0;
  let i = 1;
  let j = scanInt(v, i);
  if (j < 0) return void 0;
  const major = v.slice(i, j);
  if (j === v.length) return { major, minor: "0", patch: "0", pre: [] };
  if (v.charCodeAt(j) !== 46) return void 0;
  i = j + 1;
  j = scanInt(v, i);
  if (j < 0) return void 0;
  const minor = v.slice(i, j);
  if (j === v.length) return { major, minor, patch: "0", pre: [] };
  if (v.charCodeAt(j) !== 46) return void 0;
  i = j + 1;
  j = scanInt(v, i);
  if (j < 0) return void 0;
  const patch = v.slice(i, j);
  let pre = [];
  if (v.charCodeAt(j) === 45) {
    const r = scanIdentifiers(v, j + 1, 43, true);
    if (r === void 0) return void 0;
    [pre, j] = r;
  }
  if (v.charCodeAt(j) === 43) {
    const r = scanIdentifiers(v, j + 1, -2, false);
    if (r === void 0) return void 0;
    j = r[1];
  }
  return j === v.length ? { major, minor, patch, pre } : void 0;
}
var parse3 = memoParser((version) => {
  const v = normalise(version);
  return v === void 0 ? void 0 : parseGoSemver(v);
});
var GO_SCHEME = schemeFrom(
  "Go",
  parse3,
  (a, b) => compareDigits(a.major, b.major) || compareDigits(a.minor, b.minor) || compareDigits(a.patch, b.patch) || comparePrerelease(a.pre, b.pre)
);

// src/match/versions/maven.ts
var QUALIFIERS = ["alpha", "beta", "milestone", "rc", "snapshot", "", "sp"];
var ALIASES = /* @__PURE__ */ new Map([
  ["ga", ""],
  ["final", ""],
  ["release", ""],
  ["cr", "rc"]
]);
var RELEASE_KEY = String(QUALIFIERS.indexOf(""));
var ZERO = { kind: 0 /* Int */, value: 0n };
var UNICODE_DIGIT = new RegExp("^\\p{Nd}$", "u");
function isDigitAt(s, i) {
  const c = s.charCodeAt(i);
  if (c >= 48 && c <= 57) return true;
  return c > 127 && UNICODE_DIGIT.test(s[i]);
}
function digitValue(s, i) {
  const c = s.charCodeAt(i);
  if (c <= 57) return c - 48;
  let start = c;
  while (c - start < 100 && UNICODE_DIGIT.test(String.fromCharCode(start - 1))) start--;
  return (c - start) % 10;
}
function parseNumber(s) {
  let start = 0;
  while (start < s.length && s.charCodeAt(start) === 48) start++;
  if (start === s.length) start = 0;
  let value = 0n;
  for (let i = start; i < s.length; i++) value = value * 10n + BigInt(digitValue(s, i));
  const length = s.length - start;
  return { kind: length <= 9 ? 0 /* Int */ : length <= 18 ? 1 /* Long */ : 2 /* Big */, value };
}
function stringItem(value, followedByDigit) {
  let v = value;
  if (followedByDigit && v.length === 1) {
    if (v === "a") v = "alpha";
    else if (v === "b") v = "beta";
    else if (v === "m") v = "milestone";
  }
  v = ALIASES.get(v) ?? v;
  const i = QUALIFIERS.indexOf(v);
  return { kind: 3 /* Str */, key: i < 0 ? `${QUALIFIERS.length}-${v}` : String(i) };
}
function parseItem(isDigit4, buf) {
  return isDigit4 ? parseNumber(buf) : stringItem(buf, false);
}
function isNull(item) {
  switch (item.kind) {
    case 3 /* Str */:
      return item.key === RELEASE_KEY;
    case 4 /* List */:
      return item.items.length === 0;
    default:
      return item.value === 0n;
  }
}
function normalize(list) {
  const items = list.items;
  for (let i = items.length - 1; i >= 0; i--) {
    const last = items[i];
    if (isNull(last)) items.splice(i, 1);
    else if (last.kind !== 4 /* List */) break;
  }
}
function parseMavenVersion(version) {
  const v = version.toLowerCase();
  const root = { kind: 4 /* List */, items: [] };
  let list = root;
  const stack = [root];
  const nest = () => {
    const next = { kind: 4 /* List */, items: [] };
    list.items.push(next);
    list = next;
    stack.push(next);
  };
  let isDigit4 = false;
  let start = 0;
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (c === 46 || c === 45) {
      list.items.push(i === start ? ZERO : parseItem(isDigit4, v.slice(start, i)));
      start = i + 1;
      if (c === 45) nest();
    } else if (isDigitAt(v, i)) {
      if (!isDigit4 && i > start) {
        if (list.items.length > 0) nest();
        list.items.push(stringItem(v.slice(start, i), true));
        start = i;
        nest();
      }
      isDigit4 = true;
    } else {
      if (isDigit4 && i > start) {
        list.items.push(parseItem(true, v.slice(start, i)));
        start = i;
        nest();
      }
      isDigit4 = false;
    }
  }
  if (v.length > start) {
    if (!isDigit4 && list.items.length > 0) nest();
    list.items.push(parseItem(isDigit4, v.slice(start)));
  }
  for (let i = stack.length - 1; i >= 0; i--) normalize(stack[i]);
  return root;
}
function compareToNothing(item) {
  switch (item.kind) {
    case 3 /* Str */:
      return compareOrdinal(item.key, RELEASE_KEY);
    case 4 /* List */:
      for (const child of item.items) {
        const r = compareToNothing(child);
        if (r !== 0) return r;
      }
      return 0;
    default:
      return item.value === 0n ? 0 : 1;
  }
}
function compareItems(a, b) {
  if (a.kind === 4 /* List */) {
    if (b.kind === 3 /* Str */) return 1;
    if (b.kind !== 4 /* List */) return -1;
    const n = Math.max(a.items.length, b.items.length);
    for (let i = 0; i < n; i++) {
      const l = a.items[i];
      const r = b.items[i];
      const result = l === void 0 ? r === void 0 ? 0 : -compareToNothing(r) : r === void 0 ? compareToNothing(l) : compareItems(l, r);
      if (result !== 0) return result;
    }
    return 0;
  }
  if (a.kind === 3 /* Str */) {
    if (b.kind === 3 /* Str */) return compareOrdinal(a.key, b.key);
    return -1;
  }
  if (b.kind === 3 /* Str */ || b.kind === 4 /* List */) return 1;
  if (a.kind !== b.kind) return a.kind < b.kind ? -1 : 1;
  return a.value < b.value ? -1 : a.value > b.value ? 1 : 0;
}
var NOT_A_VERSION = /^$|[\s\x00-\x1f\x7f]/;
var parse4 = memoParser((v) => NOT_A_VERSION.test(v) ? void 0 : parseMavenVersion(v));
var MAVEN_SCHEME = schemeFrom("Maven", parse4, compareItems);

// src/match/versions/npm.ts
var import_semver = __toESM(require_semver(), 1);
var parse5 = memoParser((v) => import_semver.default.parse(v, { loose: false }) ?? void 0);
var NPM_SCHEME = schemeFrom("npm", parse5, (a, b) => a.compare(b));

// src/match/versions/nuget.ts
var SECTIONS = /^([^+-]*)(?:-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?(?:\+([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?$/;
var NUMBER = /^[\t-\r ]*(\d+)[\t-\r ]*$/;
var INT32_MIN = -2147483648;
var INT32_MAX = 2147483647;
var INT32_LABEL = /^-?\d+$/;
var LEADING_ZERO_NUMBER = /^0\d+$/;
var TRIM = /^[\t-\r \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+|[\t-\r \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+$/g;
function label(raw) {
  let num2;
  if (INT32_LABEL.test(raw)) {
    const n = Number(raw);
    if (n >= INT32_MIN && n <= INT32_MAX) num2 = n;
  }
  return { num: num2, upper: raw.toUpperCase() };
}
function parseNuGet(input) {
  const m = SECTIONS.exec(input.replace(TRIM, ""));
  if (m === null) return void 0;
  const numbers = m[1].split(".");
  if (numbers.length > 4) return void 0;
  const parts2 = [0, 0, 0, 0];
  for (let i = 0; i < numbers.length; i++) {
    const digits = NUMBER.exec(numbers[i])?.[1];
    if (digits === void 0) return void 0;
    const n = Number(digits);
    if (n > INT32_MAX) return void 0;
    parts2[i] = n;
  }
  const raw = m[2] === void 0 ? [] : m[2].split(".");
  if (raw.some((l) => LEADING_ZERO_NUMBER.test(l))) return void 0;
  return { parts: parts2, labels: raw.map(label) };
}
function compareLabel(a, b) {
  if (a.num !== void 0 && b.num !== void 0) return a.num < b.num ? -1 : a.num > b.num ? 1 : 0;
  if (a.num !== void 0) return -1;
  if (b.num !== void 0) return 1;
  return compareOrdinal(a.upper, b.upper);
}
function compareNuGet(a, b) {
  for (let i = 0; i < 4; i++) {
    const x = a.parts[i];
    const y = b.parts[i];
    if (x !== y) return x < y ? -1 : 1;
  }
  const la = a.labels;
  const lb = b.labels;
  if (la.length === 0 || lb.length === 0) return la.length === lb.length ? 0 : la.length === 0 ? 1 : -1;
  const n = Math.max(la.length, lb.length);
  for (let i = 0; i < n; i++) {
    if (i >= la.length) return -1;
    if (i >= lb.length) return 1;
    const c = compareLabel(la[i], lb[i]);
    if (c !== 0) return c;
  }
  return 0;
}
var NUGET_SCHEME = schemeFrom("NuGet", memoParser(parseNuGet), compareNuGet);

// src/match/versions/packagist.ts
var TRIM2 = /^[ \t\n\r\0\x0B]+|[ \t\n\r\0\x0B]+$/g;
var ALIAS = /^([^,\t\n\v\f\r ]+) +as +([^,\t\n\v\f\r ]+)$/;
var STABILITY_FLAG = /@(?:stable|RC|beta|alpha|dev)$/i;
var BUILD_METADATA = /^([^,\t\n\v\f\r +]+)\+[^\t\n\v\f\r ]+$/;
var MODIFIER = "[._-]?(?:(stable|beta|b|RC|alpha|a|patch|pl|p)((?:[.-]?\\d+(?:[.-]\\d+)*)?)?)?([.-]?dev)?";
var CLASSICAL = new RegExp("^v?(\\d{1,5})(\\.\\d+)?(\\.\\d+)?(\\.\\d+)?" + MODIFIER + "$", "i");
var DATE = new RegExp("^v?(\\d{4}(?:[.:-]?\\d{2}){1,6}(?:[.:-]?\\d{1,3}){0,2})" + MODIFIER + "$", "i");
var DEV_SUFFIX = /([^\n]*?)[.-]?dev$/i;
var NUMERIC_BRANCH = /^v?(\d+)(\.(?:\d+|[xX*]))?(\.(?:\d+|[xX*]))?(\.(?:\d+|[xX*]))?$/i;
function expandStability(stability) {
  const s = stability.toLowerCase();
  switch (s) {
    case "a":
      return "alpha";
    case "b":
      return "beta";
    case "p":
    case "pl":
      return "patch";
    case "rc":
      return "RC";
    default:
      return s;
  }
}
function normalizeBranch(name) {
  const trimmed = name.replace(TRIM2, "");
  const m = NUMERIC_BRANCH.exec(trimmed);
  if (m === null) return "dev-" + trimmed;
  let version = "";
  for (let i = 1; i < 5; i++) version += m[i] !== void 0 ? m[i].replace(/[*X]/g, "x") : ".x";
  return version.replace(/x/g, "9999999") + "-dev";
}
function normalizeComposerVersion(input) {
  let version = input.replace(TRIM2, "");
  const alias = ALIAS.exec(version);
  if (alias !== null) version = alias[1];
  const flag = STABILITY_FLAG.exec(version);
  if (flag !== null) version = version.slice(0, version.length - flag[0].length);
  if (version === "master" || version === "trunk" || version === "default") version = "dev-" + version;
  if (version.slice(0, 4).toLowerCase() === "dev-") return "dev-" + version.slice(4);
  const build = BUILD_METADATA.exec(version);
  if (build !== null) version = build[1];
  let m = CLASSICAL.exec(version);
  let index = 0;
  if (m !== null) {
    version = m[1] + (m[2] || ".0") + (m[3] || ".0") + (m[4] || ".0");
    index = 5;
  } else {
    m = DATE.exec(version);
    if (m !== null) {
      version = m[1].replace(/\D/g, ".");
      index = 2;
    }
  }
  if (m !== null) {
    const stability = m[index];
    if (stability) {
      if (stability === "stable") return version;
      version += "-" + expandStability(stability) + (m[index + 1] ? m[index + 1].replace(/^[.-]+/, "") : "");
    }
    if (m[index + 2]) version += "-dev";
    return version;
  }
  const dev = DEV_SUFFIX.exec(version);
  if (dev !== null) {
    const normalized = normalizeBranch(dev[1]);
    if (!normalized.includes("dev-")) return normalized;
  }
  return void 0;
}
var isDigit2 = (c) => c !== void 0 && c >= "0" && c <= "9";
var isAlnum = (c) => isDigit2(c) || c >= "a" && c <= "z" || c >= "A" && c <= "Z";
var isDig = (c) => isDigit2(c) && c !== ".";
var isNdig = (c) => !isDigit2(c) && c !== ".";
var isSpecialVer = (c) => c === "-" || c === "_" || c === "+";
function phpCanonicalizeVersion(version) {
  if (version.length === 0) return "";
  let out = version[0];
  let lp = out;
  for (let i = 1; i < version.length; i++) {
    const c = version[i];
    const lq = out[out.length - 1];
    if (isSpecialVer(c)) {
      if (lq !== ".") out += ".";
    } else if (isNdig(lp) && isDig(c) || isDig(lp) && isNdig(c)) {
      if (lq !== ".") out += ".";
      out += c;
    } else if (!isAlnum(c)) {
      if (lq !== ".") out += ".";
    } else {
      out += c;
    }
    lp = c;
  }
  return out;
}
var SPECIAL_FORMS = [
  ["dev", 0],
  ["alpha", 1],
  ["a", 1],
  ["beta", 2],
  ["b", 2],
  ["RC", 3],
  ["rc", 3],
  ["#", 4],
  ["pl", 5],
  ["p", 5]
];
function specialRank(form) {
  for (const [name, order] of SPECIAL_FORMS) if (form.startsWith(name)) return order;
  return -1;
}
var LONG_MAX = "9223372036854775807";
function compareStrtol(a, b) {
  const x = compareDigits(a, LONG_MAX) > 0 ? LONG_MAX : a;
  const y = compareDigits(b, LONG_MAX) > 0 ? LONG_MAX : b;
  return compareDigits(x, y);
}
function leadingDigits(s) {
  let i = 0;
  while (i < s.length && isDigit2(s[i])) i++;
  return s.slice(0, i);
}
function phpVersionCompare(orig1, orig2) {
  if (orig1 === "" || orig2 === "") return orig1 === orig2 ? 0 : orig1 !== "" ? 1 : -1;
  const v1 = orig1[0] === "#" ? orig1 : phpCanonicalizeVersion(orig1);
  const v2 = orig2[0] === "#" ? orig2 : phpCanonicalizeVersion(orig2);
  return compareCanonical(v1, v2);
}
function compareCanonical(v1, v2) {
  let p1 = 0;
  let p2 = 0;
  let n1 = 0;
  let n2 = 0;
  let compare = 0;
  while (p1 < v1.length && p2 < v2.length && n1 !== null && n2 !== null) {
    const d1 = v1.indexOf(".", p1);
    const d2 = v2.indexOf(".", p2);
    n1 = d1 < 0 ? null : d1;
    n2 = d2 < 0 ? null : d2;
    const t1 = v1.slice(p1, n1 ?? v1.length);
    const t2 = v2.slice(p2, n2 ?? v2.length);
    if (isDigit2(t1[0]) && isDigit2(t2[0])) compare = compareStrtol(leadingDigits(t1), leadingDigits(t2));
    else if (!isDigit2(t1[0]) && !isDigit2(t2[0])) compare = sign(specialRank(t1) - specialRank(t2));
    else if (isDigit2(t1[0])) compare = sign(specialRank("#N#") - specialRank(t2));
    else compare = sign(specialRank(t1) - specialRank("#N#"));
    if (compare !== 0) break;
    if (n1 !== null) p1 = n1 + 1;
    if (n2 !== null) p2 = n2 + 1;
  }
  if (compare === 0) {
    if (n1 !== null) compare = isDigit2(v1[p1]) ? 1 : phpVersionCompare(v1.slice(p1), "#N#");
    else if (n2 !== null) compare = isDigit2(v2[p2]) ? -1 : phpVersionCompare("#N#", v2.slice(p2));
  }
  return compare;
}
var CONTROL = /[\x00-\x1f\x7f]/;
var parse6 = memoParser((v) => {
  if (CONTROL.test(v.replace(TRIM2, ""))) return void 0;
  const normalized = normalizeComposerVersion(v);
  if (normalized === void 0 || normalized.startsWith("dev-")) return void 0;
  return phpCanonicalizeVersion(normalized);
});
var PACKAGIST_SCHEME = schemeFrom("Packagist", parse6, compareCanonical);

// src/match/versions/pub.ts
var VERSION = /^(\d+)\.(\d+)\.(\d+)(-([0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*))?(\+([0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*))?$/;
var INT64_MAX = (1n << 63n) - 1n;
var UINT64_MAX = (1n << 64n) - 1n;
var DECIMAL = /^-?\d+$/;
var HEX = /^(-?)0[xX]([0-9a-fA-F]+)$/;
function dartTryParseInt(s) {
  if (DECIMAL.test(s)) {
    const n2 = BigInt(s);
    return n2 > INT64_MAX || n2 < -INT64_MAX - 1n ? void 0 : n2;
  }
  const hex = HEX.exec(s);
  if (hex === null) return void 0;
  let n = BigInt("0x" + hex[2]);
  if (n > UINT64_MAX) return void 0;
  if (n > INT64_MAX) n -= 1n << 64n;
  return hex[1] === "-" ? -n : n;
}
function parts(text) {
  if (text === void 0) return [];
  return text.split(".").map((p) => dartTryParseInt(p) ?? p);
}
function parsePub(text) {
  const m = VERSION.exec(text);
  if (m === null) return void 0;
  const core = [m[1], m[2], m[3]].map((n) => BigInt(n));
  if (core.some((n) => n > INT64_MAX)) return void 0;
  return { major: core[0], minor: core[1], patch: core[2], pre: parts(m[5]), build: parts(m[8]) };
}
function compareLists(a, b) {
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a[i];
    const y = b[i];
    if (x === y) continue;
    if (x === void 0) return -1;
    if (y === void 0) return 1;
    if (typeof x === "bigint") {
      if (typeof y !== "bigint") return -1;
      return x < y ? -1 : 1;
    }
    if (typeof y === "bigint") return 1;
    return compareOrdinal(x, y);
  }
  return 0;
}
var cmp = (a, b) => a < b ? -1 : a > b ? 1 : 0;
function comparePub(a, b) {
  const core = cmp(a.major, b.major) || cmp(a.minor, b.minor) || cmp(a.patch, b.patch);
  if (core !== 0) return core;
  if (a.pre.length === 0 && b.pre.length > 0) return 1;
  if (b.pre.length === 0 && a.pre.length > 0) return -1;
  const pre = compareLists(a.pre, b.pre);
  if (pre !== 0) return pre;
  if (a.build.length === 0 && b.build.length > 0) return -1;
  if (b.build.length === 0 && a.build.length > 0) return 1;
  return compareLists(a.build, b.build);
}
var PUB_SCHEME = schemeFrom("Pub", memoParser(parsePub), comparePub);

// node_modules/@renovatebot/pep440/lib/version.js
var VERSION_PATTERN = [
  "v?",
  "(?:",
  /* */
  "(?:(?<epoch>[0-9]+)!)?",
  // epoch
  /* */
  "(?<release>[0-9]+(?:\\.[0-9]+)*)",
  // release segment
  /* */
  "(?<pre>",
  // pre-release
  /*    */
  "[-_\\.]?",
  /*    */
  "(?<pre_l>(a|b|c|rc|alpha|beta|pre|preview))",
  /*    */
  "[-_\\.]?",
  /*    */
  "(?<pre_n>[0-9]+)?",
  /* */
  ")?",
  /* */
  "(?<post>",
  // post release
  /*    */
  "(?:-(?<post_n1>[0-9]+))",
  /*    */
  "|",
  /*    */
  "(?:",
  /*        */
  "[-_\\.]?",
  /*        */
  "(?<post_l>post|rev|r)",
  /*        */
  "[-_\\.]?",
  /*        */
  "(?<post_n2>[0-9]+)?",
  /*    */
  ")",
  /* */
  ")?",
  /* */
  "(?<dev>",
  // dev release
  /*    */
  "[-_\\.]?",
  /*    */
  "(?<dev_l>dev)",
  /*    */
  "[-_\\.]?",
  /*    */
  "(?<dev_n>[0-9]+)?",
  /* */
  ")?",
  ")",
  "(?:\\+(?<local>[a-z0-9]+(?:[-_\\.][a-z0-9]+)*))?"
  // local version
].join("");
var validRegex = new RegExp("^" + VERSION_PATTERN + "$", "i");
var cleanRegex = new RegExp("^\\s*" + VERSION_PATTERN + "\\s*$", "i");

// src/match/versions/pypi.ts
var PY_SPACE = "[\\t-\\r\\x1c-\\x20\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]*";
var VERSION2 = new RegExp("^" + PY_SPACE + VERSION_PATTERN + PY_SPACE + "$", "i");
var PRE_SPELLING = {
  a: "a",
  alpha: "a",
  b: "b",
  beta: "b",
  c: "rc",
  rc: "rc",
  pre: "rc",
  preview: "rc"
};
function num(n) {
  return n === void 0 || n === "" ? "0" : n;
}
function parsePep440(version) {
  const g = VERSION2.exec(version)?.groups;
  if (g === void 0) return void 0;
  const release = g.release.split(".");
  while (release.length > 0 && /^0+$/.test(release[release.length - 1])) release.pop();
  const hasPre = g.pre_l !== void 0;
  const hasPost = g.post !== void 0;
  const hasDev = g.dev !== void 0;
  let pre;
  if (hasPre) pre = { kind: PRE_SPELLING[g.pre_l.toLowerCase()], n: num(g.pre_n) };
  else pre = !hasPost && hasDev ? -Infinity : Infinity;
  return {
    epoch: num(g.epoch),
    release,
    pre,
    post: hasPost ? num(g.post_n1 ?? g.post_n2) : -Infinity,
    dev: hasDev ? num(g.dev_n) : Infinity,
    local: g.local === void 0 ? void 0 : g.local.split(/[-_.]/).map((part) => isDigits(part) ? { num: part } : part.toLowerCase())
  };
}
function compareSlot(a, b) {
  if (typeof a === "string" && typeof b === "string") return compareDigits(a, b);
  const x = typeof a === "number" ? a : 0;
  const y = typeof b === "number" ? b : 0;
  return x < y ? -1 : x > y ? 1 : 0;
}
function compareRelease(a, b) {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const c = compareDigits(a[i], b[i]);
    if (c !== 0) return c;
  }
  return a.length === b.length ? 0 : a.length < b.length ? -1 : 1;
}
function comparePre(a, b) {
  if (typeof a === "number" || typeof b === "number") {
    const x = typeof a === "number" ? a : 0;
    const y = typeof b === "number" ? b : 0;
    return x < y ? -1 : x > y ? 1 : 0;
  }
  return compareOrdinal(a.kind, b.kind) || compareDigits(a.n, b.n);
}
function compareLocal(a, b) {
  if (a === void 0 || b === void 0) return a === b ? 0 : a === void 0 ? -1 : 1;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a[i];
    const y = b[i];
    let c;
    if (typeof x === "string" && typeof y === "string") c = compareOrdinal(x, y);
    else if (typeof x === "string") c = -1;
    else if (typeof y === "string") c = 1;
    else c = compareDigits(x.num, y.num);
    if (c !== 0) return c;
  }
  return a.length === b.length ? 0 : a.length < b.length ? -1 : 1;
}
function comparePep440Keys(a, b) {
  return compareDigits(a.epoch, b.epoch) || compareRelease(a.release, b.release) || comparePre(a.pre, b.pre) || compareSlot(a.post, b.post) || compareSlot(a.dev, b.dev) || compareLocal(a.local, b.local);
}
var PYPI_SCHEME = schemeFrom("PyPI", memoParser(parsePep440), comparePep440Keys);

// src/match/versions/rpm.ts
var DIGITS = /^[0-9]*$/;
var BLANK_OR_CONTROL = /[\s\x00-\x1f\x7f]/;
function parseRpm(input) {
  if (BLANK_OR_CONTROL.test(input)) return void 0;
  const colon = input.indexOf(":");
  let epoch = "0";
  let rest = input;
  if (colon >= 0 && DIGITS.test(input.slice(0, colon))) {
    epoch = colon === 0 ? "0" : input.slice(0, colon);
    rest = input.slice(colon + 1);
  }
  const hyphen = rest.indexOf("-");
  return hyphen < 0 ? { epoch, version: rest, release: "" } : { epoch, version: rest.slice(0, hyphen), release: rest.slice(hyphen) };
}
var isDigit3 = (c) => c >= 48 && c <= 57;
var isAlpha = (c) => c >= 65 && c <= 90 || c >= 97 && c <= 122;
var TILDE = 126;
var CARET = 94;
function rpmvercmp(a, b) {
  if (a === b) return 0;
  if (a === "" || b === "") return a === "" ? -1 : 1;
  let i = 0;
  let j = 0;
  for (; ; ) {
    while (i < a.length && !isAlnumOrMark(a.charCodeAt(i))) i++;
    while (j < b.length && !isAlnumOrMark(b.charCodeAt(j))) j++;
    const ca = i < a.length ? a.charCodeAt(i) : -1;
    const cb = j < b.length ? b.charCodeAt(j) : -1;
    if (ca === TILDE || cb === TILDE) {
      if (ca !== TILDE) return 1;
      if (cb !== TILDE) return -1;
      i++;
      j++;
      continue;
    }
    if (ca === CARET || cb === CARET) {
      if (ca === CARET && cb === CARET) {
        i++;
        j++;
        continue;
      }
      if (ca === CARET) return cb === -1 ? 1 : -1;
      return ca === -1 ? -1 : 1;
    }
    if (ca === -1 || cb === -1) break;
    const numeric = isDigit3(ca);
    const run = numeric ? isDigit3 : isAlpha;
    const si = i;
    while (i < a.length && run(a.charCodeAt(i))) i++;
    const sj = j;
    while (j < b.length && run(b.charCodeAt(j))) j++;
    if (sj === j) return numeric ? 1 : -1;
    const d = numeric ? compareDigits(a.slice(si, i), b.slice(sj, j)) : compareOrdinal(a.slice(si, i), b.slice(sj, j));
    if (d !== 0) return d;
  }
  const la = a.length - i;
  const lb = b.length - j;
  return la === lb ? 0 : la > lb ? 1 : -1;
}
function isAlnumOrMark(c) {
  return isDigit3(c) || isAlpha(c) || c === TILDE || c === CARET;
}
function compareRpm(a, b) {
  return rpmvercmp(a.epoch, b.epoch) || rpmvercmp(a.version, b.version) || rpmvercmp(a.release, b.release);
}
var parse7 = memoParser(parseRpm);
var rpmScheme = (ecosystem) => schemeFrom(ecosystem, parse7, compareRpm);
var RPM_SCHEMES = ["Red Hat", "AlmaLinux", "Rocky Linux", "openSUSE", "SUSE", "Mageia", "openEuler"].map(rpmScheme);

// src/match/versions/rubygems.ts
var SEGMENTS = /[0-9]+|[a-z]+/gi;
var ASCII_ONLY = /^[\x00-\x7f]*$/;
var BLANK = /^[ \t\r\n\f\v]*$/;
var HAS_LETTER = /[a-zA-Z]/;
var TRAILING_ZERO_SEGMENTS = /(?<=[a-zA-Z.])[.0]+$/;
var ZEROS_BEFORE_FIRST_LETTER = /(?<=\.|^)[0.]+(?=[a-zA-Z])/;
function canonicalSegments(normalised) {
  let canonical = normalised.replace(TRAILING_ZERO_SEGMENTS, "");
  if (HAS_LETTER.test(normalised)) canonical = canonical.replace(ZEROS_BEFORE_FIRST_LETTER, "");
  return (canonical.match(SEGMENTS) ?? []).map((s) => isDigits(s) ? { num: s } : s);
}
function parseGem(version) {
  if (BLANK.test(version) || !ASCII_ONLY.test(version) || valid(version) === null) return void 0;
  return canonicalSegments(version.trim().replace(/-/g, ".pre."));
}
var ZERO2 = { num: "0" };
function compareGemSegments(a, b) {
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const l = a[i] ?? ZERO2;
    const r = b[i] ?? ZERO2;
    if (typeof l === "string") {
      if (typeof r !== "string") return -1;
      const c = compareOrdinal(l, r);
      if (c !== 0) return c;
    } else {
      if (typeof r === "string") return 1;
      const c = compareDigits(l.num, r.num);
      if (c !== 0) return c;
    }
  }
  return 0;
}
var RUBYGEMS_SCHEME = schemeFrom("RubyGems", memoParser(parseGem), compareGemSegments);

// src/match/versions/index.ts
var SCHEMES = new Map(
  [NPM_SCHEME, CRATES_SCHEME, PYPI_SCHEME, RUBYGEMS_SCHEME, GO_SCHEME, MAVEN_SCHEME, NUGET_SCHEME, PACKAGIST_SCHEME, PUB_SCHEME, DEBIAN_SCHEME, UBUNTU_SCHEME, ALPINE_SCHEME, ...RPM_SCHEMES].map(
    (s) => [s.ecosystem, s]
  )
);
function schemeFor(ecosystem) {
  if (typeof ecosystem !== "string") return void 0;
  const colon = ecosystem.indexOf(":");
  return SCHEMES.get(colon < 0 ? ecosystem : ecosystem.slice(0, colon));
}

export {
  SEMVER_SCHEME,
  schemeFor
};
