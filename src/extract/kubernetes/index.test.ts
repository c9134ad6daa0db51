import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contextFor, inventory } from '../images/test-support.js';
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
