import { randomUUID } from 'node:crypto';
import type { Owner } from '../evaluate/policy/types.js';
import type { Finding } from '../evaluate/types.js';
import type { Problem } from '../model/types.js';
import type { Report } from '../report/model.js';
import type { DeliveryOptions } from './deliver.js';
import { Deliverer } from './deliver.js';
import { CHANNELS } from './registry.js';
import type { ChannelSpec } from './route.js';
import { buildRoutes, channelsFor } from './route.js';
import type { AlertState, ChannelState } from './state.js';
import { gateTransition, pendingFor } from './transitions.js';
import type { Pending } from './transitions.js';
import type { AlertContext, AlertItem, AlertMessage, GateChange, GateState } from './types.js';

// One run's alerting: route each finding to its channels, work out per channel what it has not
// been told, send it (one message per transition, or digests), and return the state to keep.
// Nothing here fails the run: a channel that cannot be reached is a warning, and what it missed
// stays untold for the next run.

/** Past this many transitions for one channel in one run, they go as digests even without --alert-digest. */
export const SINGLE_MESSAGE_LIMIT = 20;

export interface AlertOptions {
  report: Report;
  /** The resolved policy's `owners`. */
  owners: readonly Owner[];
  /** The run's own channels. */
  channels: readonly ChannelSpec[];
  /** Where owners' channel variables and nothing else are read. */
  env: NodeJS.ProcessEnv;
  /** The signed webhook's secret. */
  secret?: string;
  state: AlertState;
  digest: boolean;
  /** Whether this run's gate is the default branch's (pull requests' gates are not alerted). */
  gate: boolean;
  context?: Omit<AlertContext, 'now' | 'policy'>;
  /** The CODEOWNERS owner of a report path, for findings no policy entry owns. */
  codeowner?: (file: string) => string | undefined;
  delivery?: DeliveryOptions;
  /** Unix milliseconds, for the signature's timestamp. */
  clock?: () => number;
}

export interface ChannelOutcome {
  label: string;
  messages: number;
  transitions: number;
  /** Why delivery stopped, when it did; the untold transitions are sent by the next run. */
  failed?: string;
  untold: number;
}

export interface AlertResult {
  state: AlertState;
  channels: ChannelOutcome[];
  problems: Problem[];
}

interface Target {
  spec: ChannelSpec;
  findings: Finding[];
  gate: boolean;
}

export function ownerOf(f: Finding, codeowner?: (file: string) => string | undefined): string | undefined {
  if (f.owner !== undefined) return f.owner;
  const first = f.locations[0];
  return first && codeowner ? codeowner(first.file) : undefined;
}

/** The messages for one channel: the gate first, then transitions, alone or batched. */
export function plan(pending: readonly Pending[], gate: GateChange | undefined, digest: boolean, owner: (f: Finding) => string | undefined): AlertMessage[] {
  const items: AlertItem[] = pending.map((p) => {
    const o = owner(p.finding);
    return { key: p.key, kinds: p.kinds, finding: p.finding, ...(o !== undefined ? { owner: o } : {}) };
  });
  if (digest || items.length > SINGLE_MESSAGE_LIMIT) return items.length === 0 && !gate ? [] : [{ items, ...(gate ? { gate } : {}) }];
  return [...(gate ? [{ items: [], gate }] : []), ...items.map((i) => ({ items: [i] }))];
}

export async function runAlerts(opts: AlertOptions): Promise<AlertResult> {
  const { report } = opts;
  const routes = buildRoutes(opts.channels, opts.owners, opts.env);
  const problems: Problem[] = [...routes.problems];
  const targets = new Map<string, Target>();
  const target = (spec: ChannelSpec): Target => {
    let t = targets.get(spec.id);
    if (!t) targets.set(spec.id, (t = { spec, findings: [], gate: false }));
    return t;
  };
  for (const spec of routes.defaults) target(spec).gate = opts.gate;
  // With no channels of the run's own, the owners' channels hear of the gate.
  if (routes.defaults.length === 0) for (const list of routes.byTeam.values()) for (const spec of list) target(spec).gate = opts.gate;
  for (const f of report.findings) for (const spec of channelsFor(routes, f.owner)) target(spec).findings.push(f);

  const ctx: AlertContext = { ...opts.context, now: report.now, policy: `${report.policy.name}@${report.policy.version}` };
  // A gate that is neither pass nor fail (nothing could be judged) changes nothing the channels heard.
  const gateNow: GateState | undefined = report.summary.gate === 'fail' ? 'fail' : report.summary.gate === 'pass' ? 'pass' : undefined;
  const owner = (f: Finding): string | undefined => ownerOf(f, opts.codeowner);
  const deliverer = new Deliverer(opts.delivery);
  const clock = opts.clock ?? Date.now;
  const state: AlertState = { version: opts.state.version, channels: { ...opts.state.channels } };
  const outcomes: ChannelOutcome[] = [];

  for (const t of targets.values()) {
    const kind = CHANNELS[t.spec.type]!;
    const told: ChannelState = opts.state.channels[t.spec.id] ?? { findings: {} };
    const { pending, kept } = pendingFor(t.findings, told.findings);
    const judged = t.gate && gateNow !== undefined;
    const gateTo = judged ? gateTransition(told.gate, gateNow) : undefined;
    const gate: GateChange | undefined = gateTo ? { ...(told.gate ? { from: told.gate } : {}), to: gateTo, overdue: report.summary.overdue, gateSeverity: report.summary.gateSeverity } : undefined;
    const record = kept;
    // A gate that changed is recorded once told; one that did not is recorded as it stands.
    let gateRecord: GateState | undefined = judged && !gateTo ? gateNow : told.gate;
    const outcome: ChannelOutcome = { label: t.spec.label, messages: 0, transitions: 0, untold: 0 };
    const queue = plan(pending, gate, opts.digest, owner);
    const byKey = new Map(pending.map((p) => [p.key, p]));

    if (kind.needsSecret && !opts.secret && queue.length > 0) {
      outcome.failed = 'no secret is set (PATCHWARDEN_WEBHOOK_SECRET); alerts are never sent unsigned';
    }
    while (queue.length > 0 && outcome.failed === undefined) {
      const msg = queue[0]!;
      const req = kind.render(msg, ctx, { ...(opts.secret ? { secret: opts.secret } : {}), timestamp: Math.floor(clock() / 1000), deliveryId: randomUUID() });
      const shown = msg.items.length === 0 ? 0 : Math.max(1, Math.min(req.shown, msg.items.length));
      const failed = await deliverer.send(t.spec, req);
      if (failed !== undefined) {
        outcome.failed = failed;
        break;
      }
      queue.shift();
      outcome.messages++;
      if (msg.gate) {
        gateRecord = msg.gate.to;
        outcome.transitions++;
      }
      for (const item of msg.items.slice(0, shown)) {
        const p = byKey.get(item.key)!;
        record[item.key] = [...new Set([...(record[item.key] ?? []), ...p.record])].sort();
        outcome.transitions++;
      }
      // What a size limit kept out of this message goes in the next one.
      if (shown < msg.items.length) queue.unshift({ items: msg.items.slice(shown) });
    }
    outcome.untold = queue.reduce((n, m) => n + m.items.length + (m.gate ? 1 : 0), 0);
    if (outcome.failed !== undefined) {
      problems.push({ level: 'warning', origin: 'notify', message: `alerts to the ${t.spec.label} channel were not delivered (${outcome.failed}); ${outcome.untold} transition(s) are sent by the next run` });
    }
    state.channels[t.spec.id] = gateRecord === undefined ? { findings: record } : { gate: gateRecord, findings: record };
    outcomes.push(outcome);
  }
  return { state, channels: outcomes, problems };
}

export type { ChannelSpec } from './route.js';
export { defaultChannels, parseAlertSpec } from './route.js';
export { emptyState, loadStateFile, saveStateFile } from './state.js';
