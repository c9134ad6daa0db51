import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/check.js';
import { renderCoverageMarkdown } from '../../src/report/coverage.js';
import { REPO_ROOT } from '../helpers/shared.js';

// The README's "What a pass means" shows the example's coverage table: it must be what the
// example really reports.

describe('README: What a pass means', () => {
  it("shows the example's coverage table and sentence as the Markdown report renders them", async () => {
    const example = join(REPO_ROOT, 'examples', 'chat-platform');
    const { report } = await check({ root: example, db: [join(example, 'advisories')], releases: join(example, 'releases'), now: new Date('2026-11-24T00:00:00Z'), cacheDir: false });
    const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## What a pass means'), readme.indexOf('## GitHub Action'));
    const tableOf = (text: string): string[] => text.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| State') && !l.startsWith('| `'));
    // The README drops the Markdown escapes of parentheses the job summary needs.
    const rendered = tableOf(renderCoverageMarkdown(report!).replace(/\\([()])/g, '$1'));
    expect(tableOf(section).filter((l) => !/^\| `(checked|no-data|stale|partial)`/.test(l)).slice(-rendered.length)).toEqual(rendered);
    expect(section.replace(/\n> /g, ' ')).toContain(report!.summary.notChecked!);
    expect(report!.summary.gate).toBe('incomplete');
  });
});
