import { readFileSync } from 'node:fs';
import { describe, expect, it, beforeAll } from 'vitest';
import { evaluate } from './index.js';
import { loadPolicy } from './policy/load.js';
import type { ResolvedPolicy } from './policy/types.js';
import { loadKev } from '../enrich/kev.js';
import type { KevCatalog } from '../enrich/kev.js';
import { normaliseOsv } from '../advise/osv.js';
import { readZipText } from '../advise/zip.js';
import type { Advisory, Match } from '../model/types.js';
import { trimmed } from '../../test/helpers/corpus.js';
import { fromRecord, match } from './__fixtures__/build.js';
import { withPolicy } from './policy/__fixtures__/tmp.js';
import type { Finding } from './types.js';

// Hand-worked deadlines per built-in profile, on real advisories (test/corpus/) and the real
// KEV catalogue (catalogVersion 2026.08.21). Each expected date is worked out in the comment
// beside it.

const GHSA = 'osv/github-reviewed-sample/advisories/github-reviewed';

function record(path: string): Advisory {
  const r = normaliseOsv(JSON.parse(readFileSync(trimmed(GHSA, path), 'utf8')), 'test');
  if (!r.advisory) throw new Error(r.skip);
  return r.advisory;
}

function policy(name: string): ResolvedPolicy {
  const r = loadPolicy({ spec: `builtin:${name}@1`, root: '/nonexistent-root' });
  if (!r.policy) throw new Error(JSON.stringify(r.problems));
  return r.policy;
}

let kev: KevCatalog;
let log4j: Match; // GHSA-jfh8-c2jp-5v3q, CVE-2021-44228, critical, published 2021-12-10; KEV added 2021-12-10, due 2021-12-24
let spring: Match; // GHSA-36p3-wjmg-h94x, CVE-2022-22965, critical, published 2022-03-31; KEV added 2022-04-04, due 2022-04-25
let minimist: Match; // GHSA-xvch-5gv4-984h, CVE-2021-44906, critical, AV:N/AC:L/PR:N/UI:N C:H/I:H, published 2022-03-18
let ws: Match; // GHSA-3h5v-q93c-6h6q, CVE-2024-37890, high, AV:N/AC:L/PR:N/UI:N C:N/I:N/A:H, published 2024-06-17
let lodash: Match; // GHSA-35jh-r3h4-6jhm, CVE-2021-23337, high, PR:H (not automatable), C:H/I:H, published 2021-05-06
let axios: Match; // GHSA-8hc4-vh64-cxmj, CVE-2024-39338, HIGH label and no vector, published 2024-08-12

function run(p: ResolvedPolicy, m: Match, now: string, k: KevCatalog | undefined = kev): Finding {
  return evaluate({ matches: [m], policy: p, now: new Date(now), ...(k ? { kev: k } : {}) }).findings[0]!;
}

beforeAll(async () => {
  const loaded = await loadKev(trimmed('kev', 'known_exploited_vulnerabilities.json'));
  kev = loaded.catalog;
  log4j = fromRecord(record('2021/12/GHSA-jfh8-c2jp-5v3q/GHSA-jfh8-c2jp-5v3q.json'), { ecosystem: 'Maven', name: 'org.apache.logging.log4j:log4j-core', version: '2.14.1', fixedVersion: '2.15.0', file: 'pom.xml' });
  spring = fromRecord(record('2022/03/GHSA-36p3-wjmg-h94x/GHSA-36p3-wjmg-h94x.json'), { ecosystem: 'Maven', name: 'org.springframework:spring-beans', version: '5.3.17', fixedVersion: '5.3.18', file: 'pom.xml' });
  minimist = fromRecord(record('2022/03/GHSA-xvch-5gv4-984h/GHSA-xvch-5gv4-984h.json'), { name: 'minimist', version: '1.2.5', fixedVersion: '1.2.6' });
  ws = fromRecord(record('2024/06/GHSA-3h5v-q93c-6h6q/GHSA-3h5v-q93c-6h6q.json'), { name: 'ws', version: '8.17.0', fixedVersion: '8.17.1' });
  lodash = fromRecord(record('2021/05/GHSA-35jh-r3h4-6jhm/GHSA-35jh-r3h4-6jhm.json'), { name: 'lodash', version: '4.17.20', fixedVersion: '4.17.21' });
  axios = fromRecord(record('2024/08/GHSA-8hc4-vh64-cxmj/GHSA-8hc4-vh64-cxmj.json'), { name: 'axios', version: '1.7.3', fixedVersion: '1.7.4' });
});

describe('the real KEV catalogue', () => {
  it('has log4j and Spring4Shell with their real dates', () => {
    expect(kev.get('CVE-2021-44228')).toEqual({ dateAdded: '2021-12-10', dueDate: '2021-12-24', knownRansomwareCampaignUse: 'Known' });
    expect(kev.get('CVE-2022-22965')).toMatchObject({ dateAdded: '2022-04-04', dueDate: '2022-04-25' });
  });
});

describe('builtin:baseline@1', () => {
  it('log4j: KEV raises nothing (already critical); the earlier of 7 days (2021-12-17) and the KEV date (2021-12-24)', () => {
    expect(run(policy('baseline'), log4j, '2021-12-16T00:00:00Z')).toMatchObject({ severity: 'critical', severitySource: 'label', deadline: '2021-12-17', rule: 'deadlines.critical', status: 'due-soon', daysLeft: 1 });
  });
  it('Spring4Shell: published 2022-03-31 + 7 days = 2022-04-07, before the KEV date 2022-04-25', () => {
    expect(run(policy('baseline'), spring, '2022-04-01T00:00:00Z')).toMatchObject({ deadline: '2022-04-07', kev: { dueDate: '2022-04-25' } });
  });
  it('ws: high, 2024-06-17 + 30 days = 2024-07-17', () => {
    expect(run(policy('baseline'), ws, '2024-07-01T00:00:00Z')).toMatchObject({ severity: 'high', deadline: '2024-07-17', status: 'within', daysLeft: 16 });
  });
});

describe('builtin:cisa-bod-26-04@1', () => {
  const bod = (): ResolvedPolicy => policy('cisa-bod-26-04');

  it('a KEV entry listed under the directive takes the catalogue due date: CVE-2026-73570 added 2026-08-21, due 2026-08-24', () => {
    expect(kev.get('CVE-2026-73570')).toMatchObject({ dateAdded: '2026-08-21', dueDate: '2026-08-24' });
    const zimbra = match({ id: 'CVE-2026-73570', aliases: [], published: '2026-08-20T00:00:00Z', severity: 'high', ecosystem: 'image', name: 'zimbra/zcs', version: '10.1.0', fixedVersion: '10.1.1', layer: 'runtime' });
    // The window 2026-08-20 -> 2026-08-24 is 4 days; 25% of it is 1 day: only the deadline day is due soon.
    expect(run(bod(), zimbra, '2026-08-23T00:00:00Z')).toMatchObject({ deadline: '2026-08-24', rule: 'rules[kev]', severity: 'critical', severitySource: 'kev', baseSeverity: 'high', status: 'within', daysLeft: 1 });
    expect(run(bod(), zimbra, '2026-08-24T00:00:00Z')).toMatchObject({ status: 'due-soon', daysLeft: 0 });
    expect(run(bod(), zimbra, '2026-08-25T00:00:00Z')).toMatchObject({ status: 'overdue', daysLeft: -1 });
  });

  it('log4j takes its catalogue date 2021-12-24 (14 days after listing)', () => {
    expect(run(bod(), log4j, '2021-12-20T00:00:00Z')).toMatchObject({ deadline: '2021-12-24', rule: 'rules[kev]', status: 'within', daysLeft: 4 });
  });

  it('not in KEV, exposed, automatable, total impact (minimist): 3 days, 2022-03-18 -> 2022-03-21', () => {
    expect(run(bod(), minimist, '2022-03-20T00:00:00Z')).toMatchObject({ deadline: '2022-03-21', rule: 'rules[exposed-automatable-total]', severity: 'critical' });
  });

  it('exposed, automatable, partial impact (ws, availability only): 14 days, 2024-06-17 -> 2024-07-01', () => {
    expect(run(bod(), ws, '2024-06-20T00:00:00Z')).toMatchObject({ deadline: '2024-07-01', rule: 'rules[exposed-automatable-partial]', severity: 'high' });
  });

  it('exposed, not automatable (privileges required), total (lodash): 14 days, 2021-05-06 -> 2021-05-20', () => {
    expect(run(bod(), lodash, '2021-05-07T00:00:00Z')).toMatchObject({ deadline: '2021-05-20', rule: 'rules[exposed-not-automatable-total]' });
  });

  it('no CVSS vector (axios, label only): assumed automatable and total, 3 days, 2024-08-12 -> 2024-08-15', () => {
    expect(run(bod(), axios, '2024-08-13T00:00:00Z')).toMatchObject({ deadline: '2024-08-15', rule: 'rules[exposed-automatable-total]' });
  });

  it('exposure is per path: internal paths get 60 days, or no deadline when not automatable', () => {
    const text = `apiVersion: patchwarden/v1
kind: PatchPolicy
metadata: { name: agency, version: 1.0.0 }
extends: builtin:cisa-bod-26-04@1
scopes:
  - name: back-office
    paths: ['internal/**']
    exposure: internal
`;
    withPolicy(text, (p) => {
      const inside = { ...minimist, component: { ...minimist.component, locations: [{ file: 'internal/tools/package-lock.json', line: 40 }] } };
      // 2022-03-18 + 60 days = 2022-05-17
      expect(run(p, inside, '2022-03-20T00:00:00Z')).toMatchObject({ deadline: '2022-05-17', rule: 'rules[internal-automatable]', scopes: ['back-office'] });
      const lod = { ...lodash, component: { ...lodash.component, locations: [{ file: 'internal/package-lock.json', line: 9 }] } };
      expect(run(p, lod, '2030-01-01T00:00:00Z')).toMatchObject({ deadline: null, daysLeft: null, status: 'within', rule: 'rules[internal-not-automatable]' });
      // Outside the scope the default (public) applies.
      expect(run(p, minimist, '2022-03-20T00:00:00Z')).toMatchObject({ deadline: '2022-03-21' });
    });
  });
});

describe('builtin:cisa-bod-22-01@1 (superseded)', () => {
  it('loads with a warning naming its successor', () => {
    const r = loadPolicy({ spec: 'builtin:cisa-bod-22-01@1', root: '/nonexistent-root' });
    expect(r.problems).toEqual([{ level: 'warning', origin: 'policy', file: 'builtin:cisa-bod-22-01@1', message: 'builtin:cisa-bod-22-01@1 is superseded by builtin:cisa-bod-26-04@1' }]);
  });
  it('KEV: the catalogue date; anything else: no deadline', () => {
    expect(run(policy('cisa-bod-22-01'), spring, '2022-04-26T00:00:00Z')).toMatchObject({ deadline: '2022-04-25', rule: 'kev.deadline', status: 'overdue', daysLeft: -1 });
    expect(run(policy('cisa-bod-22-01'), ws, '2030-01-01T00:00:00Z')).toMatchObject({ deadline: null, status: 'within', rule: 'deadlines.high' });
  });
});

describe('builtin:fedramp-rev5@1', () => {
  it('critical and high 30 days, moderate 90, low 180', () => {
    const p = policy('fedramp-rev5');
    // 2022-03-18 + 30 = 2022-04-17
    expect(run(p, minimist, '2022-04-01T00:00:00Z', new Map())).toMatchObject({ deadline: '2022-04-17', rule: 'deadlines.critical' });
    // 2024-06-17 + 30 = 2024-07-17
    expect(run(p, ws, '2024-07-01T00:00:00Z')).toMatchObject({ deadline: '2024-07-17', rule: 'deadlines.high' });
    // 2024-06-17 + 90 = 2024-09-15; + 180 = 2024-12-14
    expect(run(p, match({ severity: 'medium' }), '2024-07-01T00:00:00Z')).toMatchObject({ deadline: '2024-09-15' });
    expect(run(p, match({ severity: 'low' }), '2024-07-01T00:00:00Z')).toMatchObject({ deadline: '2024-12-14' });
  });
  it('a KEV due date overrides the severity window, earlier (Spring4Shell) or later', () => {
    const p = policy('fedramp-rev5');
    // 2022-03-31 + 30 = 2022-04-30, but the catalogue says 2022-04-25.
    expect(run(p, spring, '2022-04-20T00:00:00Z')).toMatchObject({ deadline: '2022-04-25', rule: 'rules[kev]' });
    // A CVE from the catalogue's first day (CVE-2018-4939, added 2021-11-03, due 2022-05-03 under
    // BOD 22-01's six months for pre-2021 CVEs), on a made-up component published 2021-11-01.
    const old = match({ id: 'CVE-2018-4939', aliases: [], published: '2021-11-01T00:00:00Z', severity: 'critical', ecosystem: 'image', name: 'adobe/coldfusion', version: '2018.0.0', fixedVersion: '2018.0.1', layer: 'runtime' });
    expect(run(p, old, '2022-01-01T00:00:00Z')).toMatchObject({ deadline: '2022-05-03', rule: 'rules[kev]', status: 'within' });
  });
});

describe('builtin:pci-dss-4@1', () => {
  it('critical and high within one calendar month of the fix release; others three months', () => {
    const p = policy('pci-dss-4');
    // Fix released 2024-01-31: one month later is 2024-02-29 (a leap year, clamped).
    const m = match({ severity: 'high', published: '2024-01-30T00:00:00Z', fixReleased: '2024-01-31T12:00:00Z' });
    expect(run(p, m, '2024-02-01T00:00:00Z')).toMatchObject({ clockStart: '2024-01-31', clockBasis: 'fix-release', deadline: '2024-02-29', rule: 'deadlines.high' });
    expect(run(p, { ...m, advisory: { ...m.advisory, severity: { label: 'critical', source: 'label' } } }, '2024-02-01T00:00:00Z')).toMatchObject({ deadline: '2024-02-29' });
    // 2024-06-17 + 3 months = 2024-09-17
    expect(run(p, match({ severity: 'medium' }), '2024-07-01T00:00:00Z')).toMatchObject({ deadline: '2024-09-17', rule: 'deadlines.medium' });
  });
});

describe('builtin:cyber-essentials@1', () => {
  it('14 days for critical, high and unrated; medium and low have no deadline', () => {
    const p = policy('cyber-essentials');
    expect(run(p, ws, '2024-06-18T00:00:00Z')).toMatchObject({ deadline: '2024-07-01' });
    expect(run(p, match({ severity: null }), '2024-06-18T00:00:00Z')).toMatchObject({ severity: 'high', severitySource: 'unknown', deadline: '2024-07-01' });
    expect(run(p, match({ severity: 'medium' }), '2030-06-18T00:00:00Z')).toMatchObject({ deadline: null, status: 'within', rule: 'deadlines.medium' });
  });
});

describe('builtin:essential-eight-ml1@1', () => {
  it('48 hours when critical or exploited (KEV), two weeks otherwise', () => {
    const p = policy('essential-eight-ml1');
    // 2022-03-18 + 2 days = 2022-03-20
    expect(run(p, minimist, '2022-03-19T00:00:00Z')).toMatchObject({ deadline: '2022-03-20', rule: 'deadlines.critical' });
    // ws: high, 2024-06-17 + 14 days = 2024-07-01
    expect(run(p, ws, '2024-06-18T00:00:00Z')).toMatchObject({ deadline: '2024-07-01', rule: 'deadlines.high' });
    // ws as if it were in KEV: 48 hours from publication, 2024-06-19.
    const exploited: KevCatalog = new Map([['CVE-2024-37890', { dateAdded: '2024-06-18', dueDate: '2024-07-09' }]]);
    expect(run(p, ws, '2024-06-18T00:00:00Z', exploited)).toMatchObject({ severity: 'critical', severitySource: 'kev', deadline: '2024-06-19' });
  });
});

describe('builtin:defectdojo-defaults@1', () => {
  it('7 / 30 / 90 / 120 days', () => {
    const p = policy('defectdojo-defaults');
    // 2024-06-17 + 120 = 2024-10-15
    expect(run(p, match({ severity: 'low' }), '2024-07-01T00:00:00Z')).toMatchObject({ deadline: '2024-10-15', rule: 'deadlines.low' });
    expect(run(p, match({ severity: 'critical' }), '2024-07-01T00:00:00Z')).toMatchObject({ deadline: '2024-06-24', status: 'overdue' });
  });
});

describe("Go's vulndb (real record, dates 0001-01-01)", () => {
  it('GO-2024-2687 has no real date: unknown-clock under baseline, never within', async () => {
    let raw: unknown;
    await readZipText(trimmed('osv', 'Go', 'all.zip'), (n) => n === 'GO-2024-2687.json', (e) => {
      raw = JSON.parse(e.text);
    });
    const adv = normaliseOsv(raw, 'test').advisory!;
    expect(adv.published).toBeUndefined();
    const m = fromRecord(adv, { ecosystem: 'Go', name: 'golang.org/x/net', version: '0.22.0', fixedVersion: '0.23.0', file: 'go.mod' });
    expect(run(policy('baseline'), m, '2026-11-24T00:00:00Z')).toMatchObject({ severity: 'medium', severitySource: 'unknown', clockStart: null, clockBasis: 'unknown', deadline: null, status: 'unknown-clock', rule: 'unknownClock' });
  });
});
