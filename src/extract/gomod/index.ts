import type { Component, ComponentSource, Problem } from '../../model/types.js';
import type { ExtractContext, ExtractResult, Extractor, SourceFile } from '../../model/extractor.js';
import { makeComponent } from '../../model/component.js';
import { problem } from '../../model/problem.js';
import { splitLines } from '../../parse/lines.js';

// go.mod (go.dev/ref/mod#go-mod-file), read line by line as golang.org/x/mod/modfile lexes it:
// a directive is a verb and its arguments, or a verb and a parenthesised block of argument lines;
// `//` starts a comment; arguments may be quoted. What it yields:
// - every `require`d module at its version, written as in the file (`v1.2.3`; the Go version
//   ordering and OSV's SEMVER both accept the leading "v"), direct unless marked `// indirect`;
// - `replace` applied as the go command does (a versioned left side beats an unversioned one):
//   a replacement by another module@version yields that module at that version, a replacement by
//   a local directory yields the required module with source `path` (not matched). A replaced
//   module is located at its `replace` line, where the code actually built is named;
// - the Go toolchain as the module `stdlib` (OSV's name for the standard library), from the
//   `toolchain` line when there is one, else from the `go` line, in OSV's form (`1.22.0`,
//   `1.21.0-rc.2`). It is located at the line it came from.
// `exclude`, `retract`, `tool`, `godebug` and `ignore` change nothing that is installed. go.sum,
// when present beside go.mod, is only a cross-check: a required module version it does not list
// is a warning; it never supplies a version.

const ORIGIN = 'extract/gomod';
const ECOSYSTEM = 'Go';
const KNOWN_VERBS = new Set(['module', 'go', 'toolchain', 'require', 'replace', 'exclude', 'retract', 'tool', 'godebug', 'ignore']);
const BLOCK_VERBS = new Set(['require', 'replace', 'exclude', 'retract', 'tool', 'godebug', 'ignore']);
// Canonical module versions: semver with a "v", pre-release (pseudo-versions) and +incompatible.
const MODULE_VERSION = /^v(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?(\+[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?$/;
/** go.sum gaps reported one by one; beyond this, one summary. */
const MAX_GOSUM_PROBLEMS = 20;
const GO_VERSION = /^(\d+)\.(\d+)(?:\.(\d+))?(?:(rc|beta)(\d+))?$/;

interface Line {
  line: number;
  args: string[];
  comment: string;
}

interface Directive extends Line {
  verb: string;
}

/** Splits one line into arguments and its trailing comment; undefined args on an unterminated quote. */
function lex(text: string): { args: string[]; comment: string } | undefined {
  const args: string[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text[i]!;
    if (c === ' ' || c === '\t') {
      i++;
    } else if (text.startsWith('//', i)) {
      return { args, comment: text.slice(i + 2).trim() };
    } else if (c === '"') {
      let j = i + 1;
      let value = '';
      while (j < n && text[j] !== '"') {
        if (text[j] === '\\' && j + 1 < n) j++;
        value += text[j];
        j++;
      }
      if (j >= n) return undefined;
      args.push(value);
      i = j + 1;
    } else if (c === '`') {
      const end = text.indexOf('`', i + 1);
      if (end === -1) return undefined;
      args.push(text.slice(i + 1, end));
      i = end + 1;
    } else if (c === '(' || c === ')') {
      args.push(c);
      i++;
    } else {
      let j = i;
      while (j < n && !' \t"`()'.includes(text[j]!) && !text.startsWith('//', j)) j++;
      args.push(text.slice(i, j));
      i = j;
    }
  }
  return { args, comment: '' };
}

function directives(file: SourceFile, problems: Problem[]): Directive[] {
  const out: Directive[] = [];
  let block: { verb: string; line: number } | undefined;
  const lines = splitLines(file.text);
  lines.forEach((raw, i) => {
    const line = i + 1;
    const lexed = lex(raw);
    if (!lexed) {
      problems.push(problem(ORIGIN, file.path, 'unterminated quoted string', line));
      return;
    }
    const { args, comment } = lexed;
    if (args.length === 0) return;
    if (block) {
      if (args.length === 1 && args[0] === ')') {
        block = undefined;
        return;
      }
      out.push({ verb: block.verb, line, args, comment });
      return;
    }
    const [verb, ...rest] = args as [string, ...string[]];
    if (!KNOWN_VERBS.has(verb)) {
      problems.push(problem(ORIGIN, file.path, `unknown directive "${verb}"; line ignored`, line, 'warning'));
      return;
    }
    if (rest.length === 1 && rest[0] === '(' && BLOCK_VERBS.has(verb)) {
      block = { verb, line };
      return;
    }
    out.push({ verb, line, args: rest, comment });
  });
  if (block) {
    // The go command always ends go.mod with a line end; an open block whose last line has none
    // was cut short, and that line may hold half a version.
    const last = out[out.length - 1];
    const cut = last !== undefined && last.line === lines.length && !/[\r\n]$/.test(file.text);
    if (cut) out.pop();
    problems.push(
      problem(ORIGIN, file.path, `"${block.verb} (" block is never closed; read to the end of the file${cut ? ' except its unfinished last line' : ''}`, block.line),
    );
  }
  return out;
}

/** Go's own version string (`1.22`, `1.21.3`, `1.21rc2`) in OSV's form for `stdlib`. */
export function goVersionToOsv(v: string): string | undefined {
  const m = GO_VERSION.exec(v);
  if (!m) return undefined;
  const [, major, minor, patch, pre, preN] = m;
  return `${major}.${minor}.${patch ?? '0'}${pre ? `-${pre}.${preN}` : ''}`;
}

interface Replacement {
  line: number;
  oldVersion: string | undefined;
  path: string;
  version: string | undefined;
}

function isLocalPath(p: string): boolean {
  return p.startsWith('./') || p.startsWith('../') || p.startsWith('/') || p === '.' || p === '..' || /^[A-Za-z]:[\\/]/.test(p) || p.startsWith('.\\') || p.startsWith('..\\');
}

function readReplace(d: Directive, file: string, problems: Problem[]): [string, Replacement] | undefined {
  const arrow = d.args.indexOf('=>');
  const left = arrow === -1 ? [] : d.args.slice(0, arrow);
  const right = arrow === -1 ? [] : d.args.slice(arrow + 1);
  if (left.length < 1 || left.length > 2 || right.length < 1 || right.length > 2) {
    problems.push(problem(ORIGIN, file, 'expected "replace old [version] => new [version]"', d.line, 'warning'));
    return undefined;
  }
  const [newPath, newVersion] = right as [string, string | undefined];
  if (!isLocalPath(newPath) && newVersion === undefined) {
    problems.push(problem(ORIGIN, file, `replacement "${newPath}" needs a version (only a local directory may omit it)`, d.line, 'warning'));
    return undefined;
  }
  return [left[0]!, { line: d.line, oldVersion: left[1], path: newPath, version: newVersion }];
}

/** go.sum's "module version" pairs (a `/go.mod` line counts for its version). */
function goSumPairs(text: string): Set<string> {
  const pairs = new Set<string>();
  for (const l of splitLines(text)) {
    const [mod, ver] = l.trim().split(/\s+/);
    if (mod && ver) pairs.add(`${mod} ${ver.replace(/\/go\.mod$/, '')}`);
  }
  return pairs;
}

/**
 * The Go release on endoflife.date's `go` clock as well as the stdlib advisories: the toolchain
 * line names the release that builds (end of life and patch lag); the go line is the oldest
 * release the module accepts, so only its cycle's end of life is judged. A pre-release
 * (`1.23rc1`) is left to the advisories.
 */
function onGoClock(c: Component, written: string, exact: boolean): Component {
  const m = /^(\d+)\.(\d+)(?:\.(\d+))?$/.exec(written);
  if (m) c.runtime = { product: 'go', productVersion: exact && m[3] !== undefined ? written : `${m[1]}.${m[2]}` };
  return c;
}

function stdlib(ds: Directive[], file: string, problems: Problem[]): Component | undefined {
  const toolchain = ds.find((d) => d.verb === 'toolchain');
  const go = ds.find((d) => d.verb === 'go');
  if (toolchain && toolchain.args[0] !== 'default') {
    // goV or goV-suffix for a custom build of Go V.
    const m = /^go([^-+]+)/.exec(toolchain.args[0] ?? '');
    const v = m ? goVersionToOsv(m[1]!) : undefined;
    if (v) return onGoClock(makeComponent({ ecosystem: ECOSYSTEM, name: 'stdlib', version: v, file, line: toolchain.line, layer: 'runtime' }), m![1]!, true);
    problems.push(problem(ORIGIN, file, `toolchain "${toolchain.args.join(' ')}" is not a Go release name; using the go line`, toolchain.line, 'warning'));
  }
  if (!go) return undefined;
  const v = goVersionToOsv(go.args[0] ?? '');
  if (v) return onGoClock(makeComponent({ ecosystem: ECOSYSTEM, name: 'stdlib', version: v, file, line: go.line, layer: 'runtime' }), go.args[0]!, false);
  problems.push(problem(ORIGIN, file, `go "${go.args.join(' ')}" is not a Go version; no stdlib component`, go.line, 'warning'));
  return undefined;
}

/**
 * Before Go 1.17 (and without a go line, which Go reads as 1.16) a go.mod lists only some of
 * the indirect modules the build selects. go.sum is no substitute: it also lists modules the
 * build does not select. So the inventory is partial, and the report says so.
 */
function beforeGraphPruning(ds: Directive[], file: string): Problem | undefined {
  if (!ds.some((d) => d.verb === 'require')) return undefined;
  const go = ds.find((d) => d.verb === 'go');
  const m = /^1\.(\d+)(?:\.|$)/.exec(go?.args[0] ?? '1.16');
  if (!m || Number(m[1]) > 16) return undefined;
  const p = problem(ORIGIN, file, `go ${go?.args[0] ?? '(none, read as 1.16)'}: before Go 1.17 a go.mod lists only some of the indirect modules the build selects; those are not checked (versions are never guessed from go.sum). Run \`go mod tidy -go=1.17\` to list them`, go?.line ?? 1, 'warning');
  p.coverage = { layer: 'library', ecosystem: ECOSYSTEM, note: 'a go.mod before Go 1.17 lists only some indirect modules; run `go mod tidy -go=1.17`' };
  return p;
}

function extract(file: SourceFile, ctx: ExtractContext): ExtractResult {
  const problems: Problem[] = [];
  const ds = directives(file, problems);
  const components: Component[] = [];
  const std = stdlib(ds, file.path, problems);
  if (std) components.push(std);
  const partial = beforeGraphPruning(ds, file.path);
  if (partial) problems.push(partial);

  const replaces = new Map<string, Replacement[]>();
  for (const d of ds) {
    if (d.verb !== 'replace') continue;
    const r = readReplace(d, file.path, problems);
    if (!r) continue;
    const list = replaces.get(r[0]);
    if (list) list.push(r[1]);
    else replaces.set(r[0], [r[1]]);
  }
  const replacementFor = (path: string, version: string): Replacement | undefined => {
    const rs = replaces.get(path) ?? [];
    return rs.find((r) => r.oldVersion === version) ?? rs.find((r) => r.oldVersion === undefined);
  };

  const goSumText = ctx.readFile(file.path.slice(0, file.path.lastIndexOf('/') + 1) + 'go.sum');
  const goSum = goSumText === undefined ? undefined : goSumPairs(goSumText);
  let missing = 0;
  let firstUnlisted = 0;

  for (const d of ds) {
    if (d.verb !== 'require') continue;
    const [path, version] = d.args;
    if (d.args.length !== 2 || !path || !version) {
      problems.push(problem(ORIGIN, file.path, 'expected "require module version"', d.line, 'warning'));
      continue;
    }
    if (!MODULE_VERSION.test(version)) {
      problems.push(problem(ORIGIN, file.path, `"${path}": "${version}" is not a canonical module version; not matched`, d.line, 'warning'));
      continue;
    }
    const direct = !/^indirect(;|$)/.test(d.comment);
    const r = replacementFor(path, version);
    let name = path;
    let ver = version;
    let line = d.line;
    let source: ComponentSource = 'registry';
    if (r) {
      line = r.line;
      if (isLocalPath(r.path)) source = 'path';
      else if (r.version !== undefined && MODULE_VERSION.test(r.version)) {
        name = r.path;
        ver = r.version;
      } else {
        problems.push(problem(ORIGIN, file.path, `replacement "${r.path} ${r.version ?? ''}" is not a canonical module version; not matched`, r.line, 'warning'));
        continue;
      }
    }
    components.push(makeComponent({ ecosystem: ECOSYSTEM, name, version: ver, file: file.path, line, direct, source }));
    if (goSum && source === 'registry' && !goSum.has(`${name} ${ver}`)) {
      if (++missing <= MAX_GOSUM_PROBLEMS) problems.push(problem(ORIGIN, file.path, `go.sum has no entry for ${name} ${ver}; run "go mod tidy"`, line, 'warning'));
      else firstUnlisted ||= line;
    }
  }
  if (missing > MAX_GOSUM_PROBLEMS) {
    problems.push(problem(ORIGIN, file.path, `go.sum lacks ${missing - MAX_GOSUM_PROBLEMS} more required module versions`, firstUnlisted, 'warning'));
  }
  return { components, problems };
}

export const goMod: Extractor = {
  id: 'gomod',
  description: 'go.mod (require, // indirect, replace applied, go/toolchain as stdlib; go.sum cross-checked)',
  claims: (path) => /(^|\/)go\.mod$/.test(path),
  extract,
};
