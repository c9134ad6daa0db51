import type { Advisory, Problem } from '../model/types.js';
import type { OsFixBook } from '../model/os-fixes.js';
import type { SourceInfo } from './db.js';

// Distribution security data, read from files given with --db and recognised by their content:
// each source is one file in src/advise/ and one line in OS_SOURCES (os-sources.ts). Besides
// advisories, they say when a distribution shipped each fixed package, which is when an OS
// finding's clock starts. That date has three bases, best first: the changelog entry of the fixed
// version that targets the security suite (the upload's own date), the first DSA/DLA naming the
// fixed version, and the security index's Release `Date:` (the fix was published by then at the
// latest: an upper bound).

/** One loaded OS source. */
export interface OsSourceResult {
  info: SourceInfo;
  advisories: Advisory[];
  problems: Problem[];
}

/**
 * One kind of distribution data. `recognise` looks at a path given with --db (a file's first
 * bytes, or a folder's file names) and never throws; `load` reads it into advisories and the book.
 * Sources that make advisories from what the book holds (the security index gains the
 * changelogs' CVEs) do it in `finish`, after every source is loaded.
 */
export interface OsSource {
  id: string;
  recognise(path: string, probe: Probe): boolean;
  load(path: string, book: OsFixBook): OsSourceResult;
  finish?(book: OsFixBook): void;
}

/** What recognition may look at: whether the path is a folder, its entries' names, a file's head. */
export interface Probe {
  isDirectory: boolean;
  /** Names in the folder (not recursive); empty for a file. */
  names: readonly string[];
  /** The first 4 KB of a file, as text; empty for a folder. */
  head: string;
}
