import { byCodePoint } from '../model/order.js';
import type { Advisory, Problem } from '../model/types.js';
import { matchKey } from '../model/names.js';

/** What one source holds for one ecosystem: how many records, and how new the newest is. */
export interface EcosystemRecords {
  records: number;
  /** The newest record's `modified`, else its `published` (ISO): the data's age, whatever the file's date. */
  newest?: string;
  /** Withdrawn records among `records` (never matched, counted so the report can say so). */
  withdrawn?: number;
}

/** One advisory source as the report lists it. */
export interface SourceInfo {
  kind: string;
  path: string;
  records: number;
  /** When a live answer was fetched (the oldest cached answer used), ISO. Files have no such date. */
  fetched?: string;
  /** Records per ecosystem as the records name it (`PyPI`, `Debian:12`), where the source knows. */
  ecosystems?: Record<string, EcosystemRecords>;
}

/** Counts records per ecosystem for a source's SourceInfo; a record naming two ecosystems counts in each. */
export class EcosystemTally {
  private readonly byEcosystem = new Map<string, EcosystemRecords>();

  add(advisory: Advisory): void {
    this.addRecord(advisory.affected, advisory.modified ?? advisory.published, advisory.withdrawn !== undefined);
  }

  /** One record, from what a bundle's index keeps of it: its packages, its date, whether it is withdrawn. */
  addRecord(packages: readonly { ecosystem: string }[], date: string | undefined, withdrawn: boolean): void {
    for (const ecosystem of packages.length === 1 ? [packages[0]!.ecosystem] : new Set(packages.map((a) => a.ecosystem))) {
      let e = this.byEcosystem.get(ecosystem);
      if (!e) this.byEcosystem.set(ecosystem, (e = { records: 0 }));
      e.records++;
      if (withdrawn) e.withdrawn = (e.withdrawn ?? 0) + 1;
      if (date && (e.newest === undefined || date > e.newest)) e.newest = date;
    }
  }

  result(): Record<string, EcosystemRecords> {
    return Object.fromEntries([...this.byEcosystem].sort(([a], [b]) => byCodePoint(a, b)));
  }

  static of(advisories: Iterable<Advisory>): Record<string, EcosystemRecords> {
    const t = new EcosystemTally();
    for (const a of advisories) t.add(a);
    return t.result();
  }
}

/**
 * The advisory index, keyed by (ecosystem, normalised name), built once per run: matching is a
 * map lookup per component, never a scan of all records. The same id from two sources is kept
 * once (the later `modified` wins), so overlapping bundles do not double-count.
 */
export class AdvisoryDb {
  private readonly byId = new Map<string, Advisory>();
  private readonly byKey = new Map<string, Advisory[]>();
  /** Every record offered, in order, so that merge() rebuilds exactly what sequential adds built. */
  private readonly offered: Advisory[] = [];

  /** A new index holding the parts' records as if each part's records had been added in turn. */
  static merge(parts: readonly AdvisoryDb[]): AdvisoryDb {
    const db = new AdvisoryDb();
    for (const part of parts) for (const a of part.offered) db.add(a);
    return db;
  }

  get size(): number {
    return this.byId.size;
  }

  add(advisory: Advisory): void {
    this.offered.push(advisory);
    const existing = this.byId.get(advisory.id);
    if (existing) {
      if ((advisory.modified ?? '') <= (existing.modified ?? '')) return;
      this.unindex(existing);
    }
    this.byId.set(advisory.id, advisory);
    const keys = new Set(advisory.affected.map((a) => matchKey(a.ecosystem, a.name)));
    for (const key of keys) {
      const list = this.byKey.get(key);
      if (list) list.push(advisory);
      else this.byKey.set(key, [advisory]);
    }
  }

  private unindex(advisory: Advisory): void {
    for (const a of advisory.affected) {
      const key = matchKey(a.ecosystem, a.name);
      const list = this.byKey.get(key);
      if (list) this.byKey.set(key, list.filter((x) => x !== advisory));
    }
  }

  /** Advisories naming this package (any version), withdrawn ones included: the matcher decides. */
  lookup(ecosystem: string, name: string): readonly Advisory[] {
    return this.byKey.get(matchKey(ecosystem, name)) ?? [];
  }

  get(id: string): Advisory | undefined {
    return this.byId.get(id);
  }

  all(): IterableIterator<Advisory> {
    return this.byId.values();
  }
}

export interface LoadedAdvisories {
  db: AdvisoryDb;
  sources: SourceInfo[];
  problems: Problem[];
}
