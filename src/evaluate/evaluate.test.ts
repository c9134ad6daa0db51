import { describe, expect, it } from 'vitest';
import { evaluate } from './index.js';
import { loadPolicy } from './policy/load.js';
import type { ResolvedPolicy } from './policy/types.js';
import type { KevCatalog } from '../enrich/kev.js';
import type { EpssScores } from '../enrich/epss.js';
import { match } from './__fixtures__/build.js';
import { withPolicy } from './policy/__fixtures__/tmp.js';

function builtin(name: string): ResolvedPolicy {
  const r = loadPolicy({ spec: `builtin:${name}`, root: '/nonexistent-root' });
  if (!r.policy) throw new Error(JSON.stringify(r.problems));
  return r.policy;
}

const baseline = builtin('baseline@1');
/** The identity lines every test policy starts with. */
const HEAD = `apiVersion: patchwarden/v1
kind: PatchPolicy
metadata: { name: chat, version: 1.0.0 }
`;
const at = (iso: string): Date => new Date(iso);

describe('evaluate with builtin:baseline@1', () => {
  it('ws 8.17.0 / GHSA-3h5v-q93c-6h6q: high, 30 days from 2024-06-17, overdue by 2026-11-24', () => {
    const { findings } = evaluate({ matches: [match()], policy: baseline, now: at('2026-11-24T12:00:00Z') });
    expect(findings).toHaveLength(1);
    const f = findings[0]!;
    expect(f).toMatchObject({
      severity: 'high',
      severitySource: 'label',
      clockStart: '2024-06-17',
      clockBasis: 'published',
      deadline: '2024-07-17',
      status: 'overdue',
      rule: 'deadlines.high',
      fixedVersion: '8.17.1',
    });
    // 2024-07-17 -> 2026-11-24: 14 days of July, then Aug 2024..Oct 2026 (822 days), then 24.
    expect(f.daysLeft).toBe(-860);
  });

  it('is within on the deadline day itself and overdue the day after', () => {
    const on = evaluate({ matches: [match()], policy: baseline, now: at('2024-07-17T23:59:59Z') }).findings[0]!;
    expect(on).toMatchObject({ status: 'due-soon', daysLeft: 0 });
    const after = evaluate({ matches: [match()], policy: baseline, now: at('2024-07-18T00:00:00Z') }).findings[0]!;
    expect(after).toMatchObject({ status: 'overdue', daysLeft: -1 });
  });

  it('due soon is the last 25% of the window rounded up: 8 of 30 days', () => {
    // deadline 2024-07-17; 8 days before it (daysLeft 8) is still within, daysLeft 7 is due soon.
    expect(evaluate({ matches: [match()], policy: baseline, now: at('2024-07-09T10:00:00Z') }).findings[0]).toMatchObject({ daysLeft: 8, status: 'within' });
    expect(evaluate({ matches: [match()], policy: baseline, now: at('2024-07-10T00:00:00Z') }).findings[0]).toMatchObject({ daysLeft: 7, status: 'due-soon' });
  });

  it('due soon for critical is 2 days (25% of 7 = 1.75, rounded up)', () => {
    const m = match({ severity: 'critical' });
    // deadline 2024-06-24
    expect(evaluate({ matches: [m], policy: baseline, now: at('2024-06-22T00:00:00Z') }).findings[0]).toMatchObject({ deadline: '2024-06-24', daysLeft: 2, status: 'within' });
    expect(evaluate({ matches: [m], policy: baseline, now: at('2024-06-23T00:00:00Z') }).findings[0]).toMatchObject({ daysLeft: 1, status: 'due-soon' });
  });

  it('medium 90 days, low 180 days', () => {
    const med = evaluate({ matches: [match({ severity: 'medium' })], policy: baseline, now: at('2024-06-18T00:00:00Z') }).findings[0]!;
    expect(med).toMatchObject({ deadline: '2024-09-15', rule: 'deadlines.medium', status: 'within', daysLeft: 89 });
    const low = evaluate({ matches: [match({ severity: 'low' })], policy: baseline, now: at('2024-06-18T00:00:00Z') }).findings[0]!;
    expect(low).toMatchObject({ deadline: '2024-12-14', rule: 'deadlines.low' });
  });

  it('starts the clock at the fix release when it is later than the publication', () => {
    const f = evaluate({ matches: [match({ fixReleased: '2024-06-20T08:00:00Z' })], policy: baseline, now: at('2024-06-21T00:00:00Z') }).findings[0]!;
    expect(f).toMatchObject({ clockStart: '2024-06-20', clockBasis: 'fix-release', deadline: '2024-07-20' });
    const earlier = evaluate({ matches: [match({ fixReleased: '2024-06-16T08:00:00Z' })], policy: baseline, now: at('2024-06-21T00:00:00Z') }).findings[0]!;
    expect(earlier).toMatchObject({ clockStart: '2024-06-17', clockBasis: 'published' });
  });

  it("reads a date-time's offset: 2024-06-17T23:30:00-02:00 is 2024-06-18 in UTC", () => {
    const f = evaluate({ matches: [match({ published: '2024-06-17T23:30:00-02:00' })], policy: baseline, now: at('2024-06-18T00:00:00Z') }).findings[0]!;
    expect(f.clockStart).toBe('2024-06-18');
  });

  it("Go's 0001-01-01 is no date: the clock falls back to modified, else the status is unknown-clock, never within", () => {
    const go = { id: 'GO-2024-2687', aliases: ['CVE-2023-45288'], severity: null, ecosystem: 'Go', name: 'golang.org/x/net', version: '0.22.0', fixedVersion: '0.23.0' } as const;
    const none = evaluate({ matches: [match({ ...go, published: '0001-01-01T00:00:00Z', modified: '0001-01-01T00:00:00Z' })], policy: baseline, now: at('2026-11-24T00:00:00Z') }).findings[0]!;
    expect(none).toMatchObject({ severity: 'medium', severitySource: 'unknown', clockStart: null, clockBasis: 'unknown', deadline: null, daysLeft: null, status: 'unknown-clock', rule: 'unknownClock' });
    const mod = evaluate({ matches: [match({ ...go, published: '0001-01-01T00:00:00Z', modified: '2024-04-04T21:30:32Z' })], policy: baseline, now: at('2026-11-24T00:00:00Z') }).findings[0]!;
    expect(mod).toMatchObject({ clockStart: '2024-04-04', clockBasis: 'unknown', clockFallback: 'modified', deadline: '2024-07-03', status: 'overdue' });
    // With a known fix release the clock is that release, whatever the record's dates say.
    const rel = evaluate({ matches: [match({ ...go, published: '0001-01-01T00:00:00Z', fixReleased: '2024-04-03T18:05:00Z' })], policy: baseline, now: at('2024-04-10T00:00:00Z') }).findings[0]!;
    expect(rel).toMatchObject({ clockStart: '2024-04-03', clockBasis: 'fix-release', deadline: '2024-07-02', status: 'within' });
  });

  it('no fix: status no-fix, never overdue, no deadline', () => {
    const f = evaluate({ matches: [match({ fixedVersion: null })], policy: baseline, now: at('2030-01-01T00:00:00Z') }).findings[0]!;
    expect(f).toMatchObject({ status: 'no-fix', deadline: null, daysLeft: null, rule: 'no-fix', clockStart: '2024-06-17' });
  });

  it('KEV: log4j CVE-2021-44228 is critical and due by the earlier of 7 days and the catalogue date', () => {
    const kev: KevCatalog = new Map([['CVE-2021-44228', { dateAdded: '2021-12-10', dueDate: '2021-12-24', knownRansomwareCampaignUse: 'Known' }]]);
    const m = match({ id: 'GHSA-jfh8-c2jp-5v3q', aliases: ['CVE-2021-44228'], published: '2021-12-10T00:40:56Z', severity: 'high', ecosystem: 'Maven', name: 'org.apache.logging.log4j:log4j-core', version: '2.14.1', fixedVersion: '2.15.0' });
    const f = evaluate({ matches: [m], policy: baseline, now: at('2021-12-15T00:00:00Z'), kev }).findings[0]!;
    expect(f).toMatchObject({ severity: 'critical', severitySource: 'kev', baseSeverity: 'high', deadline: '2021-12-17', rule: 'deadlines.critical', kev: { dateAdded: '2021-12-10', dueDate: '2021-12-24' } });
  });

  it('EPSS at or above 0.1 raises a low finding to high', () => {
    const epss: EpssScores = new Map([['CVE-2024-37890', { score: 0.1, percentile: 0.9 }]]);
    const f = evaluate({ matches: [match({ severity: 'low' })], policy: baseline, now: at('2024-06-18T00:00:00Z'), epss }).findings[0]!;
    expect(f).toMatchObject({ severity: 'high', severitySource: 'epss', baseSeverity: 'low', deadline: '2024-07-17', epss: { score: 0.1, percentile: 0.9 } });
    const below = evaluate({ matches: [match({ severity: 'low' })], policy: baseline, now: at('2024-06-18T00:00:00Z'), epss: new Map([['CVE-2024-37890', { score: 0.0999 }]]) }).findings[0]!;
    expect(below).toMatchObject({ severity: 'low', severitySource: 'label' });
  });

  it('runtime findings take severity and deadline from runtime', () => {
    const lag = match({ kind: 'patch-lag', id: 'patch-lag:nginx:1.27.1', severity: null, published: '2024-08-14', fixReleased: '2024-08-14T00:00:00Z', ecosystem: 'image', name: 'nginx', version: '1.27.0', fixedVersion: '1.27.1', layer: 'runtime' });
    const f = evaluate({ matches: [lag], policy: baseline, now: at('2024-09-20T00:00:00Z') }).findings[0]!;
    expect(f).toMatchObject({ severity: 'medium', severitySource: 'policy', deadline: '2024-09-13', rule: 'runtime.patchLag.deadline', status: 'overdue' });
    const eol = match({ kind: 'end-of-life', id: 'end-of-life:postgresql:12', severity: null, published: '2024-11-21', ecosystem: 'image', name: 'postgres', version: '12.20', fixedVersion: '17', layer: 'runtime' });
    // Due on the end-of-life day, due soon from 90 days before it.
    expect(evaluate({ matches: [eol], policy: baseline, now: at('2024-08-23T00:00:00Z') }).findings[0]).toMatchObject({ severity: 'high', deadline: '2024-11-21', daysLeft: 90, status: 'within' });
    expect(evaluate({ matches: [eol], policy: baseline, now: at('2024-08-24T00:00:00Z') }).findings[0]).toMatchObject({ daysLeft: 89, status: 'due-soon' });
    expect(evaluate({ matches: [eol], policy: baseline, now: at('2024-11-22T00:00:00Z') }).findings[0]).toMatchObject({ status: 'overdue' });
    const unpinned = match({ kind: 'unpinned', id: 'unpinned:redis', severity: null, ecosystem: 'image', name: 'redis', version: 'latest', fixedVersion: null, layer: 'runtime' });
    expect(evaluate({ matches: [unpinned], policy: baseline, now: at('2024-08-24T00:00:00Z') }).findings[0]).toMatchObject({ severity: 'low', status: 'no-fix' });
  });

  it('sorts overdue first, then by deadline, then package', () => {
    const ms = [
      match({ name: 'b', severity: 'low' }),
      match({ name: 'z', severity: 'critical' }),
      match({ name: 'a', severity: 'critical' }),
      match({ name: 'c', fixedVersion: null }),
      match({ name: 'd', severity: 'high' }),
    ];
    const { findings } = evaluate({ matches: ms, policy: baseline, now: at('2024-07-01T00:00:00Z') });
    expect(findings.map((f) => `${f.component.name}:${f.status}`)).toEqual(['a:overdue', 'z:overdue', 'd:within', 'b:within', 'c:no-fix']);
  });

  it('is pure: the same input gives the same output, and the input is not changed', () => {
    const ms = [match(), match({ severity: 'critical', name: 'x' })];
    const before = JSON.stringify(ms);
    const a = evaluate({ matches: ms, policy: baseline, now: at('2024-07-01T00:00:00Z') });
    const b = evaluate({ matches: ms, policy: baseline, now: at('2024-07-01T00:00:00Z') });
    expect(a).toEqual(b);
    expect(JSON.stringify(ms)).toBe(before);
  });

  it('does not depend on the local time zone', () => {
    // Node applies a change of process.env.TZ at once; each zone below puts the instants on a
    // different local calendar day than UTC.
    const saved = process.env.TZ;
    const run = (): unknown => {
      const f = evaluate({ matches: [match()], policy: baseline, now: at('2024-07-17T23:30:00Z') }).findings[0]!;
      const g = evaluate({ matches: [match({ published: '2024-06-17T00:30:00+01:00' })], policy: baseline, now: at('2024-07-16T23:30:00Z') }).findings[0]!;
      return [f.deadline, f.daysLeft, f.status, g.clockStart, g.deadline, g.daysLeft, g.status];
    };
    try {
      const results = ['UTC', 'Pacific/Kiritimati', 'America/Adak', 'Asia/Kolkata'].map((tz) => {
        process.env.TZ = tz;
        return { offset: new Date('2024-07-01T00:00:00Z').getTimezoneOffset(), result: run() };
      });
      expect(new Set(results.map((r) => r.offset)).size).toBe(4);
      for (const r of results) expect(r.result).toEqual(['2024-07-17', 0, 'due-soon', '2024-06-16', '2024-07-16', 0, 'due-soon']);
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });
});

describe('exceptions', () => {
  const yaml = `${HEAD}extends: builtin:baseline@1
exceptionLimits:
  critical: 30d
exceptions:
  - advisory: CVE-2024-37890
    package: pkg:npm/ws
    reason: ws is only reachable from the internal admin network
    approvedBy: security@example.org
    expires: 2024-12-31
  - advisory: GHSA-xxxx-xxxx-xxxx
    reason: old
    approvedBy: someone
    expires: 2024-01-31
  - package: npm/left-pad
    reason: never matched
    approvedBy: someone
    expires: 2025-01-31
  - package: pkg:npm/minimist@1.2.5
    paths: [legacy/**]
    reason: legacy tool, removal planned
    approvedBy: someone
    created: 2024-06-01
    expires: 2024-09-30
`;

  it('applies, expires and reports unused exceptions', () => {
    withPolicy(yaml, (policy) => {
      const ms = [
        match(),
        match({ id: 'GHSA-xxxx-xxxx-xxxx', aliases: [], name: 'other' }),
        match({ id: 'GHSA-xvch-5gv4-984h', aliases: ['CVE-2021-44906'], name: 'minimist', version: '1.2.5', severity: 'critical', file: 'legacy/package-lock.json', published: '2022-03-18T00:01:09Z', fixedVersion: '1.2.6' }),
        match({ id: 'GHSA-xvch-5gv4-984h', aliases: ['CVE-2021-44906'], name: 'minimist', version: '1.2.5', severity: 'critical', file: 'service/package-lock.json', published: '2022-03-18T00:01:09Z', fixedVersion: '1.2.6' }),
      ];
      const r = evaluate({ matches: ms, policy, now: at('2024-07-01T00:00:00Z') });
      const ws = r.findings.find((f) => f.component.name === 'ws')!;
      expect(ws).toMatchObject({ status: 'excepted', deadline: '2024-07-17', exception: { index: 0, approvedBy: 'security@example.org', expires: '2024-12-31', source: { file: '.github/patchwarden.yml', line: 8 } } });
      expect(r.findings.find((f) => f.component.name === 'other')!.status).toBe('within');
      // The minimist exception runs 121 days from its creation, over the 30-day cap for criticals.
      expect(r.findings.filter((f) => f.component.name === 'minimist').map((f) => f.status)).toEqual(['overdue', 'overdue']);
      expect(r.exceptions.map((e) => e.state)).toEqual(['applied', 'expired', 'unused', 'unused']);
      expect(r.exceptions[0]!.target).toBe('CVE-2024-37890 in pkg:npm/ws');
      expect(r.problems.map((p) => p.message)).toEqual([
        'exceptions[1] (GHSA-xxxx-xxxx-xxxx) expired on 2024-01-31 and no longer applies',
        'exceptions[3] not applied to critical findings: it runs to 2024-09-30, past the 30d that exceptionLimits.critical allows from 2024-06-01 (2024-07-01)',
      ]);
    });
  });

  it('an exception applies through its expiry day and not after', () => {
    withPolicy(yaml, (policy) => {
      expect(evaluate({ matches: [match()], policy, now: at('2024-12-31T23:59:59Z') }).findings[0]!.status).toBe('excepted');
      const after = evaluate({ matches: [match()], policy, now: at('2025-01-01T00:00:00Z') });
      expect(after.findings[0]!.status).toBe('overdue');
      expect(after.exceptions[0]!.state).toBe('expired');
    });
  });
});

describe('scopes', () => {
  const yaml = `${HEAD}extends: builtin:baseline@1
scopes:
  - name: internet
    paths: ['deploy/edge/**', 'service/**']
    deadlines: { high: 14d }
  - name: dev
    dev: true
    deadlines: { high: 60d, critical: 30d }
    dueSoon: 7d
  - name: images
    layers: [runtime, os]
    runtime:
      patchLag: { deadline: 14d }
  - name: python
    ecosystems: [pypi]
    unknownSeverity: low
  - name: direct-deps
    direct: true
    cooldown: 3d
`;

  it('applies every matching scope in order, later ones winning, and names the rule', () => {
    withPolicy(yaml, (policy) => {
      const now = at('2024-06-18T00:00:00Z');
      // service/** is in the internet scope: 2024-06-17 + 14 = 2024-07-01
      expect(evaluate({ matches: [match()], policy, now }).findings[0]).toMatchObject({ deadline: '2024-07-01', rule: 'scopes[internet].deadlines.high', scopes: ['internet'] });
      // A dev dependency under service/** is in both; dev comes later and wins: 60 days.
      expect(evaluate({ matches: [match({ dev: true })], policy, now }).findings[0]).toMatchObject({ deadline: '2024-08-16', rule: 'scopes[dev].deadlines.high', scopes: ['internet', 'dev'] });
      // Elsewhere the top level applies.
      expect(evaluate({ matches: [match({ file: 'tools/package-lock.json' })], policy, now }).findings[0]).toMatchObject({ deadline: '2024-07-17', rule: 'deadlines.high' });
    });
  });

  it('selects by layer, ecosystem (case-insensitive) and directness', () => {
    withPolicy(yaml, (policy) => {
      const lag = match({ kind: 'patch-lag', severity: null, published: '2024-08-14', layer: 'runtime', ecosystem: 'image', name: 'nginx', version: '1.27.0', fixedVersion: '1.27.1', file: 'deploy/compose.yml' });
      expect(evaluate({ matches: [lag], policy, now: at('2024-08-15T00:00:00Z') }).findings[0]).toMatchObject({ deadline: '2024-08-28', rule: 'scopes[images].runtime.patchLag.deadline' });
      const py = match({ severity: null, ecosystem: 'PyPI', name: 'jinja2', file: 'uv.lock' });
      expect(evaluate({ matches: [py], policy, now: at('2024-06-18T00:00:00Z') }).findings[0]).toMatchObject({ severity: 'low', severitySource: 'unknown', rule: 'deadlines.low' });
      // Directness unknown: not selected by `direct: true`.
      const unknown = evaluate({ matches: [match({ fixReleased: '2024-06-17T00:00:00Z' })], policy, now: at('2024-06-18T00:00:00Z') }).findings[0]!;
      expect(unknown.recommendedVersion).toBeUndefined();
      const direct = evaluate({ matches: [match({ direct: true, fixReleased: '2024-06-17T00:00:00Z' })], policy, now: at('2024-06-18T00:00:00Z') }).findings[0]!;
      expect(direct).toMatchObject({ recommendedVersion: null, cooldownUntil: '2024-06-20', scopes: ['internet', 'direct-deps'] });
    });
  });

  it('an absolute due-soon window counts whole days before the deadline', () => {
    withPolicy(yaml, (policy) => {
      // dev scope: 60 days -> 2024-08-16, due soon for the last 7 days (daysLeft 6..0).
      expect(evaluate({ matches: [match({ dev: true, file: 'x/package-lock.json' })], policy, now: at('2024-08-09T00:00:00Z') }).findings[0]).toMatchObject({ daysLeft: 7, status: 'within' });
      expect(evaluate({ matches: [match({ dev: true, file: 'x/package-lock.json' })], policy, now: at('2024-08-10T00:00:00Z') }).findings[0]).toMatchObject({ daysLeft: 6, status: 'due-soon' });
    });
  });
});

describe('cooldown', () => {
  const yaml = `${HEAD}cooldown: 5d
`;
  it('holds a fix younger than the cooldown back, and recommends it once it has aged', () => {
    withPolicy(yaml, (policy) => {
      const m = match({ fixReleased: '2024-06-18T09:00:00Z' });
      const young = evaluate({ matches: [m], policy, now: at('2024-06-22T23:00:00Z') }).findings[0]!;
      expect(young).toMatchObject({ fixedVersion: '8.17.1', recommendedVersion: null, cooldownUntil: '2024-06-23', clockStart: '2024-06-18', deadline: '2024-07-18' });
      const ripe = evaluate({ matches: [m], policy, now: at('2024-06-23T00:00:00Z') }).findings[0]!;
      expect(ripe.recommendedVersion).toBeUndefined();
      expect(ripe.cooldownUntil).toBeUndefined();
      // Without a release date nothing can be said about the fix's age.
      expect(evaluate({ matches: [match()], policy, now: at('2024-06-18T00:00:00Z') }).findings[0]!.recommendedVersion).toBeUndefined();
    });
  });
});

describe('escalation settings', () => {
  it('EPSS percentile threshold and an EPSS deadline; KEV escalation can be turned off', () => {
    const yaml = `${HEAD}extends: builtin:baseline@1
kev: { severity: none, deadline: none }
epss: { threshold: 0.9, percentile: 0.95, severity: none, deadline: 10d }
`;
    withPolicy(yaml, (policy) => {
      const epss: EpssScores = new Map([['CVE-2024-37890', { score: 0.2, percentile: 0.96 }]]);
      const kev: KevCatalog = new Map([['CVE-2024-37890', { dateAdded: '2024-06-18', dueDate: '2024-06-20' }]]);
      const f = evaluate({ matches: [match()], policy, now: at('2024-06-18T00:00:00Z'), epss, kev }).findings[0]!;
      // severity stays high; the EPSS deadline 2024-06-27 is earlier than 30 days; KEV adds nothing.
      expect(f).toMatchObject({ severity: 'high', severitySource: 'label', deadline: '2024-06-27', rule: 'epss.deadline', kev: { dueDate: '2024-06-20' } });
    });
  });

  it('rules can test ransomware use and severity; the first matching row decides', () => {
    const yaml = `${HEAD}rules:
  - { name: ransomware, when: { ransomware: true }, deadline: 1d, severity: critical }
  - { name: severe, when: { severity: [critical, high] }, deadline: 10d }
`;
    withPolicy(yaml, (policy) => {
      const now = at('2024-06-18T00:00:00Z');
      const known: KevCatalog = new Map([['CVE-2024-37890', { dateAdded: '2024-06-18', dueDate: '2024-07-09', knownRansomwareCampaignUse: 'Known' }]]);
      expect(evaluate({ matches: [match()], policy, now, kev: known }).findings[0]).toMatchObject({ deadline: '2024-06-18', rule: 'rules[ransomware]', severity: 'critical', severitySource: 'policy' });
      expect(evaluate({ matches: [match()], policy, now }).findings[0]).toMatchObject({ deadline: '2024-06-27', rule: 'rules[severe]' });
      // No row matches a medium finding: the severity deadline applies.
      expect(evaluate({ matches: [match({ severity: 'medium' })], policy, now }).findings[0]).toMatchObject({ deadline: '2024-09-15', rule: 'deadlines.medium' });
    });
  });
});

describe('exception targets', () => {
  const policyWith = (target: string): string => `${HEAD}exceptions:
  - ${target}
    reason: r
    approvedBy: a
    expires: 2030-01-01
`;
  const cases: [string, string, Parameters<typeof match>[0], boolean][] = [
    ['a purl names every version', 'package: pkg:npm/ws', {}, true],
    ['a purl with a version names that version', 'package: pkg:npm/ws@8.17.0', {}, true],
    ['a purl with another version', 'package: pkg:npm/ws@8.16.0', {}, false],
    ['a scoped npm purl, written with @', "package: 'pkg:npm/@types/node'", { name: '@types/node', version: '20.1.0' }, true],
    ['ecosystem/name, PEP 503 normalised', 'package: PyPI/Jinja_2', { ecosystem: 'PyPI', name: 'jinja-2' }, true],
    ['an alias of the advisory', 'advisory: cve-2024-37890', {}, true],
    ['another advisory', 'advisory: CVE-2024-0001', {}, false],
    ['advisory and paths, inside', "advisory: CVE-2024-37890\n    paths: ['service/**']", {}, true],
    ['advisory and paths, outside', "advisory: CVE-2024-37890\n    paths: ['deploy/**']", {}, false],
  ];
  it.each(cases)('%s', (_n, target, init, applies) => {
    withPolicy(policyWith(target), (policy) => {
      const r = evaluate({ matches: [match(init)], policy, now: at('2024-06-18T00:00:00Z') });
      expect(r.findings[0]!.status === 'excepted').toBe(applies);
      expect(r.exceptions[0]!.state).toBe(applies ? 'applied' : 'unused');
    });
  });
});

describe('what findings share', () => {
  it('one component view per component, one advisory view per record and aliases, the same text as separate copies', () => {
    // ws 8.17.0 with two advisories, and a second component matched by the first advisory's record.
    const first = match();
    const second = match({ id: 'GHSA-xxxx-second', published: '2024-06-17T08:00:00Z' });
    second.component = first.component;
    const other = match({ version: '8.16.0', line: 140 });
    other.advisory = first.advisory;
    other.aliases = first.aliases;
    // The same record with other aliases (a runtime match's, say) is a view of its own.
    const renamed = match({ version: '8.15.0', line: 160 });
    renamed.advisory = first.advisory;
    const { findings } = evaluate({ matches: [first, second, other, renamed], policy: baseline, now: at('2026-11-24T12:00:00Z') });
    const of = (version: string, id: string) => findings.find((f) => f.component.version === version && f.advisory.id === id)!;
    const [a, b, c, d] = [of('8.17.0', 'GHSA-3h5v-q93c-6h6q'), of('8.17.0', 'GHSA-xxxx-second'), of('8.16.0', 'GHSA-3h5v-q93c-6h6q'), of('8.15.0', 'GHSA-3h5v-q93c-6h6q')];
    expect(b.component).toBe(a.component);
    expect(c.component).not.toBe(a.component);
    expect(c.advisory).toBe(a.advisory);
    expect(d.advisory).not.toBe(a.advisory);
    expect(d.advisory.aliases).toBe(renamed.aliases);
    expect(b.clockStart).toBe(a.clockStart);
    expect(a.advisory).toEqual({ id: 'GHSA-3h5v-q93c-6h6q', aliases: ['CVE-2024-37890'], summary: 'test advisory', published: '2024-06-17T19:09:10Z', url: 'https://osv.dev/vulnerability/GHSA-3h5v-q93c-6h6q' });
    expect(c.component).toEqual({ ecosystem: 'npm', name: 'ws', version: '8.16.0', purl: 'pkg:npm/ws@8.16.0', layer: 'library' });
  });
});
