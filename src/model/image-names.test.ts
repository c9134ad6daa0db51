import { describe, expect, it } from 'vitest';
import { canonicalImageName, imageOfDockerPurl } from './image-names.js';

describe('canonicalImageName', () => {
  const cases: [string, string, string][] = [
    ['Docker Hub itself', 'docker.io/library/postgres', 'docker.io/library/postgres'],
    ['the legacy index host', 'index.docker.io/library/postgres', 'docker.io/library/postgres'],
    ['the registry API host', 'registry-1.docker.io/library/postgres', 'docker.io/library/postgres'],
    ['an official image without library/', 'registry-1.docker.io/postgres', 'docker.io/library/postgres'],
    ["ECR Public's Docker Official Images", 'public.ecr.aws/docker/library/redis', 'docker.io/library/redis'],
    ["Google's mirror", 'mirror.gcr.io/library/nginx', 'docker.io/library/nginx'],
    ["Google's mirror, short form", 'mirror.gcr.io/nginx', 'docker.io/library/nginx'],
    ["Google's mirror of a namespace", 'mirror.gcr.io/bitnami/redis', 'docker.io/bitnami/redis'],
    ["Bitnami's archive", 'docker.io/bitnamilegacy/elasticsearch', 'docker.io/bitnami/elasticsearch'],
    ["Bitnami's hardened images", 'docker.io/bitnamisecure/postgresql', 'docker.io/bitnami/postgresql'],
    ['an alias and a rename at once', 'registry-1.docker.io/bitnamilegacy/redis', 'docker.io/bitnami/redis'],
    ['another registry with the same namespace', 'ghcr.io/bitnamilegacy/redis', 'ghcr.io/bitnamilegacy/redis'],
    ["ECR Public's own namespaces", 'public.ecr.aws/bitnami/redis', 'public.ecr.aws/bitnami/redis'],
    ['quay.io', 'quay.io/keycloak/keycloak', 'quay.io/keycloak/keycloak'],
    ['a bare name', 'postgres', 'postgres'],
  ];
  it.each(cases)('%s: %s -> %s', (_what, name, canonical) => expect(canonicalImageName(name)).toBe(canonical));
});

describe('imageOfDockerPurl', () => {
  const cases: [string, string | undefined][] = [
    ['pkg:docker/library/postgres', 'docker.io/library/postgres'],
    ['pkg:docker/bitnami/postgresql', 'docker.io/bitnami/postgresql'],
    ['pkg:docker/linuxserver/wireshark?repository_url=lscr.io', 'lscr.io/linuxserver/wireshark'],
    ['pkg:docker/nginx@1.25?arch=amd64', 'docker.io/library/nginx'],
    ['pkg:docker/cassandra?repository_url=https://gcr.io/', 'gcr.io/cassandra'],
    ['pkg:oci/etcd?repository_url=quay.io/repository/coreos', undefined],
    ['pkg:generic/postgresql', undefined],
    ['pkg:docker//x', undefined],
    ['pkg:docker/%E0%A4%A', undefined],
  ];
  it.each(cases)('%s -> %s', (purl, image) => expect(imageOfDockerPurl(purl)).toBe(image));
});
