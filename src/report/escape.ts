// Everything a repository supplies (package names, versions, paths) is untrusted when it goes
// into Markdown that GitHub renders: it could mention users, reference or close issues, inject
// links, images or HTML. Two tools, used everywhere a sink writes Markdown:
//  - code(): the text as an inline code span, inside which GitHub renders no mention, reference,
//    link or HTML; the fence is longer than any backtick run inside.
//  - text(): prose-safe escaping for text that must read as prose (advisory summaries).

const ZWSP = '\u200b';

function oneLine(s: string): string {
  return s.replace(/[\r\n\u2028\u2029]+/g, ' ').replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '');
}

/** An inline code span that survives tables (`|` escaped) and cannot be closed early. */
export function code(value: string): string {
  const s = oneLine(value).replace(/\|/g, '\\|');
  if (s === '') return '` `';
  let longest = 0;
  for (const m of s.matchAll(/`+/g)) longest = Math.max(longest, m[0].length);
  const fence = '`'.repeat(longest + 1);
  const pad = s.startsWith('`') || s.endsWith('`') || (s.startsWith(' ') && s.endsWith(' ')) ? ' ' : '';
  return `${fence}${pad}${s}${pad}${fence}`;
}

/**
 * Prose with every Markdown-active character backslash-escaped, HTML made inert, and `@`, `#`
 * broken with a zero-width space so mentions and issue references do not resolve.
 */
export function text(value: string): string {
  return oneLine(value)
    .replace(/[\\`*_{}[\]()!|~>]/g, (c) => `\\${c}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/@/g, `@${ZWSP}`)
    .replace(/#/g, `#${ZWSP}`)
    .replace(/:\/\//g, `:${ZWSP}//`);
}

/** A link whose label is untrusted; the URL must come from a trusted builder (advisory pages). */
export function link(label: string, url: string): string {
  if (!/^https:\/\/[^\s()<>]+$/.test(url)) return text(label);
  return `[${text(label)}](${url})`;
}
