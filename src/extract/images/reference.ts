// Image references parsed exactly as Docker parses them: the grammar and normalisation of
// github.com/distribution/reference (regexp.go, reference.go, normalize.go) and the digest checks
// of github.com/opencontainers/go-digest. Docker, containerd, Kubernetes and Compose all use that
// package, so a reference it rejects would not be pulled by any of them, and one it accepts names
// exactly the repository they would pull.

/** The grammar's building blocks, transcribed from distribution/reference's regexp.go. */
const alphanumeric = '[a-z0-9]+';
const separator = '(?:[._]|__|[-]+)';
const domainNameComponent = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const optionalPort = '(?::[0-9]+)?';
const tagPat = '[\\w][\\w.-]{0,127}';
const digestPat = '[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*[:][0-9a-fA-F]{32,}';
const ipv6address = '\\[(?:[a-fA-F0-9:]+)\\]';
const domainName = `${domainNameComponent}(?:\\.${domainNameComponent})*`;
const host = `(?:${domainName}|${ipv6address})`;
const domainAndPort = host + optionalPort;
const pathComponent = `${alphanumeric}(?:${separator}${alphanumeric})*`;
const remoteName = `${pathComponent}(?:/${pathComponent})*`;
const namePat = `(?:${domainAndPort}/)?${remoteName}`;

const REFERENCE = new RegExp(`^(${namePat})(?::(${tagPat}))?(?:@(${digestPat}))?$`);
const ANCHORED_NAME = new RegExp(`^(?:(${domainAndPort})/)?(${remoteName})$`);
const ANCHORED_IDENTIFIER = /^[a-f0-9]{64}$/;
/** go-digest's DigestRegexp, used to tell an unknown algorithm from a malformed digest. */
const GO_DIGEST = /^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$/;

/** Algorithms Docker registers (crypto/sha256 and crypto/sha512 give sha256, sha384, sha512). */
const DIGEST_HEX_LENGTH: Record<string, number> = { sha256: 64, sha384: 96, sha512: 128 };

export const REPOSITORY_NAME_MAX = 255;
/**
 * Longer input is refused before the regular expressions run: a valid reference is at most a
 * 255-character path, a host, a 128-character tag and a digest, far below this.
 */
export const REFERENCE_MAX_LENGTH = 2048;

const DEFAULT_DOMAIN = 'docker.io';
const LEGACY_DEFAULT_DOMAIN = 'index.docker.io';
const OFFICIAL_REPO_PREFIX = 'library/';

export interface ImageReference {
  /** Registry host and optional port; `docker.io` for Docker Hub; '' only from `parseReference`. */
  registry: string;
  /** Path below the registry, `library/` kept for Docker Hub official images. */
  repository: string;
  tag?: string;
  /** `algorithm:hex`. */
  digest?: string;
  /** `registry/repository` (just `repository` when there is no registry). */
  name: string;
}

export type ReferenceResult = { ok: true; ref: ImageReference } | { ok: false; reason: string };

const fail = (reason: string): ReferenceResult => ({ ok: false, reason });

/** go-digest's Digest.Validate for the algorithms Docker registers. */
function validateDigest(digest: string): string | undefined {
  const i = digest.indexOf(':');
  if (i <= 0 || i + 1 === digest.length) return 'invalid checksum digest format';
  const algorithm = digest.slice(0, i);
  const encoded = digest.slice(i + 1);
  const size = DIGEST_HEX_LENGTH[algorithm];
  if (size === undefined) {
    return GO_DIGEST.test(digest) ? 'unsupported digest algorithm' : 'invalid checksum digest format';
  }
  if (encoded.length !== size) return 'invalid checksum digest length';
  if (!/^[a-f0-9]+$/.test(encoded)) return 'invalid checksum digest format';
  return undefined;
}

/**
 * distribution/reference's `Parse`: the grammar alone, no Docker Hub defaults. `registry` is ''
 * when the name has no domain part (`test_com` or `test.com:tag`, where `test.com` is a path).
 */
export function parseReference(input: string): ReferenceResult {
  if (input === '') return fail('repository name must have at least one component');
  if (input.length > REFERENCE_MAX_LENGTH) return fail(`longer than ${REFERENCE_MAX_LENGTH} characters`);
  const m = REFERENCE.exec(input);
  if (!m) {
    const lower = input.toLowerCase();
    if (lower !== input && REFERENCE.test(lower)) return fail('repository name must be lowercase');
    return fail('invalid reference format');
  }
  // The whole name, domain included, as distribution/reference v0.6 (vendored by Docker) counts it.
  if (m[1]!.length > REPOSITORY_NAME_MAX) return fail(`repository name must not be more than ${REPOSITORY_NAME_MAX} characters`);
  const nameMatch = ANCHORED_NAME.exec(m[1]!);
  const registry = nameMatch?.[1] ?? '';
  const repository = nameMatch ? nameMatch[2]! : m[1]!;
  const ref: ImageReference = { registry, repository, name: registry ? `${registry}/${repository}` : repository };
  if (m[2] !== undefined) ref.tag = m[2];
  if (m[3] !== undefined) {
    const bad = validateDigest(m[3]);
    if (bad) return fail(bad);
    ref.digest = m[3];
  }
  return { ok: true, ref };
}

/** normalize.go's splitDockerDomain: which first component is a registry, and Docker Hub's `library/`. */
function splitDockerDomain(name: string): [string, string] {
  const slash = name.indexOf('/');
  if (slash === -1) return [DEFAULT_DOMAIN, OFFICIAL_REPO_PREFIX + name];
  const maybeDomain = name.slice(0, slash);
  const maybeRemote = name.slice(slash + 1);
  let domain: string;
  let remote: string;
  if (maybeDomain === 'localhost') [domain, remote] = [maybeDomain, maybeRemote];
  else if (maybeDomain === LEGACY_DEFAULT_DOMAIN) [domain, remote] = [DEFAULT_DOMAIN, maybeRemote];
  else if (/[.:]/.test(maybeDomain)) [domain, remote] = [maybeDomain, maybeRemote];
  // Namespaces are lowercase, so an uppercase first component can only be a host.
  else if (maybeDomain.toLowerCase() !== maybeDomain) [domain, remote] = [maybeDomain, maybeRemote];
  else [domain, remote] = [DEFAULT_DOMAIN, name];
  if (domain === DEFAULT_DOMAIN && !remote.includes('/')) remote = OFFICIAL_REPO_PREFIX + remote;
  return [domain, remote];
}

/**
 * distribution/reference's `ParseNormalizedNamed`, what `docker pull` does with what a user
 * wrote: `nginx:1.25` is `docker.io/library/nginx` tagged `1.25`.
 */
export function parseImageReference(input: string): ReferenceResult {
  if (input.length > REFERENCE_MAX_LENGTH) return fail(`longer than ${REFERENCE_MAX_LENGTH} characters`);
  if (ANCHORED_IDENTIFIER.test(input)) {
    return fail('cannot specify 64-byte hexadecimal strings (an image id, not a repository name)');
  }
  const [domain, remainder] = splitDockerDomain(input);
  const colon = remainder.indexOf(':');
  const remote = colon === -1 ? remainder : remainder.slice(0, colon);
  if (remote.toLowerCase() !== remote) return fail(`repository name (${remote}) must be lowercase`);
  return parseReference(`${domain}/${remainder}`);
}

/** Docker's familiar form (`nginx:1.25`, `bitnami/redis`, `ghcr.io/o/x@sha256:…`), for messages. */
export function familiarString(ref: ImageReference): string {
  let name = ref.name;
  if (ref.registry === DEFAULT_DOMAIN) {
    const path = ref.repository;
    const rest = path.startsWith(OFFICIAL_REPO_PREFIX) ? path.slice(OFFICIAL_REPO_PREFIX.length) : path;
    name = rest.includes('/') ? path : rest;
  }
  return name + (ref.tag !== undefined ? `:${ref.tag}` : '') + (ref.digest !== undefined ? `@${ref.digest}` : '');
}
