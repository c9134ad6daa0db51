import { readFileSync, statSync } from 'node:fs';
import { LIMITS } from '../limits.js';
import { osEcosystem, releaseOfCodename } from '../model/os.js';
import type { Advisory, AffectedPackage, Problem } from '../model/types.js';
import type { OsFixBook } from '../model/os-fixes.js';
import type { OsSource, OsSourceResult } from './os-fixes.js';

// Debian's security-tracker lists of Debian Security Advisories and Debian LTS Advisories
// (security-tracker `data/DSA/list`, `data/DLA/list`):
//
//   [29 Mar 2023] DSA-5380-1 xorg-server - security update
//   	{CVE-2023-1393}
//   	[bullseye] - xorg-server 2:1.20.11-1+deb11u6
//
// Each advisory fixes its source package in each named release at that version, on its date: the
// day the fixed package shipped, so it dates the fix as well. `<not-affected>` lines say the
// release never had the flaw and add nothing. DSAs carry no severity.

const ORIGIN = 'advise/debian-dsa';
const HEADER = /^\[(\d{1,2} [A-Z][a-z]{2} \d{4})\] (D[SL]A-\d+(?:-\d+)?) (\S+)(?: - (.*))?$/;
const FIX = /^\s+\[([a-z-]+)\] - (\S+)\s+(\S+)\s*$/;
const CVES = /^\s+\{([^}]*)\}/;

function load(path: string, book: OsFixBook): OsSourceResult {
  const problems: Problem[] = [];
  const info = { kind: 'debian-dsa', path, records: 0 };
  let text: string;
  try {
    if (statSync(path).size > LIMITS.advisoryMaxFileBytes) throw new Error(`over the ${LIMITS.advisoryMaxFileBytes}-byte limit`);
    text = readFileSync(path, 'utf8');
  } catch (err) {
    problems.push({ level: 'error', origin: ORIGIN, file: path, message: `cannot read: ${(err as Error).message}` });
    return { info, advisories: [], problems };
  }
  const advisories: Advisory[] = [];
  let cur: Advisory | undefined;
  const unknownReleases = new Set<string>();
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.replace(/\r$/, '');
    const h = HEADER.exec(line);
    if (h) {
      const date = Date.parse(`${h[1]} UTC`);
      cur = {
        id: h[2]!,
        aliases: [],
        summary: `${h[3]} - ${h[4] ?? 'security update'}`,
        affected: [],
        references: [],
        url: `https://security-tracker.debian.org/tracker/${h[2]}`,
        source: `debian-dsa:${path}`,
      };
      if (Number.isFinite(date)) cur.published = cur.modified = new Date(date).toISOString();
      advisories.push(cur);
      continue;
    }
    if (!cur) continue;
    const c = CVES.exec(line);
    if (c) {
      cur.aliases.push(...c[1]!.split(/\s+/).filter((x) => /^CVE-\d{4}-\d+$/.test(x)));
      continue;
    }
    const f = FIX.exec(line);
    if (!f || f[3]!.startsWith('<')) continue;
    const r = releaseOfCodename(f[1]!);
    if (!r) {
      unknownReleases.add(f[1]!);
      continue;
    }
    const ecosystem = osEcosystem(r.distro, r.release)!;
    const pkg: AffectedPackage = { ecosystem, name: f[2]!, ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: f[3]! }] }], versions: [] };
    cur.affected.push(pkg);
    if (cur.published) book.noteDate(ecosystem, pkg.name, f[3]!, { date: cur.published, basis: 'advisory', evidence: `${cur.id} (${cur.published.slice(0, 10)})` });
  }
  if (unknownReleases.size > 0) {
    problems.push({ level: 'notice', origin: ORIGIN, file: path, message: `fixes for releases with no known Debian version skipped: ${[...unknownReleases].sort().join(', ')}` });
  }
  const kept = advisories.filter((a) => a.affected.length > 0);
  if (advisories.length === 0) problems.push({ level: 'error', origin: ORIGIN, file: path, message: 'no "[date] DSA-n-n package - ..." entries: not a DSA/DLA list' });
  info.records = kept.length;
  return { info, advisories: kept, problems };
}

export const debianDsaList: OsSource = {
  id: 'debian-dsa',
  recognise: (_path, probe) => !probe.isDirectory && HEADER.test(probe.head.split('\n', 1)[0]!.replace(/\r$/, '')),
  load,
};
