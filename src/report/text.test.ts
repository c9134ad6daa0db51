import { describe, expect, it } from 'vitest';
import { finding, reportOf } from '../../test/helpers/report-builder.js';
import { renderText } from './text.js';

// The terminal report on hand-made findings (deadlines count from 2026-11-24 in the builder).

const report = reportOf([
  finding({ name: 'later', status: 'due-soon', daysLeft: 5, severity: 'medium', aliases: ['CVE-2026-0002'] }),
  finding({ name: 'ws', version: '8.17.0', id: 'GHSA-3h5v-q93c-6h6q', aliases: ['CVE-2024-37890'], fixed: '8.17.1', daysLeft: -860, locations: [{ file: 'service/package-lock.json', line: 6084 }] }),
  finding({ name: 'axios', version: '1.7.2', id: 'GHSA-8hc4-vh64-cxmj', aliases: ['CVE-2024-39338'], fixed: '1.7.4', daysLeft: -804, locations: [{ file: 'service/package-lock.json', line: 1388 }] }),
  finding({ name: 'quiet', status: 'within', daysLeft: null }),
  finding({ name: 'quieter', status: 'within', daysLeft: null }),
  finding({ name: 'nofix', status: 'no-fix' }),
  finding({ name: 'waived', status: 'excepted', daysLeft: 30 }),
]);

// 2026-11-24 - 860 days = 2024-07-17; - 804 days = 2024-09-11
const OVERDUE = [
  'OVERDUE (2)',
  '  high     ws 8.17.0  GHSA-3h5v-q93c-6h6q (CVE-2024-37890)',
  '    fix 8.17.1 · deadline 2024-07-17 (860 days overdue) · service/package-lock.json:6084',
  '  high     axios 1.7.2  GHSA-8hc4-vh64-cxmj (CVE-2024-39338)',
  '    fix 1.7.4 · deadline 2024-09-11 (804 days overdue) · service/package-lock.json:1388',
];

describe('renderText', () => {
  it('lists overdue first, then due soon, each with CVE, fix, deadline and file:line; folds the rest into counted lines', () => {
    expect(renderText(report)).toBe(
      [
        'patchwarden 0.1.0 · policy baseline@1.0.0 · now 2026-11-24',
        '7 components, 7 findings: 2 overdue, 1 due soon, 2 within deadline, 1 no fix, 1 excepted',
        '',
        ...OVERDUE,
        '',
        'DUE SOON (1)',
        '  medium   later 1.0.0  GHSA-late-0000-0000 (CVE-2026-0002)',
        '    fix 9.9.9 · deadline 2026-11-29 (5 days left) · package-lock.json:10',
        '',
        '2 findings within deadline without a deadline (listed by --format json)',
        '1 finding with no fix (listed by --format json)',
        '1 finding excepted by the policy (listed by --format json)',
        '',
        'gate (critical and above, overdue): pass',
        '',
      ].join('\n'),
    );
  });

  it('--quiet: the gate line and the overdue rows only', () => {
    expect(renderText(report, { quiet: true })).toBe(
      [
        'gate (critical and above, overdue): pass',
        ...OVERDUE,
        '',
      ].join('\n'),
    );
  });

  it('wraps a long row at the width and never cuts a path, a version or an id', () => {
    const file = `deploy/${'very-long-folder-name/'.repeat(6)}values.yaml`;
    const long = reportOf([finding({ name: '@scope/a-package-with-a-rather-long-name', version: '1.2.3-beta.4+build.5', aliases: ['CVE-2026-12345'], locations: [{ file, line: 123 }] })]);
    // A value wider than the width (the package with its version, the path) stands whole on its own line.
    expect(renderText(long, { width: 60 }).split('\n')).toEqual([
      'patchwarden 0.1.0 · policy baseline@1.0.0 · now 2026-11-24',
      '1 components, 1 findings: 1 overdue, 0 due soon',
      '    0 within deadline, 0 no fix, 0 excepted',
      '',
      'OVERDUE (1)',
      '  high     @scope/a-package-with-a-rather-long-name 1.2.3-beta.4+build.5',
      '    GHSA-scop-0000-0000 (CVE-2026-12345)',
      '    fix 9.9.9 · deadline 2026-11-14 (10 days overdue)',
      `    ${file}:123`,
      '',
      'gate (critical and above, overdue): pass',
      '',
    ]);
  });

  it('colours the status headings only when asked, and never a control character from the input', () => {
    const hostile = reportOf([finding({ name: 'evil\u001b[2Jname', locations: [{ file: 'a\nb.json', line: 1 }] })]);
    const plain = renderText(hostile);
    expect(plain).not.toContain('\u001b');
    expect(plain).toContain('a b.json:1');
    expect(renderText(hostile, { color: true })).toContain('\u001b[1;31mOVERDUE (1)\u001b[0m');
  });

  it('prints problems as file:line:col: level: message', () => {
    const r = { ...reportOf([]), problems: [{ level: 'warning' as const, origin: 'extract/npm', file: 'package-lock.json', line: 3, column: 7, message: 'expected a version' }] };
    expect(renderText(r)).toContain('\n  package-lock.json:3:7: warning: expected a version\n');
  });
});
