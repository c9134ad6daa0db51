import { isRecord } from '../../parse/json.js';
import type { Problem } from '../../model/types.js';
import type { SourceInfo } from '../db.js';
import { parseEndoflifeJson } from '../runtime/endoflife.js';
import type { ProductReleases } from '../runtime/types.js';
import type { LiveContext } from './context.js';
import { ShapeError } from './context.js';
import { HttpError, mapLimit, parseJsonBody } from './http.js';

// endoflife.date's API for the products of the runtime catalogue: GET /api/v1/products/NAME
// (`{"result": {"name", "releases": [...]}}`), and where a deployment still answers only the
// older API, GET /api/NAME.json (a list of cycles: `cycle`, `releaseDate`, `eol`, `latest`,
// `latestReleaseDate`). Both are read by the runtime stage's own parser (parseEndoflifeJson); the
// older list is first put in the v1 shape, field for field.

export const ENDOFLIFE_ORIGIN = 'advise/endoflife';
export const DEFAULT_ENDOFLIFE_URL = 'https://endoflife.date';

interface Answer {
  api: 'v1' | 'legacy';
  /** The document as served; null when neither endpoint knows the product. */
  doc: unknown;
}

const isAnswer = (v: unknown): v is Answer => isRecord(v) && (v.api === 'v1' || v.api === 'legacy') && 'doc' in v;

/** The older API's cycle list in the v1 product shape. */
export function legacyToV1(name: string, cycles: readonly unknown[]): Record<string, unknown> {
  const releases = cycles.filter(isRecord).map((c) => {
    const r: Record<string, unknown> = { name: typeof c.cycle === 'number' ? String(c.cycle) : c.cycle };
    if (c.codename !== undefined) r.codename = c.codename;
    if (c.releaseDate !== undefined) r.releaseDate = c.releaseDate;
    // `eol` is a date, or a boolean when the date is not known.
    if (typeof c.eol === 'string') r.eolFrom = c.eol;
    else r.isEol = c.eol === true;
    if (c.latest !== undefined) r.latest = { name: c.latest, date: c.latestReleaseDate };
    return r;
  });
  return { result: { name, releases } };
}

async function fetchProduct(ctx: LiveContext, base: string, name: string): Promise<Answer> {
  const v1 = `${base}/api/v1/products/${encodeURIComponent(name)}`;
  // Why v1 gave nothing: undefined when it answered 404 (no such product there).
  let v1Failure: Error | undefined;
  try {
    const res = await ctx.http.request({ url: v1, accept: [404] });
    if (res.status !== 404) {
      const doc = parseJsonBody(res);
      if (isRecord(doc) && isRecord(doc.result)) return { api: 'v1', doc };
      v1Failure = new ShapeError(`${v1}: expected {"result": {...}}`);
    }
  } catch (err) {
    // A server that is down is down for both endpoints; only a refusal of v1 is worth the fallback.
    if (!(err instanceof HttpError) || err.kind !== 'status') throw err;
    v1Failure = err;
  }
  const legacy = `${base}/api/${encodeURIComponent(name)}.json`;
  const res = await ctx.http.request({ url: legacy, accept: [404] });
  if (res.status === 404) {
    if (v1Failure) throw v1Failure;
    return { api: 'v1', doc: null };
  }
  const doc = parseJsonBody(res);
  if (!Array.isArray(doc)) throw new ShapeError(`${legacy}: expected a list of release cycles`);
  return { api: 'legacy', doc };
}

export interface LiveEndoflifeResult {
  products: ProductReleases[];
  sources: SourceInfo[];
  problems: Problem[];
}

export async function fetchEndoflife(ctx: LiveContext, base: string, names: Iterable<string>): Promise<LiveEndoflifeResult> {
  const root = base.replace(/\/+$/, '');
  const products: ProductReleases[] = [];
  const unknown: string[] = [];
  const issues: string[] = [];
  const wanted = [...new Set(names)].sort();
  const answers = await mapLimit(wanted, 8, (name) =>
    ctx.cached<Answer>(
      { source: 'endoflife', key: `product\u0000${name}`, label: name, check: isAnswer, fetch: () => fetchProduct(ctx, root, name) },
      root,
    ),
  );
  wanted.forEach((name, i) => {
    const a = answers[i]!.value;
    if (!a) return;
    if (a.doc === null) {
      unknown.push(name);
      return;
    }
    const source = a.api === 'v1' ? `${root}/api/v1/products/${name}` : `${root}/api/${name}.json`;
    const doc = a.api === 'legacy' && Array.isArray(a.doc) ? legacyToV1(name, a.doc) : a.doc;
    const parsed = parseEndoflifeJson(doc, name, source);
    products.push(...parsed.products);
    for (const issue of parsed.issues) issues.push(`${name}: ${issue}`);
  });
  const problems = ctx.problems('endoflife', ENDOFLIFE_ORIGIN, `endoflife.date ${root}`, 'so those runtimes were not checked for patches or end of life');
  if (unknown.length > 0) {
    problems.push({ level: 'warning', origin: ENDOFLIFE_ORIGIN, message: `endoflife.date ${root} knows no product ${unknown.join(', ')}` });
  }
  if (issues.length > 0) {
    problems.push({ level: 'warning', origin: ENDOFLIFE_ORIGIN, message: `endoflife.date answers partly not understood: ${issues.slice(0, 5).join('; ')}` });
  }
  const sources = ctx.answered('endoflife') ? [ctx.sourceInfo('endoflife', 'endoflife-api', root, products.length)] : [];
  return { products, sources, problems };
}
