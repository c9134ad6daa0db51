// Writes src/model/endoflife-products.ts from endoflife.date's product pages (products-all.zip),
// so the extractors know which `<x>_version` variable names a product without a hand-kept list.
// Usage: npx tsx scripts/gen-endoflife-products.ts [path/to/products-all.zip]
// src/model/endoflife-products.corpus.test.ts fails when the file and the shared data disagree.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readZipText } from '../src/advise/zip.js';
import { productsFromPages, renderProductsModule } from '../src/model/endoflife-products-gen.js';

const zip = process.argv[2] ?? join(import.meta.dirname, '..', '..', 'shared', 'data', 'endoflife', 'endoflife.date', 'products-all.zip');
const pages: { name: string; text: string }[] = [];
await readZipText(zip, (n) => n.endsWith('.md'), (e) => pages.push({ name: e.name, text: e.text }));
writeFileSync(join(import.meta.dirname, '..', 'src', 'model', 'endoflife-products.ts'), renderProductsModule(productsFromPages(pages), `${pages.length} product pages of ${zip.replace(/^.*\/shared\/data\//, '')}`));
