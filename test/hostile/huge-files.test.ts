import { execFileSync } from 'node:child_process';
import { linkSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { check } from '../../src/check.js';
import { LIMITS } from '../../src/limits.js';
import { NOW, about, expectSane, link, locationsOf, put, scan, scratchDir, sparse } from './kit.js';

// A 2 GB lockfile in a pull request. It is made here as a sparse file (2 GB long, no disk blocks)
// and removed afterwards. Every path that can reach it (discovery, an extractor's sibling file,
// a -r include, the policy, an advisory folder, a bundle) must turn it down by its size, from
// the file's metadata, without reading it: memory stays where it was.

const GB2 = 2 * 1024 ** 3;


let root: string;
let huge: string;

beforeAll(() => {
  root = scratchDir();
  huge = join(root, 'huge.bin');
  sparse(huge, GB2);
  expect(statSync(huge).size).toBe(GB2);
});

/** Hard links give the one sparse file every name a case needs, at no cost. */
function hugeAt(rel: string): void {
  const abs = put(root, rel.replace(/[^/]+$/, '.keep'), '');
  linkSync(huge, join(abs, '..', rel.split('/').pop()!));
}

describe('a 2 GB file', () => {
  it('as a lockfile, a -r include, a go.sum, a compose .env and through a symlink: skipped by size, unread, memory flat', async () => {
    hugeAt('a/package-lock.json');
    hugeAt('b/pnpm-lock.yaml');
    hugeAt('c/requirements-big.txt');
    put(root, 'c/requirements.txt', 'requests==2.31.0\n-r requirements-big.txt\n');
    put(root, 'd/go.mod', 'module example.com/x\n\ngo 1.22\n\nrequire golang.org/x/net v0.17.0\n');
    hugeAt('d/go.sum');
    put(root, 'e/docker-compose.yml', 'services:\n  web:\n    image: "nginx:${TAG}"\n');
    hugeAt('e/.env');
    link(root, 'f/yarn.lock', '../huge.bin');
    put(root, 'g/package-lock.json', JSON.stringify({ lockfileVersion: 3, packages: { '': {}, 'node_modules/ws': { version: '8.17.0' } } }, null, 2));
    global.gc?.();
    const before = process.memoryUsage();
    const s = await scan(root);
    const after = process.memoryUsage();
    expectSane(s.report);
    const limit = `over the ${LIMITS.maxFileBytes}-byte limit`;
    for (const f of ['a/package-lock.json', 'b/pnpm-lock.yaml', 'f/yarn.lock']) {
      expect(about(s.report, f)).toEqual([expect.objectContaining({ level: 'warning', origin: 'discover', message: `${GB2} bytes, ${limit}; skipped` })]);
    }
    // Files an extractor asks for beside its own are refused by the same reader.
    expect(about(s.report, 'c/requirements.txt')).toEqual([
      expect.objectContaining({ line: 2, message: expect.stringContaining('could not be read') }),
    ]);
    expect(locationsOf(s.report, 'PyPI/requests@2.31.0')).toEqual(['c/requirements.txt:1']);
    expect(locationsOf(s.report, 'Go/golang.org/x/net@v0.17.0')).toEqual(['d/go.mod:5']);
    expect(locationsOf(s.report, 'npm/ws@8.17.0')).toEqual(['g/package-lock.json:5']);
    // Nothing near 2 GB was ever held: a read of the file would have shown here.
    expect((after.rss - before.rss) / 2 ** 20).toBeLessThan(256);
    expect((after.arrayBuffers - before.arrayBuffers) / 2 ** 20).toBeLessThan(256);
  });

  it('as the repository policy: refused by size with the limit named; nothing runs', async () => {
    const r2 = scratchDir();
    const abs = put(r2, '.github/.keep', '');
    linkSync(huge, join(abs, '..', 'patchwarden.yml'));
    const r = await check({ root: r2, now: NOW, cacheDir: false });
    expect(r.exitCode).toBe(2);
    expect(r.fatal).toEqual([expect.objectContaining({ file: '.github/patchwarden.yml', message: expect.stringMatching(new RegExp(`${GB2} bytes; the limit is \\d+`)) })]);
  });

  it('as an advisory record in a --db folder, as a bundle, and as a single --db record: skipped or refused, the run goes on', async () => {
    const db = scratchDir('pw-hostile-db-');
    linkSync(huge, join(db, 'GHSA-huge-huge-huge.json'));
    const bundle = join(scratchDir('pw-hostile-zip-'), 'all.zip');
    linkSync(huge, bundle);
    const single = join(scratchDir('pw-hostile-one-'), 'GHSA-one.json');
    linkSync(huge, single);
    const repo = scratchDir();
    put(repo, 'package-lock.json', JSON.stringify({ lockfileVersion: 3, packages: { '': {}, 'node_modules/ws': { version: '8.17.0' } } }, null, 2));
    const before = process.memoryUsage();
    const s = await scan(repo, { db: [db, bundle, single] });
    const after = process.memoryUsage();
    expectSane(s.report);
    // A source left with no record cannot serve: an error besides the skip.
    const servesNothing = expect.objectContaining({ level: 'error', message: expect.stringMatching(/^no OSV record in this advisory database; it looks like /) });
    expect(about(s.report, db)).toEqual([
      expect.objectContaining({ level: 'warning', message: expect.stringContaining(`over the ${LIMITS.advisoryMaxFileBytes}-byte limit per record`) }),
      servesNothing,
    ]);
    expect(about(s.report, bundle)).toEqual([expect.objectContaining({ level: 'error', message: expect.stringMatching(/^advisory bundle not read: /) })]);
    expect(about(s.report, single)).toEqual([
      expect.objectContaining({ level: 'warning', message: expect.stringContaining(`over the ${LIMITS.advisoryMaxFileBytes}-byte limit per record`) }),
      servesNothing,
    ]);
    expect(locationsOf(s.report, 'npm/ws@8.17.0')).toEqual(['package-lock.json:5']);
    expect((after.rss - before.rss) / 2 ** 20).toBeLessThan(256);
  });

  it('a FIFO named like a lockfile, and a symlink to one, cannot block the run', async () => {
    const r3 = scratchDir();
    execFileSync('mkfifo', [join(r3, 'package-lock.json')]);
    execFileSync('mkfifo', [join(r3, 'fifo')]);
    link(r3, 'sub/yarn.lock', '../fifo');
    const s = await scan(r3);
    expectSane(s.report);
    expect(s.report.components).toEqual([]);
    expect(about(s.report, 'sub/yarn.lock')).toEqual([expect.objectContaining({ message: expect.stringMatching(/other than a file; skipped/) })]);
  });
});
