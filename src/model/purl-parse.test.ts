import { describe, expect, it } from 'vitest';
import { componentFromPurl } from './purl-parse.js';
import { osEcosystem, osvRelease } from './os.js';

const at = { file: 'bom.json', line: 7 };

function read(purl: string, hint?: { id: string; version?: string }) {
  const r = componentFromPurl(purl, at, hint);
  if ('skip' in r) throw new Error(r.skip);
  return r.component;
}

describe('osEcosystem', () => {
  it('names releases as OSV does', () => {
    expect(osEcosystem('debian', '12')).toBe('Debian:12');
    expect(osEcosystem('debian', '9.9')).toBe('Debian:9');
    expect(osEcosystem('debian', 'bookworm')).toBe('Debian:12');
    expect(osEcosystem('ubuntu', '20.04')).toBe('Ubuntu:20.04:LTS');
    expect(osEcosystem('ubuntu', 'focal')).toBe('Ubuntu:20.04:LTS');
    expect(osEcosystem('ubuntu', '23.10')).toBe('Ubuntu:23.10');
    expect(osEcosystem('ubuntu', '21.04')).toBe('Ubuntu:21.04');
    expect(osEcosystem('alpine', '3.17.2')).toBe('Alpine:v3.17');
    expect(osEcosystem('alpine', 'v3.20')).toBe('Alpine:v3.20');
    expect(osEcosystem('rocky', '9.1')).toBe('Rocky Linux:9');
    expect(osEcosystem('Debian')).toBe('Debian');
    expect(osEcosystem('debian', 'sid')).toBe('Debian');
    expect(osEcosystem('centos', '7')).toBeUndefined();
  });

  it('gives the release suffix the OsPackageInfo contract stores', () => {
    expect(osvRelease('ubuntu', '18.04')).toBe('18.04');
    expect(osvRelease('alpine', '3.10.2')).toBe('v3.10');
    expect(osvRelease('debian', 'stretch')).toBe('9');
    expect(osvRelease('debian', undefined)).toBeUndefined();
  });
});

describe('componentFromPurl: operating-system packages', () => {
  it('reads a syft deb purl with its upstream source and version (postgres:11.15-stretch)', () => {
    const c = read('pkg:deb/debian/libc6@2.24-11+deb9u4?arch=amd64&upstream=glibc%402.24-11%2Bdeb9u4&distro=debian-9');
    expect(c).toEqual({
      ecosystem: 'Debian:9',
      name: 'libc6',
      version: '2.24-11+deb9u4',
      purl: 'pkg:deb/debian/libc6@2.24-11+deb9u4?arch=amd64&upstream=glibc%402.24-11%2Bdeb9u4&distro=debian-9',
      layer: 'os',
      locations: [at],
      os: { manager: 'dpkg', distro: 'debian', release: '9', sourceName: 'glibc', arch: 'amd64' },
    });
  });

  it('keeps a source version that differs from the binary one', () => {
    const c = read('pkg:deb/debian/libpq5@15.5-0+deb12u1?upstream=postgresql-15%4015.5-0%2Bdeb12u2&distro=debian-12');
    expect(c.os).toEqual({ manager: 'dpkg', distro: 'debian', release: '12', sourceName: 'postgresql-15', sourceVersion: '15.5-0+deb12u2' });
  });

  it('turns a codename into the release', () => {
    expect(read('pkg:deb/debian/openssl@3.0.11-1~deb12u2?distro=bookworm').ecosystem).toBe('Debian:12');
    const scalibr = read('pkg:deb/ubuntu/pcre3@2%3A8.39-12ubuntu0.1?arch=amd64&distro=focal&source=pcre3');
    expect([scalibr.ecosystem, scalibr.name, scalibr.version, scalibr.os?.sourceName]).toEqual(['Ubuntu:20.04:LTS', 'pcre3', '2:8.39-12ubuntu0.1', undefined]);
  });

  it('reads apk purls with or without the distribution id in the qualifier', () => {
    const syft = read('pkg:apk/alpine/ssl_client@1.30.1-r5?arch=x86_64&upstream=busybox&distro=alpine-3.10.9');
    expect([syft.ecosystem, syft.name, syft.os]).toEqual(['Alpine:v3.10', 'ssl_client', { manager: 'apk', distro: 'alpine', release: 'v3.10', sourceName: 'busybox', arch: 'x86_64' }]);
    expect(read('pkg:apk/alpine/zlib@1.2.12-r1?arch=x86_64&distro=3.22.0&origin=zlib').ecosystem).toBe('Alpine:v3.22');
    expect(read('pkg:apk/alpine/zlib@1.2.13-r0?arch=x86_64&distro=alpine-3.17.2').ecosystem).toBe('Alpine:v3.17');
  });

  it('falls back to the document distribution, then to the bare distribution', () => {
    expect(read('pkg:deb/ubuntu/hostname@3.23?arch=amd64', { id: 'ubuntu', version: '20.04' }).ecosystem).toBe('Ubuntu:20.04:LTS');
    expect(read('pkg:deb/debian/hostname@3.23').ecosystem).toBe('Debian');
    // A purl's own qualifier wins over the document's.
    expect(read('pkg:deb/debian/x@1?distro=debian-11', { id: 'debian', version: '12' }).ecosystem).toBe('Debian:11');
  });

  it('reads rpm purls with their epoch qualifier and source RPM', () => {
    const c = read('pkg:rpm/rocky/openssl-libs@3.0.7-24.el9?arch=x86_64&epoch=1&upstream=openssl-3.0.7-24.el9.src.rpm&distro=rocky-9.3');
    expect([c.ecosystem, c.name, c.version, c.os]).toEqual([
      'Rocky Linux:9',
      'openssl-libs',
      '1:3.0.7-24.el9',
      { manager: 'rpm', distro: 'rocky', release: '9', sourceName: 'openssl', arch: 'x86_64' },
    ]);
    expect(read('pkg:rpm/redhat/bash@5.1.8-6.el9?distro=rhel-9.2').ecosystem).toBe('Red Hat');
  });
});

describe('componentFromPurl: language packages', () => {
  it.each([
    ['pkg:npm/%40babel/core@7.24.0', 'npm', '@babel/core', '7.24.0', 'pkg:npm/%40babel/core@7.24.0'],
    ['pkg:npm/Axios@1.6.0', 'npm', 'axios', '1.6.0', 'pkg:npm/axios@1.6.0'],
    ['pkg:pypi/Django_Rest.Framework@3.14.0', 'PyPI', 'django-rest-framework', '3.14.0', 'pkg:pypi/django-rest-framework@3.14.0'],
    ['pkg:golang/golang.org/x/sys@v0.0.0-20210630005230-0f9fa26af87c', 'Go', 'golang.org/x/sys', 'v0.0.0-20210630005230-0f9fa26af87c', 'pkg:golang/golang.org/x/sys@v0.0.0-20210630005230-0f9fa26af87c'],
    ['pkg:cargo/serde@1.0.197', 'crates.io', 'serde', '1.0.197', 'pkg:cargo/serde@1.0.197'],
    ['pkg:gem/rails@7.1.3', 'RubyGems', 'rails', '7.1.3', 'pkg:gem/rails@7.1.3'],
    ['pkg:composer/Symfony/HTTP-Kernel@6.4.0', 'Packagist', 'symfony/http-kernel', '6.4.0', 'pkg:composer/symfony/http-kernel@6.4.0'],
    ['pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1?type=jar', 'Maven', 'org.apache.logging.log4j:log4j-core', '2.14.1', 'pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1'],
    ['pkg:nuget/Newtonsoft.Json@13.0.1', 'NuGet', 'newtonsoft.json', '13.0.1', 'pkg:nuget/newtonsoft.json@13.0.1'],
    ['pkg:pub/http@1.2.0', 'Pub', 'http', '1.2.0', 'pkg:pub/http@1.2.0'],
  ])('%s', (purl, ecosystem, name, version, canonical) => {
    const c = read(purl);
    expect(c).toEqual({ ecosystem, name, version, purl: canonical, layer: 'library', locations: [at] });
  });
});

describe('componentFromPurl: what it refuses, with the reason', () => {
  it.each([
    ['pkg:generic/postgresql@11.15', 'purl type "generic" is not an ecosystem patchwarden matches'],
    ['pkg:npm/left-pad', 'no version'],
    ['pkg:maven/log4j-core@2.14.1', 'maven requires a "namespace"'],
    ['pkg:deb/hostname@3.23', 'names no distribution'],
    ['not a purl', 'is not a valid package URL'],
  ])('%s', (purl, reason) => {
    const r = componentFromPurl(purl, at);
    expect('skip' in r && r.skip).toContain(reason);
  });
});
