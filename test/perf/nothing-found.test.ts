import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check, nothingFound, nothingToAsk } from '../../src/check.js';
import type { CheckOptions } from '../../src/check.js';
import type { LiveOptions } from '../../src/advise/live/index.js';
import { liveOptionsFrom } from '../../src/advise/live/options.js';
import { claim, exclusion, walk } from '../../src/discover/index.js';
import { realRoot } from '../../src/discover/read.js';
import { judge } from '../../src/engine.js';
import { inventoryOf } from '../../src/inventory.js';
import { listBuiltins } from '../../src/evaluate/policy/builtins.js';
import { loadPolicy } from '../../src/evaluate/policy/load.js';
import { LIMITS } from '../../src/limits.js';
import { REPO_ROOT } from '../helpers/shared.js';
import { tempDir } from '../helpers/tmp.js';

// check() answers a run with nothing to read (a walk that met no file, no advisory file; offline
// or online) without loading the engine: the action's start-up with nothing to do.
// That answer must be the one the engine gives, for every policy and every note discovery takes
// on the way (excluded folders, folders too deep to enter); here both are computed and compared.

const NOW = new Date('2027-02-01T00:00:00Z');
// The example's own policy (scopes, owners, an exception that expired on 2026-12-31): the
// evaluation of an empty inventory still reports the policy's exceptions.
const EXAMPLE_POLICY = join(REPO_ROOT, 'examples', 'chat-platform', '.github', 'patchwarden.yml');

function trees(): Record<string, { root: string; exclude?: string[] }> {
  const base = tempDir('pw-nothing-found-');
  const empty = join(base, 'empty');
  mkdirSync(empty);
  // Folders only: what discovery skips (node_modules, .git), an excluded folder, and a chain
  // deeper than discovery enters.
  const folders = join(base, 'folders');
  for (const d of ['node_modules/left-pad', '.git/objects', 'vendor/pkg', 'src/empty']) mkdirSync(join(folders, d), { recursive: true });
  mkdirSync(join(folders, ...Array.from({ length: LIMITS.maxDepth + 2 }, (_, i) => `d${i}`)), { recursive: true });
  return { empty: { root: empty }, folders: { root: folders, exclude: ['vendor/**'] } };
}

describe('a run with nothing to read and no one to ask', () => {
  const cases = trees();
  const policies = [...listBuiltins().map((b) => b.ref), EXAMPLE_POLICY];

  // Online, every live source at a closed port: a request would fail and its problem would
  // differ from the answer without the engine.
  const closed = 'http://127.0.0.1:9';
  const urls = { osvApiUrl: closed, kevUrl: closed, epssUrl: closed, epssCsvUrl: closed, endoflifeUrl: closed };
  const modes: Record<string, LiveOptions | undefined> = {
    offline: undefined,
    online: liveOptionsFrom({ ...urls, cacheDir: tempDir('pw-nothing-found-cache-') }).options,
    'online, OSV API disabled': { ...liveOptionsFrom({ ...urls }).options, disabled: ['osv-api'] },
  };

  for (const [name, tree] of Object.entries(cases)) for (const [mode, live] of Object.entries(modes)) {
    it.each(policies.map((p) => [p] as const))(`${name}, ${mode}: the answer without the engine is the engine's (%s)`, async (spec) => {
      const root = realRoot(tree.root);
      const exclude = tree.exclude ? exclusion(tree.exclude).exclude : undefined;
      const opts: CheckOptions = { root, now: NOW, policy: spec, db: [], cacheDir: false, ...(exclude ? { exclude } : {}), ...(live ? { live } : {}) };
      const policy = loadPolicy({ spec, root }).policy!;
      const walked = walk({ root, ...(exclude ? { exclude } : {}) });
      expect(nothingToAsk(opts, walked)).toBe(true);
      // The engine skips the extractors too for a walk with no file: what they would have said.
      expect(inventoryOf(walked, root)).toStrictEqual({ components: [], files: [], problems: claim(walked, []).problems });
      const fast = nothingFound(opts, policy, walked);
      if (mode === 'online') expect(fast.sources).toEqual([{ kind: 'osv-api', path: closed, records: 0 }]);
      // The engine's product resolver is a function of its release data; with no component nothing asks it.
      const { productOf, ...engine } = await judge(opts, root, policy, walked, undefined);
      expect(typeof productOf).toBe('function');
      expect(fast).toStrictEqual(engine);
      if (spec === EXAMPLE_POLICY) expect(fast.evaluated.exceptions.length).toBeGreaterThan(0);
      if (name === 'folders') {
        const said = fast.problems.map((p) => p.message);
        expect(said).toContain('not scanned, excluded by vendor/**: 1 folder(s)');
        expect(said).toContain(`deeper than ${LIMITS.maxDepth} folders; not scanned`);
      }
    });
  }

  it('is a report like any other: check() gives the empty folder its coverage, gate and policy', async () => {
    const got = await check({ root: cases.empty!.root, now: NOW, cacheDir: false });
    expect(got.exitCode).toBe(0);
    expect(got.report?.policy.name).toBe('baseline');
    expect(got.report?.summary.gate).toBe('incomplete');
    expect(got.report?.problems.map((p) => p.message)).toEqual(['nothing was checked: the scan found no component (is this the right folder, or are its files excluded?)']);
  });

  it('is not taken when a source could answer, or when the walk met a file', () => {
    const root = realRoot(cases.empty!.root);
    const walked = walk({ root });
    const base: CheckOptions = { root, now: NOW };
    // Live sources alone are not a reason: with nothing found they have nothing to be asked.
    expect(nothingToAsk({ ...base, live: {} }, walked)).toBe(true);
    for (const extra of [{ db: ['x'] }, { kev: 'kev.json' }, { epss: 'epss.csv' }, { releases: 'releases' }, { nodejsSecurityWg: 'wg' }] as Partial<CheckOptions>[]) {
      expect(nothingToAsk({ ...base, ...extra }, walked), JSON.stringify(extra)).toBe(false);
    }
    const withFile = walk({ root: realRoot(join(REPO_ROOT, 'examples', 'chat-platform', 'service')) });
    expect(nothingToAsk(base, withFile)).toBe(false);
  });
});
