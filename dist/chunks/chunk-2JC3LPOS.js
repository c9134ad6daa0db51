import { createRequire as __pwCreateRequire } from 'node:module';
const require = __pwCreateRequire(import.meta.url);
import {
  firstOwnerOf,
  loadCodeowners
} from "./chunk-7RQBEFWW.js";
import {
  loadStateFile,
  saveStateFile
} from "./chunk-NLGF7TI4.js";
import {
  CHANNELS,
  buildRoutes,
  channelsFor
} from "./chunk-NZ6IVX3D.js";
import {
  HttpClient,
  HttpError
} from "./chunk-FH73REOQ.js";

// src/notify/index.ts
import { randomUUID } from "node:crypto";

// src/notify/deliver.ts
var sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
function why(err) {
  if (!(err instanceof HttpError)) return "an unexpected error";
  const gaveUp = /gave up after (\d+) attempts/.exec(err.message);
  const tries = gaveUp ? ` after ${gaveUp[1]} attempts` : "";
  switch (err.kind) {
    case "status":
      return `HTTP ${err.status ?? "?"}${tries}`;
    case "timeout":
      return `no answer in time${tries}`;
    case "network":
      return `the connection failed${tries}`;
    case "retry-after":
      return `HTTP ${err.status ?? "?"} asking to retry later than this run waits`;
    default:
      return err.kind;
  }
}
var Deliverer = class {
  http;
  last = /* @__PURE__ */ new Map();
  minIntervalMs;
  constructor(opts = {}) {
    this.minIntervalMs = opts.minIntervalMs ?? 1e3;
    this.http = new HttpClient({ timeoutMs: 15e3, retries: 4, maxRetryAfterMs: 6e4, concurrencyPerHost: 1, maxBytes: 64 * 1024, ...opts.http });
  }
  /** Undefined when delivered, else why not (with no URL in it). */
  async send(channel, req) {
    const since = Date.now() - (this.last.get(channel.url) ?? -Infinity);
    if (since < this.minIntervalMs) await sleep(this.minIntervalMs - since);
    try {
      await this.http.request({ url: channel.url, method: "POST", body: req.body, headers: req.headers });
      return void 0;
    } catch (err) {
      return why(err);
    } finally {
      this.last.set(channel.url, Date.now());
    }
  }
};

// src/notify/transitions.ts
var MATCHED_STATUS_ALERTS = ["malicious"];
var ORDER = ["malicious", "overdue", "kev", "critical", "due-soon"];
function rank(k) {
  const i = ORDER.indexOf(k);
  return i < 0 ? 0 : i;
}
function findingKey(f) {
  const c = f.component;
  return [f.kind, c.ecosystem, c.name, c.version, f.advisory.id].join("|");
}
function factsOf(f) {
  if (f.status === "excepted") return [];
  const facts = /* @__PURE__ */ new Set();
  if (f.status === "overdue") facts.add("overdue").add("due-soon");
  if (f.status === "due-soon") facts.add("due-soon");
  if (f.kev) facts.add("kev");
  if (f.severity === "critical") facts.add("critical");
  for (const s of MATCHED_STATUS_ALERTS) if (String(f.status) === s || String(f.kind) === s) facts.add(s);
  return [...facts];
}
function pendingFor(findings, told) {
  const pending = [];
  const kept = {};
  for (const f of findings) {
    const key = findingKey(f);
    const facts = factsOf(f);
    const before = new Set(told[key] ?? []);
    const still = facts.filter((k) => before.has(k));
    if (still.length > 0) kept[key] = [...kept[key] ?? [], ...still.filter((k) => !(kept[key] ?? []).includes(k))];
    const fresh = facts.filter((k) => !before.has(k));
    if (fresh.length === 0) continue;
    const kinds = (fresh.includes("overdue") ? fresh.filter((k) => k !== "due-soon") : fresh).sort((a, b) => rank(a) - rank(b));
    const dup = pending.find((p) => p.key === key);
    if (dup) continue;
    pending.push({ key, finding: f, kinds, record: fresh });
  }
  return { pending, kept };
}
function gateTransition(told, now) {
  if (now === "fail") return told === "fail" ? void 0 : "fail";
  return told === "fail" ? "pass" : void 0;
}

// src/notify/index.ts
var SINGLE_MESSAGE_LIMIT = 20;
function ownerOf(f, codeowner) {
  if (f.owner !== void 0) return f.owner;
  const first = f.locations[0];
  return first && codeowner ? codeowner(first.file) : void 0;
}
function plan(pending, gate, digest, owner) {
  const items = pending.map((p) => {
    const o = owner(p.finding);
    return { key: p.key, kinds: p.kinds, finding: p.finding, ...o !== void 0 ? { owner: o } : {} };
  });
  if (digest || items.length > SINGLE_MESSAGE_LIMIT) return items.length === 0 && !gate ? [] : [{ items, ...gate ? { gate } : {} }];
  return [...gate ? [{ items: [], gate }] : [], ...items.map((i) => ({ items: [i] }))];
}
async function runAlerts(opts) {
  const { report } = opts;
  const routes = buildRoutes(opts.channels, opts.owners, opts.env);
  const problems = [...routes.problems];
  const targets = /* @__PURE__ */ new Map();
  const target = (spec) => {
    let t = targets.get(spec.id);
    if (!t) targets.set(spec.id, t = { spec, findings: [], gate: false });
    return t;
  };
  for (const spec of routes.defaults) target(spec).gate = opts.gate;
  if (routes.defaults.length === 0) for (const list of routes.byTeam.values()) for (const spec of list) target(spec).gate = opts.gate;
  for (const f of report.findings) for (const spec of channelsFor(routes, f.owner)) target(spec).findings.push(f);
  const ctx = { ...opts.context, now: report.now, policy: `${report.policy.name}@${report.policy.version}` };
  const gateNow = report.summary.gate === "fail" ? "fail" : report.summary.gate === "pass" ? "pass" : void 0;
  const owner = (f) => ownerOf(f, opts.codeowner);
  const deliverer = new Deliverer(opts.delivery);
  const clock = opts.clock ?? Date.now;
  const state = { version: opts.state.version, channels: { ...opts.state.channels } };
  const outcomes = [];
  for (const t of targets.values()) {
    const kind = CHANNELS[t.spec.type];
    const told = opts.state.channels[t.spec.id] ?? { findings: {} };
    const { pending, kept } = pendingFor(t.findings, told.findings);
    const judged = t.gate && gateNow !== void 0;
    const gateTo = judged ? gateTransition(told.gate, gateNow) : void 0;
    const gate = gateTo ? { ...told.gate ? { from: told.gate } : {}, to: gateTo, overdue: report.summary.overdue, gateSeverity: report.summary.gateSeverity } : void 0;
    const record = kept;
    let gateRecord = judged && !gateTo ? gateNow : told.gate;
    const outcome = { label: t.spec.label, messages: 0, transitions: 0, untold: 0 };
    const queue = plan(pending, gate, opts.digest, owner);
    const byKey = new Map(pending.map((p) => [p.key, p]));
    if (kind.needsSecret && !opts.secret && queue.length > 0) {
      outcome.failed = "no secret is set (PATCHWARDEN_WEBHOOK_SECRET); alerts are never sent unsigned";
    }
    while (queue.length > 0 && outcome.failed === void 0) {
      const msg = queue[0];
      const req = kind.render(msg, ctx, { ...opts.secret ? { secret: opts.secret } : {}, timestamp: Math.floor(clock() / 1e3), deliveryId: randomUUID() });
      const shown = msg.items.length === 0 ? 0 : Math.max(1, Math.min(req.shown, msg.items.length));
      const failed = await deliverer.send(t.spec, req);
      if (failed !== void 0) {
        outcome.failed = failed;
        break;
      }
      queue.shift();
      outcome.messages++;
      if (msg.gate) {
        gateRecord = msg.gate.to;
        outcome.transitions++;
      }
      for (const item of msg.items.slice(0, shown)) {
        const p = byKey.get(item.key);
        record[item.key] = [.../* @__PURE__ */ new Set([...record[item.key] ?? [], ...p.record])].sort();
        outcome.transitions++;
      }
      if (shown < msg.items.length) queue.unshift({ items: msg.items.slice(shown) });
    }
    outcome.untold = queue.reduce((n, m) => n + m.items.length + (m.gate ? 1 : 0), 0);
    if (outcome.failed !== void 0) {
      problems.push({ level: "warning", origin: "notify", message: `alerts to the ${t.spec.label} channel were not delivered (${outcome.failed}); ${outcome.untold} transition(s) are sent by the next run` });
    }
    state.channels[t.spec.id] = gateRecord === void 0 ? { findings: record } : { gate: gateRecord, findings: record };
    outcomes.push(outcome);
  }
  return { state, channels: outcomes, problems };
}

// src/notify/run.ts
function fileStore(file) {
  return {
    load: () => Promise.resolve(loadStateFile(file)),
    save: (state) => {
      try {
        saveStateFile(file, state);
        return Promise.resolve([]);
      } catch (err) {
        return Promise.resolve([{ level: "warning", origin: "notify", file, message: `the alert state could not be written (${err.message}); the next run may repeat this run's alerts` }]);
      }
    }
  };
}
async function sendAlerts(opts) {
  const owners = opts.policy.settings.owners ?? [];
  const anyOwnerChannel = owners.some((o) => o.alerts !== void 0);
  if (opts.channels.length === 0 && !anyOwnerChannel) return { problems: [] };
  if (opts.report.problems.some((p) => p.level === "error")) {
    return { problems: [{ level: "warning", origin: "notify", message: "no alerts are sent by a run whose inputs could not all be read (see the errors); the next complete run sends them" }] };
  }
  if (!opts.store) {
    return { problems: [{ level: "warning", origin: "notify", message: "alert channels are set but no alert state file (--alert-state, which --no-cache leaves without a default): nothing is sent, since every run would repeat the same alerts" }] };
  }
  const loaded = await opts.store.load();
  if (!loaded.state) return { problems: loaded.problems };
  const codeowners = opts.repoRoot ? loadCodeowners(opts.repoRoot) : void 0;
  const prefix = opts.prefix ? opts.prefix.replace(/\/+$/, "") + "/" : "";
  const result = await runAlerts({
    report: opts.report,
    owners,
    channels: opts.channels,
    env: opts.env,
    ...opts.env.PATCHWARDEN_WEBHOOK_SECRET ? { secret: opts.env.PATCHWARDEN_WEBHOOK_SECRET } : {},
    state: loaded.state,
    digest: opts.digest,
    gate: opts.gate,
    ...opts.context ? { context: opts.context } : {},
    ...codeowners ? { codeowner: (file) => firstOwnerOf(codeowners, prefix + file) } : {},
    ...opts.delivery ? { delivery: opts.delivery } : {}
  });
  const problems = [...loaded.problems, ...result.problems, ...await opts.store.save(result.state)];
  return { result, problems };
}

export {
  fileStore,
  sendAlerts
};
