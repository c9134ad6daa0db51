import { closeSync, openSync, readdirSync, readSync, statSync } from 'node:fs';
import type { Advisory, Problem } from '../model/types.js';
import { alpineSecdb } from './alpine-secdb.js';
import { AdvisoryDb, EcosystemTally } from './db.js';
import type { SourceInfo } from './db.js';
import type { AdvisorySource, SortedSourceConfig } from './sources.js';
import { debianChangelogs } from './debian-changelog.js';
import { debianDsaList } from './debian-dsa.js';
import { debianPackagesIndex, debianRelease } from './debian-packages.js';
import { OsFixBook } from '../model/os-fixes.js';
import type { OsSource, Probe } from './os-fixes.js';

/** Every distribution data source read from --db, one line each; the first to recognise a path reads it. */
export const OS_SOURCES: readonly OsSource[] = [debianChangelogs, debianDsaList, debianPackagesIndex, debianRelease, alpineSecdb];

const HEAD_BYTES = 4096;

function probe(path: string): Probe | undefined {
  try {
    const st = statSync(path);
    if (st.isDirectory()) return { isDirectory: true, names: readdirSync(path), head: '' };
    if (!st.isFile()) return undefined;
    const fd = openSync(path, 'r');
    try {
      const buf = Buffer.alloc(Math.min(HEAD_BYTES, st.size));
      const n = readSync(fd, buf, 0, buf.length, 0);
      return { isDirectory: false, names: [], head: buf.subarray(0, n).toString('utf8') };
    } finally {
      closeSync(fd);
    }
  } catch {
    return undefined;
  }
}

/** The --db paths that are distribution data (recognised by content); the rest are OSV data. */
export function distroPaths(paths: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const path of paths) {
    const p = probe(path);
    if (p && OS_SOURCES.some((s) => s.recognise(path, p))) out.add(path);
  }
  return out;
}

/** The advisory source over the distribution data given with --db; it also dates each fix. */
export function distroDataSource(config: SortedSourceConfig): AdvisorySource | undefined {
  const paths = config.db.distro;
  if (paths.length === 0) return undefined;
  return {
    gives: 'osv',
    advisoriesFor() {
      const loaded = loadOsSources(paths);
      const osv = new AdvisoryDb();
      for (const a of loaded.advisories) osv.add(a);
      return Promise.resolve({ osv, osFixes: loaded.book, sources: loaded.sources, problems: loaded.problems });
    },
  };
}

export interface OsLoadResult {
  /** The --db paths an OS source read; the rest are left to the OSV loader. */
  handled: Set<string>;
  advisories: Advisory[];
  /** When each fixed package shipped, read by the evaluate stage to start an OS finding's clock. */
  book: OsFixBook;
  sources: SourceInfo[];
  problems: Problem[];
}

/**
 * Reads the --db paths that are distribution data (recognised by content). A security index's
 * advisories gain the CVEs that the changelog entry of each fixed version names.
 */
export function loadOsSources(paths: readonly string[]): OsLoadResult {
  const out: OsLoadResult = { handled: new Set(), advisories: [], book: new OsFixBook(), sources: [], problems: [] };
  for (const path of paths) {
    const p = probe(path);
    const source = p && OS_SOURCES.find((s) => s.recognise(path, p));
    if (!source) continue;
    out.handled.add(path);
    const r = source.load(path, out.book);
    out.advisories.push(...r.advisories);
    // Per ecosystem, what the coverage model reads: how many records and how new the newest is.
    out.sources.push(r.advisories.length > 0 ? { ...r.info, ecosystems: EcosystemTally.of(r.advisories) } : r.info);
    out.problems.push(...r.problems);
  }
  for (const a of out.advisories) {
    if (!a.source.startsWith('debian-packages:')) continue;
    const notes: string[] = [];
    for (const pkg of a.affected) {
      for (const range of pkg.ranges) {
        for (const e of range.events) {
          const upload = e.fixed === undefined ? undefined : out.book.upload(pkg.ecosystem, pkg.name, e.fixed);
          if (!upload) continue;
          for (const cve of upload.cves) if (!a.aliases.includes(cve)) a.aliases.push(cve);
          if (upload.urgency) a.distroUrgency = upload.urgency;
          notes.push(`${e.fixed} ${upload.suite}${upload.urgency ? ` urgency=${upload.urgency}` : ''}`);
        }
      }
    }
    if (notes.length > 0) a.summary += `; changelog: ${notes.join(', ')}`;
  }
  return out;
}
