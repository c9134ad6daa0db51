import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { decodeText, readRepoFile, realRoot, resolveInRoot } from '../src/discover/read.js';
import type { ExtractContext, Extractor } from '../src/model/extractor.js';
import { SEED_DATA } from '../test/helpers/corpus.js';
import { REPO_ROOT } from '../test/helpers/shared.js';
import { byCodePoint } from '../src/model/order.js';

// Real files to start from: the repository snapshots of the shared corpus (read in place; in the
// default test suite, the trimmed copies in test/corpus/), the
// extractors' own fixtures and the example project. Fuzzing and the hostile catalogue mutate
// these rather than invent lockfiles, so inputs stay close to what a pull request could carry.

export interface CorpusFile {
  /** The folder the file's paths are relative to (a repository snapshot, a fixture folder). */
  base: string;
  /** `/`-separated path below `base`, as discovery would name it. */
  rel: string;
  abs: string;
  size: number;
}

const SKIP = new Set(['node_modules', '.git', '_derived']);

function walk(base: string, dir: string, out: CorpusFile[]): void {
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch {
    return;
  }
  for (const name of names) {
    if (SKIP.has(name)) continue;
    const abs = join(dir, name);
    const st = statSync(abs, { throwIfNoEntry: false });
    if (!st) continue;
    if (st.isDirectory()) walk(base, abs, out);
    else if (st.isFile()) out.push({ base, rel: relative(base, abs).split(sep).join('/'), abs, size: st.size });
  }
}

let cached: CorpusFile[] | undefined;

/** Every corpus file, each relative to the folder it belongs to. */
export function corpusFiles(): CorpusFile[] {
  if (cached) return cached;
  const out: CorpusFile[] = [];
  const repos = join(SEED_DATA, 'repos');
  for (const name of readdirSync(repos).sort()) {
    const dir = join(repos, name);
    if (statSync(dir).isDirectory()) walk(dir, dir, out);
  }
  const extract = join(REPO_ROOT, 'src', 'extract');
  for (const name of readdirSync(extract).sort()) {
    const fixtures = join(extract, name, '__fixtures__');
    if (statSync(join(extract, name)).isDirectory() && statSync(fixtures, { throwIfNoEntry: false })?.isDirectory()) {
      // A fixture folder holds either one project or one folder per case; both read as a tree.
      walk(fixtures, fixtures, out);
    }
  }
  walk(join(REPO_ROOT, 'examples'), join(REPO_ROOT, 'examples'), out);
  cached = out;
  return out;
}

/**
 * Fixture files named for the case they hold (`v6-workspace.yaml`, `dnum.bun.lock`) rather than as
 * the tool writes them: the name discovery would know each by, per extractor folder.
 */
const FIXTURE_NAMES: Record<string, (rel: string) => string> = {
  pnpm: (rel) => rel.replace(/[^/]+\.yaml$/, 'pnpm-lock.yaml'),
  bun: (rel) => rel.replace(/[^/]+\.bun\.lock$/, 'bun.lock'),
};

/** The path a corpus file is scanned under: its own, or for a fixture the name its format has. */
export function scanPath(file: CorpusFile): string {
  const m = /[\\/]src[\\/]extract[\\/]([^\\/]+)[\\/]__fixtures__$/.exec(file.base);
  const rename = m ? FIXTURE_NAMES[m[1]!] : undefined;
  return rename ? rename(file.rel) : file.rel;
}

export interface SeedOptions {
  maxBytes?: number;
  limit?: number;
  /** Keep only files the extractor reads at least one component from. */
  productive?: boolean;
}

/** Corpus files `ex` claims (and is the first to claim, as discovery decides), smallest first. */
export function seedsFor(ex: Extractor, all: readonly Extractor[], opts: SeedOptions = {}): CorpusFile[] {
  const maxBytes = opts.maxBytes ?? Infinity;
  const limit = opts.limit ?? Infinity;
  const claimed = corpusFiles()
    .filter((f) => f.size <= maxBytes && !f.rel.endsWith('.md') && all.find((e) => e.claims(scanPath(f))) === ex)
    .sort((a, b) => a.size - b.size || byCodePoint(a.abs, b.abs));
  const out: CorpusFile[] = [];
  for (const f of claimed) {
    if (out.length >= limit) break;
    if (opts.productive && ex.extract({ path: scanPath(f), text: readCorpus(f) }, contextFor(f)).components.length === 0) continue;
    out.push(f);
  }
  return out;
}

/** The context an extractor gets for a corpus file: the other files of its folder, through the safe reader. */
export function contextFor(file: CorpusFile): ExtractContext {
  const root = realRoot(file.base);
  return {
    readFile(path: string): string | undefined {
      const abs = resolveInRoot(root, path);
      if (!abs) return undefined;
      const r = readRepoFile(root, abs);
      return r.ok ? r.text : undefined;
    },
  };
}

/** The file's text as discovery would hand it over (BOM removed, UTF-16 decoded). */
export function readCorpus(file: CorpusFile): string {
  return decodeText(readFileSync(file.abs)).text;
}
