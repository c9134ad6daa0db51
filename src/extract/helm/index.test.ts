import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contextFor, inventory } from '../images/test-support.js';
import { helmCharts } from './index.js';

const FIXTURES = join(import.meta.dirname, '__fixtures__');
const extract = (path: string): ReturnType<typeof helmCharts.extract> =>
  helmCharts.extract({ path, text: readFileSync(join(FIXTURES, path), 'utf8') }, contextFor(FIXTURES));

describe('claims', () => {
  it.each(['Chart.yaml', 'charts/x/Chart.yaml', 'values.yaml', 'charts/x/values-with-mattermost.yaml', 'values.prod.yml'])('claims %s', (p) =>
    expect(helmCharts.claims(p)).toBe(true),
  );
  it.each(['chart.yaml', 'Chart.lock', 'values-local.yaml.example', 'myvalues.yaml', 'templates/deployment.yaml'])('not %s', (p) =>
    expect(helmCharts.claims(p)).toBe(false),
  );
});

describe('values (fixture chart)', () => {
  const r = extract('chart/values.yaml');

  it('reads every image block shape, locating each at its image key', () => {
    expect(inventory(r.components)).toEqual([
      'chart/Chart.yaml:6 docker.io/mattermost/mattermost-team-edition:9.11.2',
      'chart/Chart.yaml:6 ghcr.io/element-hq/ess-helm/matrix-tools:9.11.2',
      'chart/values.yaml:4 docker.io/mattermost/mattermost-team-edition:9.11.2',
      'chart/values.yaml:10 ghcr.io/element-hq/matrix-authentication-service:0.15.0',
      'chart/values.yaml:17 ghcr.io/element-hq/ess-helm/matrix-tools:9.11.2',
      'chart/values.yaml:25 docker.io/library/busybox:latest',
      'chart/values.yaml:29 docker.io/library/mysql:8.0.18',
      'chart/values.yaml:33 docker.io/prom/mysqld-exporter:1.10',
      'chart/values.yaml:37 docker.io/grafana/grafana:10.2.0',
      'chart/values.yaml:38 docker.io/appropriate/curl:latest',
    ]);
  });

  it('keeps registry, digest and the spelling of numeric tags', () => {
    const worker = r.components.find((c) => c.name.endsWith('matrix-authentication-service'))!;
    expect(worker.image).toMatchObject({
      reference: 'ghcr.io/element-hq/matrix-authentication-service:0.15.0@sha256:6a2475d910e8cdc3bc6da016481d9ade26e70c0aae722552d5caf9c09b8d123b',
      registry: 'ghcr.io',
      tag: '0.15.0',
      digest: 'sha256:6a2475d910e8cdc3bc6da016481d9ade26e70c0aae722552d5caf9c09b8d123b',
    });
    expect(r.components.find((c) => c.name.endsWith('mysqld-exporter'))!.version).toBe('1.10');
  });

  it('leaves templated values as a notice', () => {
    expect(r.problems.map((p) => [p.line, p.level])).toEqual([[46, 'notice']]);
  });
});

describe('Chart.yaml (fixture chart)', () => {
  it('lists dependencies pinned by Chart.lock, local ones as path sources, and annotated images', () => {
    const r = extract('chart/Chart.yaml');
    expect(r.problems).toEqual([]);
    expect(inventory(r.components)).toEqual([
      'chart/Chart.yaml:10 postgresql:15.5.32',
      'chart/Chart.yaml:13 redis:20.1.4',
      'chart/Chart.yaml:16 local-helper:0.1.0',
      'chart/Chart.yaml:21 docker.io/mattermost/mattermost-team-edition:9.11.2',
      'chart/Chart.yaml:23 docker.io/library/nginx:1.27.3',
    ]);
    const pg = r.components.find((c) => c.name === 'postgresql')!;
    expect(pg).toMatchObject({ ecosystem: 'helm', layer: 'runtime', direct: true, purl: 'pkg:helm/postgresql@15.5.32?repository_url=oci%3A%2F%2Fregistry-1.docker.io%2Fbitnamicharts' });
    expect(pg.source).toBeUndefined();
    expect(r.components.find((c) => c.name === 'local-helper')!.source).toBe('path');
  });
});

describe('hostile input', () => {
  it('an alias bomb (billion laughs) is walked once per node', () => {
    const levels = ['l0: &l0 {image: "redis:7.2.4"}'];
    for (let i = 1; i <= 9; i++) levels.push(`l${i}: &l${i} [${Array.from({ length: 10 }, () => `*l${i - 1}`).join(', ')}]`);
    const started = Date.now();
    const r = helmCharts.extract({ path: 'values.yaml', text: levels.join('\n') + '\n' }, contextFor(FIXTURES));
    expect(Date.now() - started).toBeLessThan(2000);
    expect(inventory(r.components)).toEqual(['values.yaml:1 docker.io/library/redis:7.2.4']);
  });
});
