import { posix } from 'node:path';
import { readScannerReport } from '../../parse/scanner-report.js';
import { PurlCollector } from '../purl-collector.js';
import type { ExtractResult, Extractor, SourceFile } from '../../model/extractor.js';
import { problem } from '../../model/problem.js';
import { parseJson } from '../../parse/json.js';

// Trivy and Grype JSON reports as inventories: each package they list (Trivy's Packages[] when
// run with --list-all-pkgs, else the packages its findings name; Grype's matched artifacts)
// becomes a component at the line of the object that declares it. Their findings are advisories
// only when the report is also given with --db (advise/scanner-report.ts).

const ORIGIN = 'extract/scanner-report';
const NAMES = /^(trivy|grype)([-_.].*)?\.json$|^.+[-_.](trivy|grype)\.json$/i;

function extract(file: SourceFile): ExtractResult {
  const parsed = parseJson(file.text, ORIGIN, file.path);
  if (parsed.problem) return { components: [], problems: [parsed.problem] };
  const report = readScannerReport(file.text, parsed.value);
  if (!report) {
    return { components: [], problems: [problem(ORIGIN, file.path, 'not a Trivy (SchemaVersion, Results) or Grype (matches) JSON report; skipped', 1, 'notice')] };
  }
  const tool = report.tool === 'trivy' ? 'Trivy report' : 'Grype report';
  const out = new PurlCollector(ORIGIN, file.path, tool, report.distro);
  for (const s of report.skipped) out.skip('no package', s.message, s.line);
  for (const pkg of report.packages) {
    const c = out.add(pkg.purl, pkg.line);
    if (!c?.os) continue;
    if (pkg.sourceName && c.os.sourceName === undefined && pkg.sourceName !== c.name) c.os.sourceName = pkg.sourceName;
    if (pkg.sourceVersion && c.os.sourceVersion === undefined && pkg.sourceVersion !== c.version) c.os.sourceVersion = pkg.sourceVersion;
  }
  return out.result();
}

export const scannerReports: Extractor = {
  id: 'scanner-report',
  description: "Trivy and Grype JSON reports: the packages they list, OS and language (their findings are advisories when the report is also given with --db)",
  claims: (path) => NAMES.test(posix.basename(path)),
  extract,
};
