import type { Ecosystem } from './types.js';

// OSV names a distribution's advisories by release (`Debian:12`, `Ubuntu:22.04:LTS`,
// `Alpine:v3.17`); package databases, SBOMs and scanner reports name the release their own way
// (os-release's VERSION_ID `12` or `3.17.2`, a codename `bookworm`, a purl qualifier
// `distro=debian-12`, Trivy's `9.9`). Everything that makes an OS component goes through here, so
// the same machine's packages land in one ecosystem whichever file described them.

const DEBIAN_CODENAMES: Record<string, string> = {
  wheezy: '7',
  jessie: '8',
  stretch: '9',
  buster: '10',
  bullseye: '11',
  bookworm: '12',
  trixie: '13',
  forky: '14',
};

const UBUNTU_CODENAMES: Record<string, string> = {
  trusty: '14.04',
  xenial: '16.04',
  bionic: '18.04',
  cosmic: '18.10',
  disco: '19.04',
  eoan: '19.10',
  focal: '20.04',
  groovy: '20.10',
  hirsute: '21.04',
  impish: '21.10',
  jammy: '22.04',
  kinetic: '22.10',
  lunar: '23.04',
  mantic: '23.10',
  noble: '24.04',
  oracular: '24.10',
  plucky: '25.04',
  questing: '25.10',
};

/** os-release ids whose OSV ecosystem is a plain major release number. */
const MAJOR_RELEASE: Record<string, string> = {
  rocky: 'Rocky Linux',
  almalinux: 'AlmaLinux',
};

/** os-release ids OSV knows without a release suffix patchwarden can derive. */
const BARE: Record<string, string> = {
  rhel: 'Red Hat',
  wolfi: 'Wolfi',
  chainguard: 'Chainguard',
  'opensuse-leap': 'openSUSE',
  'opensuse-tumbleweed': 'openSUSE',
  sles: 'SUSE',
  mariner: 'Mariner',
  azurelinux: 'Azure Linux',
};

/**
 * The release as OSV's ecosystem suffix writes it (`12`, `20.04`, `v3.17`), from a VERSION_ID,
 * a point release (`9.9`, `3.17.2`) or a codename; undefined when it names no release this
 * distribution has.
 */
export function osRelease(distro: string, version: string | undefined): string | undefined {
  if (version === undefined) return undefined;
  const v = version.trim().toLowerCase();
  if (v === '') return undefined;
  switch (distro) {
    case 'debian': {
      const named = DEBIAN_CODENAMES[v];
      if (named) return named;
      // Debian's point releases (9.9, 12.5) share the major release's advisories.
      const m = /^(\d+)(?:\.\d+)*$/.exec(v);
      return m ? m[1] : undefined;
    }
    case 'ubuntu': {
      const named = UBUNTU_CODENAMES[v];
      if (named) return named;
      const m = /^(\d{2}\.\d{2})(?:\.\d+)?(?:\s*lts)?$/.exec(v);
      return m ? m[1] : undefined;
    }
    case 'alpine': {
      if (v === 'edge') return 'edge';
      const m = /^v?(\d+\.\d+)(?:\.\d+)?(?:_\w+)?$/.exec(v);
      return m ? `v${m[1]}` : undefined;
    }
    default: {
      if (MAJOR_RELEASE[distro] === undefined) return undefined;
      const m = /^(\d+)(?:\.\d+)*$/.exec(v);
      return m ? m[1] : undefined;
    }
  }
}

/** Ubuntu's long-term releases are the even years' April releases (OSV adds `:LTS` to them). */
function ubuntuLts(release: string): boolean {
  const m = /^(\d{2})\.04$/.exec(release);
  return m !== null && Number(m[1]) % 2 === 0;
}

/**
 * OSV's ecosystem for a distribution (`ID` from os-release: `debian`, `ubuntu`, `alpine`, ...)
 * and a version or codename in any of the forms above: `Debian:12`, `Ubuntu:20.04:LTS`,
 * `Ubuntu:23.10`, `Alpine:v3.17`, `Rocky Linux:9`. Without a usable release it is the bare
 * distribution (`Debian`); an id OSV does not know is returned as written, so the inventory
 * still shows it (and coverage says nothing served it).
 */
export function osEcosystem(distro: string, version?: string): Ecosystem {
  const id = distro.trim().toLowerCase();
  const release = osRelease(id, version);
  switch (id) {
    case 'debian':
      return release ? `Debian:${release}` : 'Debian';
    case 'ubuntu':
      return release ? `Ubuntu:${release}${ubuntuLts(release) ? ':LTS' : ''}` : 'Ubuntu';
    case 'alpine':
      return release ? `Alpine:${release}` : 'Alpine';
    default: {
      const major = MAJOR_RELEASE[id];
      if (major) return release ? `${major}:${release}` : major;
      return BARE[id] ?? id;
    }
  }
}

/** The package manager a distribution's packages are installed with, where it is one of the three. */
export function osManager(distro: string): 'dpkg' | 'apk' | 'rpm' | undefined {
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
