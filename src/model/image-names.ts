// One spelling per image repository, so that the catalogue, endoflife.date's purl identifiers and
// a policy's `images:` map are all looked up by the same key: `registry/repository` as
// parseImageReference gives it (`docker.io/library/postgres`). Docker Hub answers under several
// host names and is mirrored under others; Bitnami moved its images to new namespaces without
// changing what they run. Each of these is the same image for the purpose of its release data.

const DOCKER_HUB = 'docker.io';

/** Host names of Docker Hub itself (docs.docker.com, "registry-1.docker.io" is the API host). */
const HUB_ALIASES = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io']);

/**
 * Pull-through mirrors of Docker Hub and the path prefix under which they serve it:
 * AWS's ECR Public Gallery of Docker Official Images, Google's mirror.gcr.io.
 */
const HUB_MIRRORS: readonly (readonly [string, string])[] = [
  ['public.ecr.aws/docker/library/', 'library/'],
  ['mirror.gcr.io/', ''],
];

/** Bitnami's namespaces since its 2025 catalogue change: the same images, archived or hardened. */
const BITNAMI_NAMESPACES = new Set(['bitnamilegacy', 'bitnamisecure']);

/** Docker Hub's own spelling of a path: one-component names are official images under `library/`. */
function hubPath(path: string): string {
  return path.includes('/') ? path : `library/${path}`;
}

/**
 * The canonical `registry/repository` of an image name: Docker Hub's aliases and mirrors become
 * `docker.io/...`, Bitnami's renamed namespaces become `bitnami/`. Other names are unchanged.
 */
export function canonicalImageName(name: string): string {
  const lower = name.toLowerCase();
  let registry: string;
  let path: string;
  const mirror = HUB_MIRRORS.find(([prefix]) => lower.startsWith(prefix));
  if (mirror) {
    registry = DOCKER_HUB;
    path = mirror[1] + name.slice(mirror[0].length);
  } else {
    const slash = name.indexOf('/');
    if (slash === -1) return name;
    registry = name.slice(0, slash);
    path = name.slice(slash + 1);
    if (!HUB_ALIASES.has(registry.toLowerCase())) return name;
    registry = DOCKER_HUB;
  }
  path = hubPath(path);
  const ns = path.indexOf('/');
  if (BITNAMI_NAMESPACES.has(path.slice(0, ns))) path = `bitnami${path.slice(ns)}`;
  return `${registry}/${path}`;
}

/**
 * The image a purl of type `docker` names (purl-spec's docker type: the namespace is the path
 * below the registry, and a registry other than Docker Hub is the `repository_url` qualifier),
 * as a canonical name; undefined for any other purl.
 */
export function imageOfDockerPurl(purl: string): string | undefined {
  const m = /^pkg:docker\/([^?#@]+)(?:@[^?#]*)?(?:\?([^#]*))?/i.exec(purl.trim());
  if (!m) return undefined;
  let path: string;
  try {
    path = decodeURIComponent(m[1]!).toLowerCase();
  } catch {
    return undefined;
  }
  if (path === '' || path.split('/').some((s) => s === '')) return undefined;
  let registry = DOCKER_HUB;
  for (const pair of (m[2] ?? '').split('&')) {
    const [k, v] = pair.split('=');
    if (k === 'repository_url' && v) registry = decodeURIComponent(v).replace(/^https?:\/\//, '').replace(/\/+$/, '').toLowerCase();
  }
  return canonicalImageName(registry === DOCKER_HUB ? `${DOCKER_HUB}/${hubPath(path)}` : `${registry}/${path}`);
}
