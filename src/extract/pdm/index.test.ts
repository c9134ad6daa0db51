import { describe, expect, it } from 'vitest';
import { linesMatching, lineText, noFiles } from '../bundler/lockfile-testkit.js';
import { checkCutsNeverInvent, fixtureFile, fixturesOf, osvRecordsFor } from '../pip/corpus-testkit.js';
import { pdmLock } from './index.js';

// No repository in the shared corpus has a pdm.lock; the fixtures restate real ones (each says which).
const FIXTURES = fixturesOf(import.meta.url);

describe('pdm.lock 4.4, cross_platform (fixture)', () => {
  const f = fixtureFile(`${FIXTURES}/cross-platform`, 'pdm.lock');
  const result = pdmLock.extract({ path: f.path, text: f.text }, f.ctx);

  it('reads every [[package]] at its header line', () => {
    expect(result.problems).toEqual([]);
    expect(result.components.map((c) => c.locations[0]!.line)).toEqual(linesMatching(f.text, /^\[\[package\]\]$/));
    for (const c of result.components) expect(lineText(f.text, c.locations[0]!.line + 1)).toBe(`name = "${c.name}"`);
  });

  it('says nothing about dev or direct when neither the lock nor a pyproject.toml does', () => {
    expect(result.components.every((c) => c.dev === undefined && c.direct === undefined)).toBe(true);
  });

  it('never throws on cut-short or overwritten copies and never invents a version', () => {
    checkCutsNeverInvent(pdmLock, f.path, f.text, f.ctx, { fixedCutsReport: true });
  });

  it('reports a dependency the lock does not hold', () => {
    const text = f.text.replace(/\[\[package\]\]\nname = "mypy-extensions"[\s\S]*?(?=\[\[package\]\])/, '');
    const r = pdmLock.extract({ path: f.path, text }, noFiles);
    const mypy = linesMatching(text, /^name = "mypy"$/)[0]! - 1;
    expect(r.problems).toMatchObject([{ level: 'warning', line: mypy, message: expect.stringContaining('"mypy-extensions"') }]);
  });
});

describe('pdm.lock 4.5, inherit_metadata with groups (fixture)', () => {
  const f = fixtureFile(`${FIXTURES}/inherit-metadata`, 'pdm.lock');
  const result = pdmLock.extract({ path: f.path, text: f.text }, f.ctx);
  const at = (name: string) => result.components.find((c) => c.name === name);

  it('folds the per-extra entry into its package, located at the first header', () => {
    const django = result.components.filter((c) => c.name === 'django');
    expect(django).toHaveLength(1);
    expect(django[0]!.locations).toHaveLength(2);
    expect(django[0]!.locations[0]!.line).toBe(linesMatching(f.text, /^name = "django"$/)[0]! - 1);
    expect(result.components).toHaveLength(linesMatching(f.text, /^\[\[package\]\]$/).length - 1);
  });

  it('takes dev from groups, telling extras from dev groups by pyproject.toml', () => {
    expect(at('django')).toMatchObject({ version: '3.2.12', direct: true, dev: false });
    expect(at('boto3')).toMatchObject({ direct: true, dev: false }); // the optional `s3` extra
    expect(at('pytest')).toMatchObject({ direct: true, dev: true });
    expect(at('sqlparse')).toMatchObject({ direct: false, dev: false });
    expect(at('django-debug-toolbar')).toMatchObject({ source: 'git', direct: true, dev: true });
    expect(at('mylib')).toMatchObject({ source: 'path', direct: true, dev: false });
  });

  it('without pyproject.toml, is sure only of the default group', () => {
    const bare = pdmLock.extract({ path: f.path, text: f.text }, noFiles);
    const dev = (name: string) => bare.components.find((c) => c.name === name)?.dev;
    expect([dev('django'), dev('boto3'), dev('pytest')]).toEqual([false, undefined, undefined]);
  });

  it('pins a Django version the PyPI advisories list as affected', async () => {
    const records = await osvRecordsFor('PyPI', (n) => n.toLowerCase() === 'django');
    expect(records.some((r) => r.affected?.some((a) => a.versions?.includes(at('django')!.version)))).toBe(true);
  });

  it('never throws on cut-short or overwritten copies and never invents a version', () => {
    checkCutsNeverInvent(pdmLock, f.path, f.text, f.ctx, { fixedCutsReport: true });
  });
});
