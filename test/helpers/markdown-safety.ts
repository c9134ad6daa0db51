// Checks rendered Markdown for text that escaped its escaping: after code blocks and code spans
// are removed (inside them GitHub renders nothing: no mention, reference, link or HTML), the
// rest must not hold any of the hostile fragments, and every table row must keep its header's
// column count (an unescaped `|` from a value would add cells).

/** Removes fenced blocks and CommonMark code spans (a run of n backticks closes at the next run of exactly n). */
export function outsideCode(md: string): string {
  const noFences = md.replace(/^```[^\n]*\n[\s\S]*?\n```$/gm, '');
  let out = '';
  let i = 0;
  while (i < noFences.length) {
    if (noFences[i] !== '`' || (i > 0 && noFences[i - 1] === '\\')) {
      out += noFences[i];
      i++;
      continue;
    }
    let n = 0;
    while (noFences[i + n] === '`') n++;
    const fence = '`'.repeat(n);
    let j = i + n;
    let close = -1;
    while (j < noFences.length) {
      const k = noFences.indexOf(fence, j);
      if (k === -1) break;
      if (noFences[k + n] !== '`' && noFences[k - 1] !== '`') {
        close = k;
        break;
      }
      j = k + 1;
      while (noFences[j] === '`') j++;
    }
    if (close === -1) {
      // An unmatched run is literal text (and a sign a code span was broken).
      out += fence;
      i += n;
    } else {
      out += ' CODE ';
      i = close + n;
    }
  }
  return out;
}

function pipes(line: string): number {
  return (line.match(/(?<!\\)\|/g) ?? []).length;
}

export interface SafetyRule {
  what: string;
  pattern: RegExp;
}

export function markdownViolations(md: string, rules: readonly SafetyRule[]): string[] {
  const out: string[] = [];
  const text = outsideCode(md);
  for (const r of rules) {
    const m = r.pattern.exec(text);
    if (m) out.push(`${r.what}: …${text.slice(Math.max(0, m.index - 40), m.index + 60)}…`);
  }
  if (/`/.test(text)) out.push(`a stray backtick outside code spans: …${text.slice(Math.max(0, text.indexOf('`') - 40), text.indexOf('`') + 40)}…`);
  const lines = md.split('\n');
  for (let i = 0; i + 1 < lines.length; i++) {
    if (!/^\|( ?:?-{3,}:? ?\|)+$/.test(lines[i + 1]!)) continue;
    const width = pipes(lines[i]!);
    for (let j = i + 2; j < lines.length && lines[j]!.startsWith('|'); j++) {
      if (pipes(lines[j]!) !== width) out.push(`table row ${j + 1} has ${pipes(lines[j]!)} cell borders, its header ${width}: ${lines[j]!.slice(0, 120)}`);
    }
  }
  return out;
}
