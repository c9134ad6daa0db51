import { createHash } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

// What the corpus test of report identity compares: the JSON report (the CLI's `--format json`
// text) of each shared repository, as a SHA-256. Two fields depend on the machine, not on the
// engine, and are normalised first: absolute paths of the shared data (the corpus can stand
// anywhere) and each source's `fetched`, the bundle file's modification time.

export const NOW = new Date('2026-11-24T00:00:00Z');
export const DB_PARTS = [['osv', 'Go', 'all.zip'], ['osv', 'PyPI', 'all.zip'], ['osv', 'crates.io', 'all.zip'], ['osv', 'github-reviewed-sample']];

export function repositories(data: string): string[] {
  const repos = join(data, 'repos');
  return readdirSync(repos)
    .filter((d) => statSync(join(repos, d)).isDirectory())
    .sort();
}

export function reportDigest(json: string, data: string): string {
  const normal = json.split(data).join('<shared-data>').replace(/"fetched": "[^"]*"/g, '"fetched": "<mtime>"');
  return createHash('sha256').update(normal).digest('hex');
}
