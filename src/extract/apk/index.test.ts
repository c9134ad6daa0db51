import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectClaims, extractFixture, fixtureContext } from '../../../test/helpers/fixture-context.js';
import { apkInstalled } from './index.js';

const FIX = join(import.meta.dirname, '__fixtures__');
const ctx = fixtureContext(FIX);

describe('apk installed database', () => {
  it('reads every package at its P: line with its origin, the release from etc/os-release', () => {
    const r = extractFixture(apkInstalled, FIX, 'alpine-rootfs/lib/apk/db/installed');
    expect(r.problems).toEqual([]);
    expect(r.components.map((c) => [c.ecosystem, c.name, c.version, c.os?.sourceName, c.locations[0]!.line])).toEqual([
      ['Alpine:v3.18', 'alpine-baselayout', '3.4.3-r1', undefined, 2],
      ['Alpine:v3.18', 'alpine-baselayout-data', '3.4.3-r1', 'alpine-baselayout', 17],
      ['Alpine:v3.18', 'alpine-keys', '2.4-r1', undefined, 32],
      ['Alpine:v3.18', 'libcrypto3', '3.1.0-r4', 'openssl', 47],
      ['Alpine:v3.18', 'zlib', '1.2.13-r1', undefined, 64],
    ]);
    expect(r.components[3]!.purl).toBe('pkg:apk/alpine/libcrypto3@3.1.0-r4?arch=x86_64&distro=alpine-3.18');
    expect(r.components[3]!.os).toEqual({ manager: 'apk', distro: 'alpine', release: 'v3.18', sourceName: 'openssl', arch: 'x86_64' });
  });

  it('claims lib/apk/db/installed and saved *.apk-installed copies', () => {
    expectClaims(apkInstalled, ['lib/apk/db/installed', 'rootfs/lib/apk/db/installed', 'web1.apk-installed'], ['lib/apk/db/scripts.tar', 'installed', 'usr/lib/apk/db/installed.old']);
  });

  it('says where a block has no version', () => {
    const r = apkInstalled.extract({ path: 'x.apk-installed', text: 'P:musl\nA:x86_64\n\nP:zlib\nV:1.3-r0\n' }, { ...ctx, distro: { distro: 'alpine', release: '3.20.1' } });
    expect(r.components.map((c) => `${c.ecosystem} ${c.name}@${c.version}:${c.locations[0]!.line}`)).toEqual(['Alpine:v3.20 zlib@1.3-r0:4']);
    expect(r.problems).toEqual([expect.objectContaining({ level: 'warning', line: 1, message: 'package block without a V: (version) line; skipped' })]);
  });
});
