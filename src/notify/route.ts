import { createHash } from 'node:crypto';
import type { Owner } from '../evaluate/policy/types.js';
import type { Problem } from '../model/types.js';
import { CHANNELS } from './registry.js';

// Where each alert goes. The run's own channels (`--alert TYPE=URL`, the action's alert-*
// inputs) take everything by default; a policy `owners` entry with `alerts` takes its team's
// findings instead, reading each URL from the environment variable the entry names. A channel
// is named in messages and state by its type and owner, never by its URL.

export interface ChannelSpec {
  type: string;
  url: string;
  /** How warnings name it: `slack`, `slack #2`, `teams (payments)`. */
  label: string;
  /** The state's key: the type and a digest of the URL. */
  id: string;
}

export function channelId(type: string, url: string): string {
  return `${type}:${createHash('sha256').update(url).digest('hex').slice(0, 16)}`;
}

function checkUrl(url: string): string | undefined {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return 'not a URL';
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return `expected an https:// URL, got a ${u.protocol} one`;
  return undefined;
}

/** `TYPE=URL` as the command line and the action take it; the error never repeats the URL. */
export function parseAlertSpec(spec: string, index: number): ChannelSpec | { error: string } {
  const eq = spec.indexOf('=');
  const type = eq < 0 ? spec : spec.slice(0, eq);
  if (!(type in CHANNELS)) return { error: `expected ${Object.keys(CHANNELS).join('=URL, ')}=URL, got a value starting '${type.slice(0, 20)}'` };
  const url = spec.slice(eq + 1).trim();
  const bad = eq < 0 ? 'no URL' : checkUrl(url);
  if (bad) return { error: `${type}: ${bad}` };
  return { type, url, label: index > 0 ? `${type} #${index + 1}` : type, id: channelId(type, url) };
}

/** Numbers repeated types (`slack`, `slack #2`) in the order given. */
export function defaultChannels(specs: readonly string[]): { channels: ChannelSpec[]; errors: string[] } {
  const channels: ChannelSpec[] = [];
  const errors: string[] = [];
  const seen = new Map<string, number>();
  for (const spec of specs) {
    const type = spec.split('=', 1)[0]!;
    const n = seen.get(type) ?? 0;
    const got = parseAlertSpec(spec, n);
    if ('error' in got) errors.push(got.error);
    else {
      seen.set(type, n + 1);
      channels.push(got);
    }
  }
  return { channels, errors };
}

export interface Routes {
  defaults: ChannelSpec[];
  /** Teams whose policy entry names channels that are set in this run's environment. */
  byTeam: Map<string, ChannelSpec[]>;
  problems: Problem[];
}

export function buildRoutes(defaults: readonly ChannelSpec[], owners: readonly Owner[], env: NodeJS.ProcessEnv): Routes {
  const byTeam = new Map<string, ChannelSpec[]>();
  const problems: Problem[] = [];
  for (const o of owners) {
    if (!o.alerts || byTeam.has(o.team)) continue;
    const list: ChannelSpec[] = [];
    for (const [type, variable] of Object.entries(o.alerts)) {
      if (variable === undefined) continue;
      const url = env[variable]?.trim();
      if (!url) {
        problems.push({ level: 'warning', origin: 'notify', message: `owner ${o.team}: the ${type} channel's variable ${variable} is not set; its alerts go to the run's own channels` });
        continue;
      }
      const bad = checkUrl(url);
      if (bad) {
        problems.push({ level: 'warning', origin: 'notify', message: `owner ${o.team}: ${variable} (${type}): ${bad}; its alerts go to the run's own channels` });
        continue;
      }
      list.push({ type, url, label: `${type} (${o.team})`, id: channelId(type, url) });
    }
    if (list.length > 0) byTeam.set(o.team, list);
  }
  return { defaults: [...defaults], byTeam, problems };
}

/** The channels a finding with this owner goes to. */
export function channelsFor(routes: Routes, owner: string | undefined): ChannelSpec[] {
  return (owner !== undefined ? routes.byTeam.get(owner) : undefined) ?? routes.defaults;
}
