import { readFileSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { LIMITS } from '../limits.js';
import { osEcosystem, releaseOfCodename } from '../model/os.js';
import type { Advisory, Problem } from '../model/types.js';
import { deb822, parseSourceField } from '../parse/deb822.js';
import type { OsFixBook } from '../model/os-fixes.js';
import type { OsSource, OsSourceResult } from './os-fixes.js';

// A Debian or Ubuntu security suite's package index (apt's `Packages`, decompressed): every
// package version the security archive currently publishes. A newer version there than the one
// installed, for the same source package, is a security fix available; so each source package's
// version there becomes an advisory whose affected range is fixed at that version, for the release
// the index belongs to. Which release that is comes from the suite's Release or InRelease file
// beside it (apt's `<suite>_InRelease` next to `<suite>_main_binary-amd64_Packages`, or a mirror's
// `dists/<suite>/InRelease` two folders up), else from a codename in the file name. Its `Date:`
// is the latest day each listed fix can have shipped: the clock's upper bound when neither a
// changelog nor a DSA/DLA dates the upload.

const ORIGIN = 'advise/debian-packages';

export interface ReleaseInfo {
  origin?: string;
  suite?: string;
  codename?: string;
  version?: string;
  /** ISO date-time of `Date:`. */
  date?: string;
  path: string;
}

/** Reads a Release or InRelease file (the PGP armour around an InRelease is skipped, not checked). */
export function parseRelease(text: string, path: string): ReleaseInfo {
  const body = text.replace(/^-----BEGIN PGP SIGNED MESSAGE-----\r?\n(?:Hash:[^\n]*\n)*\r?\n/, '').split(/^-----BEGIN PGP SIGNATURE-----/m)[0]!;
  const fields = deb822(body)[0]?.fields ?? new Map<string, string>();
  const info: ReleaseInfo = { path };
  const set = (k: keyof Omit<ReleaseInfo, 'path' | 'date'>, field: string): void => {
    const v = fields.get(field);
    if (v) info[k] = v;
  };
  set('origin', 'Origin');
  set('suite', 'Suite');
  set('codename', 'Codename');
  set('version', 'Version');
  const date = Date.parse(fields.get('Date') ?? '');
  if (Number.isFinite(date)) info.date = new Date(date).toISOString();
  return info;
}

/** A Release file's content, recognised: it names a suite or codename and carries a Date. */
export function looksLikeRelease(head: string): boolean {
  return /^(?:Suite|Codename):/m.test(head) && /^Date:/m.test(head) && !/^Package:/m.test(head);
}

const SECTION = /_(?:updates_)?(?:main|contrib|non-free|non-free-firmware|universe|multiverse|restricted)_binary-[^_]+_Packages$/;

function releaseBeside(path: string): ReleaseInfo | undefined {
  const dir = dirname(path);
  const name = basename(path);
  const prefix = SECTION.test(name) ? name.replace(SECTION, '') : undefined;
  const candidates = [
    ...(prefix ? [`${prefix}_InRelease`, `${prefix}_Release`] : []),
    'InRelease',
    'Release',
    '../../InRelease',
    '../../Release',
  ].map((c) => join(dir, c));
  for (const c of candidates) {
    try {
      if (statSync(c).size > LIMITS.advisoryMaxFileBytes) continue;
      return parseRelease(readFileSync(c, 'utf8'), c);
    } catch {
      // absent: try the next place
    }
  }
  return undefined;
}

function ecosystemOf(release: ReleaseInfo | undefined, path: string): { ecosystem?: string; suite: string } {
  const fromName = /(?:^|[_/])([a-z]+(?:-security|-updates)?)(?=_)/.exec(basename(path))?.[1];
  const suite = release?.codename ?? release?.suite ?? fromName ?? 'security';
  const origin = release?.origin?.toLowerCase();
  if (origin && release?.version) {
    const eco = osEcosystem(origin, release.version);
    if (eco && eco.includes(':')) return { ecosystem: eco, suite };
  }
  for (const name of [release?.codename, release?.suite, fromName]) {
    const r = name ? releaseOfCodename(name) : undefined;
    if (r) return { ecosystem: osEcosystem(r.distro, r.release)!, suite };
  }
  return { suite };
}

function trackerUrl(ecosystem: string, source: string): string {
  return ecosystem.startsWith('Ubuntu')
    ? `https://launchpad.net/ubuntu/+source/${encodeURIComponent(source)}`
    : `https://security-tracker.debian.org/tracker/source-package/${encodeURIComponent(source)}`;
}

function load(path: string, book: OsFixBook): OsSourceResult {
  const problems: Problem[] = [];
  const info = { kind: 'debian-packages', path, records: 0 };
  let text: string;
  try {
    if (statSync(path).size > LIMITS.advisoryMaxFileBytes) {
      problems.push({ level: 'error', origin: ORIGIN, file: path, message: `over the ${LIMITS.advisoryMaxFileBytes}-byte limit for an advisory file; not read` });
      return { info, advisories: [], problems };
    }
    text = readFileSync(path, 'utf8');
  } catch (err) {
    problems.push({ level: 'error', origin: ORIGIN, file: path, message: `cannot read: ${(err as NodeJS.ErrnoException).code ?? String(err)}` });
    return { info, advisories: [], problems };
  }
  const release = releaseBeside(path);
  const { ecosystem, suite } = ecosystemOf(release, path);
  if (!ecosystem) {
    problems.push({
      level: 'error',
      origin: ORIGIN,
      file: path,
      message: 'cannot tell which distribution release this package index belongs to: put its InRelease or Release file beside it (apt names it <suite>_InRelease), or name the file after its suite (bookworm-security_..._Packages)',
    });
    return { info, advisories: [], problems };
  }
  if (!release?.date) {
    problems.push({ level: 'warning', origin: ORIGIN, file: path, message: 'no Release/InRelease Date beside this index: fixes only it lists have no clock unless a changelog or DSA/DLA dates them' });
  }
  // Source package -> its versions in the index, each with the line of a stanza that has it.
  const bySource = new Map<string, Map<string, number>>();
  let bad = 0;
  for (const s of deb822(text, () => bad++)) {
    const pkg = s.fields.get('Package');
    const version = s.fields.get('Version');
    if (!pkg || !version) {
      bad++;
      continue;
    }
    const src = parseSourceField(s.fields.get('Source'));
    const name = src.name ?? pkg;
    const v = src.version ?? version;
    let versions = bySource.get(name);
    if (!versions) bySource.set(name, (versions = new Map()));
    if (!versions.has(v)) versions.set(v, s.line);
  }
  if (bad > 0) problems.push({ level: 'warning', origin: ORIGIN, file: path, message: `${bad} malformed line(s) or stanza(s) without Package/Version; skipped` });
  const advisories: Advisory[] = [];
  for (const [source, versions] of bySource) {
    // One advisory per published version. Where the archive still holds several (kernels), they
    // share an alias, so matching merges them into one finding whose fix is the newest: what apt
    // would install.
    const fixed = [...versions.keys()];
    for (const version of fixed) {
      const advisory: Advisory = {
        id: `${suite}:${source}@${version}`,
        aliases: fixed.length > 1 ? [`${suite}:${source}`] : [],
        summary: `${source} ${version} published in ${suite} (${ecosystem} security archive)`,
        affected: [{ ecosystem, name: source, ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: version }] }], versions: [] }],
        references: [],
        url: trackerUrl(ecosystem, source),
        source: `debian-packages:${path}`,
      };
      if (release?.date) {
        advisory.modified = release.date;
        book.noteDate(ecosystem, source, version, { date: release.date, basis: 'index-date', evidence: `${suite} index Date ${release.date.slice(0, 10)} (upper bound)` });
      }
      advisories.push(advisory);
    }
  }
  info.records = advisories.length;
  problems.push({ level: 'notice', origin: ORIGIN, file: path, message: "a package index carries no severity: its findings take the policy's unknownSeverity unless another record of the same CVE has one" });
  return { info: release?.date ? { ...info, fetched: release.date } : info, advisories, problems };
}

export const debianPackagesIndex: OsSource = {
  id: 'debian-packages',
  recognise: (_path, probe) => !probe.isDirectory && /^Package: \S+/.test(probe.head.trimStart()) && /^Version: /m.test(probe.head) && !/^Status: /m.test(probe.head),
  load,
};

/** A Release/InRelease file given on its own: read by the index beside it, nothing to load itself. */
export const debianRelease: OsSource = {
  id: 'debian-release',
  recognise: (_path, probe) => !probe.isDirectory && looksLikeRelease(probe.head),
  load: (path) => ({ info: { kind: 'debian-release', path, records: 0 }, advisories: [], problems: [] }),
};
