import { describe, expect, it } from 'vitest';
import { checkDamagedCopies, linesMatching, lineText, noFiles } from '../bundler/lockfile-testkit.js';
import { corpusFile, fixtureFile, fixturesOf, osvRecordsFor } from '../pip/corpus-testkit.js';
import { poetryLock } from './index.js';

const SYNAPSE = 'element-hq__synapse@c705beebf7';
const ESS = 'element-hq__ess-helm@9ec6c26fb7';
const FIXTURES = fixturesOf(import.meta.url);

/** Each component sits on a `[[package]]` header followed by its own name and version lines. */
function expectAtHeaders(text: string, components: { name: string; version: string; locations: { line: number }[] }[]): void {
  const headers = linesMatching(text, /^\[\[package\]\]$/);
  expect(components.map((c) => c.locations[0]!.line).sort((a, b) => a - b)).toEqual(headers);
  for (const c of components) {
    const line = c.locations[0]!.line;
    expect(lineText(text, line + 1)).toBe(`name = "${c.name}"`);
    expect(lineText(text, line + 2)).toBe(`version = "${c.version}"`);
  }
}

describe.each([
  ['Poetry 1.8.3, lock-version 2.0', SYNAPSE],
  ['Poetry 2.1.2, lock-version 2.1', ESS],
])('poetry.lock %s (real file)', (_label, repo) => {
  const f = corpusFile(repo, 'poetry.lock');
  const result = poetryLock.extract({ path: f.path, text: f.text }, f.ctx);

  it('reads every [[package]] at its header line, with no problems', () => {
    expect(result.problems).toEqual([]);
    expectAtHeaders(f.text, result.components);
    for (const c of result.components) expect(c.purl).toBe(`pkg:pypi/${c.name}@${encodeURIComponent(c.version)}`);
  });

  it('never throws on cut-short or overwritten copies and locates what it reports', () => {
    checkDamagedCopies(poetryLock, f.path, f.text, f.ctx, 40);
  });
});

describe('poetry.lock 2.0 (synapse): dev and direct from pyproject.toml and the lock graph', () => {
  const f = corpusFile(SYNAPSE, 'poetry.lock');
  const result = poetryLock.extract({ path: f.path, text: f.text }, f.ctx);
  const at = (name: string) => result.components.find((c) => c.name === name);

  it('marks the project runtime dependencies direct and not dev', () => {
    // [tool.poetry.dependencies]: jsonschema, Twisted (with the tls extra), Jinja2
    for (const name of ['jsonschema', 'twisted', 'jinja2']) expect(at(name)).toMatchObject({ direct: true, dev: false });
    // reached only through Twisted's `tls` extra, which the project asks for
    expect(at('pyopenssl')?.dev).toBe(false);
  });

  it('marks [tool.poetry.dev-dependencies] and what only they reach as dev', () => {
    expect(at('ruff')).toMatchObject({ version: '0.7.1', direct: true, dev: true });
    expect(at('types-pyyaml')).toMatchObject({ direct: true, dev: true }); // declared as types-PyYAML
    expect(at('mypy-extensions')).toMatchObject({ direct: false, dev: true }); // only mypy needs it
  });

  it('leaves direct and dev unknown without pyproject.toml', () => {
    const bare = poetryLock.extract({ path: f.path, text: f.text }, noFiles);
    expect(bare.components.every((c) => c.direct === undefined && c.dev === undefined)).toBe(true);
  });

  it('agrees with the GitHub advisory for jinja2 that its version is already fixed', () => {
    // GHSA-h5c8-rqwp-cp95 (PyPI "jinja2") is fixed in 3.1.3; synapse locks 3.1.4 at line 847.
    expect(at('jinja2')).toMatchObject({ version: '3.1.4', locations: [{ line: 847 }] });
  });
});

describe('poetry.lock 2.1 (ess-helm): groups', () => {
  const f = corpusFile(ESS, 'poetry.lock');
  const result = poetryLock.extract({ path: f.path, text: f.text }, f.ctx);

  it('takes dev from `groups` (no "main" group) as the lock records it', () => {
    const devOnly = linesMatching(f.text, /^groups = \["dev"\]$/).length;
    expect(result.components.filter((c) => c.dev === true)).toHaveLength(devOnly);
  });

  it('marks the git checkout as git and [tool.poetry.group.dev.dependencies] as direct', () => {
    expect(result.components.find((c) => c.name === 'pytest-kubernetes')).toMatchObject({ source: 'git', direct: true, dev: true });
    expect(result.components.find((c) => c.name === 'checkov')?.direct).toBe(true);
  });
});

describe('poetry.lock 1.1 with category, path and git sources (fixture)', () => {
  const f = fixtureFile(`${FIXTURES}/poetry-1.1`, 'poetry.lock');
  const result = poetryLock.extract({ path: f.path, text: f.text }, f.ctx);
  const at = (name: string) => result.components.find((c) => c.name === name);

  it('reads every package at its header, dev from category, direct from pyproject.toml', () => {
    expect(result.problems).toEqual([]);
    expectAtHeaders(f.text, result.components);
    expect(at('django')).toMatchObject({ version: '3.2.12', direct: true, dev: false });
    expect(at('sqlparse')).toMatchObject({ direct: false, dev: false });
    expect(at('pytest')).toMatchObject({ direct: true, dev: true });
    expect(at('iniconfig')).toMatchObject({ direct: false, dev: true });
  });

  it('marks directory and git packages so they are not matched', () => {
    expect(at('my-lib')?.source).toBe('path');
    expect(at('django-extensions')?.source).toBe('git');
    expect(at('django')?.source).toBeUndefined();
  });

  it('pins a Django version the PyPI advisories list as affected', async () => {
    const records = await osvRecordsFor('PyPI', (n) => n.toLowerCase() === 'django');
    const listing = records.filter((r) => r.affected?.some((a) => a.package?.name?.toLowerCase() === 'django' && a.versions?.includes('3.2.12')));
    expect(listing.length).toBeGreaterThan(0);
  });

  it('reports a lock without its [metadata] trailer as cut short', () => {
    const cut = f.text.slice(0, f.text.indexOf('[metadata]'));
    const r = poetryLock.extract({ path: f.path, text: cut }, f.ctx);
    expect(r.components).toHaveLength(result.components.length);
    expect(r.problems).toMatchObject([{ level: 'warning', message: expect.stringContaining('cut short') }]);
  });
});
