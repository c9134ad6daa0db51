import type { Finding } from '../evaluate/types.js';
import type { FindingTransition, GateState } from './types.js';

// Transitions, not states: what is true of a finding now, minus what its channel has already
// heard. A channel's record keeps, per finding, the facts it was told that are still true; a fact
// that stops being true is forgotten (so a finding that falls overdue again is alerted again), a
// finding that leaves the report is forgotten whole, and a fact whose delivery failed is not
// recorded, so the next run sends it again.

/** Statuses (or kinds) that deserve an alert the moment they are matched, whatever the deadline. */
export const MATCHED_STATUS_ALERTS: readonly string[] = ['malicious'];

const ORDER: readonly string[] = ['malicious', 'overdue', 'kev', 'critical', 'due-soon'];

function rank(k: string): number {
  const i = ORDER.indexOf(k);
  return i < 0 ? 0 : i;
}

/** A finding's identity across runs: the same package version and advisory in the same layer. */
export function findingKey(f: Finding): string {
  const c = f.component;
  return [f.kind, c.ecosystem, c.name, c.version, f.advisory.id].join('|');
}

/** The alertable facts true of a finding now. An excepted finding is an accepted risk: none. */
export function factsOf(f: Finding): FindingTransition[] {
  if (f.status === 'excepted') return [];
  const facts = new Set<FindingTransition>();
  if (f.status === 'overdue') facts.add('overdue').add('due-soon');
  if (f.status === 'due-soon') facts.add('due-soon');
  if (f.kev) facts.add('kev');
  if (f.severity === 'critical') facts.add('critical');
  for (const s of MATCHED_STATUS_ALERTS) if (String(f.status) === s || String(f.kind) === s) facts.add(s);
  return [...facts];
}

export interface FindingRecord {
  [key: string]: FindingTransition[];
}

export interface Pending {
  key: string;
  finding: Finding;
  /** Facts to tell (most urgent first); `due-soon` is left out once `overdue` is told with it. */
  kinds: FindingTransition[];
  /** Facts to record when the message is delivered (includes a due-soon overtaken by overdue). */
  record: FindingTransition[];
}

/**
 * The findings' untold facts, and the record as it stands before anything is delivered: the
 * facts already told that are still true, for the findings still present.
 */
export function pendingFor(findings: readonly Finding[], told: Readonly<FindingRecord>): { pending: Pending[]; kept: FindingRecord } {
  const pending: Pending[] = [];
  const kept: FindingRecord = {};
  for (const f of findings) {
    const key = findingKey(f);
    const facts = factsOf(f);
    const before = new Set(told[key] ?? []);
    const still = facts.filter((k) => before.has(k));
    if (still.length > 0) kept[key] = [...(kept[key] ?? []), ...still.filter((k) => !(kept[key] ?? []).includes(k))];
    const fresh = facts.filter((k) => !before.has(k));
    if (fresh.length === 0) continue;
    const kinds = (fresh.includes('overdue') ? fresh.filter((k) => k !== 'due-soon') : fresh).sort((a, b) => rank(a) - rank(b));
    // Two findings can share a key (one package declared in two layers' files): tell it once.
    const dup = pending.find((p) => p.key === key);
    if (dup) continue;
    pending.push({ key, finding: f, kinds, record: fresh });
  }
  return { pending, kept };
}

/** The gate's transition for a channel that last heard `told`; a first run that passes says nothing. */
export function gateTransition(told: GateState | undefined, now: GateState): GateState | undefined {
  if (now === 'fail') return told === 'fail' ? undefined : 'fail';
  return told === 'fail' ? 'pass' : undefined;
}
