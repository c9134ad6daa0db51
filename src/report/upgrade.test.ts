import { describe, expect, it } from 'vitest';
import { finding, reportOf } from '../../test/helpers/report-builder.js';
import type { Finding } from '../evaluate/types.js';
import { renderJson } from './json.js';
import { renderMarkdown } from './markdown.js';
import { buildSarif } from './sarif.js';
import { renderText } from './text.js';

// The way out of a runtime finding, in every sink. The values are those of postgres:11 on
// 2026-11-24 against endoflife.date's postgresql.md (11 ended 2023-11-09; 15 is the oldest
// supported cycle, at 15.19 until 2027-11-11; 18 the newest, at 18.6) and of nginx:1.25.3
// (newest 1.25.x is 1.25.5).

function eol(): Finding {
  const f = finding({ name: 'docker.io/library/postgres', ecosystem: 'image', version: '11', id: 'PW-EOL-postgresql-11', fixed: '15.19', locations: [{ file: 'compose.yaml', line: 3 }] });
  return { ...f, kind: 'end-of-life', upgrade: { step: { version: '15.19', cycle: '15', eol: '2027-11-11' }, newest: { version: '18.6', cycle: '18', eol: '2030-11-14' } } };
}

function lag(): Finding {
  const f = finding({ name: 'docker.io/library/nginx', ecosystem: 'image', version: '1.25.3', id: 'PW-PATCH-nginx-1.25.3', fixed: '1.25.5', locations: [{ file: 'compose.yaml', line: 7 }] });
  return { ...f, kind: 'patch-lag', upgrade: { step: { version: '1.25.5', cycle: '1.25', eol: '2024-05-29' } } };
}

const report = reportOf([eol(), lag()]);
const PHRASE = '15.19 (supported to 2027-11-11), newest 18.6';

describe('upgrade advice in the sinks', () => {
  it('text: the fix line names the smallest step, its end of life, and the newest release', () => {
    // Each finding is a line for the package and advisory, then one for its fix, deadline and place.
    const lines = renderText(report, { width: 200 }).split('\n');
    const after = (id: string): string | undefined => lines[lines.findIndex((l) => l.includes(id)) + 1];
    expect(after('PW-EOL-postgresql-11')).toContain(`fix ${PHRASE}`);
    expect(after('PW-PATCH-nginx-1.25.3')).toMatch(/^\s+fix 1\.25\.5 · /);
  });

  it('Markdown: the same phrase in the fix cell', () => {
    expect(renderMarkdown(report)).toContain(`\`${PHRASE}\``);
  });

  it('SARIF: in the message and as a result property', () => {
    const results = buildSarif(report).runs[0]!.results!;
    expect(results[0]!.message.text).toContain(`fix: ${PHRASE}`);
    expect(results[0]!.properties!.upgrade).toEqual(eol().upgrade);
    expect(results[1]!.properties!.upgrade).toEqual({ step: { version: '1.25.5', cycle: '1.25', eol: '2024-05-29' } });
  });

  it('JSON: the upgrade object of each finding', () => {
    const json = JSON.parse(renderJson(report)) as { findings: Finding[] };
    expect(json.findings.map((f) => f.upgrade)).toEqual([eol().upgrade, lag().upgrade]);
  });
});
