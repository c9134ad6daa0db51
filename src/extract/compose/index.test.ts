import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contextFor, inventory } from '../images/test-support.js';
import { composeFiles } from './index.js';
import { parseDotenv } from '../images/dotenv.js';

const FIXTURES = join(import.meta.dirname, '__fixtures__');

function extractFixture(path: string, ctxRoot = FIXTURES): ReturnType<typeof composeFiles.extract> {
  return composeFiles.extract({ path, text: readFileSync(join(FIXTURES, path), 'utf8') }, contextFor(ctxRoot));
}

describe('claims', () => {
  it.each(['docker-compose.yml', 'a/docker-compose.yaml', 'docker-compose.override.yml', 'docker-compose-ci.yml', 'compose.yaml', 'server/docker-compose.makefile.m1.yml', 'compose.prod.yml'])(
    'claims %s',
    (p) => expect(composeFiles.claims(p)).toBe(true),
  );
  it.each(['values.yaml', 'etherpad.yml', 'docker-compose.yml.example', 'my-compose.yml', 'composer.json'])('not %s', (p) =>
    expect(composeFiles.claims(p)).toBe(false),
  );
});

describe('interpolation (fixture standing for mattermost/docker and jitsi)', () => {
  const r = extractFixture('interpolation/docker-compose.yml');

  it('resolves variables from the .env beside the file, then defaults', () => {
    expect(inventory(r.components)).toEqual([
      'interpolation/docker-compose.yml:5 docker.io/library/postgres:13-alpine',
      'interpolation/docker-compose.yml:7 docker.io/mattermost/mattermost-enterprise-edition:9.11.2',
      'interpolation/docker-compose.yml:9 docker.io/jitsi/web:unstable',
      'interpolation/docker-compose.yml:13 docker.io/library/redis:7.2.4-alpine',
      'interpolation/docker-compose.yml:19 docker.io/library/busybox:1.36',
    ]);
    expect(r.components.find((c) => c.version === '13-alpine')?.image?.reference).toBe('postgres:13-alpine');
  });

  it('reports what it cannot resolve instead of recording a wrong image', () => {
    expect(r.problems.map((p) => [p.line, p.level, p.message])).toEqual([
      // NGINX_TAG is set but empty: `-` (unlike `:-`) keeps the empty value, which Docker refuses.
      [11, 'warning', 'image "nginx:" is not a valid image reference: invalid reference format'],
      [
        15,
        'warning',
        'services.broken.image "ghcr.io/${LOWERCASE_REPOSITORY}/rocket.chat:${RC_DOCKER_TAG}": ${LOWERCASE_REPOSITORY}, ${RC_DOCKER_TAG} has no value and no default (interpolation/.env does not set it); image not recorded',
      ],
      [17, 'warning', 'services.strict.image "traefik:${TRAEFIK_TAG:?set TRAEFIK_TAG in .env}": TRAEFIK_TAG: set TRAEFIK_TAG in .env'],
    ]);
  });
});

describe('anchors and merge keys (fixture standing for synapse workers)', () => {
  it('reports a shared image once, at the anchor, and an override at its own line', () => {
    const r = extractFixture('anchors/compose.yaml');
    expect(inventory(r.components)).toEqual([
      'anchors/compose.yaml:4 docker.io/matrixdotorg/synapse:v1.118.0',
      'anchors/compose.yaml:15 docker.io/matrixdotorg/synapse:v1.117.0',
    ]);
    expect(r.problems).toEqual([]);
  });
});

describe('dotenv', () => {
  it('reads .env the way Compose does', () => {
    const vars = parseDotenv(
      ['# comment', 'A=1', 'export B=two words # trailing', "C='single ${A}'", 'D="double ${A}\\n"', 'E=${A}-x', 'F=', 'bad line', '9X=no'].join('\n'),
    );
    expect(Object.fromEntries(vars)).toEqual({ A: '1', B: 'two words', C: 'single ${A}', D: 'double 1\n', E: '1-x', F: '' });
  });
});

describe('extends (fixture standing for compose-spec.io\'s extends examples)', () => {
  const r = extractFixture('extends/compose.yaml');

  it('a service without its own image inherits the one it extends, located where that image is written and at its extends', () => {
    expect(inventory(r.components)).toEqual([
      'extends/common-services.yml:8 docker.io/mattermost/mattermost-team-edition:10.1.2',
      'extends/common-services.yml:8 docker.io/mattermost/mattermost-team-edition:10.1.2',
      'extends/compose.yaml:5 docker.io/mattermost/mattermost-team-edition:10.1.2',
      // worker extends web, which extends webapp in the other file, which extends base there.
      'extends/compose.yaml:9 docker.io/mattermost/mattermost-team-edition:10.1.2',
      'extends/compose.yaml:11 docker.io/library/postgres:16.4',
      'extends/compose.yaml:15 docker.io/library/postgres:16.4',
      'extends/compose.yaml:15 docker.io/library/postgres:16.4',
      // Its own image wins; a service that builds inherits none.
      'extends/compose.yaml:18 docker.io/library/redis:7.2.4',
    ]);
  });

  it('says at the extends line what it cannot follow', () => {
    expect(r.problems.map((p) => `${p.file}:${p.line} ${p.level} ${p.message}`)).toEqual([
      'extends/compose.yaml:23 warning services.gone.extends: file missing.yml is missing or could not be read; the image of webapp is not seen',
      'extends/compose.yaml:27 warning services.outside.extends: file ../../elsewhere.yml is outside the scanned folder; the image of webapp is not seen',
      'extends/compose.yaml:31 warning services.wrong.extends: no service nosuch in extends/common-services.yml; its image is not seen',
      // Each at the extends that closes the cycle.
      'extends/compose.yaml:37 warning services.loop-b.extends: extends loop-a in a cycle; not followed',
      'extends/compose.yaml:35 warning services.loop-a.extends: extends loop-b in a cycle; not followed',
    ]);
  });
});

describe('extends chains', () => {
  it(`a chain longer than LIMITS.composeMaxExtends is cut with a warning at the service's extends`, () => {
    const services = Array.from({ length: 40 }, (_, i) => `  s${i}:\n    extends: s${i + 1}\n`).join('');
    const text = `services:\n${services}  s40:\n    image: redis:7.2.4\n`;
    const r = composeFiles.extract({ path: 'compose.yaml', text }, contextFor(FIXTURES));
    const deep = r.problems.filter((p) => p.message.includes('services deep'));
    expect(deep[0]).toMatchObject({ line: 3, level: 'warning', message: 'services.s0.extends: more than 16 services deep; not followed' });
    // s24 is 16 steps from the image: it and every service nearer inherit it.
    expect(r.components.filter((c) => c.name === 'docker.io/library/redis').length).toBe(41 - 24);
  });
});
