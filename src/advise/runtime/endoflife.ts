import { parseDocument } from 'yaml';
import { LIMITS } from '../../limits.js';
import { isRecord } from '../../parse/json.js';
import { imageOfDockerPurl } from '../../model/image-names.js';
import type { ProductReleases, ProductRepository, ReleaseCycle } from './types.js';

// The three shapes endoflife.date publishes its data in, read into one:
//  - product pages (github.com/endoflife-date/endoflife.date, products/<product>.md): YAML front
//    matter with `releases[]` of releaseCycle / releaseDate / eol / latest / latestReleaseDate;
//  - release data (github.com/endoflife-date/release-data, releases/<product>.json):
//    `{"releases": {cycle: {...}}, "versions": {version: {"name", "date"}}}`;
//  - API v1 (endoflife.date/docs/api/v1, GET /api/v1/products/<product>): `{"result":
//    {"name", "releases": [{"name", "codename", "releaseDate", "isEol", "eolFrom", "latest":
//    {"name", "date"}}]}}`, and `/products/full` with a list of those.
// Each parser is pure (text or value in, data out) so that a fetcher can reuse it.

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export interface ParseOutcome {
  products: ProductReleases[];
  /** What was not understood, for a Problem; the rest of the file is still used. */
  issues: string[];
}

function date(v: unknown): string | undefined {
  if (typeof v !== 'string') return undefined;
  const s = v.trim().slice(0, 10);
  return DATE.test(s) ? s : undefined;
}

function str(v: unknown): string | undefined {
  if (typeof v === 'number') return String(v);
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
}

/** `eol` / `eolFrom` as endoflife.date writes it: a date, or a boolean (YAML failsafe gives 'true'/'false'). */
function eolValue(v: unknown): string | boolean | undefined {
  if (v === true || v === 'true') return true;
  if (v === false || v === 'false') return false;
  return date(v);
}

function codename(v: unknown): string | undefined {
  const s = str(v);
  return s ? s.split(/\s+/)[0]!.toLowerCase() : undefined;
}

function product(name: string, source: string): ProductReleases {
  return { product: name, cycles: [], versions: new Map(), sources: [source] };
}

/**
 * Images from `identifiers`: product pages write `- purl: pkg:docker/...`, API v1 writes
 * `{"id": "pkg:docker/...", "type": "purl"}`.
 */
function addImages(p: ProductReleases, identifiers: unknown): void {
  if (!Array.isArray(identifiers)) return;
  const images = new Set(p.images);
  for (const i of identifiers) {
    if (!isRecord(i)) continue;
    const purl = typeof i.purl === 'string' ? i.purl : i.type === 'purl' && typeof i.id === 'string' ? i.id : undefined;
    const image = purl === undefined ? undefined : imageOfDockerPurl(purl);
    if (image !== undefined) images.add(image);
  }
  if (images.size > 0) p.images = [...images];
}

/** `owner/repo` as GitHub names a repository (no template placeholders such as `__RELEASE_CYCLE__`). */
const GITHUB_REPO = /^([A-Za-z0-9][\w.-]*)\/([\w.-]+?)(?:\.git)?$/;

function githubRepo(path: string): string | undefined {
  const m = GITHUB_REPO.exec(path);
  return m && !path.includes('__') ? `${m[1]}/${m[2]}`.toLowerCase() : undefined;
}

/**
 * Repositories from a product page: `pkg:github/owner/repo` identifiers (API v1 gives them as
 * purls too), the `auto.methods` its release data is gathered by (`git: https://github.com/...`,
 * `github_releases: owner/repo`, `github_tags: owner/repo`), and a `changelogTemplate` that
 * links a repository's releases page.
 */
function addRepositories(p: ProductReleases, fm: Record<string, unknown>): void {
  const found: ProductRepository[] = [];
  const add = (repo: string | undefined, via: ProductRepository['via']): void => {
    if (repo !== undefined && !found.some((f) => f.repo === repo)) found.push({ repo, via });
  };
  for (const i of Array.isArray(fm.identifiers) ? fm.identifiers : []) {
    if (!isRecord(i)) continue;
    const purl = typeof i.purl === 'string' ? i.purl : i.type === 'purl' && typeof i.id === 'string' ? i.id : undefined;
    const m = purl === undefined ? null : /^pkg:github\/([^?#@]+)/i.exec(purl.trim());
    if (m) add(githubRepo(m[1]!), 'identifier');
  }
  const methods = isRecord(fm.auto) && Array.isArray(fm.auto.methods) ? fm.auto.methods : [];
  for (const m of methods) {
    if (!isRecord(m)) continue;
    for (const key of ['github_releases', 'github_tags']) if (typeof m[key] === 'string') add(githubRepo(m[key].trim()), 'release-method');
    const git = typeof m.git === 'string' ? /^https:\/\/github\.com\/(.+?)\/?$/.exec(m.git.trim()) : null;
    if (git) add(githubRepo(git[1]!), 'release-method');
  }
  const changelog = typeof fm.changelogTemplate === 'string' ? /^https:\/\/github\.com\/([^/]+\/[^/]+)\/releases\//.exec(fm.changelogTemplate.trim()) : null;
  if (changelog) add(githubRepo(changelog[1]!), 'changelog');
  if (found.length > 0) p.repositories = [...(p.repositories ?? []), ...found.filter((f) => !p.repositories?.some((r) => r.repo === f.repo))];
}

function addLatest(p: ProductReleases, c: ReleaseCycle): void {
  if (c.latest !== undefined && !p.versions.has(c.latest)) p.versions.set(c.latest, c.latestReleaseDate);
}

/** endoflife.date product page: the YAML front matter between the first two `---` lines. */
export function parseProductMarkdown(text: string, name: string, source: string): ParseOutcome {
  const m = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---\s*(?:\r?\n|$)/.exec(text);
  if (!m) return { products: [], issues: ['no YAML front matter'] };
  // The failsafe schema keeps every scalar a string: `releaseCycle: 1.10` stays "1.10".
  const doc = parseDocument(m[1]!, { schema: 'failsafe', prettyErrors: false });
  if (doc.errors.length > 0) return { products: [], issues: [`front matter: ${doc.errors[0]!.message.split('\n')[0]}`] };
  let fm: unknown;
  try {
    fm = doc.toJS({ maxAliasCount: LIMITS.yamlMaxAliases });
  } catch (err) {
    return { products: [], issues: [`front matter: ${(err as Error).message}`] };
  }
  if (!isRecord(fm) || !Array.isArray(fm.releases)) return { products: [], issues: ['front matter has no releases list'] };
  const p = product(name, source);
  addImages(p, fm.identifiers);
  addRepositories(p, fm);
  const issues: string[] = [];
  for (const r of fm.releases) {
    const cycle = isRecord(r) ? str(r.releaseCycle) : undefined;
    if (!isRecord(r) || cycle === undefined) {
      issues.push('a release without releaseCycle');
      continue;
    }
    const c: ReleaseCycle = { cycle, eol: eolValue(r.eol) ?? false };
    const cn = codename(r.codename);
    if (cn) c.codename = cn;
    const rd = date(r.releaseDate);
    if (rd) c.releaseDate = rd;
    const latest = str(r.latest);
    if (latest) c.latest = latest;
    const lrd = date(r.latestReleaseDate);
    if (lrd) c.latestReleaseDate = lrd;
    p.cycles.push(c);
    addLatest(p, c);
  }
  return { products: [p], issues };
}

function fromReleaseData(value: Record<string, unknown>, name: string, source: string): ParseOutcome {
  const p = product(name, source);
  const issues: string[] = [];
  const versions = value.versions;
  if (isRecord(versions)) {
    let bad = 0;
    for (const [key, v] of Object.entries(versions)) {
      const version = (isRecord(v) ? str(v.name) : undefined) ?? key;
      if (!isRecord(v)) {
        bad++;
        continue;
      }
      p.versions.set(version, date(v.date));
    }
    if (bad > 0) issues.push(`${bad} versions entries are not objects`);
  }
  if (isRecord(value.releases)) {
    for (const [key, r] of Object.entries(value.releases)) {
      if (!isRecord(r)) continue;
      const c: ReleaseCycle = { cycle: str(r.name) ?? key, eol: eolValue(r.eol) ?? false };
      const cn = codename(r.codename);
      if (cn) c.codename = cn;
      const rd = date(r.releaseDate);
      if (rd) c.releaseDate = rd;
      p.cycles.push(c);
    }
  }
  return { products: [p], issues };
}

function fromApiProduct(details: Record<string, unknown>, fallbackName: string, source: string): ProductReleases | undefined {
  if (!Array.isArray(details.releases)) return undefined;
  const p = product(str(details.name) ?? fallbackName, source);
  addImages(p, details.identifiers);
  addRepositories(p, details);
  for (const r of details.releases) {
    if (!isRecord(r)) continue;
    const cycle = str(r.name);
    if (cycle === undefined) continue;
    const eolFrom = date(r.eolFrom);
    const c: ReleaseCycle = { cycle, eol: eolFrom ?? (r.isEol === true) };
    const cn = codename(r.codename);
    if (cn) c.codename = cn;
    const rd = date(r.releaseDate);
    if (rd) c.releaseDate = rd;
    if (isRecord(r.latest)) {
      const latest = str(r.latest.name);
      if (latest) c.latest = latest;
      const ld = date(r.latest.date);
      if (ld) c.latestReleaseDate = ld;
    }
    p.cycles.push(c);
    addLatest(p, c);
  }
  return p;
}

/**
 * A JSON document in any of the JSON shapes: release data (`versions` object), API v1 product
 * (`result` object with `releases`), or API v1 full product list (`result` array).
 */
export function parseEndoflifeJson(value: unknown, name: string, source: string): ParseOutcome {
  if (!isRecord(value)) return { products: [], issues: ['not a JSON object'] };
  if (isRecord(value.versions) || isRecord(value.releases)) return fromReleaseData(value, name, source);
  const result = value.result;
  if (isRecord(result)) {
    const p = fromApiProduct(result, name, source);
    return p ? { products: [p], issues: [] } : { products: [], issues: ['API response without result.releases'] };
  }
  if (Array.isArray(result)) {
    const products = result.flatMap((d) => (isRecord(d) ? (fromApiProduct(d, name, source) ?? []) : []));
    return { products, issues: products.length === result.length ? [] : [`${result.length - products.length} products without releases`] };
  }
  return { products: [], issues: ['neither endoflife.date release data nor an API v1 product'] };
}

/**
 * Merges what several files say about one product. Cycles: the product page or API (which know
 * `latest`) take precedence over release data's bare cycles, field by field. Versions: the
 * union, a known date winning over an unknown one.
 */
export function mergeProducts(into: ProductReleases, from: ProductReleases): void {
  const byCycle = new Map(into.cycles.map((c) => [c.cycle, c]));
  for (const c of from.cycles) {
    const have = byCycle.get(c.cycle);
    if (!have) {
      into.cycles.push({ ...c });
      byCycle.set(c.cycle, into.cycles[into.cycles.length - 1]!);
      continue;
    }
    // Fill gaps only: the first source read is the more complete one (see the loader's order).
    if (have.codename === undefined && c.codename !== undefined) have.codename = c.codename;
    if (have.releaseDate === undefined && c.releaseDate !== undefined) have.releaseDate = c.releaseDate;
    if (have.latest === undefined && c.latest !== undefined) {
      have.latest = c.latest;
      if (c.latestReleaseDate !== undefined) have.latestReleaseDate = c.latestReleaseDate;
    }
  }
  for (const [v, d] of from.versions) {
    if (!into.versions.has(v) || (into.versions.get(v) === undefined && d !== undefined)) into.versions.set(v, d);
  }
  into.sources.push(...from.sources);
  if (from.images) into.images = [...new Set([...(into.images ?? []), ...from.images])];
  for (const r of from.repositories ?? []) if (!into.repositories?.some((x) => x.repo === r.repo)) (into.repositories ??= []).push(r);
}
