import { isRecord } from '../parse/json.js';
import { schemeFor } from '../match/versions/index.js';
import type { FixReleaseSource, Match, Problem } from '../model/types.js';
import { FixReleaseDates } from './release-dates.js';
import type { SourceInfo } from '../advise/db.js';
import { realDate } from '../advise/osv.js';
import type { LiveContext } from '../advise/live/context.js';
import { ShapeError } from '../advise/live/context.js';
import type { HttpClient, HttpResponse } from '../advise/live/http.js';
import { Semaphore, mapLimit, parseJsonBody } from '../advise/live/http.js';
import { DEFAULT_REGISTRY_URLS } from '../advise/live/registry-urls.js';
import type { RegistryName } from '../advise/live/registry-urls.js';

// When a package version was released, from the registry that publishes it: the clock of a
// finding starts at the later of the advisory's publication and its fix's release (DESIGN.md).
// Each registry's own documented field is used:
//
//   npm        GET {npm}/NAME (full packument; the abbreviated one has no times)  time[VERSION]
//   PyPI       GET {pypi}/pypi/NAME/VERSION/json            earliest urls[].upload_time_iso_8601
//   Go         GET {go}/MODULE/@v/VERSION.info (module proxy protocol, case-escaped)       Time
//   crates.io  GET {crates}/api/v1/crates/NAME/VERSION                       version.created_at
//   RubyGems   GET {rubygems}/api/v1/versions/NAME.json     created_at of the `ruby` platform gem
//   Packagist  GET {packagist}/p2/VENDOR/NAME.json (Composer 2 metadata, minified)         time
//   Maven      HEAD {maven}/GROUP/PATH/ARTIFACT/VERSION/ARTIFACT-VERSION.pom     Last-Modified
//   NuGet      GET {nuget}/ID/index.json (registration, semver2 + gzip) and its pages  published
//   Pub        GET {pub}/api/packages/NAME                                  versions[].published
//
// Maven Central has no release-time API that is both complete and dependable: search.maven.org
// (solrsearch `timestamp`) has frequent outages and partial indexes, and maven-metadata.xml's
// `lastUpdated` is per artifact, not per version. Central's files are immutable once published,
// so the POM's Last-Modified is its upload time; that is what Maven's own tooling sees too.
//
// Where the registry has one document per package (npm, RubyGems, Packagist, NuGet, Pub), it is
// requested once per run for all versions asked of it; PyPI, Go, crates.io and Maven are asked
// per version, because their per-package documents are either absent (Go, Maven), deprecated
// (PyPI's `releases`) or far larger than the one answer needed. The cache keeps only the small
// version -> date table, never the (sometimes 50 MB) packument.

export const REGISTRY_ORIGIN = 'advise/registry-dates';

/** Version -> ISO release time, as far as one answer tells. */
type Table = Record<string, string>;

const isTable = (v: unknown): v is Table => isRecord(v) && Object.values(v).every((x) => typeof x === 'string');

interface Adapter {
  registry: RegistryName;
  ecosystem: string;
  /** One answer covers every version of the package, or only the version asked. */
  perPackage: boolean;
  /** Requests at once to this registry (crates.io asks crawlers for one per second). */
  concurrency?: number;
  /** Why this package cannot be asked (the Go standard library has no module proxy entry). */
  skip?(name: string): string | undefined;
  fetch(http: HttpClient, base: string, name: string, version: string): Promise<Table>;
}

async function getJson(http: HttpClient, url: string, accept: number[] = [404]): Promise<unknown> {
  const res = await http.request({ url, accept });
  if (res.status !== 200 && res.status >= 300) return undefined;
  return parseJsonBody(res);
}

function put(table: Table, version: unknown, date: unknown): void {
  if (typeof version !== 'string' || version === '') return;
  const iso = realDate(date);
  // Several dates for one version (PyPI files, gem platforms): the first build decides unless told otherwise.
  if (iso !== undefined && (table[version] === undefined || iso < table[version])) table[version] = iso;
}

/** `@scope/name` is one path segment on the npm registry, with its slash encoded. */
function npmPath(name: string): string {
  return name.startsWith('@') ? `@${encodeURIComponent(name.slice(1))}` : encodeURIComponent(name);
}

/** The module proxy protocol's case encoding: each capital letter becomes "!" and its lower case. */
export function goEscape(path: string): string {
  return path.replace(/[A-Z]/g, (c) => `!${c.toLowerCase()}`);
}

/** Composer 2's minified metadata lists each version as the changes from the one before it. */
export function expandComposerMinified(list: readonly unknown[]): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  let previous: Record<string, unknown> = {};
  for (const item of list) {
    if (!isRecord(item)) continue;
    const expanded: Record<string, unknown> = { ...previous };
    for (const [k, v] of Object.entries(item)) {
      if (v === '__unset') delete expanded[k];
      else expanded[k] = v;
    }
    out.push(expanded);
    previous = expanded;
  }
  return out;
}

const ADAPTERS: readonly Adapter[] = [
  {
    registry: 'npm',
    ecosystem: 'npm',
    perPackage: true,
    async fetch(http, base, name) {
      const url = `${base}/${npmPath(name)}`;
      // Packuments of big packages run to tens of megabytes.
      const res = await http.request({ url, accept: [404], headers: { accept: 'application/json' }, maxBytes: 256 * 1024 * 1024 });
      if (res.status === 404) return {};
      const doc = parseJsonBody(res);
      if (!isRecord(doc)) throw new ShapeError(`${url}: expected a packument object`);
      const table: Table = {};
      if (isRecord(doc.time)) for (const [v, t] of Object.entries(doc.time)) if (v !== 'created' && v !== 'modified') put(table, v, t);
      return table;
    },
  },
  {
    registry: 'pypi',
    ecosystem: 'PyPI',
    perPackage: false,
    async fetch(http, base, name, version) {
      const url = `${base}/pypi/${encodeURIComponent(name)}/${encodeURIComponent(version)}/json`;
      const doc = await getJson(http, url);
      if (doc === undefined) return {};
      if (!isRecord(doc) || !Array.isArray(doc.urls)) throw new ShapeError(`${url}: expected a release with a "urls" list`);
      const table: Table = {};
      for (const f of doc.urls) if (isRecord(f)) put(table, version, f.upload_time_iso_8601 ?? f.upload_time);
      return table;
    },
  },
  {
    registry: 'go',
    ecosystem: 'Go',
    perPackage: false,
    skip: (name) => (name === 'stdlib' || name === 'toolchain' ? 'the Go toolchain is not a module on the proxy' : undefined),
    async fetch(http, base, name, version) {
      const v = version.startsWith('v') ? version : `v${version}`;
      const url = `${base}/${goEscape(name)}/@v/${goEscape(v)}.info`;
      // The proxy answers 404 or 410 for a module or version it does not have.
      const doc = await getJson(http, url, [404, 410]);
      if (doc === undefined) return {};
      if (!isRecord(doc)) throw new ShapeError(`${url}: expected {"Version", "Time"}`);
      const table: Table = {};
      put(table, version, doc.Time);
      return table;
    },
  },
  {
    registry: 'crates',
    ecosystem: 'crates.io',
    perPackage: false,
    concurrency: 1,
    async fetch(http, base, name, version) {
      const url = `${base}/api/v1/crates/${encodeURIComponent(name)}/${encodeURIComponent(version)}`;
      const doc = await getJson(http, url);
      if (doc === undefined) return {};
      if (!isRecord(doc) || !isRecord(doc.version)) throw new ShapeError(`${url}: expected {"version": {...}}`);
      const table: Table = {};
      put(table, version, doc.version.created_at);
      return table;
    },
  },
  {
    registry: 'rubygems',
    ecosystem: 'RubyGems',
    perPackage: true,
    async fetch(http, base, name) {
      const url = `${base}/api/v1/versions/${encodeURIComponent(name)}.json`;
      const doc = await getJson(http, url);
      if (doc === undefined) return {};
      if (!Array.isArray(doc)) throw new ShapeError(`${url}: expected a list of versions`);
      const table: Table = {};
      // Platform builds (x86_64-linux, java) of a release can follow the plain gem by days; the
      // `ruby` platform gem is the release itself, other platforms count only when it is absent.
      const platformOnly: Table = {};
      for (const v of doc) {
        if (!isRecord(v)) continue;
        put(v.platform === 'ruby' || v.platform === undefined ? table : platformOnly, v.number, v.created_at);
      }
      return { ...platformOnly, ...table };
    },
  },
  {
    registry: 'packagist',
    ecosystem: 'Packagist',
    perPackage: true,
    async fetch(http, base, name) {
      const lower = name.toLowerCase();
      if (!/^[a-z0-9_.-]+\/[a-z0-9_.-]+$/.test(lower)) return {};
      const url = `${base}/p2/${lower}.json`;
      const doc = await getJson(http, url);
      if (doc === undefined) return {};
      if (!isRecord(doc) || !isRecord(doc.packages)) throw new ShapeError(`${url}: expected {"packages": {...}}`);
      const list = doc.packages[lower];
      if (!Array.isArray(list)) return {};
      const versions = doc.minified === 'composer/2.0' ? expandComposerMinified(list) : list.filter(isRecord);
      const table: Table = {};
      for (const v of versions) {
        put(table, v.version, v.time);
        // Tags are often "v1.2.3" where advisories say "1.2.3".
        if (typeof v.version === 'string' && /^v\d/.test(v.version)) put(table, v.version.slice(1), v.time);
      }
      return table;
    },
  },
  {
    registry: 'maven',
    ecosystem: 'Maven',
    perPackage: false,
    skip: (name) => (/^[^:/]+:[^:/]+$/.test(name) ? undefined : 'not a groupId:artifactId name'),
    async fetch(http, base, name, version) {
      const [group, artifact] = name.split(':') as [string, string];
      const url = `${base}/${group.split('.').map(encodeURIComponent).join('/')}/${encodeURIComponent(artifact)}/${encodeURIComponent(version)}/${encodeURIComponent(`${artifact}-${version}`)}.pom`;
      const res: HttpResponse = await http.request({ url, method: 'HEAD', accept: [404] });
      const table: Table = {};
      if (res.status === 404) return table;
      const modified = res.headers.get('last-modified');
      if (modified === null) throw new ShapeError(`${url}: no Last-Modified header`);
      const at = Date.parse(modified);
      if (Number.isNaN(at)) throw new ShapeError(`${url}: Last-Modified "${modified}" is not an HTTP date`);
      put(table, version, new Date(at).toISOString());
      return table;
    },
  },
  {
    registry: 'nuget',
    ecosystem: 'NuGet',
    perPackage: true,
    async fetch(http, base, name) {
      const url = `${base}/${encodeURIComponent(name.toLowerCase())}/index.json`;
      const doc = await getJson(http, url);
      if (doc === undefined) return {};
      if (!isRecord(doc) || !Array.isArray(doc.items)) throw new ShapeError(`${url}: expected a registration index with "items"`);
      const table: Table = {};
      const take = (leaves: unknown): void => {
        if (!Array.isArray(leaves)) return;
        for (const leaf of leaves) {
          // Unlisted versions carry 1900-01-01 as `published`; realDate drops it.
          if (isRecord(leaf) && isRecord(leaf.catalogEntry)) put(table, leaf.catalogEntry.version, leaf.catalogEntry.published);
        }
      };
      for (const page of doc.items) {
        if (!isRecord(page)) continue;
        // Packages with many versions list their pages by reference only (64 versions a page);
        // all are read, so the cached table is complete for every later version asked.
        if (Array.isArray(page.items)) take(page.items);
        else if (typeof page['@id'] === 'string') {
          const pageDoc = await getJson(http, page['@id']);
          if (!isRecord(pageDoc)) throw new ShapeError(`${page['@id']}: expected a registration page`);
          take(pageDoc.items);
        }
      }
      return table;
    },
  },
  {
    registry: 'pub',
    ecosystem: 'Pub',
    perPackage: true,
    async fetch(http, base, name) {
      const url = `${base}/api/packages/${encodeURIComponent(name)}`;
      const doc = await getJson(http, url);
      if (doc === undefined) return {};
      if (!isRecord(doc) || !Array.isArray(doc.versions)) throw new ShapeError(`${url}: expected {"versions": [...]}`);
      const table: Table = {};
      for (const v of doc.versions) if (isRecord(v)) put(table, v.version, v.published);
      return table;
    },
  },
];

const BY_ECOSYSTEM = new Map(ADAPTERS.map((a) => [a.ecosystem, a]));

/** Ecosystems whose registries can date a release. */
export const DATED_ECOSYSTEMS: readonly string[] = ADAPTERS.map((a) => a.ecosystem);

/** The table's date for a version: the same string, else a version the ecosystem considers equal (PEP 440's 1.0 == 1.0.0). */
function dateIn(table: Table, ecosystem: string, version: string): string | undefined {
  const exact = table[version];
  if (exact !== undefined) return exact;
  const scheme = schemeFor(ecosystem);
  if (!scheme || !scheme.isValid(version)) return undefined;
  for (const [v, d] of Object.entries(table)) if (scheme.isValid(v) && scheme.compare(v, version) === 0) return d;
  return undefined;
}

export type ReleaseAnswer = { date: string; reason?: undefined } | { date?: undefined; reason: 'not-found' | 'failed' | 'unsupported'; detail: string };

/** Release dates of package versions, each registry asked at most once per package (or version) per run. */
export class ReleaseDates {
  private readonly memo = new Map<string, Promise<{ table?: Table; fromCache: boolean; error?: string }>>();
  private readonly limits = new Map<RegistryName, Semaphore>();
  /** Dates given, per registry, for the report's source list. */
  readonly dated = new Map<RegistryName, number>();

  constructor(
    private readonly ctx: LiveContext,
    private readonly urls: Readonly<Partial<Record<RegistryName, string>>> = {},
  ) {}

  base(registry: RegistryName): string {
    return (this.urls[registry] ?? DEFAULT_REGISTRY_URLS[registry]).replace(/\/+$/, '');
  }

  private table(adapter: Adapter, name: string, version: string, refresh: boolean): Promise<{ table?: Table; fromCache: boolean; error?: string }> {
    const key = adapter.perPackage ? `${adapter.ecosystem}\u0000${name}` : `${adapter.ecosystem}\u0000${name}\u0000${version}`;
    const memoKey = refresh ? `${key}\u0000refresh` : key;
    let p = this.memo.get(memoKey);
    if (!p) {
      const base = this.base(adapter.registry);
      let limit = this.limits.get(adapter.registry);
      if (!limit) this.limits.set(adapter.registry, (limit = new Semaphore(adapter.concurrency ?? 8)));
      const gate = limit;
      p = this.ctx
        .cached<Table>(
          {
            source: 'registry-dates',
            key,
            label: `${adapter.ecosystem} ${name}${adapter.perPackage ? '' : `@${version}`}`,
            check: isTable,
            // Release dates never change, but a package table fetched before a release lacks it.
            fresh: (e) => !refresh && dateIn(e.value, adapter.ecosystem, version) !== undefined,
            fetch: async () => {
              await gate.acquire();
              try {
                return await adapter.fetch(this.ctx.http, base, name, version);
              } finally {
                gate.release();
              }
            },
          },
          base,
        )
        .then((r) => (r.value ? { table: r.value, fromCache: r.from !== 'network' } : { fromCache: false, error: r.error }));
      this.memo.set(memoKey, p);
    }
    return p;
  }

  /** When `version` of the package was published, or why that is not known. Never throws. */
  async releaseDate(ecosystem: string, name: string, version: string): Promise<ReleaseAnswer> {
    const adapter = BY_ECOSYSTEM.get(ecosystem);
    const what = `${ecosystem} ${name}@${version}`;
    if (!adapter) return { reason: 'unsupported', detail: `${what}: no registry adapter for ${ecosystem}` };
    const skip = adapter.skip?.(name);
    if (skip !== undefined) return { reason: 'unsupported', detail: `${what}: ${skip}` };
    let got = await this.table(adapter, name, version, false);
    // A package table from an earlier run (or an earlier, shared request) may predate this version.
    if (got.table && dateIn(got.table, ecosystem, version) === undefined && got.fromCache && adapter.perPackage) {
      got = await this.table(adapter, name, version, true);
    }
    if (!got.table) return { reason: 'failed', detail: `${what}: ${got.error ?? 'no answer'}` };
    const date = dateIn(got.table, ecosystem, version);
    if (date === undefined) return { reason: 'not-found', detail: what };
    this.dated.set(adapter.registry, (this.dated.get(adapter.registry) ?? 0) + 1);
    return { date };
  }
}

export interface FixDatesResult {
  /** Release dates of the fixed versions the registries dated. */
  dates: FixReleaseDates;
  /** Matches whose fix was dated. */
  dated: number;
  sources: SourceInfo[];
  problems: Problem[];
}

/**
 * Release dates from the registries of the fixed version of every match with a fixed version
 * and no date of its own. A registry that answers without the version leaves the clock on the publication date (a
 * notice lists them); one that cannot be reached is a problem under the failure policy.
 */
export async function datesForMatches(matches: readonly Match[], dates: ReleaseDates, ctx: LiveContext): Promise<FixDatesResult> {
  const wanted = matches.filter((m) => m.fixedVersion !== null && m.fixReleased === undefined && BY_ECOSYSTEM.has(m.component.ecosystem));
  let dated = 0;
  const found: [string, string, FixReleaseSource][] = [];
  const notFound = new Set<string>();
  const unsupported = new Set<string>();
  await mapLimit(wanted, 32, async (m) => {
    const answer = await dates.releaseDate(m.component.ecosystem, m.component.name, m.fixedVersion!);
    if (answer.date !== undefined) {
      found.push([FixReleaseDates.key(m.component.ecosystem, m.component.name, m.fixedVersion!), answer.date, 'registry']);
      dated++;
    } else if (answer.reason === 'not-found') notFound.add(answer.detail);
    else if (answer.reason === 'unsupported') unsupported.add(answer.detail);
  });
  const problems = ctx.problems('registry-dates', REGISTRY_ORIGIN, 'package registries', "so those findings' clocks start at the advisory's publication");
  const list = (s: Set<string>): string => {
    const all = [...s].sort();
    return all.slice(0, 5).join(', ') + (all.length > 5 ? `, … (${all.length - 5} more)` : '');
  };
  if (notFound.size > 0) {
    problems.push({
      level: 'notice',
      origin: REGISTRY_ORIGIN,
      message: `${notFound.size} fixed version(s) not listed by their registry, clock starts at publication: ${list(notFound)}`,
    });
  }
  if (unsupported.size > 0) {
    problems.push({ level: 'notice', origin: REGISTRY_ORIGIN, message: `${unsupported.size} fixed version(s) have no registry date: ${list(unsupported)}` });
  }
  const sources: SourceInfo[] = [];
  for (const adapter of ADAPTERS) {
    const n = dates.dated.get(adapter.registry);
    if (n !== undefined) sources.push(ctx.sourceInfo('registry-dates', `registry:${adapter.registry}`, dates.base(adapter.registry), n));
  }
  return { dates: new FixReleaseDates(found), dated, sources, problems };
}
