import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/check.js';
import { loadText } from '../../src/evaluate/policy/__fixtures__/tmp.js';
import { tempTree } from '../helpers/tmp.js';

// Images under other names than the release data's: Bitnami's renamed namespace (mastodon's
// chart pins `bitnamilegacy/elasticsearch:7` in chart/values.yaml; the values below are that
// block, trimmed), Docker Hub's API host, and a private mirror named by the policy's `images:`.
// Release data: test/corpus/endoflife-images (real endoflife.date pages; see its PROVENANCE.md).

const RELEASES = fileURLToPath(new URL('../corpus/endoflife-images', import.meta.url));
const NOW = new Date('2026-11-24T12:00:00Z');

const repo = (files: Record<string, string>): string => tempTree(files, 'pw-images-');

const POLICY = `apiVersion: patchwarden/v1
kind: PatchPolicy
metadata: {name: acme, version: 1.0.0}
images:
  registry.acme.internal/hub/postgres: postgresql
`;

describe('images under other names', () => {
  it('finds bitnamilegacy/elasticsearch:7 end of life since 2026-01-15, and the mirrored postgres by the policy', async () => {
    const root = repo({
      'chart/Chart.yaml': 'apiVersion: v2\nname: mastodon\nversion: 6.5.0\nappVersion: v4.3.0\n',
      'chart/values.yaml': 'elasticsearch:\n  enabled: true\n  image:\n    repository: bitnamilegacy/elasticsearch\n    tag: 7\n',
      'compose.yaml': 'services:\n  db:\n    image: registry.acme.internal/hub/postgres:14.10-alpine\n  cache:\n    image: registry-1.docker.io/bitnamisecure/etcd:3.4.9\n',
      '.github/patchwarden.yml': POLICY,
    });
    const { report } = await check({ root, now: NOW, releases: RELEASES, cacheDir: false });
    const rows = report!.findings.map((f) => [f.kind, f.component.name, `${f.locations[0]!.file}:${f.locations[0]!.line}`, f.advisory.id, f.fixedVersion, f.clockStart]);
    // elasticsearch.md: cycle "7" eol 2026-01-15, and 8.19 (eol 2027-07-15) is the oldest cycle still
    // supported. postgresql.md: 14 eol 2026-11-12, newest 14.24; 15 (eol 2027-11-11) at 15.19.
    // etcd.md: 3.4 eol 2026-06-01, 3.5 at 3.5.33.
    expect(rows.filter(([kind]) => kind === 'end-of-life')).toEqual([
      ['end-of-life', 'docker.io/bitnamilegacy/elasticsearch', 'chart/values.yaml:3', 'PW-EOL-elasticsearch-7', '8.19.20', '2026-01-15'],
      ['end-of-life', 'registry-1.docker.io/bitnamisecure/etcd', 'compose.yaml:5', 'PW-EOL-etcd-3.4', '3.5.33', '2026-06-01'],
      ['end-of-life', 'registry.acme.internal/hub/postgres', 'compose.yaml:3', 'PW-EOL-postgresql-14', '15.19', '2026-11-12'],
    ]);
  });

  it('without the policy map, the mirror is named as unmapped at its line', async () => {
    const root = repo({ 'compose.yaml': 'services:\n  db:\n    image: registry.acme.internal/hub/postgres:14.10-alpine\n' });
    const { report } = await check({ root, now: NOW, releases: RELEASES, cacheDir: false });
    expect(report!.findings).toEqual([]);
    expect(report!.problems.filter((p) => p.origin === 'match/runtime')).toEqual([
      expect.objectContaining({ level: 'notice', file: 'compose.yaml', line: 3, message: expect.stringMatching(/^image registry\.acme\.internal\/hub\/postgres:14\.10-alpine maps to no endoflife\.date product/) }),
    ]);
  });

  it('checks the map against the schema', () => {
    const bad = loadText(`${POLICY}  Registry.Acme/Postgres: PostgreSQL\n`);
    expect(bad.policy).toBeUndefined();
    expect(bad.problems.map((p) => [p.line, p.message])).toEqual([
      [6, 'images.Registry.Acme/Postgres: unknown field; expected an image repository without tag, as Docker names it: `registry.acme.internal/hub/postgres`'],
    ]);
    const notMap = loadText(POLICY.replace(/images:\n.*\n/, 'images: postgresql\n'));
    expect(notMap.problems.map((p) => [p.line, p.message])).toEqual([[4, "images: expected a mapping, got 'postgresql'"]]);
    const product = loadText(`${POLICY}  ghcr.io/acme/db: PostgreSQL\n`);
    expect(product.problems.map((p) => [p.line, p.message])).toEqual([
      [6, "images.ghcr.io/acme/db: expected an endoflife.date product id: `postgresql`, `nodejs`, `alpine-linux`, got 'PostgreSQL'"],
    ]);
  });
});
