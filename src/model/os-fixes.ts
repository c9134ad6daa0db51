import { osAdvisoryName } from './os.js';
import type { Match } from './types.js';

// When a distribution shipped each fixed package: what the OS advisory sources learn while they
// load, and what the evaluate stage reads to start an OS finding's clock. A read-only book once
// the sources are loaded; no stage writes it into a match.

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

/** When the distribution shipped an OS match's fixed version, where the book knows. */
export function osFixOf(book: OsFixBook | undefined, m: Match): FixDate | undefined {
  if (!book || m.component.os === undefined || m.fixedVersion === null) return undefined;
  return book.date(m.component.ecosystem, osAdvisoryName(m.component).name, m.fixedVersion);
}
