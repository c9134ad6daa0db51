import { describe, expect, it } from 'vitest';
import { trimmed } from '../../test/helpers/corpus.js';
import { AdvisoryDb } from '../advise/db.js';
import { loadOfflineAdvisories } from '../advise/osv-local.js';
import { makeComponent } from '../model/component.js';
import type { Advisory, AffectedPackage } from '../model/types.js';
import { matchComponents } from './index.js';
import { affects } from './ranges.js';
import { SEMVER_SCHEME, schemeFor } from './versions/index.js';

const npm = schemeFor('npm')!;
const pypi = schemeFor('PyPI')!;
const pkg = (ranges: AffectedPackage['ranges'], versions: string[] = []): AffectedPackage => ({ ecosystem: 'npm', name: 'x', ranges, versions });
const eco = (...events: AffectedPackage['ranges'][number]['events']) => ({ type: 'ECOSYSTEM' as const, events });

describe('OSV range semantics', () => {
  it('introduced/fixed pairs, with the lowest fix above the version', () => {
    const p = pkg([eco({ introduced: '0' }, { fixed: '5.2.4' }), eco({ introduced: '8.0.0' }, { fixed: '8.17.1' })]);
    expect(affects('8.17.0', p, npm, SEMVER_SCHEME)).toEqual({ affected: true, fixed: '8.17.1' });
    expect(affects('8.17.1', p, npm, SEMVER_SCHEME)).toEqual({ affected: false });
    expect(affects('7.0.0', p, npm, SEMVER_SCHEME)).toEqual({ affected: false });
    expect(affects('1.0.0', p, npm, SEMVER_SCHEME)).toEqual({ affected: true, fixed: '5.2.4' });
  });

  it('events out of order in the record are sorted first', () => {
    const p = pkg([eco({ fixed: '2.0.0' }, { introduced: '1.5.0' }, { introduced: '0' }, { fixed: '1.2.0' })]);
    expect(affects('1.1.0', p, npm, SEMVER_SCHEME)).toEqual({ affected: true, fixed: '1.2.0' });
    expect(affects('1.3.0', p, npm, SEMVER_SCHEME)).toEqual({ affected: false });
    expect(affects('1.9.9', p, npm, SEMVER_SCHEME)).toEqual({ affected: true, fixed: '2.0.0' });
  });

  it('last_affected closes after the version and leaves no fix; limit caps the range', () => {
    expect(affects('2.3.0', pkg([eco({ introduced: '2.0.0' }, { last_affected: '2.3.0' })]), npm, SEMVER_SCHEME)).toEqual({ affected: true });
    expect(affects('2.3.1', pkg([eco({ introduced: '2.0.0' }, { last_affected: '2.3.0' })]), npm, SEMVER_SCHEME)).toEqual({ affected: false });
    expect(affects('3.0.0', pkg([eco({ introduced: '0' }, { limit: '3.0.0' })]), npm, SEMVER_SCHEME)).toEqual({ affected: false });
    expect(affects('2.9.0', pkg([eco({ introduced: '0' }, { limit: '3.0.0' })]), npm, SEMVER_SCHEME)).toEqual({ affected: true });
  });

  it('explicit versions lists match by the ecosystem’s equality, GIT ranges are left to them', () => {
    const p: AffectedPackage = { ecosystem: 'PyPI', name: 'x', ranges: [{ type: 'GIT', events: [{ introduced: '0' }, { fixed: 'abc123' }] }], versions: ['1.0', '2.0.1'] };
    expect(affects('1.0.0', p, pypi, SEMVER_SCHEME).affected).toBe(true);
    expect(affects('2.0.1', p, pypi, SEMVER_SCHEME).affected).toBe(true);
    expect(affects('2.0.2', p, pypi, SEMVER_SCHEME).affected).toBe(false);
  });

  it('a range it cannot evaluate is said, not silently passed', () => {
    const r = affects('1.0.0', { ecosystem: 'PyPI', name: 'x', ranges: [eco({ introduced: '0' }, { fixed: '2019-09-12' })], versions: [] }, pypi, SEMVER_SCHEME);
    expect(r).toEqual({ affected: false, unevaluable: 'fixed "2019-09-12" is not a valid PyPI version' });
  });
});

function advisory(id: string, aliases: string[], fixed: string, extra: Partial<Advisory> = {}): Advisory {
  return {
    id,
    aliases,
    summary: id,
    affected: [{ ecosystem: 'npm', name: 'ws', ranges: [eco({ introduced: '0' }, { fixed })], versions: [] }],
    references: [],
    url: `https://osv.dev/vulnerability/${id}`,
    source: 'test',
    ...extra,
  };
}

describe('matchComponents', () => {
  const ws = makeComponent({ ecosystem: 'npm', name: 'ws', version: '8.17.0', file: 'package-lock.json', line: 10 });

  it('counts alias-linked records once, keeping the labelled GitHub record and the earliest publication', () => {
    const db = new AdvisoryDb();
    db.add(advisory('OSV-1', ['CVE-1'], '8.17.1', { published: '2024-06-15T00:00:00.000Z' }));
    db.add(advisory('GHSA-aaaa', ['CVE-1'], '8.17.1', { published: '2024-06-17T00:00:00.000Z', severity: { label: 'high', source: 'label' } }));
    db.add(advisory('GHSA-bbbb', [], '9.0.0'));
    const { matches } = matchComponents([ws], db);
    expect(matches.map((m) => [m.advisory.id, m.ids, m.aliases, m.fixedVersion, m.advisory.published])).toEqual([
      ['GHSA-aaaa', ['GHSA-aaaa', 'OSV-1'], ['CVE-1', 'OSV-1'], '8.17.1', '2024-06-15T00:00:00.000Z'],
      ['GHSA-bbbb', ['GHSA-bbbb'], [], '9.0.0', undefined],
    ]);
  });

  it('shares one merged record between the components a group of records matches, and merges another group apart', () => {
    const db = new AdvisoryDb();
    db.add(advisory('OSV-1', ['CVE-1'], '8.17.1', { published: '2024-06-15T00:00:00.000Z' }));
    // The GitHub record says only the 8.x line is affected: 7.5.0 is matched by OSV-1 alone.
    const ghsa = advisory('GHSA-aaaa', ['CVE-1'], '8.17.1', { published: '2024-06-17T00:00:00.000Z', severity: { label: 'high', source: 'label' } });
    db.add({ ...ghsa, affected: [{ ...ghsa.affected[0]!, ranges: [eco({ introduced: '8.0.0' }, { fixed: '8.17.1' })] }] });
    const at = (version: string, line: number) => makeComponent({ ecosystem: 'npm', name: 'ws', version, file: 'apps/web/package-lock.json', line });
    const [a, b, c] = matchComponents([ws, at('8.16.0', 40), at('7.5.0', 80)], db).matches;
    expect([a, b, c].map((m) => m!.component.version)).toEqual(['8.17.0', '8.16.0', '7.5.0']);
    expect(b!.advisory).toBe(a!.advisory);
    expect(b!.ids).toBe(a!.ids);
    expect(b!.aliases).toBe(a!.advisory.aliases);
    expect([a!.advisory.id, a!.ids, a!.aliases, a!.advisory.published]).toEqual(['GHSA-aaaa', ['GHSA-aaaa', 'OSV-1'], ['CVE-1', 'OSV-1'], '2024-06-15T00:00:00.000Z']);
    expect(c!.advisory).not.toBe(a!.advisory);
    expect([c!.advisory.id, c!.ids, c!.aliases, c!.advisory.severity]).toEqual(['OSV-1', ['OSV-1'], ['CVE-1'], undefined]);
  });

  it('ignores withdrawn records and components that are not from the registry', () => {
    const db = new AdvisoryDb();
    db.add(advisory('GHSA-w', [], '9.0.0', { withdrawn: '2024-01-01T00:00:00.000Z' }));
    db.add(advisory('GHSA-x', [], '9.0.0'));
    const git = { ...ws, source: 'git' as const };
    expect(matchComponents([ws, git], db).matches.map((m) => [m.advisory.id, m.component.source])).toEqual([['GHSA-x', undefined]]);
  });

  it('merges a Go vulndb record with its GitHub twin from the real data into one finding', async () => {
    const { db } = await loadOfflineAdvisories([trimmed('osv/Go/all.zip'), trimmed('osv/github-reviewed-sample')]);
    const net = makeComponent({ ecosystem: 'Go', name: 'golang.org/x/net', version: 'v0.21.0', file: 'go.mod', line: 3 });
    const { matches } = matchComponents([net], db);
    const http2 = matches.filter((m) => m.aliases.includes('CVE-2023-45288') || m.advisory.aliases.includes('CVE-2023-45288'));
    expect(http2).toHaveLength(1);
    expect(http2[0]!.ids).toEqual(expect.arrayContaining(['GHSA-4v7x-pqxf-cx7m']));
    expect(http2[0]!.ids.some((id) => id.startsWith('GO-'))).toBe(true);
    expect(http2[0]!.advisory.id).toBe('GHSA-4v7x-pqxf-cx7m');
    expect(http2[0]!.fixedVersion).toBe('0.23.0');
  });
});
