import { lookupDataImage } from '../../model/catalogue.js';
import { canonicalImageName } from '../../model/image-names.js';
import type { ImageInfo } from '../../model/types.js';
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

/** Image repository -> product as a policy's `images:` map writes it, under canonical names. */
export function policyImageIndex(images: Readonly<Record<string, string>> | undefined): Map<string, string> {
  return new Map(Object.entries(images ?? {}).map(([name, product]) => [canonicalImageName(name), product]));
}

/**
 * The product an image runs and the version its tag names: the policy's `images:` map first (a
 * team's word about its own mirrors), then the catalogue's answer made at extraction (it knows
 * the tag grammars), then the release data's identifiers.
 */
export function resolveImage(
  image: ImageInfo,
  name: string,
  index: ReadonlyMap<string, string>,
  policy: ReadonlyMap<string, string>,
): Pick<ImageInfo, 'product' | 'productVersion'> {
  const canonical = canonicalImageName(name);
  const product = policy.get(canonical) ?? image.product ?? index.get(canonical);
  if (product === undefined) return {};
  if (product === image.product) return image.productVersion === undefined ? { product } : { product, productVersion: image.productVersion };
  const version = lookupDataImage(product, image.tag).productVersion;
  return version === undefined ? { product } : { product, productVersion: version };
}
