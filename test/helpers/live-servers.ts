import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { AdvisoryDb } from '../../src/advise/db.js';
import { normaliseOsv } from '../../src/advise/osv.js';
import { readZipText } from '../../src/advise/zip.js';
import { matchKey } from '../../src/model/names.js';
import { affects } from '../../src/match/ranges.js';
import { SEMVER_SCHEME, schemeFor } from '../../src/match/versions/index.js';
import { isRecord } from '../../src/parse/json.js';

// Local HTTP servers (node:http on 127.0.0.1, port 0) that answer the shapes of the real
// endpoints the live sources call, so the clients are exercised over real sockets: the OSV API
// (/v1/querybatch, /v1/vulns/{id}) backed by the real OSV records of test/corpus/osv (trimmed from the shared corpus), and a
// generic router for registries, feeds and fault injection.

export interface Seen {
  method: string;
  url: string;
  body: string;
}

export interface TestServer {
  url: string;
  /** Every request received, in order. */
  seen: Seen[];
  close(): Promise<void>;
}

export type Handler = (req: IncomingMessage, res: ServerResponse, body: string) => void | Promise<void>;

export async function startServer(handler: Handler): Promise<TestServer> {
  const seen: Seen[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      seen.push({ method: req.method ?? 'GET', url: req.url ?? '/', body });
      Promise.resolve(handler(req, res, body)).catch((err: unknown) => {
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
        res.end(String(err));
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    seen,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export function sendJson(res: ServerResponse, status: number, value: unknown, headers: Record<string, string> = {}): void {
  const body = typeof value === 'string' ? value : JSON.stringify(value);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)), ...headers });
  res.end(body);
}

/** A route table: exact path (with query) -> answer; anything else 404. */
export interface Route {
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export function routes(table: Record<string, Route | ((req: IncomingMessage, res: ServerResponse, body: string) => void)>): Handler {
  return (req, res, body) => {
    const r = table[req.url ?? ''];
    if (typeof r === 'function') return r(req, res, body);
    if (!r) return sendJson(res, 404, { error: 'Not found' });
    const status = r.status ?? 200;
    if (req.method === 'HEAD') {
      res.writeHead(status, r.headers ?? {});
      res.end();
      return;
    }
    sendJson(res, status, r.body ?? {}, r.headers);
  };
}

// --- OSV API ---------------------------------------------------------------------------------

export interface OsvStore {
  /** Record text by id, as a bundle holds it. */
  raw: Map<string, string>;
  /** The same records, normalised and indexed as patchwarden's own matcher reads them. */
  db: AdvisoryDb;
}

/**
 * The records of OSV bundles (all.zip) and folders of OSV JSON. An id present twice keeps the
 * later `modified`, as AdvisoryDb does, so the server holds exactly what an offline run loads.
 */
export async function loadOsvStore(paths: readonly string[]): Promise<OsvStore> {
  const raw = new Map<string, string>();
  const db = new AdvisoryDb();
  const modified = new Map<string, string>();
  const take = (text: string): void => {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      return;
    }
    if (!isRecord(value) || typeof value.id !== 'string') return;
    const n = normaliseOsv(value, 'test-osv-server');
    const m = n.advisory?.modified ?? '';
    if (raw.has(value.id) && m <= (modified.get(value.id) ?? '')) return;
    raw.set(value.id, text);
    modified.set(value.id, m);
    if (n.advisory) db.add(n.advisory);
  };
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const abs = join(dir, name);
      if (statSync(abs).isDirectory()) walk(abs);
      else if (name.endsWith('.json') && name !== 'PROVENANCE.json') take(readFileSync(abs, 'utf8'));
    }
  };
  for (const p of paths) {
    if (p.endsWith('.zip')) await readZipText(p, (n) => n.endsWith('.json'), ({ text }) => take(text));
    else walk(p);
  }
  return { raw, db };
}

export interface OsvServerOptions {
  /** Ids per page of one query's answer before a next_page_token is given (OSV: 1,000). */
  pageSize?: number;
  /** Queries accepted per batch; more is a 400, as api.osv.dev answers. */
  maxQueries?: number;
  /** Called first for every request; returning true means it answered (fault injection). */
  intercept?: (req: IncomingMessage, res: ServerResponse, body: string) => boolean;
}

/** The ids of the records that affect one package version, by the project's own matcher. */
export function affectingIds(store: OsvStore, ecosystem: string, name: string, version: string): string[] {
  const scheme = schemeFor(ecosystem);
  if (!scheme) return [];
  const key = matchKey(ecosystem, name);
  const ids: string[] = [];
  for (const a of store.db.lookup(ecosystem, name)) {
    if (a.withdrawn) continue;
    const hit = a.affected.some((pkg) => matchKey(pkg.ecosystem, pkg.name) === key && affects(version, pkg, scheme, SEMVER_SCHEME).affected);
    if (hit) ids.push(a.id);
  }
  return ids.sort();
}

const token = (key: string, offset: number): string => Buffer.from(JSON.stringify({ key, offset })).toString('base64');

export function osvApiHandler(store: OsvStore, opts: OsvServerOptions = {}): Handler {
  const pageSize = opts.pageSize ?? 1000;
  const maxQueries = opts.maxQueries ?? 1000;
  return (req, res, body) => {
    if (opts.intercept?.(req, res, body)) return;
    const url = req.url ?? '';
    if (req.method === 'GET' && url.startsWith('/v1/vulns/')) {
      const id = decodeURIComponent(url.slice('/v1/vulns/'.length));
      const text = store.raw.get(id);
      return text === undefined ? sendJson(res, 404, { code: 5, message: 'Bug not found.' }) : sendJson(res, 200, text);
    }
    if (req.method !== 'POST' || url !== '/v1/querybatch') return sendJson(res, 404, { code: 5, message: 'Not Found' });
    let parsed: unknown;
    try {
      parsed = JSON.parse(body);
    } catch {
      return sendJson(res, 400, { code: 3, message: 'Invalid JSON payload.' });
    }
    if (!isRecord(parsed) || !Array.isArray(parsed.queries)) return sendJson(res, 400, { code: 3, message: 'Missing queries.' });
    if (parsed.queries.length > maxQueries) return sendJson(res, 400, { code: 3, message: 'Too many queries.' });
    const results: Record<string, unknown>[] = [];
    for (const q of parsed.queries) {
      if (!isRecord(q) || !isRecord(q.package) || typeof q.package.name !== 'string' || typeof q.package.ecosystem !== 'string' || typeof q.version !== 'string') {
        return sendJson(res, 400, { code: 3, message: 'Invalid query.' });
      }
      const key = `${q.package.ecosystem}\u0000${q.package.name}\u0000${q.version}`;
      let offset = 0;
      if (q.page_token !== undefined) {
        try {
          const t = JSON.parse(Buffer.from(String(q.page_token), 'base64').toString('utf8')) as { key: string; offset: number };
          if (t.key !== key) throw new Error('token of another query');
          offset = t.offset;
        } catch {
          return sendJson(res, 400, { code: 3, message: 'Invalid page token.' });
        }
      }
      const ids = affectingIds(store, q.package.ecosystem, q.package.name, q.version);
      const page = ids.slice(offset, offset + pageSize);
      const result: Record<string, unknown> = {};
      if (page.length > 0) {
        result.vulns = page.map((id) => {
          const m = (JSON.parse(store.raw.get(id)!) as { modified?: unknown }).modified;
          return typeof m === 'string' ? { id, modified: m } : { id };
        });
      }
      if (offset + pageSize < ids.length) result.next_page_token = token(key, offset + pageSize);
      results.push(result);
    }
    sendJson(res, 200, { results });
  };
}

export const OSV_BUNDLES = ['osv/Go/all.zip', 'osv/PyPI/all.zip', 'osv/crates.io/all.zip', 'osv/github-reviewed-sample'] as const;
