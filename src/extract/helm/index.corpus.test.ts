import { describe, expect, it } from 'vitest';
import { shared } from '../../../test/helpers/shared.js';
import { inventory, scanRepo, unlocatedImageLines } from '../images/test-support.js';
import { helmCharts } from './index.js';

describe('Helm charts of the shared corpus', () => {
  it('mattermost/mattermost-helm', () => {
    const r = scanRepo(shared('repos', 'mattermost__mattermost-helm@f61de17a5b'), [helmCharts]);
    expect(inventory(r.components)).toEqual([
      'charts/focalboard/values.yaml:8 docker.io/mattermost/focalboard:0.6.7',
      'charts/mattermost-calls-offloader/values.yaml:7 docker.io/mattermost/calls-offloader:v0.8.0',
      'charts/mattermost-chaos-engine/values.yaml:7 docker.io/mattermost/mattermost-app-chaosengine:c153e43',
      'charts/mattermost-enterprise-edition/Chart.yaml:26 mattermost-elasticsearch:0.1.0',
      'charts/mattermost-enterprise-edition/Chart.yaml:28 mattermost-grafana:0.3.6',
      'charts/mattermost-enterprise-edition/Chart.yaml:31 mysqlha:2.0.0',
      'charts/mattermost-enterprise-edition/Chart.yaml:35 minio:5.0.26',
      'charts/mattermost-enterprise-edition/Chart.yaml:39 prometheus:11.4.0',
      'charts/mattermost-enterprise-edition/charts/mattermost-elasticsearch/values.yaml:2 quay.io/pires/docker-elasticsearch-kubernetes:5.5.0',
      'charts/mattermost-enterprise-edition/charts/mattermost-grafana/values.yaml:13 docker.io/grafana/grafana:latest',
      'charts/mattermost-enterprise-edition/charts/mattermost-grafana/values.yaml:177 docker.io/appropriate/curl:latest',
      'charts/mattermost-enterprise-edition/values.yaml:78 docker.io/mattermost/mattermost-loadtest:latest',
      'charts/mattermost-enterprise-edition/values.yaml:117 docker.io/appropriate/curl:latest',
      'charts/mattermost-enterprise-edition/values.yaml:126 docker.io/mattermost/mattermost-enterprise-edition:10.1.2',
      'charts/mattermost-enterprise-edition/values.yaml:307 docker.io/minio/minio:RELEASE.2019-05-14T23-57-45Z',
      'charts/mattermost-operator/values-with-mattermost.yaml:13 docker.io/mattermost/mattermost-operator:v1.22.0',
      'charts/mattermost-operator/values.yaml:12 docker.io/mattermost/mattermost-operator:v1.22.0',
      // Top-level `image:` without a tag: the chart's appVersion, located at both lines.
      'charts/mattermost-push-proxy/Chart.yaml:6 docker.io/mattermost/mattermost-push-proxy:6.3.0',
      'charts/mattermost-push-proxy/Chart.yaml:28 docker.io/mattermost/mattermost-push-proxy:6.3.0',
      'charts/mattermost-push-proxy/values.yaml:2 docker.io/mattermost/mattermost-push-proxy:6.3.0',
      'charts/mattermost-rtcd/Chart.yaml:6 docker.io/mattermost/rtcd:latest',
      'charts/mattermost-rtcd/values.yaml:5 docker.io/mattermost/rtcd:latest',
      'charts/mattermost-team-edition/Chart.yaml:18 mysql:1.6.4',
      'charts/mattermost-team-edition/values.yaml:4 docker.io/mattermost/mattermost-team-edition:10.1.2',
      'charts/mattermost-team-edition/values.yaml:9 docker.io/appropriate/curl:latest',
      // The mysql subchart's `repository:` + `imageTag:`, located at repository.
      'charts/mattermost-team-edition/values.yaml:105 docker.io/library/mysql:8.0.18',
    ]);
    // mattermost-grafana's values repeat a key; Helm keeps the last, and so do we, with a warning.
    // The prometheus dependency's condition, global.features.grafana.enabled, is false in the
    // values, so its `prometheus:` block (line 349) is skipped with a notice.
    expect(r.problems.map((p) => `${p.file}:${p.line} ${p.level}`)).toEqual([
      'charts/mattermost-enterprise-edition/charts/mattermost-grafana/values.yaml:92 warning',
      'charts/mattermost-enterprise-edition/values.yaml:349 notice',
    ]);
    expect(r.problems[1]!.message).toBe(
      'images of subchart prometheus skipped: Helm does not install it (charts/mattermost-enterprise-edition/Chart.yaml dependency, condition global.features.grafana.enabled is false in the values)',
    );
    const te = r.components.find((c) => c.name.endsWith('mattermost-team-edition'))!;
    expect(te.image).toMatchObject({ product: 'mattermost', productVersion: '10.1.2', digest: 'sha256:3de25ae1b300351ae0c667dc82a33d8dc83497cd1e5ecd0d6e3055f522019696' });
  });

  it('zulip/docker-zulip', () => {
    const r = scanRepo(shared('repos', 'zulip__docker-zulip@d42f8e3b7a'), [helmCharts]);
    expect(inventory(r.components)).toEqual([
      'kubernetes/chart/zulip/Chart.yaml:23 memcached:7.4.16',
      'kubernetes/chart/zulip/Chart.yaml:28 rabbitmq:14.7.0',
      'kubernetes/chart/zulip/Chart.yaml:33 redis:20.1.4',
      'kubernetes/chart/zulip/Chart.yaml:39 postgresql:15.5.32',
      'kubernetes/chart/zulip/values.yaml:12 docker.io/zulip/docker-zulip:10.3-0',
      'kubernetes/chart/zulip/values.yaml:205 docker.io/zulip/zulip-postgresql:14',
    ]);
    expect(r.problems).toEqual([]);
  });

  it('element-hq/ess-helm: registry/repository/tag blocks', () => {
    const r = scanRepo(shared('repos', 'element-hq__ess-helm@9ec6c26fb7'), [helmCharts]);
    expect(inventory(r.components)).toEqual([
      'charts/matrix-stack/values.yaml:13 ghcr.io/element-hq/ess-helm/matrix-tools:0.3.5',
      'charts/matrix-stack/values.yaml:294 ghcr.io/element-hq/lk-jwt-service:0.2.3',
      'charts/matrix-stack/values.yaml:479 docker.io/livekit/livekit-server:v1.7.2',
      'charts/matrix-stack/values.yaml:655 docker.io/vectorim/element-web:v1.11.97',
      'charts/matrix-stack/values.yaml:840 docker.io/library/haproxy:3.1-alpine',
      'charts/matrix-stack/values.yaml:1001 ghcr.io/element-hq/matrix-authentication-service:0.15.0',
      'charts/matrix-stack/values.yaml:1346 docker.io/prometheuscommunity/postgres-exporter:v0.17.0',
      'charts/matrix-stack/values.yaml:1460 docker.io/library/postgres:17-alpine',
      'charts/matrix-stack/values.yaml:1949 docker.io/matrixdotorg/synapse:v1.128.0',
      'charts/matrix-stack/values.yaml:2152 docker.io/library/redis:7.4-alpine',
    ]);
  });

  it.each(['mattermost__mattermost-helm@f61de17a5b', 'zulip__docker-zulip@d42f8e3b7a', 'element-hq__ess-helm@9ec6c26fb7'])(
    '%s: every image key of a values file is a component',
    (dir) => {
      const root = shared('repos', dir);
      const { missing, checked } = unlocatedImageLines(root, scanRepo(root, [helmCharts]), (path) => !path.endsWith('Chart.yaml'));
      expect(missing).toEqual([]);
      expect(checked).toBeGreaterThan(0);
    },
  );
});
