import { claim, walk } from './discover/index.js';
import type { DiscoveredFile, Exclusion, Walk } from './discover/index.js';
import { extractAll } from './extract/index.js';
import type { ExtractAllResult } from './extract/index.js';
import { EXTRACTORS } from './extract/registry.js';
import type { Component, Problem } from './model/types.js';

export interface InventoryOptions {
  /** Paths not to scan (folders are not entered, files not read), compiled by exclusion(). */
  exclude?: Exclusion;
  /** The distribution of a package database with no os-release beside it. */
  distro?: { distro: string; release?: string };
  /** Read only this file (a single lockfile or manifest given as the scan path), not the tree. */
  only?: DiscoveredFile;
}

export interface Inventory {
  components: Component[];
  /** Files read, with how many component entries each gave. */
  files: ExtractAllResult['files'];
  /** Discovery's and the extractors' problems, in that order. */
  problems: Problem[];
}

/**
 * What a tree holds: discover, then extract. The one way to list a tree's components, for a run
 * and for a pull request's base alike. `root` must be real (realRoot()).
 */
export function inventory(root: string, options: InventoryOptions = {}): Inventory {
  return inventoryOf(options.only ? undefined : walk({ root, ...(options.exclude ? { exclude: options.exclude } : {}) }), root, options);
}

/** inventory() of a tree already walked (undefined with `only`, which is read instead). */
export function inventoryOf(walked: Walk | undefined, root: string, options: InventoryOptions = {}): Inventory {
  const found = options.only || !walked ? { files: options.only ? [options.only] : [], problems: [] } : claim(walked, EXTRACTORS);
  const extracted = extractAll(root, found.files, options.distro ? { distro: options.distro } : {});
  return { components: extracted.components, files: extracted.files, problems: [...found.problems, ...extracted.problems] };
}
