import { createRequire as __pwCreateRequire } from 'node:module';
const require = __pwCreateRequire(import.meta.url);
import {
  cardLink,
  cardText,
  safeAdvisoryUrl,
  safeFileUrl,
  safeJson,
  slackCode,
  slackLink,
  slackText
} from "./chunk-XHC7JOIM.js";
import {
  TOOL_NAME,
  TOOL_VERSION
} from "./chunk-7BNRQPQI.js";

// src/notify/describe.ts
var HEADLINE = {
  malicious: "malicious package",
  overdue: "patch overdue",
  kev: "newly listed in CISA KEV (known exploited)",
  critical: "critical finding",
  "due-soon": "patch due soon"
};
function kindLabel(kind) {
  return HEADLINE[kind] ?? `newly ${kind}`;
}
function itemHeadline(item) {
  return item.kinds.map(kindLabel).join(", ");
}
function deadlineText(item) {
  const f = item.finding;
  if (f.deadline === null || f.daysLeft === null) return f.fixedVersion === null ? "no fix released" : "no deadline";
  if (f.daysLeft < 0) return `deadline ${f.deadline} (${-f.daysLeft} day${f.daysLeft === -1 ? "" : "s"} overdue)`;
  return `deadline ${f.deadline} (${f.daysLeft} day${f.daysLeft === 1 ? "" : "s"} left)`;
}
function gateText(g) {
  return g.to === "fail" ? `The patch gate now FAILS: ${g.overdue} overdue finding(s), at least one at or above ${g.gateSeverity}.` : `The patch gate passes again: nothing at or above ${g.gateSeverity} is overdue.`;
}
function titleOf(count, gate, ctx) {
  const where = ctx.repository ? ` in ${ctx.repository}` : "";
  if (count === 0 && gate) return `patchwarden: gate ${gate.to === "fail" ? "failing" : "passing again"}${where}`;
  return `patchwarden: ${count} alert${count === 1 ? "" : "s"}${where}`;
}
function itemParts(item, ctx) {
  const f = item.finding;
  const first = f.locations[0];
  const advisoryUrl = safeAdvisoryUrl(f.advisory.url);
  const fileUrl = first ? safeFileUrl(ctx.fileUrl?.(first.file, first.line)) : void 0;
  return { f, ...advisoryUrl ? { advisoryUrl } : {}, ...first ? { first } : {}, ...fileUrl ? { fileUrl } : {} };
}

// src/notify/slack.ts
var SLACK_MAX_BLOCKS = 50;
var SLACK_MAX_TEXT = 3e3;
var SLACK_MAX_HEADER = 150;
var SLACK_TOTAL_TEXT = 11e3;
function itemText(item, ctx) {
  const { f, advisoryUrl: adv, first, fileUrl } = itemParts(item, ctx);
  const c = f.component;
  const lines = [
    `*${itemHeadline(item)}* \xB7 ${f.severity} \xB7 ${deadlineText(item)}`,
    `${slackCode(`${c.ecosystem}/${c.name}@${c.version}`)} ${adv ? slackLink(adv, f.advisory.id) : slackCode(f.advisory.id)}${f.fixedVersion ? ` \u2192 fix ${slackCode(f.fixedVersion, 80)}` : ""}`
  ];
  if (f.advisory.summary) lines.push(slackText(f.advisory.summary, 300));
  if (first) lines.push(`${fileUrl ? slackLink(fileUrl, `${first.file}:${first.line}`) : slackCode(`${first.file}:${first.line}`)}${f.locations.length > 1 ? ` and ${f.locations.length - 1} more` : ""}`);
  if (item.owner) lines.push(`owner ${slackCode(item.owner, 100)}`);
  const text = lines.join("\n");
  return text.length > SLACK_MAX_TEXT ? text.slice(0, SLACK_MAX_TEXT) : text;
}
var slack = {
  type: "slack",
  render(message, ctx) {
    const title = titleOf(message.items.length, message.gate, ctx).slice(0, SLACK_MAX_HEADER);
    const blocks = [{ type: "header", text: { type: "plain_text", text: title, emoji: false } }];
    let total = title.length;
    const push = (text) => {
      blocks.push({ type: "section", text: { type: "mrkdwn", text } });
      total += text.length;
    };
    if (message.gate) push(gateText(message.gate));
    const foot = [`policy ${slackCode(ctx.policy, 100)}`, `as of ${ctx.now.slice(0, 10)}`];
    if (ctx.runUrl && safeFileUrl(ctx.runUrl)) foot.push(slackLink(ctx.runUrl, "workflow run"));
    const footText = foot.join(" \xB7 ");
    const room = SLACK_MAX_BLOCKS - 1;
    let shown = 0;
    for (const item of message.items) {
      const text = itemText(item, ctx);
      if (shown > 0 && (blocks.length >= room || total + text.length + footText.length > SLACK_TOTAL_TEXT)) break;
      push(text);
      shown++;
    }
    blocks.push({ type: "context", elements: [{ type: "mrkdwn", text: footText }] });
    return { body: JSON.stringify({ text: title, blocks }), headers: {}, shown };
  }
};

// src/notify/teams.ts
var TEAMS_MAX_ITEMS = 25;
var TEAMS_MAX_BYTES = 24e3;
function itemElements(item, ctx) {
  const { f, advisoryUrl: adv, first, fileUrl } = itemParts(item, ctx);
  const c = f.component;
  const facts = [
    { title: "Package", value: cardText(`${c.ecosystem}/${c.name}@${c.version}`, 200) },
    { title: "Advisory", value: adv ? cardLink(adv, f.advisory.id) : cardText(f.advisory.id, 100) },
    { title: "Severity", value: f.severity },
    { title: "Deadline", value: deadlineText(item) }
  ];
  if (f.fixedVersion) facts.push({ title: "Fix", value: cardText(f.fixedVersion, 80) });
  if (first) facts.push({ title: "Where", value: fileUrl ? cardLink(fileUrl, `${first.file}:${first.line}`) : cardText(`${first.file}:${first.line}`, 200) });
  if (item.owner) facts.push({ title: "Owner", value: cardText(item.owner, 100) });
  const out = [
    { type: "TextBlock", text: itemHeadline(item), weight: "Bolder", wrap: true, separator: true, color: item.kinds.includes("overdue") || item.kinds.includes("malicious") ? "Attention" : "Warning" },
    { type: "FactSet", facts }
  ];
  if (f.advisory.summary) out.push({ type: "TextBlock", text: cardText(f.advisory.summary, 300), wrap: true, isSubtle: true });
  return out;
}
function adaptiveCard(message, ctx) {
  const title = titleOf(message.items.length, message.gate, ctx);
  const body = [{ type: "TextBlock", text: cardText(title, 200), size: "Large", weight: "Bolder", wrap: true }];
  if (message.gate) body.push({ type: "TextBlock", text: gateText(message.gate), wrap: true, color: message.gate.to === "fail" ? "Attention" : "Good" });
  let shown = 0;
  let bytes = 0;
  for (const item of message.items) {
    const els = itemElements(item, ctx);
    const size = JSON.stringify(els).length;
    if (shown > 0 && (shown >= TEAMS_MAX_ITEMS || bytes + size > TEAMS_MAX_BYTES)) break;
    body.push(...els);
    bytes += size;
    shown++;
  }
  const foot = [`policy ${cardText(ctx.policy, 100)}`, `as of ${ctx.now.slice(0, 10)}`];
  body.push({ type: "TextBlock", text: foot.join(" \xB7 "), wrap: true, isSubtle: true, size: "Small", separator: true });
  const card = { $schema: "http://adaptivecards.io/schemas/adaptive-card.json", type: "AdaptiveCard", version: "1.5", body };
  if (ctx.runUrl && safeFileUrl(ctx.runUrl)) card.actions = [{ type: "Action.OpenUrl", title: "Workflow run", url: ctx.runUrl }];
  return { card, shown };
}
var teams = {
  type: "teams",
  render(message, ctx) {
    const { card, shown } = adaptiveCard(message, ctx);
    const payload = { type: "message", attachments: [{ contentType: "application/vnd.microsoft.card.adaptive", contentUrl: null, content: card }] };
    return { body: JSON.stringify(payload), headers: {}, shown };
  }
};

// src/notify/webhook.ts
import { createHmac } from "node:crypto";
var WEBHOOK_SCHEMA = "patchwarden.alert/v1";
var WEBHOOK_MAX_ITEMS = 200;
function signature(secret, timestamp, body) {
  return "sha256=" + createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex");
}
function webhookBody(message, ctx, sign) {
  return {
    schema: WEBHOOK_SCHEMA,
    id: sign.deliveryId,
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    repository: ctx.repository ?? null,
    runUrl: ctx.runUrl && safeFileUrl(ctx.runUrl) ? ctx.runUrl : null,
    now: ctx.now,
    policy: ctx.policy,
    gate: message.gate ? { from: message.gate.from ?? null, to: message.gate.to, overdue: message.gate.overdue, gateSeverity: message.gate.gateSeverity, text: gateText(message.gate) } : null,
    alerts: message.items.slice(0, WEBHOOK_MAX_ITEMS).map((item) => {
      const f = item.finding;
      return {
        key: item.key,
        transitions: item.kinds,
        headline: item.kinds.map(kindLabel).join(", "),
        owner: item.owner ?? null,
        package: { ecosystem: f.component.ecosystem, name: f.component.name, version: f.component.version, purl: f.component.purl ?? null, layer: f.component.layer },
        advisory: { id: f.advisory.id, aliases: f.advisory.aliases, summary: f.advisory.summary, url: safeAdvisoryUrl(f.advisory.url) ?? null },
        severity: f.severity,
        status: f.status,
        deadline: f.deadline,
        daysLeft: f.daysLeft,
        fixedVersion: f.fixedVersion,
        kev: f.kev ?? null,
        locations: f.locations.map((l) => ({ file: l.file, line: l.line, url: safeFileUrl(ctx.fileUrl?.(l.file, l.line)) ?? null }))
      };
    })
  };
}
var webhook = {
  type: "webhook",
  needsSecret: true,
  render(message, ctx, sign) {
    const body = safeJson(webhookBody(message, ctx, sign));
    return {
      body,
      headers: {
        "x-patchwarden-timestamp": String(sign.timestamp),
        "x-patchwarden-delivery": sign.deliveryId,
        "x-patchwarden-signature": signature(sign.secret ?? "", sign.timestamp, body)
      },
      shown: Math.min(message.items.length, WEBHOOK_MAX_ITEMS)
    };
  }
};

// src/notify/registry.ts
var CHANNELS = {
  slack,
  teams,
  webhook
};

// src/notify/route.ts
import { createHash } from "node:crypto";
function channelId(type, url) {
  return `${type}:${createHash("sha256").update(url).digest("hex").slice(0, 16)}`;
}
function checkUrl(url) {
  let u;
  try {
    u = new URL(url);
  } catch {
    return "not a URL";
  }
  if (u.protocol !== "https:" && u.protocol !== "http:") return `expected an https:// URL, got a ${u.protocol} one`;
  return void 0;
}
function parseAlertSpec(spec, index) {
  const eq = spec.indexOf("=");
  const type = eq < 0 ? spec : spec.slice(0, eq);
  if (!(type in CHANNELS)) return { error: `expected ${Object.keys(CHANNELS).join("=URL, ")}=URL, got a value starting '${type.slice(0, 20)}'` };
  const url = spec.slice(eq + 1).trim();
  const bad = eq < 0 ? "no URL" : checkUrl(url);
  if (bad) return { error: `${type}: ${bad}` };
  return { type, url, label: index > 0 ? `${type} #${index + 1}` : type, id: channelId(type, url) };
}
function defaultChannels(specs) {
  const channels = [];
  const errors = [];
  const seen = /* @__PURE__ */ new Map();
  for (const spec of specs) {
    const type = spec.split("=", 1)[0];
    const n = seen.get(type) ?? 0;
    const got = parseAlertSpec(spec, n);
    if ("error" in got) errors.push(got.error);
    else {
      seen.set(type, n + 1);
      channels.push(got);
    }
  }
  return { channels, errors };
}
function buildRoutes(defaults, owners, env) {
  const byTeam = /* @__PURE__ */ new Map();
  const problems = [];
  for (const o of owners) {
    if (!o.alerts || byTeam.has(o.team)) continue;
    const list = [];
    for (const [type, variable] of Object.entries(o.alerts)) {
      if (variable === void 0) continue;
      const url = env[variable]?.trim();
      if (!url) {
        problems.push({ level: "warning", origin: "notify", message: `owner ${o.team}: the ${type} channel's variable ${variable} is not set; its alerts go to the run's own channels` });
        continue;
      }
      const bad = checkUrl(url);
      if (bad) {
        problems.push({ level: "warning", origin: "notify", message: `owner ${o.team}: ${variable} (${type}): ${bad}; its alerts go to the run's own channels` });
        continue;
      }
      list.push({ type, url, label: `${type} (${o.team})`, id: channelId(type, url) });
    }
    if (list.length > 0) byTeam.set(o.team, list);
  }
  return { defaults: [...defaults], byTeam, problems };
}
function channelsFor(routes, owner) {
  return (owner !== void 0 ? routes.byTeam.get(owner) : void 0) ?? routes.defaults;
}

export {
  CHANNELS,
  defaultChannels,
  buildRoutes,
  channelsFor
};
