import type { Finding } from '../evaluate/types.js';

// The nouns of alerting. A transition is a change a person must hear of once: a finding enters
// its due-soon window, falls overdue, is listed in CISA KEV, is newly matched at a status worth
// an alert of its own (critical, malicious); the gate on the default branch fails or recovers.

/** What can become true of a finding; each is alerted once while it stays true. */
export type FindingTransition = 'due-soon' | 'overdue' | 'kev' | 'critical' | (string & {});

export type GateState = 'pass' | 'fail';

export interface AlertItem {
  /** Stable identity of the finding across runs (see findingKey). */
  key: string;
  /** What became true this run, most urgent first; never empty. */
  kinds: FindingTransition[];
  finding: Finding;
  /** The finding's owner: its policy `owners` team, else its CODEOWNERS owner. */
  owner?: string;
}

export interface GateChange {
  from?: GateState;
  to: GateState;
  overdue: number;
  /** The severity at and above which an overdue finding fails the gate. */
  gateSeverity: string;
}

/** Trusted context every message may show: it comes from the runner or the command line, never the repository. */
export interface AlertContext {
  /** `owner/name`, when known. */
  repository?: string;
  /** The workflow run, when known. */
  runUrl?: string;
  /** A link to a repository file at the scanned commit, when one can be made. */
  fileUrl?: (file: string, line: number) => string | undefined;
  /** The report's `now`. */
  now: string;
  /** `name@version` of the policy. */
  policy: string;
}

export interface AlertMessage {
  items: AlertItem[];
  gate?: GateChange;
}

/** A request body ready to send, with the headers that describe or sign it. */
export interface RenderedRequest {
  body: string;
  headers: Record<string, string>;
  /**
   * How many of the message's items (from the first) the body carries: a channel stops where
   * its size limits would be crossed, and the rest go in the next message. At least one.
   */
  shown: number;
}

export interface SignContext {
  /** The shared secret of a signed channel. */
  secret?: string;
  /** Unix seconds, the same value the signature covers. */
  timestamp: number;
  /** Unique per message, so a receiver can refuse a replay within the timestamp window. */
  deliveryId: string;
}

/** One kind of channel: a new channel is a new file with one of these and one registry line. */
export interface ChannelKind {
  type: string;
  /** Refuses to send without a secret (the signed webhook). */
  needsSecret?: boolean;
  render(message: AlertMessage, ctx: AlertContext, sign: SignContext): RenderedRequest;
}
