import { lstatSync, readdirSync, realpathSync, statSync } from 'node:fs';
import type { Dirent } from 'node:fs';
import { join } from 'node:path';
import type { Extractor } from '../model/extractor.js';
import type { Problem } from '../model/types.js';
import { LIMITS } from '../limits.js';
import { globProblem, pathMatcher } from '../model/glob.js';
import type { PathMatcher } from '../model/glob.js';
import { isInside } from './read.js';

export interface DiscoveredFile {
  /** Relative to the root, `/`-separated. */
  path: string;
  abs: string;
  size: number;
  extractor: Extractor;
}

export interface DiscoverResult {
  files: DiscoveredFile[];
  problems: Problem[];
}

// Folders that hold installed or generated copies of dependencies, never the project's own
// declarations; scanning them would report packages the lockfile already covers, many times.
const SKIP_DIRS = new Set(['.git', 'node_modules', '.hg', '.svn', '.yarn', '.pnpm-store', 'bower_components']);

export interface DiscoverOptions {
  /** A real path (see realRoot). */
  root: string;
  extractors: readonly Extractor[];
  maxFileBytes?: number;
  maxFiles?: number;
  /** Paths not to scan: a folder that matches is not entered, a file that matches is not read. */
  exclude?: Exclusion;
}

/** Globs of repository paths to leave out of a scan (`--exclude`, the action's `exclude`). */
export interface Exclusion {
  globs: readonly string[];
  match: PathMatcher;
}

/** The exclusion for `globs`, or why one of them cannot be used. */
export function exclusion(globs: readonly string[]): { exclude?: Exclusion; problems: Problem[] } {
  const problems: Problem[] = [];
  for (const g of globs) {
    const why = globProblem(g);
    if (why !== undefined) problems.push({ level: 'error', origin: 'discover', message: `exclude: ${why}` });
  }
  if (problems.length > 0 || globs.length === 0) return { problems };
  return { exclude: { globs, match: pathMatcher(globs) }, problems };
}

/**
 * What a walk of the repository saw, in walk order: the files (regular files and symbolic
 * links) it may hand to extractors, and the notes it took on the way. Claiming is a second step
 * so that a tree with no file at all is known to be empty without loading a single extractor.
 */
export interface Walk {
  root: string;
  steps: WalkStep[];
  /** Folders left out by the exclusion (files are counted when claimed). */
  excludedFolders: number;
  exclude?: Exclusion;
}

export type WalkStep = { file: { rel: string; abs: string; isLink: boolean } } | { note: Problem };

/** True when the walk met at least one file that an extractor might claim. */
export function walkHasFiles(w: Walk): boolean {
  return w.steps.some((s) => 'file' in s);
}

/** Walks the repository in a stable (sorted) order; see claim() for what is kept. */
export function walk(opts: Pick<DiscoverOptions, 'root' | 'exclude'>): Walk {
  const steps: WalkStep[] = [];
  let excludedFolders = 0;
  const note = (path: string, message: string, level: Problem['level']): void => {
    steps.push({ note: { level, origin: 'discover', file: path, message } });
  };
  const visit = (absDir: string, relDir: string, depth: number): void => {
    if (depth > LIMITS.maxDepth) {
      note(relDir, `deeper than ${LIMITS.maxDepth} folders; not scanned`, 'warning');
      return;
    }
    let entries: Dirent[];
    try {
      entries = readdirSync(absDir, { withFileTypes: true });
    } catch (err) {
      note(relDir || '.', `cannot list folder: ${(err as NodeJS.ErrnoException).code ?? String(err)}`, 'warning');
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const rel = relDir ? `${relDir}/${entry.name}` : entry.name;
      const abs = join(absDir, entry.name);
      if (entry.isDirectory()) {
        if (SKIP_DIRS.has(entry.name)) continue;
        if (opts.exclude?.match(rel)) excludedFolders++;
        else visit(abs, rel, depth + 1);
        continue;
      }
      const isLink = entry.isSymbolicLink();
      if (!isLink && !entry.isFile()) continue;
      steps.push({ file: { rel, abs, isLink } });
    }
  };
  visit(opts.root, '', 0);
  return { root: opts.root, steps, excludedFolders, ...(opts.exclude ? { exclude: opts.exclude } : {}) };
}

/**
 * Hands each file of a walk to the first extractor that claims it. Symlinked files are followed
 * only when they resolve inside the root; symlinked directories are never descended (they are
 * how loops and escapes are built).
 */
export function claim(w: Walk, extractors: readonly Extractor[], limits: Pick<DiscoverOptions, 'maxFileBytes' | 'maxFiles'> = {}): DiscoverResult {
  const maxFileBytes = limits.maxFileBytes ?? LIMITS.maxFileBytes;
  const maxFiles = limits.maxFiles ?? LIMITS.maxFiles;
  const files: DiscoveredFile[] = [];
  const problems: Problem[] = [];
  let overflow = 0;
  let excludedFiles = 0;
  const note = (path: string, message: string, level: Problem['level'] = 'notice'): void => {
    problems.push({ level, origin: 'discover', file: path, message });
  };

  for (const step of w.steps) {
    if ('note' in step) {
      problems.push(step.note);
      continue;
    }
    const { rel, abs, isLink } = step.file;
    const extractor = extractors.find((e) => e.claims(rel));
    if (!extractor) continue;
    if (w.exclude?.match(rel)) {
      excludedFiles++;
      continue;
    }
    let size: number;
    if (isLink) {
      let real: string;
      try {
        real = realpathSync(abs);
      } catch {
        note(rel, 'broken or looping symlink; skipped', 'warning');
        continue;
      }
      if (!isInside(w.root, real)) {
        note(rel, 'symlink points outside the repository; not followed', 'warning');
        continue;
      }
      const st = statSync(real);
      if (!st.isFile()) {
        note(rel, 'symlink to something other than a file; skipped');
        continue;
      }
      size = st.size;
    } else {
      size = lstatSync(abs).size;
    }
    if (size > maxFileBytes) {
      note(rel, `${size} bytes, over the ${maxFileBytes}-byte limit; skipped`, 'warning');
      continue;
    }
    if (files.length >= maxFiles) {
      overflow++;
      continue;
    }
    files.push({ path: rel, abs, size, extractor });
  }

  if (w.excludedFolders + excludedFiles > 0) {
    // Said once, so that a report always shows what it did not look at.
    const what = [w.excludedFolders > 0 ? `${w.excludedFolders} folder(s)` : '', excludedFiles > 0 ? `${excludedFiles} file(s)` : ''].filter(Boolean).join(' and ');
    problems.push({ level: 'notice', origin: 'discover', message: `not scanned, excluded by ${w.exclude!.globs.join(', ')}: ${what}` });
  }
  if (overflow > 0) {
    problems.push({
      level: 'warning',
      origin: 'discover',
      message: `${overflow} more claimed files over the ${maxFiles}-file limit were not scanned`,
    });
  }
  return { files, problems };
}

/** walk() then claim(): the files of the tree that extractors read, with discovery's notes. */
export function discover(opts: DiscoverOptions): DiscoverResult {
  return claim(walk(opts), opts.extractors, opts);
}
