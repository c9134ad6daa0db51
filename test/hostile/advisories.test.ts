import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDeflateRaw, crc32 } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeZip } from '../../src/advise/__fixtures__/make-zip.js';
import { LIMITS } from '../../src/limits.js';
import { REPO_ROOT } from '../helpers/shared.js';
import { about, expectSane, findingKeys, put, scan, scratchDir } from './kit.js';
import { timed } from './yaml-kit.js';

// A poisoned or careless advisory source: a record whose summary is 10 MB, a range of 10,000
// events, a bundle whose entries lie about their size or inflate to a gigabyte. Each costs
// bounded time and memory, the report stays small, and honest records beside them still match.


const EXAMPLE = join(REPO_ROOT, 'examples', 'chat-platform');
const WS_ADVISORY = join(EXAMPLE, 'advisories', 'GHSA-3h5v-q93c-6h6q.json');
const WS_FINDING = 'GHSA-3h5v-q93c-6h6q npm/ws@8.17.0 overdue service/package-lock.json:6084';

let repo: string;

beforeAll(() => {
  repo = scratchDir();
  put(repo, 'service/package-lock.json', readFileSync(join(EXAMPLE, 'service', 'package-lock.json')));
});

/** An OSV record for npm `name` with the given events and extra fields. */
function record(id: string, name: string, events: Record<string, string>[], extra: Record<string, unknown> = {}): string {
  return JSON.stringify({
    schema_version: '1.6.0',
    id,
    modified: '2024-06-01T00:00:00Z',
    published: '2024-06-01T00:00:00Z',
    affected: [{ package: { ecosystem: 'npm', name }, ranges: [{ type: 'ECOSYSTEM', events }] }],
    database_specific: { severity: 'HIGH' },
    ...extra,
  });
}

describe('a 10 MB advisory summary', () => {
  it('is cut: the finding carries a short summary and no sink carries megabytes', async () => {
    const db = scratchDir('pw-hostile-db-');
    const huge = '@octocat closes #1 <img src=x> '.repeat(10 * 1024 * 1024 / 32);
    put(db, 'GHSA-huge-summ-mary.json', record('GHSA-huge-summ-mary', 'ws', [{ introduced: '8.0.0' }, { fixed: '8.17.1' }], { summary: huge, details: huge }));
    put(db, 'GHSA-huge-deta-ils.json', record('GHSA-huge-deta-ils', 'ws', [{ introduced: '8.0.0' }, { fixed: '8.17.1' }], { details: huge }));
    copyFileSync(WS_ADVISORY, join(db, 'GHSA-3h5v-q93c-6h6q.json'));
    const { value: s, ms } = await timed(() => scan(repo, { db: [db] }));
    expectSane(s.report);
    const ids = s.report.findings.map((f) => f.advisory.id);
    expect(ids).toEqual(expect.arrayContaining(['GHSA-huge-summ-mary', 'GHSA-huge-deta-ils', 'GHSA-3h5v-q93c-6h6q']));
    for (const f of s.report.findings) expect(f.advisory.summary.length).toBeLessThanOrEqual(300);
    for (const [sink, out] of Object.entries(s.out)) expect(out.length, sink).toBeLessThan(512 * 1024);
    expect(ms).toBeLessThan(20_000);
  });
});

describe('an OSV range with 10,000 events', () => {
  /** 4,999 introduced/fixed pairs 1.i.0 - 1.i.5, plus one around 8.17.0, shuffled (OSV orders events by version, not position). */
  function manyEvents(): Record<string, string>[] {
    const events: Record<string, string>[] = [{ introduced: '8.17.0' }, { fixed: '8.17.1' }];
    for (let i = 0; i < 4_999; i++) events.push({ introduced: `1.${i}.0` }, { fixed: `1.${i}.5` });
    // A fixed shuffle (a linear congruential sequence), so the case is the same on every run.
    let seed = 12345;
    for (let i = events.length - 1; i > 0; i--) {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      const j = seed % (i + 1);
      [events[i], events[j]] = [events[j]!, events[i]!];
    }
    return events;
  }

  it('is evaluated exactly and fast: the right versions are affected, each with its own fix', async () => {
    const db = scratchDir('pw-hostile-db-');
    const events = manyEvents();
    expect(events).toHaveLength(10_000);
    put(db, 'GHSA-many-even-ts00.json', record('GHSA-many-even-ts00', 'ws', events));
    const root = scratchDir();
    put(root, 'package-lock.json', JSON.stringify({
      lockfileVersion: 3,
      packages: {
        '': {},
        'node_modules/ws': { version: '8.17.0' },
        'node_modules/a/node_modules/ws': { version: '1.2345.3' },
        'node_modules/b/node_modules/ws': { version: '1.2345.7' },
        'node_modules/c/node_modules/ws': { version: '8.17.1' },
      },
    }, null, 2));
    const { value: s, ms } = await timed(() => scan(root, { db: [db] }));
    expectSane(s.report);
    const got = s.report.findings.map((f) => `${f.component.version} fixed ${f.fixedVersion}`).sort();
    expect(got).toEqual(['1.2345.3 fixed 1.2345.5', '8.17.0 fixed 8.17.1']);
    expect(ms).toBeLessThan(20_000);
  });

  // A range longer than the limit used to be cut at LIMITS.maxRangeEvents events without a word:
  // a `fixed` past the cut made a fixed version look unfixed. Now the record is skipped with its reason.
  it(`a range over ${LIMITS.maxRangeEvents} events: the record is skipped with a reason, not silently cut`, async () => {
    const db = scratchDir('pw-hostile-db-');
    const events: Record<string, string>[] = [];
    for (let i = 0; i < LIMITS.maxRangeEvents / 2; i++) events.push({ introduced: `1.${i}.0` }, { fixed: `1.${i}.5` });
    events.push({ introduced: '8.17.0' }, { fixed: '8.17.1' });
    put(db, 'GHSA-over-limi-tsss.json', record('GHSA-over-limi-tsss', 'ws', events));
    copyFileSync(WS_ADVISORY, join(db, 'GHSA-3h5v-q93c-6h6q.json'));
    const s = await scan(repo, { db: [db] });
    expectSane(s.report);
    expect(s.report.findings.map((f) => f.advisory.id)).not.toContain('GHSA-over-limi-tsss');
    expect(findingKeys(s.report)).toContain(WS_FINDING);
    expect(about(s.report, db)).toContainEqual(
      expect.objectContaining({ level: 'warning', message: expect.stringMatching(new RegExp(`more than ${LIMITS.maxRangeEvents} events.*GHSA-over-limi-tsss`)) }),
    );
  });
});

/** 1 GiB of zeros, deflated as a stream (about 4.5 MB), with its CRC-32. */
async function gigabyteOfZeros(): Promise<{ body: Buffer; crc: number; size: number }> {
  const z = createDeflateRaw({ level: 1 });
  const chunks: Buffer[] = [];
  z.on('data', (c: Buffer) => chunks.push(c));
  const zero = Buffer.alloc(16 * 1024 * 1024);
  let crc = 0;
  for (let i = 0; i < 64; i++) {
    z.write(zero);
    crc = crc32(zero, crc);
  }
  z.end();
  await new Promise((resolve) => z.on('end', resolve));
  return { body: Buffer.concat(chunks), crc, size: 64 * zero.length };
}

describe('a zip bomb in an advisory bundle', () => {
  it('an entry lying about its size and one inflating to 1 GiB are skipped with reasons; memory stays bounded; the honest record matches', async () => {
    const giga = await gigabyteOfZeros();
    const lie = Buffer.alloc(48 * 1024 * 1024);
    const bundle = join(scratchDir('pw-hostile-zip-'), 'all.zip');
    writeFileSync(
      bundle,
      makeZip([
        { name: 'GHSA-3h5v-q93c-6h6q.json', data: readFileSync(WS_ADVISORY) },
        // Declares 1 KB; its bytes inflate to 48 MB.
        { name: 'GHSA-lies-abou-tsiz.json', data: lie, declaredSize: 1024 },
        // Honest about inflating to 1 GiB: over the per-entry limit, refused before inflating.
        { name: 'GHSA-giga-byte-bomb.json', data: giga.body, stored: true, method: 8, declaredSize: giga.size, declaredCrc: giga.crc },
      ]),
    );
    global.gc?.();
    const before = process.memoryUsage();
    const { value: s, ms } = await timed(() => scan(repo, { db: [bundle] }));
    const after = process.memoryUsage();
    expectSane(s.report);
    expect(findingKeys(s.report)).toEqual([WS_FINDING]);
    const skips = about(s.report, bundle).map((p) => p.message);
    expect(skips.some((m) => m.includes('GHSA-lies-abou-tsiz.json'))).toBe(true);
    expect(skips.some((m) => m.includes('GHSA-giga-byte-bomb.json') && m.includes(`${LIMITS.zipMaxEntryBytes}`))).toBe(true);
    expect(s.report.sources).toContainEqual(expect.objectContaining({ path: bundle, records: 1 }));
    expect((after.rss - before.rss) / 2 ** 20).toBeLessThan(400);
    expect(ms).toBeLessThan(20_000);
  }, 120_000);
});
