import type { Finding, PolicyIdentity } from '../evaluate/types.js';
import type { ClockBasis, FindingStatus, Layer, SeverityLabel } from '../model/types.js';

// The audit's record inside each tool-managed issue: a second hidden line (the first is the
// issue's own marker) holding, per advisory, what the audit needs to rebuild the finding's life
// from the open, close and reopen times: id, severity, clock start and its basis,
// deadline, first seen, and the exception if any. It is versioned (`history v1`) JSON in
// base64url: no package name or reason in it can close the comment or read as Markdown, and
// `echo ... | base64 -d | jq` reads it.

export const HISTORY_VERSION = 1;
const PREFIX = '<!-- patchwarden:history v1 ';
const SUFFIX = ' -->';
/**
 * Advisories kept per issue, most urgent first: about 500 bytes of base64 each, so the block
 * stays near 20 KB of GitHub's 65,536-character body and the table after it keeps its room.
 */
export const HISTORY_MAX_ENTRIES = 40;

export interface HistoryEntry {
  id: string;
  aliases: string[];
  kind: string;
  severity: SeverityLabel;
  layer: Layer;
  version: string;
  clockStart: string | null;
  basis: ClockBasis;
  deadline: string | null;
  /** YYYY-MM-DD the advisory was published (disclosed), when known: the vendor lag's start. */
  published: string | null;
  /** The status the last run gave it. */
  status: FindingStatus;
  /** The first day a run wrote this advisory into the issue (carried from the previous body). */
  firstSeen: string;
  /** The exception that applied, kept after it expires so the audit can report its expiry. */
  exception?: { reason: string; approvedBy: string; expires: string };
  file?: string;
  line?: number;
}

export interface HistoryBlock {
  v: 1;
  ecosystem: string;
  name: string;
  purl: string;
  policy: Pick<PolicyIdentity, 'name' | 'version' | 'digest'>;
  entries: HistoryEntry[];
}


/** The block's line for an issue about `findings` (one package), carrying first-seen days and exceptions from `previousBody`. */
export function historyLine(findings: readonly Finding[], policy: PolicyIdentity, today: string, previousBody?: string): string {
  const before = previousBody ? parseHistoryBlock(previousBody) : undefined;
  const old = new Map<string, HistoryEntry>();
  if (before && before !== 'invalid') for (const e of before.entries) for (const id of [e.id, ...e.aliases]) old.set(id, e);
  const first = findings[0]!;
  const entries: HistoryEntry[] = [];
  const seen = new Set<string>();
  for (const f of findings) {
    if (seen.has(f.advisory.id) || entries.length >= HISTORY_MAX_ENTRIES) continue;
    seen.add(f.advisory.id);
    const prev = [f.advisory.id, ...f.advisory.aliases, ...f.ids].map((id) => old.get(id)).find((e) => e !== undefined);
    const entry: HistoryEntry = {
      id: f.advisory.id,
      aliases: [...new Set([...f.advisory.aliases, ...f.ids.filter((i) => i !== f.advisory.id)])],
      kind: f.kind,
      severity: f.severity,
      layer: f.component.layer,
      version: f.component.version,
      clockStart: f.clockStart,
      basis: f.clockBasis,
      deadline: f.deadline,
      published: f.advisory.published ? f.advisory.published.slice(0, 10) : null,
      status: f.status,
      firstSeen: prev?.firstSeen ?? today,
    };
    const exception = f.exception ? { reason: f.exception.reason, approvedBy: f.exception.approvedBy, expires: f.exception.expires } : prev?.exception;
    if (exception) entry.exception = exception;
    const loc = f.locations[0];
    if (loc) {
      entry.file = loc.file;
      entry.line = loc.line;
    }
    entries.push(entry);
  }
  const block: HistoryBlock = {
    v: 1,
    ecosystem: first.component.ecosystem,
    name: first.component.name,
    purl: first.component.purl.replace(/[@?#].*$/, ''),
    policy: { name: policy.name, version: policy.version, digest: policy.digest },
    entries,
  };
  return PREFIX + Buffer.from(JSON.stringify(block), 'utf8').toString('base64url') + SUFFIX;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The block in an issue body (any line), undefined when there is none, 'invalid' when it cannot be read. */
export function parseHistoryBlock(body: string): HistoryBlock | 'invalid' | undefined {
  const line = body.split(/\r?\n/, 4).find((l) => l.startsWith(PREFIX));
  if (!line) return undefined;
  const encoded = line.trim().slice(PREFIX.length, -SUFFIX.length);
  if (!/^[A-Za-z0-9_-]*$/.test(encoded)) return 'invalid';
  let data: unknown;
  try {
    data = JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8'));
  } catch {
    return 'invalid';
  }
  const b = data as Partial<HistoryBlock>;
  if (typeof b !== 'object' || b === null || b.v !== 1 || typeof b.ecosystem !== 'string' || typeof b.name !== 'string' || !Array.isArray(b.entries)) return 'invalid';
  for (const e of b.entries) {
    if (typeof e !== 'object' || e === null || typeof e.id !== 'string' || !['critical', 'high', 'medium', 'low'].includes(e.severity) || typeof e.firstSeen !== 'string' || !DAY.test(e.firstSeen)) return 'invalid';
    if ((e.deadline !== null && !DAY.test(String(e.deadline))) || (e.clockStart !== null && !DAY.test(String(e.clockStart)))) return 'invalid';
  }
  return b as HistoryBlock;
}
