import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { shared } from '../../../test/helpers/shared.js';
import { contextFor, inventory, scanRepo, unlocatedImageLines } from '../images/test-support.js';
import { composeFiles } from './index.js';
import { dockerfiles } from '../dockerfile/index.js';
import { helmCharts } from '../helm/index.js';
import { kustomizations } from '../kustomize/index.js';
import { kubernetesManifests } from '../kubernetes/index.js';

const ALL = [dockerfiles, composeFiles, kustomizations, helmCharts, kubernetesManifests];
const repo = (dir: string): string => shared('repos', dir);

describe('real compose files of the shared corpus', () => {
  it('jitsi/docker-jitsi-meet: every service image, including the extra compose files used with -f', () => {
    const r = scanRepo(repo('jitsi__docker-jitsi-meet@47d974d88c'), ALL);
    expect(inventory(r.components)).toEqual([
      'docker-compose.yml:6 docker.io/jitsi/web:unstable',
      'docker-compose.yml:187 docker.io/jitsi/prosody:unstable',
      'docker-compose.yml:332 docker.io/jitsi/jicofo:unstable',
      'docker-compose.yml:419 docker.io/jitsi/jvb:unstable',
      'etherpad.yml:6 docker.io/etherpad/etherpad:2.0.3',
      'grafana.yml:6 docker.io/grafana/grafana:10.2.0',
      'jibri.yml:5 docker.io/jitsi/jibri:unstable',
      'jigasi.yml:6 docker.io/jitsi/jigasi:unstable',
      'log-analyser.yml:8 docker.io/grafana/loki:3.0.0',
      'log-analyser.yml:20 docker.io/otel/opentelemetry-collector-contrib:latest',
      'prometheus.yml:3 docker.io/prom/prometheus:latest',
      'transcriber.yml:5 docker.io/jitsi/jigasi:unstable',
      'whiteboard.yml:5 docker.io/jitsi/excalidraw-backend:21',
    ]);
    expect(r.problems).toEqual([]);
  });

  it('mattermost/docker: tags come only from .env, so without one each image is a located problem', () => {
    const r = scanRepo(repo('mattermost__docker@2db65ef6dd'), ALL);
    expect(r.components).toEqual([]);
    expect(r.problems.map((p) => `${p.file}:${p.line}`)).toEqual(['docker-compose.nginx.yml:8', 'docker-compose.yml:7', 'docker-compose.yml:30']);
    expect(r.problems[1]!.message).toContain('${POSTGRES_IMAGE_TAG} has no value and no default (there is no .env beside the compose file)');
  });

  it('mattermost/docker with its env.example copied to .env, as its README says', () => {
    const root = repo('mattermost__docker@2db65ef6dd');
    const envExample = readFileSync(join(root, 'env.example'), 'utf8');
    const ctx = { readFile: (p: string): string | undefined => (p === '.env' ? envExample : contextFor(root).readFile(p)) };
    const components = ['docker-compose.yml', 'docker-compose.nginx.yml'].flatMap(
      (path) => composeFiles.extract({ path, text: readFileSync(join(root, path), 'utf8') }, ctx).components,
    );
    expect(inventory(components)).toEqual([
      'docker-compose.nginx.yml:8 docker.io/library/nginx:alpine',
      'docker-compose.yml:7 docker.io/library/postgres:13-alpine',
      'docker-compose.yml:30 docker.io/mattermost/mattermost-enterprise-edition:9.11.2',
    ]);
  });

  it('zulip/docker-zulip', () => {
    const r = scanRepo(repo('zulip__docker-zulip@d42f8e3b7a'), [composeFiles]);
    expect(inventory(r.components)).toEqual([
      'docker-compose.yml:3 docker.io/zulip/zulip-postgresql:14',
      'docker-compose.yml:15 docker.io/library/memcached:alpine',
      'docker-compose.yml:30 docker.io/library/rabbitmq:4.0.7',
      'docker-compose.yml:38 docker.io/library/redis:alpine',
      'docker-compose.yml:51 docker.io/zulip/docker-zulip:10.3-0',
    ]);
  });

  it('element-hq/synapse', () => {
    const r = scanRepo(repo('element-hq__synapse@c705beebf7'), [composeFiles]);
    expect(inventory(r.components)).toEqual([
      'contrib/docker_compose_workers/docker-compose.yaml:6 docker.io/library/postgres:latest',
      'contrib/docker_compose_workers/docker-compose.yaml:19 docker.io/library/redis:latest',
      'contrib/docker_compose_workers/docker-compose.yaml:25 docker.io/matrixdotorg/synapse:latest',
      'contrib/docker_compose_workers/docker-compose.yaml:41 docker.io/matrixdotorg/synapse:latest',
      'contrib/docker_compose_workers/docker-compose.yaml:64 docker.io/matrixdotorg/synapse:latest',
      'contrib/docker/docker-compose.yml:12 docker.io/matrixdotorg/synapse:latest',
      'contrib/docker/docker-compose.yml:54 docker.io/library/postgres:12-alpine',
    ]);
    expect(r.components.find((c) => c.version === '12-alpine')?.image).toMatchObject({ product: 'postgresql', productVersion: '12' });
  });

  it('BookStackApp/BookStack', () => {
    const r = scanRepo(repo('BookStackApp__BookStack@6f1c54d018'), [composeFiles]);
    expect(inventory(r.components)).toEqual([
      'docker-compose.yml:9 docker.io/library/mysql:8.4',
      'docker-compose.yml:43 docker.io/library/node:22-alpine',
      'docker-compose.yml:50 docker.io/mailhog/mailhog:latest',
    ]);
  });

  it('mattermost-server: the Makefile compose file extends build/docker-compose.common.yml; each service is located at its extends too', () => {
    const r = scanRepo(repo('midas-phoenix__mattermost-server@aa5b8bf549'), [composeFiles]);
    const at = (name: string): string[] =>
      r.components.filter((c) => c.name === name).flatMap((c) => c.locations.map((l) => `${l.file}:${l.line}`)).filter((l) => l.startsWith('server/docker-compose.makefile.yml'));
    expect(at('docker.io/mysql/mysql-server')).toEqual(['server/docker-compose.makefile.yml:8', 'server/docker-compose.makefile.yml:16']);
    expect(at('docker.io/library/postgres')).toEqual(['server/docker-compose.makefile.yml:24']);
    const pg = r.components.find((c) => c.name === 'docker.io/library/postgres' && c.locations.some((l) => l.line === 24 && l.file === 'server/docker-compose.makefile.yml'))!;
    // The image is written in the common file: that line first.
    expect(pg.locations[0]).toEqual({ file: 'server/build/docker-compose.common.yml', line: 45 });
    expect(r.problems.filter((p) => p.message.includes('extends'))).toEqual([]);
  });

  it.each([
    'jitsi__docker-jitsi-meet@47d974d88c',
    'mattermost__docker@2db65ef6dd',
    'zulip__docker-zulip@d42f8e3b7a',
    'element-hq__synapse@c705beebf7',
    'BookStackApp__BookStack@6f1c54d018',
    'hmchangw__Rocket.Chat@50c4441363',
    'midas-phoenix__mattermost-server@aa5b8bf549',
  ])('%s: every image: line of a compose file is a component or a located problem', (dir) => {
    const root = repo(dir);
    const { missing, checked } = unlocatedImageLines(root, scanRepo(root, ALL), (_, id, text) => id === 'compose' || (id === 'kubernetes' && /^services\s*:/m.test(text)));
    expect(missing).toEqual([]);
    expect(checked).toBeGreaterThan(0);
  });
});
