import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import picomatch from 'picomatch';
import type { Problem } from '../model/types.js';

// CODEOWNERS, as GitHub reads it: the first of .github/, the root and docs/ that exists; one
// rule a line (`pattern owner...`), gitignore-style patterns, and the LAST matching rule wins.
// Only user owners (`@login`) can be assigned to an issue; teams and e-mail addresses are kept
// out of the assignee list.

export const CODEOWNERS_PATHS = ['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS'] as const;

interface Rule {
  line: number;
  matchers: ((path: string) => boolean)[];
  owners: string[];
}

export interface Codeowners {
  file: string;
  rules: Rule[];
  problems: Problem[];
}

const LOGIN = /^@([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))$/;

function compile(pattern: string): ((path: string) => boolean)[] {
  let p = pattern;
  const dirOnly = p.endsWith('/');
  if (dirOnly) p = p.replace(/\/+$/, '');
  // A slash at the start or in the middle anchors the pattern at the root; otherwise it
  // matches at any depth, as in .gitignore.
  const anchored = p.startsWith('/') || p.includes('/');
  p = p.replace(/^\/+/, '');
  if (!anchored && !p.startsWith('**/')) p = `**/${p}`;
  const opts = { dot: true };
  // A pattern naming a folder owns everything under it.
  const below = picomatch(`${p}/**`, opts);
  if (dirOnly) return [below];
  return [picomatch(p, opts), below];
}

export function parseCodeowners(text: string, file: string): Codeowners {
  const rules: Rule[] = [];
  const problems: Problem[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.replace(/(^|\s)#.*$/, '').trim();
    if (line === '' || /^\^?\[.*\]/.test(line)) return; // blank, comment, or a GitLab section header
    const [pattern, ...owners] = line.split(/\s+/);
    if (!pattern) return;
    if (pattern.includes('\\#') || /[![\]]/.test(pattern.replace(/\\./g, ''))) {
      problems.push({ level: 'notice', origin: 'github/codeowners', file, line: i + 1, message: `pattern '${pattern}' uses syntax GitHub does not support in CODEOWNERS; rule ignored` });
      return;
    }
    rules.push({ line: i + 1, matchers: compile(pattern), owners });
  });
  return { file, rules, problems };
}

export function loadCodeowners(repoRoot: string): Codeowners | undefined {
  for (const rel of CODEOWNERS_PATHS) {
    let text: string;
    try {
      text = readFileSync(join(repoRoot, rel), 'utf8');
    } catch {
      continue;
    }
    return parseCodeowners(text, rel);
  }
  return undefined;
}

function ruleFor(codeowners: Codeowners, path: string): Rule | undefined {
  for (let i = codeowners.rules.length - 1; i >= 0; i--) {
    const rule = codeowners.rules[i]!;
    if (rule.matchers.some((m) => m(path))) return rule;
  }
  return undefined;
}

/** The user logins that own a repository-relative path (the last matching rule), in file order. */
export function ownersOf(codeowners: Codeowners, path: string): string[] {
  const logins: string[] = [];
  for (const o of ruleFor(codeowners, path)?.owners ?? []) {
    const m = LOGIN.exec(o);
    if (m) logins.push(m[1]!);
  }
  return logins;
}

/** The first owner (a user, a team or an address) the last matching rule names: the path's owner in alerts. */
export function firstOwnerOf(codeowners: Codeowners, path: string): string | undefined {
  return ruleFor(codeowners, path)?.owners[0];
}
