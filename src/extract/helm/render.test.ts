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
