import { createHash } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { SHARED_DATA, shared } from '../helpers/shared.js';

// The JSON report of every shared repository, checked with fixed inputs (every OSV bundle, the
// GitHub sample, KEV, runtime release data and the Node.js security WG's records, a fixed now,
// no cache, no network), reduced to one sha256 each. The digests in report-digests.json were
// made by this kit from the engine as it stood before the stages were re-laid
// (`npx tsx test/e2e/report-digests-kit.ts <that checkout>/src > test/e2e/report-digests.json`),
// so a change of layout that changes a single byte of any report shows up as a changed digest.

export const DIGEST_NOW = new Date('2026-11-24T00:00:00Z');

interface DigestOptions {
  root: string;
  db: string[];
  kev: string;
  releases: string;
  nodejsSecurityWg: string;
  now: Date;
  cacheDir: false;
}
type CheckFn = (opts: DigestOptions) => Promise<{ report?: unknown; exitCode: number }>;
type RenderFn = (report: never) => string;

export function corpusRepositories(): string[] {
  const dir = shared('repos');
  return readdirSync(dir)
    .filter((d) => statSync(join(dir, d)).isDirectory())
    .sort();
}

/** sha256 of each repository's JSON report, with the corpus's absolute location replaced by `<shared>`. */
export async function reportDigests(check: CheckFn, renderJson: RenderFn): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const repo of corpusRepositories()) {
    const result = await check({
      root: shared('repos', repo),
      db: [...['Go', 'PyPI', 'crates.io'].map((e) => shared('osv', e, 'all.zip')), shared('osv', 'github-reviewed-sample')],
      kev: shared('kev', 'known_exploited_vulnerabilities.json'),
      releases: shared('endoflife'),
      nodejsSecurityWg: shared('advisories-native', 'nodejs-security-wg', 'vuln.zip'),
      now: DIGEST_NOW,
      cacheDir: false,
    });
    if (!result.report) throw new Error(`${repo}: no report (exit ${result.exitCode})`);
    const text = renderJson(result.report as never).split(SHARED_DATA).join('<shared>');
    out[repo] = `${result.exitCode}:${createHash('sha256').update(text).digest('hex')}`;
  }
  return out;
}

/** From the command line: the digests of the engine under the given src/ folder, as JSON. */
async function main(src: string): Promise<void> {
  const { check } = (await import(pathToFileURL(join(src, 'check.ts')).href)) as { check: CheckFn };
  const { renderJson } = (await import(pathToFileURL(join(src, 'report', 'json.ts')).href)) as { renderJson: RenderFn };
  process.stdout.write(JSON.stringify(await reportDigests(check, renderJson), null, 2) + '\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const src = process.argv[2];
  if (!src) throw new Error('usage: tsx test/e2e/report-digests-kit.ts SRC_DIR');
  await main(src);
}
