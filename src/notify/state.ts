import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Problem } from '../model/types.js';
import type { FindingRecord } from './transitions.js';
import type { GateState } from './types.js';

// What each channel has been told, kept between runs. A channel is known by its type and a
// digest of its URL, never the URL (a webhook URL is a secret, and the state file is cached and
// may be read by anyone with access to the cache). Written atomically: a run killed halfway
// leaves the previous state, never half of a new one that would resend or lose alerts.

export const ALERT_STATE_VERSION = 1;

export interface ChannelState {
  gate?: GateState;
  findings: FindingRecord;
}

export interface AlertState {
  version: typeof ALERT_STATE_VERSION;
  channels: Record<string, ChannelState>;
}

export function emptyState(): AlertState {
  return { version: ALERT_STATE_VERSION, channels: {} };
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The state in `value`, or a reason it is not one this version reads. */
export function parseState(value: unknown): { state: AlertState } | { error: string } {
  if (!isObj(value)) return { error: 'expected a JSON object' };
  if (value.version !== ALERT_STATE_VERSION) return { error: `expected version ${ALERT_STATE_VERSION}, got ${JSON.stringify(value.version)}` };
  if (!isObj(value.channels)) return { error: 'expected a channels object' };
  const state = emptyState();
  for (const [id, ch] of Object.entries(value.channels)) {
    if (!isObj(ch) || !isObj(ch.findings)) return { error: `channel ${id}: expected an object with findings` };
    if (ch.gate !== undefined && ch.gate !== 'pass' && ch.gate !== 'fail') return { error: `channel ${id}: gate must be pass or fail` };
    const findings: FindingRecord = {};
    for (const [key, kinds] of Object.entries(ch.findings)) {
      if (!Array.isArray(kinds) || !kinds.every((k) => typeof k === 'string')) return { error: `channel ${id}: finding ${key}: expected a list of strings` };
      findings[key] = kinds as string[];
    }
    state.channels[id] = ch.gate === undefined ? { findings } : { gate: ch.gate, findings };
  }
  return { state };
}

/**
 * Reads the state file. A missing file is a first run; an unreadable or foreign one is a warning
 * and a fresh start (every fact still true is alerted once more, which is better than never).
 */
export function loadStateFile(file: string): { state: AlertState; problems: Problem[] } {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { state: emptyState(), problems: [] };
    return { state: emptyState(), problems: [{ level: 'warning', origin: 'notify', file, message: `alert state cannot be read (${(err as Error).message}); starting afresh` }] };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    return { state: emptyState(), problems: [{ level: 'warning', origin: 'notify', file, message: `alert state is not JSON (${(err as Error).message}); starting afresh` }] };
  }
  const parsed = parseState(value);
  if ('error' in parsed) return { state: emptyState(), problems: [{ level: 'warning', origin: 'notify', file, message: `not a patchwarden alert state: ${parsed.error}; starting afresh` }] };
  return { state: parsed.state, problems: [] };
}

/** Channels, findings and facts sorted, so an unchanged state is unchanged text. */
export function canonicalState(state: AlertState): AlertState {
  const channels: Record<string, ChannelState> = {};
  for (const id of Object.keys(state.channels).sort()) {
    const ch = state.channels[id]!;
    const findings: FindingRecord = {};
    for (const key of Object.keys(ch.findings).sort()) findings[key] = [...ch.findings[key]!].sort();
    channels[id] = ch.gate === undefined ? { findings } : { gate: ch.gate, findings };
  }
  return { version: state.version, channels };
}

export function serializeState(state: AlertState): string {
  return JSON.stringify(canonicalState(state), null, 2) + '\n';
}

export function saveStateFile(file: string, state: AlertState): void {
  mkdirSync(dirname(file), { recursive: true });
  const tmp = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
  try {
    writeFileSync(tmp, serializeState(state));
    renameSync(tmp, file);
  } finally {
    rmSync(tmp, { force: true });
  }
}
