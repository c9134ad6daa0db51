import type { Component, Problem } from '../../model/types.js';
import type { ExtractResult, Extractor, SourceFile } from '../../model/extractor.js';
import { problem } from '../../model/problem.js';
import { splitLines } from '../../parse/lines.js';
import { imageComponent } from '../images/component.js';
import { interpolate } from '../images/interpolate.js';

// Dockerfiles (docs.docker.com/reference/dockerfile): the base image of every stage. A FROM line
// sees only the ARGs declared before the first FROM (the global scope) and BuildKit's automatic
// platform ARGs; an ARG's default may use the ARGs above it. `FROM <stage>` names an earlier
// stage, not an image, and `scratch` is no image at all.

const ORIGIN = 'extract/dockerfile';

const TEMPLATE_SUFFIX = /\.(j2|jinja2?|tmpl|tpl|template|erb|mustache|hbs|in|dockerignore)$/i;

export function isDockerfileName(path: string): boolean {
  const base = path.slice(path.lastIndexOf('/') + 1);
  if (TEMPLATE_SUFFIX.test(base)) return false;
  return /^(?:docker|container)file(?:[.-][A-Za-z0-9_.-]+)?$/i.test(base) || /\.(?:docker|container)file$/i.test(base);
}

/** One instruction after line continuations are joined; `line` is where it starts. */
interface Instruction {
  keyword: string;
  args: string;
  line: number;
}

/**
 * Splits a Dockerfile into instructions the way BuildKit's parser does: parser directives
 * (`# escape=`) at the top, comments and blank lines dropped (also inside a continuation),
 * lines ending in the escape character joined, heredoc bodies (`RUN <<EOF`) skipped.
 */
export function instructions(text: string): Instruction[] {
  const lines = splitLines(text);
  let escape = '\\';
  let i = 0;
  // Parser directives: `# key=value` lines before anything else.
  for (; i < lines.length; i++) {
    const d = /^\s*#\s*([a-zA-Z]+)\s*=\s*(\S+)\s*$/.exec(lines[i]!);
    if (!d) break;
    if (d[1]!.toLowerCase() === 'escape' && (d[2] === '`' || d[2] === '\\')) escape = d[2];
  }
  const out: Instruction[] = [];
  while (i < lines.length) {
    const first = lines[i]!;
    const start = i + 1;
    i++;
    if (/^\s*(#|$)/.test(first)) continue;
    let joined = '';
    let current = first;
    for (;;) {
      // trimEnd, not /\s+$/: the regex is quadratic on a long run of blanks followed by text.
      const trimmed = current.trimEnd();
      if (trimmed.endsWith(escape)) {
        joined += trimmed.slice(0, -1);
        // Comment and empty lines inside a continuation are skipped, not ends.
        while (i < lines.length && /^\s*(#|$)/.test(lines[i]!)) i++;
        if (i >= lines.length) break;
        current = lines[i++]!;
        continue;
      }
      joined += current;
      break;
    }
    const m = /^\s*([A-Za-z]+)(?:\s+([\s\S]*))?$/.exec(joined);
    if (!m) continue;
    const keyword = m[1]!.toUpperCase();
    const args = (m[2] ?? '').trim();
    out.push({ keyword, args, line: start });
    // Heredocs: the body lines up to the terminator are the instruction's input, not instructions.
    const heredoc = /<<(-?)(["']?)([A-Za-z_][A-Za-z0-9_]*)\2/.exec(args);
    if (heredoc && ['RUN', 'COPY', 'ADD'].includes(keyword)) {
      const word = heredoc[3]!;
      while (i < lines.length && (heredoc[1] ? lines[i]!.trim() : lines[i]) !== word) i++;
      i++;
    }
  }
  return out;
}

/** `NAME=value NAME2 "NAME3=quoted value"` of an ARG instruction. */
function argDeclarations(args: string): { name: string; value?: string }[] {
  const out: { name: string; value?: string }[] = [];
  const re = /([A-Za-z_][A-Za-z0-9_]*)(?:=("(?:[^"\\]|\\.)*"|'[^']*'|\S*))?/g;
  for (const m of args.matchAll(re)) {
    const raw = m[2];
    if (raw === undefined) {
      out.push({ name: m[1]! });
      continue;
    }
    const value = raw.startsWith('"') || raw.startsWith("'") ? raw.slice(1, -1) : raw;
    out.push({ name: m[1]!, value });
  }
  return out;
}

/**
 * A FROM argument with variables turned into wildcards, to see whether it names an earlier stage.
 * Matched without a regular expression: `^a.*b.*c$` backtracks polynomially, and a stage name is
 * as long as the file makes it (four wildcards took 52 s on an 800-character name).
 */
function stagePattern(written: string): { test(name: string): boolean } | undefined {
  const parts = written.split(/\$\{[^}]*\}|\$[A-Za-z_][A-Za-z0-9_]*/).map((p) => p.toLowerCase());
  if (parts.length > 5) return undefined;
  const first = parts[0]!;
  const last = parts[parts.length - 1]!;
  return {
    test(stage: string): boolean {
      const s = stage.toLowerCase();
      if (parts.length === 1) return s === first;
      if (s.length < first.length + last.length || !s.startsWith(first) || !s.endsWith(last)) return false;
      // The leftmost place of each middle part leaves the most room for the rest.
      let at = first.length;
      const end = s.length - last.length;
      for (const mid of parts.slice(1, -1)) {
        const i = s.indexOf(mid, at);
        if (i === -1 || i + mid.length > end) return false;
        at = i + mid.length;
      }
      return true;
    },
  };
}

export const dockerfiles: Extractor = {
  id: 'dockerfile',
  description: 'Dockerfiles and Containerfiles: the base image of every FROM, with global ARG defaults substituted',
  claims: isDockerfileName,
  extract(file: SourceFile): ExtractResult {
    const components: Component[] = [];
    const problems: Problem[] = [];
    const globals = new Map<string, string | undefined>();
    const stages: string[] = [];
    let seenFrom = false;
    for (const ins of instructions(file.text)) {
      if (ins.keyword === 'ARG') {
        if (seenFrom) continue;
        for (const decl of argDeclarations(ins.args)) {
          const value =
            decl.value === undefined
              ? undefined
              : interpolate(decl.value, { escape: '\\', lookup: (n) => globals.get(n) }).value;
          globals.set(decl.name, value);
        }
        continue;
      }
      if (ins.keyword !== 'FROM') continue;
      seenFrom = true;
      const words = ins.args.split(/\s+/).filter((w) => w !== '');
      // Flags (`--platform=…`) come first and say nothing about which image.
      while (words.length > 0 && words[0]!.startsWith('--')) words.shift();
      const written = words[0];
      if (written === undefined) {
        problems.push(problem(ORIGIN, file.path, 'FROM without an image', ins.line));
        continue;
      }
      if (words.length >= 3 && words[1]!.toLowerCase() === 'as') stages.push(words[2]!.toLowerCase());
      const r = interpolate(written, { escape: '\\', lookup: (n) => globals.get(n) });
      if (r.errors.length > 0) {
        problems.push(problem(ORIGIN, file.path, `FROM ${written}: ${r.errors.join('; ')}`, ins.line, 'warning'));
        continue;
      }
      const earlier = stages.slice(0, words.length >= 3 && words[1]!.toLowerCase() === 'as' ? -1 : undefined);
      if (earlier.includes(r.value.toLowerCase()) || r.value.toLowerCase() === 'scratch') continue;
      if (r.missing.length > 0) {
        // `FROM build_${TARGETARCH}` picks one of the stages declared above, per platform.
        const pattern = stagePattern(written);
        if (pattern && earlier.some((s) => pattern.test(s))) continue;
        const names = r.missing.map((n) => '${' + n + '}').join(', ');
        problems.push(
          problem(
            ORIGIN,
            file.path,
            `FROM ${written}: ${names} has no default before the first FROM (it is set with --build-arg or by the builder); image not recorded`,
            ins.line,
            'warning',
          ),
        );
        continue;
      }
      const made = imageComponent(r.value, file.path, ins.line, ORIGIN);
      if (made.component) components.push(made.component);
      else {
        if (r.value !== written) made.problem.message += ` (FROM ${written} with the ARG defaults above)`;
        problems.push(made.problem);
      }
    }
    return { components, problems };
  },
};
