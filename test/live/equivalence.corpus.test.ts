import { readdirSync, statSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { check } from '../../src/check.js';
import { OSV_BUNDLES, loadOsvStore, osvApiHandler, startServer } from '../helpers/live-servers.js';
import type { TestServer } from '../helpers/live-servers.js';
import { SHARED_DATA, shared } from '../helpers/shared.js';

// Offline equivalence (issue 8): every repository of ../shared/data/repos gives the same findings
// when its advisories come from the OSV API (the local server, backed by the real records) as
// when they come from the same records on disk (--db). The OSV server pages small (pageSize 2), so
// any component with more than two records is also read over several pages.

const NOW = new Date('2026-11-24T00:00:00Z');
const paths = OSV_BUNDLES.map((p) => shared(p));
const repos = readdirSync(shared('repos'))
  .filter((d) => statSync(`${SHARED_DATA}/repos/${d}`).isDirectory())
  .sort();

let server: TestServer;
beforeAll(async () => {
  server = await startServer(osvApiHandler(await loadOsvStore(paths), { pageSize: 2 }));
});
afterAll(async () => {
  await server.close();
});

const totals = { findings: 0, records: 0 };

describe('same findings online and offline', () => {
  it('covers every repository snapshot', () => {
    expect(repos.length).toBe(17);
  });

  for (const repo of repos) {
    it(repo, async () => {
      const root = `${SHARED_DATA}/repos/${repo}`;
      const offline = await check({ root, db: paths, now: NOW });
      // Only the OSV API is live here: the other sources would reach the internet.
      const result = await check({
        root,
        now: NOW,
        live: { osvApiUrl: server.url, onSourceError: 'fail', http: { retries: 0 }, disabled: ['registry-dates', 'kev', 'epss', 'endoflife'] },
      });
      const osvSource = result.report!.sources.find((s) => s.kind.startsWith('osv-api'));
      const online = { result, records: osvSource?.records ?? 0 };
      const liveProblems = result.report!.problems.filter((p) => p.origin.startsWith('advise/live') || p.origin.startsWith('live'));
      expect(liveProblems.filter((p) => p.level !== 'notice')).toEqual([]);
      expect(offline.report && online.result.report).toBeTruthy();
      expect(online.result.report!.findings).toEqual(offline.report!.findings);
      // Coverage differs by design: the live API is current, the offline bundles are as old as
      // their newest record. Everything else in the summary must agree.
      const judged = (r: NonNullable<typeof offline.report>): unknown => ({ ...r.summary, gate: r.summary.gate === 'fail' ? 'fail' : 'not failed', notChecked: undefined });
      expect(judged(online.result.report!)).toEqual(judged(offline.report!));
      expect(online.result.exitCode).toBe(offline.exitCode);
      // The API gave no more records than the vulnerability findings need: one per merged id.
      // (Runtime findings, such as an unpinned image, come from release data, not from OSV.)
      // (RustSec's unmaintained records are OSV records too: library end-of-life findings.)
      const vulnerabilities = offline.report!.findings.filter((f) => f.kind === 'vulnerability' || f.kind === 'malicious' || (f.kind === 'end-of-life' && f.component.layer === 'library'));
      expect(online.records).toBe(new Set(vulnerabilities.flatMap((f) => f.ids)).size);
      totals.findings += vulnerabilities.length;
      totals.records += online.records;
    });
  }

  it('is not vacuous: the repositories have findings from the API', () => {
    expect(totals.findings).toBeGreaterThan(20);
    expect(totals.records).toBeGreaterThan(10);
  });
});
