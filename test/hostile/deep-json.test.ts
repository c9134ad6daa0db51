import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/limits.js';
import { REPO_ROOT } from '../helpers/shared.js';
import { about, expectSane, findingKeys, locationsOf, put, scan, scratchDir } from './kit.js';
import { timed } from './yaml-kit.js';

// 100,000 levels of JSON nesting: V8's JSON.parse copes (it keeps its own stack), but anything
// that recurses per level (a position-aware parser, a tree walk, a serializer) runs out of stack.
// A deep value inside an otherwise honest file must not cost the honest entries; an unreadable
// file gets a located error; nothing throws out of an extractor.


const DEPTH = 100_000;
const deepArray = (): string => `${'['.repeat(DEPTH)}${']'.repeat(DEPTH)}`;
const deepObject = (): string => `${'{"a":'.repeat(DEPTH)}1${'}'.repeat(DEPTH)}`;
/** Opened and never closed: invalid JSON whose error a parser has to locate 100,000 levels down. */
const deepUnclosed = (): string => '['.repeat(DEPTH);

const EXAMPLE = join(REPO_ROOT, 'examples', 'chat-platform');
const WS_ADVISORY = join(EXAMPLE, 'advisories', 'GHSA-3h5v-q93c-6h6q.json');

/** A v3 package-lock with ws@8.17.0 (line 10) and a deep value inside another entry. */
function packageLock(deep: string): string {
  return [
    '{',
    '  "name": "svc",',
    '  "lockfileVersion": 3,',
    '  "requires": true,',
    '  "packages": {',
    '    "": { "dependencies": { "ws": "8.17.0" } },',
    `    "node_modules/deep": { "version": "1.0.0", "x": ${deep} },`,
    '    "node_modules/left-pad": {',
    '      "version": "1.3.0" },',
    '    "node_modules/ws": {',
    '      "version": "8.17.0"',
    '    }',
    '  }',
    '}',
    '',
  ].join('\n');
}

/** A composer.lock with guzzlehttp/guzzle 7.4.4 (line 5) and a deep `extra` in a second package. */
function composerLock(deep: string): string {
  return [
    '{',
    '    "content-hash": "0",',
    '    "packages": [',
    '        {',
    '            "name": "guzzlehttp/guzzle",',
    '            "version": "7.4.4",',
    '            "type": "library"',
    '        },',
    `        { "name": "acme/deep", "version": "1.0.0", "extra": ${deep} }`,
    '    ],',
    '    "packages-dev": []',
    '}',
    '',
  ].join('\n');
}

describe('100,000-deep JSON', () => {
  it('package-lock.json and composer.lock: a deep value costs nothing to the entries around it', async () => {
    const root = scratchDir();
    put(root, 'a/package-lock.json', packageLock(deepArray()));
    put(root, 'b/package-lock.json', packageLock(deepObject()));
    put(root, 'c/composer.lock', composerLock(deepArray()));
    put(root, 'd/composer.lock', composerLock(deepObject()));
    const { value: s, ms } = await timed(() => scan(root));
    expectSane(s.report);
    for (const dir of ['a', 'b']) {
      expect(locationsOf(s.report, 'npm/ws@8.17.0')).toContain(`${dir}/package-lock.json:10`);
      expect(locationsOf(s.report, 'npm/left-pad@1.3.0')).toContain(`${dir}/package-lock.json:8`);
    }
    for (const dir of ['c', 'd']) expect(locationsOf(s.report, 'Packagist/guzzlehttp/guzzle@7.4.4')).toContain(`${dir}/composer.lock:5`);
    expect(ms).toBeLessThan(20_000);
  });

  it('bun.lock: jsonc-parser recurses per level, so the file is refused at the line where nesting passes the limit', async () => {
    const root = scratchDir();
    put(root, 'bun.lock', `{\n  "lockfileVersion": 1,\n  "workspaces": {},\n  "packages": {\n    "x": ["x@1.0.0", "", {}, ${deepArray()}],\n  }\n}\n`);
    put(root, 'svc/package-lock.json', packageLock('0'));
    const s = await scan(root);
    expectSane(s.report);
    expect(about(s.report, 'bun.lock')).toEqual([
      expect.objectContaining({ level: 'error', line: 5, message: `nested too deeply to read (over ${LIMITS.maxNestingDepth} levels from this line)` }),
    ]);
    expect(locationsOf(s.report, 'npm/ws@8.17.0')).toEqual(['svc/package-lock.json:10']);
  });

  // Locating a JSON syntax error re-parses with jsonc-parser, which recurses once per level;
  // util.ts's jsonErrorAt turns the stack overflow into a plain located error.
  it('invalid deep JSON in package-lock.json, composer.lock and packages.lock.json: a located error, no throw', async () => {
    const root = scratchDir();
    for (const f of ['package-lock.json', 'composer.lock', 'packages.lock.json']) put(root, f, `{"lockfileVersion": 3, "packages": ${deepUnclosed()}`);
    const s = await scan(root);
    expectSane(s.report);
    for (const f of ['package-lock.json', 'composer.lock', 'packages.lock.json']) {
      expect(about(s.report, f)).toContainEqual(expect.objectContaining({ level: 'error', line: 1 }));
    }
  });

  it('an OSV record nested 100,000 deep in a --db folder: read or skipped with a reason; the other records still match', async () => {
    const root = scratchDir();
    put(root, 'service/package-lock.json', readFileSync(join(EXAMPLE, 'service', 'package-lock.json')));
    const db = scratchDir('pw-hostile-db-');
    mkdirSync(join(db, 'real'));
    copyFileSync(WS_ADVISORY, join(db, 'real', 'GHSA-3h5v-q93c-6h6q.json'));
    put(db, 'hostile/GHSA-deep-deep-deep.json', `{"id":"GHSA-deep-deep-deep","modified":"2024-06-01T00:00:00Z","database_specific":${deepObject()},"affected":[{"package":{"ecosystem":"npm","name":"ws"},"ranges":[{"type":"ECOSYSTEM","events":[{"introduced":"0"},{"fixed":"1.0.0"}]}]}]}`);
    put(db, 'hostile/GHSA-deep-ranges.json', `{"id":"GHSA-deep-ranges","modified":"2024-06-01T00:00:00Z","affected":[{"package":{"ecosystem":"npm","name":"ws"},"ranges":${deepArray()}}]}`);
    put(db, 'hostile/GHSA-unclosed.json', `{"id":"GHSA-unclosed","affected":${deepUnclosed()}`);
    const { value: s, ms } = await timed(() => scan(root, { db: [db] }));
    expectSane(s.report);
    expect(findingKeys(s.report)).toContain('GHSA-3h5v-q93c-6h6q npm/ws@8.17.0 overdue service/package-lock.json:6084');
    // Neither deep record affects ws 8.17.0 (one fixes at 1.0.0, one has no usable range).
    expect(s.report.findings.map((f) => f.advisory.id)).not.toContain('GHSA-deep-ranges');
    expect(s.report.findings.map((f) => f.advisory.id)).not.toContain('GHSA-deep-deep-deep');
    const skipped = s.report.problems.filter((p) => p.file === db && /GHSA-unclosed/.test(p.message));
    expect(skipped).toEqual([expect.objectContaining({ level: 'warning', message: expect.stringMatching(/skipped, invalid JSON/) })]);
    expect(ms).toBeLessThan(20_000);
  });
});
