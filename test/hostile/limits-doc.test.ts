import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REFERENCE_MAX_LENGTH } from '../../src/extract/images/reference.js';
import { LIMITS } from '../../src/limits.js';
import { REPO_ROOT } from '../helpers/shared.js';

// The README's limits table is the documentation; src/limits.ts is what the code enforces. Every
// number the table states, in its value column and in the messages it quotes, must be the code's,
// and every limit the code has must be in the table.

const CONSTANTS: Record<string, number> = {
  ...Object.fromEntries(Object.entries(LIMITS).map(([k, v]) => [`LIMITS.${k}`, v])),
  REFERENCE_MAX_LENGTH,
};

interface Row {
  name: string;
  value: number;
  quoted: number[];
}

function rows(markdown: string): Row[] {
  const out: Row[] = [];
  for (const line of markdown.split('\n')) {
    const cells = line.split('|').slice(1, -1).map((c) => c.trim());
    if (cells.length !== 3) continue;
    const name = /^`([A-Za-z_.]+)`/.exec(cells[0]!)?.[1];
    if (!name) continue;
    const value = /^([\d,]+)/.exec(cells[1]!)?.[1];
    out.push({
      name,
      value: value === undefined ? NaN : Number(value.replace(/,/g, '')),
      // Numbers inside the quoted messages: `over the 67108864-byte limit`, `the limit is 3`.
      quoted: [...cells[2]!.matchAll(/(?:limit is|over the|more than|deeper than|longer than|over) (\d+)/g)].map((m) => Number(m[1])),
    });
  }
  return out;
}

/** The README from its `### Limits` heading to the next heading. */
function limitsSection(readme: string): string {
  const start = readme.indexOf('\n### Limits\n');
  const end = readme.indexOf('\n#', start + 1);
  return start < 0 ? '' : readme.slice(start, end < 0 ? undefined : end);
}

const table = rows(limitsSection(readFileSync(join(REPO_ROOT, 'README.md'), 'utf8')));

describe("the README's limits table against src/limits.ts", () => {
  it('lists every limit of the code once, and nothing else', () => {
    expect(table.map((r) => r.name).sort()).toEqual(Object.keys(CONSTANTS).sort());
  });

  it.each(table.map((r) => [r.name, r] as const))('%s: the value and every number its messages quote are the code\'s', (name, row) => {
    expect(row.value).toBe(CONSTANTS[name]);
    for (const q of row.quoted) expect(q, `a message in the ${name} row`).toBe(CONSTANTS[name]);
  });

  it('the parser of the table finds what it should (a wrong number is caught)', () => {
    const wrong = rows('| `LIMITS.maxFiles` — x | 20,001 | `over the 20000-file limit` |')[0]!;
    expect(wrong.value).not.toBe(LIMITS.maxFiles);
    expect(rows('| `LIMITS.maxFiles` — x | 20,000 | `over the 19999-file limit` |')[0]!.quoted).toEqual([19_999]);
  });
});
