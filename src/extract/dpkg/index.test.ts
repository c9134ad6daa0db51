import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectClaims, extractFixture, fixtureContext } from '../../../test/helpers/fixture-context.js';
import { dpkgStatus } from './index.js';

const FIX = join(import.meta.dirname, '__fixtures__');
const ctx = (extra = {}) => fixtureContext(FIX, extra);
const run = (path: string, c = ctx()) => extractFixture(dpkgStatus, FIX, path, c);

describe('dpkg status', () => {
  it('claims the database at its usual places and saved copies, not the md5sums lists', () => {
    expectClaims(dpkgStatus, ['var/lib/dpkg/status', 'img/var/lib/dpkg/status', 'var/lib/dpkg/status.d/libssl3', 'hosts/web1.dpkg-status'], ['var/lib/dpkg/status-old', 'var/lib/dpkg/status.d/libssl3.md5sums', 'var/lib/dpkg/available', 'status']);
  });

  it('reads installed packages of a root filesystem, with their source package, release from etc/os-release, and the Package: line', () => {
    const r = run('bookworm-rootfs/var/lib/dpkg/status');
    expect(r.problems).toEqual([]);
    const file = 'bookworm-rootfs/var/lib/dpkg/status';
    expect(r.components.map((c) => [c.name, c.version, c.os?.sourceName, c.os?.sourceVersion, c.locations[0]!.line])).toEqual([
      ['bash', '5.2.15-2+b8', undefined, '5.2.15-2', 1],
      ['libc6', '2.36-9+deb12u14', 'glibc', undefined, 7],
      ['libssl3', '3.0.19-1~deb12u2', 'openssl', undefined, 22],
      ['openssl', '3.0.19-1~deb12u2', undefined, undefined, 28],
      ['postgresql', '15+248+deb12u1', 'postgresql-common', '248+deb12u1', 33],
      ['zlib1g', '1:1.2.13.dfsg-1', 'zlib', undefined, 39],
    ]);
    const openssl = r.components[3]!;
    expect(openssl).toEqual({
      ecosystem: 'Debian:12',
      name: 'openssl',
      version: '3.0.19-1~deb12u2',
      purl: 'pkg:deb/debian/openssl@3.0.19-1~deb12u2?arch=amd64&distro=debian-12',
      layer: 'os',
      locations: [{ file, line: 28 }],
      os: { manager: 'dpkg', distro: 'debian', release: '12', arch: 'amd64' },
    });
    // The epoch is part of the version, percent-encoding leaves ':' alone in a purl.
    expect(r.components[5]!.purl).toBe('pkg:deb/debian/zlib1g@1:1.2.13.dfsg-1?arch=amd64&distro=debian-12');
  });

  it('reads distroless status.d files: every stanza is installed', () => {
    const r = run('distroless/var/lib/dpkg/status.d/libssl3');
    expect(r.problems).toEqual([]);
    expect(r.components.map((c) => `${c.ecosystem} ${c.name}@${c.version} ${c.os?.sourceName}`)).toEqual(['Debian:12 libssl3@3.0.11-1~deb12u2 openssl']);
  });

  it('a standalone copy without os-release: --distro, else a warning and no release', () => {
    expect(run('host.dpkg-status', ctx({ distro: { distro: 'ubuntu', release: '22.04' } })).components[0]!.ecosystem).toBe('Ubuntu:22.04:LTS');
    const r = run('host.dpkg-status');
    expect(r.components[0]!.ecosystem).toBe('Debian');
    expect(r.problems).toEqual([
      expect.objectContaining({ level: 'warning', file: 'host.dpkg-status', message: expect.stringContaining('distribution release unknown (no host.os-release or os-release, no --distro)') }),
    ]);
  });

  it('says where a stanza lacks its version, and ignores a file with no Status fields at all', () => {
    const text = 'Package: a\nStatus: install ok installed\n\nPackage: b\nStatus: install ok installed\nVersion: 1.0\n!garbage\n';
    const r = dpkgStatus.extract({ path: 'x.dpkg-status', text }, ctx({ distro: { distro: 'debian', release: '12' } }));
    expect(r.components.map((c) => c.name)).toEqual(['b']);
    expect(r.problems).toEqual([
      expect.objectContaining({ line: 7, message: expect.stringContaining('neither a "Field: value" line') }),
      expect.objectContaining({ line: 1, message: 'installed package stanza without a Version field; skipped' }),
    ]);
    const none = dpkgStatus.extract({ path: 'x.dpkg-status', text: 'Package: a\nVersion: 1\n' }, ctx());
    expect(none.components).toEqual([]);
    expect(none.problems[0]!.message).toContain('not a dpkg status database');
  });
});
