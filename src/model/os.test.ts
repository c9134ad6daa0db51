import { describe, expect, it } from 'vitest';
import { osAdvisoryName, osComponent, osEcosystem, osPurl, parseOsRelease, splitDistroQualifier } from './os.js';

describe('osEcosystem: a distribution release as OSV names it', () => {
  // os-release ID and VERSION_ID -> OSV ecosystem.
  const CASES: Record<string, string> = {
    'debian 12': 'Debian:12',
    'debian 12.5': 'Debian:12',
    'Debian': 'Debian',
    'ubuntu 24.04': 'Ubuntu:24.04:LTS',
    'ubuntu 22.04': 'Ubuntu:22.04:LTS',
    'ubuntu 24.10': 'Ubuntu:24.10',
    'ubuntu 23.04': 'Ubuntu:23.04',
    'alpine 3.20.3': 'Alpine:v3.20',
    'alpine v3.18': 'Alpine:v3.18',
    'rocky 9.4': 'Rocky Linux:9',
    'almalinux 8.10': 'AlmaLinux:8',
    'rhel 9.4': 'Red Hat',
    'opensuse-leap 15.5': 'openSUSE',
    'Rocky Linux 9': 'Rocky Linux:9',
  };
  it('maps every known distribution and release', () => {
    for (const [given, want] of Object.entries(CASES)) {
      const [distro, release] = given.split(/ (?=[v\d])/);
      expect(osEcosystem(distro!, release), given).toBe(want);
    }
  });
  it('has no answer for distributions OSV does not cover', () => {
    expect(osEcosystem('gentoo', '2.14')).toBeUndefined();
    expect(osEcosystem('')).toBeUndefined();
  });
});

describe('os-release, purls and distro qualifiers', () => {
  it('reads quoted and unquoted os-release values', () => {
    expect(parseOsRelease('PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nVERSION_ID="12"\nVERSION_CODENAME=bookworm\nID=debian\n# c\n')).toEqual({
      id: 'debian',
      versionId: '12',
      codename: 'bookworm',
      idLike: [],
      prettyName: 'Debian GNU/Linux 12 (bookworm)',
    });
    expect(parseOsRelease("ID_LIKE='rhel centos fedora'\nID=\"rocky\"\n")?.idLike).toEqual(['rhel', 'centos', 'fedora']);
    expect(parseOsRelease('NAME=x\n')).toBeUndefined();
  });
  it('writes purl-spec deb/apk/rpm purls with sorted qualifiers', () => {
    expect(osPurl({ manager: 'dpkg', distro: 'debian', release: '12', arch: 'amd64' }, 'openssl', '3.0.11-1~deb12u2')).toBe('pkg:deb/debian/openssl@3.0.11-1~deb12u2?arch=amd64&distro=debian-12');
    expect(osPurl({ manager: 'apk', distro: 'alpine', release: 'v3.20' }, 'musl', '1.2.5-r0')).toBe('pkg:apk/alpine/musl@1.2.5-r0?distro=alpine-3.20');
    expect(osPurl({ manager: 'rpm', distro: 'rhel' }, 'openssl-libs', '1:3.0.7-24.el9')).toBe('pkg:rpm/rhel/openssl-libs@3.0.7-24.el9?epoch=1');
  });
  it('splits purl distro qualifiers', () => {
    expect(splitDistroQualifier('debian-12')).toEqual({ distro: 'debian', release: '12' });
    expect(splitDistroQualifier('alpine-3.17.2')).toEqual({ distro: 'alpine', release: '3.17.2' });
    expect(splitDistroQualifier('opensuse-leap-15.5')).toEqual({ distro: 'opensuse-leap', release: '15.5' });
    expect(splitDistroQualifier('bookworm')).toEqual({ distro: 'bookworm' });
  });
  it('names a component by its source package for advisories', () => {
    const c = osComponent({ manager: 'dpkg', distro: 'debian', release: '12', name: 'postgresql', version: '15+248+deb12u1', sourceName: 'postgresql-common', sourceVersion: '248+deb12u1', file: 's', line: 1 });
    expect(osAdvisoryName(c)).toEqual({ name: 'postgresql-common', version: '248+deb12u1' });
    const same = osComponent({ manager: 'dpkg', distro: 'debian', release: '12', name: 'openssl', version: '3.0.11-1', sourceName: 'openssl', file: 's', line: 1 });
    expect(same.os).toEqual({ manager: 'dpkg', distro: 'debian', release: '12' });
    expect(osAdvisoryName(same)).toEqual({ name: 'openssl', version: '3.0.11-1' });
  });
});
