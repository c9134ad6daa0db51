import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Ajv } from 'ajv';
import type { ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { Log, Result } from 'sarif';
import { beforeAll, describe, expect, it } from 'vitest';
import { check } from '../../src/check.js';
import { buildSarif, renderSarif, renderSarifChunks, securitySeverity } from '../../src/report/sarif.js';
import { REPO_ROOT } from '../helpers/shared.js';
import { finding, reportOf } from '../helpers/report-builder.js';

// SARIF output checked against the OASIS SARIF 2.1.0 JSON schema (sarif-2.1.0-rtm.5.json, as
// shipped by @microsoft/jest-sarif) and against what GitHub code scanning reads.

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;
let validate: ValidateFunction;
let ajv: Ajv;

beforeAll(() => {
  const require = createRequire(import.meta.url);
  const dir = dirname(require.resolve('@microsoft/jest-sarif/package.json'));
  const schema = JSON.parse(readFileSync(join(dir, 'lib', 'schemas', 'sarif-2.1.0-rtm.5.json'), 'utf8')) as Record<string, unknown>;
  // A draft-04 schema: its `id` is draft-07's `$id`; it uses no other draft-04-only keyword.
  const { id, $schema: _draft, ...rest } = schema as { id: string; $schema: string };
  // Its `language` pattern is not valid in Unicode mode (a stray `]`), so patterns are compiled without it.
  ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
  addFormats(ajv);
  validate = ajv.compile({ ...rest, $id: id });
});

function expectValid(log: unknown): void {
  const ok = validate(log);
  expect(ok ? [] : validate.errors?.map((e) => `${e.instancePath} ${e.message}`)).toEqual([]);
}

const ws = finding({ name: 'ws', version: '8.17.0', id: 'GHSA-3h5v-q93c-6h6q', aliases: ['CVE-2024-37890'], severity: 'high', cvss: 7.5, status: 'overdue', locations: [{ file: 'package-lock.json', line: 812 }, { file: 'apps/web/package-lock.json', line: 90 }] });
const ws2 = finding({ name: 'ws', version: '7.5.9', id: 'GHSA-3h5v-q93c-6h6q', severity: 'high', status: 'overdue', locations: [{ file: 'legacy/package-lock.json', line: 33 }] });
const low = finding({ name: 'cookie', version: '0.4.1', id: 'GHSA-pxg6-pf52-xh8x', severity: 'low', status: 'within' });
const kev = finding({ name: 'tar', id: 'GHSA-kev0-0000-0000', severity: 'critical', cvss: 7.5, status: 'overdue' });
const excepted = { ...finding({ name: 'axios', id: 'GHSA-8hc4-vh64-cxmj', severity: 'medium', status: 'excepted' }), exception: { index: 0, reason: 'not reachable', approvedBy: 'sec-team', expires: '2027-01-01' } };

describe('SARIF 2.1.0', () => {
  it('validates against the SARIF 2.1.0 schema, and the schema check does reject a broken log', () => {
    expectValid(buildSarif(reportOf([ws, ws2, low, kev, excepted]), { prefix: 'services/api' }));
    expectValid(buildSarif(reportOf([])));
    expect(validate({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: [{ message: { text: 'm' }, level: 'fatal' }] }] })).toBe(false);
    expect(validate({ runs: [] })).toBe(false);
  });

  it('has one rule per advisory and one result per finding, on its real region', () => {
    const log = buildSarif(reportOf([ws, ws2, low]), { prefix: 'services/api' });
    const run = log.runs[0]!;
    expect(run.tool.driver.rules!.map((r) => r.id)).toEqual(['GHSA-3h5v-q93c-6h6q', 'GHSA-pxg6-pf52-xh8x']);
    expect(run.results).toHaveLength(3);
    for (const r of run.results!) expect(run.tool.driver.rules![r.ruleIndex!]!.id).toBe(r.ruleId);
    const first = run.results![0]!;
    expect(first.locations![0]!.physicalLocation).toEqual({ artifactLocation: { uri: 'services/api/package-lock.json', uriBaseId: '%SRCROOT%' }, region: { startLine: 812 } });
    expect(first.relatedLocations![0]!.physicalLocation!.region!.startLine).toBe(90);
    expect(first.message.text).toContain('ws@8.17.0');
  });

  it('maps severity to level and security-severity as code scanning ranks them', () => {
    const log = buildSarif(reportOf([ws, low, kev]));
    const byRule = new Map(log.runs[0]!.results!.map((r: Result) => [r.ruleId, r]));
    expect(byRule.get('GHSA-3h5v-q93c-6h6q')!.level).toBe('error');
    expect(byRule.get('GHSA-pxg6-pf52-xh8x')!.level).toBe('note');
    // The CVSS score when it agrees with the label; an escalated (KEV) critical keeps its band.
    expect(byRule.get('GHSA-3h5v-q93c-6h6q')!.properties!['security-severity']).toBe('7.5');
    expect(byRule.get('GHSA-kev0-0000-0000')!.properties!['security-severity']).toBe('9.5');
    expect(securitySeverity({ severity: 'medium' })).toBe('5.5');
    for (const rule of log.runs[0]!.tool.driver.rules!) expect(Number(rule.properties!['security-severity'])).toBeGreaterThan(0);
  });

  it('partial fingerprints survive line moves and version bumps, and tell files apart', () => {
    const fp = (f: typeof ws): string => buildSarif(reportOf([f])).runs[0]!.results![0]!.partialFingerprints!['patchwarden/v1']!;
    const moved = { ...ws, locations: [{ file: 'package-lock.json', line: 900 }] };
    const bumped = { ...ws, component: { ...ws.component, version: '8.17.0-rc' } };
    const elsewhere = { ...ws, locations: [{ file: 'other/package-lock.json', line: 812 }] };
    expect(fp(moved)).toBe(fp(ws));
    expect(fp(bumped)).toBe(fp(ws));
    expect(fp(elsewhere)).not.toBe(fp(ws));
  });

  it('marks an excepted finding as an accepted suppression with its reason', () => {
    const result = buildSarif(reportOf([excepted])).runs[0]!.results![0]!;
    expect(result.suppressions).toEqual([{ kind: 'external', status: 'accepted', justification: 'not reachable (approved by sec-team, expires 2027-01-01)' }]);
  });

  it('renders the example repository: every finding on its lockfile line', async () => {
    const example = join(REPO_ROOT, 'examples', 'chat-platform');
    const result = await check({ root: example, db: [join(example, 'advisories')], now: new Date('2026-11-24T00:00:00Z') });
    const log = JSON.parse(renderSarif(result.report!, { prefix: 'examples/chat-platform' })) as Log;
    expectValid(log);
    const results = log.runs[0]!.results!;
    expect(results).toHaveLength(result.report!.findings.length);
    const wsResult = results.find((r) => r.ruleId === 'GHSA-3h5v-q93c-6h6q')!;
    expect(wsResult.locations![0]!.physicalLocation).toMatchObject({ artifactLocation: { uri: 'examples/chat-platform/service/package-lock.json' }, region: { startLine: 6084 } });
    expect(log.runs[0]!.tool.driver.name).toBe('patchwarden');
  });

  it('written in pieces, one result at a time, gives the same bytes as rendered whole', async () => {
    const example = join(REPO_ROOT, 'examples', 'chat-platform');
    const result = await check({ root: example, db: [join(example, 'advisories')], now: new Date('2026-11-24T00:00:00Z') });
    const report = result.report!;
    expect(report.findings.length).toBeGreaterThan(1);
    const chunks = [...renderSarifChunks(report, { prefix: 'examples/chat-platform' })];
    expect(chunks.join('')).toBe(renderSarif(report, { prefix: 'examples/chat-platform' }));
    expect(chunks.length).toBeGreaterThan(report.findings.length);
    // No findings: an empty results list, as JSON.stringify writes it.
    const none = { ...report, findings: [] };
    expect([...renderSarifChunks(none)].join('')).toBe(renderSarif(none));
  });
});
