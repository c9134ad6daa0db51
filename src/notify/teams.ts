import { deadlineText, gateText, itemHeadline, itemParts, titleOf } from './describe.js';
import { cardLink, cardText, safeFileUrl } from './escape.js';
import type { AlertContext, AlertItem, AlertMessage, ChannelKind } from './types.js';

// Microsoft Teams workflow webhooks ("Post to a channel when a webhook request is received"):
// a message whose attachment is an Adaptive Card, version 1.5 (what Teams renders). Teams
// refuses cards over about 28 KB, so a card carries at most TEAMS_MAX_ITEMS transitions and
// TEAMS_MAX_BYTES of JSON; the rest go in the next message.

export const TEAMS_MAX_ITEMS = 25;
export const TEAMS_MAX_BYTES = 24_000;

type Element = Record<string, unknown>;

function itemElements(item: AlertItem, ctx: AlertContext): Element[] {
  const { f, advisoryUrl: adv, first, fileUrl } = itemParts(item, ctx);
  const c = f.component;
  const facts = [
    { title: 'Package', value: cardText(`${c.ecosystem}/${c.name}@${c.version}`, 200) },
    { title: 'Advisory', value: adv ? cardLink(adv, f.advisory.id) : cardText(f.advisory.id, 100) },
    { title: 'Severity', value: f.severity },
    { title: 'Deadline', value: deadlineText(item) },
  ];
  if (f.fixedVersion) facts.push({ title: 'Fix', value: cardText(f.fixedVersion, 80) });
  if (first) facts.push({ title: 'Where', value: fileUrl ? cardLink(fileUrl, `${first.file}:${first.line}`) : cardText(`${first.file}:${first.line}`, 200) });
  if (item.owner) facts.push({ title: 'Owner', value: cardText(item.owner, 100) });
  const out: Element[] = [
    { type: 'TextBlock', text: itemHeadline(item), weight: 'Bolder', wrap: true, separator: true, color: item.kinds.includes('overdue') || item.kinds.includes('malicious') ? 'Attention' : 'Warning' },
    { type: 'FactSet', facts },
  ];
  if (f.advisory.summary) out.push({ type: 'TextBlock', text: cardText(f.advisory.summary, 300), wrap: true, isSubtle: true });
  return out;
}

export function adaptiveCard(message: AlertMessage, ctx: AlertContext): { card: Record<string, unknown>; shown: number } {
  const title = titleOf(message.items.length, message.gate, ctx);
  const body: Element[] = [{ type: 'TextBlock', text: cardText(title, 200), size: 'Large', weight: 'Bolder', wrap: true }];
  if (message.gate) body.push({ type: 'TextBlock', text: gateText(message.gate), wrap: true, color: message.gate.to === 'fail' ? 'Attention' : 'Good' });
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
  body.push({ type: 'TextBlock', text: foot.join(' · '), wrap: true, isSubtle: true, size: 'Small', separator: true });
  const card: Record<string, unknown> = { $schema: 'http://adaptivecards.io/schemas/adaptive-card.json', type: 'AdaptiveCard', version: '1.5', body };
  if (ctx.runUrl && safeFileUrl(ctx.runUrl)) card.actions = [{ type: 'Action.OpenUrl', title: 'Workflow run', url: ctx.runUrl }];
  return { card, shown };
}

export const teams: ChannelKind = {
  type: 'teams',
  render(message: AlertMessage, ctx: AlertContext) {
    const { card, shown } = adaptiveCard(message, ctx);
    const payload = { type: 'message', attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', contentUrl: null, content: card }] };
    return { body: JSON.stringify(payload), headers: {}, shown };
  },
};
