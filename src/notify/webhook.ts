import { createHmac } from 'node:crypto';
import { TOOL_NAME, TOOL_VERSION } from '../version.js';
import { gateText, kindLabel } from './describe.js';
import { safeAdvisoryUrl, safeFileUrl, safeJson } from './escape.js';
import type { AlertContext, AlertMessage, ChannelKind, SignContext } from './types.js';

// The generic webhook: a versioned JSON body (schema `patchwarden.alert/v1`), signed. The
// signature is HMAC-SHA256, keyed by the shared secret, over `<timestamp>.<body>` (the exact
// bytes sent), hex-encoded as `sha256=<hex>` in X-Patchwarden-Signature; the timestamp (Unix
// seconds) travels in X-Patchwarden-Timestamp and the message's unique id in
// X-Patchwarden-Delivery. A receiver recomputes the signature, refuses a timestamp outside its
// window and an id it has already seen: an altered body fails, a replay is refused. The README's
// "Verifying the webhook signature" recipe is the reference (tested literally).

export const WEBHOOK_SCHEMA = 'patchwarden.alert/v1';
/** Transitions in one body; a larger batch is sent as several messages. */
export const WEBHOOK_MAX_ITEMS = 200;

export function signature(secret: string, timestamp: number, body: string): string {
  return 'sha256=' + createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
}

export function webhookBody(message: AlertMessage, ctx: AlertContext, sign: SignContext): Record<string, unknown> {
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
        headline: item.kinds.map(kindLabel).join(', '),
        owner: item.owner ?? null,
        package: { ecosystem: f.component.ecosystem, name: f.component.name, version: f.component.version, purl: f.component.purl ?? null, layer: f.component.layer },
        advisory: { id: f.advisory.id, aliases: f.advisory.aliases, summary: f.advisory.summary, url: safeAdvisoryUrl(f.advisory.url) ?? null },
        severity: f.severity,
        status: f.status,
        deadline: f.deadline,
        daysLeft: f.daysLeft,
        fixedVersion: f.fixedVersion,
        kev: f.kev ?? null,
        locations: f.locations.map((l) => ({ file: l.file, line: l.line, url: safeFileUrl(ctx.fileUrl?.(l.file, l.line)) ?? null })),
      };
    }),
  };
}

export const webhook: ChannelKind = {
  type: 'webhook',
  needsSecret: true,
  render(message, ctx, sign) {
    const body = safeJson(webhookBody(message, ctx, sign));
    return {
      body,
      headers: {
        'x-patchwarden-timestamp': String(sign.timestamp),
        'x-patchwarden-delivery': sign.deliveryId,
        'x-patchwarden-signature': signature(sign.secret ?? '', sign.timestamp, body),
      },
      shown: Math.min(message.items.length, WEBHOOK_MAX_ITEMS),
    };
  },
};
