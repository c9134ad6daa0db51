import type { GitHubClient } from './client.js';
import { statusOf } from './errors.js';
import type { LabelSpec } from './issue-render.js';
import type { WriteThrottle } from './writes.js';

// Labels are created (with a colour and a description) only when a write is about to use
// them and the repository does not have them yet; a run that writes nothing reads no labels.

export interface Repo {
  owner: string;
  repo: string;
}

export class LabelBook {
  private existing: Set<string> | undefined;

  constructor(
    private readonly client: GitHubClient,
    private readonly repo: Repo,
    private readonly throttle: WriteThrottle,
  ) {}

  private async load(): Promise<Set<string>> {
    if (!this.existing) {
      const all = await this.client.paginate(this.client.rest.issues.listLabelsForRepo, { ...this.repo, per_page: 100 });
      this.existing = new Set(all.map((l) => l.name.toLowerCase()));
    }
    return this.existing;
  }

  /** Creates whichever of these labels the repository lacks. */
  async ensure(labels: readonly LabelSpec[]): Promise<void> {
    const existing = await this.load();
    for (const spec of labels) {
      if (existing.has(spec.name.toLowerCase())) continue;
      try {
        await this.throttle.write(`create label ${spec.name}`, () => this.client.rest.issues.createLabel({ ...this.repo, ...spec }));
      } catch (err) {
        // 422: created meanwhile (another run, or a person); the label is there either way.
        if (statusOf(err) !== 422) throw err;
      }
      existing.add(spec.name.toLowerCase());
    }
  }
}
