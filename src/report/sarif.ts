import { createHash } from 'node:crypto';
import type { Log, ReportingDescriptor, Result } from 'sarif';
import type { Finding } from '../evaluate/types.js';
import type { SeverityLabel } from '../model/types.js';
import { SEVERITY_ORDER } from '../model/types.js';
import { code, link, text } from './escape.js';
import { daysPhrase, fixPhrase, headline } from './format.js';
import { coverageProperties } from './coverage.js';
import type { Report } from './model.js';
import { jsonChunks, LazyArray } from './json.js';

// SARIF 2.1.0 for GitHub code scanning (github/codeql-action/upload-sarif): one rule per
// advisory, one result per finding on its declaring line (further declarations as related
// locations), `level` and `security-severity` from the finding's severity, and a partial
// fingerprint that survives line moves so code scanning tracks the same alert across commits.

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

/** Code scanning reads 9.0+ as critical, 7.0+ high, 4.0+ medium, above 0 low. */
const SEVERITY_SCORE: Record<SeverityLabel, number> = { critical: 9.5, high: 8.0, medium: 5.5, low: 2.0 };
const LEVEL: Record<SeverityLabel, Result.level> = { critical: 'error', high: 'error', medium: 'warning', low: 'note' };

/** The numeric severity code scanning ranks by: the CVSS score when it agrees with the label. */
export function securitySeverity(f: Pick<Finding, 'severity' | 'cvssScore'>): string {
  const band = SEVERITY_SCORE[f.severity];
  const s = f.cvssScore;
  const inBand = (x: number): boolean => {
    const i = SEVERITY_ORDER.indexOf(f.severity);
    const lo = [0.1, 4.0, 7.0, 9.0][i]!;
    const hi = [3.9, 6.9, 8.9, 10.0][i]!;
    return x >= lo && x <= hi;
  };
  // An escalated finding (KEV, EPSS) keeps its label's band, not the lower CVSS score.
  return (s !== undefined && inBand(s) ? s : band).toFixed(1);
}

export interface SarifOptions {
  /** The scanned folder relative to the repository root, so URIs are repository-relative. */
  prefix?: string;
}

function uriOf(file: string, prefix: string | undefined): string {
  const p = prefix ? `${prefix.replace(/\/+$/, '')}/${file}` : file;
  return p
    .split('/')
    .map((s) => encodeURIComponent(s))
    .join('/');
}

function fingerprint(f: Finding, file: string): string {
  // Not the line (lines move) nor the version (an upgrade to another vulnerable version is the
  // same unresolved alert): the package, the advisory and the declaring file.
  return createHash('sha256').update(['patchwarden-sarif-v1', f.component.ecosystem, f.component.name, f.advisory.id, file].join('\u0000')).digest('hex').slice(0, 32);
}

function ruleFor(f: Finding, severity: string): ReportingDescriptor {
  const a = f.advisory;
  const aliases = a.aliases.length > 0 ? ` (${a.aliases.join(', ')})` : '';
  const summary = a.summary.trim() || `${a.id}${aliases}`;
  return {
    id: a.id,
    name: a.id.replace(/[^A-Za-z0-9]/g, ''),
    shortDescription: { text: `${a.id}: ${summary}`.slice(0, 1000) },
    fullDescription: { text: `${summary}${aliases}`.slice(0, 4000) },
    helpUri: /^https:\/\//.test(a.url) ? a.url : undefined,
    help: {
      text: `${a.id}${aliases}: ${summary}. Upgrade the package to a fixed version within the deadline your patch policy sets.`,
      markdown: `**${link(a.id, a.url)}**${aliases ? ` ${text(aliases)}` : ''}: ${text(summary)}\n\nUpgrade the package to a fixed version within the deadline your patch policy sets.`,
    },
    defaultConfiguration: { level: LEVEL[f.severity] },
    properties: {
      tags: ['security', 'vulnerability', 'dependency', f.component.ecosystem],
      precision: 'very-high',
      'security-severity': severity,
      ...(a.aliases.length > 0 ? { aliases: a.aliases } : {}),
    },
  };
}

/** One rule per advisory, and the rule each finding refers to, in the findings' order. */
function rulesOf(findings: readonly Finding[]): { rules: ReportingDescriptor[]; indexes: Uint32Array } {
  const rules: ReportingDescriptor[] = [];
  const ruleIndex = new Map<string, number>();
  const indexes = new Uint32Array(findings.length);
  findings.forEach((f, i) => {
    const severity = securitySeverity(f);
    let index = ruleIndex.get(f.advisory.id);
    if (index === undefined) {
      index = rules.length;
      ruleIndex.set(f.advisory.id, index);
      rules.push(ruleFor(f, severity));
    } else {
      // One rule per advisory: it carries the highest severity any of its findings has.
      const props = rules[index]!.properties!;
      if (Number(severity) > Number(props['security-severity'])) props['security-severity'] = severity;
    }
    indexes[i] = index;
  });
  return { rules, indexes };
}

function resultFor(f: Finding, index: number, opts: SarifOptions): Result {
  const severity = securitySeverity(f);
  const [primary, ...others] = f.locations;
  const physical = (file: string, line: number) => ({
    physicalLocation: { artifactLocation: { uri: uriOf(file, opts.prefix), uriBaseId: '%SRCROOT%' }, region: { startLine: Math.max(1, line) } },
  });
  const result: Result = {
    ruleId: f.advisory.id,
    ruleIndex: index,
    level: LEVEL[f.severity],
    kind: 'fail',
    message: {
      text: `${headline(f)}.`,
      markdown: `${code(f.component.name)} ${code(f.component.version)} is affected by ${link(f.advisory.id, f.advisory.url)} (${f.severity}); fix: ${f.fixedVersion === null ? 'none yet' : code(fixPhrase(f))}; ${f.status}, ${daysPhrase(f)}${f.deadline ? ` (deadline ${f.deadline})` : ''}.`,
    },
    locations: primary ? [physical(primary.file, primary.line)] : [],
    partialFingerprints: { 'patchwarden/v1': fingerprint(f, primary?.file ?? '') },
    properties: {
      'security-severity': severity,
      status: f.status,
      deadline: f.deadline,
      daysLeft: f.daysLeft,
      fixedVersion: f.fixedVersion,
      purl: f.component.purl,
      layer: f.component.layer,
    },
  };
  if (f.upgrade) result.properties!.upgrade = f.upgrade;
  if (others.length > 0) result.relatedLocations = others.map((l, i) => ({ id: i + 1, ...physical(l.file, l.line), message: { text: `also declared here (${f.component.version})` } }));
  if (f.status === 'excepted' && f.exception) {
    result.suppressions = [{ kind: 'external', status: 'accepted', justification: `${f.exception.reason} (approved by ${f.exception.approvedBy}, expires ${f.exception.expires})` }];
  }
  return result;
}

function logWith(report: Report, rules: ReportingDescriptor[], results: Result[] | LazyArray<Result>): Log {
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: report.tool.name,
            version: report.tool.version,
            semanticVersion: report.tool.version,
            rules,
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { description: { text: 'The repository root.' } } },
        automationDetails: { id: `${report.tool.name}/${report.policy.name}/` },
        // A LazyArray stands where the results go: jsonChunks writes them one at a time.
        results: results as Result[],
        properties: {
          policy: `${report.policy.name}@${report.policy.version}`,
          policyDigest: report.policy.digest,
          now: report.now,
          coverage: coverageProperties(report),
        },
      },
    ],
  };
}

export function buildSarif(report: Report, opts: SarifOptions = {}): Log {
  const { rules, indexes } = rulesOf(report.findings);
  return logWith(report, rules, report.findings.map((f, i) => resultFor(f, indexes[i]!, opts)));
}

export function renderSarif(report: Report, opts: SarifOptions = {}): string {
  return JSON.stringify(buildSarif(report, opts), null, 2) + '\n';
}

/**
 * The same bytes as renderSarif, in pieces: each result is made, written and let go in turn. A
 * monorepo's 43,000 results were 79 MB of text and an object graph larger still, held whole
 * beside the report (peak RSS 654 MB against 184 MB for the JSON report alone).
 */
export function* renderSarifChunks(report: Report, opts: SarifOptions = {}): Generator<string> {
  const { rules, indexes } = rulesOf(report.findings);
  const results = new LazyArray(function* () {
    for (const [i, f] of report.findings.entries()) yield resultFor(f, indexes[i]!, opts);
  });
  yield* jsonChunks(logWith(report, rules, results));
  yield '\n';
}
