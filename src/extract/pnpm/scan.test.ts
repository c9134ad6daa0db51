import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scanPnpmLock } from './scan.js';
import { expectSameAsParse } from './scan-testkit.js';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '__fixtures__');
const NAMES = ['v5.4-single.yaml', 'v5.3-workspace.yaml', 'v6-workspace.yaml', 'v9-sources.yaml'];
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');
const V9 = fixture('v9-sources.yaml');
const V6 = fixture('v6-workspace.yaml');

/** `text` with the first occurrence of `from` replaced, failing when it is not there. */
function edit(text: string, from: string, to: string): string {
  expect(text.includes(from), `"${from}" in the fixture`).toBe(true);
  return text.replace(from, to);
}

const TSLIB_V9 = '  tslib@2.8.1:\n    resolution: {integrity: sha512-oJFu94HQb+KVduSUQL7wnpmqnfmLsOA/nAh6b6EH0wCEoK0/mPeXU6c3wKDV83MkOuHPRHtSXKKU99IBazS/2w==}\n';

describe('pnpm line scanner: the fixtures', () => {
  for (const name of NAMES) {
    it(`${name}: read by the scanner, the same view and components as the YAML parse`, () => {
      expect(expectSameAsParse(fixture(name), name)).toBe(true);
    });
  }
});

describe('pnpm line scanner: what it reads as pnpm writes it', () => {
  // Each is a shape pnpm's writer (js-yaml) produces; the scanner must read it, not give up.
  const cases: [string, string][] = [
    // js-yaml writes a multi-line `deprecated` message as a literal block (Welets/zulip's `q@1.5.1`).
    ['a literal block with a blank line inside', edit(V9, TSLIB_V9, `${TSLIB_V9}    deprecated: |-\n      You or someone you depend on is using Q.\n\n      (For a CapTP with native promises, see @endo/eventual-send)\n`)],
    ['a literal block keeping its final line end', edit(V9, TSLIB_V9, `${TSLIB_V9}    deprecated: |\n      first\n        indented more\n`)],
    ['a quote inside single quotes', edit(V9, "typescript: '5'", "typescript: 'it''s 5'")],
    ['double quotes without escapes', edit(V9, "'@formatjs/intl@3.1.4':", '"@formatjs/intl@3.1.4":')],
    ['block lists and flow lists', edit(V6, '    hasBin: true\n    dev: true', "    hasBin: true\n    cpu: [x64, 'arm64']\n    os: []\n    transitivePeerDependencies:\n      - supports-color\n      - 'encoding'\n    dev: true")],
    ['trailing spaces and lines of spaces', edit(V6, '    dev: false\n\n', `    dev: false   \n${' '.repeat(100_000)}\n`)],
    ['a `#` inside a scalar', edit(V9, 'version: 1.2.0', 'version: 1.2.0#not-a-comment')],
    ['a long plain value', edit(V9, 'version: 1.2.0', `version: 1.2.0-${'x'.repeat(100_000)}`)],
  ];
  for (const [what, text] of cases) {
    it(what, () => {
      expect(expectSameAsParse(text, what)).toBe(true);
    });
  }
});

describe('pnpm line scanner: gives the file to the YAML parse when unsure', () => {
  // Each stands for a file pnpm would not write but a person or another tool might: the scanner
  // must give up (and the extraction is then the parse's).
  const cases: [string, string][] = [
    ['a comment line', edit(V9, 'packages:\n', 'packages:\n  # pinned by hand\n')],
    ['a trailing comment', edit(V9, 'version: 1.2.0', 'version: 1.2.0 # pinned')],
    ['an anchor and an alias', edit(edit(V9, 'resolution: {tarball:', 'resolution: &r {tarball:'), 'resolution: {directory: packages/local-lib, type: directory}', 'resolution: *r')],
    ['a flow mapping over two lines', edit(V9, 'resolution: {commit: 4a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d, ', 'resolution: {commit: 4a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d,\n      ')],
    ['a nested flow mapping', edit(V9, "engines: {node: '>=0.10.0'}", "engines: {node: {min: '0.10.0'}}")],
    ['a multi-line plain scalar', edit(V9, 'version: 1.2.0\n', 'version: 1.2.0\n      continued\n')],
    ['a folded block', edit(V9, TSLIB_V9, `${TSLIB_V9}    deprecated: >-\n      folded\n      text\n`)],
    ['a literal block keeping every line end', edit(V9, TSLIB_V9, `${TSLIB_V9}    deprecated: |+\n      kept\n\n`)],
    ['a literal block with an indentation indicator', edit(V9, TSLIB_V9, `${TSLIB_V9}    deprecated: |2\n        indented\n`)],
    ['a literal block starting with a blank line', edit(V9, TSLIB_V9, `${TSLIB_V9}    deprecated: |\n\n      late\n`)],
    ['double quotes with an escape', edit(V9, "'@formatjs/intl@3.1.4':", '"@formatjs/\\u0069ntl@3.1.4":')],
    ['a tag', edit(V9, 'version: 1.2.0', 'version: !!str 1.2.0')],
    ['a tab in the indentation', edit(V9, '    version: 1.2.0', '\tversion: 1.2.0')],
    ['a tab in a value', edit(V9, 'version: 1.2.0', 'version: 1.2.0\t')],
    ['carriage returns', V9.replace(/\n/g, '\r\n')],
    ['a character beyond ASCII', edit(V9, 'version: 1.2.0', 'version: 1.2.0-\u00e9')],
    ['a byte-order mark', `\ufeff${V9}`],
    ['a document start marker', `---\n${V9}`],
    ['a second document', `${V9}---\nlockfileVersion: '9.0'\n`],
    ['a package written twice', edit(V9, '\nsnapshots:', `\n${TSLIB_V9}\nsnapshots:`)],
    ['a field written twice', edit(V9, '    version: 1.2.0\n', '    version: 1.2.0\n    version: 1.3.0\n')],
    ['a section written twice', `${V9}settings:\n  autoInstallPeers: false\n`],
    ['an empty value', edit(V6, '    dev: false\n\n  /@formatjs/intl', '    dev:\n\n  /@formatjs/intl')],
    ['an odd indentation', edit(V9, '    version: 1.2.0', '     version: 1.2.0')],
    ['a less indented member', edit(V9, '    version: 1.2.0\n', '   version: 1.2.0\n')],
    ['a list at its key`s indentation', edit(V6, '    hasBin: true\n    dev: true', '    hasBin: true\n    transitivePeerDependencies:\n    - supports-color\n    dev: true')],
    ['no final line end', V9.slice(0, -1)],
    ['an unknown lockfileVersion', edit(V6, "lockfileVersion: '6.0'", "lockfileVersion: '4.2'")],
    ['no lockfileVersion', edit(V6, "lockfileVersion: '6.0'\n", '')],
    ['a merge key', edit(V9, '    version: 1.2.0\n', '    <<: {version: 1.2.0}\n')],
    ['an explicit key', edit(V9, '    version: 1.2.0\n', '    ? version\n    : 1.2.0\n')],
    ['a key beyond 1,000 characters', edit(V9, '  tslib@2.8.1:', `  tslib@2.8.1-${'x'.repeat(100_000)}:`)],
    ['a nested mapping on one line', edit(V9, 'version: 1.2.0', 'version: 1.2.0: x')],
    ['`packages` not a mapping', `${V9.slice(0, V9.indexOf('packages:'))}packages: none\n`],
    ['not a mapping at all', "- lockfileVersion: '9.0'\n"],
    ['empty', ''],
  ];
  for (const [what, text] of cases) {
    it(what, () => {
      expect(scanPnpmLock(text), what).toBeUndefined();
      expectSameAsParse(text, what);
    });
  }
});

// Small edits of the fixtures, of the kinds that turn pnpm's YAML into other YAML or into no
// YAML: wherever the scanner still reads the result, it must read what the parse reads.
const TOKENS = [' ', '  ', '\n', '\n  ', '\n    ', '#', ' #', ':', ': ', '- ', '-', '? ', '&a ', '*a', '!', '|', '|-', '>', "'", "''", '"', '\\', '{', '}', '[', ']', ',', '{}', '[]', '\t', '\r', '---', '...', '%', '@', '`', '<<', 'x', '\u00e9'];

// The fixtures, and v9-sources.yaml with a `deprecated` literal block as Welets/zulip's `q@1.5.1` has.
const EDITED = [...NAMES.map(fixture), edit(V9, TSLIB_V9, `${TSLIB_V9}    deprecated: |-\n      Use the native promise.\n\n        (see @endo/eventual-send)\n`)];

describe('pnpm line scanner: edited copies of the fixtures', () => {
  it('reads every copy it accepts as the YAML parse does', () => {
    let accepted = 0;
    fc.assert(
      fc.property(
        fc.nat(EDITED.length - 1),
        fc.array(fc.tuple(fc.nat(), fc.oneof(fc.constantFrom(...TOKENS).map((t) => ({ insert: t })), fc.integer({ min: 1, max: 3 }).map((n) => ({ remove: n })))), { minLength: 1, maxLength: 3 }),
        (which, changes) => {
          let copy = EDITED[which]!;
          for (const [at, change] of changes) {
            const pos = at % (copy.length + 1);
            copy = 'insert' in change ? copy.slice(0, pos) + change.insert + copy.slice(pos) : copy.slice(0, pos) + copy.slice(pos + change.remove);
          }
          if (expectSameAsParse(copy, `text ${which} edited: ${JSON.stringify(changes)}`)) accepted++;
        },
      ),
      { numRuns: 800, seed: 1 },
    );
    // Most edits land in a scalar and leave valid pnpm YAML: the comparison is not vacuous.
    expect(accepted).toBeGreaterThan(200);
  });
});
