import type { Component, Problem } from '../../model/types.js';
import type { ExtractContext, ExtractResult, Extractor, SourceFile } from '../../model/extractor.js';
import { makeComponent } from '../../model/component.js';
import { problem } from '../../model/problem.js';
import { splitLines } from '../../parse/lines.js';
import { PYPI, dirOf, pep508Name } from './python.js';

// requirements.txt as pip reads it (pip/_internal/req/req_file.py): physical lines ending in a
// backslash are joined (a comment line never continues), comments are `#` at the start or after
// whitespace, and a line is either options (`-r`, `-c`, `-e`, `--index-url`, ...) or one
// requirement followed by per-requirement options (`--hash=...`). Only a requirement pinned to one
// version with `==` or `===` says what is installed; a range says nothing certain, so it is
// counted and reported once per file rather than guessed at.

const ORIGIN = 'extract/pip';
/** Nested `-r`/`-c` includes followed before giving up (cycles are caught before this). */
const MAX_INCLUDE_DEPTH = 32;
/** Skipped or unreadable lines reported one by one per file; beyond this, one summary. */
const MAX_LINE_PROBLEMS = 25;

const SPEC = /^(===|==|!=|~=|<=|>=|<|>)\s*(\S+)$/;
const URL = /^[A-Za-z][A-Za-z0-9+.-]*:\/\//;
const VCS = /^(git|hg|svn|bzr)\+/;
const ARCHIVE = /\.(whl|zip|tar\.gz|tgz|tar\.bz2|tar\.xz|tar)$/i;

/** pip options that take a value and change nothing about which versions are installed. */
const VALUE_OPTIONS = new Set([
  '-i', '--index-url', '--extra-index-url', '-f', '--find-links', '--no-binary', '--only-binary',
  '--trusted-host', '--use-feature', '--config-settings', '--global-option', '--install-option', '--hash',
]);
const FLAG_OPTIONS = new Set(['--no-index', '--pre', '--prefer-binary', '--require-hashes', '-Z', '--always-unzip']);

interface LogicalLine {
  /** 1-based line where the requirement starts. */
  line: number;
  text: string;
}

/**
 * Where pip's comment pattern `(^|\s+)#.*$` starts in a line (-1 for none): at a `#` that opens the
 * line or follows whitespace, taking that whitespace too. Scanned by hand because the regular
 * expression backtracks quadratically over a long run of spaces.
 */
function commentStart(line: string): number {
  for (let i = line.indexOf('#'); i !== -1; i = line.indexOf('#', i + 1)) {
    if (i === 0) return 0;
    if (/\s/.test(line[i - 1]!)) {
      let j = i - 1;
      while (j > 0 && /\s/.test(line[j - 1]!)) j--;
      return j;
    }
  }
  return -1;
}

/** Joins continuations and drops comments and blank lines, as pip's join_lines/ignore_comments do. */
function logicalLines(text: string): LogicalLine[] {
  const out: LogicalLine[] = [];
  let pending: string[] = [];
  let start = 0;
  const emit = (line: number, raw: string): void => {
    const c = commentStart(raw);
    const t = (c === -1 ? raw : raw.slice(0, c)).trim();
    if (t !== '') out.push({ line, text: t });
  };
  splitLines(text).forEach((raw, i) => {
    const isComment = commentStart(raw) !== -1;
    if (!raw.endsWith('\\') || isComment) {
      const line = isComment ? ' ' + raw : raw;
      if (pending.length > 0) {
        pending.push(line);
        emit(start, pending.join(''));
        pending = [];
      } else {
        emit(i + 1, line);
      }
    } else {
      if (pending.length === 0) start = i + 1;
      pending.push(raw.replace(/^\\+|\\+$/g, ''));
    }
  });
  if (pending.length > 0) emit(start, pending.join(''));
  return out;
}

/** Resolves `target` against the folder of `from`; undefined when it climbs above the root. */
function resolveRelative(from: string, target: string): string | undefined {
  const parts = (dirOf(from) + target.replace(/\\/g, '/')).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '' || p === '.') continue;
    if (p === '..') {
      if (out.length === 0) return undefined;
      out.pop();
    } else out.push(p);
  }
  return out.join('/');
}

/** The value of an option written as `-r x`, `-rx`, `--requirement x` or `--requirement=x`. */
function optionValue(tokens: string[], short: string, long: string): string | undefined {
  const t = tokens[0]!;
  if (t === short || t === long) return tokens[1];
  if (t.startsWith(long + '=')) return t.slice(long.length + 1);
  if (t.startsWith(short) && !t.startsWith('--')) return t.slice(short.length);
  return undefined;
}

type Parsed =
  | { kind: 'pinned'; name: string; version: string }
  | { kind: 'unpinned'; name: string }
  | { kind: 'skip'; reason: string }
  | { kind: 'bad'; reason: string };

/** Text from the file shortened for a message. */
const clip = (text: string): string => (text.length > 120 ? `${text.slice(0, 117)}...` : text);

/** One requirement (the part before any per-requirement option). */
function parseRequirement(req: string): Parsed {
  const semi = req.indexOf(';');
  const main = (semi === -1 ? req : req.slice(0, semi)).trim();
  if (URL.test(main) || VCS.test(main)) {
    const egg = /[#&]egg=([^&\s]+)/.exec(main);
    return { kind: 'skip', reason: `${egg ? `"${egg[1]}" comes from` : 'requirement is'} a URL, not the registry` };
  }
  const name = pep508Name(main);
  let rest = name === undefined ? '' : main.slice(name.length).trim();
  if (rest.startsWith('[')) {
    const close = rest.indexOf(']');
    if (close === -1) return { kind: 'bad', reason: `"${name}": unclosed extras bracket` };
    rest = rest.slice(close + 1).trim();
  }
  if (name !== undefined && rest.startsWith('@')) return { kind: 'skip', reason: `"${name}" is installed from a URL, not the registry` };
  if (/^[.~/\\]/.test(main) || /[/\\]/.test(main) || ARCHIVE.test(main)) return { kind: 'skip', reason: `"${clip(main)}" is a local path, not the registry` };
  if (name === undefined) return { kind: 'bad', reason: 'expected a requirement such as name==1.2.3' };
  if (rest.startsWith('(') && rest.endsWith(')')) rest = rest.slice(1, -1).trim();
  if (rest === '') return { kind: 'unpinned', name };
  let pinned: string | undefined;
  for (const clause of rest.split(',')) {
    const m = SPEC.exec(clause.trim());
    if (!m) return { kind: 'bad', reason: `"${name}": "${clip(clause.trim())}" is not a version specifier` };
    const [, op, version] = m as unknown as [string, string, string];
    if (op === '===' || (op === '==' && !version.endsWith('.*'))) {
      if (pinned !== undefined && pinned !== version) return { kind: 'bad', reason: `"${name}" is pinned to two versions` };
      pinned = version;
    }
  }
  if (pinned === undefined) return { kind: 'unpinned', name };
  if (pinned.includes('${')) return { kind: 'skip', reason: `"${name}": version comes from an environment variable` };
  return { kind: 'pinned', name, version: pinned };
}

interface Walk {
  ctx: ExtractContext;
  components: Component[];
  problems: Problem[];
  /** Files already read in this run, so a file included twice is read once. */
  seen: Set<string>;
}

function readFileLines(w: Walk, path: string, text: string, stack: string[]): void {
  w.seen.add(path);
  const unpinned: { name: string; line: number }[] = [];
  let lineProblems = 0;
  let firstUnlisted = 0;
  let unlistedLevel: Problem['level'] = 'notice';
  const note = (line: number, message: string, level: Problem['level']): void => {
    if (++lineProblems > MAX_LINE_PROBLEMS) {
      firstUnlisted ||= line;
      if (level !== 'notice') unlistedLevel = 'warning';
      return;
    }
    w.problems.push(problem(ORIGIN, path, message, line, level));
  };
  const logical = logicalLines(text);
  // pip's hash-checking mode: once any requirement carries --hash (or --require-hashes is given),
  // pip refuses every requirement without one, so such a line installs nothing.
  const hashMode = logical.some((l) => /(^|\s)--(hash[=\s]|require-hashes\b)/.test(l.text));
  for (const { line, text: lineText } of logical) {
    const tokens = lineText.split(/\s+/);
    if (lineText.startsWith('-')) {
      readOption(w, path, line, tokens, stack, note);
      continue;
    }
    // Per-requirement options start at the first token that begins with '-'.
    const firstOption = tokens.findIndex((t) => t.startsWith('-'));
    const req = (firstOption === -1 ? tokens : tokens.slice(0, firstOption)).join(' ');
    const hashed = firstOption !== -1 && tokens.slice(firstOption).some((t) => t.startsWith('--hash'));
    const parsed = parseRequirement(req);
    switch (parsed.kind) {
      case 'pinned':
        if (hashMode && !hashed) {
          note(line, `"${parsed.name}" has no --hash while other requirements do: pip refuses it in hash-checking mode; not matched`, 'warning');
          break;
        }
        w.components.push(makeComponent({ ecosystem: PYPI, name: parsed.name, version: parsed.version, file: path, line }));
        break;
      case 'unpinned':
        unpinned.push({ name: parsed.name, line });
        break;
      case 'skip':
        note(line, `skipped: ${parsed.reason}; not matched`, 'notice');
        break;
      case 'bad':
        note(line, `not read: ${parsed.reason}`, 'warning');
        break;
    }
  }
  const physical = splitLines(text);
  let last = physical.length;
  while (last > 1 && physical[last - 1]!.trim() === '') last--;
  const lastLine = physical[last - 1]!;
  if (lastLine.endsWith('\\') && commentStart(lastLine) === -1) {
    note(last, 'the file ends inside a continued line (trailing "\\"): it may be cut short', 'warning');
  }
  if (lineProblems > MAX_LINE_PROBLEMS) {
    w.problems.push(problem(ORIGIN, path, `${lineProblems - MAX_LINE_PROBLEMS} more skipped or unreadable lines not listed`, firstUnlisted, unlistedLevel));
  }
  const first = unpinned[0];
  if (first) {
    const shown = unpinned.slice(0, 10).map((u) => u.name).join(', ') + (unpinned.length > 10 ? ', ...' : '');
    w.problems.push(
      problem(ORIGIN, path, `${unpinned.length} requirement(s) not pinned with == and not matched: ${shown}`, first.line, 'notice'),
    );
  }
}

function readOption(
  w: Walk,
  path: string,
  line: number,
  tokens: string[],
  stack: string[],
  note: (line: number, message: string, level: Problem['level']) => void,
): void {
  const include = optionValue(tokens, '-r', '--requirement') ?? optionValue(tokens, '-c', '--constraint');
  if (include !== undefined || ['-r', '--requirement', '-c', '--constraint'].includes(tokens[0]!)) {
    followInclude(w, path, line, include ?? '', [...stack, path], note);
    return;
  }
  const opt = tokens[0]!.split('=')[0]!;
  if (opt === '-e' || opt === '--editable') {
    const target = optionValue(tokens, '-e', '--editable') ?? '';
    note(line, `skipped: editable install "${clip(target)}" is not from the registry; not matched`, 'notice');
    return;
  }
  if (VALUE_OPTIONS.has(opt) || FLAG_OPTIONS.has(opt) || /^-[if]./.test(opt)) return;
  note(line, `unknown pip option "${clip(opt)}" ignored`, 'notice');
}

function followInclude(
  w: Walk,
  from: string,
  line: number,
  target: string,
  stack: string[],
  note: (line: number, message: string, level: Problem['level']) => void,
): void {
  if (target === '') {
    note(line, 'include without a file name', 'warning');
    return;
  }
  if (URL.test(target)) {
    note(line, `skipped: include "${clip(target)}" is a URL; not read`, 'notice');
    return;
  }
  const resolved = target.startsWith('/') ? undefined : resolveRelative(from, target);
  if (resolved === undefined) {
    note(line, `include "${clip(target)}" is outside the repository; not read`, 'warning');
    return;
  }
  if (stack.includes(resolved)) {
    note(line, `include "${clip(target)}" forms a cycle (${[...stack, resolved].join(' -> ')}); not followed`, 'warning');
    return;
  }
  if (w.seen.has(resolved)) return;
  if (stack.length > MAX_INCLUDE_DEPTH) {
    note(line, `includes nested deeper than ${MAX_INCLUDE_DEPTH}; "${clip(target)}" not read`, 'warning');
    return;
  }
  const text = w.ctx.readFile(resolved);
  if (text === undefined) {
    note(line, `included file "${resolved}" is missing or could not be read`, 'warning');
    return;
  }
  readFileLines(w, resolved, text, stack);
}

function extract(file: SourceFile, ctx: ExtractContext): ExtractResult {
  const w: Walk = { ctx, components: [], problems: [], seen: new Set() };
  readFileLines(w, file.path, file.text, []);
  return { components: w.components, problems: w.problems };
}

export const requirementsTxt: Extractor = {
  id: 'pip',
  description: 'pip requirements files (requirements*.txt, requirements/*.txt): == pins, hashes, extras, markers, -r/-c includes',
  claims: (path) => {
    const base = path.slice(path.lastIndexOf('/') + 1);
    if (!base.toLowerCase().endsWith('.txt')) return false;
    return /requirements/i.test(base) || /(^|\/)requirements\/[^/]+$/.test(path);
  },
  extract,
};
