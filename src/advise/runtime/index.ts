import { readFile, readdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Problem } from '../../model/types.js';
import { LIMITS } from '../../limits.js';
import { CATALOGUE_PRODUCTS } from '../../model/catalogue.js';
import { canonicalImageName } from '../../model/image-names.js';
import { canonicalRepository } from '../../model/repositories.js';
import { readZipText } from '../zip.js';
import type { SourceInfo } from '../db.js';
import type { AdvisorySource, SortedSourceConfig } from '../sources.js';
import { mergeProducts, parseEndoflifeJson, parseProductMarkdown } from './endoflife.js';
import type { ParseOutcome } from './endoflife.js';
import { CORE_RECORD, parseNodeCoreRecord } from './nodejs-wg.js';
import { emptyRuntimeData } from './types.js';
import type { ProductReleases, RuntimeData } from './types.js';

export type { NodeCoreVulnerability, ProductReleases, ReleaseCycle, RuntimeData } from './types.js';
export { emptyRuntimeData } from './types.js';

// Offline release data (`--releases DIR`). Accepted layouts, all at once if present:
//   DIR/endoflife.date/products/<product>.md and DIR/endoflife.date/*.zip   (product pages)
//   DIR/release-data/releases/<product>.json and DIR/release-data/*.zip     (release data)
//   DIR/<product>.md, DIR/<product>.json, DIR/*.zip                         (a flat folder; JSON
//                                                      may be release data or API v1 responses)
// plus the Node.js security WG's vuln.zip (or vuln/core/*.json) in DIR or DIR/nodejs-security-wg.
// Plain files win over zip entries of the same product; product pages are read before release
// data, so their cycles (which carry `latest`) take precedence.

const ORIGIN = 'advise/runtime';

export interface LoadRuntimeOptions {
  /** endoflife.date products to load; default: every product the image catalogue knows. */
  products?: Iterable<string>;
  /**
   * Image names of the inventory (`registry/repository`). Without `products`, every product page
   * is read for its identifiers, and the products kept are the catalogue's and those whose
   * `pkg:docker` identifiers name one of these images.
   */
  images?: Iterable<string>;
  /**
   * GitHub repositories (`owner/repo`) that pins follow; read like `images`: the products whose
   * pages name one of them are kept.
   */
  repositories?: Iterable<string>;
  /** Products named for the images by other means (a policy's `images:` map), read as well. */
  alsoProducts?: Iterable<string>;
  /** The Node.js security WG data (vuln.zip, or a folder holding vuln/core); default: looked for in DIR. */
  nodejsSecurityWg?: string;
}

export interface LoadRuntimeResult {
  data: RuntimeData;
  problems: Problem[];
}

const note = (message: string, file?: string, level: Problem['level'] = 'warning'): Problem => {
  const p: Problem = { level, origin: ORIGIN, message };
  if (file !== undefined) p.file = file;
  return p;
};

async function isDir(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

async function listFiles(dir: string): Promise<string[]> {
  try {
    const entries = await readdir(dir, { withFileTypes: true });
    return entries.filter((e) => e.isFile()).map((e) => join(dir, e.name)).sort();
  } catch {
    return [];
  }
}

async function readText(path: string, problems: Problem[]): Promise<string | undefined> {
  try {
    const info = await stat(path);
    if (info.size > LIMITS.advisoryMaxFileBytes) {
      problems.push(note(`${info.size} bytes, over the ${LIMITS.advisoryMaxFileBytes}-byte limit; skipped`, path));
      return undefined;
    }
    return await readFile(path, 'utf8');
  } catch (err) {
    problems.push(note(`not read: ${(err as NodeJS.ErrnoException).code ?? String(err)}`, path));
    return undefined;
  }
}

/** Parses one file's text by its extension; the product name comes from the file name. */
function parseByName(name: string, text: string, source: string, problems: Problem[]): ParseOutcome {
  const product = basename(name).replace(/\.(md|json)$/i, '');
  let outcome: ParseOutcome;
  if (/\.md$/i.test(name)) outcome = parseProductMarkdown(text, product, source);
  else {
    let value: unknown;
    try {
      value = JSON.parse(text) as unknown;
    } catch (err) {
      problems.push(note(`invalid JSON: ${(err as Error).message}`, source));
      return { products: [], issues: [] };
    }
    outcome = parseEndoflifeJson(value, product, source);
  }
  for (const issue of outcome.issues) problems.push(note(issue, source));
  return outcome;
}

class Collector {
  readonly products = new Map<string, ProductReleases>();
  /** Products already given by a plain file of each kind, so zip entries do not repeat them. */
  readonly seen = new Set<string>();

  constructor(public wanted: ReadonlySet<string> | undefined) {}

  /** Keeps only the products wanted from now on (release data is then read for those alone). */
  narrow(wanted: ReadonlySet<string>): void {
    this.wanted = wanted;
    for (const name of [...this.products.keys()]) if (!wanted.has(name)) this.products.delete(name);
  }

  /** Every wanted product already has both a product page and release data from plain files. */
  complete(): boolean {
    return this.wanted !== undefined && [...this.wanted].every((p) => this.seen.has(`md:${p}`) && this.seen.has(`json:${p}`));
  }

  wants(product: string): boolean {
    return this.wanted === undefined || this.wanted.has(product);
  }

  add(outcome: ParseOutcome): void {
    for (const p of outcome.products) {
      if (!this.wants(p.product)) continue;
      const have = this.products.get(p.product);
      if (have) mergeProducts(have, p);
      else this.products.set(p.product, p);
    }
  }
}

const PRODUCT_ID = /^[a-z0-9][a-z0-9.+_-]*$/;

const productOf = (name: string): string => basename(name).replace(/\.(md|json)$/i, '');

async function readFolder(dir: string, kind: 'md' | 'json' | 'any', c: Collector, problems: Problem[]): Promise<void> {
  for (const path of await listFiles(dir)) {
    const isMd = /\.md$/i.test(path);
    const isJson = /\.json$/i.test(path);
    if (!(isMd || isJson) || (kind === 'md' && !isMd) || (kind === 'json' && !isJson)) continue;
    const product = productOf(path);
    // endoflife.date product ids are lowercase; a README.md or PROVENANCE.md beside the data is not one.
    if (!PRODUCT_ID.test(product) || !c.wants(product)) continue;
    const text = await readText(path, problems);
    if (text === undefined) continue;
    c.seen.add(`${isMd ? 'md' : 'json'}:${product}`);
    c.add(parseByName(path, text, path, problems));
  }
}

async function readZips(dir: string, kind: 'md' | 'json', c: Collector, problems: Problem[]): Promise<void> {
  if (c.complete()) return;
  for (const path of await listFiles(dir)) {
    if (!/\.zip$/i.test(path) || /(^|\/)vuln\.zip$/.test(path)) continue;
    const want = (name: string): boolean => {
      const m = /(?:^|\/)([^/]+)\.(md|json)$/i.exec(name);
      return m !== null && m[2]!.toLowerCase() === kind && c.wants(m[1]!) && !c.seen.has(`${kind}:${m[1]!}`);
    };
    try {
      const r = await readZipText(path, want, (entry) => c.add(parseByName(entry.name, entry.text, `${path}!${entry.name}`, problems)));
      for (const s of r.skipped) problems.push(note(`${s.name}: ${s.reason}`, path));
    } catch (err) {
      problems.push(note(`not read as a zip: ${(err as Error).message}`, path));
    }
  }
}

/** The Node.js security WG core records from vuln.zip or a folder holding vuln/core/<n>.json. */
export async function loadNodejsSecurityWg(path: string): Promise<{ vulnerabilities: RuntimeData['nodeVulnerabilities']; problems: Problem[] }> {
  const problems: Problem[] = [];
  const vulnerabilities: RuntimeData['nodeVulnerabilities'] = [];
  const take = (name: string, text: string, source: string): void => {
    const m = CORE_RECORD.exec(name);
    if (!m) return;
    let value: unknown;
    try {
      value = JSON.parse(text) as unknown;
    } catch (err) {
      problems.push(note(`invalid JSON: ${(err as Error).message}`, source));
      return;
    }
    const r = parseNodeCoreRecord(m[1]!, value, source);
    if (typeof r === 'string') problems.push(note(`${m[1]}.json not used: ${r}`, source));
    else vulnerabilities.push(r);
  };
  if (await isDir(path)) {
    for (const dir of [join(path, 'vuln', 'core'), join(path, 'core')]) {
      for (const file of await listFiles(dir)) {
        const text = await readText(file, problems);
        if (text !== undefined) take(`core/${basename(file)}`, text, file);
      }
    }
  } else {
    try {
      const r = await readZipText(path, (name) => CORE_RECORD.test(name), (e) => take(e.name, e.text, `${path}!${e.name}`));
      for (const s of r.skipped) problems.push(note(`${s.name}: ${s.reason}`, path));
    } catch (err) {
      problems.push(note(`Node.js security WG data not read: ${(err as Error).message}`, path, 'error'));
    }
  }
  vulnerabilities.sort((a, b) => Number(a.advisory.id.slice(10)) - Number(b.advisory.id.slice(10)));
  return { vulnerabilities, problems };
}

/** Loads release data from DIR (see the layouts above). A missing or empty DIR is a Problem, not a throw. */
export async function loadRuntimeData(dir: string, opts: LoadRuntimeOptions = {}): Promise<LoadRuntimeResult> {
  const problems: Problem[] = [];
  const data = emptyRuntimeData();
  const wanted = new Set([...(opts.products ?? CATALOGUE_PRODUCTS), ...(opts.alsoProducts ?? [])]);
  // With the inventory's images or repositories, product pages are all read first: their
  // identifiers decide which products the images and pins run, and so which release data is worth reading.
  const byIndex = opts.products === undefined && (opts.images !== undefined || opts.repositories !== undefined);
  const images = new Set([...(opts.images ?? [])].map(canonicalImageName));
  const repositories = new Set([...(opts.repositories ?? [])].map(canonicalRepository));
  const c = new Collector(byIndex ? undefined : wanted);
  const narrow = (): void => {
    if (!byIndex) return;
    const named = [...c.products.values()]
      .filter((p) => p.images?.some((i) => images.has(i)) || p.repositories?.some((r) => repositories.has(r.repo)))
      .map((p) => p.product);
    c.narrow(new Set([...wanted, ...named]));
  };
  let info;
  try {
    info = await stat(dir);
  } catch (err) {
    problems.push(note(`release data not read: ${(err as NodeJS.ErrnoException).code ?? String(err)}`, dir, 'error'));
    return { data, problems };
  }
  if (info.isFile()) {
    // A single file: one product page, one JSON document, or one zip of them.
    // (A JSON file may be an API v1 full product list: every product in it is taken that is wanted.)
    if (/\.zip$/i.test(dir)) {
      try {
        await readZipText(dir, (n) => /\.(md|json)$/i.test(n) && c.wants(productOf(n)), (e) =>
          c.add(parseByName(e.name, e.text, `${dir}!${e.name}`, problems)),
        );
        narrow();
      } catch (err) {
        problems.push(note(`not read as a zip: ${(err as Error).message}`, dir, 'error'));
      }
    } else {
      const text = await readText(dir, problems);
      if (text !== undefined) c.add(parseByName(dir, text, dir, problems));
      narrow();
    }
  } else {
    // Product pages first: their cycles carry `latest` and win field by field.
    for (const sub of [join(dir, 'endoflife.date', 'products'), join(dir, 'products')]) await readFolder(sub, 'md', c, problems);
    await readFolder(dir, 'md', c, problems);
    const zipDirs = [join(dir, 'endoflife.date'), join(dir, 'release-data'), dir];
    for (const sub of zipDirs) await readZips(sub, 'md', c, problems);
    narrow();
    await readFolder(dir, 'json', c, problems);
    for (const sub of [join(dir, 'release-data', 'releases'), join(dir, 'releases')]) await readFolder(sub, 'json', c, problems);
    for (const sub of zipDirs) await readZips(sub, 'json', c, problems);
  }
  data.products = c.products;
  const wg =
    opts.nodejsSecurityWg ??
    (await firstExisting([
      join(dir, 'vuln.zip'),
      join(dir, 'nodejs-security-wg', 'vuln.zip'),
      join(dir, 'vuln'),
      join(dir, 'nodejs-security-wg'),
    ]));
  if (wg !== undefined) {
    const r = await loadNodejsSecurityWg(wg);
    data.nodeVulnerabilities = r.vulnerabilities;
    problems.push(...r.problems);
  }
  if (data.products.size === 0) {
    problems.push(
      note(
        'no endoflife.date release data found (expected <product>.md / <product>.json files, release-data/releases/, endoflife.date/products/ or their zips)',
        dir,
      ),
    );
  }
  return { data, problems };
}

async function firstExisting(paths: string[]): Promise<string | undefined> {
  for (const p of paths) {
    try {
      await stat(p);
      return p;
    } catch {
      // try the next one
    }
  }
  return undefined;
}

/** Runtime release data files (`--releases`, and the Node.js security WG's records) as an advisory source. */
export function releaseFilesSource(config: SortedSourceConfig): AdvisorySource | undefined {
  const dir = config.releases;
  if (!dir) return undefined;
  const wg = config.nodejsSecurityWg;
  return {
    gives: 'runtime',
    async advisoriesFor(components) {
      const images = components.flatMap((c) => (c.image ? [c.name] : []));
      const repositories = components.flatMap((c) => (c.runtime?.repository !== undefined ? [c.runtime.repository] : []));
      const alsoProducts = [...Object.values(config.policyImages ?? {}), ...components.flatMap((c) => (c.runtime?.product !== undefined ? [c.runtime.product] : []))];
      const loaded = await loadRuntimeData(dir, { images, repositories, alsoProducts, ...(wg ? { nodejsSecurityWg: wg } : {}) });
      const sources: SourceInfo[] = [{ kind: 'releases', path: dir, records: loaded.data.products.size }];
      if (loaded.data.nodeVulnerabilities.length > 0) {
        sources.push({ kind: 'nodejs-security-wg', path: wg ?? dir, records: loaded.data.nodeVulnerabilities.length });
      }
      return { products: [...loaded.data.products.values()], nodeVulnerabilities: loaded.data.nodeVulnerabilities, sources, problems: loaded.problems };
    },
  };
}
