import type { Finding } from '../../src/evaluate/types.js';
import type { Component, FindingStatus, Location, SeverityLabel } from '../../src/model/types.js';
import type { Report } from '../../src/report/model.js';
import { REPORT_SCHEMA_VERSION, summarise } from '../../src/report/model.js';

// Small builders for Report objects, so the GitHub sinks are tested on exact, hand-made
// inputs (statuses, deadlines, hostile names) independent of the rest of the pipeline.

export interface FindingSpec {
  name: string;
  version?: string;
  ecosystem?: string;
  id?: string;
  aliases?: string[];
  summary?: string;
  severity?: SeverityLabel;
  status?: FindingStatus;
  daysLeft?: number | null;
  fixed?: string | null;
  locations?: Location[];
  cvss?: number;
}

const NOW = '2026-11-24';

function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

export function finding(spec: FindingSpec): Finding {
  const ecosystem = spec.ecosystem ?? 'npm';
  const version = spec.version ?? '1.0.0';
  const status = spec.status ?? 'overdue';
  const daysLeft = spec.daysLeft !== undefined ? spec.daysLeft : status === 'overdue' ? -10 : status === 'due-soon' ? 3 : status === 'within' ? 40 : null;
  const id = spec.id ?? `GHSA-${spec.name.replace(/[^a-z0-9]/gi, '').slice(0, 4).padEnd(4, 'x')}-0000-0000`;
  const fixed = spec.fixed !== undefined ? spec.fixed : status === 'no-fix' ? null : '9.9.9';
  return {
    kind: 'vulnerability',
    component: { ecosystem, name: spec.name, version, purl: `pkg:${ecosystem.toLowerCase()}/${encodeURIComponent(spec.name)}@${version}`, layer: 'library' },
    locations: spec.locations ?? [{ file: 'package-lock.json', line: 10 }],
    advisory: { id, aliases: spec.aliases ?? [], summary: spec.summary ?? `Problem in ${spec.name}`, published: '2026-01-01T00:00:00Z', url: `https://github.com/advisories/${id}` },
    ids: [id],
    severity: spec.severity ?? 'high',
    severitySource: 'label',
    ...(spec.cvss !== undefined ? { cvssScore: spec.cvss } : {}),
    fixedVersion: fixed,
    clockStart: '2026-01-01',
    clockBasis: 'published',
    deadline: daysLeft === null ? null : addDays(NOW, daysLeft),
    status,
    daysLeft,
    rule: `deadlines.${spec.severity ?? 'high'}`,
  };
}

export function reportOf(findings: Finding[], extra: Component[] = []): Report {
  const components = new Map<string, Component>();
  for (const f of [...findings.map((f) => ({ ...f.component, locations: f.locations })), ...extra]) {
    components.set(`${f.ecosystem}\u0000${f.name}\u0000${f.version}`, f);
  }
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool: { name: 'patchwarden', version: '0.1.0' },
    now: `${NOW}T00:00:00.000Z`,
    root: '.',
    policy: { apiVersion: 'patchwarden.dev/v1', name: 'baseline', version: '1.0.0', digest: `sha256:${'0'.repeat(64)}` },
    sources: [],
    components: [...components.values()],
    findings,
    exceptions: [],
    problems: [],
    summary: summarise([...components.values()], findings, 'critical'),
    // The sinks' fixtures judge findings only: the data is taken to have covered everything.
    coverage: { missingData: 'warn', maxDataAge: '7d', empty: false, complete: true, entries: [] },
  };
}
