import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './shared.js';

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
