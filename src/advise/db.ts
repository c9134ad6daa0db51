import type { Advisory, Problem } from '../model/types.js';
import { matchKey } from '../model/names.js';

/** One advisory source as the report lists it. */
export interface SourceInfo {
  kind: string;
  path: string;
  records: number;
  /** When the data was fetched or the file last changed, where known (ISO). */
  fetched?: string;
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
