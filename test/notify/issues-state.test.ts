import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { useFakeGitHub } from '../helpers/github-server.js';
import { schedule } from '../helpers/github-payloads.js';
import { runInProcess, tempDir, writeAdvisory, writeLockfile } from '../github/action-env.js';
import { ALERT_STATE_MARKER, readStateComment, renderStateComment } from '../../src/notify/issue-state.js';
import { emptyState } from '../../src/notify/state.js';
import type { Receiver } from './receivers.js';
import { receiver } from './receivers.js';

// Issues mode keeps the alert state where it keeps everything else: on GitHub, in its own hidden
// comment of the dashboard issue (the fake GitHub checks every request against GitHub's OpenAPI
// description). No state file is involved: a fresh runner with an empty cache says nothing twice.

const gh = useFakeGitHub();
const servers: Receiver[] = [];
afterAll(async () => {
  for (const r of servers) await r.server.close();
});

describe('alert state in issues mode', () => {
  it('lives in a hidden comment of the dashboard issue, written once and only when it changes', async () => {
    const slack = await receiver();
    servers.push(slack);
    const ws = tempDir();
    writeLockfile(ws, [{ name: 'ws', version: '8.17.0' }]);
    writeAdvisory(join(ws, 'advisories'), { id: 'GHSA-3h5v-q93c-6h6q', name: 'ws', fixed: '8.17.1', severity: 'HIGH' });
    const run = (cache: string): ReturnType<typeof runInProcess> =>
      runInProcess(
        { workspace: ws, apiUrl: gh.url, event: 'schedule', repository: 'acme/alerts-issues', payload: schedule('acme/alerts-issues'), inputs: { 'advisory-db': 'advisories', now: '2026-11-24', 'github-token': 'ghs_test', dashboard: 'true', 'cache-dir': cache, 'alert-slack': slack.url } },
        { alertDelivery: { minIntervalMs: 0 } },
      );
    const first = await run(join(tempDir(), 'cache-1'));
    expect(first.commands.filter((c) => c.name === 'warning')).toEqual([]);
    expect(slack.got).toHaveLength(1);
    const repo = gh.repo('acme', 'alerts-issues');
    const dashboard = repo.issues.find((i) => i.body.startsWith('<!-- patchwarden:dashboard'))!;
    expect(dashboard.comments).toHaveLength(1);
    const body = dashboard.comments[0]!.body;
    expect(body.startsWith(ALERT_STATE_MARKER)).toBe(true);
    expect(body).not.toContain('127.0.0.1');
    expect(gh.writes().filter((w) => w.operationId === 'issues/create-comment')).toHaveLength(1);
    gh.reset();

    // Another runner, an empty cache: the comment is the memory.
    const second = await run(join(tempDir(), 'cache-2'));
    expect(second.outputs['alerts-sent']).toBe('0');
    expect(slack.got).toHaveLength(1);
    expect(gh.writes().filter((w) => /comment/.test(w.operationId ?? ''))).toEqual([]);
    expect(gh.requests.filter((r) => r.operationId === 'issues/list-comments')).toHaveLength(1);
  });

  it('keeps a package name that would close an HTML comment inside the JSON', () => {
    const state = emptyState();
    state.channels['slack:0'] = { findings: { 'vulnerability|npm|evil--><script>|1.0.0|X': ['overdue'] } };
    const body = renderStateComment(state);
    expect(body.indexOf('-->')).toBe(body.lastIndexOf('-->'));
    expect(readStateComment(body)).toEqual({ state });
    expect(readStateComment('hello')).toBeUndefined();
    expect(readStateComment(`${ALERT_STATE_MARKER}{"version": 9, "channels": {}} -->`)).toEqual({ error: 'expected version 1, got 9' });
  });
});
