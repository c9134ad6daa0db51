import { makeComponent } from '../../model/component.js';
import type { AdvisoryKind, Layer, Match, SeverityLabel } from '../../model/types.js';

// Builds Match values for evaluate's tests. The defaults restate a real case: ws 8.17.0 in the
// chat-platform example's lockfile, GHSA-3h5v-q93c-6h6q (CVE-2024-37890, high, published
// 2024-06-17T19:09:10Z, fixed in 8.17.1).

export interface MatchInit {
  kind?: AdvisoryKind;
  id?: string;
  aliases?: readonly string[];
  published?: string;
  modified?: string;
  severity?: SeverityLabel | null;
  vector?: string;
  score?: number;
  ecosystem?: string;
  name?: string;
  version?: string;
  file?: string;
  line?: number;
  layer?: Layer;
  dev?: boolean;
  direct?: boolean;
  fixedVersion?: string | null;
  fixReleased?: string;
}

export function match(init: MatchInit = {}): Match {
  const id = init.id ?? 'GHSA-3h5v-q93c-6h6q';
  const aliases = [...(init.aliases ?? (init.id === undefined ? ['CVE-2024-37890'] : []))];
  const comp = makeComponent({
    ecosystem: init.ecosystem ?? 'npm',
    name: init.name ?? 'ws',
    version: init.version ?? '8.17.0',
    file: init.file ?? 'service/package-lock.json',
    line: init.line ?? 120,
    layer: init.layer ?? 'library',
    ...(init.dev === undefined ? {} : { dev: init.dev }),
    ...(init.direct === undefined ? {} : { direct: init.direct }),
  });
  const m: Match = {
    kind: init.kind ?? 'vulnerability',
    component: comp,
    advisory: {
      id,
      aliases,
      summary: 'test advisory',
      affected: [],
      references: [],
      url: `https://osv.dev/vulnerability/${id}`,
      source: 'test',
    },
    ids: [id],
    aliases,
    fixedVersion: init.fixedVersion === undefined ? '8.17.1' : init.fixedVersion,
  };
  const published = 'published' in init ? init.published : '2024-06-17T19:09:10Z';
  if (published !== undefined) m.advisory.published = published;
  if (init.modified !== undefined) m.advisory.modified = init.modified;
  const severity = init.severity === undefined ? 'high' : init.severity;
  if (severity !== null) {
    m.advisory.severity = { label: severity, source: init.vector ? 'cvss' : 'label' };
    if (init.vector) m.advisory.severity.vector = init.vector;
    if (init.score !== undefined) m.advisory.severity.score = init.score;
  }
  if (init.fixReleased !== undefined) m.fixReleased = init.fixReleased;
  return m;
}

/**
 * A Match from a real OSV record (normalised by advise/osv), for the component and fix given.
 * The record's id, aliases, dates and severity are the real ones.
 */
export function fromRecord(advisory: Match['advisory'], init: Omit<MatchInit, 'id' | 'aliases' | 'published' | 'modified' | 'severity' | 'vector' | 'score'>): Match {
  const m = match({ ...init, id: advisory.id, aliases: advisory.aliases, severity: null });
  m.advisory = advisory;
  return m;
}
