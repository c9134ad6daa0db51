import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { shared } from '../../../test/helpers/shared.js';
import { CATALOGUE_PRODUCTS } from '../../model/catalogue.js';
import { readZipText } from '../zip.js';
import { parseProductMarkdown } from './endoflife.js';
import { imageIndex } from './images.js';
import { loadRuntimeData } from './index.js';
import type { ProductReleases } from './types.js';

// The whole of endoflife.date as the shared corpus mirrors it (products-all.zip: 464 product
// pages, endoflife.date @ a70eca337600): how many products images reach, counted from the data.

const EOL = shared('endoflife');
const README = fileURLToPath(new URL('../../../README.md', import.meta.url));

async function allPages(): Promise<ProductReleases[]> {
  const out: ProductReleases[] = [];
  await readZipText(join(EOL, 'endoflife.date', 'products-all.zip'), (n) => n.endsWith('.md'), (e) => {
    const name = e.name.replace(/^.*\//, '').replace(/\.md$/, '');
    out.push(...parseProductMarkdown(e.text, name, e.name).products);
  });
  return out;
}

describe('image coverage of endoflife.date', () => {
  it('maps 139 docker purls of 73 products, and the README says how many products images reach', async () => {
    const pages = await allPages();
    expect(pages).toHaveLength(464);
    const byData = pages.filter((p) => (p.images?.length ?? 0) > 0);
    expect(byData).toHaveLength(73);
    expect(byData.reduce((n, p) => n + p.images!.length, 0)).toBe(139);
    const covered = new Set([...byData.map((p) => p.product), ...CATALOGUE_PRODUCTS]);
    const readme = readFileSync(README, 'utf8');
    expect(readme).toContain(`images of **${covered.size} endoflife.date products**`);
  });

  it('reads every product an inventory names from the mirrored archives alone', async () => {
    const index = imageIndex(await allPages());
    const images = [...index.keys()];
    const { data, problems } = await loadRuntimeData(EOL, { images });
    expect(problems).toEqual([]);
    const named = new Set(index.values());
    for (const product of named) expect(data.products.get(product)?.cycles.length ?? 0, product).toBeGreaterThan(0);
    // bitnami/mastodon is in no catalogue entry: its page and release data both come from the zips.
    expect(index.get('docker.io/bitnami/mastodon')).toBe('mastodon');
    expect(data.products.get('mastodon')!.sources.every((s) => s.includes('.zip!'))).toBe(true);
  });
});
