import { claim, walk } from './discover/index.js';
import type { DiscoveredFile, Exclusion, Walk } from './discover/index.js';
import { readRepoFile, resolveInRoot } from './discover/read.js';
import { extractAll } from './extract/index.js';
import { chartDirOf } from './extract/helm/layers.js';
import type { ExtractAllResult } from './extract/index.js';
import { EXTRACTORS } from './extract/registry.js';
import type { Component, Problem } from './model/types.js';

export interface InventoryOptions {
  /** Paths not to scan (folders are not entered, files not read), compiled by exclusion(). */
  exclude?: Exclusion;
  /** The distribution of a package database with no os-release beside it. */
  distro?: { distro: string; release?: string };
  /** Helm values files layered over their chart's values.yaml, in order (`--helm-values`, the policy's `helm.values`). */
  helmValues?: readonly string[];
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
  const extracted = extractAll(root, found.files, {
    ...(options.distro ? { distro: options.distro } : {}),
    ...(options.helmValues ? { helmValues: options.helmValues } : {}),
  });
  return { components: extracted.components, files: extracted.files, problems: [...found.problems, ...extracted.problems] };
}

/**
 * The Helm values files an install names (the policy's `helm.values`, then `--helm-values`), each
 * once, as `/`-separated paths below the root; and a problem for each that cannot serve: a file
 * the root does not hold, or one with no chart (a Chart.yaml at or above its folder) to layer on.
 * `from` says where each came from, for the message.
 */
export function helmValuesFiles(root: string, named: readonly { path: string; from: string }[]): { paths: string[]; problems: Problem[] } {
  const paths: string[] = [];
  const problems: Problem[] = [];
  const readable = (rel: string): { ok: true } | { ok: false; reason: string } => {
    const abs = resolveInRoot(root, rel);
    if (!abs) return { ok: false, reason: 'not below the scanned folder' };
    const r = readRepoFile(root, abs);
    return r.ok ? { ok: true } : { ok: false, reason: r.reason };
  };
  for (const { path, from } of named) {
    const rel = path.replace(/\\/g, '/').replace(/^(\.\/)+/, '');
    if (paths.includes(rel)) continue;
    const file = readable(rel);
    if (!file.ok) {
      problems.push({ level: 'error', origin: 'helm-values', file: rel, message: `${from}: values file ${path} cannot be read (${file.reason}); paths are relative to the scanned folder` });
      continue;
    }
    const chart = chartDirOf(rel, { readFile: (path) => (readable(path).ok ? '' : undefined) }) !== undefined;
    if (!chart) {
      problems.push({ level: 'error', origin: 'helm-values', file: rel, message: `${from}: values file ${path} is in no chart (no Chart.yaml in its folder or above); it cannot be layered` });
      continue;
    }
    paths.push(rel);
  }
  return { paths, problems };
}
