import { describe, expect, it } from 'vitest';
import { trimmed } from '../../test/helpers/corpus.js';
import { check } from '../check.js';
import { renderJson, renderJsonChunks } from './json.js';
import type { Report } from './model.js';

describe('renderJsonChunks', () => {
  it('writes the same bytes as renderJson for a real report, one array element per piece', async () => {
    const db = [trimmed('osv', 'crates.io', 'all.zip'), trimmed('osv', 'PyPI', 'all.zip')];
    const { report } = await check({ root: trimmed('repos', 'element-hq__synapse@c705beebf7'), db, now: new Date('2026-11-24T00:00:00Z'), cacheDir: false });
    expect(report!.findings.length).toBeGreaterThan(0);
    const chunks = [...renderJsonChunks(report!)];
    expect(chunks.join('')).toBe(renderJson(report!));
    expect(chunks.length).toBeGreaterThan(report!.components.length + report!.findings.length);
  });

  it('matches renderJson on empty arrays, nested quotes and line breaks in values', () => {
    const report = {
      schemaVersion: 1,
      findings: [],
      problems: [{ level: 'warning', origin: 'x', message: 'line one\nline "two"\t\u2028 \ud800' }, null, undefined, [], {}, 'text', 7, new Date(0)],
      summary: { nested: { deeper: [1, [2, []], {}] } },
      absent: undefined,
      when: new Date(0),
      empty: {},
    } as unknown as Report;
    expect([...renderJsonChunks(report)].join('')).toBe(renderJson(report));
    expect([...renderJsonChunks({} as Report)].join('')).toBe(renderJson({} as Report));
  });
});
