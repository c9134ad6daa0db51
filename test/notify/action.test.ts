import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { pullRequestOpened, push, schedule } from '../helpers/github-payloads.js';
import type { ActionEnv } from '../github/action-env.js';
import { runInProcess, tempDir, writeAdvisory, writeLockfile } from '../github/action-env.js';
import type { Receiver } from './receivers.js';
import { receiver } from './receivers.js';

// The action's alert inputs in-process, as the runner passes them: the URL and secret masked
// before anything is logged, the state kept in the cache folder by default, nothing sent twice,
// nothing sent for a pull request.

const servers: Receiver[] = [];
afterAll(async () => {
  for (const r of servers) await r.server.close();
});

function workspace(): string {
  const ws = tempDir();
  writeLockfile(ws, [{ name: 'ws', version: '8.17.0' }]);
  writeAdvisory(join(ws, 'advisories'), { id: 'GHSA-3h5v-q93c-6h6q', name: 'ws', fixed: '8.17.1', severity: 'HIGH', summary: 'ws affected by a DoS when handling a request with many HTTP headers' });
  return ws;
}

describe('action alert inputs', () => {
  it('masks the URLs and secret, sends once, and keeps the state in the cache folder', async () => {
    const slack = await receiver();
    const hook = await receiver();
    servers.push(slack, hook);
    const ws = workspace();
    const cache = join(ws, '.cache');
    const env: ActionEnv = {
      workspace: ws,
      apiUrl: 'http://127.0.0.1:9',
      event: 'schedule',
      payload: schedule('acme/chat'),
      inputs: { mode: 'report', 'advisory-db': 'advisories', now: '2026-11-24', 'cache-dir': cache, 'alert-slack': slack.url, 'alert-webhook': hook.url, 'alert-webhook-secret': 's3cret-value' },
    };
    const first = await runInProcess(env, { alertDelivery: { minIntervalMs: 0 } });
    expect(first.commands.filter((c) => c.name === 'add-mask').map((c) => c.message).sort()).toEqual([slack.url, hook.url, 's3cret-value'].sort());
    expect(first.commands.filter((c) => c.name === 'warning')).toEqual([]);
    expect(first.outputs['alerts-sent']).toBe('2');
    expect(slack.got).toHaveLength(1);
    expect(hook.got).toHaveLength(1);
    expect(hook.got[0]!.headers['x-patchwarden-signature']).toMatch(/^sha256=[0-9a-f]{64}$/);
    // Links go to the repository's own file at the scanned commit.
    expect(slack.got[0]!.raw).toContain('https://github.com/acme/chat/blob/c0ffee0000000000000000000000000000000000/package-lock.json#L');
    expect(existsSync(join(cache, 'alert-state.json'))).toBe(true);
    const report = readFileSync(join(first.outputs['report-file']!), 'utf8');
    expect(report).not.toContain('127.0.0.1');
    expect(first.summary).not.toContain('127.0.0.1');

    const second = await runInProcess(env, { alertDelivery: { minIntervalMs: 0 } });
    expect(second.outputs['alerts-sent']).toBe('0');
    expect(slack.got).toHaveLength(1);
    expect(hook.got).toHaveLength(1);
  });

  it('sends nothing for a pull request, and refuses a malformed URL naming the input only', async () => {
    const slack = await receiver();
    servers.push(slack);
    const ws = workspace();
    const pr = await runInProcess({
      workspace: ws,
      apiUrl: 'http://127.0.0.1:9',
      event: 'pull_request',
      payload: pullRequestOpened({ number: 7, baseSha: 'ba5e000000000000000000000000000000000000', headSha: 'feed000000000000000000000000000000000000', baseRepo: 'acme/chat', headRepo: 'acme/chat' }),
      inputs: { mode: 'report', 'advisory-db': 'advisories', now: '2026-11-24', 'cache-dir': join(ws, '.cache'), 'alert-slack': slack.url },
    });
    expect(pr.failed).toBe(false);
    expect(slack.server.seen).toHaveLength(0);
    // A push to another branch is not the deployed state either.
    const branch = await runInProcess({
      workspace: ws,
      apiUrl: 'http://127.0.0.1:9',
      event: 'push',
      ref: 'refs/heads/feature',
      payload: push('acme/chat', 'refs/heads/feature', 'c0ffee0000000000000000000000000000000000'),
      inputs: { mode: 'report', 'advisory-db': 'advisories', now: '2026-11-24', 'cache-dir': join(ws, '.cache'), 'alert-slack': slack.url },
    });
    expect(branch.failed).toBe(false);
    expect(slack.server.seen).toHaveLength(0);
    const bad = await runInProcess({ workspace: ws, apiUrl: 'http://127.0.0.1:9', event: 'schedule', payload: schedule('acme/chat'), inputs: { mode: 'report', 'alert-teams': 'ftp://hooks.example/SECRET-PATH' } });
    expect(bad.failed).toBe(true);
    const error = bad.commands.find((c) => c.name === 'error')!;
    expect(error.message).toBe('patchwarden: input alert-teams: expected an https:// URL, got a ftp: one');
  });
});
