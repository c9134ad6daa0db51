import { isRecord } from '../../parse/json.js';
import { LIMITS } from '../../limits.js';
import { baseEcosystem } from '../../model/names.js';
import { osAdvisoryName } from '../../model/os.js';
import type { Component, Problem } from '../../model/types.js';
import type { AdvisoryDb, SourceInfo } from '../db.js';
import { normaliseOsv } from '../osv.js';
import type { CacheLookup, LiveContext, Lookup } from './context.js';
import { ShapeError } from './context.js';
import { HttpError, mapLimit } from './http.js';

// The OSV API (google.github.io/osv.dev/api): POST /v1/querybatch with up to 1,000 queries
// ({package: {name, ecosystem}, version}) answers, in input order, the ids and `modified` times of
// the records that affect each one, with a `next_page_token` on a result that has more; the
// follow-up repeats that query with `page_token`. GET /v1/vulns/{id} then gives each full record.
// Records are normalised exactly as the offline bundles are (normaliseOsv), so the matcher sees the
// same advisories online and offline.
//
// Cache: the answer of each query (its complete id list) and each record, separately. A cached
// record is reused without asking when querybatch reports the same `modified` time, so a daily run
// with a kept cache fetches only what changed.

export const OSV_ORIGIN = 'advise/osv-api';
/** The service rejects a batch of more than 1,000 queries with HTTP 400. */
export const OSV_MAX_BATCH = 1000;
/** Pages followed per query before the answer is treated as broken (a token that never ends). */
const MAX_PAGES = 100;

/** OSV ecosystems (ossf.github.io/osv-schema/#affectedpackage-field) the API can be asked about. */
const OSV_ECOSYSTEMS = new Set([
  'AlmaLinux', 'Alpine', 'Android', 'Bitnami', 'Chainguard', 'CRAN', 'crates.io', 'Debian', 'GHC', 'GitHub Actions', 'Go',
  'Hackage', 'Hex', 'Linux', 'Mageia', 'Maven', 'MinimOS', 'npm', 'NuGet', 'openEuler', 'openSUSE', 'OSS-Fuzz', 'Packagist',
  'Photon OS', 'Pub', 'PyPI', 'Red Hat', 'Rocky Linux', 'RubyGems', 'SUSE', 'SwiftURL', 'Ubuntu', 'VSCode', 'Wolfi',
]);

export interface OsvApiOptions {
  baseUrl: string;
  /** At most OSV_MAX_BATCH. */
  batchSize?: number;
  /** Record downloads in flight at once. */
  concurrency?: number;
}

export interface OsvQuery {
  ecosystem: string;
  name: string;
  version: string;
}

interface VulnRef {
  id: string;
  modified?: string;
}

interface QueryAnswer {
  vulns: VulnRef[];
}

type Outcome = { value: VulnRef[] } | { error: unknown };

export interface OsvApiResult {
  /** Raw OSV records by id, as the API served them. */
  records: Map<string, Record<string, unknown>>;
  queries: number;
  problems: Problem[];
}

/** The queries for a component list: registry packages of OSV ecosystems, each (ecosystem, name, version) once. */
export function osvQueries(components: readonly Component[]): OsvQuery[] {
  const seen = new Map<string, OsvQuery>();
  for (const c of components) {
    if (c.source && c.source !== 'registry') continue;
    // An OS package is asked about by its source package, which distribution records name.
    const { name, version } = osAdvisoryName(c);
    if (!OSV_ECOSYSTEMS.has(baseEcosystem(c.ecosystem)) || name === '' || version === '') continue;
    const key = `${c.ecosystem}\u0000${name}\u0000${version}`;
    if (!seen.has(key)) seen.set(key, { ecosystem: c.ecosystem, name, version });
  }
  return [...seen.values()];
}

/** The query as sent: OSV writes Go versions without the "v" of go.mod (v1.2.3 is 1.2.3 there). */
function wireQuery(q: OsvQuery, pageToken?: string): Record<string, unknown> {
  const version = q.ecosystem === 'Go' && /^v\d/.test(q.version) ? q.version.slice(1) : q.version;
  const body: Record<string, unknown> = { package: { name: q.name, ecosystem: q.ecosystem }, version };
  if (pageToken !== undefined) body.page_token = pageToken;
  return body;
}

const isQueryAnswer = (v: unknown): v is QueryAnswer =>
  isRecord(v) && Array.isArray(v.vulns) && v.vulns.every((x) => isRecord(x) && typeof x.id === 'string');

const isRecordWithId = (v: unknown): v is Record<string, unknown> => isRecord(v) && typeof v.id === 'string';

function parseBatch(value: unknown, url: string, expected: number): { vulns: VulnRef[]; next?: string }[] {
  if (!isRecord(value) || !Array.isArray(value.results)) {
    throw new ShapeError(`${url}: expected {"results": [...]}, got ${Array.isArray(value) ? 'an array' : typeof value}`);
  }
  if (value.results.length !== expected) {
    throw new ShapeError(`${url}: ${expected} queries sent but ${value.results.length} results returned`);
  }
  return value.results.map((r: unknown, i: number) => {
    if (!isRecord(r)) throw new ShapeError(`${url}: results[${i}] is not an object`);
    const vulns: VulnRef[] = [];
    if (r.vulns !== undefined) {
      if (!Array.isArray(r.vulns)) throw new ShapeError(`${url}: results[${i}].vulns is not a list`);
      for (const v of r.vulns) {
        if (!isRecord(v) || typeof v.id !== 'string' || v.id === '') throw new ShapeError(`${url}: results[${i}].vulns has an entry without an id`);
        vulns.push(typeof v.modified === 'string' ? { id: v.id, modified: v.modified } : { id: v.id });
      }
    }
    const next = typeof r.next_page_token === 'string' && r.next_page_token !== '' ? r.next_page_token : undefined;
    return next === undefined ? { vulns } : { vulns, next };
  });
}

class OsvApiClient {
  private readonly batchUrl: string;
  private readonly batchSize: number;

  constructor(
    private readonly ctx: LiveContext,
    private readonly base: string,
    batchSize: number,
  ) {
    this.batchUrl = `${base}/v1/querybatch`;
    this.batchSize = Math.max(1, Math.min(OSV_MAX_BATCH, batchSize));
  }

  /**
   * Every page of every query in one batch. Follow-up pages of several queries are asked together,
   * again at most `batchSize` per request. Throws when the batch as a whole fails; a query whose
   * pages never end fails alone.
   */
  private async batch(queries: readonly OsvQuery[]): Promise<Outcome[]> {
    const answers: VulnRef[][] = queries.map(() => []);
    const broken = new Map<number, ShapeError>();
    let pending: { index: number; token?: string }[] = queries.map((_, index) => ({ index }));
    const pages = new Map<number, number>();
    while (pending.length > 0) {
      const next: { index: number; token: string }[] = [];
      for (let start = 0; start < pending.length; start += this.batchSize) {
        const part = pending.slice(start, start + this.batchSize);
        const { value } = await this.ctx.http.json({ url: this.batchUrl, json: { queries: part.map((p) => wireQuery(queries[p.index]!, p.token)) } });
        const results = parseBatch(value, this.batchUrl, part.length);
        results.forEach((r, i) => {
          const p = part[i]!;
          answers[p.index]!.push(...r.vulns);
          if (r.next === undefined) return;
          const n = (pages.get(p.index) ?? 1) + 1;
          if (n > MAX_PAGES || r.next === p.token) {
            broken.set(p.index, new ShapeError(`${this.batchUrl}: still a next_page_token after ${n - 1} pages`));
            return;
          }
          pages.set(p.index, n);
          next.push({ index: p.index, token: r.next });
        });
      }
      pending = next;
    }
    return answers.map((value, i) => {
      const error = broken.get(i);
      return error ? { error } : { value };
    });
  }

  /**
   * A batch that the service refuses as a whole (HTTP 400: one malformed version from a hostile
   * lockfile) is split in halves until the offending query stands alone, so it alone goes unanswered.
   */
  async batchIsolating(queries: readonly OsvQuery[]): Promise<Outcome[]> {
    try {
      return await this.batch(queries);
    } catch (error) {
      if (queries.length > 1 && error instanceof HttpError && error.status === 400) {
        const half = Math.ceil(queries.length / 2);
        return [...(await this.batchIsolating(queries.slice(0, half))), ...(await this.batchIsolating(queries.slice(half)))];
      }
      return queries.map(() => ({ error }));
    }
  }

  async record(id: string): Promise<Record<string, unknown>> {
    const url = `${this.base}/v1/vulns/${encodeURIComponent(id)}`;
    const { value } = await this.ctx.http.json({ url });
    if (!isRecordWithId(value)) throw new ShapeError(`${url}: expected an OSV record with an "id"`);
    if (value.id !== id) throw new ShapeError(`${url}: asked for ${id}, got the record ${String(value.id)}`);
    return value;
  }
}

/**
 * Asks the OSV API which records affect the components and downloads them. Never throws: every
 * failure ends up in `problems`, under the context's failure policy.
 */
export async function queryOsvApi(components: readonly Component[], ctx: LiveContext, opts: OsvApiOptions): Promise<OsvApiResult> {
  const base = opts.baseUrl.replace(/\/+$/, '');
  const client = new OsvApiClient(ctx, base, opts.batchSize ?? OSV_MAX_BATCH);
  const batchUrl = `${base}/v1/querybatch`;
  const queries = osvQueries(components);
  const records = new Map<string, Record<string, unknown>>();

  const lookups = (q: OsvQuery): CacheLookup<QueryAnswer> => ({
    source: 'osv-api',
    key: `query\u0000${q.ecosystem}\u0000${q.name}\u0000${q.version}`,
    label: `${q.ecosystem} ${q.name}@${q.version}`,
    check: isQueryAnswer,
  });
  const found: Lookup<QueryAnswer>[] = await mapLimit(queries, 32, (q) => ctx.lookup(lookups(q), batchUrl));
  const refs = new Map<string, string | undefined>();
  const take = (answer: QueryAnswer | undefined): void => {
    for (const v of answer?.vulns ?? []) if (!refs.has(v.id) || v.modified !== undefined) refs.set(v.id, v.modified);
  };
  const ask: number[] = [];
  for (let i = 0; i < queries.length; i++) {
    const f = found[i]!;
    if (f.hit) take(f.hit.value);
    else if (f.blocked !== undefined) take((await ctx.settle(lookups(queries[i]!), f.entry, { error: f.blocked }, batchUrl)).value);
    else ask.push(i);
  }
  const size = Math.max(1, Math.min(OSV_MAX_BATCH, opts.batchSize ?? OSV_MAX_BATCH));
  for (let start = 0; start < ask.length; start += size) {
    const part = ask.slice(start, start + size);
    const down = ctx.downReason(batchUrl);
    const outcomes: Outcome[] =
      down === undefined ? await client.batchIsolating(part.map((i) => queries[i]!)) : part.map(() => ({ error: `skipped, the server failed earlier requests: ${down}` }));
    for (let j = 0; j < part.length; j++) {
      const i = part[j]!;
      const outcome = outcomes[j]!;
      const settled = await ctx.settle(lookups(queries[i]!), found[i]!.entry, 'value' in outcome ? { value: { vulns: outcome.value } } : outcome, batchUrl);
      take(settled.value);
    }
  }

  const ids = [...refs.keys()].sort();
  await mapLimit(ids, opts.concurrency ?? 16, async (id) => {
    const modified = refs.get(id);
    const url = `${base}/v1/vulns/${encodeURIComponent(id)}`;
    const got = await ctx.cached<Record<string, unknown>>(
      {
        source: 'osv-api',
        key: `vuln\u0000${id}`,
        label: id,
        check: isRecordWithId,
        // The record is current when querybatch reports the modified time it carries.
        ...(modified === undefined ? {} : { fresh: (e) => e.value.modified === modified }),
        fetch: () => client.record(id),
      },
      url,
    );
    if (got.value) records.set(id, got.value);
  });

  const problems = ctx.problems('osv-api', OSV_ORIGIN, `OSV API ${base}`, 'so those packages or advisories were not checked');
  return { records, queries: queries.length, problems };
}

/**
 * Adds API records to the index the offline loaders fill, normalised the same way; skips are
 * summarised like the offline loader's (informational RustSec notices are not vulnerabilities).
 */
/** Normalises API records into `db`; `held` counts the records other sources gave already, for the run's record limit. */
export function addApiRecords(records: ReadonlyMap<string, Record<string, unknown>>, db: AdvisoryDb, base: string, held = 0): { added: number; problems: Problem[] } {
  const source = `osv-api:${base}`;
  const skipped = new Map<string, string[]>();
  let added = 0;
  for (const [id, raw] of records) {
    const result = normaliseOsv(raw, source);
    let reason = result.skip;
    if (!result.advisory) reason ??= 'not usable';
    else if (held + db.size >= LIMITS.maxAdvisories) reason = `over the ${LIMITS.maxAdvisories}-record limit`;
    if (reason !== undefined) {
      const key = reason.replace(/^[^:]+: /, '');
      skipped.set(key, [...(skipped.get(key) ?? []), id]);
      continue;
    }
    db.add(result.advisory!);
    added++;
  }
  const problems: Problem[] = [];
  for (const [reason, ids] of skipped) {
    problems.push({
      level: reason.startsWith('informational') ? 'notice' : 'warning',
      origin: OSV_ORIGIN,
      message: `${ids.length} record(s) from ${base} skipped, ${reason}: ${ids.slice(0, 5).join(', ')}${ids.length > 5 ? `, … (${ids.length - 5} more)` : ''}`,
    });
  }
  return { added, problems };
}

export function osvSourceInfo(ctx: LiveContext, base: string, records: number): SourceInfo {
  return ctx.sourceInfo('osv-api', 'osv-api', base.replace(/\/+$/, ''), records);
}
