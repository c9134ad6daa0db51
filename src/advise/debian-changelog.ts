import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { LIMITS } from '../limits.js';
import { osEcosystem, releaseOfCodename } from '../model/os.js';
import type { Problem } from '../model/types.js';
import type { OsFixBook } from '../model/os-fixes.js';
import type { OsSource, OsSourceResult } from './os-fixes.js';

// Debian changelogs (`/usr/share/doc/<package>/changelog.Debian.gz`, as a package installs it,
// or saved as `<package>.changelog.Debian.gz`), one file or a folder of them. Each entry is an
// upload: `source (version) suite; urgency=u`, its changes (naming the CVEs it fixes) and the
// ` -- Maintainer <mail>  date` trailer. An entry targeting a security suite
// (`bookworm-security`) is the day the fixed package shipped to users, so it dates the fix of that
// version; every entry's CVEs and urgency are kept for the security index's advisories. Debian's
// urgency is how soon the upload should migrate, not a severity, so it never sets one.

const ORIGIN = 'advise/debian-changelog';
const HEADER = /^(\S+) \(([^)\s]+)\) ([^;]+);(.*)$/;
const TRAILER = /^ -- .*?>\s\s?(.+)$/;
const CVE = /CVE-\d{4}-\d{4,}/g;
const NAME = /(?:^|\.)changelog\.Debian(?:\.gz)?$/;
/** A changelog holds a few hundred KB of text at most; gzip bombs stop here. */
const MAX_TEXT = 16 * 1024 * 1024;

export interface ChangelogEntry {
  source: string;
  version: string;
  suites: string[];
  urgency?: string;
  /** ISO date-time of the trailer. */
  date?: string;
  cves: string[];
  line: number;
}

export function parseChangelog(text: string): ChangelogEntry[] {
  const out: ChangelogEntry[] = [];
  let cur: ChangelogEntry | undefined;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.replace(/\r$/, '');
    const h = HEADER.exec(line);
    if (h) {
      cur = { source: h[1]!, version: h[2]!, suites: h[3]!.trim().split(/\s+/), cves: [], line: i + 1 };
      const urgency = /urgency=(\w+)/i.exec(h[4]!)?.[1];
      if (urgency) cur.urgency = urgency.toLowerCase();
      out.push(cur);
      continue;
    }
    if (!cur) continue;
    const t = TRAILER.exec(line);
    if (t) {
      const d = Date.parse(t[1]!.trim());
      if (Number.isFinite(d)) cur.date = new Date(d).toISOString();
      cur = undefined;
      continue;
    }
    for (const m of line.matchAll(CVE)) if (!cur.cves.includes(m[0])) cur.cves.push(m[0]);
  }
  return out;
}

function readChangelog(file: string): string {
  const raw = readFileSync(file);
  const text = file.endsWith('.gz') ? gunzipSync(raw, { maxOutputLength: MAX_TEXT }) : raw;
  return text.toString('utf8');
}

function load(path: string, book: OsFixBook): OsSourceResult {
  const problems: Problem[] = [];
  let files: string[];
  try {
    files = statSync(path).isDirectory() ? readdirSync(path).filter((n) => NAME.test(n)).sort().map((n) => join(path, n)) : [path];
  } catch (err) {
    problems.push({ level: 'error', origin: ORIGIN, file: path, message: `cannot read: ${(err as NodeJS.ErrnoException).code ?? String(err)}` });
    return { info: { kind: 'debian-changelog', path, records: 0 }, advisories: [], problems };
  }
  let entries = 0;
  for (const file of files) {
    let text: string;
    try {
      if (statSync(file).size > LIMITS.advisoryMaxFileBytes) throw new Error('over the advisory file size limit');
      text = readChangelog(file);
    } catch (err) {
      problems.push({ level: 'warning', origin: ORIGIN, file, message: `not read: ${(err as Error).message}` });
      continue;
    }
    const parsed = parseChangelog(text);
    if (parsed.length === 0) problems.push({ level: 'warning', origin: ORIGIN, file, line: 1, message: 'no "source (version) suite; urgency=..." entry: not a Debian changelog' });
    for (const e of parsed) {
      entries++;
      for (const suite of e.suites) {
        const r = releaseOfCodename(suite);
        if (!r) continue;
        const ecosystem = osEcosystem(r.distro, r.release)!;
        book.noteUpload(ecosystem, e.source, e.version, { suite, cves: e.cves, ...(e.urgency ? { urgency: e.urgency } : {}) });
        if (/-security$/.test(suite) && e.date) {
          book.noteDate(ecosystem, e.source, e.version, {
            date: e.date,
            basis: 'changelog',
            evidence: `changelog ${e.source} ${e.version} (${suite}${e.urgency ? `, urgency=${e.urgency}` : ''})`,
          });
        }
      }
    }
  }
  return { info: { kind: 'debian-changelog', path, records: entries }, advisories: [], problems };
}

export const debianChangelogs: OsSource = {
  id: 'debian-changelog',
  recognise: (path, probe) => (probe.isDirectory ? probe.names.some((n) => NAME.test(n)) : NAME.test(path)),
  load,
};
