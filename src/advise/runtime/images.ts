import { canonicalImageName } from '../../model/image-names.js';
import type { ProductReleases } from './types.js';

// Image -> product from the release data itself: every product whose endoflife.date page lists
// a `pkg:docker/...` identifier is covered by the images it names, with no entry in the
// hand-kept catalogue (model/catalogue.ts keeps only what the data lacks: tag grammars).

/**
 * Canonical image name -> endoflife.date product. Where two products list the same image the
 * first by product id wins, so the answer does not depend on the order files were read in.
 */
export function imageIndex(products: Iterable<ProductReleases>): Map<string, string> {
  const index = new Map<string, string>();
  const sorted = [...products].sort((a, b) => (a.product < b.product ? -1 : a.product > b.product ? 1 : 0));
  for (const p of sorted) for (const image of p.images ?? []) if (!index.has(image)) index.set(image, p.product);
  return index;
}

/** The product the release data names for an image (`registry/repository`, any alias or mirror). */
export function productOfImage(index: ReadonlyMap<string, string>, name: string): string | undefined {
  return index.get(canonicalImageName(name));
}
