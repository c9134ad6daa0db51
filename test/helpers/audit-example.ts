import type { ExceptionReport, Finding } from '../../src/evaluate/types.js';
import type { FindingStatus, Layer, SeverityLabel } from '../../src/model/types.js';
import type { Report } from '../../src/report/model.js';
import { finding, reportOf } from './report-builder.js';

// The README's "Patch audit" worked example as reports: one repository, five runs (2026-10-01,
// 11-01, 11-10, 11-20, 11-30), twelve findings A..L whose lives exercise every figure. The
// expected figures are worked out by hand in the README; the tests assert exactly those.

export const EXAMPLE_REPOSITORY = 'acme/chat';
export const EXAMPLE_RUNS = ['2026-10-01', '2026-11-01', '2026-11-10', '2026-11-20', '2026-11-30'] as const;

interface Spec {
  letter: string;
  name: string;
  severity: SeverityLabel;
  layer?: Layer;
  clockStart: string | null;
  deadline: string | null;
  basis: 'fix-release' | 'published';
  published: string;
  /** Status per run day; absent = not seen by that run. */
  runs: Partial<Record<(typeof EXAMPLE_RUNS)[number], FindingStatus>>;
  /** Advisory id per run when it changes (an alias taking over). */
  idOn?: Partial<Record<(typeof EXAMPLE_RUNS)[number], string>>;
  aliases?: string[];
  versionOn?: Partial<Record<(typeof EXAMPLE_RUNS)[number], string>>;
  line: number;
}

export const EXAMPLE_SPECS: Spec[] = [
  { letter: 'A', name: 'lodash', severity: 'critical', clockStart: '2026-10-20', deadline: '2026-11-04', basis: 'fix-release', published: '2026-10-05', runs: { '2026-11-01': 'due-soon' }, line: 11 },
  { letter: 'B', name: 'express', severity: 'high', clockStart: '2026-10-13', deadline: '2026-11-12', basis: 'fix-release', published: '2026-09-01', runs: { '2026-11-01': 'within' }, line: 12 },
  {
    letter: 'C', name: 'ws', severity: 'high', clockStart: '2026-10-01', deadline: '2026-10-31', basis: 'published', published: '2026-10-01',
    runs: { '2026-10-01': 'within', '2026-11-01': 'overdue', '2026-11-10': 'overdue', '2026-11-20': 'overdue', '2026-11-30': 'overdue' }, line: 13,
  },
  { letter: 'D', name: 'nginx', severity: 'medium', layer: 'runtime', clockStart: '2026-08-20', deadline: '2026-11-18', basis: 'published', published: '2026-08-20', runs: { '2026-10-01': 'within', '2026-11-01': 'within' }, line: 4 },
  {
    letter: 'E', name: 'undici', severity: 'high', clockStart: '2026-10-25', deadline: '2026-11-24', basis: 'published', published: '2026-10-25',
    runs: { '2026-11-01': 'within', '2026-11-10': 'within', '2026-11-30': 'overdue' }, line: 15,
  },
  {
    letter: 'F', name: 'openssl', severity: 'critical', layer: 'os', clockStart: '2026-05-01', deadline: '2026-05-16', basis: 'published', published: '2026-05-01',
    runs: { '2026-10-01': 'excepted', '2026-11-01': 'excepted', '2026-11-10': 'excepted', '2026-11-20': 'excepted', '2026-11-30': 'overdue' }, line: 2,
  },
  {
    letter: 'G', name: 'qs', severity: 'medium', clockStart: '2026-08-17', deadline: '2026-11-15', basis: 'published', published: '2026-08-17',
    runs: { '2026-10-01': 'excepted', '2026-11-01': 'excepted', '2026-11-10': 'excepted', '2026-11-20': 'excepted', '2026-11-30': 'excepted' }, line: 17,
  },
  {
    letter: 'H', name: 'marked', severity: 'low', clockStart: null, deadline: null, basis: 'published', published: '2026-09-20',
    runs: { '2026-10-01': 'no-fix', '2026-11-01': 'no-fix', '2026-11-10': 'no-fix', '2026-11-20': 'no-fix', '2026-11-30': 'no-fix' }, line: 18,
  },
  { letter: 'I', name: 'axios', severity: 'high', clockStart: '2026-11-15', deadline: '2026-12-15', basis: 'published', published: '2026-11-15', runs: { '2026-11-20': 'within', '2026-11-30': 'within' }, line: 19 },
  {
    letter: 'J', name: 'semver', severity: 'medium', clockStart: '2026-09-06', deadline: '2026-12-05', basis: 'published', published: '2026-09-06',
    runs: { '2026-10-01': 'within', '2026-11-01': 'within', '2026-11-10': 'within', '2026-11-20': 'within', '2026-11-30': 'due-soon' }, line: 20,
  },
  {
    letter: 'K', name: 'minimist', severity: 'medium', clockStart: '2026-04-02', deadline: '2026-07-01', basis: 'fix-release', published: '2026-03-01',
    runs: { '2026-10-01': 'overdue', '2026-11-01': 'overdue', '2026-11-10': 'overdue', '2026-11-20': 'overdue', '2026-11-30': 'overdue' },
    // The GHSA record was the chosen one on the first run; from November the CVE record is (same vulnerability, alias-linked).
    idOn: { '2026-10-01': 'GHSA-kkkk-kkkk-kkkk' }, aliases: ['CVE-2026-1111'], line: 21,
  },
  {
    letter: 'L', name: 'tar', severity: 'high', clockStart: '2026-09-11', deadline: '2026-10-11', basis: 'published', published: '2026-09-11',
    runs: { '2026-10-01': 'within', '2026-11-01': 'overdue', '2026-11-10': 'overdue', '2026-11-20': 'overdue', '2026-11-30': 'overdue' },
    // Upgraded to a still-vulnerable patch release on 11-10: the same late patch.
    versionOn: { '2026-11-10': '6.1.1', '2026-11-20': '6.1.1', '2026-11-30': '6.1.1' }, line: 22,
  },
];

const daysBetween = (a: string, b: string): number => Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);

function exampleFinding(s: Spec, run: (typeof EXAMPLE_RUNS)[number], status: FindingStatus): Finding {
  const id = s.idOn?.[run] ?? (s.letter === 'K' ? 'CVE-2026-1111' : `GHSA-${s.letter.toLowerCase().repeat(4)}-0000-0000`);
  const aliases = s.letter === 'K' ? (id === 'CVE-2026-1111' ? ['GHSA-kkkk-kkkk-kkkk'] : ['CVE-2026-1111']) : (s.aliases ?? []);
  const f = finding({
    name: s.name,
    version: s.versionOn?.[run] ?? '6.1.0',
    id,
    aliases,
    severity: s.severity,
    status,
    fixed: s.deadline === null ? null : '9.9.9',
    daysLeft: s.deadline === null ? null : daysBetween(run, s.deadline),
    locations: [{ file: s.layer === 'os' ? 'Dockerfile' : s.layer === 'runtime' ? 'deploy/nginx.yaml' : 'package-lock.json', line: s.line }],
  });
  const ecosystem = s.layer === 'os' ? 'Debian:12' : s.layer === 'runtime' ? 'image' : 'npm';
  f.component = { ...f.component, ecosystem, layer: s.layer ?? 'library', purl: `pkg:${ecosystem === 'npm' ? 'npm' : ecosystem === 'image' ? 'docker' : 'deb/debian'}/${s.name}@${f.component.version}` };
  f.clockStart = s.clockStart;
  f.clockBasis = s.basis;
  f.deadline = s.deadline;
  f.advisory = { ...f.advisory, published: `${s.published}T00:00:00Z` };
  f.ids = [id];
  if (status === 'excepted') {
    f.exception = s.letter === 'F'
      ? { index: 0, reason: 'Base image rebuilt with the vendor patch in the next release train', approvedBy: 'ops-lead', expires: '2026-11-25' }
      : { index: 1, reason: 'qs only parses trusted internal query strings', approvedBy: 'security-lead', expires: '2027-01-31' };
  }
  return f;
}

function exampleExceptions(run: string): ExceptionReport[] {
  return [
    { index: 0, reason: 'Base image rebuilt with the vendor patch in the next release train', approvedBy: 'ops-lead', expires: '2026-11-25', state: run > '2026-11-25' ? 'expired' : 'applied', target: 'GHSA-ffff-0000-0000 openssl' },
    { index: 1, reason: 'qs only parses trusted internal query strings', approvedBy: 'security-lead', expires: '2027-01-31', state: 'applied', target: 'GHSA-gggg-0000-0000 qs' },
  ];
}

/** A report with the coverage block the coverage model adds (read loosely by the audit). */
export type ExampleReport = Report & { coverage?: unknown };

/** The worked example's reports, in run order. */
export function exampleReports(repository = EXAMPLE_REPOSITORY): ExampleReport[] {
  return EXAMPLE_RUNS.map((run) => {
    const findings = EXAMPLE_SPECS.flatMap((s) => (s.runs[run] ? [exampleFinding(s, run, s.runs[run])] : []));
    const r: ExampleReport = reportOf(findings);
    r.now = `${run}T06:00:00.000Z`;
    r.root = '/home/runner/work/chat/chat';
    r.repository = repository;
    r.exceptions = exampleExceptions(run);
    // Only the last run recorded what it could check; the earlier ones stand for reports written
    // before the coverage block existed.
    if (run !== '2026-11-30') delete (r as { coverage?: unknown }).coverage;
    else {
      r.coverage = {
        missingData: 'warn',
        maxDataAge: '7d',
        empty: false,
        complete: false,
        entries: [
          { layer: 'library', ecosystem: 'npm', components: 1, checked: 1, sources: [], state: 'checked' },
          { layer: 'os', ecosystem: 'Debian:12', components: 1, checked: 0, sources: [], state: 'no-data', gap: 'no advisory source for Debian:12' },
        ],
      };
    }
    return r;
  });
}

/** The README's figures for 2026-11 that both records (reports and issues) must give: the ten oldest overdue, as [package, days, file, line]. */
export const EXAMPLE_OLDEST_OVERDUE = [
  ['openssl', 198, 'Dockerfile', 2],
  ['minimist', 152, 'package-lock.json', 21],
  ['tar', 50, 'package-lock.json', 22],
  ['ws', 30, 'package-lock.json', 13],
  ['undici', 6, 'package-lock.json', 15],
];
