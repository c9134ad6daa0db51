import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { shared } from '../../../test/helpers/shared.js';
import type { Component, Problem } from '../../model/types.js';
import { inventory } from '../images/test-support.js';
import { dockerfiles } from './index.js';

// The shared corpus holds no Dockerfiles, only their FROM and ARG lines with line numbers
// (repos/<dir>/_derived/dockerfile-from-arg.json). Each Dockerfile is rebuilt from them: every
// listed instruction at its own line, a neutral `RUN true` on every other line, so that line
// numbers, ARG scoping and stage order are the real file's.

interface Derived {
  dockerfiles: { path: string; instructions: { line: number; text: string }[] }[];
}

function rebuild(instructions: { line: number; text: string }[]): string {
  const last = Math.max(...instructions.map((i) => i.line));
  const lines: string[] = Array.from({ length: last }, () => 'RUN true');
  for (const i of instructions) lines[i.line - 1] = i.text;
  return lines.join('\n') + '\n';
}

function extractRepo(dir: string): { components: Component[]; problems: Problem[]; claimed: string[] } {
  const derived = JSON.parse(readFileSync(shared('repos', dir, '_derived', 'dockerfile-from-arg.json'), 'utf8')) as Derived;
  const out = { components: [] as Component[], problems: [] as Problem[], claimed: [] as string[] };
  for (const df of derived.dockerfiles) {
    if (!dockerfiles.claims(df.path)) continue;
    out.claimed.push(df.path);
    const r = dockerfiles.extract({ path: df.path, text: rebuild(df.instructions) }, { readFile: () => undefined });
    out.components.push(...r.components);
    out.problems.push(...r.problems);
  }
  return out;
}

const located = (ps: Problem[]): string[] => ps.map((p) => `${p.file}:${p.line} ${p.level}`);

describe('Dockerfiles of the shared corpus, rebuilt from their FROM and ARG lines', () => {
  it('jitsi/docker-jitsi-meet: global ARG defaults in every FROM', () => {
    const r = extractRepo('jitsi__docker-jitsi-meet@47d974d88c');
    expect(inventory(r.components)).toEqual([
      'base-java/Dockerfile:3 docker.io/jitsi/base:latest',
      'base/Dockerfile:1 docker.io/library/debian:bookworm-slim',
      'jibri/Dockerfile:3 docker.io/jitsi/base-java:latest',
      'jicofo/Dockerfile:3 docker.io/jitsi/base-java:latest',
      'jigasi/Dockerfile:3 docker.io/jitsi/base-java:latest',
      'jvb/Dockerfile:3 docker.io/jitsi/base-java:latest',
      'prosody/Dockerfile:4 docker.io/jitsi/base:latest',
      'prosody/Dockerfile:22 docker.io/jitsi/base:latest',
      'web/Dockerfile:3 docker.io/jitsi/base:latest',
    ]);
    expect(r.problems).toEqual([]);
    expect(r.components.find((c) => c.name.endsWith('/debian'))?.layer).toBe('os');
  });

  it('element-hq/synapse: multi-stage builds, ARG FROM=…:$SYNAPSE_VERSION, and an empty distro default', () => {
    const r = extractRepo('element-hq__synapse@c705beebf7');
    expect(inventory(r.components)).toEqual([
      'docker/complement/Dockerfile:13 docker.io/matrixdotorg/synapse-workers:latest',
      'docker/Dockerfile-workers:10 docker.io/library/debian:bookworm-slim',
      'docker/Dockerfile-workers:24 docker.io/library/redis:7-bookworm',
      'docker/Dockerfile-workers:27 docker.io/matrixdotorg/synapse:latest',
      'docker/Dockerfile:30 docker.io/library/python:3.11-slim-bookworm',
      'docker/Dockerfile:90 docker.io/library/python:3.11-slim-bookworm',
      'docker/Dockerfile:161 docker.io/library/python:3.11-slim-bookworm',
      'docker/editable.Dockerfile:13 docker.io/library/python:3.9-slim-bookworm',
    ]);
    expect(located(r.problems)).toEqual(['docker/Dockerfile-dhvirtualenv:27 warning', 'docker/Dockerfile-dhvirtualenv:58 warning']);
    expect(r.components.find((c) => c.locations[0]!.line === 30)?.image).toMatchObject({ product: 'python', productVersion: '3.11', os: { product: 'debian', version: '12' } });
  });

  it('dani-garcia/vaultwarden: --platform flags, digests, per-architecture stages; the Jinja template is not read', () => {
    const r = extractRepo('dani-garcia__vaultwarden@33bae5fbe9');
    expect(r.claimed).not.toContain('docker/Dockerfile.j2');
    const vault = 'docker.io/vaultwarden/web-vault:sha256:409ab328ca931439cb916b388a4bb784bd44220717aaf74cf71620c23e34fc2b';
    expect(inventory(r.components)).toEqual([
      `docker/Dockerfile.alpine:30 ${vault}`,
      'docker/Dockerfile.alpine:35 ghcr.io/blackdex/rust-musl:x86_64-musl-stable-1.82.0',
      'docker/Dockerfile.alpine:36 ghcr.io/blackdex/rust-musl:aarch64-musl-stable-1.82.0',
      'docker/Dockerfile.alpine:37 ghcr.io/blackdex/rust-musl:armv7-musleabihf-stable-1.82.0',
      'docker/Dockerfile.alpine:38 ghcr.io/blackdex/rust-musl:arm-musleabi-stable-1.82.0',
      'docker/Dockerfile.alpine:129 docker.io/library/alpine:3.20',
      `docker/Dockerfile.debian:30 ${vault}`,
      'docker/Dockerfile.debian:35 docker.io/tonistiigi/xx:sha256:1978e7a58a1777cb0ef0dde76bad60b7914b21da57cfa88047875e4f364297aa',
      'docker/Dockerfile.debian:39 docker.io/library/rust:1.82.0-slim-bookworm',
      'docker/Dockerfile.debian:168 docker.io/library/debian:bookworm-slim',
    ]);
    // FROM build_${TARGETARCH}${TARGETVARIANT} picks one of the build_* stages.
    expect(r.problems).toEqual([]);
  });

  it('zulip/docker-zulip: FROM base is a stage, not an image', () => {
    const r = extractRepo('zulip__docker-zulip@d42f8e3b7a');
    expect(inventory(r.components)).toEqual(['Dockerfile:5 docker.io/library/ubuntu:24.04']);
    expect(r.problems).toEqual([]);
  });

  it('mattermost/mattermost-operator: images given whole by ARG defaults', () => {
    const r = extractRepo('mattermost__mattermost-operator@4f59dc0930');
    expect(inventory(r.components)).toEqual(['Dockerfile:5 docker.io/library/golang:1.21', 'Dockerfile:19 gcr.io/distroless/static:nonroot']);
  });

  it('element-hq/ess-helm', () => {
    const r = extractRepo('element-hq__ess-helm@9ec6c26fb7');
    expect(inventory(r.components)).toEqual(['matrix-tools/Dockerfile:5 docker.io/library/golang:1.24', 'matrix-tools/Dockerfile:15 gcr.io/distroless/static-debian12:latest']);
  });

  it('zulip (fork Welets/zulip): two ARGs in one tag, and base images left to --build-arg', () => {
    const r = extractRepo('Welets__zulip@c65cc48215');
    expect(inventory(r.components)).toEqual([
      'Dockerfile-postgresql:17 docker.io/groonga/pgroonga:latest-alpine-14-slim',
      'tools/setup/dev-vagrant-docker/Dockerfile:1 docker.io/library/ubuntu:22.04',
    ]);
    expect(located(r.problems)).toEqual(['tools/ci/Dockerfile:14 warning', 'tools/ci/Dockerfile.prod:10 warning']);
  });

  it('Rocket.Chat (fork hmchangw/Rocket.Chat): quoted ARG default in a stage image', () => {
    const r = extractRepo('hmchangw__Rocket.Chat@50c4441363');
    expect(inventory(r.components)).toEqual([
      'apps/meteor/.docker-mongo/Dockerfile:1 docker.io/library/node:14.21.3-bullseye-slim',
      'apps/meteor/.docker/Dockerfile:3 docker.io/denoland/deno:bin-1.37.1',
      'apps/meteor/.docker/Dockerfile:5 docker.io/library/node:14.21.3-bullseye-slim',
      'apps/meteor/.docker/Dockerfile.alpine:3 docker.io/denoland/deno:bin-1.37.1',
      'apps/meteor/.docker/Dockerfile.alpine:5 docker.io/library/node:14.21.3-alpine3.16',
      'apps/meteor/tests/e2e/containers/saml/Dockerfile:1 docker.io/library/php:7.1-apache',
    ]);
  });

  it('mattermost server (fork midas-phoenix/mattermost-server): tag and digest together', () => {
    const r = extractRepo('midas-phoenix__mattermost-server@aa5b8bf549');
    expect(inventory(r.components)).toEqual([
      'e2e-tests/cypress/Dockerfile.webhook:1 docker.io/library/node:14-alpine',
      'server/build/docker-preview/Dockerfile:3 docker.io/library/postgres:12',
      'server/build/Dockerfile:1 docker.io/library/ubuntu:jammy-20230308',
      'server/build/Dockerfile.buildenv:1 docker.io/library/golang:1.21.8-bullseye',
      'webapp/channels/build/Dockerfile:1 docker.io/library/node:14.16',
    ]);
    const ubuntu = r.components.find((c) => c.name === 'docker.io/library/ubuntu')!;
    expect(ubuntu.image).toMatchObject({ digest: 'sha256:7a57c69fe1e9d5b97c5fe649849e79f2cfc3bf11d10bbd5218b4eb61716aebe6', product: 'ubuntu', productVersion: '22.04' });
  });

  it.each([
    'BookStackApp__BookStack@6f1c54d018',
    'Welets__zulip@c65cc48215',
    'dani-garcia__vaultwarden@33bae5fbe9',
    'element-hq__ess-helm@9ec6c26fb7',
    'element-hq__synapse@c705beebf7',
    'hmchangw__Rocket.Chat@50c4441363',
    'jitsi__docker-jitsi-meet@47d974d88c',
    'mattermost__mattermost-helm@f61de17a5b',
    'mattermost__mattermost-operator@4f59dc0930',
    'midas-phoenix__mattermost-server@aa5b8bf549',
    'moonwolf-github__zulip@fba8c23dc0',
    'zulip__docker-zulip@d42f8e3b7a',
  ])('%s: every FROM line is an image, a located problem, or a named stage', (dir) => {
    const derived = JSON.parse(readFileSync(shared('repos', dir, '_derived', 'dockerfile-from-arg.json'), 'utf8')) as Derived;
    const r = extractRepo(dir);
    const at = new Set([...r.components.flatMap((c) => c.locations), ...r.problems].map((l) => `${l.file}:${l.line}`));
    for (const df of derived.dockerfiles.filter((d) => dockerfiles.claims(d.path))) {
      const stages = df.instructions.flatMap((i) => /\sAS\s+(\S+)/i.exec(i.text)?.[1]?.toLowerCase() ?? []);
      for (const i of df.instructions.filter((x) => /^FROM\s/i.test(x.text))) {
        const image = i.text.split(/\s+/).slice(1).find((w) => !w.startsWith('--'))!.toLowerCase();
        const isStage = stages.some((s) => new RegExp(`^${image.replace(/\$\{[^}]*\}/g, '.*')}$`).test(s));
        expect(at.has(`${df.path}:${i.line}`) || isStage, `${df.path}:${i.line} ${i.text}`).toBe(true);
      }
    }
  });
});
