import type { Problem } from '../../../model/types.js';
import type { PathSegment } from '../locate.js';
import type { SourceMap } from '../schema.js';
import type { PolicyMetadata, PolicySettings } from '../types.js';

/**
 * One schema generation. The loader reads `apiVersion` first and hands the document to the reader
 * for it; each reader validates against its own schema and returns the version-independent layer
 * that merging and evaluation work on. A `patchwarden/v2` reader is added beside v1 here, and a
 * v2 file can extend a v1 built-in because both become layers.
 */
export interface PolicyVersionReader {
  apiVersion: string;
  schemaFile(): string;
  read(value: unknown, src: SourceMap): { layer?: PolicyLayer; problems: Problem[] };
}

export interface ExtendsRef {
  ref: string;
  /** Where the reference is written, for located errors. */
  path: PathSegment[];
}

export interface PolicyLayer {
  apiVersion: string;
  metadata: PolicyMetadata;
  extends: ExtendsRef[];
  settings: PolicySettings;
}
