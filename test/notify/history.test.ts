import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import { tempDir } from '../helpers/tmp.js';
import type { Receiver } from './receivers.js';
import { receiver } from './receivers.js';

// A scheduled history, run through the command line exactly as a daily job would, against two
// local Slack receivers: the run's own channel and the owning team's. The advisory is the real
// GHSA-3h5v-q93c-6h6q (ws 8.17.0, CVSS 7.5 high; examples/chat-platform/advisories) with its
// publication moved to 2026-11-01 so that a 3-day deadline and a 4-day due-soon window give:
//   day 1 (11-01): 3 days left, due soon     -> team: due soon
//   day 5 (11-05): 1 day overdue, gate fails -> team: overdue; run's channel: gate fails
//   day 6 (11-06): nothing new               -> nothing
//   day 7 (11-07): CVE-2024-37890 in KEV      -> team: KEV-listed
//   day 9 (11-09): ws 8.17.1, fixed          -> run's channel: gate passes again

const root = tempDir('pw-alert-history-');
const repo = join(root, 'repo');
const db = join(root, 'db');
const state = join(root, 'state', 'alerts.json');
const kev = join(root, 'kev.json');

function lockfile(version: string): string {
  return JSON.stringify({ name: 'chat-service', version: '3.2.0', lockfileVersion: 3, requires: true, packages: { '': { name: 'chat-service', version: '3.2.0', dependencies: { ws: version } }, 'node_modules/ws': { version } } }, null, 2);
}

function kevFile(listed: boolean): string {
  const entry = { cveID: 'CVE-2024-37890', vendorProject: 'ws', product: 'ws', vulnerabilityName: 'ws DoS', dateAdded: '2026-11-07', shortDescription: 'x', requiredAction: 'patch', dueDate: '2026-11-28', knownRansomwareCampaignUse: 'Unknown', notes: '' };
  return JSON.stringify({ title: 'CISA KEV', catalogVersion: '2026.11.07', dateReleased: '2026-11-07T00:00:00Z', count: listed ? 1 : 0, vulnerabilities: listed ? [entry] : [] });
}

const POLICY = `apiVersion: patchwarden/v1
kind: PatchPolicy
metadata: { name: chat, version: 1.0.0 }
gate: high
deadlines: { critical: 1d, high: 3d, medium: 30d, low: 90d }
dueSoon: 4d
# The advisory records are years old; their age is not what this history is about.
coverage: { maxDataAge: 3650d }
owners:
  - team: realtime
    paths: ['service/**']
    alerts: { slack: REALTIME_SLACK_WEBHOOK }
`;

let team: Receiver;
let own: Receiver;

afterAll(async () => {
  await team?.server.close();
  await own?.server.close();
});

async function runDay(day: number): Promise<{ code: number; stderr: string }> {
  let stderr = '';
  const code = await runCli(
    ['check', repo, '--db', db, '--kev', kev, '--policy', join(repo, 'policy.yml'), '--now', `2026-11-0${day}`, '--format', 'json', '--output', join(root, 'report.json'), '--no-cache', '--alert', `slack=${own.url}`, '--alert-state', state],
    { stdout: () => undefined, stderr: (t) => (stderr += t), cwd: repo, now: () => new Date(), env: { REALTIME_SLACK_WEBHOOK: team.url } },
  );
  return { code, stderr };
}

function texts(r: Receiver, from: number): string[] {
  return r.got.slice(from).map((g) => {
    const body = g.json as { blocks: { type: string; text?: { text: string } }[] };
    return body.blocks.filter((b) => b.type === 'section').map((b) => b.text!.text.split('\n')[0]).join(' | ');
  });
}

describe('a scheduled history of one finding', () => {
  it('tells the owner and the run channel exactly once per transition', async () => {
    team = await receiver();
    own = await receiver();
    mkdirSync(join(repo, 'service'), { recursive: true });
    mkdirSync(db, { recursive: true });
    writeFileSync(join(repo, 'policy.yml'), POLICY);
    writeFileSync(join(repo, 'service', 'package-lock.json'), lockfile('8.17.0'));
    const record = JSON.parse(readFileSync('examples/chat-platform/advisories/GHSA-3h5v-q93c-6h6q.json', 'utf8')) as Record<string, unknown>;
    writeFileSync(join(db, 'GHSA-3h5v-q93c-6h6q.json'), JSON.stringify({ ...record, published: '2026-11-01T00:00:00Z', modified: '2026-11-01T00:00:00Z' }));
    writeFileSync(kev, kevFile(false));

    const log: { day: number; team: string[]; own: string[]; code: number }[] = [];
    const step = async (day: number): Promise<void> => {
      const [t0, o0] = [team.got.length, own.got.length];
      const { code, stderr } = await runDay(day);
      expect(stderr).toBe('');
      log.push({ day, team: texts(team, t0), own: texts(own, o0), code });
    };
    await step(1);
    await step(5);
    await step(6);
    writeFileSync(kev, kevFile(true));
    await step(7);
    // Re-running the same day with nothing changed sends nothing.
    await step(7);
    writeFileSync(join(repo, 'service', 'package-lock.json'), lockfile('8.17.1'));
    await step(9);

    expect(log).toEqual([
      { day: 1, code: 0, team: ['*patch due soon* · high · deadline 2026-11-04 (3 days left)'], own: [] },
      { day: 5, code: 1, team: ['*patch overdue* · high · deadline 2026-11-04 (1 day overdue)'], own: ['The patch gate now FAILS: 1 overdue finding(s), at least one at or above high.'] },
      { day: 6, code: 1, team: [], own: [] },
      { day: 7, code: 1, team: ['*newly listed in CISA KEV (known exploited)* · high · deadline 2026-11-04 (3 days overdue)'], own: [] },
      { day: 7, code: 1, team: [], own: [] },
      { day: 9, code: 0, team: [], own: ['The patch gate passes again: nothing at or above high is overdue.'] },
    ]);
    // The owner is named in each of the team's messages; the state names no URL.
    for (const g of team.got) expect(g.raw).toContain('owner `realtime`');
    const saved = readFileSync(state, 'utf8');
    expect(saved).not.toContain('127.0.0.1');
    expect(JSON.parse(saved)).toMatchObject({ version: 1 });
  }, 60_000);

  it('sends nothing from a run whose inputs could not all be read, and says why', async () => {
    own ??= await receiver();
    mkdirSync(db, { recursive: true });
    const broken = join(root, 'broken');
    mkdirSync(join(broken, 'service'), { recursive: true });
    writeFileSync(join(broken, 'policy.yml'), POLICY);
    writeFileSync(join(broken, 'service', 'package-lock.json'), '{"lockfileVersion": 3, "packages": {');
    const before = own.got.length;
    let stderr = '';
    const code = await runCli(['check', broken, '--db', db, '--policy', join(broken, 'policy.yml'), '--now', '2026-11-05', '--format', 'json', '--output', join(root, 'broken.json'), '--no-cache', '--alert', `slack=${own.url}`, '--alert-state', join(root, 'broken-state.json')], {
      stdout: () => undefined,
      stderr: (t) => (stderr += t),
      cwd: broken,
      now: () => new Date(),
      env: {},
    });
    expect(code).toBe(2);
    expect(own.got.length).toBe(before);
    expect(stderr).toContain('warning: no alerts are sent by a run whose inputs could not all be read');
  });

  it('keeps the state in the cache folder when none is named, as the action does; with --no-cache it must be named', async () => {
    own ??= await receiver();
    const repo2 = join(root, 'default-state');
    const cache = join(root, 'default-state-cache');
    mkdirSync(join(repo2, 'service'), { recursive: true });
    mkdirSync(db, { recursive: true });
    writeFileSync(join(repo2, 'policy.yml'), POLICY.replace(/owners:[\s\S]*$/, ''));
    writeFileSync(join(repo2, 'service', 'package-lock.json'), lockfile('8.17.0'));
    const record = JSON.parse(readFileSync('examples/chat-platform/advisories/GHSA-3h5v-q93c-6h6q.json', 'utf8')) as Record<string, unknown>;
    writeFileSync(join(db, 'GHSA-3h5v-q93c-6h6q.json'), JSON.stringify({ ...record, published: '2026-11-01T00:00:00Z', modified: '2026-11-01T00:00:00Z' }));
    const run = async (extra: string[]): Promise<{ code: number; stderr: string; sent: number }> => {
      const before = own.got.length;
      let stderr = '';
      const code = await runCli(['check', repo2, '--db', db, '--policy', join(repo2, 'policy.yml'), '--now', '2026-11-05', '--format', 'json', '--output', join(root, 'default.json'), '--alert', `slack=${own.url}`, ...extra], {
        stdout: () => undefined,
        stderr: (t) => (stderr += t),
        cwd: repo2,
        now: () => new Date(),
        env: {},
      });
      return { code, stderr, sent: own.got.length - before };
    };
    const noCache = await run(['--no-cache']);
    expect(noCache).toMatchObject({ code: 1, sent: 0 });
    expect(noCache.stderr).toContain('warning: alert channels are set but no alert state file (--alert-state, which --no-cache leaves without a default)');
    // With no owner the run's channel hears both: the overdue finding and the failing gate.
    expect(await run(['--cache-dir', cache])).toEqual({ code: 1, stderr: '', sent: 2 });
    expect(JSON.parse(readFileSync(join(cache, 'alert-state.json'), 'utf8'))).toMatchObject({ version: 1 });
    // The second run reads what the first one told: nothing is repeated.
    expect(await run(['--cache-dir', cache])).toEqual({ code: 1, stderr: '', sent: 0 });
  });
});
