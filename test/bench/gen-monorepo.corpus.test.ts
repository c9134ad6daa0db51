import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FORMATS, generateMonorepo, loadPools } from '../../scripts/gen-monorepo.js';
import { discover } from '../../src/discover/index.js';
import { extractAll } from '../../src/extract/index.js';
import { EXTRACTORS } from '../../src/extract/registry.js';
import { SHARED_DATA } from '../helpers/shared.js';

// The benchmark's synthetic monorepo, generated small: deterministic, exactly the entries asked
// for, names from the real advisory data, and every lockfile read back by patchwarden's own
// extractors with as many entries as were written.

const dir = mkdtempSync(join(tmpdir(), 'pw-gen-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let pools: Awaited<ReturnType<typeof loadPools>>;
beforeAll(async () => {
  pools = await loadPools(SHARED_DATA);
});

const small = { seed: 7, files: 80, entries: 8_000 };

describe('gen-monorepo', () => {
  it('draws names from the advisory data of every ecosystem it writes', () => {
    for (const eco of ['npm', 'PyPI', 'Go', 'crates.io', 'RubyGems', 'Packagist']) expect(pools[eco]!.length).toBeGreaterThan(300);
    expect(pools.Go!.some((p) => p.name === 'golang.org/x/net')).toBe(true);
    expect(pools.PyPI!.find((p) => p.name === 'django')?.fixed.length).toBeGreaterThan(5);
  });

  it('writes the requested entries, the same bytes for the same seed, and a fraction as the first files', async () => {
    const a = await generateMonorepo({ ...small, out: join(dir, 'a') }, pools);
    const b = await generateMonorepo({ ...small, out: join(dir, 'b') }, pools);
    const q = await generateMonorepo({ ...small, out: join(dir, 'q'), fraction: 0.25 }, pools);
    expect(a.entries).toBe(8_000);
    expect(q.entries).toBe(2_000);
    expect(a.files).toEqual(b.files);
    expect(q.files).toEqual(a.files.slice(0, 20));
    for (const f of q.files) expect(readFileSync(join(dir, 'q', f.path), 'utf8')).toBe(readFileSync(join(dir, 'a', f.path), 'utf8'));
    expect(new Set(a.files.map((f) => f.format))).toEqual(new Set(Object.keys(FORMATS)));
  });

  it('is read back by the extractors, every entry of every format', async () => {
    const gen = await generateMonorepo({ ...small, out: join(dir, 'x') }, pools);
    const root = join(dir, 'x');
    const found = discover({ root, extractors: EXTRACTORS });
    const extracted = extractAll(root, found.files);
    const byPath = new Map(extracted.files.map((f) => [f.path, f.entries]));
    for (const f of gen.files) {
      // Cargo.lock also lists the workspace's own crate; go.mod's `go` line is the Go toolchain.
      const extra = f.format === 'cargo' || f.format === 'gomod' ? 1 : 0;
      expect([f.path, byPath.get(f.path)]).toEqual([f.path, f.entries + extra]);
    }
    expect(extracted.problems.filter((p) => p.level !== 'notice')).toEqual([]);
  });
});
