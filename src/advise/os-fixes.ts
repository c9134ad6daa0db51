import { osAdvisoryName } from '../model/os.js';
import type { Advisory, Match, Problem } from '../model/types.js';
import type { SourceInfo } from './db.js';

// Distribution security data, read from files given with --db and recognised by their content:
// each source is one file in src/advise/ and one line in OS_SOURCES (os-sources.ts). Besides
// advisories, they say when a distribution shipped each fixed package, which is when an OS
// finding's clock starts. That date has three bases, best first: the changelog entry of the fixed
// version that targets the security suite (the upload's own date), the first DSA/DLA naming the
// fixed version, and the security index's Release `Date:` (the fix was published by then at the
// latest: an upper bound).

export type FixBasis = 'changelog' | 'advisory' | 'index-date';
const RANK: Record<FixBasis, number> = { changelog: 0, advisory: 1, 'index-date': 2 };

export interface FixDate {
  /** ISO date-time. */
  date: string;
  basis: FixBasis;
  /** Human words for the report: what dated it. */
  evidence: string;
}

/** A changelog entry's facts about one upload of a source package. */
export interface UploadFacts {
  suite: string;
  urgency?: string;
  cves: string[];
}

const key = (ecosystem: string, source: string, version: string): string => `${ecosystem}\u0000${source}\u0000${version}`;

/** What every OS source learnt, shared between them while loading. */
export class OsFixBook {
  private readonly dates = new Map<string, FixDate>();
  private readonly uploads = new Map<string, UploadFacts>();

  /** Records when a fixed version shipped; the best basis wins, then the earliest date. */
  noteDate(ecosystem: string, source: string, version: string, fix: FixDate): void {
    const k = key(ecosystem, source, version);
    const have = this.dates.get(k);
    if (!have || RANK[fix.basis] < RANK[have.basis] || (RANK[fix.basis] === RANK[have.basis] && fix.date < have.date)) this.dates.set(k, fix);
  }

  date(ecosystem: string, source: string, version: string): FixDate | undefined {
    return this.dates.get(key(ecosystem, source, version));
  }

  noteUpload(ecosystem: string, source: string, version: string, facts: UploadFacts): void {
    this.uploads.set(key(ecosystem, source, version), facts);
  }

  upload(ecosystem: string, source: string, version: string): UploadFacts | undefined {
    return this.uploads.get(key(ecosystem, source, version));
  }
}

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

/**
 * Dates each OS match's fix from the book (matches whose clock another source already dated are
 * left alone). An OSV record's fix is dated the same way when the book knows its version.
 */
export function dateOsFixes(matches: readonly Match[], book: OsFixBook): void {
  for (const m of matches) {
    if (m.component.os === undefined || m.fixedVersion === null || m.fixReleased !== undefined) continue;
    const fix = book.date(m.component.ecosystem, osAdvisoryName(m.component).name, m.fixedVersion);
    if (!fix) continue;
    m.fixReleased = fix.date;
    m.fixReleasedBy = fix.evidence;
  }
}
