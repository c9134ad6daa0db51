import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// The shared corpus of real public data stands beside the repository (../shared/data); the
// corpus suite (`*.corpus.test.ts`) reads it in place and never copies it into the project. The
// default suite must run on a fresh clone, so it may not read it: its tests use the trimmed
// copies under test/corpus/ (see corpus.ts).
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SHARED_DATA = resolve(REPO_ROOT, '..', 'shared', 'data');

export function shared(...parts: string[]): string {
  if (process.env.PW_TEST_SUITE === 'default') throw new Error(`the default suite reads only the repository; ${join(...parts)} is in the shared corpus (use test/corpus/ or a *.corpus.test.ts file)`);
  const p = join(SHARED_DATA, ...parts);
  if (!existsSync(p)) throw new Error(`shared corpus file missing: ${p}`);
  return p;
}

/** Every file below `dir`, depth first in directory order: the corpus tests' one walk. */
export function filesUnder(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) filesUnder(p, out);
    else out.push(p);
  }
  return out;
}
