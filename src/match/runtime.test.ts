import semver from 'semver';
import { beforeAll, describe, expect, it } from 'vitest';
import { trimmed } from '../../test/helpers/corpus.js';
import type { Component, Match } from '../model/types.js';
import { imageComponent } from '../extract/images/component.js';
import { emptyRuntimeData, loadRuntimeData } from '../advise/runtime/index.js';
import type { RuntimeData } from '../advise/runtime/index.js';
import { matchRuntime } from './runtime.js';

// Runtime matching against the real endoflife.date data of the shared corpus (release-data @
// f626bdef8bf9, endoflife.date @ a70eca337600) and the Node.js security WG records. Every
// expected date below was read by hand from those files; they are quoted where they are used.

const NOW = new Date('2026-11-24T12:00:00Z');

function image(reference: string): Component {
  const r = imageComponent(reference, 'deploy/app.yaml', 7, 'test');
  if (!r.component) throw new Error(r.problem.message);
  return r.component;
}

const only = (matches: Match[], kind: Match['kind']): Match[] => matches.filter((m) => m.kind === kind);
const DAY = 86_400_000;
const daysBetween = (from: string, to: Date): number => Math.floor((to.getTime() - Date.parse(`${from}T00:00:00Z`)) / DAY);

let data: RuntimeData;
beforeAll(async () => {
  const loaded = await loadRuntimeData(trimmed('endoflife'), { nodejsSecurityWg: trimmed('advisories-native', 'nodejs-security-wg', 'vuln.zip') });
  expect(loaded.problems).toEqual([]);
  data = loaded.data;
});

describe('patch lag', () => {
  it('nginx 1.25.3: behind 1.25.5, late since 1.25.4 came out', () => {
    // release-data nginx.json: 1.25.4 on 2024-02-14, 1.25.5 on 2024-04-16 (the newest 1.25.x).
    const c = image('nginx:1.25.3');
    const [lag] = only(matchRuntime([c], data, NOW).matches, 'patch-lag');
    expect(lag).toMatchObject({
      kind: 'patch-lag',
      component: c,
      ids: ['PW-PATCH-nginx-1.25.3'],
      fixedVersion: '1.25.5',
      fixReleased: '2024-02-14',
    });
    expect(lag!.advisory).toMatchObject({
      id: 'PW-PATCH-nginx-1.25.3',
      published: '2024-02-14',
      url: 'https://endoflife.date/nginx',
      summary: 'nginx 1.25.3 is behind 1.25.5 (released 2024-04-16); the first newer release, 1.25.4, came out 2024-02-14',
    });
    // The newest patch of the same cycle; nginx.md: 1.25 eol 2024-05-29.
    expect(lag!.upgrade).toEqual({ step: { version: '1.25.5', cycle: '1.25', eol: '2024-05-29' } });
    // By hand: 2024-02-14 → 2025-02-14 is 366 days (29 February 2024), → 2026-02-14 365 more,
    // → 2026-11-14 273 more (28+31+30+31+30+31+31+30+31), → 2026-11-24 10 more: 1014 days late.
    expect(daysBetween(lag!.fixReleased!, NOW)).toBe(1014);
  });

  it('counts only releases out by `now`', () => {
    // On 2024-03-01 only 1.25.4 (2024-02-14) was out: 16 days (15 in February 2024, 1 in March).
    const march = new Date('2024-03-01T00:00:00Z');
    const [lag] = only(matchRuntime([image('nginx:1.25.3')], data, march).matches, 'patch-lag');
    expect(lag).toMatchObject({ fixedVersion: '1.25.4', fixReleased: '2024-02-14' });
    expect(daysBetween('2024-02-14', march)).toBe(16);
    expect(only(matchRuntime([image('nginx:1.25.3')], data, new Date('2024-01-01T00:00:00Z')).matches, 'patch-lag')).toEqual([]);
  });

  it('postgres 11.2: behind 11.22, late since 11.3', () => {
    // release-data postgresql.json: 11.3 on 2019-05-06; 11.22 on 2023-11-06, the last of 11.
    const [lag] = only(matchRuntime([image('postgres:11.2-alpine')], data, NOW).matches, 'patch-lag');
    expect(lag).toMatchObject({ fixedVersion: '11.22', fixReleased: '2019-05-06' });
  });

  it('judges a tag that floats within a minor line by the newest release it would pull', () => {
    // node:20.11 pulls 20.11.1 (2024-02-14); 20.12.0 (2024-03-26) was the first release after it.
    const [lag] = only(matchRuntime([image('node:20.11-alpine')], data, NOW).matches, 'patch-lag');
    expect(lag).toMatchObject({ fixReleased: '2024-03-26' });
    expect(lag!.advisory.summary).toMatch(/^nodejs 20\.11 \(20\.11\.1\) is behind 20\./);
  });

  it('has nothing to say about a tag that floats over the whole cycle, or the newest release', () => {
    const r = matchRuntime([image('postgres:16-alpine'), image('node:14.21.3'), image('redis:7.2.16')], data, NOW);
    expect(only(r.matches, 'patch-lag')).toEqual([]);
  });
});

describe('end of life', () => {
  it('postgres 11: clock starts at the EOL date; the way out is the oldest supported cycle', () => {
    // endoflife.date postgresql.md: 11 eol 2023-11-09; 12 (2024-11-21), 13 (2025-11-13) and 14
    // (2026-11-12) have ended too by 2026-11-24, so 15 is the oldest supported; latest 15.19.
    const r = matchRuntime([image('postgres:11')], data, NOW);
    expect(r.matches.map((m) => m.kind)).toEqual(['end-of-life']);
    const [eol] = r.matches;
    expect(eol).toMatchObject({ ids: ['PW-EOL-postgresql-11'], fixedVersion: '15.19', fixReleased: '2023-11-09' });
    expect(eol!.advisory.published).toBe('2023-11-09');
    // The newest cycle is 18 (eol 2030-11-14), at 18.6.
    expect(eol!.advisory.summary).toBe(
      'postgresql 11 reached end of life on 2023-11-09; the oldest supported release cycle is 15 (15.19, supported until 2027-11-11), the newest 18 (18.6)',
    );
    expect(eol!.upgrade).toEqual({ step: { version: '15.19', cycle: '15', eol: '2027-11-11' }, newest: { version: '18.6', cycle: '18', eol: '2030-11-14' } });
    // By hand: 2023-11-09 → 2026-11-09 is 366+365+365 days (29 February 2024), + 15: 1111.
    expect(daysBetween(eol!.fixReleased!, NOW)).toBe(1111);
  });

  it('a cycle is end of life from its EOL date on, not before', () => {
    // nginx 1.25: eol 2024-05-29.
    expect(only(matchRuntime([image('nginx:1.25')], data, new Date('2024-05-28T23:00:00Z')).matches, 'end-of-life')).toEqual([]);
    expect(only(matchRuntime([image('nginx:1.25')], data, new Date('2024-05-29T00:00:00Z')).matches, 'end-of-life')).toHaveLength(1);
  });

  it('reaches distributions by codename: debian bookworm (12) ended 2026-07-11', () => {
    const [eol] = only(matchRuntime([image('debian:bookworm-slim')], data, NOW).matches, 'end-of-life');
    expect(eol).toMatchObject({ fixReleased: '2026-07-11', fixedVersion: '13.6' });
    expect(eol!.component.layer).toBe('os');
  });

  it('knows Node.js lines by codename, and lets tags coarser than a cycle pass (python:3 moves across cycles)', () => {
    // endoflife.date nodejs.md: 18 (hydrogen) eol 2025-04-30.
    expect(only(matchRuntime([image('node:hydrogen-alpine')], data, NOW).matches, 'end-of-life').map((m) => m.fixReleased)).toEqual(['2025-04-30']);
    expect(matchRuntime([image('python:3-slim'), image('golang:1')], data, NOW)).toEqual({ matches: [], problems: [] });
  });

  it('node 14.21.3 (Rocket.Chat image): end of life since 2023-04-30, and no newer 14.x', () => {
    const r = matchRuntime([image('node:14.21.3-bullseye-slim')], data, NOW);
    expect(only(r.matches, 'end-of-life').map((m) => m.fixReleased)).toEqual(['2023-04-30']);
    expect(only(r.matches, 'patch-lag')).toEqual([]);
  });
});

describe('Node.js vulnerabilities (security WG)', () => {
  it('matches a node image in a vulnerable range and not patched, clock from the first patched release of its line', () => {
    const r = matchRuntime([image('node:20.11.0-bookworm-slim')], data, NOW);
    const vulns = only(r.matches, 'vulnerability');
    // NSWG-CORE-150 (CVE-2024-27980): vulnerable 20.x, patched ^20.12.2; nodejs.json: 20.12.2 on 2024-04-10.
    const spawn = vulns.find((m) => m.advisory.id === 'NSWG-CORE-150');
    expect(spawn).toMatchObject({ fixedVersion: '20.12.2', fixReleased: '2024-04-10', aliases: ['CVE-2024-27980'] });
    expect(spawn!.advisory.severity?.label).toBe('high');
    // NSWG-CORE-131 (CVE-2023-46809): patched ^20.11.1, out 2024-02-14.
    expect(vulns.find((m) => m.advisory.id === 'NSWG-CORE-131')).toMatchObject({ fixedVersion: '20.11.1', fixReleased: '2024-02-14' });
    for (const m of vulns) expect(m.fixedVersion === null || semver.gt(m.fixedVersion, '20.11.0')).toBe(true);
  });

  it('does not match a patched version, or a tag that floats', () => {
    const patched = only(matchRuntime([image('node:20.12.2')], data, NOW).matches, 'vulnerability');
    expect(patched.map((m) => m.advisory.id)).not.toContain('NSWG-CORE-150');
    expect(patched.map((m) => m.advisory.id)).not.toContain('NSWG-CORE-131');
    expect(only(matchRuntime([image('node:20-alpine')], data, NOW).matches, 'vulnerability')).toEqual([]);
  });

  it('leaves a fix that is not out by `now` without a release date', () => {
    // NSWG-CORE-171 is fixed in 20.20.2, released 2026-03-24: unknown to a run dated 2026-01-01.
    const early = only(matchRuntime([image('node:20.11.0')], data, new Date('2026-01-01T00:00:00Z')).matches, 'vulnerability');
    const m = early.find((x) => x.advisory.id === 'NSWG-CORE-171');
    expect(m?.fixedVersion).toBe('20.20.2');
    expect(m?.fixReleased).toBeUndefined();
  });
});

describe('unpinned images', () => {
  it('latest, no tag, a moving tag or a digest alone is unpinned; a tag with a digest is not', () => {
    const refs = [
      'redis:latest',
      'prom/prometheus',
      'nginx:stable-alpine',
      'jitsi/web:unstable',
      'postgres@sha256:dbcc1c35ac38df41fd2f5e4130b32ffdb93ebae8b3dbe638c23575912276fc9c',
      'mattermost/mattermost-team-edition:10.1.2@sha256:3de25ae1b300351ae0c667dc82a33d8dc83497cd1e5ecd0d6e3055f522019696',
      'grafana/grafana:10.2.0',
    ];
    const r = matchRuntime(refs.map(image), data, NOW);
    const unpinned = only(r.matches, 'unpinned');
    expect(unpinned.map((m) => m.component.image!.reference)).toEqual(refs.slice(0, 5));
    expect(unpinned.every((m) => m.fixedVersion === null && m.fixReleased === undefined)).toBe(true);
    expect(unpinned[0]!.advisory.id).toBe('PW-UNPINNED-docker.io/library/redis@latest');
    expect(unpinned[4]!.advisory.summary).toMatch(/pinned by digest only/);
  });
});

describe('without release data', () => {
  it('skips the runtime checks with one notice, and still reports unpinned images', () => {
    const r = matchRuntime([image('nginx:1.25.3'), image('postgres:11'), image('redis:latest')], emptyRuntimeData(), NOW);
    expect(r.matches.map((m) => m.kind)).toEqual(['unpinned']);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ level: 'notice', origin: 'match/runtime' });
    expect(r.problems[0]!.message).toMatch(/^runtime checks \(patch lag, end of life, Node\.js vulnerabilities\) skipped: no release data given/);
  });

  it('says once which products had no data and which versions no known cycle', () => {
    const partial: RuntimeData = { products: new Map([['nginx', data.products.get('nginx')!]]), nodeVulnerabilities: [] };
    const r = matchRuntime([image('postgres:11'), image('postgres:12'), image('nginx:0.1.0')], partial, NOW);
    expect(r.matches).toEqual([]);
    expect(r.problems.map((p) => p.message)).toEqual([
      'no release data for postgresql; their images were not checked',
      'nginx 0.1.0: no such release cycle in the release data; not checked',
    ]);
  });

  it('mattermost 5.28.0 (mattermost-operator example) is older than any cycle the data lists', () => {
    const r = matchRuntime([image('mattermost/mattermost-enterprise-edition:5.28.0')], data, NOW);
    expect(r.matches).toEqual([]);
    expect(r.problems.map((p) => p.message)).toEqual(['mattermost 5.28.0: no such release cycle in the release data; not checked']);
  });
});

describe('images from the extractors', () => {
  it('ignores components that are not images', () => {
    const npm: Component = { ecosystem: 'npm', name: 'ws', version: '8.0.0', purl: 'pkg:npm/ws@8.0.0', layer: 'library', locations: [] };
    expect(matchRuntime([npm], data, NOW)).toEqual({ matches: [], problems: [] });
  });
});
