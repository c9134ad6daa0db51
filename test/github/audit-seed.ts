import { groupByPackage, renderIssue } from '../../src/github/issue-render.js';
import { EXAMPLE_RUNS, EXAMPLE_SPECS, exampleReports } from '../helpers/audit-example.js';
import type { FakeIssue, FakeRepo } from '../helpers/github-server.js';
import { SHA } from './harness.js';

// The README's worked example as the issues a scheduled workflow leaves behind: one per package,
// each body rendered by the real issue renderer run after run (so the history block carries its
// first-seen day and exception as in production), created, closed and reopened on the run days.

const at = (day: string): string => `${day}T06:00:00Z`;

/** Seeds one issue per example finding, with the body the renderer writes and the example's open/close days. */
export function seedExample(repo: FakeRepo): void {
  const reports = exampleReports(`${repo.owner}/${repo.name}`);
  for (const spec of EXAMPLE_SPECS) {
    let body: string | undefined;
    let title = '';
    const events: FakeIssue['events'] = [];
    let open = false;
    let created: string | undefined;
    for (const [i, run] of EXAMPLE_RUNS.entries()) {
      const f = reports[i]!.findings.find((x) => x.component.name === spec.name);
      if (f) {
        const [group] = groupByPackage([f], 'overdue');
        const rendered = renderIssue(group!, { links: { serverUrl: 'https://github.com', owner: repo.owner, repo: repo.name, sha: SHA, prefix: '' }, policy: reports[i]!.policy, today: run, labels: ['patchwarden'] }, body);
        body = rendered.body;
        title = rendered.title;
        if (!created) created = run;
        else if (!open) events.push({ event: 'reopened', created_at: at(run) });
        open = true;
      } else if (open) {
        events.push({ event: 'closed', created_at: at(run) });
        open = false;
      }
    }
    const lastClose = events.filter((e) => e.event === 'closed').at(-1);
    repo.seed({ title, body: body!, labels: ['patchwarden'], state: open ? 'open' : 'closed', state_reason: open ? null : 'completed', created_at: at(created!), updated_at: at(created!), closed_at: open ? null : lastClose!.created_at, events });
  }
}

