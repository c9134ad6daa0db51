import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultChannels, emptyState, runAlerts } from '../../src/notify/index.js';
import { finding, reportOf } from '../helpers/report-builder.js';
import { tempDir } from '../helpers/tmp.js';
import type { Receiver } from './receivers.js';
import { receiver } from './receivers.js';

// The README's verification recipe, run as written (the code block is copied out of the README
// into a module and imported), against what the webhook channel really sends over HTTP.

type Verify = (secret: string, headers: Record<string, unknown>, rawBody: string, nowSeconds?: number) => boolean;

async function readmeRecipe(): Promise<Verify> {
  const readme = readFileSync('README.md', 'utf8');
  const section = readme.slice(readme.indexOf('### Verifying the webhook signature'));
  const code = /```js\n([\s\S]*?)```/.exec(section)![1]!;
  const file = join(tempDir('pw-recipe-'), 'verify.mjs');
  writeFileSync(file, code);
  const mod = (await import(pathToFileURL(file).href)) as { verifyPatchwarden: Verify };
  return mod.verifyPatchwarden;
}

let r: Receiver;
afterAll(async () => {
  await r?.server.close();
});

describe('the signed webhook', () => {
  it('verifies with the documented recipe; a replayed, altered, stale or wrongly keyed body does not', async () => {
    r = await receiver();
    const secret = 'whsec-test-0123456789';
    const now = 1_795_000_000_000;
    const { channels } = defaultChannels([`webhook=${r.url}`]);
    const res = await runAlerts({
      report: reportOf([finding({ name: '<!channel> @here <https://evil|click>' })]),
      owners: [],
      channels,
      env: {},
      secret,
      state: emptyState(),
      digest: false,
      gate: false,
      clock: () => now,
      delivery: { minIntervalMs: 0 },
    });
    expect(res.problems).toEqual([]);
    expect(r.got).toHaveLength(1);
    const { headers, raw } = r.got[0]!;
    const verify = await readmeRecipe();
    const nowSeconds = now / 1000;
    expect(headers['x-patchwarden-timestamp']).toBe(String(nowSeconds));
    expect(verify(secret, headers, raw, nowSeconds + 5)).toBe(true);
    // The same delivery again is a replay.
    expect(verify(secret, headers, raw, nowSeconds + 6)).toBe(false);
    // A fresh verifier state would not help an altered body, a stale timestamp or another key.
    const fresh = await readmeRecipe();
    expect(fresh(secret, headers, raw.replace('"severity":"high"', '"severity":"low"'), nowSeconds)).toBe(false);
    expect(fresh(secret, { ...headers, 'x-patchwarden-timestamp': String(nowSeconds + 1) }, raw, nowSeconds)).toBe(false);
    expect(fresh(secret, headers, raw, nowSeconds + 301)).toBe(false);
    expect(fresh('another-secret', headers, raw, nowSeconds)).toBe(false);
    expect(fresh(secret, headers, raw, nowSeconds)).toBe(true);

    const body = JSON.parse(raw) as { schema: string; id: string; alerts: { package: { name: string }; transitions: string[] }[] };
    expect(body.schema).toBe('patchwarden.alert/v1');
    expect(body.id).toBe(headers['x-patchwarden-delivery']);
    expect(body.alerts[0]!.package.name).toBe('<!channel> @here <https://evil|click>');
    expect(body.alerts[0]!.transitions).toEqual(['overdue']);
    // Inert when pasted into HTML: the raw bytes hold no angle bracket or ampersand.
    expect(raw).not.toMatch(/[<>&]/);
  });

  it('is never sent unsigned', async () => {
    const unsigned = await receiver();
    try {
      const { channels } = defaultChannels([`webhook=${unsigned.url}`]);
      const res = await runAlerts({ report: reportOf([finding({ name: 'ws' })]), owners: [], channels, env: {}, state: emptyState(), digest: false, gate: false, delivery: { minIntervalMs: 0 } });
      expect(unsigned.server.seen).toHaveLength(0);
      expect(res.problems.map((p) => p.message)).toEqual(['alerts to the webhook channel were not delivered (no secret is set (PATCHWARDEN_WEBHOOK_SECRET); alerts are never sent unsigned); 1 transition(s) are sent by the next run']);
      expect(Object.values(res.state.channels)[0]!.findings).toEqual({});
    } finally {
      await unsigned.server.close();
    }
  });
});
