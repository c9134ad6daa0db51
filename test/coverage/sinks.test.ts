import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/check.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { buildSarif } from '../../src/report/sarif.js';
import { renderText } from '../../src/report/text.js';
import { REPO_ROOT } from '../helpers/shared.js';

// Every sink carries the coverage of the same report: the example, whose npm records are two
// years old and whose busybox image is no runtime product.

describe('coverage in every sink', async () => {
  const example = join(REPO_ROOT, 'examples', 'chat-platform');
  const { report } = await check({ root: example, db: [join(example, 'advisories')], releases: join(example, 'releases'), now: new Date('2026-11-24T00:00:00Z'), cacheDir: false });

  it('text: the gate line says incomplete and the coverage table follows it', () => {
    const text = renderText(report!);
    expect(text).toContain('gate (critical and above, overdue): incomplete\n\ncoverage (missing data: warn, max data age 7d):\n');
    expect(text).toContain('\n  stale: library npm, 510 components, 510 checked, sources osv-dir:advisories (5)\n    newest record 2024-10-04 (781 d)\n');
    expect(text).toMatch(/\n {2}partial: runtime images, 5 components, 4 checked, sources releases:releases \(5\)\n {4}newest record unknown\n/);
  });

  it('Markdown: the verdict is incomplete, not passed', () => {
    const md = renderMarkdown(report!);
    expect(md.split('\n')[0]).toBe('## patchwarden: 13 overdue, 0 due soon · ⚠️ gate incomplete (not everything was checked)');
    expect(md).toContain('### Coverage (incomplete)');
  });

  it('SARIF: the run properties carry the gate and the coverage', () => {
    const props = buildSarif(report!).runs[0]!.properties as { coverage: { gate: string; complete: boolean; entries: { ecosystem: string; state: string }[]; notChecked: string } };
    expect(props.coverage).toMatchObject({ gate: 'incomplete', complete: false, missingData: 'warn' });
    expect(props.coverage.entries.map((e) => `${e.ecosystem}:${e.state}`)).toEqual(['npm:stale', 'image:partial', 'os:checked']);
    expect(props.coverage.notChecked).toBe(report!.summary.notChecked);
  });
});
