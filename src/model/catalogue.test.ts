import { describe, expect, it } from 'vitest';
import { CATALOGUE_PRODUCTS, isFloatingTag, lookupImage, osFromTag } from './catalogue.js';
import { imageComponent } from '../extract/images/component.js';
import { parseImageReference } from '../extract/images/reference.js';

/** Catalogue lookup from what a manifest says, through the same parser the extractors use. */
function look(reference: string): ReturnType<typeof lookupImage> {
  const r = parseImageReference(reference);
  if (!r.ok) throw new Error(r.reason);
  return lookupImage(r.ref.name, r.ref.tag);
}

describe('lookupImage', () => {
  it.each([
    // Tags seen in the shared corpus and on the images' Docker Hub pages.
    ['nginx:1.27', 'nginx', '1.27'],
    ['nginx:1.25.3-alpine', 'nginx', '1.25.3'],
    ['postgres:16.4-alpine', 'postgresql', '16.4'],
    ['docker.io/postgres:12-alpine', 'postgresql', '12'],
    ['bitnami/postgresql:16.4.0-debian-12-r0', 'postgresql', '16.4.0'],
    ['mysql:8.0.36-debian', 'mysql', '8.0.36'],
    ['mysql/mysql-server:8.0.32', 'mysql', '8.0.32'],
    ['mariadb:11.4.2-noble', 'mariadb', '11.4.2'],
    ['redis:7.2.4-alpine', 'redis', '7.2.4'],
    ['docker.io/library/redis:7-bookworm', 'redis', '7'],
    ['valkey/valkey:8.0.1', 'valkey', '8.0.1'],
    ['node:20.11.1-bookworm-slim', 'nodejs', '20.11.1'],
    ['node:14.21.3-alpine3.16', 'nodejs', '14.21.3'],
    ['node:hydrogen-alpine', 'nodejs', '18'],
    ['docker.io/library/python:3.11-slim-bookworm', 'python', '3.11'],
    ['eclipse-temurin:17.0.9_9-jdk', 'eclipse-temurin', '17.0.9+9'],
    ['eclipse-temurin:21-jre-jammy', 'eclipse-temurin', '21'],
    ['eclipse-temurin:8u392-b08-jre', 'eclipse-temurin', '8u392-b08'],
    ['openjdk:17-jdk-slim', 'eclipse-temurin', '17'],
    ['amazoncorretto:21.0.4', 'amazon-corretto', '21.0.4'],
    ['golang:1.21.8-bullseye', 'go', '1.21.8'],
    ['php:8.3-apache', 'php', '8.3'],
    ['ruby:3.3.0-slim-bookworm', 'ruby', '3.3.0'],
    ['rabbitmq:4.0.7', 'rabbitmq', '4.0.7'],
    ['rabbitmq:3.13-management', 'rabbitmq', '3.13'],
    ['mongo:7.0.12-jammy', 'mongodb', '7.0.12'],
    ['bitnami/mongodb:4.4', 'mongodb', '4.4'],
    ['docker.elastic.co/elasticsearch/elasticsearch:8.15.0', 'elasticsearch', '8.15.0'],
    ['quay.io/keycloak/keycloak:23.0.7', 'keycloak', '23.0.7'],
    ['traefik:v3.1', 'traefik', '3.1'],
    ['haproxy:3.1-alpine', 'haproxy', '3.1'],
    ['rocketchat/rocket.chat:6.10.2', 'rocket-chat', '6.10.2'],
    ['registry.rocket.chat/rocketchat/rocket.chat:6.13.0', 'rocket-chat', '6.13.0'],
    ['mattermost/mattermost-team-edition:10.1.2@sha256:3de25ae1b300351ae0c667dc82a33d8dc83497cd1e5ecd0d6e3055f522019696', 'mattermost', '10.1.2'],
    ['mattermost/mattermost-enterprise-edition:5.28.0', 'mattermost', '5.28.0'],
    ['debian:bookworm', 'debian', '12'],
    ['docker.io/library/debian:bookworm-slim', 'debian', '12'],
    ['debian:12.5-slim', 'debian', '12.5'],
    ['ubuntu:22.04', 'ubuntu', '22.04'],
    ['ubuntu:jammy-20230308@sha256:7a57c69fe1e9d5b97c5fe649849e79f2cfc3bf11d10bbd5218b4eb61716aebe6', 'ubuntu', '22.04'],
    ['docker.io/library/alpine:3.20', 'alpine-linux', '3.20'],
    ['alpine:3.19.1', 'alpine-linux', '3.19.1'],
  ])('%s is %s %s', (reference, product, version) => {
    const m = look(reference);
    expect(m?.product).toBe(product);
    expect(m?.productVersion).toBe(version);
  });

  it.each(['nginx:latest', 'nginx:stable-alpine', 'node:lts-alpine', 'redis:alpine', 'postgres', 'debian:stable', 'alpine:edge', 'ubuntu:devel'])(
    '%s names no version',
    (reference) => {
      const m = look(reference);
      expect(m?.product).toBeDefined();
      expect(m?.productVersion).toBeUndefined();
    },
  );

  it('gives layer os to the distributions and runtime to the rest', () => {
    expect(look('debian:12')?.layer).toBe('os');
    expect(look('alpine:3.19')?.layer).toBe('os');
    expect(look('ubuntu:24.04')?.layer).toBe('os');
    expect(look('nginx:1.27')?.layer).toBe('runtime');
    expect(look('node:22')?.layer).toBe('runtime');
  });

  it('does not know images it has no entry for, including look-alikes', () => {
    expect(look('jitsi/web:stable')).toBeUndefined();
    expect(look('ghcr.io/library/nginx:1.27')).toBeUndefined();
    expect(look('someone/postgres:16')).toBeUndefined();
  });

  it('notes the OS a runtime tag names', () => {
    expect(look('node:14.21.3-alpine3.16')?.os).toEqual({ product: 'alpine-linux', version: '3.16' });
    expect(look('node:20.11.1-bookworm-slim')?.os).toEqual({ product: 'debian', version: '12' });
    expect(look('python:3.12-slim-bullseye')?.os).toEqual({ product: 'debian', version: '11' });
    expect(look('eclipse-temurin:21-jre-jammy')?.os).toEqual({ product: 'ubuntu', version: '22.04' });
    expect(look('bitnami/postgresql:16.4.0-debian-12-r0')?.os).toEqual({ product: 'debian', version: '12' });
    expect(look('redis:7.2-alpine')?.os).toEqual({ product: 'alpine-linux' });
    expect(look('nginx:1.27')?.os).toBeUndefined();
    expect(osFromTag('8.0.36-debian')).toBeUndefined();
  });

  it('lists each product once', () => {
    expect(new Set(CATALOGUE_PRODUCTS).size).toBe(CATALOGUE_PRODUCTS.length);
    expect(CATALOGUE_PRODUCTS).toContain('rocket-chat');
  });
});

describe('isFloatingTag', () => {
  it.each(['latest', 'stable', 'mainline', 'alpine', 'stable-alpine', 'lts-slim', 'unstable', 'management', 'fpm-alpine', 'bookworm-slim'])(
    '%s floats',
    (tag) => expect(isFloatingTag(tag)).toBe(true),
  );
  it.each(['1.25', '16-alpine', 'v3.1', 'RELEASE.2019-05-14T23-57-45Z', 'c153e43', '10.3-0', 'bin-1.37.1'])('%s does not', (tag) =>
    expect(isFloatingTag(tag)).toBe(false),
  );
});

describe('imageComponent', () => {
  it('builds a Component with ImageInfo, purl and layer', () => {
    const r = imageComponent('postgres:16.4-alpine', 'k8s/db.yaml', 12, 'extract/test');
    expect(r.component).toEqual({
      ecosystem: 'image',
      name: 'docker.io/library/postgres',
      version: '16.4-alpine',
      purl: 'pkg:docker/library/postgres@16.4-alpine',
      layer: 'runtime',
      locations: [{ file: 'k8s/db.yaml', line: 12 }],
      direct: true,
      source: 'image',
      image: {
        reference: 'postgres:16.4-alpine',
        registry: 'docker.io',
        repository: 'library/postgres',
        tag: '16.4-alpine',
        product: 'postgresql',
        productVersion: '16.4',
        os: { product: 'alpine-linux' },
      },
    });
  });

  it('names other registries in the purl qualifier and uses the digest as version when there is no tag', () => {
    const d = 'sha256:409ab328ca931439cb916b388a4bb784bd44220717aaf74cf71620c23e34fc2b';
    const c = imageComponent(`ghcr.io/blackdex/rust-musl@${d}`, 'Dockerfile', 3, 'extract/test').component!;
    expect(c.version).toBe(d);
    expect(c.purl).toBe(`pkg:docker/blackdex/rust-musl@${d}?repository_url=ghcr.io`);
    expect(c.image?.tag).toBeUndefined();
    expect(c.layer).toBe('runtime');
  });

  it('gives an untagged image the version Docker pulls, latest', () => {
    const c = imageComponent('prom/prometheus', 'prometheus.yml', 3, 'extract/test').component!;
    expect(c.version).toBe('latest');
    expect(c.image?.tag).toBeUndefined();
  });

  it('turns a reference Docker refuses into a located warning', () => {
    expect(imageComponent('docker.io/library/', 'Dockerfile', 27, 'extract/dockerfile').problem).toEqual({
      level: 'warning',
      origin: 'extract/dockerfile',
      file: 'Dockerfile',
      line: 27,
      message: 'image "docker.io/library/" is not a valid image reference: invalid reference format',
    });
    expect(imageComponent('{{ .Values.image }}', 'a.yaml', 4, 'extract/helm').problem?.level).toBe('notice');
  });
});
