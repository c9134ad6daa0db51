import { describe, expect, it } from 'vitest';
import { HISTORY_MAX_ENTRIES, historyLine, parseHistoryBlock } from '../../src/github/issue-history.js';
import { BODY_LIMIT, groupByPackage, renderIssue } from '../../src/github/issue-render.js';
import { finding, reportOf } from '../helpers/report-builder.js';
import { SHA } from './harness.js';

// The history block on an issue's second line: bounded, inert whatever the package is called,
// read back exactly, and refused (not misread) when someone edits it into something else.

const HOSTILE = '--> <img src=x onerror=alert(1)> @here `x` [a](https://evil.example)';

describe('the issue history block', () => {
  it('round-trips a hostile package name exactly while the body shows none of it in the comment', () => {
    const f = finding({ name: HOSTILE, id: 'GHSA-aaaa-bbbb-cccc', severity: 'critical', status: 'overdue' });
    const line = historyLine([f], reportOf([f]).policy, '2026-11-24');
    expect(line).toMatch(/^<!-- patchwarden:history v1 [A-Za-z0-9_-]+ -->$/);
    const block = parseHistoryBlock(`<!-- patchwarden:issue v1 ${'a'.repeat(40)} -->\n${line}\n`);
    expect(block !== 'invalid' && block?.name).toBe(HOSTILE);
    expect(block !== 'invalid' && block?.entries.map((e) => [e.id, e.severity, e.firstSeen, e.deadline])).toEqual([['GHSA-aaaa-bbbb-cccc', 'critical', '2026-11-24', '2026-11-14']]);
  });

  it('keeps at most the cap of advisories and leaves the body under GitHub\'s limit', () => {
    const findings = Array.from({ length: 120 }, (_, i) => finding({ name: 'big', id: `GHSA-${String(i).padStart(4, '0')}-aaaa-bbbb`, summary: 'x'.repeat(140), status: 'overdue' }));
    const [group] = groupByPackage(findings, 'overdue');
    const ctx = { links: { serverUrl: 'https://github.com', owner: 'acme', repo: 'app', sha: SHA, prefix: '' }, policy: reportOf(findings).policy, today: '2026-11-24', labels: ['patchwarden'] };
    const body = renderIssue(group!, ctx).body;
    expect(body.length).toBeLessThanOrEqual(BODY_LIMIT);
    const block = parseHistoryBlock(body);
    expect(block !== 'invalid' && block?.entries.length).toBe(HISTORY_MAX_ENTRIES);
  });

  it('refuses an edited block instead of misreading it', () => {
    const head = `<!-- patchwarden:issue v1 ${'a'.repeat(40)} -->\n`;
    const encode = (v: unknown): string => `${head}<!-- patchwarden:history v1 ${Buffer.from(JSON.stringify(v)).toString('base64url')} -->`;
    expect(parseHistoryBlock(`${head}<!-- patchwarden:history v1 not*base64 -->`)).toBe('invalid');
    expect(parseHistoryBlock(encode({ v: 2, ecosystem: 'npm', name: 'x', entries: [] }))).toBe('invalid');
    expect(parseHistoryBlock(encode({ v: 1, ecosystem: 'npm', name: 'x', entries: [{ id: 'A', severity: 'urgent', firstSeen: '2026-11-01', deadline: null, clockStart: null }] }))).toBe('invalid');
    expect(parseHistoryBlock(encode({ v: 1, ecosystem: 'npm', name: 'x', entries: [{ id: 'A', severity: 'high', firstSeen: '2026-11-01', deadline: 'soon', clockStart: null }] }))).toBe('invalid');
    expect(parseHistoryBlock(head)).toBeUndefined();
  });
});
