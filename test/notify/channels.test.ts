import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { afterAll, describe, expect, it } from 'vitest';
import type { Finding } from '../../src/evaluate/types.js';
import type { ChannelSpec } from '../../src/notify/index.js';
import { defaultChannels, emptyState, runAlerts } from '../../src/notify/index.js';
import type { AlertOptions } from '../../src/notify/index.js';
import { SLACK_MAX_BLOCKS, SLACK_MAX_HEADER, SLACK_MAX_TEXT } from '../../src/notify/slack.js';
import { finding, reportOf } from '../helpers/report-builder.js';
import type { Receiver } from './receivers.js';
import { receiver } from './receivers.js';

// Each channel over real HTTP to a local receiver: sizes within the service's limits, cards
// valid by the published Adaptive Card schema, hostile package names inert, and delivery that
// retries, paces and never double-sends.

const servers: Receiver[] = [];
afterAll(async () => {
  for (const r of servers) await r.server.close();
});

async function hook(answers: number[] = []): Promise<Receiver> {
  const r = await receiver(answers);
  servers.push(r);
  return r;
}

function channel(type: string, url: string): ChannelSpec {
  const { channels, errors } = defaultChannels([`${type}=${url}`]);
  expect(errors).toEqual([]);
  return channels[0]!;
}

function opts(findings: Finding[], channels: ChannelSpec[], extra: Partial<AlertOptions> = {}): AlertOptions {
  return {
    report: reportOf(findings),
    owners: [],
    channels,
    env: {},
    secret: 'test-secret',
    state: emptyState(),
    digest: false,
    gate: true,
    delivery: { minIntervalMs: 0, http: { backoffBaseMs: 10, backoffMaxMs: 50 } },
    context: { repository: 'acme/chat', runUrl: 'https://github.com/acme/chat/actions/runs/42', fileUrl: (file, line) => `https://github.com/acme/chat/blob/0123456789abcdef0123456789abcdef01234567/${file}#L${line}` },
    ...extra,
  };
}

/** Every string in a JSON value. */
function strings(v: unknown): string[] {
  if (typeof v === 'string') return [v];
  if (Array.isArray(v)) return v.flatMap(strings);
  if (v && typeof v === 'object') return Object.values(v).flatMap(strings);
  return [];
}

const HOSTILE = '<!channel> @here <https://evil|click>';

const cardSchema = (() => {
  // The schema is draft-06 but spells its identifier `id` (draft-04); ajv reads `$id`.
  const { id, ...rest } = JSON.parse(readFileSync('test/corpus/adaptive-card/adaptive-card.1.5.json', 'utf8')) as Record<string, unknown>;
  const ajv = new Ajv({ strict: false, allErrors: true });
  (addFormatsModule as unknown as (a: Ajv) => Ajv)(ajv);
  ajv.addMetaSchema(createRequire(import.meta.url)('ajv/dist/refs/json-schema-draft-06.json') as object);
  return ajv.compile({ $id: id as string, ...rest });
})();

describe('slack', () => {
  it('sends 500 transitions in messages within Slack limits, each transition once', async () => {
    const r = await hook();
    const many = Array.from({ length: 500 }, (_, i) => finding({ name: `pkg-${i}-${'x'.repeat(150)}`, summary: 'S'.repeat(400), locations: [{ file: `services/s${i}/package-lock.json`, line: i + 1 }] }));
    const res = await runAlerts(opts(many, [channel('slack', r.url)], { gate: false }));
    expect(res.problems).toEqual([]);
    expect(res.channels[0]).toMatchObject({ transitions: 500, untold: 0 });
    let sections = 0;
    const seen = new Set<string>();
    for (const g of r.got) {
      const body = g.json as { text: string; blocks: { type: string; text?: { text: string }; elements?: { text: string }[] }[] };
      expect(body.blocks.length).toBeLessThanOrEqual(SLACK_MAX_BLOCKS);
      expect(body.blocks[0]!.text!.text.length).toBeLessThanOrEqual(SLACK_MAX_HEADER);
      let total = 0;
      for (const b of body.blocks) {
        for (const t of [b.text?.text, ...(b.elements ?? []).map((e) => e.text)]) {
          if (t === undefined) continue;
          expect(t.length).toBeLessThanOrEqual(SLACK_MAX_TEXT);
          total += t.length;
        }
        if (b.type === 'section') {
          sections++;
          const name = /`npm\/(pkg-\d+)-/.exec(b.text!.text)![1]!;
          expect(seen.has(name)).toBe(false);
          seen.add(name);
        }
      }
      expect(total).toBeLessThanOrEqual(12_000);
    }
    expect(sections).toBe(500);
    expect(res.channels[0]!.messages).toBe(r.got.length);
    // More than 20 transitions go as digests, not 500 single messages.
    expect(r.got.length).toBeLessThan(60);
  });

  it('delivers a hostile package name inert: no mention, no channel ping, no forged link', async () => {
    const r = await hook();
    const f = finding({ name: HOSTILE, version: '<@U0123>', summary: `${HOSTILE} [x](https://evil) www.evil.com *bold*`, locations: [{ file: `${HOSTILE}/package.json`, line: 1 }] });
    await runAlerts(opts([f], [channel('slack', r.url)]));
    const texts = strings(r.got.map((g) => g.json));
    const all = texts.join('\n');
    expect(all).not.toMatch(/<!|<@|<https?:\/\/evil/);
    // Outside code spans (where Slack resolves nothing) no plain mention or autolink is left either.
    expect(all.replace(/`[^`\n]*`/g, '')).not.toMatch(/@here|@channel|:\/\/evil|www\.evil/);
    expect(all).toContain('`npm/&lt;!channel&gt; @here &lt;https://evil|click&gt;@&lt;@U0123&gt;`');
    // Every remaining `<` opens a link the tool made: an advisory page or the repository's own file.
    for (const m of all.matchAll(/<([^|>]*)\|/g)) expect(m[1]).toMatch(/^https:\/\/(github\.com\/advisories\/|github\.com\/acme\/chat\/)/);
    expect(all).toContain('&lt;!channel&gt;');
  });
});

describe('teams', () => {
  it('generates cards that validate against the Adaptive Card 1.5 schema, for one, many and hostile transitions', async () => {
    const r = await hook();
    const many = Array.from({ length: 60 }, (_, i) => finding({ name: `pkg-${i}`, status: i % 2 ? 'overdue' : 'due-soon' }));
    await runAlerts(opts([finding({ name: HOSTILE, summary: HOSTILE, severity: 'critical' }), ...many], [channel('teams', r.url)], { digest: true }));
    expect(r.got.length).toBe(3); // 61 transitions, at most 25 a card
    for (const g of r.got) {
      const msg = g.json as { type: string; attachments: { contentType: string; content: unknown }[] };
      expect(msg.type).toBe('message');
      expect(msg.attachments[0]!.contentType).toBe('application/vnd.microsoft.card.adaptive');
      const ok = cardSchema(msg.attachments[0]!.content);
      expect(cardSchema.errors ?? []).toEqual([]);
      expect(ok).toBe(true);
      expect(g.raw.length).toBeLessThan(28_000);
    }
    // The schema check is not vacuous: a misspelt element is refused.
    expect(cardSchema({ type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlok', text: 'x' }] })).toBe(false);
    const all = strings(r.got.map((g) => g.json)).join('\n');
    // Every `<` is backslash-escaped (no HTML, no autolink), and mentions and URLs are broken.
    expect(all).not.toMatch(/(^|[^\\])</m);
    expect(all).not.toMatch(/<https?:\/\/|@here|\]\(https:\/\/evil|www\.evil/);
    expect(all).toContain('\\<!channel\\> @\u200bhere \\<https:\u200b//evil|click\\>');
    // A Markdown link in a summary cannot form: its brackets are escaped and its URL broken.
    expect(all).not.toMatch(/(^|[^\\])\[[^\]]*\]\((?!https:\/\/(github\.com|osv\.dev))/m);
  });
});

describe('delivery', () => {
  it('a receiver answering 429 (Retry-After: 1) then 200 gets the message once', async () => {
    const r = await hook([429]);
    const res = await runAlerts(opts([finding({ name: 'ws' })], [channel('slack', r.url)], { gate: false }));
    expect(r.server.seen.length).toBe(2);
    expect(r.got.length).toBe(1);
    expect(r.server.seen[1]!.body).toBe(r.server.seen[0]!.body);
    expect(res.problems).toEqual([]);
    expect(Object.values(res.state.channels)[0]!.findings).toEqual({ 'vulnerability|npm|ws|1.0.0|GHSA-wsxx-0000-0000': ['due-soon', 'overdue'] });
  });

  it('paces messages to one webhook at least a second apart', async () => {
    const r = await hook();
    await runAlerts(opts([finding({ name: 'a' }), finding({ name: 'b' })], [channel('slack', r.url)], { gate: false, delivery: { http: { backoffBaseMs: 10 } } }));
    expect(r.got.length).toBe(2);
    expect(r.got[1]!.at - r.got[0]!.at).toBeGreaterThanOrEqual(1000);
  });

  it('a failed delivery is a warning naming the channel, never the URL; the transition is sent by the next run', async () => {
    const r = await hook([500, 500, 500]);
    const spec = channel('teams', `${r.url}?sig=SECRET-TOKEN`);
    const first = await runAlerts(opts([finding({ name: 'ws' })], [spec], { gate: false, delivery: { minIntervalMs: 0, http: { retries: 2, backoffBaseMs: 10, backoffMaxMs: 20 } } }));
    expect(first.problems.map((p) => p.message)).toEqual(['alerts to the teams channel were not delivered (HTTP 500 after 3 attempts); 1 transition(s) are sent by the next run']);
    expect(JSON.stringify(first)).not.toContain('SECRET-TOKEN');
    expect(JSON.stringify(first.state)).not.toContain('127.0.0.1');
    expect(r.got.length).toBe(0);
    const second = await runAlerts(opts([finding({ name: 'ws' })], [spec], { gate: false, state: first.state }));
    expect(second.problems).toEqual([]);
    expect(r.got.length).toBe(1);
    const third = await runAlerts(opts([finding({ name: 'ws' })], [spec], { gate: false, state: second.state }));
    expect(third.channels[0]!.messages).toBe(0);
    expect(r.got.length).toBe(1);
  });

  it('routes an owner with its own channel there and everything else to the run channel', async () => {
    const own = await hook();
    const team = await hook();
    const findings = [finding({ name: 'pay', locations: [{ file: 'payments/package-lock.json', line: 3 }] }), finding({ name: 'web', locations: [{ file: 'web/package-lock.json', line: 3 }] })];
    findings[0]!.owner = 'payments';
    const res = await runAlerts(opts(findings, [channel('slack', own.url)], { owners: [{ team: 'payments', alerts: { slack: 'PAY_HOOK', teams: 'PAY_TEAMS_UNSET' } }], env: { PAY_HOOK: team.url }, codeowner: (file) => (file.startsWith('web/') ? '@acme/web' : undefined) }));
    const names = (r: Receiver): string[] => r.got.flatMap((g) => strings(g.json).filter((s) => s.includes('`npm/')).map((s) => /`npm\/(\w+)@/.exec(s)![1]!));
    expect(names(team)).toEqual(['pay']);
    expect(names(own)).toEqual(['web']);
    expect(strings(own.got.map((g) => g.json)).join('\n')).toContain('owner `@acme/web`');
    expect(res.problems.map((p) => p.message)).toEqual(["owner payments: the teams channel's variable PAY_TEAMS_UNSET is not set; its alerts go to the run's own channels"]);
  });
});

describe('transitions', () => {
  it('alerts each fact once while it holds, again after it stops holding, and never for an accepted risk', async () => {
    const r = await hook();
    const spec = channel('webhook', r.url);
    const run = async (findings: Finding[], state = emptyState()): Promise<{ kinds: string[][]; state: ReturnType<typeof emptyState> }> => {
      const before = r.got.length;
      const res = await runAlerts(opts(findings, [spec], { gate: false, state }));
      return { kinds: r.got.slice(before).flatMap((g) => (g.json as { alerts: { transitions: string[] }[] }).alerts.map((a) => a.transitions)), state: res.state };
    };
    const kev = { dateAdded: '2026-11-20', dueDate: '2026-12-11' };
    let s = await run([finding({ name: 'ws', status: 'due-soon' })]);
    expect(s.kinds).toEqual([['due-soon']]);
    s = await run([finding({ name: 'ws', status: 'due-soon' })], s.state);
    expect(s.kinds).toEqual([]);
    s = await run([{ ...finding({ name: 'ws', status: 'overdue', severity: 'critical' }), kev }], s.state);
    expect(s.kinds).toEqual([['overdue', 'kev', 'critical']]);
    // An exception makes it an accepted risk: nothing to say, and the record is forgotten.
    s = await run([{ ...finding({ name: 'ws', status: 'excepted', severity: 'critical' }), kev }], s.state);
    expect(s.kinds).toEqual([]);
    s = await run([{ ...finding({ name: 'ws', status: 'overdue', severity: 'critical' }), kev }], s.state);
    expect(s.kinds).toEqual([['overdue', 'kev', 'critical']]);
    // A status matched for its own sake (the coverage model's malicious packages), by name.
    s = await run([{ ...finding({ name: 'evil-pkg', status: 'within' }), status: 'malicious' as Finding['status'] }], s.state);
    expect(s.kinds).toEqual([['malicious']]);
  });
});

describe('digest', () => {
  it('groups a run’s transitions for one channel, the gate first, into one message', async () => {
    const r = await hook();
    const res = await runAlerts(opts([finding({ name: 'a', severity: 'critical' }), finding({ name: 'b', status: 'due-soon' }), finding({ name: 'c' })], [channel('webhook', r.url)], { digest: true }));
    expect(r.got).toHaveLength(1);
    const body = r.got[0]!.json as { gate: { to: string }; alerts: { package: { name: string }; transitions: string[] }[] };
    expect(body.gate.to).toBe('fail');
    expect(body.alerts.map((a) => [a.package.name, a.transitions])).toEqual([
      ['a', ['overdue', 'critical']],
      ['b', ['due-soon']],
      ['c', ['overdue']],
    ]);
    expect(res.channels[0]).toMatchObject({ messages: 1, transitions: 4, untold: 0 });
    // Without the digest, the same run is four messages: the gate, then one per finding.
    const single = await hook();
    await runAlerts(opts([finding({ name: 'a', severity: 'critical' }), finding({ name: 'b', status: 'due-soon' }), finding({ name: 'c' })], [channel('webhook', single.url)]));
    expect(single.got.map((g) => (g.json as { gate: unknown; alerts: unknown[] }).alerts.length)).toEqual([0, 1, 1, 1]);
  });
});

describe('gate', () => {
  it('says nothing about a gate that is neither pass nor fail, and keeps what the channel last heard', async () => {
    const r = await hook();
    const spec = channel('webhook', r.url);
    const failing = await runAlerts(opts([finding({ name: 'a', severity: 'critical' })], [spec], { digest: true }));
    expect(Object.values(failing.state.channels)[0]!.gate).toBe('fail');
    const report = reportOf([]);
    (report.summary as { gate: string }).gate = 'incomplete';
    const before = r.got.length;
    const res = await runAlerts({ ...opts([], [spec]), report, state: failing.state });
    expect(r.got.length).toBe(before);
    expect(Object.values(res.state.channels)[0]!.gate).toBe('fail');
  });
});
