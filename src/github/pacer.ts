// GitHub's secondary limits allow about 80 content-creating requests a minute and ask for at
// least a second between mutating requests. Every write this action makes waits on one Pacer,
// so a run of any size stays under both. The clock is injectable so tests check the pacing on
// virtual time instead of sleeping.

export interface Clock {
  /** Milliseconds, monotonic enough for pacing. */
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms))),
};

/** A clock that only moves when slept on: tests see every pause without waiting for it. */
export function virtualClock(start = 0): Clock & { slept: number[] } {
  let t = start;
  const slept: number[] = [];
  return {
    slept,
    now: () => t,
    sleep: async (ms) => {
      slept.push(ms);
      t += Math.max(0, ms);
    },
  };
}

export interface PacerOptions {
  /** Writes allowed in any 60-second window. Default 60: under GitHub's 80. */
  perMinute?: number;
  /** Least time between two writes. Default 1000 ms, as GitHub's best practices ask. */
  minIntervalMs?: number;
  clock?: Clock;
}

const WINDOW_MS = 60_000;

export class Pacer {
  readonly clock: Clock;
  private readonly perMinute: number;
  private readonly minIntervalMs: number;
  /** When each write was let through, oldest first (pruned to the last minute). */
  private readonly recent: number[] = [];
  /** Every write's time, kept for tests and the run's log. */
  readonly history: number[] = [];

  constructor(opts: PacerOptions = {}) {
    this.clock = opts.clock ?? systemClock;
    this.perMinute = Math.max(1, Math.floor(opts.perMinute ?? 60));
    this.minIntervalMs = Math.max(0, opts.minIntervalMs ?? 1000);
  }

  /** Waits until one more write fits in both limits, then records it. Callers write serially. */
  async acquire(): Promise<void> {
    for (;;) {
      const now = this.clock.now();
      while (this.recent.length > 0 && this.recent[0]! <= now - WINDOW_MS) this.recent.shift();
      const last = this.recent[this.recent.length - 1];
      let wait = last === undefined ? 0 : last + this.minIntervalMs - now;
      if (this.recent.length >= this.perMinute) wait = Math.max(wait, this.recent[0]! + WINDOW_MS - now);
      if (wait <= 0) {
        this.recent.push(now);
        this.history.push(now);
        return;
      }
      await this.clock.sleep(wait);
    }
  }
}
