import { describe, expect, it } from 'vitest';
import { loadKev } from '../enrich/kev.js';
import { shared } from '../../test/helpers/shared.js';

describe('loadKev on the real catalogue', () => {
  it('reads every entry of catalogVersion 2026.08.21', async () => {
    const r = await loadKev(shared('kev', 'known_exploited_vulnerabilities.json'));
    expect(r.problems).toEqual([]);
    expect(r.catalogVersion).toBe('2026.08.21');
    expect(r.dateReleased).toBe('2026-08-21T17:46:43.6019Z');
    expect(r.catalog.size).toBe(1674);
    expect(r.catalog.get('CVE-2021-44228')).toEqual({ dateAdded: '2021-12-10', dueDate: '2021-12-24', knownRansomwareCampaignUse: 'Known' });
  });

  it("reads CISA's own older copy (1404 entries)", async () => {
    const r = await loadKev(shared('kev', 'cisagov-kev-data_2025-08-25', 'known_exploited_vulnerabilities.json'));
    expect(r.problems).toEqual([]);
    expect(r.catalog.size).toBe(1404);
  });
});
