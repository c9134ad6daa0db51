import { messageOf, statusOf } from './errors.js';
import type { Pacer } from './pacer.js';

// Every write to GitHub goes through one WriteThrottle: it paces the write, and the first time
// GitHub says the token may not write (a pull request from a fork, a Dependabot run, a token
// without the permission) it stops all further writes with a single notice. Reading, the job
// summary, annotations and the gate go on, and the run does not fail for that reason.

const READ_ONLY = /Resource not accessible by (integration|personal access token)/i;

export function isReadOnlyRefusal(err: unknown): boolean {
  return statusOf(err) === 403 && READ_ONLY.test(messageOf(err));
}

export interface WriteRecord {
  what: string;
  outcome: 'done' | 'skipped' | 'failed';
}

export class WriteThrottle {
  private readOnlyReason: string | undefined;
  private noticed = false;
  readonly log: WriteRecord[] = [];

  constructor(
    private readonly pacer: Pacer,
    private readonly notice: (message: string) => void,
    /** Set when the run knows up front that the token cannot write (a fork's pull request). */
    readOnly?: string,
  ) {
    this.readOnlyReason = readOnly;
  }

  get readOnly(): string | undefined {
    return this.readOnlyReason;
  }

  get clock(): Pacer['clock'] {
    return this.pacer.clock;
  }

  private skip(what: string): undefined {
    if (!this.noticed) {
      this.noticed = true;
      this.notice(`patchwarden: ${this.readOnlyReason}; GitHub writes are skipped (the summary, annotations and gate still apply)`);
    }
    this.log.push({ what, outcome: 'skipped' });
    return undefined;
  }

  /**
   * Runs one write, paced. Returns undefined when writes are off (read-only token); rethrows
   * any other failure after the client's own retries.
   */
  async write<T>(what: string, fn: () => Promise<T>): Promise<T | undefined> {
    if (this.readOnlyReason) return this.skip(what);
    await this.pacer.acquire();
    try {
      const out = await fn();
      this.log.push({ what, outcome: 'done' });
      return out;
    } catch (err) {
      if (isReadOnlyRefusal(err)) {
        this.readOnlyReason = `the token cannot write to this repository (${messageOf(err)})`;
        return this.skip(what);
      }
      this.log.push({ what, outcome: 'failed' });
      throw err;
    }
  }
}
