import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT, SHARED_DATA } from './shared.js';

// Real public data trimmed into the repository for the default suite: test/corpus/ keeps the
// shared corpus's layout (repos/<owner>__<name>@<sha10>/<path>, osv/<ecosystem>/all.zip, kev/,
// endoflife/) with only the files and advisory records the unit tests use. Each folder's
// PROVENANCE.md names the source repository, commit and licence.
export const TRIMMED = join(REPO_ROOT, 'test', 'corpus');

export function trimmed(...parts: string[]): string {
  const p = join(TRIMMED, ...parts);
  if (!existsSync(p)) throw new Error(`trimmed corpus file missing: ${p}`);
  return p;
}

/**
 * Where the fuzzer and the hostile catalogue take their real seed files from: the trimmed copies
 * in the default suite (or when the shared corpus is absent), the whole shared corpus otherwise.
 */
export const SEED_DATA = process.env.PW_TEST_SUITE === 'default' || !existsSync(SHARED_DATA) ? TRIMMED : SHARED_DATA;
