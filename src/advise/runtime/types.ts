import type { Advisory } from '../../model/types.js';

// Release data for runtime images, in the shape patchwarden keeps it whatever format it was read
// from (endoflife.date's product pages, its release-data repository, its API v1).

/** One release cycle of a product (endoflife.date's `releaseCycle`). */
export interface ReleaseCycle {
  /** `1.25`, `16`, `22.04`, `3.19`. */
  cycle: string;
  /** Lowercase first word of the codename (`bookworm`, `jammy`), where the product has one. */
  codename?: string;
  /** YYYY-MM-DD. */
  releaseDate?: string;
  /** End of life: a YYYY-MM-DD date (past or future), true when ended on an unknown date, false when no end is announced. */
  eol: string | boolean;
  /** Newest version in the cycle, as the source says. */
  latest?: string;
  /** YYYY-MM-DD. */
  latestReleaseDate?: string;
}

export interface ProductReleases {
  /** endoflife.date product id (`nginx`, `postgresql`, `nodejs`). */
  product: string;
  cycles: ReleaseCycle[];
  /** Every known version of the product and its release date (YYYY-MM-DD) where known. */
  versions: Map<string, string | undefined>;
  /** Files (or zip entries) the data was read from, for the report. */
  sources: string[];
  /**
   * Images that run the product, from the `pkg:docker/...` purls among its `identifiers`, as
   * canonical names (model/image-names.ts): how an image maps to a product with no code change.
   */
  images?: string[];
  /**
   * GitHub repositories (`owner/repo`, lowercase) whose releases are the product's, from the page:
   * its `pkg:github/...` identifiers, the release methods its data is gathered by, and a
   * changelog template that links the repository's releases. How a Renovate `github-releases`
   * pin maps to a product with no code change.
   */
  repositories?: ProductRepository[];
}

export interface ProductRepository {
  /** `nginx/nginx`, lowercase. */
  repo: string;
  /** Where the page names it, strongest first when two products name one repository. */
  via: 'identifier' | 'release-method' | 'changelog';
}

/** A Node.js security working group `vuln/core/<n>.json` record, with the ranges it matches by. */
export interface NodeCoreVulnerability {
  advisory: Advisory;
  /** node-semver range of affected Node.js versions. */
  vulnerable: string;
  /** node-semver range of fixed versions ('' when there is none). */
  patched: string;
  /** `affectedEnvironments` (`all`, `win32`, ...). */
  environments: string[];
}

export interface RuntimeData {
  products: Map<string, ProductReleases>;
  nodeVulnerabilities: NodeCoreVulnerability[];
}

export function emptyRuntimeData(): RuntimeData {
  return { products: new Map(), nodeVulnerabilities: [] };
}
