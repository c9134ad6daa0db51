/// <reference lib="es2024.string" />
import fc from 'fast-check';

// Near-valid inputs: a real file (or a window of one) with a few edits of the kinds that break
// parsers: lines lost, repeated or swapped, a token replaced by one from the same file or by a
// hostile one, a cut in the middle, a flipped character, indentation changed, line ends changed,
// nesting added, a chunk repeated many times. Each edit is a small record of positions, so
// fast-check can shrink a failing input to the edit that matters.

/** Tokens that have broken a parser somewhere: syntax of each format, hostile keys, odd numbers and versions. */
export const HOSTILE_TOKENS: readonly string[] = [
  '__proto__', 'constructor', 'prototype', 'hasOwnProperty', 'toString',
  '&a', '*a', '<<: *a', '&a [*a, *a]', '!!binary', '!!js/function', '!<tag:x>', '? ', ': ', '- ', '---', '...', '%YAML 1.1',
  '#', '"', "'", '\\', '\\u0000', '\\ud800', '{', '}', '[', ']', ',', '=', '==', '[[', ']]', '[[package]]', '<', '>', '</', '<![CDATA[', '<!DOCTYPE x [<!ENTITY e "e">]>', '&e;',
  '\u0000', '\ufeff', '\r', '\r\n', '\t', '\u2028', '\ud800', '\udfff', '\u{1f600}', 'ø', 'İ', '\u0301',
  '0', '-1', '-0', '1e309', 'NaN', 'Infinity', '0x10', '0o7', '1_000', '9007199254740993', '.5', '1.', 'true', 'null', '~', '""', "''",
  '1.0.0', '1.0.0-rc.1+build.5', 'v1.2.3', '1!2.0.post1.dev3+local', '1.2.3.4.5.6.7.8.9', '0.0.0-0', '^1.2.3', '>=1 <2', '~> 1.0', '==1.0', '*', 'latest', 'dev-master', '1.0-SNAPSHOT', '1.0.0+incompatible', 'v0.0.0-20200101000000-abcdefabcdef',
  'file:../x', 'git+https://example.com/y.git#abc', 'workspace:*', 'npm:foo@1.0.0', 'link:.', 'github:a/b', 'https://example.com/x.tgz',
  '../../etc/passwd', '/etc/passwd', '/proc/self/environ', '%2e%2e/', 'C:\\x', '\\\\server\\share',
  '${VAR}', '${VAR:-1.0}', '${VAR:?err}', '$$', '${', '@octocat', '#123', 'closes #1', '[x](https://evil.example)', '<img src=x>', '|', '`', '```',
  'node_modules/', '@scope/', 'sha512-', 'PODS:', 'GEM', 'specs:', 'DEPENDENCIES', 'BUNDLED WITH', 'require', 'replace', '=>', '// indirect',
  'a'.repeat(300), '0'.repeat(400), '['.repeat(300), '{"a":'.repeat(300),
];

export type Mutation =
  | { op: 'delete'; at: number; count: number }
  | { op: 'duplicate'; at: number; count: number; to: number }
  | { op: 'swap'; a: number; b: number }
  | { op: 'insertLine'; at: number; text: string }
  | { op: 'replaceToken'; line: number; token: number; with: string }
  | { op: 'insert'; at: number; text: string }
  | { op: 'truncate'; at: number }
  | { op: 'flip'; at: number; char: number }
  | { op: 'indent'; line: number; delta: number }
  | { op: 'lineEnds'; kind: 'crlf' | 'cr' | 'mixed' | 'none' }
  | { op: 'nest'; at: number; depth: number; open: string; close: string }
  | { op: 'repeat'; at: number; length: number; times: number };

/** A replacement: a hostile token, a random string, or (`from: n`) the n-th token of the text itself. */
const replacement = (extra: readonly string[]): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...HOSTILE_TOKENS, ...extra) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
    { weight: 2, arbitrary: fc.nat(5_000).map((n) => `\u0000TOKEN${n}`) },
  );

export function mutation(extra: readonly string[] = []): fc.Arbitrary<Mutation> {
  const pos = fc.nat(1_000_000);
  const text = replacement(extra);
  return fc.oneof(
    fc.record({ op: fc.constant('delete' as const), at: pos, count: fc.integer({ min: 1, max: 8 }) }),
    fc.record({ op: fc.constant('duplicate' as const), at: pos, count: fc.integer({ min: 1, max: 8 }), to: pos }),
    fc.record({ op: fc.constant('swap' as const), a: pos, b: pos }),
    fc.record({ op: fc.constant('insertLine' as const), at: pos, text }),
    { weight: 3, arbitrary: fc.record({ op: fc.constant('replaceToken' as const), line: pos, token: fc.nat(20), with: text }) },
    { weight: 2, arbitrary: fc.record({ op: fc.constant('insert' as const), at: pos, text }) },
    fc.record({ op: fc.constant('truncate' as const), at: pos }),
    fc.record({ op: fc.constant('flip' as const), at: pos, char: fc.integer({ min: 0, max: 0xffff }) }),
    fc.record({ op: fc.constant('indent' as const), line: pos, delta: fc.integer({ min: -4, max: 6 }) }),
    fc.record({ op: fc.constant('lineEnds' as const), kind: fc.constantFrom('crlf' as const, 'cr' as const, 'mixed' as const, 'none' as const) }),
    fc.record({
      op: fc.constant('nest' as const),
      at: pos,
      depth: fc.oneof(fc.integer({ min: 1, max: 40 }), fc.constantFrom(300, 1_000, 20_000)),
      open: fc.constantFrom('[', '{"a":', '{a: ', '- ', '  '),
      close: fc.constantFrom(']', '}', ''),
    }),
    fc.record({ op: fc.constant('repeat' as const), at: pos, length: fc.integer({ min: 1, max: 200 }), times: fc.integer({ min: 2, max: 500 }) }),
  );
}

const TOKEN = /[^\s"'`:=,{}[\]()<>]+/g;

function tokensOf(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/** Resolves a `\u0000TOKENn` placeholder to the n-th token of `text` (a value the format itself uses). */
function resolve(text: string, value: string, tokens: () => string[]): string {
  if (!value.startsWith('\u0000TOKEN')) return value;
  const all = tokens();
  return all.length === 0 ? '' : all[Number(value.slice(6)) % all.length]!;
}

export function applyMutation(text: string, m: Mutation): string {
  let lines: string[] | undefined;
  const getLines = (): string[] => (lines ??= text.split('\n'));
  let tokenCache: string[] | undefined;
  const tokens = (): string[] => (tokenCache ??= tokensOf(text));
  switch (m.op) {
    case 'delete': {
      const l = getLines();
      l.splice(m.at % Math.max(1, l.length), m.count);
      return l.join('\n');
    }
    case 'duplicate': {
      const l = getLines();
      const from = m.at % Math.max(1, l.length);
      const chunk = l.slice(from, from + m.count);
      l.splice(m.to % (l.length + 1), 0, ...chunk);
      return l.join('\n');
    }
    case 'swap': {
      const l = getLines();
      if (l.length < 2) return text;
      const a = m.a % l.length;
      const b = m.b % l.length;
      [l[a], l[b]] = [l[b]!, l[a]!];
      return l.join('\n');
    }
    case 'insertLine': {
      const l = getLines();
      l.splice(m.at % (l.length + 1), 0, resolve(text, m.text, tokens));
      return l.join('\n');
    }
    case 'replaceToken': {
      const l = getLines();
      if (l.length === 0) return text;
      const i = m.line % l.length;
      const line = l[i]!;
      const found = [...line.matchAll(TOKEN)];
      if (found.length === 0) return text;
      const t = found[m.token % found.length]!;
      l[i] = line.slice(0, t.index) + resolve(text, m.with, tokens) + line.slice(t.index + t[0].length);
      return l.join('\n');
    }
    case 'insert': {
      const at = m.at % (text.length + 1);
      return text.slice(0, at) + resolve(text, m.text, tokens) + text.slice(at);
    }
    case 'truncate':
      return text.slice(0, m.at % (text.length + 1));
    case 'flip': {
      if (text.length === 0) return text;
      const at = m.at % text.length;
      return text.slice(0, at) + String.fromCharCode(m.char) + text.slice(at + 1);
    }
    case 'indent': {
      const l = getLines();
      if (l.length === 0) return text;
      const i = m.line % l.length;
      l[i] = m.delta >= 0 ? ' '.repeat(m.delta) + l[i]! : l[i]!.replace(new RegExp(`^ {0,${-m.delta}}`), '');
      return l.join('\n');
    }
    case 'lineEnds': {
      const lf = text.replace(/\r\n?/g, '\n');
      if (m.kind === 'crlf') return lf.replace(/\n/g, '\r\n');
      if (m.kind === 'cr') return lf.replace(/\n/g, '\r');
      if (m.kind === 'none') return lf.replace(/\n+$/, '');
      let k = 0;
      return lf.replace(/\n/g, () => (k++ % 3 === 0 ? '\r\n' : '\n'));
    }
    case 'nest': {
      const at = m.at % (text.length + 1);
      return text.slice(0, at) + m.open.repeat(m.depth) + m.close.repeat(m.depth) + text.slice(at);
    }
    case 'repeat': {
      if (text.length === 0) return text;
      const at = m.at % text.length;
      const chunk = text.slice(at, at + m.length);
      return text.slice(0, at) + chunk.repeat(m.times) + text.slice(at);
    }
  }
}

/** Lines kept from the top of a windowed file: where formats put their version and headers. */
const HEAD_LINES = 12;

/**
 * A real text (one of `seeds`), cut to a window of lines when long (its head kept), then edited.
 * Returns the seed index beside the text, so a target can give the seed's context.
 */
export function nearValid(seeds: readonly string[], opts: { maxLines?: number; maxMutations?: number; extra?: readonly string[] } = {}): fc.Arbitrary<{ seed: number; text: string }> {
  const maxLines = opts.maxLines ?? 300;
  const split = seeds.map((s) => s.split('\n'));
  return fc
    .record({
      seed: fc.nat(seeds.length - 1),
      start: fc.nat(1_000_000),
      length: fc.integer({ min: 1, max: maxLines }),
      mutations: fc.array(mutation(opts.extra), { maxLength: opts.maxMutations ?? 4 }),
    })
    .map(({ seed, start, length, mutations }) => {
      const lines = split[seed]!;
      let text: string;
      if (lines.length <= maxLines) text = seeds[seed]!;
      else {
        const from = HEAD_LINES + (start % (lines.length - HEAD_LINES));
        text = [...lines.slice(0, HEAD_LINES), ...lines.slice(from, from + length)].join('\n') + '\n';
      }
      for (const m of mutations) text = applyMutation(text, m);
      // As discovery hands text over: decoded from bytes, so never an unpaired surrogate (a
      // format's own escapes, like JSON's "\ud800", can still make one inside a value).
      return { seed, text: text.toWellFormed() };
    });
}
