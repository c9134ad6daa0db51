// Writes the report digests the corpus test compares with, using the engine of the checkout
// given (the branch's starting commit, for "before"):
//
//   npx tsx test/perf/gen-digests.ts CHECKOUT_ROOT SHARED_DATA > test/perf/report-digests.json
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DB_PARTS, NOW, reportDigest, repositories } from './digest.js';

const [root, dataArg] = process.argv.slice(2);
if (!root || !dataArg) throw new Error('usage: gen-digests CHECKOUT_ROOT SHARED_DATA');
const data = resolve(dataArg);
const { check } = (await import(pathToFileURL(join(resolve(root), 'src', 'check.ts')).href)) as typeof import('../../src/check.js');
const { renderJson } = (await import(pathToFileURL(join(resolve(root), 'src', 'report', 'json.ts')).href)) as typeof import('../../src/report/json.js');
const db = DB_PARTS.map((p) => join(data, ...p));
const out: Record<string, string> = {};
const cache = mkdtempSync(join(tmpdir(), 'pw-digests-'));
try {
  for (const repo of ['.', ...repositories(data)]) {
    const result = await check({ root: join(data, 'repos', repo), db, now: NOW, cacheDir: false });
    if (!result.report) throw new Error(`no report for ${repo}`);
    out[repo] = reportDigest(renderJson(result.report), data);
  }
} finally {
  rmSync(cache, { recursive: true, force: true });
}
process.stdout.write(JSON.stringify(out, null, 2) + '\n');
