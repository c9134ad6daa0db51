import { describe, expect, it } from 'vitest';
import { shared } from '../../../test/helpers/shared.js';
import { inventory, scanRepo, unlocatedImageLines } from '../images/test-support.js';
import { kustomizations } from '../kustomize/index.js';
import { kubernetesManifests } from './index.js';

describe('Kubernetes manifests of the shared corpus', () => {
  it('mattermost/mattermost-operator (with its kustomization)', () => {
    const r = scanRepo(shared('repos', 'mattermost__mattermost-operator@4f59dc0930'), [kustomizations, kubernetesManifests]);
    expect(inventory(r.components)).toEqual([
      'config/manager/kustomization.yaml:6 docker.io/mattermost/mattermost-operator:latest',
      'config/manager/manager.yaml:28 docker.io/library/mattermost-operator:latest',
      'docs/examples/full.yaml:6 docker.io/mattermost/mattermost-enterprise-edition:5.19.1',
      'docs/examples/mattermost_full_aws_alb.yaml:10 docker.io/mattermost/mattermost-enterprise-edition:5.28.0',
      'docs/examples/mattermost_full.yaml:10 docker.io/mattermost/mattermost-enterprise-edition:5.28.0',
      'docs/mattermost-operator/mattermost-operator.yaml:8530 docker.io/mattermost/mattermost-operator:v1.22.1',
      'docs/minio-operator/minio-operator.yaml:134 docker.io/minio/k8s-operator:1.0.7',
      'docs/mysql-operator/mysql-operator.yaml:4312 quay.io/presslabs/mysql-operator:0.4.0',
      'docs/mysql-operator/mysql-operator.yaml:4332 quay.io/presslabs/mysql-operator-orchestrator:0.4.0',
      'resources/minio.yaml:24 docker.io/minio/minio:RELEASE.2021-10-27T16-29-42Z',
      'resources/postgres.yaml:53 docker.io/library/postgres:14-alpine',
    ]);
    expect(r.problems).toEqual([]);
  });

  it('zulip/docker-zulip kubernetes/manual', () => {
    const r = scanRepo(shared('repos', 'zulip__docker-zulip@d42f8e3b7a'), [kubernetesManifests]);
    expect(inventory(r.components)).toEqual([
      'kubernetes/manual/zulip-rc.yml:21 docker.io/library/redis:alpine',
      'kubernetes/manual/zulip-rc.yml:38 docker.io/library/memcached:alpine',
      'kubernetes/manual/zulip-rc.yml:59 docker.io/library/rabbitmq:4.0.7',
      'kubernetes/manual/zulip-rc.yml:73 docker.io/zulip/zulip-postgresql:latest',
      'kubernetes/manual/zulip-rc.yml:89 docker.io/zulip/docker-zulip:10.3-0',
    ]);
  });

  it.each(['mattermost__mattermost-operator@4f59dc0930', 'zulip__docker-zulip@d42f8e3b7a'])(
    '%s: every image: line with a value is a component, except in CustomResourceDefinition schemas',
    (dir) => {
      const root = shared('repos', dir);
      // A CRD's OpenAPI schema has `image:` properties with nested `description`/`type`.
      const schemaProperty = (line: string): boolean => /^\s*(?:-\s+)?image:\s*$/.test(line);
      const { missing, checked } = unlocatedImageLines(root, scanRepo(root, [kubernetesManifests]), () => true, schemaProperty);
      expect(missing).toEqual([]);
      expect(checked).toBeGreaterThan(0);
    },
  );
});
