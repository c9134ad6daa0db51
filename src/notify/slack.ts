import { deadlineText, gateText, itemHeadline, itemParts, titleOf } from './describe.js';
import { safeFileUrl, slackCode, slackLink, slackText } from './escape.js';
import type { AlertContext, AlertItem, AlertMessage, ChannelKind } from './types.js';

// Slack incoming webhooks, Block Kit. Slack's documented limits: at most 50 blocks in a message,
// at most 3,000 characters in a section's text, 150 in a header's. Messages over about 12,000
// characters of block text are refused in practice (msg_blocks_too_long), so the total is kept
// under SLACK_TOTAL_TEXT; the transitions that do not fit go in the next message.

export const SLACK_MAX_BLOCKS = 50;
export const SLACK_MAX_TEXT = 3000;
export const SLACK_MAX_HEADER = 150;
export const SLACK_TOTAL_TEXT = 11_000;

type Block = Record<string, unknown>;

function itemText(item: AlertItem, ctx: AlertContext): string {
  const { f, advisoryUrl: adv, first, fileUrl } = itemParts(item, ctx);
  const c = f.component;
  const lines = [
    `*${itemHeadline(item)}* · ${f.severity} · ${deadlineText(item)}`,
    `${slackCode(`${c.ecosystem}/${c.name}@${c.version}`)} ${adv ? slackLink(adv, f.advisory.id) : slackCode(f.advisory.id)}${f.fixedVersion ? ` → fix ${slackCode(f.fixedVersion, 80)}` : ''}`,
  ];
  if (f.advisory.summary) lines.push(slackText(f.advisory.summary, 300));
  if (first) lines.push(`${fileUrl ? slackLink(fileUrl, `${first.file}:${first.line}`) : slackCode(`${first.file}:${first.line}`)}${f.locations.length > 1 ? ` and ${f.locations.length - 1} more` : ''}`);
  if (item.owner) lines.push(`owner ${slackCode(item.owner, 100)}`);
  const text = lines.join('\n');
  return text.length > SLACK_MAX_TEXT ? text.slice(0, SLACK_MAX_TEXT) : text;
}

export const slack: ChannelKind = {
  type: 'slack',
  render(message: AlertMessage, ctx: AlertContext) {
    const title = titleOf(message.items.length, message.gate, ctx).slice(0, SLACK_MAX_HEADER);
    const blocks: Block[] = [{ type: 'header', text: { type: 'plain_text', text: title, emoji: false } }];
    let total = title.length;
    const push = (text: string): void => {
      blocks.push({ type: 'section', text: { type: 'mrkdwn', text } });
      total += text.length;
    };
    if (message.gate) push(gateText(message.gate));
    const foot = [`policy ${slackCode(ctx.policy, 100)}`, `as of ${ctx.now.slice(0, 10)}`];
    if (ctx.runUrl && safeFileUrl(ctx.runUrl)) foot.push(slackLink(ctx.runUrl, 'workflow run'));
    const footText = foot.join(' · ');
    // Room for the closing context block.
    const room = SLACK_MAX_BLOCKS - 1;
    let shown = 0;
    for (const item of message.items) {
      const text = itemText(item, ctx);
      if (shown > 0 && (blocks.length >= room || total + text.length + footText.length > SLACK_TOTAL_TEXT)) break;
      push(text);
      shown++;
    }
    blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: footText }] });
    // `text` is the notification's plain fallback: the product's own words only.
    return { body: JSON.stringify({ text: title, blocks }), headers: {}, shown };
  },
};
