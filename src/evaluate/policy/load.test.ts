import { rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPolicy } from './load.js';
import { loadText, withRepo } from './__fixtures__/tmp.js';

const HEAD = `apiVersion: patchwarden/v1
kind: PatchPolicy
metadata:
  name: chat
  version: 1.0.0
`;

// Each case: the policy text, the exact first error and its line. Lines count from 1 in the text.
const INVALID: [string, string, string, number][] = [
  ['a duration written in words', `${HEAD}deadlines:\n  high: 30 days\n`, "deadlines.high: expected a duration like 30d, got '30 days'", 7],
  ['a number where a duration belongs', `${HEAD}deadlines:\n  critical: 7\n`, 'deadlines.critical: expected a duration like 30d, got 7', 7],
  ['an empty deadline', `${HEAD}deadlines:\n  low:\n`, 'deadlines.low: expected a duration like 30d, got nothing', 7],
  ['hours that are not whole days', `${HEAD}deadlines:\n  critical: 36h\n`, "deadlines.critical: expected whole days, got '36h' (hours must be a multiple of 24)", 7],
  ['a misspelt top-level field', `${HEAD}deadline:\n  high: 30d\n`, "deadline: unknown field; did you mean 'deadlines'?", 6],
  ['an unknown severity under deadlines', `${HEAD}deadlines:\n  high: 30d\n  urgent: 1d\n`, 'deadlines.urgent: unknown field; expected one of critical, high, medium, low', 8],
  ['metadata without a version', `apiVersion: patchwarden/v1\nkind: PatchPolicy\nmetadata:\n  name: chat\n`, "metadata: missing required field 'version'", 4],
  ['a version that YAML reads as a number', `apiVersion: patchwarden/v1\nkind: PatchPolicy\nmetadata:\n  name: chat\n  version: 1.0\n`, 'metadata.version: expected a semantic version like 1.0.0, got 1', 5],
  ['a name with spaces', `apiVersion: patchwarden/v1\nkind: PatchPolicy\nmetadata:\n  name: Chat Platform\n  version: 1.0.0\n`, "metadata.name: expected a name like chat-platform (lower-case letters, digits, dashes), got 'Chat Platform'", 4],
  ['no apiVersion', `kind: PatchPolicy\nmetadata:\n  name: chat\n  version: 1.0.0\n`, "missing required field 'apiVersion'", 1],
  ['a future apiVersion', `apiVersion: patchwarden/v9\nkind: PatchPolicy\n`, "apiVersion: unsupported version 'patchwarden/v9'; this patchwarden reads patchwarden/v1", 1],
  ['the wrong kind', `apiVersion: patchwarden/v1\nkind: Policy\nmetadata:\n  name: chat\n  version: 1.0.0\n`, "kind: expected PatchPolicy, got 'Policy'", 2],
  ['an unknown gate', `${HEAD}gate: urgent\n`, "gate: expected one of critical, high, medium, low, none, got 'urgent'", 6],
  ['a due-soon word', `${HEAD}dueSoon: soon\n`, "dueSoon: expected a duration like 7d or a share like 25%, got 'soon'", 6],
  ['a due-soon share over 100%', `${HEAD}dueSoon: 150%\n`, "dueSoon: expected a duration like 7d or a share like 25%, got '150%'", 6],
  ['an EPSS threshold over 1', `${HEAD}epss:\n  threshold: 1.5\n`, 'epss.threshold: expected a number from 0 to 1, got 1.5', 7],
  ['an EPSS escalation without a threshold', `${HEAD}epss:\n  severity: high\n`, 'epss: sets an escalation but neither threshold nor percentile', 7],
  ['an old KEV deadline keyword', `${HEAD}kev:\n  deadline: catalog\n`, "kev.deadline: expected kev-due-date, a duration like 14d, or none, got 'catalog'", 7],
  ['an exception without an approver', `${HEAD}exceptions:\n  - advisory: CVE-2024-37890\n    reason: internal only\n    expires: 2026-12-31\n`, "exceptions[0]: missing required field 'approvedBy'", 7],
  ['an exception expiring on 30 February', `${HEAD}exceptions:\n  - advisory: CVE-2024-37890\n    reason: internal only\n    approvedBy: sec\n    expires: 2026-02-30\n`, "exceptions[0].expires: expected a date like 2026-12-31, got '2026-02-30'", 10],
  ['an exception naming nothing', `${HEAD}exceptions:\n  - reason: internal only\n    approvedBy: sec\n    expires: 2026-12-31\n`, 'exceptions[0]: needs an advisory, a package, or both', 7],
  ['an exception package without ecosystem', `${HEAD}exceptions:\n  - package: ws\n    reason: internal only\n    approvedBy: sec\n    expires: 2026-12-31\n`, "exceptions[0].package: expected a package URL like pkg:npm/ws or ecosystem/name like npm/ws, got 'ws'", 7],
  ['an exception created after it expires', `${HEAD}exceptions:\n  - package: npm/ws\n    reason: r\n    approvedBy: sec\n    created: 2027-01-01\n    expires: 2026-12-31\n`, 'exceptions[0].expires: expires before it was created (2027-01-01)', 11],
  ['a ticket that is not a URL', `${HEAD}exceptions:\n  - package: npm/ws\n    reason: r\n    approvedBy: sec\n    expires: 2026-12-31\n    ticket: SEC-12\n`, "exceptions[0].ticket: expected a URL like https://example.com/, got 'SEC-12'", 11],
  ['exceptions as a mapping', `${HEAD}exceptions:\n  advisory: CVE-2024-37890\n`, 'exceptions: expected a list, got a mapping', 7],
  ['two scopes with one name', `${HEAD}scopes:\n  - name: internet\n    paths: [deploy/**]\n  - name: internet\n    dev: true\n`, "scopes[1].name: 'internet' is already used by scopes[0]", 9],
  ['an unknown layer', `${HEAD}scopes:\n  - name: images\n    layers: [app]\n`, "scopes[0].layers[0]: expected one of os, runtime, library, got 'app'", 8],
  ['an absolute scope path', `${HEAD}scopes:\n  - name: etc\n    paths: ['/etc/**']\n`, "scopes[0].paths[0]: expected a repository-relative glob like deploy/**, got '/etc/**'", 8],
  ['a scope without a name', `${HEAD}scopes:\n  - paths: [deploy/**]\n`, "scopes[0]: missing required field 'name'", 7],
  ['a rule without a deadline', `${HEAD}rules:\n  - name: kev\n    when: { kev: true }\n`, "rules[0]: missing required field 'deadline'", 7],
  ['a rule condition that does not exist', `${HEAD}rules:\n  - name: kev\n    when: { exploited: true }\n    deadline: 3d\n`, "rules[0].when.exploited: unknown field; expected one of kev, ransomware, exposure, automatable, technicalImpact, urgency, severity", 8],
  ['a built-in without its major version', `${HEAD}extends: builtin:baseline\n`, "extends: expected builtin:NAME@MAJOR like builtin:baseline@1, got 'builtin:baseline'", 6],
  ['an unknown built-in', `${HEAD}extends:\n  - builtin:baseline@1\n  - builtin:nist-800-53@1\n`, "extends[1]: unknown built-in policy 'builtin:nist-800-53@1' (see patchwarden policy list)", 8],
  ['an extends path out of the repository', `${HEAD}extends:\n  - ../../etc/passwd\n`, "extends[0]: '../../etc/passwd' is outside the repository", 7],
  ['an absolute extends path', `${HEAD}extends: /etc/passwd\n`, "extends: expected a path relative to the repository, got '/etc/passwd'", 6],
  ['an extends file that is missing', `${HEAD}extends: ./org.yml\n`, "extends: './org.yml' does not exist", 6],
  ['a list at the top', `- apiVersion: patchwarden/v1\n`, 'expected a mapping with apiVersion, kind and metadata', 1],
  ['two YAML documents', `${HEAD}---\n${HEAD}`, 'expected one YAML document, found 2', 7],
  ['a duplicate key', `${HEAD}gate: high\ngate: none\n`, 'invalid YAML: Map keys must be unique', 7],
  ['broken YAML', `${HEAD}deadlines: [high: 30d\n`, 'invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]', 7],
];

describe('invalid policies: exact message and line', () => {
  it('has at least twenty cases', () => {
    expect(INVALID.length).toBeGreaterThanOrEqual(20);
  });
  it.each(INVALID)('%s', (_name, text, message, line) => {
    const r = loadText(text);
    expect(r.policy).toBeUndefined();
    const first = r.problems.find((p) => p.level === 'error');
    expect(first).toMatchObject({ origin: 'policy', file: '.github/patchwarden.yml', message, line });
  });
});

describe('located errors', () => {
  it('gives the column of the value', () => {
    const r = loadText(`${HEAD}deadlines:\n  high: 30 days\n`);
    expect(r.problems[0]).toMatchObject({ line: 7, column: 9 });
  });

  it('reports every error, not only the first, in source order', () => {
    const r = loadText(`${HEAD}gate: urgent\ndeadlines:\n  high: 30 days\n  low: soon\n`);
    expect(r.problems.map((p) => [p.line, p.message])).toEqual([
      [6, "gate: expected one of critical, high, medium, low, none, got 'urgent'"],
      [8, "deadlines.high: expected a duration like 30d, got '30 days'"],
      [9, "deadlines.low: expected a duration like 30d, got 'soon'"],
    ]);
  });

  it('caps YAML aliases (billion laughs)', () => {
    const lines = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 8; i++) lines.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10).fill('*' + String.fromCharCode(96 + i)).join(', ')}]`);
    const r = loadText(`${HEAD}${lines.join('\n')}\n`);
    expect(r.policy).toBeUndefined();
    expect(r.problems[0]!.message).toMatch(/^YAML document not read: /);
  });

  it('refuses a file larger than 1 MiB without reading it', () => {
    const r = loadText(`${HEAD}# ${'x'.repeat(1024 * 1024)}\n`);
    expect(r.problems[0]!.message).toMatch(/^policy file is \d+ bytes; the limit is 1048576$/);
  });
});

describe('choosing the policy', () => {
  it('uses .github/patchwarden.yml when present, else builtin:baseline@1', () => {
    expect(loadText(`${HEAD}gate: high\n`).policy).toMatchObject({ identity: { name: 'chat', version: '1.0.0', apiVersion: 'patchwarden/v1' }, gate: 'high' });
    withRepo({}, (root) => {
      expect(loadPolicy({ root }).policy?.identity.name).toBe('baseline');
    });
  });

  it('reads a path relative to the working directory, and builtins by name', () => {
    withRepo({ 'policies/team.yml': `${HEAD}gate: none\n` }, (root) => {
      const rel = join(root, 'policies/team.yml');
      expect(loadPolicy({ spec: rel, root }).policy?.gate).toBe('none');
      expect(loadPolicy({ spec: 'builtin:pci-dss-4@1', root }).policy?.identity.name).toBe('pci-dss-4');
      expect(loadPolicy({ spec: 'builtin:nope@1', root }).problems[0]!.message).toBe('unknown built-in policy builtin:nope@1 (see patchwarden policy list)');
      expect(loadPolicy({ spec: join(root, 'missing.yml'), root }).problems[0]).toMatchObject({ file: 'missing.yml', message: 'policy file not found' });
    });
  });
});

describe('extends', () => {
  it('merges field by field: later layers win, the file itself last', () => {
    const r = loadText(`${HEAD}extends:\n  - builtin:baseline@1\n  - ./org.yml\ndeadlines:\n  critical: 3d\n`, {
      '.github/org.yml': `apiVersion: patchwarden/v1\nkind: PatchPolicy\nmetadata: { name: org, version: 2.1.0 }\ndeadlines:\n  high: 14d\n  critical: 5d\ngate: high\n`,
    });
    const p = r.policy!;
    expect(p.settings.deadlines).toEqual({ critical: '3d', high: '14d', medium: '90d', low: '180d' });
    expect(p.gate).toBe('high');
    expect(p.identity).toMatchObject({ name: 'chat', version: '1.0.0' });
    expect(p.chain).toEqual(['default', 'builtin:baseline@1', '.github/org.yml', '.github/patchwarden.yml']);
    expect(p.origins['deadlines.critical']).toBe('.github/patchwarden.yml line 10');
    expect(p.origins['deadlines.high']).toBe('.github/org.yml line 5');
    expect(p.origins['deadlines.medium']).toBe('builtin:baseline@1 line 34');
    expect(p.origins['gate']).toBe('.github/org.yml line 7');
  });

  it('merges scopes by name, appends exceptions, and replaces rules', () => {
    const org = `apiVersion: patchwarden/v1
kind: PatchPolicy
metadata: { name: org, version: 1.0.0 }
scopes:
  - name: internet
    paths: [deploy/public/**]
    deadlines: { critical: 3d, high: 14d }
rules:
  - { name: a, deadline: 1d }
  - { name: b, deadline: 2d }
exceptions:
  - { package: npm/left-pad, reason: r, approvedBy: a, expires: 2030-01-01 }
`;
    const r = loadText(`${HEAD}extends: ./org.yml
scopes:
  - name: internet
    deadlines: { high: 7d }
  - name: dev
    dev: true
    deadlines: { low: none }
rules:
  - { name: c, deadline: 3d }
exceptions:
  - { package: npm/ws, reason: r, approvedBy: b, expires: 2030-01-01 }
`, { '.github/org.yml': org });
    const s = r.policy!.settings;
    expect(s.scopes).toEqual([
      { name: 'internet', paths: ['deploy/public/**'], deadlines: { critical: '3d', high: '7d' } },
      { name: 'dev', dev: true, deadlines: { low: 'none' } },
    ]);
    expect(s.rules.map((x) => x.name)).toEqual(['c']);
    expect(s.exceptions.map((x) => x.package)).toEqual(['npm/left-pad', 'npm/ws']);
    expect(r.policy!.exceptionSources).toEqual([{ file: '.github/org.yml', line: 12 }, { file: '.github/patchwarden.yml', line: 16 }]);
    expect(r.policy!.origins['scopes[internet].deadlines.high']).toBe('.github/patchwarden.yml line 9');
    expect(r.policy!.origins['scopes[internet].deadlines.critical']).toBe('.github/org.yml line 7');
  });

  it('reports a cycle with the files in it', () => {
    const r = loadText(`${HEAD}extends: ./a.yml\n`, {
      '.github/a.yml': `apiVersion: patchwarden/v1\nkind: PatchPolicy\nmetadata: { name: a, version: 1.0.0 }\nextends: ./b.yml\n`,
      '.github/b.yml': `apiVersion: patchwarden/v1\nkind: PatchPolicy\nmetadata: { name: b, version: 1.0.0 }\nextends:\n  - builtin:baseline@1\n  - ./a.yml\n`,
    });
    expect(r.policy).toBeUndefined();
    expect(r.problems).toEqual([
      { level: 'error', origin: 'policy', file: '.github/b.yml', line: 6, column: 5, message: 'extends[1]: extends cycle: .github/a.yml -> .github/b.yml -> .github/a.yml' },
    ]);
  });

  it('reports a file that extends itself', () => {
    const r = loadText(`${HEAD}extends: ./patchwarden.yml\n`);
    expect(r.problems[0]!.message).toBe('extends: extends cycle: .github/patchwarden.yml -> .github/patchwarden.yml');
  });

  it('refuses a symbolic link that leads out of the repository', () => {
    withRepo({ '.github/patchwarden.yml': `${HEAD}extends: ./shared.yml\n` }, (root) => {
      const outside = join(root, '..', `pw-outside-${process.pid}.yml`);
      writeFileSync(outside, `apiVersion: patchwarden/v1\nkind: PatchPolicy\nmetadata: { name: x, version: 1.0.0 }\n`);
      try {
        symlinkSync(outside, join(root, '.github', 'shared.yml'));
        const r = loadPolicy({ root });
        expect(r.problems[0]).toMatchObject({ line: 6, message: "extends: './shared.yml' leads outside the repository through a symbolic link" });
      } finally {
        rmSync(outside, { force: true });
      }
    });
  });

  it('reports an error in an extended file at that file and line', () => {
    const r = loadText(`${HEAD}extends: ./org.yml\n`, {
      '.github/org.yml': `apiVersion: patchwarden/v1\nkind: PatchPolicy\nmetadata: { name: org, version: 1.0.0 }\ndeadlines:\n  high: a month\n`,
    });
    expect(r.problems[0]).toMatchObject({ file: '.github/org.yml', line: 5, message: "deadlines.high: expected a duration like 30d, got 'a month'" });
  });
});

describe('identity and digest', () => {
  it('the digest ignores formatting and comments but not values', () => {
    const a = loadText(`${HEAD}deadlines: { high: 30d, critical: 7d }\n`).policy!;
    const b = loadText(`# comment\n${HEAD}deadlines:\n  critical: 7d   # one week\n  high: 30d\n`).policy!;
    const c = loadText(`${HEAD}deadlines: { high: 31d, critical: 7d }\n`).policy!;
    expect(a.identity.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(a.identity.digest).toBe(b.identity.digest);
    expect(c.identity.digest).not.toBe(a.identity.digest);
  });

  it('warns when the cooldown is as long as the shortest deadline', () => {
    const r = loadText(`${HEAD}cooldown: 7d\n`);
    expect(r.policy).toBeDefined();
    expect(r.problems.map((p) => [p.level, p.message])).toEqual([
      ['warning', 'cooldown 7d is as long as the shortest deadline (7d): fixes will be overdue before they are recommended'],
    ]);
  });
});
