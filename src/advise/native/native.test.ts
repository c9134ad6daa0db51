import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../../test/helpers/tmp.js';
import { makeZip } from '../__fixtures__/make-zip.js';
import { loadOfflineAdvisories } from '../osv-local.js';
import { affectedEvents, requirementInterval } from './rubysec.js';

// Real records (test/corpus/advisories-native, see its PROVENANCE.md), read as a folder and as a
// zip, the two ways air-gapped mirrors keep them.

const CORPUS = join(import.meta.dirname, '../../../test/corpus/advisories-native');

function zipOf(dir: string, names: string[]): string {
  const out = join(tempDir(), 'tree.zip');
  writeFileSync(out, makeZip(names.map((n) => ({ name: n, data: readFileSync(join(dir, n), 'utf8') }))));
  return out;
}

describe('RubySec ruby-advisory-db', () => {
  it('rack CVE-2024-26141: the complement of patched "~> 2.2.8, >= 2.2.8.1", ">= 3.0.9.1" and unaffected "< 1.3.0"', async () => {
    const dir = join(CORPUS, 'rubysec');
    for (const path of [dir, zipOf(dir, ['gems/rack/CVE-2024-26141.yml', 'gems/rack/CVE-2026-34835.yml', 'rubies/ruby/CVE-2017-14033.yml'])]) {
      const got = await loadOfflineAdvisories([path]);
      expect(got.sources).toEqual([{ kind: 'rubysec', path, records: 2, ecosystems: { RubyGems: { records: 2, newest: '2026-04-02T00:00:00.000Z' } } }]);
      const a = got.db.get('GHSA-xj5v-6v4g-jfw6');
      expect(a!.severity).toBeUndefined();
      // CVE-2026-34835 carries cvss_v3: 4.8; unaffected "< 3.0.0.beta1", patched "~> 3.1.21" and ">= 3.2.6".
      expect(got.db.get('GHSA-g2pf-xv49-m2h5')).toMatchObject({
        severity: { label: 'medium', source: 'cvss', score: 4.8 },
        affected: [{ ranges: [{ events: [{ introduced: '3.0.0.beta1' }, { fixed: '3.1.21' }, { introduced: '3.2' }, { fixed: '3.2.6' }] }] }],
      });
      expect(a).toMatchObject({
        id: 'GHSA-xj5v-6v4g-jfw6',
        aliases: ['CVE-2024-26141'],
        summary: 'Possible DoS Vulnerability with Range Header in Rack',
        published: '2024-02-21T00:00:00.000Z',
        affected: [{ ecosystem: 'RubyGems', name: 'rack', ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '1.3.0' }, { fixed: '2.2.8.1' }, { introduced: '2.3' }, { fixed: '3.0.9.1' }] }] }],
      });
      expect(got.problems).toEqual([expect.objectContaining({ level: 'notice', message: '1 record(s) skipped, informational (a Ruby interpreter advisory under rubies/, not a gem): rubies/ruby/CVE-2017-14033.yml' })]);
    }
  });

  it('merges overlapping safe intervals before taking the complement', () => {
    const safe = ['< 2.0', '~> 1.9.5', '>= 2.1.3'].map((l) => requirementInterval(l) as Exclude<ReturnType<typeof requirementInterval>, string>);
    // Safe: everything below 2.0 (1.9.5 to 1.10 lies inside it) and from 2.1.3 on.
    expect(affectedEvents(safe)).toEqual([{ introduced: '2.0' }, { fixed: '2.1.3' }]);
    expect(affectedEvents([])).toEqual([{ introduced: '0' }]);
    expect(requirementInterval('>= 1, banana')).toBe('requirement ">= 1, banana" is not a RubyGems requirement');
  });
});

describe('FriendsOfPHP security-advisories', () => {
  it('guzzle CVE-2022-31043: one range per branch, published at the earliest fix time', async () => {
    const dir = join(CORPUS, 'friendsofphp');
    for (const path of [dir, zipOf(dir, ['guzzlehttp/guzzle/CVE-2022-31043.yaml', 'guzzlehttp/guzzle/CVE-2026-55568.yaml'])]) {
      const got = await loadOfflineAdvisories([path]);
      expect(got.sources).toEqual([{ kind: 'friendsofphp', path, records: 2, ecosystems: { Packagist: { records: 2, newest: '2026-06-18T14:12:49.000Z' } } }]);
      expect(got.problems).toEqual([]);
      const a = got.db.get('CVE-2022-31043')!;
      expect(a).toMatchObject({
        aliases: ['GHSA-w248-ffj2-4v5q'],
        published: '2022-06-09T21:36:50.000Z',
        url: 'https://github.com/guzzle/guzzle/security/advisories/GHSA-w248-ffj2-4v5q',
        affected: [
          {
            ecosystem: 'Packagist',
            name: 'guzzlehttp/guzzle',
            ranges: [
              { type: 'ECOSYSTEM', events: [{ introduced: '7' }, { fixed: '7.4.4' }] },
              { type: 'ECOSYSTEM', events: [{ introduced: '4' }, { fixed: '6.5.7' }] },
            ],
          },
        ],
      });
    }
  });
});
