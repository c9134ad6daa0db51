import type { Layer } from './types.js';

// Well-known images and the endoflife.date product each one runs, with the product version its
// tag names. Tags follow each image's own convention (`16.4-alpine`, `8.0.36-debian`,
// `20.11.1-bookworm-slim`, `17.0.9_9-jdk`, `bookworm`, `jammy-20240111`); a tag that names no
// version (`latest`, `alpine`, `lts`, `mainline`) gives none, and the image counts as unpinned.

export interface OsInfo {
  /** endoflife.date product id: `debian`, `alpine-linux`, `ubuntu`. */
  product: string;
  /** Release cycle the tag names (`12`, `3.19`, `22.04`); absent for a floating `-alpine`. */
  version?: string;
}

export interface CatalogueMatch {
  product: string;
  layer: Layer;
  /** The product version the tag names, in the release data's spelling (`17.0.9+9` for `17.0.9_9`). */
  productVersion?: string;
  /** The operating system the tag names, for runtime images (`-alpine3.19`, `-bookworm`). */
  os?: OsInfo;
}

type VersionParser = (tag: string) => string | undefined;

interface Entry {
  product: string;
  layer: Layer;
  /** `registry/repository` names, normalised as parseImageReference gives them. */
  names: string[];
  version: VersionParser;
}

/** Leading dotted number, optionally `v`-prefixed, ending the tag or followed by a variant. */
const LEADING_VERSION = /^v?(\d+(?:\.\d+){0,3})(?=$|[-_+])/;

const numericVersion: VersionParser = (tag) => LEADING_VERSION.exec(tag)?.[1];

/** Java images: `17.0.9_9-jdk` (Temurin's `+` build separator, `_` in tags), `8u392-b08-jre`, `21-jre-jammy`. */
const javaVersion: VersionParser = (tag) => {
  const eight = /^(\d+u\d+(?:-b\d+)?)(?=$|[-_])/.exec(tag);
  if (eight) return eight[1];
  const m = /^(\d+(?:\.\d+){0,3})(?:_(\d+))?(?=$|[-_.])/.exec(tag);
  if (!m) return undefined;
  return m[2] !== undefined ? `${m[1]}+${m[2]}` : m[1];
};

/** Debian codenames (debian.org/releases) to the release cycle endoflife.date uses. */
export const DEBIAN_CODENAMES: Readonly<Record<string, string>> = {
  wheezy: '7',
  jessie: '8',
  stretch: '9',
  buster: '10',
  bullseye: '11',
  bookworm: '12',
  trixie: '13',
  forky: '14',
};

/** Ubuntu codenames (wiki.ubuntu.com/Releases) to their version. */
export const UBUNTU_CODENAMES: Readonly<Record<string, string>> = {
  trusty: '14.04',
  xenial: '16.04',
  bionic: '18.04',
  focal: '20.04',
  jammy: '22.04',
  kinetic: '22.10',
  lunar: '23.04',
  mantic: '23.10',
  noble: '24.04',
  oracular: '24.10',
  plucky: '25.04',
  questing: '25.10',
  resolute: '26.04',
};

/** `bookworm`, `bookworm-slim`, `bookworm-20240110`, `12`, `12.5-slim`. */
const debianVersion: VersionParser = (tag) => {
  const word = /^([a-z]+)(?=$|[-_])/.exec(tag)?.[1];
  if (word !== undefined) return DEBIAN_CODENAMES[word];
  return numericVersion(tag);
};

/** `jammy`, `jammy-20230308`, `22.04`, `24.04`; Ubuntu versions are year.month, never more. */
const ubuntuVersion: VersionParser = (tag) => {
  const word = /^([a-z]+)(?=$|[-_])/.exec(tag)?.[1];
  if (word !== undefined) return UBUNTU_CODENAMES[word];
  return /^(\d{2}\.\d{2})(?=$|[-_.])/.exec(tag)?.[1];
};

/** Node.js release lines by codename (github.com/nodejs/Release, CODENAMES.md), used as `node:hydrogen-alpine`. */
export const NODE_CODENAMES: Readonly<Record<string, string>> = {
  argon: '4',
  boron: '6',
  carbon: '8',
  dubnium: '10',
  erbium: '12',
  fermium: '14',
  gallium: '16',
  hydrogen: '18',
  iron: '20',
  jod: '22',
  krypton: '24',
};

const nodeVersion: VersionParser = (tag) => {
  const word = /^([a-z]+)(?=$|[-_])/.exec(tag)?.[1];
  return word !== undefined ? NODE_CODENAMES[word] : numericVersion(tag);
};

const DOCKER_HUB = 'docker.io/';
const official = (...names: string[]): string[] => names.map((n) => `${DOCKER_HUB}library/${n}`);
const hub = (...names: string[]): string[] => names.map((n) => DOCKER_HUB + n);

const ENTRIES: Entry[] = [
  { product: 'nginx', layer: 'runtime', names: [...official('nginx'), ...hub('nginxinc/nginx-unprivileged', 'bitnami/nginx')], version: numericVersion },
  { product: 'postgresql', layer: 'runtime', names: [...official('postgres'), ...hub('bitnami/postgresql')], version: numericVersion },
  { product: 'mysql', layer: 'runtime', names: [...official('mysql'), ...hub('mysql/mysql-server', 'bitnami/mysql')], version: numericVersion },
  { product: 'mariadb', layer: 'runtime', names: [...official('mariadb'), ...hub('bitnami/mariadb')], version: numericVersion },
  { product: 'redis', layer: 'runtime', names: [...official('redis'), ...hub('bitnami/redis', 'redis/redis-stack-server')], version: numericVersion },
  { product: 'valkey', layer: 'runtime', names: [...official('valkey'), ...hub('valkey/valkey', 'bitnami/valkey')], version: numericVersion },
  { product: 'nodejs', layer: 'runtime', names: [...official('node'), ...hub('bitnami/node')], version: nodeVersion },
  { product: 'python', layer: 'runtime', names: [...official('python'), ...hub('bitnami/python')], version: numericVersion },
  { product: 'eclipse-temurin', layer: 'runtime', names: official('eclipse-temurin', 'openjdk'), version: javaVersion },
  { product: 'amazon-corretto', layer: 'runtime', names: official('amazoncorretto'), version: javaVersion },
  { product: 'go', layer: 'runtime', names: [...official('golang'), ...hub('bitnami/golang')], version: numericVersion },
  { product: 'php', layer: 'runtime', names: [...official('php'), ...hub('bitnami/php-fpm')], version: numericVersion },
  { product: 'ruby', layer: 'runtime', names: [...official('ruby'), ...hub('bitnami/ruby')], version: numericVersion },
  { product: 'rabbitmq', layer: 'runtime', names: [...official('rabbitmq'), ...hub('bitnami/rabbitmq')], version: numericVersion },
  { product: 'mongodb', layer: 'runtime', names: [...official('mongo'), ...hub('mongodb/mongodb-community-server', 'bitnami/mongodb')], version: numericVersion },
  {
    product: 'elasticsearch',
    layer: 'runtime',
    names: [...official('elasticsearch'), 'docker.elastic.co/elasticsearch/elasticsearch', ...hub('bitnami/elasticsearch')],
    version: numericVersion,
  },
  { product: 'keycloak', layer: 'runtime', names: ['quay.io/keycloak/keycloak', ...hub('keycloak/keycloak', 'jboss/keycloak', 'bitnami/keycloak')], version: numericVersion },
  { product: 'traefik', layer: 'runtime', names: [...official('traefik'), ...hub('traefik/traefik')], version: numericVersion },
  { product: 'haproxy', layer: 'runtime', names: [...official('haproxy'), ...hub('haproxytech/haproxy-alpine', 'haproxytech/haproxy-debian')], version: numericVersion },
  {
    product: 'rocket-chat',
    layer: 'runtime',
    names: [...official('rocket.chat'), ...hub('rocketchat/rocket.chat'), 'registry.rocket.chat/rocketchat/rocket.chat'],
    version: numericVersion,
  },
  {
    product: 'mattermost',
    layer: 'runtime',
    names: hub('mattermost/mattermost-team-edition', 'mattermost/mattermost-enterprise-edition'),
    version: numericVersion,
  },
  { product: 'debian', layer: 'os', names: official('debian'), version: debianVersion },
  { product: 'ubuntu', layer: 'os', names: official('ubuntu'), version: ubuntuVersion },
  { product: 'alpine-linux', layer: 'os', names: official('alpine'), version: numericVersion },
];

const BY_NAME: ReadonlyMap<string, Entry> = new Map(ENTRIES.flatMap((e) => e.names.map((n) => [n, e] as const)));

/** Every endoflife.date product the catalogue can name, for loading only the release data needed. */
export const CATALOGUE_PRODUCTS: readonly string[] = [...new Set(ENTRIES.map((e) => e.product))];

/** The OS a runtime image's tag names: `-alpine3.19`, `-bookworm`, `-slim-bullseye`, `-jammy`, bitnami's `-debian-12`. */
export function osFromTag(tag: string): OsInfo | undefined {
  const parts = tag.toLowerCase().split(/[-_]/);
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    const alpine = /^alpine(\d+\.\d+)?$/.exec(part);
    if (alpine) return alpine[1] !== undefined ? { product: 'alpine-linux', version: alpine[1] } : { product: 'alpine-linux' };
    const debian = DEBIAN_CODENAMES[part];
    if (debian !== undefined) return { product: 'debian', version: debian };
    const ubuntu = UBUNTU_CODENAMES[part];
    if (ubuntu !== undefined) return { product: 'ubuntu', version: ubuntu };
    const next = parts[i + 1];
    if (part === 'debian' && next !== undefined && /^\d+$/.test(next)) return { product: 'debian', version: next };
    const ubuntuYear = /^ubuntu(\d{2})(\d{2})$/.exec(part);
    if (ubuntuYear) return { product: 'ubuntu', version: `${ubuntuYear[1]}.${ubuntuYear[2]}` };
  }
  return undefined;
}

/**
 * The catalogue entry for a parsed image (`registry/repository`, as parseImageReference gives
 * it) and the product version its tag names. Undefined for images the catalogue does not know.
 */
export function lookupImage(name: string, tag: string | undefined): CatalogueMatch | undefined {
  const entry = BY_NAME.get(name);
  if (!entry) return undefined;
  const match: CatalogueMatch = { product: entry.product, layer: entry.layer };
  if (tag === undefined) return match;
  const version = entry.version(tag);
  if (version !== undefined) match.productVersion = version;
  if (entry.layer !== 'os') {
    const os = osFromTag(tag);
    if (os) match.os = os;
  }
  return match;
}

/**
 * What the tag of an image the catalogue does not list names, once the release data has mapped
 * the image to `product`: the leading version (`16.2.0` from `16.2.0-debian-12-r5`) and the OS.
 */
export function lookupDataImage(product: string, tag: string | undefined): CatalogueMatch {
  const match: CatalogueMatch = { product, layer: 'runtime' };
  if (tag === undefined) return match;
  const version = numericVersion(tag);
  if (version !== undefined) match.productVersion = version;
  const os = osFromTag(tag);
  if (os) match.os = os;
  return match;
}

/** Words of tags that move to a new image as releases come out: `latest`, `stable`, `lts`, `unstable`. */
const FLOATING_WORDS = new Set(['latest', 'stable', 'mainline', 'lts', 'current', 'edge', 'unstable', 'nightly', 'rolling', 'master', 'main', 'dev', 'develop']);
/** Variant words that pick a flavour of whatever the newest release is: `alpine`, `fpm-alpine`, `management`, `bookworm-slim`. */
const VARIANT_WORDS = new Set([
  'alpine', 'slim', 'perl', 'otel', 'management', 'fpm', 'apache', 'cli', 'zts', 'jdk', 'jre', 'windowsservercore', 'nanoserver',
  ...Object.keys(DEBIAN_CODENAMES), ...Object.keys(UBUNTU_CODENAMES),
]);

/**
 * True for a tag that names no version, only a channel or a variant of the newest release:
 * `latest`, `stable-alpine`, `lts-slim`, `alpine`, `management`, `unstable`. Such an image
 * changes under the same tag, so it is as unpinned as `latest`.
 */
export function isFloatingTag(tag: string): boolean {
  return tag
    .toLowerCase()
    .split(/[-_.]/)
    .every((part) => FLOATING_WORDS.has(part) || VARIANT_WORDS.has(part));
}
