import type { DistroHint } from '../model/purl-parse.js';
import { buildPurl } from '../model/purl-parse.js';
import { osManager } from '../model/os.js';
import { jsonPathKey, objectLines } from './json-lines.js';

// Other scanners' JSON reports, read once into a neutral shape that both the inventory (their
// packages become components) and the advisory source (their matches become advisories for OS
// packages) use, so both sides name a package by the same purl.
//
// - Trivy (`trivy image --format json`, SchemaVersion 2): `Results[]`, each a target with a
//   `Class` (`os-pkgs`, `lang-pkgs`), a `Type` (`debian`, `alpine`, `npm`, ...), `Packages[]`
//   when run with `--list-all-pkgs`, and `Vulnerabilities[]` (PkgName, InstalledVersion,
//   FixedVersion, VulnerabilityID, VendorIDs, Severity, CVSS, PublishedDate, SrcName/SrcVersion);
//   the distribution is `Metadata.OS` (Family, Name).
// - Grype (`grype -o json`): `matches[]`, each an `artifact` (name, version, type, purl,
//   upstreams), a `vulnerability` (id, severity, cvss, fix.versions, fix.state, fix.available
//   with dates in recent versions) and `relatedVulnerabilities`; the distribution is `distro`.

export type ScannerTool = 'trivy' | 'grype';

export interface ReportPackage {
  /** The package's purl as the report gives it, or one built from its fields. */
  purl: string;
  /** Line of the object the package is declared by: a Packages[] entry, else its first finding. */
  line: number;
  /** The source package, when the report names it and the purl does not. */
  sourceName?: string;
  sourceVersion?: string;
}

export interface ReportCvss {
  score?: number;
  vector?: string;
}

export interface ReportFinding {
  id: string;
  /** Vendor ids and related records: DSA-/USN-/GHSA- ids, the CVE of a vendor advisory. */
  aliases: string[];
  /** The purl of the package it is about (ReportPackage.purl). */
  purl: string;
  line: number;
  /** Fixed versions the report gives (Trivy may list several, comma-separated). */
  fixed: string[];
  /** The report's own label: Trivy's Severity, Grype's severity. */
  severity?: string;
  cvss?: ReportCvss;
  /** Trivy's PublishedDate: the CVE's publication (NVD), not the fix's. */
  published?: string;
  modified?: string;
  /** Grype's `fix.available[].date` for the fixed version: when Grype first saw the fix. */
  fixAvailable?: string;
  title?: string;
  url?: string;
  /** Trivy's Class: only `os` findings become advisories. */
  os: boolean;
}

export interface ScannerReport {
  tool: ScannerTool;
  /** When the report was made (Trivy's CreatedAt, Grype's descriptor.timestamp). */
  created?: string;
  distro?: DistroHint;
  packages: ReportPackage[];
  findings: ReportFinding[];
  /** Entries that name no package (no name or version), with their lines. */
  skipped: { line: number; message: string }[];
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);
const rec = (v: unknown): Record<string, unknown> | undefined => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined);
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** Which scanner wrote this parsed JSON, if one of the two. */
export function scannerOf(doc: unknown): ScannerTool | undefined {
  const d = rec(doc);
  if (!d) return undefined;
  if (typeof d.SchemaVersion === 'number' && Array.isArray(d.Results)) return 'trivy';
  if (Array.isArray(d.matches) && (str(rec(d.descriptor)?.name) === 'grype' || rec(d.distro) !== undefined || Array.isArray(d.ignoredMatches))) return 'grype';
  return undefined;
}

/** Trivy's language target types and the purl type of their packages. */
const TRIVY_LANG: Record<string, string> = {
  npm: 'npm',
  yarn: 'npm',
  pnpm: 'npm',
  bun: 'npm',
  'node-pkg': 'npm',
  pip: 'pypi',
  pipenv: 'pypi',
  poetry: 'pypi',
  uv: 'pypi',
  'python-pkg': 'pypi',
  gomod: 'golang',
  gobinary: 'golang',
  cargo: 'cargo',
  'rust-binary': 'cargo',
  bundler: 'gem',
  gemspec: 'gem',
  composer: 'composer',
  'composer-vendor': 'composer',
  jar: 'maven',
  pom: 'maven',
  gradle: 'maven',
  sbt: 'maven',
  nuget: 'nuget',
  'dotnet-core': 'nuget',
  'packages-props': 'nuget',
  pub: 'pub',
};

/** Grype's artifact types and their purl type. */
const GRYPE_TYPE: Record<string, string> = {
  deb: 'deb',
  apk: 'apk',
  rpm: 'rpm',
  npm: 'npm',
  python: 'pypi',
  'go-module': 'golang',
  'rust-crate': 'cargo',
  gem: 'gem',
  'php-composer': 'composer',
  'java-archive': 'maven',
  'dotnet': 'nuget',
  'dart-pub': 'pub',
};

const PURL_MANAGER_TYPE = { dpkg: 'deb', apk: 'apk', rpm: 'rpm' } as const;

function trivySeverityCvss(v: Record<string, unknown>): ReportCvss | undefined {
  const cvss = rec(v.CVSS);
  if (!cvss) return undefined;
  // The source Trivy took its label from first, then NVD, then any vendor.
  const order = [str(v.SeveritySource), 'nvd', ...Object.keys(cvss)].filter((s): s is string => s !== undefined);
  for (const source of order) {
    const c = rec(cvss[source]);
    if (!c) continue;
    const score = typeof c.V3Score === 'number' ? c.V3Score : typeof c.V40Score === 'number' ? c.V40Score : undefined;
    const vector = str(c.V3Vector) ?? str(c.V40Vector);
    if (score !== undefined || vector !== undefined) return { ...(score !== undefined ? { score } : {}), ...(vector ? { vector } : {}) };
  }
  return undefined;
}

function readTrivy(text: string, doc: Record<string, unknown>): ScannerReport {
  const lines = objectLines(text, (p) => p[0] === 'Results' && (p.length === 2 || (p.length === 4 && (p[2] === 'Packages' || p[2] === 'Vulnerabilities'))));
  const os = rec(rec(doc.Metadata)?.OS);
  const family = str(os?.Family)?.toLowerCase();
  const distro: DistroHint | undefined = family ? { id: family, ...(str(os?.Name) ? { version: str(os?.Name)! } : {}) } : undefined;
  const report: ScannerReport = { tool: 'trivy', ...(str(doc.CreatedAt) ? { created: str(doc.CreatedAt)! } : {}), ...(distro ? { distro } : {}), packages: [], findings: [], skipped: [] };
  const byKey = new Map<string, ReportPackage>();
  arr(doc.Results).forEach((r, i) => {
    const result = rec(r);
    if (!result) return;
    const isOs = str(result.Class) === 'os-pkgs';
    const manager = isOs && family ? osManager(family) : undefined;
    const type = isOs ? (manager ? PURL_MANAGER_TYPE[manager] : undefined) : TRIVY_LANG[str(result.Type) ?? ''];
    const pkgOf = (p: Record<string, unknown>, nameKey: string, versionKey: string, idKey: string, line: number): ReportPackage | undefined => {
      const name = str(p[nameKey]);
      const version = str(p[versionKey]);
      if (!name || !version) {
        report.skipped.push({ line, message: `${name ? `package "${name}" without a version` : 'an entry without a package name'}` });
        return undefined;
      }
      const purl = str(rec(p[idKey])?.PURL) ?? buildPurl(type, name, version, distro, typeof p.Epoch === 'number' ? String(p.Epoch) : undefined);
      if (!purl) {
        report.skipped.push({ line, message: `${name}@${version}: ${str(result.Type) ?? 'this'} target's packages name no ecosystem patchwarden matches` });
        return undefined;
      }
      const key = `${i}\u0000${name}\u0000${version}`;
      const have = byKey.get(key);
      if (have) return have;
      const pkg: ReportPackage = { purl, line };
      const srcName = str(p.SrcName);
      if (srcName && srcName !== name) pkg.sourceName = srcName;
      const srcVersion = str(p.SrcVersion);
      if (srcVersion && srcVersion !== version) pkg.sourceVersion = srcVersion;
      byKey.set(key, pkg);
      report.packages.push(pkg);
      return pkg;
    };
    arr(result.Packages).forEach((p, j) => {
      const pkg = rec(p);
      if (pkg) pkgOf(pkg, 'Name', 'Version', 'Identifier', lines.get(jsonPathKey(['Results', i, 'Packages', j])) ?? 1);
    });
    arr(result.Vulnerabilities).forEach((v, j) => {
      const vuln = rec(v);
      if (!vuln) return;
      const line = lines.get(jsonPathKey(['Results', i, 'Vulnerabilities', j])) ?? 1;
      const id = str(vuln.VulnerabilityID);
      const pkg = pkgOf(vuln, 'PkgName', 'InstalledVersion', 'PkgIdentifier', line);
      if (!pkg || !id) return;
      const cvss = trivySeverityCvss(vuln);
      const finding: ReportFinding = {
        id,
        aliases: arr(vuln.VendorIDs).flatMap((a) => (str(a) && str(a) !== id ? [str(a)!] : [])),
        purl: pkg.purl,
        line,
        fixed: (str(vuln.FixedVersion) ?? '').split(',').map((s) => s.trim()).filter((s) => s !== ''),
        os: isOs,
      };
      const severity = str(vuln.Severity);
      if (severity) finding.severity = severity;
      if (cvss) finding.cvss = cvss;
      if (str(vuln.PublishedDate)) finding.published = str(vuln.PublishedDate)!;
      if (str(vuln.LastModifiedDate)) finding.modified = str(vuln.LastModifiedDate)!;
      if (str(vuln.Title)) finding.title = str(vuln.Title)!;
      if (str(vuln.PrimaryURL)) finding.url = str(vuln.PrimaryURL)!;
      report.findings.push(finding);
    });
  });
  return report;
}

function readGrype(text: string, doc: Record<string, unknown>): ScannerReport {
  const lines = objectLines(text, (p) => p[0] === 'matches' && p.length === 3 && p[2] === 'artifact');
  const d = rec(doc.distro);
  const distroName = str(d?.name)?.toLowerCase();
  const distro: DistroHint | undefined = distroName ? { id: distroName, ...(str(d?.version) ? { version: str(d?.version)! } : {}) } : undefined;
  const created = str(rec(doc.descriptor)?.timestamp);
  const report: ScannerReport = { tool: 'grype', ...(created ? { created } : {}), ...(distro ? { distro } : {}), packages: [], findings: [], skipped: [] };
  const byPurl = new Map<string, ReportPackage>();
  arr(doc.matches).forEach((m, i) => {
    const match = rec(m);
    const artifact = rec(match?.artifact);
    const vuln = rec(match?.vulnerability);
    const line = lines.get(jsonPathKey(['matches', i, 'artifact'])) ?? 1;
    if (!artifact || !vuln) {
      report.skipped.push({ line, message: 'a match without an artifact or a vulnerability' });
      return;
    }
    const name = str(artifact.name);
    const version = str(artifact.version);
    const type = str(artifact.type);
    if (!name || !version) {
      report.skipped.push({ line, message: name ? `artifact "${name}" without a version` : 'an artifact without a name' });
      return;
    }
    const meta = rec(artifact.metadata);
    const epoch = typeof meta?.epoch === 'number' ? String(meta.epoch) : undefined;
    const purl = str(artifact.purl) ?? buildPurl(GRYPE_TYPE[type ?? ''], name, version, distro, epoch);
    if (!purl) {
      report.skipped.push({ line, message: `${name}@${version}: Grype artifact type "${type ?? ''}" names no ecosystem patchwarden matches` });
      return;
    }
    let pkg = byPurl.get(purl);
    if (!pkg) {
      pkg = { purl, line };
      const upstream = rec(arr(artifact.upstreams)[0]);
      const upName = str(upstream?.name);
      if (upName && upName !== name) pkg.sourceName = upName;
      const upVersion = str(upstream?.version);
      if (upVersion && upVersion !== version) pkg.sourceVersion = upVersion;
      byPurl.set(purl, pkg);
      report.packages.push(pkg);
    }
    const id = str(vuln.id);
    if (!id) return;
    const fix = rec(vuln.fix);
    const fixed = str(fix?.state) === 'fixed' ? arr(fix?.versions).flatMap((v) => (str(v) ? [str(v)!] : [])) : [];
    const finding: ReportFinding = {
      id,
      aliases: arr(match!.relatedVulnerabilities).flatMap((r) => {
        const rid = str(rec(r)?.id);
        return rid && rid !== id ? [rid] : [];
      }),
      purl,
      line,
      fixed,
      os: type === 'deb' || type === 'apk' || type === 'rpm' || /^pkg:(deb|apk|rpm)\//.test(purl),
    };
    const severity = str(vuln.severity);
    if (severity) finding.severity = severity;
    const cvss = arr(vuln.cvss)
      .map(rec)
      .find((c) => c && (str(c.version)?.startsWith('3') || str(c.version)?.startsWith('4')));
    if (cvss) {
      const score = rec(cvss.metrics)?.baseScore;
      finding.cvss = { ...(typeof score === 'number' ? { score } : {}), ...(str(cvss.vector) ? { vector: str(cvss.vector)! } : {}) };
    }
    // Recent Grype records when each fixed version was first seen; that is the fix's date.
    const dates = arr(fix?.available).flatMap((a) => {
      const av = rec(a);
      return av && fixed.includes(str(av.version) ?? '') && str(av.date) ? [str(av.date)!] : [];
    });
    if (dates.length > 0) finding.fixAvailable = dates.sort()[0]!;
    const url = str(arr(vuln.urls)[0]) ?? str(vuln.dataSource);
    if (url) finding.url = url;
    report.findings.push(finding);
  });
  return report;
}

/** A Trivy or Grype report from its text and parsed JSON; undefined when it is neither. */
export function readScannerReport(text: string, doc: unknown): ScannerReport | undefined {
  const tool = scannerOf(doc);
  if (tool === 'trivy') return readTrivy(text, doc as Record<string, unknown>);
  if (tool === 'grype') return readGrype(text, doc as Record<string, unknown>);
  return undefined;
}
