// Every string a repository or an advisory supplies (package names, versions, paths, summaries)
// is untrusted in a chat message: it could mention a channel (`<!channel>`, `@here`), a user
// (`<@U123>`), or forge a link (`<https://evil|click>`, `[click](https://evil)`). Each channel's
// text is escaped by its own rules here; links are made only by safeAdvisoryUrl and the
// repository's own file links, never from repository text.

const ZWSP = '\u200b';

/** One line, control characters removed, at most `max` characters. */
export function clip(value: string, max: number): string {
  const s = value.replace(/[\r\n\u2028\u2029\t]+/g, ' ').replace(/[\u0000-\u001f\u007f]/g, '');
  return s.length > max ? s.slice(0, max - 1) + '…' : s;
}

/** Breaks what chat clients turn into mentions or links: `@here`, `https://x`, `www.x`, `evil.com`. */
function defuse(s: string): string {
  return s
    .replace(/@/g, `@${ZWSP}`)
    .replace(/:\/\//g, `:${ZWSP}//`)
    .replace(/\.(?=[A-Za-z0-9])/g, `.${ZWSP}`);
}

/**
 * Slack mrkdwn: `&`, `<` and `>` escaped as Slack requires (so no `<!channel>`, `<@U…>` or
 * `<url|label>` form survives), mentions and autolinks broken, and the formatting characters
 * kept from pairing up.
 */
export function slackText(value: string, max = 500): string {
  return defuse(clip(value, max))
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[*_~`]/g, (c) => `${ZWSP}${c}${ZWSP}`);
}

/** A Slack inline code span: nothing inside is formatted; a backtick would end it, so it becomes a look-alike. */
export function slackCode(value: string, max = 200): string {
  const s = clip(value, max).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/`/g, 'ˋ');
  return s === '' ? '` `' : `\`${s}\``;
}

/** A Slack link to a trusted URL with an untrusted label; `|` and `>` would end the label. */
export function slackLink(url: string, label: string): string {
  return `<${url}|${slackText(label, 200).replace(/\|/g, '¦')}>`;
}

/**
 * Adaptive Card TextBlock text (a Markdown subset: emphasis, links, lists): the characters that
 * open a link, emphasis or HTML backslash-escaped, mentions and autolinks broken. Only those:
 * Teams' mobile clients show some escapes literally, so nothing harmless is escaped. Teams only
 * mentions through `msteams` entities, which a card never carries here.
 */
export function cardText(value: string, max = 500): string {
  return defuse(clip(value, max).replace(/[\\`*_[\]<>~]/g, (c) => `\\${c}`));
}

/** A card Markdown link to a trusted URL with an untrusted label. */
export function cardLink(url: string, label: string): string {
  return `[${cardText(label, 200)}](${url})`;
}

// Advisory pages on hosts that publish advisories; anything else an advisory names is not linked.
const ADVISORY_HOSTS: readonly RegExp[] = [
  /^https:\/\/osv\.dev\/vulnerability\/[A-Za-z0-9._:-]+$/,
  /^https:\/\/github\.com\/advisories\/GHSA(-[a-z0-9]{4}){3}$/,
  /^https:\/\/nvd\.nist\.gov\/vuln\/detail\/CVE-\d{4}-\d+$/,
  /^https:\/\/www\.cve\.org\/CVERecord\?id=CVE-\d{4}-\d+$/,
  /^https:\/\/rustsec\.org\/advisories\/RUSTSEC-\d{4}-\d+(\.html)?$/,
  /^https:\/\/pkg\.go\.dev\/vuln\/GO-\d{4}-\d+$/,
  /^https:\/\/security-tracker\.debian\.org\/tracker\/[A-Za-z0-9._-]+$/,
  /^https:\/\/ubuntu\.com\/security\/[A-Za-z0-9._/-]+$/,
  /^https:\/\/security\.alpinelinux\.org\/vuln\/[A-Za-z0-9._-]+$/,
  /^https:\/\/endoflife\.date\/[a-z0-9._-]+$/,
];

/** The URL when it is an advisory page on a known host, else undefined. */
export function safeAdvisoryUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  return ADVISORY_HOSTS.some((r) => r.test(url)) ? url : undefined;
}

/** A repository-file URL from the run's own link builder, checked once more for characters that end a link. */
export function safeFileUrl(url: string | undefined): string | undefined {
  return url && /^https:\/\/[^\s()<>|"`]+$/.test(url) ? url : undefined;
}

/**
 * JSON that stays inert when a receiver pastes it into HTML or a script: `<`, `>`, `&` and the
 * two JavaScript line separators as \u escapes (JSON.parse reads them back unchanged).
 */
export function safeJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
