import { lstatSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import type { Problem } from '../model/types.js';
import { LIMITS } from '../limits.js';
import { AdvisoryDb } from './db.js';
import type { LoadedAdvisories, SourceInfo } from './db.js';
import { normaliseOsv } from './osv.js';
import { readZipText } from './zip.js';

// Offline advisory databases: OSV's per-ecosystem all.zip bundles (one <ID>.json per entry), a
// folder of OSV JSON records at any depth (GitHub's advisory-database layout), or one record.

const ORIGIN = 'advise/osv';

/** Collects skips per source so a bundle with 200 informational records yields one notice, not 200. */
class SkipLog {
  private readonly byReason = new Map<string, string[]>();
  add(reason: string, where: string): void {
    const key = reason.replace(/^[^:]+: /, '');
    const list = this.byReason.get(key);
    if (list) list.push(where);
    else this.byReason.set(key, [where]);
  }
  flush(path: string, problems: Problem[]): void {
    for (const [reason, where] of this.byReason) {
      const level: Problem['level'] = reason.startsWith('informational') ? 'notice' : 'warning';
      const examples = where.slice(0, 5).join(', ') + (where.length > 5 ? `, … (${where.length - 5} more)` : '');
      problems.push({ level, origin: ORIGIN, file: path, message: `${where.length} record(s) skipped, ${reason}: ${examples}` });
    }
  }
}

function ingest(db: AdvisoryDb, text: string, where: string, source: string, skips: SkipLog): boolean {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    skips.add(`invalid JSON (${(err as Error).message})`, where);
    return false;
  }
  const result = normaliseOsv(raw, source);
  if (!result.advisory) {
    skips.add(result.skip, where);
    return false;
  }
  if (db.size >= LIMITS.maxAdvisories) {
    skips.add(`over the ${LIMITS.maxAdvisories}-record limit`, where);
    return false;
  }
  db.add(result.advisory);
  return true;
}

async function loadZip(path: string, db: AdvisoryDb, problems: Problem[]): Promise<SourceInfo> {
  const skips = new SkipLog();
  let records = 0;
  const source = `osv-zip:${basename(path)}`;
  try {
    const res = await readZipText(
      path,
      (name) => name.endsWith('.json'),
      ({ name, text }) => {
        if (ingest(db, text, name, source, skips)) records++;
      },
    );
    for (const s of res.skipped) skips.add(s.reason, s.name);
  } catch (err) {
    problems.push({ level: 'error', origin: ORIGIN, file: path, message: `advisory bundle not read: ${(err as Error).message}` });
  }
  skips.flush(path, problems);
  return { kind: 'osv-zip', path, records, fetched: statSync(path).mtime.toISOString() };
}

function loadDir(path: string, db: AdvisoryDb, problems: Problem[]): SourceInfo {
  const skips = new SkipLog();
  let records = 0;
  const source = `osv-dir:${basename(path)}`;
  const walk = (dir: string, depth: number): void => {
    if (depth > LIMITS.maxDepth) return;
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch (err) {
      skips.add(`folder not readable (${(err as NodeJS.ErrnoException).code ?? String(err)})`, relative(path, dir));
      return;
    }
    for (const name of names) {
      const abs = join(dir, name);
      const st = lstatSync(abs);
      // Links are not followed: an advisory folder has no reason to contain them.
      if (st.isDirectory()) walk(abs, depth + 1);
      else if (st.isFile() && name.endsWith('.json')) {
        const rel = relative(path, abs);
        if (st.size > LIMITS.advisoryMaxFileBytes) {
          skips.add(`over the ${LIMITS.advisoryMaxFileBytes}-byte limit per record`, rel);
          continue;
        }
        if (ingest(db, readFileSync(abs, 'utf8'), rel, source, skips)) records++;
      }
    }
  };
  walk(path, 0);
  skips.flush(path, problems);
  return { kind: 'osv-dir', path, records };
}

/**
 * Loads every given path into one index. A path that does not exist or cannot be read is an
 * error-level problem (the run must not pass on missing data); bad records inside a source are
 * skipped with reasons.
 */
export async function loadOfflineAdvisories(paths: readonly string[], db = new AdvisoryDb()): Promise<LoadedAdvisories> {
  const sources: SourceInfo[] = [];
  const problems: Problem[] = [];
  for (const path of paths) {
    let st;
    try {
      st = statSync(path);
    } catch {
      problems.push({ level: 'error', origin: ORIGIN, file: path, message: 'advisory database not found' });
      continue;
    }
    if (st.isDirectory()) sources.push(loadDir(path, db, problems));
    else if (path.endsWith('.zip')) sources.push(await loadZip(path, db, problems));
    else if (path.endsWith('.json')) {
      const skips = new SkipLog();
      const ok = ingest(db, readFileSync(path, 'utf8'), basename(path), `osv-file:${basename(path)}`, skips);
      skips.flush(path, problems);
      sources.push({ kind: 'osv-file', path, records: ok ? 1 : 0 });
    } else {
      problems.push({ level: 'error', origin: ORIGIN, file: path, message: 'expected an OSV all.zip, a folder of OSV JSON records, or one .json record' });
    }
  }
  return { db, sources, problems };
}
