import type { Component, OsPackageInfo } from './types.js';

// Operating-system distributions as OSV names them. A package database, an SBOM purl's `distro`
// qualifier and a distribution's security index all say which distribution and release they
// belong to in their own words (os-release's ID and VERSION_ID, `debian-12`, a Release file's
// Origin and Version); advisories only apply within one release, so every reader turns those
// words into the same OSV ecosystem string here.

/** The fields of an os-release file (freedesktop.org os-release(5)) that name the distribution. */
export interface OsRelease {
  /** `ID`, lower case: `debian`, `ubuntu`, `alpine`, `rhel`, `rocky`, `almalinux`, ... */
  id: string;
  /** `VERSION_ID`: `12`, `24.04`, `3.20.3`, `9.4`. */
  versionId?: string;
  /** `VERSION_CODENAME`: `bookworm`, `noble`. */
  codename?: string;
  /** `ID_LIKE`, split. */
  idLike: string[];
  prettyName?: string;
}

/** Reads an os-release file: KEY=value lines, values optionally quoted. Undefined when it has no ID. */
export function parseOsRelease(text: string): OsRelease | undefined {
  const fields = new Map<string, string>();
  for (const raw of text.split(/\r?\n/)) {
    const m = /^([A-Z0-9_]+)=(.*)$/.exec(raw.trim());
    if (!m) continue;
    let value = m[2]!.trim();
    const q = value[0];
    if ((q === '"' || q === "'") && value.endsWith(q) && value.length >= 2) value = value.slice(1, -1).replace(/\\(["'$`\\])/g, '$1');
    fields.set(m[1]!, value);
  }
  const id = fields.get('ID')?.toLowerCase();
  if (!id) return undefined;
  const out: OsRelease = { id, idLike: (fields.get('ID_LIKE') ?? '').toLowerCase().split(/\s+/).filter(Boolean) };
  const versionId = fields.get('VERSION_ID');
  if (versionId) out.versionId = versionId;
  const codename = fields.get('VERSION_CODENAME');
  if (codename) out.codename = codename;
  const pretty = fields.get('PRETTY_NAME');
  if (pretty) out.prettyName = pretty;
  return out;
}

/** OSV's ecosystem base for an os-release ID, where OSV has one. */
const BASES: Record<string, string> = {
  debian: 'Debian',
  ubuntu: 'Ubuntu',
  alpine: 'Alpine',
  rhel: 'Red Hat',
  redhat: 'Red Hat',
  almalinux: 'AlmaLinux',
  rocky: 'Rocky Linux',
  opensuse: 'openSUSE',
  'opensuse-leap': 'openSUSE',
  'opensuse-tumbleweed': 'openSUSE',
  sles: 'SUSE',
  sled: 'SUSE',
  suse: 'SUSE',
  mageia: 'Mageia',
  openeuler: 'openEuler',
};

/**
 * The release as OSV's ecosystem suffix writes it: Debian's major (`12` from `12.5`), Ubuntu's
 * `YY.MM`, Alpine's `vMAJOR.MINOR` (`v3.20` from `3.20.3`), the major for AlmaLinux and Rocky
 * Linux. Undefined when the distribution's OSV records carry no plain release suffix (Red Hat's
 * are CPE-like, SUSE's are product names) or the release cannot be read.
 */
export function osvRelease(distro: string, release: string | undefined): string | undefined {
  if (release === undefined || release === '') return undefined;
  // A codename (`bookworm`, `focal`), as SBOMs' and scanners' distro fields often give it.
  const named = releaseOfCodename(release);
  const r = named && named.distro === distro.toLowerCase() ? named.release : release.trim();
  switch (distro.toLowerCase()) {
    case 'debian':
      return /^\d+/.exec(r)?.[0];
    case 'ubuntu':
      return /^\d{2}\.\d{2}/.exec(r)?.[0];
    case 'alpine': {
      const m = /^v?(\d+)\.(\d+)/.exec(r);
      return m ? `v${m[1]}.${m[2]}` : undefined;
    }
    case 'almalinux':
    case 'rocky':
      return /^\d+/.exec(r)?.[0];
    case 'mageia':
      return /^\d+/.exec(r)?.[0];
    default:
      return undefined;
  }
}

/**
 * OSV's ecosystem for a distribution release: `osEcosystem('debian', '12') === 'Debian:12'`,
 * `osEcosystem('ubuntu', '24.04') === 'Ubuntu:24.04:LTS'`, `osEcosystem('alpine', '3.20.3') ===
 * 'Alpine:v3.20'`, the bare base (`Debian`) when the release is unknown, and undefined for a
 * distribution OSV does not cover. `distro` is an os-release ID (any case) or OSV's own base name.
 */
export function osEcosystem(distro: string, release?: string): string | undefined {
  const key = distro.toLowerCase();
  const base = BASES[key] ?? Object.values(BASES).find((b) => b.toLowerCase() === key);
  if (base === undefined) return undefined;
  const id = Object.keys(BASES).find((k) => BASES[k] === base)!;
  const r = osvRelease(id, release);
  if (r === undefined) return base;
  // Ubuntu's long-term releases (April of even years) carry OSV's ":LTS" suffix.
  if (base === 'Ubuntu') return /^\d[02468]\.04$/.test(r) ? `Ubuntu:${r}:LTS` : `Ubuntu:${r}`;
  return `${base}:${r}`;
}

/** A distribution named by a person (`debian:12`, `alpine:3.20`): an os-release ID OSV knows, optionally its release. */
export interface DistroChoice {
  distro: string;
  release?: string;
}

/** Reads `ID[:RELEASE]`; the message says what was expected, for the caller to prefix with its option's name. */
export function parseDistro(value: string): DistroChoice | { error: string } {
  const [id = '', release] = value.split(':', 2);
  const distro = id.trim().toLowerCase();
  if (osEcosystem(distro) === undefined) return { error: `expected ID[:RELEASE] with an ID such as debian, ubuntu, alpine, rocky, almalinux, rhel, opensuse, sles; got '${value}'` };
  return release === undefined || release.trim() === '' ? { distro } : { distro, release: release.trim() };
}

/** The purl type of each package manager (purl-spec: deb, apk, rpm). */
const PURL_TYPES: Record<OsPackageInfo['manager'], string> = { dpkg: 'deb', apk: 'apk', rpm: 'rpm' };

const enc = (s: string): string => encodeURIComponent(s).replace(/%3A/gi, ':');

/**
 * The package URL of an installed OS package (purl-spec's deb/apk/rpm types):
 * `pkg:deb/debian/openssl@3.0.11-1~deb12u2?arch=amd64&distro=debian-12`. Qualifiers are sorted by
 * key as the spec asks; an rpm epoch (`1:2.3-4`) goes into the `epoch` qualifier.
 */
export function osPurl(info: OsPackageInfo, name: string, version: string): string {
  const q: Record<string, string> = {};
  let v = version;
  if (info.manager === 'rpm') {
    const m = /^(\d+):(.*)$/.exec(version);
    if (m) {
      if (m[1] !== '0') q.epoch = m[1]!;
      v = m[2]!;
    }
  }
  if (info.arch) q.arch = info.arch;
  if (info.release) q.distro = `${info.distro}-${info.release.replace(/^v/, '')}`;
  const qs = Object.keys(q)
    .sort()
    .map((k) => `${k}=${enc(q[k]!)}`)
    .join('&');
  return `pkg:${PURL_TYPES[info.manager]}/${enc(info.distro)}/${enc(name)}@${enc(v)}${qs ? `?${qs}` : ''}`;
}

/**
 * A purl `distro` qualifier (`debian-12`, `alpine-3.17.2`, `ubuntu-22.04`, or a bare `bookworm`)
 * as distribution and release; the release is undefined when the qualifier names none.
 */
export function splitDistroQualifier(qualifier: string): { distro: string; release?: string } {
  const m = /^([a-z][a-z-]*?)-(v?\d[\w.]*)$/i.exec(qualifier.trim());
  return m ? { distro: m[1]!.toLowerCase(), release: m[2]! } : { distro: qualifier.trim().toLowerCase() };
}

/** The name and version distribution advisories know a component by: its source package's where given. */
export function osAdvisoryName(c: Component): { name: string; version: string } {
  return { name: c.os?.sourceName ?? c.name, version: c.os?.sourceVersion ?? c.version };
}

export interface OsComponentInit {
  manager: OsPackageInfo['manager'];
  /** os-release ID (`debian`); undefined when unknown (the component then gets the manager's usual distribution, bare). */
  distro: string;
  /** The release as any reader spells it (`12`, `3.20.3`, `v3.20`, `24.04`); osvRelease() normalises it. */
  release?: string | undefined;
  name: string;
  version: string;
  arch?: string | undefined;
  sourceName?: string | undefined;
  sourceVersion?: string | undefined;
  file: string;
  line: number;
}

/**
 * An installed OS package as a Component (layer `os`): ecosystem from osEcosystem() (the bare
 * `distro` when OSV does not know it), purl from osPurl(), the source package kept only where it
 * differs from the binary.
 */
export function osComponent(init: OsComponentInit): Component {
  const release = osvRelease(init.distro, init.release);
  const info: OsPackageInfo = { manager: init.manager, distro: init.distro };
  if (release !== undefined) info.release = release;
  if (init.sourceName !== undefined && init.sourceName !== init.name) info.sourceName = init.sourceName;
  if (init.sourceVersion !== undefined && init.sourceVersion !== init.version) info.sourceVersion = init.sourceVersion;
  if (init.arch) info.arch = init.arch;
  return {
    ecosystem: osEcosystem(init.distro, init.release) ?? init.distro,
    name: init.name,
    version: init.version,
    purl: osPurl(info, init.name, init.version),
    layer: 'os',
    locations: [{ file: init.file, line: init.line }],
    os: info,
  };
}

// Release codenames as Debian's and Ubuntu's archives name suites (`bookworm-security`,
// `jammy-updates`), DSA lists name releases (`[bullseye]`) and purls' `distro` qualifiers may.
const CODENAMES: Record<string, [string, string]> = {
  woody: ['debian', '3'], sarge: ['debian', '3'], etch: ['debian', '4'], lenny: ['debian', '5'], squeeze: ['debian', '6'],
  wheezy: ['debian', '7'], jessie: ['debian', '8'], stretch: ['debian', '9'], buster: ['debian', '10'], bullseye: ['debian', '11'],
  bookworm: ['debian', '12'], trixie: ['debian', '13'], forky: ['debian', '14'],
  trusty: ['ubuntu', '14.04'], xenial: ['ubuntu', '16.04'], bionic: ['ubuntu', '18.04'], focal: ['ubuntu', '20.04'],
  jammy: ['ubuntu', '22.04'], kinetic: ['ubuntu', '22.10'], lunar: ['ubuntu', '23.04'], mantic: ['ubuntu', '23.10'],
  noble: ['ubuntu', '24.04'], oracular: ['ubuntu', '24.10'], plucky: ['ubuntu', '25.04'], questing: ['ubuntu', '25.10'],
};

/**
 * The distribution and release of a suite or codename (`bookworm`, `bookworm-security`,
 * `jammy-updates`), or undefined for one not listed here.
 */
export function releaseOfCodename(suite: string): { distro: string; release: string } | undefined {
  const hit = CODENAMES[suite.trim().toLowerCase().split('-')[0]!];
  return hit ? { distro: hit[0], release: hit[1] } : undefined;
}

/** The package manager a distribution's packages are installed with, where it is one of the three. */
export function osManager(distro: string): OsPackageInfo['manager'] | undefined {
  switch (distro.trim().toLowerCase()) {
    case 'debian':
    case 'ubuntu':
      return 'dpkg';
    case 'alpine':
    case 'wolfi':
    case 'chainguard':
      return 'apk';
    case 'rhel':
    case 'rocky':
    case 'almalinux':
    case 'centos':
    case 'fedora':
    case 'amzn':
    case 'ol':
    case 'opensuse-leap':
    case 'opensuse-tumbleweed':
    case 'sles':
    case 'mariner':
    case 'azurelinux':
      return 'rpm';
    default:
      return undefined;
  }
}
