import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { check } from '../../src/check.js';
import { renderJson } from '../../src/report/json.js';
import { SHARED_DATA } from '../helpers/shared.js';
import { DB_PARTS, NOW, reportDigest, repositories } from './digest.js';

// Reports stay byte-identical through the advisory index's changes: the JSON report of every
// shared repository (and of all of them at once) with every shared bundle, without a cache, with
// a cache being filled and with it warm, has the digest the engine at the branch's starting
// commit gave (report-digests.json, written by gen-digests.ts from that commit's checkout).

const before = JSON.parse(readFileSync(new URL('./report-digests.json', import.meta.url), 'utf8')) as Record<string, string>;
const db = DB_PARTS.map((p) => join(SHARED_DATA, ...p));
const cache = mkdtempSync(join(tmpdir(), 'pw-identity-'));
afterAll(() => rmSync(cache, { recursive: true, force: true }));

async function digest(repo: string, cacheDir: string | false): Promise<string> {
  const result = await check({ root: join(SHARED_DATA, 'repos', repo), db, now: NOW, cacheDir });
  return reportDigest(renderJson(result.report!), SHARED_DATA);
}

describe('JSON reports of the shared corpus, before and after', () => {
  const repos = ['.', ...repositories(SHARED_DATA)];
  it('cover every repository the digests were taken of', () => {
    expect(repos).toEqual(Object.keys(before));
  });
  for (const [label, cacheDir] of [
    ['without a cache', false],
    ['with the cache being filled, then warm', cache],
  ] as const) {
    it(`are the same ${label}`, async () => {
      const got: Record<string, string> = {};
      for (const repo of repos) got[repo] = await digest(repo, cacheDir);
      expect(got).toEqual(before);
      if (cacheDir) {
        // The cache now holds every bundle's index: the same again, read from it.
        const warm: Record<string, string> = {};
        for (const repo of repos) warm[repo] = await digest(repo, cacheDir);
        expect(warm).toEqual(before);
      }
    }, 600_000);
  }
});
