import { readFileSync, statSync } from 'node:fs';
import type { Advisory, AdvisorySeverity, AffectedPackage, Problem } from '../model/types.js';
import { baseEcosystem } from '../model/names.js';
import { componentFromPurl } from '../model/purl-parse.js';
import { readScannerReport } from '../parse/scanner-report.js';
import type { ReportFinding, ScannerReport } from '../parse/scanner-report.js';
import { AdvisoryDb } from './db.js';
import type { SourceInfo } from './db.js';
import type { AdvisorySource, SortedSourceConfig } from './sources.js';
import { advisoryUrl, labelForScore, realDate } from './osv.js';

// Trivy's and Grype's findings as advisories, for OS packages where nothing else speaks.
//
// A report given with --db is read here; the same file in the scanned tree is an inventory
// (extract/scanner-report). Its OS findings become OSV-shaped records so they go through the
// same matching, alias merging, KEV/EPSS escalation and policy as every other source. They are
// used only for OS ecosystems (Debian:*, Ubuntu:*, Alpine:*, ...) for which no other source
// given to the run holds a record: the distribution's own data (OSV bundles, the security
// index, DSA/DLA) speaks with the fix's real date and wins; the scanner's verdict fills the gap.
// Language findings are left to the lockfiles' own sources.
//
// Each finding says: this installed version is affected, and these versions fix it. That is
// written as `versions: [installed]` plus one ECOSYSTEM range per fixed version, opening at the
// installed version, so the record claims nothing about versions the scanner did not see. The
// fixed version is found by the distribution's version ordering (dpkg for Debian and Ubuntu,
// apk for Alpine, rpm for the RPM distributions), as for OSV's own distribution records.
//
// Clock: neither scanner says when the distribution shipped the fix. Trivy's PublishedDate is
// the CVE's publication (NVD's), which comes before or with the fix: the clock starts there
// (basis `published`), the earliest defensible start, so deadlines err early. Grype records no
// publication date; recent versions record when each fixed version was first seen
// (`fix.available[].date`), which is then the clock's start. Without either the clock is unknown
// and the policy's `unknownClock` applies.

const ORIGIN = 'advise/scanner-report';
const TOOL_NAME = { trivy: 'Trivy', grype: 'Grype' } as const;

const LABEL: Record<string, AdvisorySeverity['label'] | undefined> = {
  CRITICAL: 'critical',
  HIGH: 'high',
  MEDIUM: 'medium',
  LOW: 'low',
  // Grype's lowest band (Ubuntu's and Debian's "negligible"/"unimportant").
  NEGLIGIBLE: 'low',
};

function severityOf(f: ReportFinding): AdvisorySeverity | undefined {
  const label = LABEL[(f.severity ?? '').toUpperCase()];
  const score = f.cvss?.score;
  const extra = { ...(score !== undefined ? { score } : {}), ...(f.cvss?.vector ? { vector: f.cvss.vector } : {}) };
  if (label) return { label, source: 'label', ...extra };
  // UNKNOWN in the report: a CVSS score still says something.
  const byScore = score !== undefined ? labelForScore(score) : undefined;
  return byScore ? { label: byScore, source: 'cvss', ...extra } : undefined;
}

export interface ReportAdvisories {
  advisories: Advisory[];
  problems: Problem[];
}

/** One report's OS findings as advisories, one per vulnerability id (its packages merged). */
export function advisoriesFromReport(report: ScannerReport, path: string): ReportAdvisories {
  const tool = TOOL_NAME[report.tool];
  const byId = new Map<string, Advisory>();
  const problems: Problem[] = [];
  for (const f of report.findings) {
    if (!f.os) continue;
    const read = componentFromPurl(f.purl, { file: path, line: f.line }, report.distro);
    if ('skip' in read) {
      problems.push({ level: 'warning', origin: ORIGIN, file: path, line: f.line, message: `${f.id}: ${read.skip}; not used` });
      continue;
    }
    const c = read.component;
    const ranges = f.fixed.map((fixed) => ({ type: 'ECOSYSTEM' as const, events: [{ introduced: c.version }, { fixed }] }));
    const affected: AffectedPackage[] = [{ ecosystem: c.ecosystem, name: c.name, ranges, versions: [c.version] }];
    let advisory = byId.get(f.id);
    if (!advisory) {
      const published = realDate(report.tool === 'grype' ? f.fixAvailable : f.published);
      const modified = realDate(f.modified);
      const severity = severityOf(f);
      advisory = {
        id: f.id,
        aliases: [...f.aliases],
        summary: `${f.title ?? f.id} (reported by ${tool})`,
        affected: [],
        references: f.url ? [{ type: 'WEB', url: f.url }] : [],
        url: advisoryUrl(f.id),
        source: `${report.tool}:${path}`,
        ...(published ? { published } : {}),
        ...(modified ? { modified } : {}),
        ...(severity ? { severity } : {}),
      };
      byId.set(f.id, advisory);
    } else {
      for (const a of f.aliases) if (!advisory.aliases.includes(a)) advisory.aliases.push(a);
    }
    advisory.affected.push(...affected);
  }
  return { advisories: [...byId.values()], problems };
}

export interface ScannerReportFile {
  path: string;
  report: ScannerReport;
}

/**
 * The --db paths that are Trivy or Grype reports (by content: a JSON file with Trivy's
 * SchemaVersion and Results, or Grype's matches), and the rest for the other loaders.
 */
export function splitScannerReports(paths: readonly string[]): { reports: ScannerReportFile[]; rest: string[] } {
  const reports: ScannerReportFile[] = [];
  const rest: string[] = [];
  for (const path of paths) {
    let text: string | undefined;
    try {
      if (path.endsWith('.json') && statSync(path).isFile()) text = readFileSync(path, 'utf8');
    } catch {
      text = undefined;
    }
    let doc: unknown;
    try {
      doc = text === undefined ? undefined : JSON.parse(text);
    } catch {
      doc = undefined;
    }
    const report = text === undefined || doc === undefined ? undefined : readScannerReport(text, doc);
    if (report) reports.push({ path, report });
    // Anything else (and a file that cannot be read or parsed) is left to the OSV loader, which reports it.
    else rest.push(path);
  }
  return { reports, rest };
}

/**
 * Adds the reports' OS findings to the index for the OS ecosystems no other source covers,
 * and says which were left out because another source speaks for them. Reports of several
 * images naming the same vulnerability become one record affecting each image's package.
 */
export function scannerReportAdvisories(files: readonly ScannerReportFile[], known: AdvisoryDb): { osv: AdvisoryDb; sources: SourceInfo[]; problems: Problem[] } {
  const covered = new Set<string>();
  for (const a of known.all()) for (const p of a.affected) covered.add(baseEcosystem(p.ecosystem));
  const db = new AdvisoryDb();
  const sources: SourceInfo[] = [];
  const problems: Problem[] = [];
  const merged = new Map<string, Advisory>();
  for (const { path, report } of files) {
    const tool = TOOL_NAME[report.tool];
    const got = advisoriesFromReport(report, path);
    problems.push(...got.problems);
    const left = new Set<string>();
    let records = 0;
    for (const advisory of got.advisories) {
      const kept = advisory.affected.filter((p) => {
        if (!covered.has(baseEcosystem(p.ecosystem))) return true;
        left.add(baseEcosystem(p.ecosystem));
        return false;
      });
      if (kept.length === 0) continue;
      records++;
      const have = merged.get(advisory.id);
      if (!have) {
        merged.set(advisory.id, { ...advisory, affected: kept });
        continue;
      }
      have.affected.push(...kept);
      for (const a of advisory.aliases) if (!have.aliases.includes(a)) have.aliases.push(a);
    }
    for (const ecosystem of [...left].sort()) {
      problems.push({ level: 'notice', origin: ORIGIN, file: path, message: `${tool}'s ${ecosystem} findings not used: another advisory source given to this run covers ${ecosystem}` });
    }
    sources.push({ kind: `${report.tool}-report`, path, records, ...(report.created ? { fetched: report.created } : {}) });
  }
  for (const advisory of merged.values()) {
    if (known.get(advisory.id)) {
      problems.push({ level: 'warning', origin: ORIGIN, message: `${advisory.id} is already loaded from another source; the scanner report's finding of it is not used` });
      continue;
    }
    db.add(advisory);
  }
  return { osv: db, sources, problems };
}

/**
 * Trivy and Grype reports given with --db: asked last, so that their findings fill in only the
 * OS ecosystems that no other source of the run speaks for.
 */
export function scannerReportSource(config: SortedSourceConfig): AdvisorySource | undefined {
  const reports = config.db.reports;
  if (reports.length === 0) return undefined;
  return {
    gives: 'osv',
    advisoriesFor(_components, known) {
      return Promise.resolve(scannerReportAdvisories(reports, known.osv));
    },
  };
}
