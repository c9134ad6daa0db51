import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/check.js';
import { runCli } from '../../src/cli/run.js';
import type { Report } from '../../src/report/model.js';
import { trimmed } from '../helpers/corpus.js';
import { REPO_ROOT } from '../helpers/shared.js';

// The bundled example, as the README's first command runs it, with every date worked by hand.

const EXAMPLE = join(REPO_ROOT, 'examples', 'chat-platform');
const NOW = new Date('2026-11-24T00:00:00Z');
const opts = {
  root: EXAMPLE,
  db: [join(EXAMPLE, 'advisories')],
  releases: join(EXAMPLE, 'releases'),
  now: NOW,
  policy: 'builtin:baseline@1',
};

describe('examples/chat-platform', async () => {
  const { report } = await check(opts);
  const find = (id: string) => report!.findings.find((f) => f.advisory.id === id)!;

  it('ws 8.17.0: GHSA-3h5v-q93c-6h6q, high, fixed in 8.17.1, overdue, on its lockfile line', () => {
    const f = find('GHSA-3h5v-q93c-6h6q');
    const lock = readFileSync(join(EXAMPLE, 'service', 'package-lock.json'), 'utf8').split('\n');
    expect(lock[6084 - 1]).toBe('    "node_modules/ws": {');
    expect(f).toMatchObject({
      kind: 'vulnerability',
      component: { ecosystem: 'npm', name: 'ws', version: '8.17.0', purl: 'pkg:npm/ws@8.17.0', layer: 'library', direct: true },
      locations: [{ file: 'service/package-lock.json', line: 6084 }],
      advisory: { id: 'GHSA-3h5v-q93c-6h6q', aliases: ['CVE-2024-37890'], published: '2024-06-17T19:09:10.000Z' },
      severity: 'high',
      severitySource: 'label',
      fixedVersion: '8.17.1',
      // published 2024-06-17 + 30 days (baseline high) = 2024-07-17
      clockStart: '2024-06-17',
      clockBasis: 'published',
      deadline: '2024-07-17',
      status: 'overdue',
      // 2024-07-17 -> 2026-07-17 is 730 days, -> 2026-11-17 is 123 more, -> 2026-11-24 is 7 more
      daysLeft: -860,
      rule: 'deadlines.high',
    });
  });

  it('an overdue runtime patch: nginx 1.25.3 is behind 1.25.4 (2024-02-14) and 1.25.5', () => {
    const f = find('PW-PATCH-nginx-1.25.3');
    expect(f).toMatchObject({
      kind: 'patch-lag',
      component: { name: 'docker.io/library/nginx', version: '1.25.3-alpine', layer: 'runtime' },
      locations: [
        { file: 'deploy/k8s/nginx.yaml', line: 17 },
        { file: 'docker-compose.yml', line: 4 },
      ],
      severity: 'medium',
      severitySource: 'policy',
      fixedVersion: '1.25.5',
      // 2024-02-14 + 30 days (baseline runtime.patchLag); February 2024 has 29 days
      clockStart: '2024-02-14',
      deadline: '2024-03-15',
      status: 'overdue',
      // 2024-03-15 -> 2026-03-15 is 730 days, -> 2026-11-15 is 245 more, -> 2026-11-24 is 9 more
      daysLeft: -984,
    });
  });

  it('an end-of-life finding: PostgreSQL 13 ended on 2025-11-13', () => {
    const f = find('PW-EOL-postgresql-13');
    expect(f).toMatchObject({
      kind: 'end-of-life',
      component: { name: 'docker.io/library/postgres', version: '13.14', layer: 'runtime' },
      severity: 'high',
      clockStart: '2025-11-13',
      deadline: '2025-11-13',
      status: 'overdue',
      // 2025-11-13 -> 2026-11-13 is 365 days, -> 2026-11-24 is 11 more
      daysLeft: -376,
    });
    expect(f.locations.map((l) => `${l.file}:${l.line}`).sort()).toEqual([
      'deploy/k8s/chat-service.yaml:35',
      'deploy/k8s/data.yaml:21',
      'docker-compose.yml:12',
    ]);
  });

  it('an end-of-life finding in the OS layer: the bookworm tags run Debian 12, which ended on 2026-07-11', () => {
    const f = find('PW-EOL-debian-12');
    expect(f).toMatchObject({
      kind: 'end-of-life',
      component: { ecosystem: 'os', name: 'Debian', version: '12', layer: 'os' },
      clockStart: '2026-07-11',
      deadline: '2026-07-11',
      status: 'overdue',
      // 2026-07-11 -> 2026-11-11 is 31 + 31 + 30 + 31 = 123 days, -> 2026-11-24 is 13 more
      daysLeft: -136,
    });
    // node (Dockerfile twice, the Deployment) and redis (Deployment, compose) name bookworm; nginx's -alpine names no release
    expect(f.locations).toHaveLength(5);
  });

  it('inventories the runtime layer from manifests, Dockerfile and compose file, and counts layers apart', () => {
    const images = report!.components.filter((c) => c.ecosystem === 'image').map((c) => `${c.name}:${c.version}`);
    expect(images.sort()).toEqual([
      'docker.io/library/busybox:1.36.1',
      'docker.io/library/nginx:1.25.3-alpine',
      'docker.io/library/node:18.19.0-bookworm-slim',
      'docker.io/library/postgres:13.14',
      'docker.io/library/redis:7.2.4-bookworm',
    ]);
    const s = report!.summary;
    expect(s.byLayer.os).toEqual({ components: 1, findings: 1, overdue: 1 });
    expect(s.byLayer.library.components + s.byLayer.runtime.components + s.byLayer.os.components).toBe(s.components);
    expect(s.byLayer.runtime.overdue).toBeGreaterThanOrEqual(4);
    expect(s.byLayer.library.overdue).toBe(6);
  });

  it('skips runtime checks with one notice when no release data is given', async () => {
    const { report: r } = await check({ ...opts, releases: undefined });
    expect(r!.findings.filter((f) => f.kind !== 'vulnerability' && f.kind !== 'unpinned')).toEqual([]);
    expect(r!.problems.filter((p) => p.origin === 'match/runtime')).toHaveLength(1);
    expect(r!.problems.filter((p) => p.level === 'error')).toEqual([]);
  });

  it('the CLI prints the same table for the same date every time, and exit codes follow the gate', async () => {
    const run = async (...extra: string[]) => {
      let out = '';
      let err = '';
      const code = await runCli(['check', EXAMPLE, '--db', join(EXAMPLE, 'advisories'), '--now', '2026-11-24', ...extra], {
        stdout: (t) => (out += t),
        stderr: (t) => (err += t),
        cwd: REPO_ROOT,
        now: () => new Date(),
      });
      return { code, out, err };
    };
    const a = await run();
    const b = await run();
    expect(a.out).toBe(b.out);
    expect(a.code).toBe(0);
    expect(a.out).toContain(
      // The example's own policy (.github/patchwarden.yml): 14 days for high in the internet scope.
      '  high     ws 8.17.0  GHSA-3h5v-q93c-6h6q (CVE-2024-37890)\n    fix 8.17.1 · deadline 2024-07-01 (876 days overdue) · service/package-lock.json:6084\n',
    );
    expect((await run('--fail-on', 'high')).code).toBe(1);
    expect((await run('--fail-on', 'none')).code).toBe(0);
    const bad = await run('--fail-on', 'severe');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain("--fail-on: expected critical, high, medium, low or none, got 'severe'");
    const missing = await run('--db', '/nonexistent/db');
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('/nonexistent/db: error: advisory database not found\n');
  });

  it('--exclude leaves a folder out, says so, and refuses a glob that leaves the repository', async () => {
    const run = async (...extra: string[]) => {
      let out = '';
      let err = '';
      const code = await runCli(['check', EXAMPLE, '--db', join(EXAMPLE, 'advisories'), '--now', '2026-11-24', '--format', 'json', ...extra], {
        stdout: (t) => (out += t),
        stderr: (t) => (err += t),
        cwd: REPO_ROOT,
        now: () => new Date(),
      });
      return { code, out, err };
    };
    const all = JSON.parse((await run()).out) as Report;
    const some = await run('--exclude', 'service', '--exclude', 'deploy/**');
    const r = JSON.parse(some.out) as Report;
    expect(some.code).toBe(0);
    // Only the compose file is left: the service's lockfile and Dockerfile and the manifests are not read.
    expect([...new Set(r.components.flatMap((c) => c.locations.map((l) => l.file)))]).toEqual(['docker-compose.yml']);
    expect(r.findings.some((f) => f.component.name === 'ws')).toBe(false);
    expect(all.findings.some((f) => f.component.name === 'ws')).toBe(true);
    expect(r.problems).toContainEqual(expect.objectContaining({ level: 'notice', origin: 'discover', message: 'not scanned, excluded by service, deploy/**: 2 folder(s)' }));
    const bad = await run('--exclude', '../..');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain("--exclude: expected a repository-relative glob like deploy/**, got '../..'");
  });

  it('restates the real advisories it bundles', () => {
    // The example's records restate GitHub's; where the shared sample holds the same record, they agree.
    const sample = trimmed('osv/github-reviewed-sample/advisories/github-reviewed/2024/06/GHSA-3h5v-q93c-6h6q/GHSA-3h5v-q93c-6h6q.json');
    const real = JSON.parse(readFileSync(sample, 'utf8')) as Record<string, unknown>;
    const ours = JSON.parse(readFileSync(join(EXAMPLE, 'advisories', 'GHSA-3h5v-q93c-6h6q.json'), 'utf8')) as Record<string, unknown>;
    for (const key of ['id', 'aliases', 'published', 'summary', 'affected']) {
      const strip = (v: unknown) => JSON.parse(JSON.stringify(v, (k, x) => (k === 'database_specific' || k === 'ecosystem_specific' ? undefined : x))) as unknown;
      expect(strip(ours[key]), key).toEqual(strip(real[key]));
    }
  });
});
