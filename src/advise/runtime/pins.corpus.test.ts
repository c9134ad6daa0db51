import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { shared } from '../../../test/helpers/shared.js';
import { ENDOFLIFE_PRODUCT_IDS } from '../../model/endoflife-products.js';
import { productsFromPages, renderProductsModule } from '../../model/endoflife-products-gen.js';
import { readZipText } from '../zip.js';
import { parseProductMarkdown } from './endoflife.js';
import { repositoryIndex } from './repositories.js';
import type { ProductReleases } from './types.js';

// Pins outside images, against the whole of endoflife.date as the shared corpus mirrors it
// (products-all.zip, endoflife.date @ a70eca337600): which products a GitHub release pin, an
// `endoflife-date` pin and an Ansible `<product>_version` reach, counted from the data, and the
// README's figures kept true.

const ZIP = join(shared('endoflife'), 'endoflife.date', 'products-all.zip');
const README = fileURLToPath(new URL('../../../README.md', import.meta.url));
const TABLE = fileURLToPath(new URL('../../model/endoflife-products.ts', import.meta.url));

async function pages(): Promise<{ name: string; text: string }[]> {
  const out: { name: string; text: string }[] = [];
  await readZipText(ZIP, (n) => n.endsWith('.md'), (e) => out.push({ name: e.name, text: e.text }));
  return out;
}

describe('pins on the endoflife.date clock', () => {
  it('maps GitHub repositories to the products whose pages name them, and the README says how many', async () => {
    const all = await pages();
    const products: ProductReleases[] = all.flatMap((p) => parseProductMarkdown(p.text, p.name.replace(/\.md$/, ''), p.name).products);
    expect(products).toHaveLength(464);
    const index = repositoryIndex(products);
    expect(products.filter((p) => (p.repositories?.length ?? 0) > 0)).toHaveLength(273);
    expect(index.size).toBe(334);
    const reached = new Set(index.values());
    expect(reached.size).toBe(272);
    // An identifier (pkg:github), a release source (auto.methods git/github_releases) and the
    // `ansible/ansible` both `ansible` (identifier) and `ansible-core` (release source) name.
    expect(['nginx/nginx', 'redis/redis', 'postgres/postgres', 'nodejs/node', 'cert-manager/cert-manager', 'mattermost/mattermost-server', 'ansible/ansible'].map((r) => index.get(r))).toEqual([
      'nginx',
      'redis',
      'postgresql',
      'nodejs',
      'cert-manager',
      'mattermost',
      'ansible',
    ]);
    // Synapse has no endoflife.date page: its pins are listed as not checked.
    expect(index.get('element-hq/synapse')).toBeUndefined();
    const readme = readFileSync(README, 'utf8');
    expect(readme).toContain(`GitHub release pins reach **${reached.size} products**`);
    expect(readme).toContain(`(${index.size} repositories named by ${products.filter((p) => (p.repositories?.length ?? 0) > 0).length} of the ${products.length} product pages)`);
    expect(readme).toContain(`\`<product>_version\` variables **${ENDOFLIFE_PRODUCT_IDS.size} products**`);
  });

  it('keeps the committed product table equal to the data (scripts/gen-endoflife-products.ts)', async () => {
    const all = await pages();
    const ids = productsFromPages(all);
    expect(ids).toHaveLength(442);
    expect([...ENDOFLIFE_PRODUCT_IDS]).toEqual(ids);
    expect(readFileSync(TABLE, 'utf8')).toBe(renderProductsModule(ids, `${all.length} product pages of endoflife/endoflife.date/products-all.zip`));
  });
});
