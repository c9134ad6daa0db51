import type { Component, RuntimeInfo } from '../../model/types.js';
import { imageIndex, policyImageIndex, resolveImage } from './images.js';
import type { ProductReleases, ProductRepository, RuntimeData } from './types.js';

// GitHub repository -> product from the release data itself, the way images map by their
// `pkg:docker` identifiers: a Renovate `github-releases` pin (`depName=nginx/nginx`) is judged on
// the clock of the product whose endoflife.date page names that repository.

const STRENGTH: Record<ProductRepository['via'], number> = { identifier: 0, 'release-method': 1, changelog: 2 };

/**
 * Lowercase `owner/repo` -> endoflife.date product. Where two products name one repository, the
 * stronger mention wins (an identifier over a release method over a changelog link), then the
 * first product id, so the answer does not depend on the order files were read in.
 */
export function repositoryIndex(products: Iterable<ProductReleases>): Map<string, string> {
  const best = new Map<string, { product: string; strength: number }>();
  for (const p of products) {
    for (const r of p.repositories ?? []) {
      const strength = STRENGTH[r.via];
      const have = best.get(r.repo);
      if (!have || strength < have.strength || (strength === have.strength && p.product < have.product)) best.set(r.repo, { product: p.product, strength });
    }
  }
  return new Map([...best].map(([repo, b]) => [repo, b.product]));
}

/** The product a runtime pin names, or the one whose page names the repository it follows. */
export function pinProduct(rt: RuntimeInfo, repositories: ReadonlyMap<string, string>): string | undefined {
  return rt.product ?? (rt.repository !== undefined ? repositories.get(rt.repository) : undefined);
}

/**
 * The product each image or runtime pin is judged as (the policy's `images:`, the catalogue, the
 * release data's identifiers and repositories): one lookup for the endoflife.date API (what to
 * ask), the runtime findings and the coverage model (what was judged).
 */
export function runtimeProductResolver(data: Pick<RuntimeData, 'products'>, policyImages?: Readonly<Record<string, string>>): (c: Component) => string | undefined {
  const index = imageIndex(data.products.values());
  const byPolicy = policyImageIndex(policyImages);
  const repositories = repositoryIndex(data.products.values());
  return (c) => {
    if (c.image) return resolveImage(c.image, c.name, index, byPolicy).product;
    return c.runtime ? pinProduct(c.runtime, repositories) : undefined;
  };
}
