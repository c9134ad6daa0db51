import type { Extractor } from './types.js';
import { npmLock } from './npm/index.js';

/**
 * Every file format patchwarden reads, one line each. Discovery hands a file to the first
 * extractor that claims it, so more specific claims come first.
 */
export const EXTRACTORS: readonly Extractor[] = [
  npmLock,
];
