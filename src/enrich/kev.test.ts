import { describe, expect, it } from 'vitest';
import { loadKev, parseKev } from './kev.js';
import { trimmed } from '../../test/helpers/corpus.js';

describe('loadKev', () => {
  it('reads a real catalogue (the trimmed copy of catalogVersion 2026.08.21)', async () => {
    const r = await loadKev(trimmed('kev', 'known_exploited_vulnerabilities.json'));
    expect(r.problems).toEqual([]);
    expect(r.catalogVersion).toBe('2026.08.21');
    expect(r.dateReleased).toBe('2026-08-21T17:46:43.6019Z');
    expect([...r.catalog.keys()].sort()).toEqual(['CVE-2018-4939', 'CVE-2020-0601', 'CVE-2021-44228', 'CVE-2022-22965', 'CVE-2022-33891', 'CVE-2026-73570']);
    expect(r.catalog.get('CVE-2021-44228')).toEqual({ dateAdded: '2021-12-10', dueDate: '2021-12-24', knownRansomwareCampaignUse: 'Known' });
  });

  it('reports a missing file without throwing', async () => {
    const r = await loadKev('/nonexistent/kev.json');
    expect(r.catalog.size).toBe(0);
    expect(r.problems[0]).toMatchObject({ level: 'error', origin: 'advise/kev', file: '/nonexistent/kev.json' });
    expect(r.problems[0]!.message).toMatch(/^KEV catalogue not read: ENOENT/);
  });
});

describe('parseKev', () => {
  const text = `{
    "catalogVersion": "x",
    "vulnerabilities": [
        { "cveID": "CVE-2021-44228", "dateAdded": "2021-12-10", "dueDate": "2021-12-24", "forensicTriage": "No" },
        { "cveID": "log4shell", "dateAdded": "2021-12-10", "dueDate": "2021-12-24" },
        { "cveID": "CVE-2022-22965", "dateAdded": "2022-04-04", "dueDate": "2022-04-31" },
        "CVE-2020-0001",
        { "cveID": "cve-2022-1388", "dateAdded": "2022-05-10", "dueDate": "2022-05-31" }
    ]
}`;

  it('keeps good entries, tolerates unknown fields, and skips bad ones with their line', () => {
    const r = parseKev(text, 'kev.json');
    expect([...r.catalog.keys()]).toEqual(['CVE-2021-44228', 'CVE-2022-1388']);
    expect(r.problems).toEqual([
      { level: 'warning', origin: 'advise/kev', file: 'kev.json', line: 5, message: 'vulnerabilities[1] skipped: expected cveID like CVE-2021-44228, got "log4shell"' },
      { level: 'warning', origin: 'advise/kev', file: 'kev.json', line: 6, message: 'vulnerabilities[2] skipped: CVE-2022-22965: expected dueDate like 2021-12-24, got "2022-04-31"' },
      { level: 'warning', origin: 'advise/kev', file: 'kev.json', line: 7, message: 'vulnerabilities[3] skipped: expected an object' },
    ]);
  });

  it('refuses text that is not a catalogue', () => {
    expect(parseKev('{"title": "x"}', 'k.json').problems[0]!.message).toBe('not a KEV catalogue: expected an object with a "vulnerabilities" list');
    const broken = parseKev('{\n  "vulnerabilities": [\n', 'k.json');
    expect(broken.problems[0]).toMatchObject({ level: 'error', file: 'k.json' });
    expect(broken.problems[0]!.message).toMatch(/^invalid JSON/);
  });
});
