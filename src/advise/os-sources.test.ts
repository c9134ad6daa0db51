import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../test/helpers/tmp.js';
import { parseChangelog } from './debian-changelog.js';
import { loadOsSources } from './os-sources.js';

const F = join(import.meta.dirname, '__fixtures__', 'os');

describe('distribution sources recognised by content', () => {
  it('leaves OSV data and unknown files to the OSV loader', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'GHSA-x.json'), '{"id":"GHSA-x"}');
    const r = loadOsSources([dir, join(dir, 'GHSA-x.json'), join(dir, 'missing')]);
    expect([...r.handled]).toEqual([]);
  });

  it('DSA/DLA lists: one advisory per entry and release, dated, with CVE aliases; not-affected lines and unknown releases add nothing', () => {
    const r = loadOsSources([join(F, 'DSA.list'), join(F, 'DLA.list')]);
    expect(r.sources.map((s) => [s.kind, s.records])).toEqual([
      ['debian-dsa', 3],
      ['debian-dsa', 1],
    ]);
    const dsa5139 = r.advisories.find((a) => a.id === 'DSA-5139-1')!;
    expect(dsa5139.published).toBe('2022-05-17T00:00:00.000Z');
    expect(dsa5139.aliases).toEqual(['CVE-2022-1292']);
    expect(dsa5139.affected.map((p) => [p.ecosystem, p.name, p.ranges[0]!.events])).toEqual([
      ['Debian:10', 'openssl', [{ introduced: '0' }, { fixed: '1.1.1n-0+deb10u2' }]],
      ['Debian:11', 'openssl', [{ introduced: '0' }, { fixed: '1.1.1n-0+deb11u2' }]],
    ]);
    expect(r.advisories.find((a) => a.id === 'DSA-2275-1')!.affected.map((p) => p.ecosystem)).toEqual(['Debian:6']);
    expect(r.book.date('Debian:11', 'openssl', '1.1.1n-0+deb11u4')).toEqual({ date: '2023-02-07T00:00:00.000Z', basis: 'advisory', evidence: 'DSA-5343-1 (2023-02-07)' });
    expect(r.book.date('Debian:10', 'openssl', '1.1.1n-0+deb10u4')?.evidence).toBe('DLA-3325-1 (2023-02-20)');
    expect(r.problems).toEqual([expect.objectContaining({ level: 'notice', message: 'fixes for releases with no known Debian version skipped: hamm' })]);
  });

  it('changelogs: a security upload dates its version; every entry keeps its CVEs and urgency; junk is located', () => {
    const r = loadOsSources([join(F, 'changelogs')]);
    expect(r.sources).toEqual([{ kind: 'debian-changelog', path: join(F, 'changelogs'), records: 8 }]);
    expect(r.book.date('Debian:12', 'zlib', '1:1.2.13.dfsg-1+deb12u1')).toEqual({
      date: '2026-11-28T20:17:18.000Z',
      basis: 'changelog',
      evidence: 'changelog zlib 1:1.2.13.dfsg-1+deb12u1 (bookworm-security, urgency=high)',
    });
    expect(r.book.upload('Debian:12', 'zlib', '1:1.2.13.dfsg-1+deb12u1')).toEqual({ suite: 'bookworm-security', urgency: 'high', cves: ['CVE-2026-27171', 'CVE-2026-85091'] });
    // "unstable" names no release: its entries date nothing.
    expect(r.book.date('Debian:12', 'zlib', '1:1.2.13.dfsg-1')).toBeUndefined();
    expect(r.problems).toEqual([expect.objectContaining({ level: 'warning', file: join(F, 'changelogs', 'broken.changelog.Debian'), line: 1 })]);
    expect(parseChangelog('x (1.0-1) bookworm-security bookworm; urgency=MEDIUM\n\n  * CVE-2024-0001, CVE-2024-0001\n\n -- A <a@b>  Mon, 01 Jan 2024 10:00:00 +0000\n')).toEqual([
      { source: 'x', version: '1.0-1', suites: ['bookworm-security', 'bookworm'], urgency: 'medium', cves: ['CVE-2024-0001'], date: '2024-01-01T10:00:00.000Z', line: 1 },
    ]);
  });

  it('a security index: one advisory per published source version for the release its InRelease names, dated by its Date, with the changelog CVEs', () => {
    const packages = join(F, 'apt', 'bookworm-security_main_binary-amd64_Packages');
    const r = loadOsSources([packages, join(F, 'apt', 'bookworm-security_InRelease'), join(F, 'changelogs')]);
    expect(r.sources.map((s) => [s.kind, s.records, s.fetched])).toEqual([
      ['debian-packages', 3, '2026-12-05T03:33:28.000Z'],
      ['debian-release', 0, undefined],
      ['debian-changelog', 8, undefined],
    ]);
    expect(r.advisories.map((a) => [a.id, a.aliases, a.affected[0]!.ecosystem, a.affected[0]!.ranges[0]!.events[1]])).toEqual([
      ['bookworm-security:linux@6.1.192-3', ['bookworm-security:linux'], 'Debian:12', { fixed: '6.1.192-3' }],
      ['bookworm-security:linux@6.1.190-1', ['bookworm-security:linux'], 'Debian:12', { fixed: '6.1.190-1' }],
      ['bookworm-security:openssl@3.0.22-1~deb12u2', [], 'Debian:12', { fixed: '3.0.22-1~deb12u2' }],
    ]);
    expect(r.book.date('Debian:12', 'openssl', '3.0.22-1~deb12u2')).toEqual({ date: '2026-12-05T03:33:28.000Z', basis: 'index-date', evidence: 'bookworm-security index Date 2026-12-05 (upper bound)' });
    expect(r.problems.map((p) => p.level)).toEqual(['notice', 'warning']);
  });

  it('a security index whose release cannot be told is refused with a located error', () => {
    const r = loadOsSources([join(F, 'apt-nameless', 'Packages')]);
    expect(r.advisories).toEqual([]);
    expect(r.problems).toEqual([expect.objectContaining({ level: 'error', file: join(F, 'apt-nameless', 'Packages'), message: expect.stringContaining('cannot tell which distribution release') })]);
  });

  it('Alpine secdb, YAML or JSON: one advisory per fixed version with its CVEs; no dates, said once', () => {
    const dir = tempDir();
    const json = join(dir, 'main.json');
    writeFileSync(json, JSON.stringify({ apkurl: 'x', archs: ['x86_64'], reponame: 'main', urlprefix: 'x', distroversion: 'v3.20', packages: [{ pkg: { name: 'musl', secfixes: { '1.2.5-r1': ['CVE-2025-26519'], 0: ['CVE-2019-0000'] } } }, { nope: 1 }] }));
    const r = loadOsSources([join(F, 'v3.10-main.yaml'), json]);
    expect(r.advisories.map((a) => [a.id, a.affected[0]!.ecosystem, a.aliases])).toEqual([
      ['ALPINE-v3.10-openssl-1.1.1d-r0', 'Alpine:v3.10', ['CVE-2019-1547', 'CVE-2019-1549', 'CVE-2019-1563']],
      ['ALPINE-v3.10-openssl-1.1.1b-r1', 'Alpine:v3.10', ['CVE-2019-1543']],
      ['ALPINE-v3.10-openssl-1.1.1a-r0', 'Alpine:v3.10', ['CVE-2018-0734', 'CVE-2018-0735']],
      ['ALPINE-v3.20-musl-1.2.5-r1', 'Alpine:v3.20', ['CVE-2025-26519']],
    ]);
    expect(r.problems.map((p) => `${p.level} ${p.message.slice(0, 40)}`)).toEqual([
      "notice Alpine's secdb has no dates: its finding",
      'warning 1 package entr(ies) without pkg.name and',
      "notice Alpine's secdb has no dates: its finding",
    ]);
  });
});
