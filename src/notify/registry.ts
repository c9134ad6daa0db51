import { slack } from './slack.js';
import { teams } from './teams.js';
import { webhook } from './webhook.js';
import type { ChannelKind } from './types.js';

// Every alert channel the tool can send to: a new channel is a new file and one line here.
export const CHANNELS: Readonly<Record<string, ChannelKind>> = {
  slack,
  teams,
  webhook,
};
