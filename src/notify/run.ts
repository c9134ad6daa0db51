import type { ResolvedPolicy } from '../evaluate/policy/types.js';
import { firstOwnerOf, loadCodeowners } from '../github/codeowners.js';
import type { Problem } from '../model/types.js';
import type { Report } from '../report/model.js';
import type { DeliveryOptions } from './deliver.js';
import type { AlertResult } from './index.js';
import { runAlerts } from './index.js';
import type { ChannelSpec } from './route.js';
import type { AlertState } from './state.js';
import { loadStateFile, saveStateFile } from './state.js';
import type { AlertContext } from './types.js';

// The entry points' one call: state file in, alerts out, state file back. Without a state file a
// run cannot know what was already said, so it says nothing rather than repeat itself daily.

/** Where what was alerted is kept between runs: a state file, or the tool's issue on GitHub. */
export interface StateStore {
  /** No state: it could not be read, and sending would repeat everything, so nothing is sent. */
  load(): Promise<{ state?: AlertState; problems: Problem[] }>;
  save(state: AlertState): Promise<Problem[]>;
}

export function fileStore(file: string): StateStore {
  return {
    load: () => Promise.resolve(loadStateFile(file)),
    save: (state) => {
      try {
        saveStateFile(file, state);
        return Promise.resolve([]);
      } catch (err) {
        return Promise.resolve([{ level: 'warning', origin: 'notify', file, message: `the alert state could not be written (${(err as Error).message}); the next run may repeat this run's alerts` }]);
      }
    },
  };
}

export interface SendAlertsOptions {
  report: Report;
  policy: ResolvedPolicy;
  channels: readonly ChannelSpec[];
  /** A state file (the command line, report and annotate modes) or the issue store (issues mode). */
  store?: StateStore;
  digest: boolean;
  gate: boolean;
  env: NodeJS.ProcessEnv;
  /** The repository root, where CODEOWNERS is looked for; `prefix` maps report paths to it. */
  repoRoot?: string;
  prefix?: string;
  context?: Omit<AlertContext, 'now' | 'policy'>;
  delivery?: DeliveryOptions;
}

export async function sendAlerts(opts: SendAlertsOptions): Promise<{ result?: AlertResult; problems: Problem[] }> {
  const owners = opts.policy.settings.owners ?? [];
  const anyOwnerChannel = owners.some((o) => o.alerts !== undefined);
  if (opts.channels.length === 0 && !anyOwnerChannel) return { problems: [] };
  // A run that could not read some of its inputs has lost findings it will find again: alerting
  // on it would forget them now and repeat their alerts later.
  if (opts.report.problems.some((p) => p.level === 'error')) {
    return { problems: [{ level: 'warning', origin: 'notify', message: 'no alerts are sent by a run whose inputs could not all be read (see the errors); the next complete run sends them' }] };
  }
  if (!opts.store) {
    return { problems: [{ level: 'warning', origin: 'notify', message: 'alert channels are set but no alert state file (--alert-state, which --no-cache leaves without a default): nothing is sent, since every run would repeat the same alerts' }] };
  }
  const loaded = await opts.store.load();
  if (!loaded.state) return { problems: loaded.problems };
  const codeowners = opts.repoRoot ? loadCodeowners(opts.repoRoot) : undefined;
  const prefix = opts.prefix ? opts.prefix.replace(/\/+$/, '') + '/' : '';
  const result = await runAlerts({
    report: opts.report,
    owners,
    channels: opts.channels,
    env: opts.env,
    ...(opts.env.PATCHWARDEN_WEBHOOK_SECRET ? { secret: opts.env.PATCHWARDEN_WEBHOOK_SECRET } : {}),
    state: loaded.state,
    digest: opts.digest,
    gate: opts.gate,
    ...(opts.context ? { context: opts.context } : {}),
    ...(codeowners ? { codeowner: (file: string) => firstOwnerOf(codeowners, prefix + file) } : {}),
    ...(opts.delivery ? { delivery: opts.delivery } : {}),
  });
  const problems = [...loaded.problems, ...result.problems, ...(await opts.store.save(result.state))];
  return { result, problems };
}
