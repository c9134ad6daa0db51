import { lstatSync } from 'node:fs';
import picomatch from 'picomatch';
import { readRepoFile, realRoot, resolveInRoot } from '../discover/read.js';
import type { Problem } from '../model/types.js';

// CODEOWNERS, as GitHub reads it: the first of .github/, the root and docs/ that exists; one
// rule a line (`pattern owner...`), gitignore-style patterns, and the LAST matching rule wins.
// Only user owners (`@login`) can be assigned to an issue; teams and e-mail addresses are kept
// out of the assignee list. The file is read like every repository file (discover/read.ts): a
// committed symlink out of the checkout, or to a device, is refused and reported, never followed.

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
  // A pattern naming a folder owns everything under it; but GitHub's `docs/*` owns only the
  // files directly in docs/, not docs/a/b (its CODEOWNERS documentation's own example).
  const below = picomatch(`${p}/**`, opts);
  if (dirOnly) return [below];
  if (p.endsWith('/*')) return [picomatch(p, opts)];
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

/** The first CODEOWNERS that exists; one that exists but cannot be read gives no rules and a problem saying why. */
export function loadCodeowners(repoRoot: string): Codeowners | undefined {
  const root = realRoot(repoRoot);
  for (const rel of CODEOWNERS_PATHS) {
    const abs = resolveInRoot(root, rel);
    if (!abs || !exists(abs)) continue;
    const read = readRepoFile(root, abs);
    if (!read.ok) {
      return { file: rel, rules: [], problems: [{ level: 'warning', origin: 'github/codeowners', file: rel, message: `not read: ${read.reason}` }] };
    }
    return parseCodeowners(read.text, rel);
  }
  return undefined;
}

/** Whether the path itself is there (a link counts, wherever it points). */
function exists(abs: string): boolean {
  try {
    lstatSync(abs);
    return true;
  } catch {
    return false;
  }
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
