import { describe, expect, it } from 'vitest';
import { lineText, noFiles } from '../bundler/lockfile-testkit.js';
import { checkCutsNeverInvent, corpusFile, fixtureFile, fixturesOf, osvRecords, semverAffected } from '../pip/corpus-testkit.js';
import { goMod, goVersionToOsv } from './index.js';

const SERVER = 'midas-phoenix__mattermost-server@aa5b8bf549';
const OPERATOR = 'mattermost__mattermost-operator@4f59dc0930';
const ESS = 'element-hq__ess-helm@9ec6c26fb7';

/** Independent of the extractor: `path version` lines inside `require (...)` or after `require `. */
function requireLines(text: string): Map<number, [string, string]> {
  const out = new Map<number, [string, string]>();
  let inBlock = false;
  text.split('\n').forEach((l, i) => {
    if (/^require \($/.test(l)) inBlock = true;
    else if (inBlock && l === ')') inBlock = false;
    const m = inBlock ? /^\t(\S+) (v\S+)/.exec(l) : /^require (\S+) (v\S+)/.exec(l);
    if (m) out.set(i + 1, [m[1]!, m[2]!]);
  });
  return out;
}

describe.each([
  [OPERATOR, 'go.mod'],
  [SERVER, 'server/go.mod'],
  [SERVER, 'server/public/go.mod'],
  [SERVER, 'api/server/go.mod'],
  [SERVER, 'tools/mmgotool/go.mod'],
  [ESS, 'matrix-tools/go.mod'],
])('%s %s (real file)', (repo, path) => {
  const f = corpusFile(repo, path);
  const result = goMod.extract({ path: f.path, text: f.text }, f.ctx);
  const modules = result.components.filter((c) => c.name !== 'stdlib');

  it('reads every required module at its line, direct unless // indirect, with go.sum agreeing', () => {
    expect(result.problems).toEqual([]);
    const expected = requireLines(f.text);
    expect(modules).toHaveLength(expected.size);
    for (const c of modules) {
      const line = c.locations[0]!.line;
      expect(expected.get(line)).toEqual([c.name, c.version]);
      expect(c.direct).toBe(!lineText(f.text, line).includes('// indirect'));
      expect(c.ecosystem).toBe('Go');
    }
  });

  it('adds the toolchain as stdlib from the toolchain line, else the go line', () => {
    const std = result.components.filter((c) => c.name === 'stdlib');
    expect(std).toHaveLength(1);
    const text = lineText(f.text, std[0]!.locations[0]!.line);
    const m = /^toolchain go(\S+)$/.exec(text) ?? /^go (\S+)$/.exec(text);
    expect(m).not.toBeNull();
    expect(f.text.includes('\ntoolchain ')).toBe(text.startsWith('toolchain'));
    expect(std[0]).toMatchObject({ version: goVersionToOsv(m![1]!), layer: 'runtime', purl: `pkg:golang/stdlib@${goVersionToOsv(m![1]!)}` });
  });

  it('never throws on cut-short or overwritten copies and never invents a version', () => {
    // A cut between the go and toolchain lines rightly reads stdlib from the go line.
    checkCutsNeverInvent(goMod, f.path, f.text, f.ctx, { numRuns: 40, later: (c) => c.name === 'stdlib' });
  });
});

describe('Go versions against the Go vulnerability database', () => {
  it('finds server/go.mod in GO-2024-2687 twice: stdlib 1.21.8 (toolchain) and golang.org/x/net v0.21.0', async () => {
    const f = corpusFile(SERVER, 'server/go.mod');
    const result = goMod.extract({ path: f.path, text: f.text }, f.ctx);
    const std = result.components.find((c) => c.name === 'stdlib')!;
    const net = result.components.find((c) => c.name === 'golang.org/x/net')!;
    expect(std).toMatchObject({ version: '1.21.8', locations: [{ line: 5 }] });
    expect(net).toMatchObject({ version: 'v0.21.0', direct: true, locations: [{ line: 77 }] });
    const rec = (await osvRecords('Go', ['GO-2024-2687'])).get('GO-2024-2687')!;
    expect(semverAffected(rec, 'stdlib', std.version)).toBe(true);
    expect(semverAffected(rec, 'golang.org/x/net', net.version)).toBe(true);
    expect(semverAffected(rec, 'stdlib', '1.21.9')).toBe(false);
  });

  it('normalises a bare `go 1.21` line to 1.21.0, inside GO-2023-2041 (introduced 1.21.0-0)', async () => {
    const f = corpusFile(OPERATOR, 'go.mod');
    const std = goMod.extract({ path: f.path, text: f.text }, f.ctx).components.find((c) => c.name === 'stdlib')!;
    expect(std).toMatchObject({ version: '1.21.0', locations: [{ line: 3 }] });
    const rec = (await osvRecords('Go', ['GO-2023-2041'])).get('GO-2023-2041')!;
    expect(semverAffected(rec, 'stdlib', std.version)).toBe(true);
  });

  it.each([
    ['1.22', '1.22.0'],
    ['1.21.3', '1.21.3'],
    ['1.21rc2', '1.21.0-rc.2'],
    ['1.20beta1', '1.20.0-beta.1'],
    ['1.x', undefined],
  ])('goVersionToOsv(%s) = %s', (input, expected) => {
    expect(goVersionToOsv(input)).toBe(expected);
  });
});

describe('go.mod replace, exclude, quoting and go.sum (fixture)', () => {
  const f = fixtureFile(`${fixturesOf(import.meta.url)}/replace`, 'go.mod');
  const result = goMod.extract({ path: f.path, text: f.text }, f.ctx);
  const at = (name: string) => result.components.find((c) => c.name === name);

  it('takes stdlib from the toolchain line', () => {
    expect(at('stdlib')).toMatchObject({ version: '1.22.3', locations: [{ line: 7 }] });
  });

  it("puts the toolchain's Go release on endoflife.date's go clock too; a bare go line by its cycle only", () => {
    expect(at('stdlib')!.runtime).toEqual({ product: 'go', productVersion: '1.22.3' });
    const bare = goMod.extract({ path: 'go.mod', text: 'module m\n\ngo 1.21.0\n' }, f.ctx).components[0]!;
    expect([bare.version, bare.runtime]).toEqual(['1.21.0', { product: 'go', productVersion: '1.21' }]);
    const rc = goMod.extract({ path: 'go.mod', text: 'module m\n\ngo 1.23rc1\n' }, f.ctx).components[0]!;
    expect(rc.runtime).toBeUndefined();
  });

  it('applies a module replacement: the new module and version, at the replace line', () => {
    expect(at('github.com/example/forked')).toBeUndefined();
    expect(at('github.com/ourfork/forked')).toMatchObject({ version: 'v1.2.1-fix', direct: true, locations: [{ line: 21 }] });
    expect(at('github.com/new/name')).toMatchObject({ version: 'v1.1.0', direct: false, locations: [{ line: 26 }] });
  });

  it('marks a local-directory replacement as a path module, not matched', () => {
    expect(at('example.com/gateway/internal')).toMatchObject({ source: 'path', locations: [{ line: 23 }] });
  });

  it('leaves a require alone when the replace names another version', () => {
    expect(at('github.com/pkg/errors')).toMatchObject({ version: 'v0.9.1', locations: [{ line: 19 }] });
  });

  it('reads quoted paths, "// indirect; comment" and +incompatible, and ignores exclude and retract', () => {
    expect(at('github.com/quoted/mod')).toMatchObject({ version: 'v0.3.0', direct: true });
    expect(at('golang.org/x/net')?.direct).toBe(false);
    expect(at('github.com/evanphx/json-patch')?.version).toBe('v5.6.0+incompatible');
    expect(result.components).toHaveLength(9);
  });

  it('warns, at the require line, about the one module go.sum does not list', () => {
    expect(result.problems).toEqual([expect.objectContaining({ level: 'warning', line: 15, message: expect.stringContaining('github.com/quoted/mod v0.3.0') })]);
    expect(goMod.extract({ path: f.path, text: f.text }, noFiles).problems).toEqual([]);
  });

  it('reports an unclosed block and drops its unfinished last line', () => {
    const cut = f.text.slice(0, f.text.indexOf('v0.0.0-00010101000000-000000000000') + 12);
    const r = goMod.extract({ path: f.path, text: cut }, noFiles);
    expect(r.problems).toMatchObject([{ level: 'error', line: 9, message: expect.stringContaining('never closed') }]);
    expect(r.components.map((c) => c.name)).toEqual(['stdlib', 'github.com/gorilla/websocket', 'golang.org/x/net', 'github.com/example/forked']);
  });

  it('reports an unknown directive and a non-canonical version at their lines', () => {
    const r = goMod.extract({ path: 'go.mod', text: 'module m\n\nfrobnicate x\nrequire a.b/c master\n' }, noFiles);
    // No go line reads as go 1.16, so the partial-inventory warning (line 1) comes too; it is tested in test/coverage.
    expect(r.problems.filter((p) => !p.coverage).map((p) => [p.line, p.level])).toEqual([
      [3, 'warning'],
      [4, 'warning'],
    ]);
  });
});
