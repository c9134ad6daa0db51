import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../test/helpers/shared.js';
import { AdvisoryDb } from '../advise/db.js';
import { normaliseOsv } from '../advise/osv.js';
import { osComponent } from '../model/os.js';
import type { OsComponentInit } from '../model/os.js';
import { matchComponents } from './index.js';

// Distribution advisories apply per release and name source packages. USN-6986-1 is a real
// Ubuntu notice (test/corpus/os-usn, CC BY-SA 4.0); the Debian record is hand-written in the shape
// of OSV's DSA-5532-1 (openssl, fixed in bookworm at 3.0.11-1~deb12u2).

function db(...records: unknown[]): AdvisoryDb {
  const out = new AdvisoryDb();
  for (const r of records) out.add(normaliseOsv(r, 'test').advisory!);
  return out;
}
const usn = JSON.parse(readFileSync(join(REPO_ROOT, 'test', 'corpus', 'os-usn', 'USN-6986-1.json'), 'utf8')) as unknown;
const dsa = {
  id: 'DSA-5532-1',
  published: '2023-10-24T00:00:00Z',
  modified: '2023-10-24T00:00:00Z',
  affected: [{ package: { ecosystem: 'Debian:12', name: 'openssl' }, ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: '3.0.11-1~deb12u2' }] }] }],
};
const pkg = (init: Omit<OsComponentInit, 'manager' | 'file' | 'line'>) => osComponent({ manager: 'dpkg', file: 'var/lib/dpkg/status', line: 1, ...init });

describe('matching OS packages', () => {
  it('by source package and release: an Ubuntu 22.04 libssl3 below the fix is affected, with Ubuntu priority as its severity', () => {
    const libssl3 = pkg({ distro: 'ubuntu', release: '22.04', name: 'libssl3', version: '3.0.2-0ubuntu1.15', sourceName: 'openssl' });
    const { matches, problems } = matchComponents([libssl3], db(usn));
    expect(problems).toEqual([]);
    expect(matches.map((m) => [m.component.name, m.advisory.id, m.fixedVersion, m.advisory.severity])).toEqual([
      ['libssl3', 'USN-6986-1', '3.0.2-0ubuntu1.18', { label: 'medium', source: 'label', score: 7.5, vector: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:N/A:N' }],
    ]);
  });

  it("never across releases: another release's entry does not apply, and a release the record does not name gets nothing", () => {
    const components = [
      // Fixed in 24.04 at this version.
      pkg({ distro: 'ubuntu', release: '24.04', name: 'libssl3t64', version: '3.0.13-0ubuntu3.4', sourceName: 'openssl' }),
      // 20.04 is not in the record: its "introduced 0" ranges are for 22.04 and 24.04 only.
      pkg({ distro: 'ubuntu', release: '20.04', name: 'libssl1.1', version: '1.1.1f-1ubuntu2', sourceName: 'openssl' }),
      // The 22.04 version, on a system whose release is unknown.
      pkg({ distro: 'ubuntu', name: 'openssl', version: '3.0.2-0ubuntu1.15' }),
      // Debian 11's openssl at a version below bookworm's fix: DSA-5532-1 speaks of Debian 12 only.
      pkg({ distro: 'debian', release: '11', name: 'openssl', version: '1.1.1n-0+deb11u5' }),
    ];
    expect(components.map((c) => c.ecosystem)).toEqual(['Ubuntu:24.04:LTS', 'Ubuntu:20.04:LTS', 'Ubuntu', 'Debian:11']);
    expect(matchComponents(components, db(usn, dsa)).matches).toEqual([]);
  });

  it('compares the source version where the binary has its own (binNMU, versioned binaries)', () => {
    const bookworm = (version: string, sourceVersion?: string) => pkg({ distro: 'debian', release: '12', name: 'libssl3', version, sourceName: 'openssl', sourceVersion });
    const got = matchComponents([bookworm('3.0.11-1~deb12u1+b1', '3.0.11-1~deb12u1'), bookworm('3.0.11-1~deb12u2'), bookworm('3.0.11-1~deb12u2+b1', '3.0.11-1~deb12u2')], db(dsa));
    expect(got.matches.map((m) => `${m.component.version} ${m.advisory.id} ${m.fixedVersion}`)).toEqual(['3.0.11-1~deb12u1+b1 DSA-5532-1 3.0.11-1~deb12u2']);
  });
});
