import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { shared } from '../../../test/helpers/shared.js';
import { contextFor, inventory, scanRepo, unlocatedImageLines } from '../images/test-support.js';
import { kustomizations } from '../kustomize/index.js';
import { kubernetesManifests } from './index.js';

const FIXTURES = join(import.meta.dirname, '__fixtures__');
const extract = (path: string): ReturnType<typeof kubernetesManifests.extract> =>
  kubernetesManifests.extract({ path, text: readFileSync(join(FIXTURES, path), 'utf8') }, contextFor(FIXTURES));

describe('claims', () => {
  it.each(['k8s/deployment.yaml', 'manifests/all.yml', 'config/manager/manager.yaml', 'etherpad.yml'])('claims %s', (p) =>
    expect(kubernetesManifests.claims(p)).toBe(true),
  );
  it.each([
    'values.yaml',
    'charts/x/Chart.yaml',
    'charts/x/templates/deployment.yaml',
    'docker-compose.yml',
    'kustomization.yaml',
    'pnpm-lock.yaml',
    'pnpm-workspace.yaml',
    '.yarnrc.yml',
    '.github/workflows/ci.yml',
    'Chart.lock',
    'deployment.json',
  ])('not %s', (p) => expect(kubernetesManifests.claims(p)).toBe(false));
});

describe('workloads (fixture)', () => {
  const r = extract('workloads.yaml');

  it('finds containers, init and ephemeral containers of every kind, nested CronJob templates and List items', () => {
    expect(inventory(r.components)).toEqual([
      'workloads.yaml:9 docker.io/library/busybox:1.36',
      'workloads.yaml:12 docker.io/nicolaka/netshoot:v0.13',
      'workloads.yaml:22 docker.io/library/node:20.11.1-bookworm-slim',
      'workloads.yaml:25 docker.io/library/nginx:1.25.3',
      'workloads.yaml:27 docker.io/library/nginx:1.25.3',
      'workloads.yaml:39 docker.io/library/postgres:11',
      'workloads.yaml:52 docker.io/library/redis:7.2.4-alpine',
      'workloads.yaml:60 docker.io/library/rabbitmq:4.0.7',
      'workloads.yaml:69 ghcr.io/example/api:2.3.1',
      'workloads.yaml:75 docker.io/mattermost/mattermost-enterprise-edition:9.11.2',
    ]);
  });

  it('reports a bad image with its line and leaves templates as a notice; a ConfigMap is not a workload', () => {
    expect(r.problems.map((p) => [p.line, p.level, p.message])).toEqual([
      [91, 'warning', 'image "Nginx:1.25" is not a valid image reference: repository name (library/Nginx) must be lowercase'],
      [93, 'notice', 'image "{{ .Values.image }}" is a template expression; not resolved'],
    ]);
  });
});

describe('YAML that is not Kubernetes', () => {
  it('gives nothing and says nothing', () => {
    expect(extract('not-kubernetes.yaml')).toEqual({ components: [], problems: [] });
  });

  it('reports a YAML error only in a file that looks like a manifest', () => {
    const r = kubernetesManifests.extract({ path: 'bad.yaml', text: 'apiVersion: v1\nkind: Pod\nspec: [oops\n' }, contextFor(FIXTURES));
    expect(r.components).toEqual([]);
    expect(r.problems.map((p) => [p.line, p.level])).toEqual([[4, 'error']]);
  });
});

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

describe('hostile input', () => {
  it('a merge-key bomb (each level merging the one below ten times) is read once per mapping', () => {
    const levels = ['l0: &l0 {image: "nginx:1.27.3", name: web}'];
    for (let i = 1; i <= 12; i++) levels.push(`l${i}: &l${i} {<<: [${Array.from({ length: 10 }, () => `*l${i - 1}`).join(', ')}]}`);
    const text = ['apiVersion: v1', 'kind: Pod', 'x-defs:', ...levels.map((l) => `  ${l}`), 'spec:', '  containers:', '    - <<: *l12', ''].join('\n');
    const started = Date.now();
    const r = kubernetesManifests.extract({ path: 'bomb.yaml', text }, contextFor(FIXTURES));
    expect(Date.now() - started).toBeLessThan(2000);
    expect(inventory(r.components)).toEqual(['bomb.yaml:4 docker.io/library/nginx:1.27.3']);
  });
});

