import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { shared } from '../../../test/helpers/shared.js';
import { CATALOGUE_PRODUCTS } from '../../model/catalogue.js';
import { loadRuntimeData } from './index.js';

// Runtime release data over the whole shared layout: every product page and release file, and
// the zips of all products beside them.

const EOL = shared('endoflife');
const WG = shared('advisories-native', 'nodejs-security-wg', 'vuln.zip');

describe('loadRuntimeData on the whole layout', () => {
  it('reads the whole layout (product pages, release data and their zips) and the Node.js WG data beside it', async () => {
    const { data, problems } = await loadRuntimeData(EOL, { nodejsSecurityWg: WG });
    expect(problems).toEqual([]);
    expect([...data.products.keys()].sort()).toEqual([...CATALOGUE_PRODUCTS].sort());
    const nginx = data.products.get('nginx')!;
    expect(nginx.sources).toHaveLength(2);
    expect(nginx.versions.get('1.25.4')).toBe('2024-02-14');
    expect(nginx.cycles.find((c) => c.cycle === '1.25')?.latest).toBe('1.25.5');
    expect(data.nodeVulnerabilities).toHaveLength(171);
  });
  it('reads products missing as plain files from the zips, and a zip given alone', async () => {
    const viaLayout = await loadRuntimeData(EOL, { products: ['nginx', 'gitlab'] });
    expect(viaLayout.data.products.get('gitlab')!.sources.some((s) => s.includes('.zip!'))).toBe(true);
    expect(viaLayout.data.products.get('gitlab')!.cycles.length).toBeGreaterThan(0);
    const alone = await loadRuntimeData(join(EOL, 'release-data', 'releases-all.zip'), { products: ['gitlab'] });
    expect(alone.data.products.get('gitlab')!.versions.size).toBeGreaterThan(100);
  });});
