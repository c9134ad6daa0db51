import { PackageURL } from 'packageurl-js';
import type { Component, Ecosystem, Location, OsPackageInfo } from './types.js';
import { normaliseName } from './names.js';
import { osEcosystem, osvRelease } from './os.js';
import { purlFor } from './purl.js';

// Package URLs read back into components: what SBOMs (CycloneDX, SPDX, syft) and other scanners'
// reports name their packages by. packageurl-js (the purl-spec project's own implementation)
// does the decoding and each type's normalisation; this file maps the types patchwarden
// matches onto OSV ecosystems and names, and the OS types onto the distribution release.

/** Language purl types and the OSV ecosystem each names. */
const LANGUAGE: Record<string, Ecosystem> = {
  npm: 'npm',
  pypi: 'PyPI',
  golang: 'Go',
  cargo: 'crates.io',
  gem: 'RubyGems',
  composer: 'Packagist',
  maven: 'Maven',
  nuget: 'NuGet',
  pub: 'Pub',
  cocoapods: 'CocoaPods',
  hex: 'Hex',
};

const OS_MANAGER: Record<string, OsPackageInfo['manager']> = { deb: 'dpkg', apk: 'apk', rpm: 'rpm' };

/** purl namespaces (vendors) that differ from the distribution's os-release ID. */
const NAMESPACE_DISTRO: Record<string, string> = { redhat: 'rhel', rocky: 'rocky', suse: 'sles', opensuse: 'opensuse-leap', amazon: 'amzn', oracle: 'ol' };

/** The distribution a document as a whole describes (its OS component, syft's `distro`). */
export interface DistroHint {
  /** os-release ID. */
  id: string;
  /** VERSION_ID or a codename. */
  version?: string;
}

export type PurlReading = { component: Component } | { skip: string };

/** `debian-12`, `alpine-3.17.2`, `bookworm`, `3.22.0`: the distribution a purl's `distro` qualifier names. */
function distroOf(qualifier: string | undefined, namespace: string | undefined): DistroHint | undefined {
  const nsId = namespace ? (NAMESPACE_DISTRO[namespace.toLowerCase()] ?? namespace.toLowerCase()) : undefined;
  if (qualifier === undefined || qualifier.trim() === '') return undefined;
  const q = qualifier.trim().toLowerCase();
  const m = /^([a-z][a-z-]*?)-(\d[\w.]*)$/.exec(q);
  if (m) return { id: m[1] === 'redhat' ? 'rhel' : m[1]!, version: m[2]! };
  // A bare version or codename belongs to the namespace's distribution.
  return nsId ? { id: nsId, version: q } : undefined;
}

/** `glibc@2.24-11+deb9u4`, `gcc-10`, `openssl-1.1.1k-7.el8.src.rpm`: the source package a binary was built from. */
function sourceOf(type: string, raw: string | undefined): { name: string; version?: string } | undefined {
  if (!raw) return undefined;
  if (type === 'rpm') {
    const srpm = /^(.+)-[^-]+-[^-]+\.src\.rpm$/.exec(raw);
    return { name: srpm ? srpm[1]! : raw };
  }
  const at = raw.indexOf('@');
  return at === -1 ? { name: raw } : { name: raw.slice(0, at), version: raw.slice(at + 1) };
}

function osComponent(p: PackageURL, raw: string, at: Location, hint: DistroHint | undefined): PurlReading {
  const manager = OS_MANAGER[p.type]!;
  if (!p.version) return { skip: `${raw}: no version` };
  const q = p.qualifiers ?? {};
  const distro = distroOf(q.distro, p.namespace) ?? (hint ? { ...hint } : undefined) ?? (p.namespace ? { id: NAMESPACE_DISTRO[p.namespace.toLowerCase()] ?? p.namespace.toLowerCase() } : undefined);
  if (!distro) return { skip: `${raw}: the purl names no distribution and the document says none` };
  // rpm purls carry the epoch as a qualifier; dpkg and apk versions already hold theirs.
  const version = q.epoch && q.epoch !== '0' && !p.version.includes(':') ? `${q.epoch}:${p.version}` : p.version;
  const os: OsPackageInfo = { manager, distro: distro.id };
  const release = osvRelease(distro.id, distro.version);
  if (release) os.release = release;
  const source = sourceOf(p.type, q.upstream ?? q.source ?? q.origin);
  if (source && source.name !== p.name) os.sourceName = source.name;
  if (source?.version && source.version !== version) os.sourceVersion = source.version;
  if (q.arch) os.arch = q.arch;
  return {
    component: {
      // A distribution OSV does not cover keeps its own id, so the inventory still shows it.
      ecosystem: osEcosystem(distro.id, distro.version) ?? distro.id,
      name: p.name,
      version,
      purl: raw,
      layer: 'os',
      locations: [{ ...at }],
      os,
    },
  };
}

/**
 * A component from a purl found at `at`. Language purls become the ecosystem's package (name
 * normalised as matching expects), OS purls (deb, apk, rpm) an installed package of the
 * distribution release the purl's `distro` qualifier names, else `hint`. Anything else is a
 * skip with its reason, never a guess.
 */
export function componentFromPurl(raw: string, at: Location, hint?: DistroHint): PurlReading {
  let p: PackageURL;
  try {
    p = PackageURL.fromString(raw.trim());
  } catch (err) {
    return { skip: `"${raw}" is not a valid package URL (${(err as Error).message.replace(/\.$/, '')})` };
  }
  if (OS_MANAGER[p.type]) return osComponent(p, raw.trim(), at, hint);
  const ecosystem = LANGUAGE[p.type];
  if (!ecosystem) return { skip: `${raw.trim()}: purl type "${p.type}" is not an ecosystem patchwarden matches` };
  if (!p.version) return { skip: `${raw.trim()}: no version` };
  let name: string;
  switch (p.type) {
    case 'maven':
      // packageurl-js refuses a Maven purl without its group.
      name = `${p.namespace}:${p.name}`;
      break;
    case 'npm':
    case 'golang':
    case 'composer':
      name = p.namespace ? `${p.namespace}/${p.name}` : p.name;
      break;
    default:
      name = p.name;
  }
  name = normaliseName(ecosystem, name);
  return {
    component: {
      ecosystem,
      name,
      version: p.version,
      purl: purlFor(ecosystem, name, p.version),
      layer: 'library',
      locations: [{ ...at }],
    },
  };
}

/**
 * A purl for a package a file names without one (a scanner report's entry, an Ansible fact), from
 * its purl type, name and version; OS packages get the distribution as namespace and `distro`
 * qualifier. Undefined when the type is unknown or the purl would be invalid.
 */
export function buildPurl(type: string | undefined, name: string, version: string, distro: DistroHint | undefined, epoch?: string, arch?: string): string | undefined {
  if (!type) return undefined;
  let namespace: string | undefined;
  let base = name;
  const qualifiers: Record<string, string> = {};
  if (type === 'deb' || type === 'apk' || type === 'rpm') {
    namespace = distro?.id;
    // `debian-12` as syft writes it; a codename stands alone (`distro=bookworm`).
    if (distro?.version) qualifiers.distro = /^\d/.test(distro.version) ? `${distro.id}-${distro.version}` : distro.version;
    if (epoch && epoch !== '0') qualifiers.epoch = epoch;
    if (arch) qualifiers.arch = arch;
  } else if (type === 'maven') {
    const i = name.indexOf(':');
    if (i === -1) return undefined;
    namespace = name.slice(0, i);
    base = name.slice(i + 1);
  } else if (type === 'npm' || type === 'golang' || type === 'composer') {
    const i = name.lastIndexOf('/');
    if (i !== -1) {
      namespace = name.slice(0, i);
      base = name.slice(i + 1);
    }
  }
  try {
    return new PackageURL(type, namespace, base, version, Object.keys(qualifiers).length > 0 ? qualifiers : undefined).toString();
  } catch {
    return undefined;
  }
}
