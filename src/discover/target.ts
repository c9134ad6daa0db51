import { basename, dirname } from 'node:path';
import { statSync } from 'node:fs';
import { LIMITS } from '../limits.js';
import type { Problem } from '../model/types.js';
import type { DiscoveredFile } from './index.js';
import { realRoot } from './read.js';

// What a scan path names. A folder is walked; a single lockfile or manifest is scanned as that
// file (as Trivy's `fs` does), with its folder as the root its locations are relative to; a path
// that does not exist is a usage error, said with the path, never a stack trace.

/** Anything that claims paths: the extractors, seen from below their stage. */
interface Claimant {
  claims(path: string): boolean;
}

export type ScanTarget<E extends Claimant> =
  | { root: string; file?: Omit<DiscoveredFile, 'extractor'> & { extractor: E }; problem?: undefined }
  | { root?: undefined; problem: Problem };

export function scanTarget<E extends Claimant>(path: string, extractors: readonly E[]): ScanTarget<E> {
  let st;
  try {
    st = statSync(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'does not exist' : `cannot be read (${code ?? String(err)})`;
    return { problem: { level: 'error', origin: 'discover', file: path, message: `the scan path ${why}; expected a repository folder or one lockfile or manifest` } };
  }
  if (st.isDirectory()) return { root: realRoot(path) };
  if (!st.isFile()) return { problem: { level: 'error', origin: 'discover', file: path, message: 'the scan path is neither a folder nor a file' } };
  const real = realRoot(path);
  const root = dirname(real);
  const name = basename(real);
  const extractor = extractors.find((e) => e.claims(name));
  if (!extractor) {
    return { problem: { level: 'error', origin: 'discover', file: path, message: 'no extractor reads this file: expected a folder, or a lockfile or manifest such as package-lock.json, go.mod or Cargo.lock' } };
  }
  if (st.size > LIMITS.maxFileBytes) {
    return { problem: { level: 'error', origin: 'discover', file: path, message: `${st.size} bytes, over the ${LIMITS.maxFileBytes}-byte limit` } };
  }
  return { root, file: { path: name, abs: real, size: st.size, extractor } };
}
