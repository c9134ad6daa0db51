import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { trimmed } from '../../test/helpers/corpus.js';
import { matchKey } from '../model/names.js';
import type { LoadedAdvisories } from './db.js';
import { indexAhead } from './index-ahead.js';
import { loadOfflineAdvisories } from './osv-local.js';

// The index worker of a first run: the index it caches is the one the advise stage builds on
// its own thread, byte for byte, and whatever becomes of the worker (done, stopped at once, or
// given a damaged bundle) the advise stage answers as it does without it. The bundles are the
// trimmed real Go and RustSec exports; the size threshold is set to 0 so that they count as big.

const dir = mkdtempSync(join(tmpdir(), 'pw-index-ahead-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const fresh = (): string => join(dir, `cache-${n++}`);

const GO = trimmed('osv', 'Go', 'all.zip');
const CRATES = trimmed('osv', 'crates.io', 'all.zip');
const KEYS = new Set([matchKey('Go', 'golang.org/x/net'), matchKey('Go', 'github.com/gin-gonic/gin'), matchKey('crates.io', 'openssl'), matchKey('crates.io', 'hyper')]);
const view = (l: LoadedAdvisories): unknown => ({
  lookups: [...KEYS].map((k) => l.db.lookup(k.split(':')[0]!, k.slice(k.indexOf(':') + 1)).map((a) => `${a.id}@${a.modified ?? ''}`)),
  sources: l.sources,
  problems: l.problems,
});
// An index file less its header's time of building and the header's CRC-32.
const tables = (cache: string): string[] =>
  readdirSync(cache)
    .sort()
    .map((f) => readFileSync(join(cache, f)).subarray(0, -12).toString('latin1').replace(/"builtAtNs":"\d+"/, ''));

describe('building the indexes ahead, on a worker', () => {
  let onThread: { view: unknown; tables: string[] };
  beforeAll(async () => {
    const cache = fresh();
    const got = await loadOfflineAdvisories([GO, CRATES], undefined, { keys: KEYS, cacheDir: cache });
    onThread = { view: view(got), tables: tables(cache) };
    expect(got.db.lookup('Go', 'golang.org/x/net').length).toBeGreaterThan(10);
  });

  it('caches the same index files as the advise stage builds, which it then answers from', async () => {
    const cache = fresh();
    const ahead = indexAhead([GO, CRATES], cache, 0);
    expect(ahead).toBeDefined();
    await ahead!.done;
    expect(tables(cache)).toEqual(onThread.tables);
    expect(view(await loadOfflineAdvisories([GO, CRATES], undefined, { keys: KEYS, cacheDir: cache }))).toEqual(onThread.view);
    // Nothing left to build: no worker.
    expect(indexAhead([GO, CRATES], cache, 0)).toBeUndefined();
  });

  it('leaves bundles under the size threshold, and anything not a zip, to the advise stage', () => {
    const cache = fresh();
    expect(indexAhead([GO, CRATES], cache, 64 * 1024 * 1024)).toBeUndefined();
    expect(indexAhead([trimmed('osv', 'github-reviewed-sample')], cache, 0)).toBeUndefined();
  });

  it('changes no answer when the worker is stopped at once', async () => {
    const cache = fresh();
    const ahead = indexAhead([GO, CRATES], cache, 0)!;
    ahead.stop();
    await ahead.done;
    expect(view(await loadOfflineAdvisories([GO, CRATES], undefined, { keys: KEYS, cacheDir: cache }))).toEqual(onThread.view);
    expect(tables(cache)).toEqual(onThread.tables);
  });

  it('caches nothing for a damaged bundle, whose damage the advise stage then reports as it does without the worker', async () => {
    const bad = join(dir, 'bad.zip');
    writeFileSync(bad, Buffer.concat([readFileSync(CRATES).subarray(0, 4096), Buffer.from('cut here')]));
    const alone = await loadOfflineAdvisories([bad, GO], undefined, { keys: KEYS, cacheDir: fresh() });
    expect(alone.problems).toContainEqual(expect.objectContaining({ level: 'error', file: bad }));
    const cache = fresh();
    await indexAhead([bad, GO], cache, 0)!.done;
    expect(readdirSync(cache)).toHaveLength(1);
    expect(view(await loadOfflineAdvisories([bad, GO], undefined, { keys: KEYS, cacheDir: cache }))).toEqual(view(alone));
  });
});
