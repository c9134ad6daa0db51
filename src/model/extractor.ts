import type { Component, Problem } from './types.js';

/** One file handed to an extractor: its path relative to the scanned root and its text. */
export interface SourceFile {
  /** Relative to the scanned root, `/`-separated. */
  path: string;
  /** The file's text, BOM removed, line ends left as they are. */
  text: string;
}

/** What an extractor may ask of the repository beyond its own file. */
export interface ExtractContext {
  /**
   * Another file of the repository by path relative to the root (`/`-separated), e.g. a
   * `-r` include or a chart's Chart.yaml. Confined to the root, size-limited and symlink-safe;
   * undefined when the file is absent or refused.
   */
  readFile(path: string): string | undefined;
  /**
   * The distribution and release to assume for a package database with no os-release beside it
   * (`--distro debian:12`); absent when not given.
   */
  distro?: { distro: string; release?: string };
  /**
   * Helm values files to layer over their chart's values.yaml, in order, as `helm install -f`
   * would (`--helm-values`, the policy's `helm.values`); paths relative to the root.
   */
  helmValues?: readonly string[];
}

export interface ExtractResult {
  components: Component[];
  problems: Problem[];
}

/**
 * One extractor per file format, Renovate style: a folder under src/extract/ and one line in
 * the registry. `claims` decides on the path alone so discovery never reads unclaimed files.
 */
export interface Extractor {
  /** Stable id, used as the `origin` of its problems (`extract/<id>`) and in reports. */
  id: string;
  /** Human description for the README's format table and `--help`. */
  description: string;
  /** True when this extractor reads the file at this relative path. */
  claims(path: string): boolean;
  /**
   * Must not throw on bad input: anything it cannot read becomes a Problem with the file and,
   * where known, the line. A throw is still caught by the caller and reported as a bug.
   */
  extract(file: SourceFile, ctx: ExtractContext): ExtractResult;
}
