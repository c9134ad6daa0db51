import { describe, expect, it } from 'vitest';
import { tempTree } from '../../../test/helpers/tmp.js';
import { inventory, scanRepo } from '../images/test-support.js';
import { helmCharts } from './index.js';

// Helm as `helm template` decides before rendering. The chart stands for mastodon's
// (chart/Chart.yaml: postgresql, redis and elasticsearch from Bitnami with `condition:
// <name>.enabled`; values.yaml switches postgresql off for an external database), trimmed to the
// blocks that matter, with the postgresql chart vendored under charts/ as `helm dependency
// build` leaves it.

const chart = (files: Record<string, string>): string => tempTree(files, 'pw-helm-');

const CHART = `apiVersion: v2
name: mastodon
version: 6.5.0
appVersion: v4.3.0
dependencies:
  - name: elasticsearch
    version: 19.10.0
    repository: oci://registry-1.docker.io/bitnamicharts
    condition: elasticsearch.enabled
  - name: postgresql
    version: 12.10.0
    repository: oci://registry-1.docker.io/bitnamicharts
    condition: postgresql.enabled
  - name: redis
    version: 18.4.0
    repository: oci://registry-1.docker.io/bitnamicharts
    condition: redis.enabled
    tags: [cache]
`;

const VALUES = `image:
  repository: ghcr.io/mastodon/mastodon
  tag: v4.3.0
elasticsearch:
  enabled: true
  image:
    repository: bitnamilegacy/elasticsearch
    tag: 7
postgresql:
  enabled: false
  image:
    repository: bitnamilegacy/postgresql
    tag: 14.10.0-debian-11-r0
redis:
  image:
    repository: bitnamilegacy/redis
    tag: 7.2.4-debian-12-r0
`;

const SUB_VALUES = `image:
  registry: docker.io
  repository: bitnami/postgresql
  tag: 16.1.0-debian-11-r15
`;

describe('subcharts the values switch off', () => {
  it('skips the disabled postgresql subchart, in the parent values and vendored, with a notice each', () => {
    const root = chart({ 'Chart.yaml': CHART, 'values.yaml': VALUES, 'charts/postgresql/Chart.yaml': 'apiVersion: v2\nname: postgresql\nversion: 12.10.0\n', 'charts/postgresql/values.yaml': SUB_VALUES });
    const r = scanRepo(root, [helmCharts]);
    expect(inventory(r.components.filter((c) => c.ecosystem === 'image'))).toEqual([
      'values.yaml:1 ghcr.io/mastodon/mastodon:v4.3.0',
      'values.yaml:6 docker.io/bitnamilegacy/elasticsearch:7',
      'values.yaml:15 docker.io/bitnamilegacy/redis:7.2.4-debian-12-r0',
    ]);
    expect(r.problems.map((p) => [p.file, p.line, p.level, p.message])).toEqual([
      ['charts/postgresql/values.yaml', 1, 'notice', 'images of subchart postgresql skipped: Helm does not install it (Chart.yaml dependency, condition postgresql.enabled is false in the values)'],
      ['values.yaml', 9, 'notice', 'images of subchart postgresql skipped: Helm does not install it (Chart.yaml dependency, condition postgresql.enabled is false in the values)'],
    ]);
  });

  it('reads tags when no condition decides, and a values overlay on top of values.yaml', () => {
    const tagsOff = chart({ 'Chart.yaml': CHART, 'values.yaml': `${VALUES}tags:\n  cache: false\n` });
    const off = scanRepo(tagsOff, [helmCharts]);
    expect(off.components.some((c) => c.name.endsWith('/redis'))).toBe(false);
    expect(off.problems.find((p) => p.line === 14)?.message).toBe('images of subchart redis skipped: Helm does not install it (Chart.yaml dependency, tag cache false in the values)');
    // A condition that is set decides over the tags.
    const condOn = chart({ 'Chart.yaml': CHART, 'values.yaml': `${VALUES}tags:\n  cache: false\n`.replace('redis:\n', 'redis:\n  enabled: true\n') });
    expect(scanRepo(condOn, [helmCharts]).components.some((c) => c.name === 'docker.io/bitnamilegacy/redis')).toBe(true);
    // values-production.yaml turns postgresql back on: its own postgresql block is read.
    const prod = chart({ 'Chart.yaml': CHART, 'values.yaml': VALUES, 'values-production.yaml': 'postgresql:\n  enabled: true\n  image:\n    repository: bitnamilegacy/postgresql\n    tag: 16.1.0\n' });
    expect(inventory(scanRepo(prod, [helmCharts]).components).filter((l) => l.startsWith('values-production'))).toEqual([
      'values-production.yaml:3 docker.io/bitnamilegacy/postgresql:16.1.0',
    ]);
  });
});

describe('registries as Bitnami charts render them', () => {
  it('global.imageRegistry replaces the registry of every block that has one, down into vendored subcharts', () => {
    const root = chart({
      'Chart.yaml': 'apiVersion: v2\nname: app\nversion: 1.0.0\ndependencies:\n  - name: postgresql\n    version: 12.10.0\n',
      'values.yaml': 'global:\n  imageRegistry: registry.acme.internal/hub\nimage:\n  repository: acme/app\n  tag: 1.2.3\nmetrics:\n  image:\n    registry: quay.io\n    repository: prometheus/postgres-exporter\n    tag: v0.15.0\n',
      'charts/postgresql/values.yaml': SUB_VALUES,
    });
    expect(inventory(scanRepo(root, [helmCharts]).components.filter((c) => c.ecosystem === 'image'))).toEqual([
      'charts/postgresql/values.yaml:1 registry.acme.internal/hub/bitnami/postgresql:16.1.0-debian-11-r15',
      'values.yaml:3 docker.io/acme/app:1.2.3',
      'values.yaml:7 registry.acme.internal/hub/prometheus/postgres-exporter:v0.15.0',
    ]);
  });

  it('a block keeps its own registry without a global one', () => {
    const root = chart({ 'Chart.yaml': 'apiVersion: v2\nname: pg\nversion: 1.0.0\n', 'values.yaml': SUB_VALUES.replace('docker.io', 'public.ecr.aws') });
    expect(inventory(scanRepo(root, [helmCharts]).components)).toEqual(['values.yaml:1 public.ecr.aws/bitnami/postgresql:16.1.0-debian-11-r15']);
  });
});

describe('values files layered as `helm install -f` layers them', () => {
  // The same mastodon stand-in, installed with a production file on top: it turns the bundled
  // PostgreSQL on, moves Elasticsearch to another tag, and deletes the Redis image block (null).
  const PROD = `elasticsearch:
  image:
    tag: 8.15.0
postgresql:
  enabled: true
redis:
  image: null
`;
  const images = (r: { components: Parameters<typeof inventory>[0] }): string[] => inventory(r.components.filter((c) => c.ecosystem === 'image'));
  const files = { 'Chart.yaml': CHART, 'values.yaml': VALUES, 'values-production.yaml': PROD };
  const scan = (helmValues?: string[]) => {
    const root = chart(files);
    return scanRepo(root, [helmCharts], helmValues ? { helmValues } : {});
  };

  it('unnamed, values.yaml is read on its own and the other file as an install on top of it, for what it writes', () => {
    const r = scan();
    expect(images(r)).toEqual([
      // The production file's tag-only block, completed from values.yaml's repository.
      'values-production.yaml:2 docker.io/bitnamilegacy/elasticsearch:8.15.0',
      'values.yaml:1 ghcr.io/mastodon/mastodon:v4.3.0',
      'values.yaml:6 docker.io/bitnamilegacy/elasticsearch:7',
      'values.yaml:6 docker.io/bitnamilegacy/elasticsearch:8.15.0',
      'values.yaml:15 docker.io/bitnamilegacy/redis:7.2.4-debian-12-r0',
    ]);
  });

  it('renders one install when the file is named: later keys win, null deletes, the condition follows the overlay', () => {
    const r = scan(['values-production.yaml']);
    expect(images(r)).toEqual([
      // The tag comes from the production file, the repository from values.yaml: both places.
      'values-production.yaml:2 docker.io/bitnamilegacy/elasticsearch:8.15.0',
      'values.yaml:1 ghcr.io/mastodon/mastodon:v4.3.0',
      'values.yaml:6 docker.io/bitnamilegacy/elasticsearch:8.15.0',
      // postgresql.enabled: true in the overlay switches the subchart back on.
      'values.yaml:11 docker.io/bitnamilegacy/postgresql:14.10.0-debian-11-r0',
    ]);
    expect(r.components.find((c) => c.name.endsWith('/elasticsearch'))!.locations[0]).toEqual({ file: 'values-production.yaml', line: 2 });
    expect(r.problems).toEqual([]);
  });

  it('a later named file wins over an earlier one, and a null in one is undone by a map in a later one', () => {
    const root = chart({ ...files, 'values-a.yaml': 'redis: null\n', 'values-b.yaml': 'redis:\n  image:\n    tag: 7.4.1\n' });
    const r = scanRepo(root, [helmCharts], { helmValues: ['values-a.yaml', 'values-b.yaml'] });
    // As Helm merges -f files first (the map replaces the null), then coalesces over values.yaml.
    expect(images(r).filter((l) => l.includes('redis'))).toEqual([
      'values-b.yaml:2 docker.io/bitnamilegacy/redis:7.4.1',
      'values.yaml:15 docker.io/bitnamilegacy/redis:7.4.1',
    ]);
  });

  it('a vendored subchart follows the condition the named file sets', () => {
    const root = chart({ ...files, 'charts/postgresql/Chart.yaml': 'apiVersion: v2\nname: postgresql\nversion: 12.10.0\n', 'charts/postgresql/values.yaml': SUB_VALUES });
    expect(scanRepo(root, [helmCharts]).components.some((c) => c.name === 'docker.io/bitnami/postgresql')).toBe(false);
    expect(images(scanRepo(root, [helmCharts], { helmValues: ['values-production.yaml'] })).filter((l) => l.includes('bitnami/postgresql'))).toEqual([
      'charts/postgresql/values.yaml:1 docker.io/bitnami/postgresql:16.1.0-debian-11-r15',
    ]);
  });
});

describe('a block that leaves the tag to its subchart', () => {
  // mastodon's values.yaml (github.com/mastodon/chart 3c8d76d0) renames Bitnami's images to
  // bitnamilegacy/ and leaves their tags to the postgresql and redis charts' own defaults.
  const RENAMED = `postgresql:
  enabled: true
  image:
    repository: bitnamilegacy/postgresql
redis:
  enabled: true
  image:
    registry: docker.io
    repository: bitnamilegacy/redis
`;
  const images = (r: { components: Parameters<typeof inventory>[0] }): string[] => inventory(r.components.filter((c) => c.ecosystem === 'image'));

  it('is not an unpinned image: a notice at its line says the subchart sets the tag, and the coverage is partial', () => {
    const r = scanRepo(chart({ 'Chart.yaml': CHART, 'values.yaml': RENAMED }), [helmCharts]);
    expect(images(r)).toEqual([]);
    expect(r.problems.map((p) => `${p.line} ${p.level} ${p.message}`)).toEqual([
      '3 notice image bitnamilegacy/postgresql sets no tag: the subchart postgresql 12.10.0 from oci://registry-1.docker.io/bitnamicharts supplies it from its own values, which are not in the repository (no charts/postgresql/values.yaml); not checked',
      '7 notice image docker.io/bitnamilegacy/redis sets no tag: the subchart redis 18.4.0 from oci://registry-1.docker.io/bitnamicharts supplies it from its own values, which are not in the repository (no charts/redis/values.yaml); not checked',
    ]);
    expect(r.problems[0]!.coverage).toMatchObject({ layer: 'runtime', ecosystem: 'image' });
  });

  it('takes the tag from the vendored subchart, located at both lines', () => {
    const r = scanRepo(chart({ 'Chart.yaml': CHART, 'values.yaml': RENAMED, 'charts/postgresql/values.yaml': SUB_VALUES }), [helmCharts]);
    expect(images(r).filter((l) => l.includes('bitnamilegacy'))).toEqual([
      'charts/postgresql/values.yaml:4 docker.io/bitnamilegacy/postgresql:16.1.0-debian-11-r15',
      'values.yaml:3 docker.io/bitnamilegacy/postgresql:16.1.0-debian-11-r15',
    ]);
  });
});

describe('hostile layers', () => {
  it('alias bombs on both sides of a layering are merged and walked once per node pair', () => {
    const bomb = (tag: string): string => {
      const levels = [`l0: &l0 {image: {repository: redis, tag: "${tag}"}}`];
      for (let i = 1; i <= 9; i++) levels.push(`l${i}: &l${i} {${Array.from({ length: 10 }, (_, k) => `k${k}: *l${i - 1}`).join(', ')}}`);
      return levels.join('\n') + '\n';
    };
    const root = chart({ 'Chart.yaml': 'apiVersion: v2\nname: bomb\nversion: 1.0.0\n', 'values.yaml': bomb('7.2.4'), 'values-prod.yaml': bomb('7.4.1') });
    const started = Date.now();
    const r = scanRepo(root, [helmCharts], { helmValues: ['values-prod.yaml'] });
    expect(Date.now() - started).toBeLessThan(2000);
    // The production file writes both the repository and the tag: values.yaml contributes nothing.
    expect(inventory(r.components)).toEqual(['values-prod.yaml:1 docker.io/library/redis:7.4.1']);
  });
});
