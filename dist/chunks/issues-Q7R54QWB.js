import { createRequire as __pwCreateRequire } from 'node:module';
const require = __pwCreateRequire(import.meta.url);
import {
  groupByPackage,
  isManagedLabel,
  parseMarker,
  renderDashboard,
  renderIssue,
  stateLabel
} from "./chunk-R2WVYZVK.js";
import {
  repoPath
} from "./chunk-EXKTICSE.js";
import {
  code
} from "./chunk-LOVFOCI6.js";
import "./chunk-GEPUFUU3.js";
import "./chunk-3TVK7CKK.js";
import "./chunk-CUSGATIV.js";
import "./chunk-PCXDXHAE.js";
import "./chunk-JPMRHXET.js";
import {
  isTransient,
  messageOf,
  statusOf
} from "./chunk-5SXCCITM.js";
import "./chunk-X2NN6BVW.js";

// src/github/labels.ts
var LabelBook = class {
  constructor(client, repo, throttle) {
    this.client = client;
    this.repo = repo;
    this.throttle = throttle;
  }
  client;
  repo;
  throttle;
  existing;
  async load() {
    if (!this.existing) {
      const all = await this.client.paginate(this.client.rest.issues.listLabelsForRepo, { ...this.repo, per_page: 100 });
      this.existing = new Set(all.map((l) => l.name.toLowerCase()));
    }
    return this.existing;
  }
  /** Creates whichever of these labels the repository lacks. */
  async ensure(labels) {
    const existing = await this.load();
    for (const spec of labels) {
      if (existing.has(spec.name.toLowerCase())) continue;
      try {
        await this.throttle.write(`create label ${spec.name}`, () => this.client.rest.issues.createLabel({ ...this.repo, ...spec }));
      } catch (err) {
        if (statusOf(err) !== 422) throw err;
      }
      existing.add(spec.name.toLowerCase());
    }
  }
};

// src/github/issues.ts
function labelNames(labels) {
  return labels.map((l) => typeof l === "string" ? l : l.name ?? "").filter((n) => n !== "");
}
function toExisting(i) {
  return {
    number: i.number,
    title: i.title,
    body: i.body ?? "",
    state: i.state === "closed" ? "closed" : "open",
    stateReason: i.state_reason ?? null,
    labels: labelNames(i.labels),
    url: i.html_url
  };
}
function sameText(a, b) {
  const norm = (s) => s.replace(/\r\n?/g, "\n").replace(/\s+$/, "");
  return norm(a) === norm(b);
}
function sameSet(a, b) {
  const x = new Set(a.map((s) => s.toLowerCase()));
  const y = new Set(b.map((s) => s.toLowerCase()));
  return x.size === y.size && [...x].every((s) => y.has(s));
}
function mergeLabels(current, wanted) {
  const wantedNames = new Set(wanted.map((l) => l.name.toLowerCase()));
  const kept = current.filter((l) => !isManagedLabel(l) && !wantedNames.has(l.toLowerCase()));
  return [...wanted.map((l) => l.name), ...kept];
}
function better(a, b) {
  if (a.state !== b.state) return a.state === "open" ? a : b;
  return a.number < b.number ? a : b;
}
var IssueSync = class {
  constructor(opts) {
    this.opts = opts;
    this.labels = new LabelBook(opts.client, opts.repo, opts.throttle);
  }
  opts;
  labels;
  result = { created: [], reopened: [], updated: [], closed: [], unchanged: 0, deferred: [], dismissed: [], failed: [] };
  /** After a systemic failure (GitHub down after retries) no further write is tried. */
  halted = false;
  get toolLabel() {
    return this.opts.render.labels[0] ?? "patchwarden";
  }
  async listExisting() {
    const { client, repo, log } = this.opts;
    const items = await client.paginate(client.rest.issues.listForRepo, { ...repo, labels: this.toolLabel, state: "all", per_page: 100 });
    const packages = /* @__PURE__ */ new Map();
    let dashboard;
    for (const raw of items) {
      if (raw.pull_request) continue;
      const issue = toExisting(raw);
      const marker = parseMarker(issue.body);
      if (!marker) continue;
      if (marker.kind === "dashboard") {
        dashboard = dashboard ? better(dashboard, issue) : issue;
        continue;
      }
      const prev = packages.get(marker.fingerprint);
      if (prev) log.warning(`issues #${prev.number} and #${issue.number} carry the same patchwarden marker; #${better(prev, issue).number} is kept in step`);
      packages.set(marker.fingerprint, prev ? better(prev, issue) : issue);
    }
    return { packages, ...dashboard ? { dashboard } : {} };
  }
  /** Runs one write; a failure is recorded, and a systemic one stops the writes that follow. */
  async attempt(what, fn) {
    if (this.halted) return void 0;
    try {
      return await fn();
    } catch (err) {
      this.result.failed.push({ what, error: messageOf(err) });
      if (isTransient(err)) {
        this.halted = true;
        this.opts.log.warning(`patchwarden: ${what} failed after retries (${messageOf(err)}); the remaining GitHub writes are left for the next run`);
      } else {
        this.opts.log.warning(`patchwarden: ${what} failed: ${messageOf(err)}`);
      }
      return void 0;
    }
  }
  /** Finds the newest issue whose marker passes `match`, after a create whose outcome is unknown. */
  async findCreated(match) {
    const { client, repo } = this.opts;
    const page = await client.rest.issues.listForRepo({ ...repo, labels: this.toolLabel, state: "all", sort: "created", direction: "desc", per_page: 100 });
    for (const raw of page.data) {
      const m = parseMarker(raw.body);
      if (m && match(m)) return toExisting(raw);
    }
    return void 0;
  }
  /**
   * Creates an issue without the client's blind retry: a 5xx can come back for a create GitHub
   * did make, and retrying it would make a second issue. After such a failure the issue is looked
   * for by its marker, and only created again when it is not there. A rate-limit refusal is
   * retried by the client (GitHub did not act on it).
   */
  async create(what, match, rendered, assignees) {
    const { client, repo, throttle } = this.opts;
    const retries = this.opts.createRetries ?? 3;
    const base = this.opts.retryBaseMs ?? 1e3;
    let withAssignees = assignees;
    for (let attempt = 0; ; attempt++) {
      try {
        const res = await throttle.write(
          what,
          () => client.rest.issues.create({
            ...repo,
            title: rendered.title,
            body: rendered.body,
            labels: rendered.labels.map((l) => l.name),
            ...withAssignees.length > 0 ? { assignees: withAssignees } : {},
            request: { retries: 0 }
          })
        );
        return res ? toExisting(res.data) : void 0;
      } catch (err) {
        if (statusOf(err) === 422 && withAssignees.length > 0) {
          this.opts.log.warning(`patchwarden: GitHub refused the CODEOWNERS assignees ${withAssignees.join(", ")} (${messageOf(err)}); creating the issue unassigned`);
          withAssignees = [];
          continue;
        }
        if (!isTransient(err) || attempt >= retries) throw err;
        await throttle.clock.sleep((attempt + 1) ** 2 * base);
        const found = await this.findCreated(match);
        if (found) return found;
      }
    }
  }
  ref(issue, pkg) {
    return { number: issue.number, url: issue.url, package: pkg };
  }
  async run(report) {
    const { client, repo, throttle, render, log } = this.opts;
    const groups = groupByPackage(report.findings, this.opts.issueOn);
    const { packages: existing, dashboard } = await this.listExisting();
    const numbers = /* @__PURE__ */ new Map();
    let opened = 0;
    let labelsBroken = false;
    for (const group of groups) {
      const issue = existing.get(group.fingerprint);
      const pkg = `${group.ecosystem}/${group.name}`;
      if (issue) numbers.set(group.fingerprint, issue.number);
      if (!group.qualifies) continue;
      const rendered = renderIssue(group, render, issue?.body);
      if (!issue || issue.state === "closed") {
        if (issue?.stateReason === "not_planned") {
          this.result.dismissed.push(this.ref(issue, pkg));
          continue;
        }
        if (opened >= this.opts.maxIssues || labelsBroken) {
          this.result.deferred.push(pkg);
          continue;
        }
        opened++;
        await this.attempt(`labels for ${pkg}`, () => this.labels.ensure(rendered.labels));
        if (issue) {
          const done2 = await this.attempt(
            `reopen #${issue.number}`,
            () => throttle.write(
              `reopen #${issue.number}`,
              () => client.rest.issues.update({ ...repo, issue_number: issue.number, state: "open", title: rendered.title, body: rendered.body, labels: mergeLabels(issue.labels, rendered.labels) })
            )
          );
          if (done2) this.result.reopened.push(this.ref(issue, pkg));
          continue;
        }
        const first = group.findings.find((f) => f.status === "overdue" || f.status === "due-soon")?.locations[0];
        const assignees = first && this.opts.owners ? this.opts.owners(repoPath(render.links, first.file)).slice(0, 10) : [];
        const what = `create issue for ${pkg}`;
        const fp = group.fingerprint;
        const created = await this.attempt(what, () => this.create(what, (m) => m.kind === "issue" && m.fingerprint === fp, rendered, assignees));
        if (created) {
          numbers.set(group.fingerprint, created.number);
          this.result.created.push(this.ref(created, pkg));
          if (!created.labels.some((l) => l.toLowerCase() === this.toolLabel.toLowerCase())) {
            labelsBroken = true;
            log.warning(`patchwarden: GitHub dropped the label '${this.toolLabel}' from #${created.number} (the token may lack push access); no more issues are opened this run`);
          }
        }
        continue;
      }
      const labels = mergeLabels(issue.labels, rendered.labels);
      const patch = {
        ...issue.title !== rendered.title ? { title: rendered.title } : {},
        ...!sameText(issue.body, rendered.body) ? { body: rendered.body } : {},
        ...!sameSet(issue.labels, labels) ? { labels } : {}
      };
      if (Object.keys(patch).length === 0) {
        this.result.unchanged++;
        continue;
      }
      if (patch.labels) await this.attempt(`labels for ${pkg}`, () => this.labels.ensure(rendered.labels));
      const done = await this.attempt(`update #${issue.number}`, () => throttle.write(`update #${issue.number}`, () => client.rest.issues.update({ ...repo, issue_number: issue.number, ...patch })));
      if (done) this.result.updated.push(this.ref(issue, pkg));
    }
    await this.closeResolved(groups, existing);
    if (this.opts.dashboard) await this.syncDashboard(report, groups, numbers, dashboard);
    if (throttle.readOnly) this.result.readOnly = throttle.readOnly;
    return this.result;
  }
  async closeResolved(groups, existing) {
    const { client, repo, throttle, render } = this.opts;
    const byFingerprint = new Map(groups.map((g) => [g.fingerprint, g]));
    const stale = [...existing.entries()].filter(([fp, issue]) => issue.state === "open" && !byFingerprint.get(fp)?.qualifies);
    stale.sort((a, b) => a[1].number - b[1].number);
    for (const [fp, issue] of stale) {
      const group = byFingerprint.get(fp);
      const labels = issue.labels.filter((l) => l.toLowerCase() !== stateLabel("overdue").name && l.toLowerCase() !== stateLabel("due-soon").name);
      const commit = /^[0-9a-f]{7,}$/i.test(render.links.sha) ? ` at commit ${code(render.links.sha.slice(0, 12))}` : "";
      const why = group ? `No advisory finding for ${code(group.name)} is ${this.opts.issueOn === "overdue" ? "overdue" : "overdue or due soon"} any more${commit} (${group.findings.length} finding(s) remain: ${[...new Set(group.findings.map((f) => f.status))].join(", ")}).` : `No vulnerable version of this package is left in the repository${commit}.`;
      const closed = await this.attempt(
        `close #${issue.number}`,
        () => throttle.write(
          `close #${issue.number}`,
          () => client.rest.issues.update({ ...repo, issue_number: issue.number, state: "closed", state_reason: "completed", ...sameSet(labels, issue.labels) ? {} : { labels } })
        )
      );
      if (!closed) continue;
      this.result.closed.push({ number: issue.number, url: issue.url, package: group ? `${group.ecosystem}/${group.name}` : issue.title });
      await this.attempt(
        `comment on #${issue.number}`,
        () => throttle.write(`comment on #${issue.number}`, () => client.rest.issues.createComment({ ...repo, issue_number: issue.number, body: `patchwarden closed this issue. ${why}` }))
      );
    }
  }
  async syncDashboard(report, groups, numbers, existing) {
    const { client, repo, throttle, render } = this.opts;
    const rendered = renderDashboard(report, groups, numbers, render);
    if (existing?.state === "closed" && existing.stateReason === "not_planned") return;
    if (!existing) {
      await this.attempt("labels for the dashboard", () => this.labels.ensure(rendered.labels));
      const what = "create the dashboard issue";
      const created = await this.attempt(what, () => this.create(what, (m) => m.kind === "dashboard", rendered, []));
      if (created) this.result.dashboard = { number: created.number, url: created.url, package: "dashboard" };
      return;
    }
    const labels = mergeLabels(existing.labels, rendered.labels);
    const patch = {
      ...existing.state === "closed" ? { state: "open" } : {},
      ...existing.title !== rendered.title ? { title: rendered.title } : {},
      ...!sameText(existing.body, rendered.body) ? { body: rendered.body } : {},
      ...!sameSet(existing.labels, labels) ? { labels } : {}
    };
    this.result.dashboard = { number: existing.number, url: existing.url, package: "dashboard" };
    if (Object.keys(patch).length === 0) return;
    if (patch.labels) await this.attempt("labels for the dashboard", () => this.labels.ensure(rendered.labels));
    await this.attempt("update the dashboard", () => throttle.write("update the dashboard", () => client.rest.issues.update({ ...repo, issue_number: existing.number, ...patch })));
  }
};
async function syncIssues(report, opts) {
  return new IssueSync(opts).run(report);
}
export {
  IssueSync,
  syncIssues
};
