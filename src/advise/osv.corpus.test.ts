import { describe, expect, it } from 'vitest';
import { shared } from '../../test/helpers/shared.js';
import { loadOfflineAdvisories } from './osv-local.js';

describe('loading the real offline bundles', () => {
  it('reads every record of the Go, PyPI and crates.io all.zip bundles and the GitHub sample folder', async () => {
    const paths = ['Go', 'PyPI', 'crates.io'].map((e) => shared('osv', e, 'all.zip'));
    paths.push(shared('osv/github-reviewed-sample'));
    const loaded = await loadOfflineAdvisories(paths);
    const counts = Object.fromEntries(loaded.sources.map((s) => [s.path.split('/').slice(-2).join('/'), s.records]));
    const skipped = (path: string): number =>
      loaded.problems
        .filter((p) => p.file === path)
        .reduce((n, p) => n + Number(/^(\d+) record/.exec(p.message)?.[1] ?? 0), 0);
    // The shared README gives the record counts per bundle; every record is loaded or skipped with a reason.
    expect(counts['Go/all.zip']! + skipped(paths[0]!)).toBe(4291);
    expect(counts['PyPI/all.zip']! + skipped(paths[1]!)).toBe(2661);
    expect(counts['crates.io/all.zip']! + skipped(paths[2]!)).toBe(1206);
    expect(counts['osv/github-reviewed-sample']).toBe(19);
    expect(loaded.problems.filter((p) => p.level === 'error')).toEqual([]);
    expect(loaded.db.lookup('npm', 'ws').map((a) => a.id)).toEqual(['GHSA-3h5v-q93c-6h6q']);
    expect(loaded.db.lookup('npm', 'axios').map((a) => a.id)).toEqual(['GHSA-8hc4-vh64-cxmj']);
  });
});
