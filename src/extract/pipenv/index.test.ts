import { describe, expect, it } from 'vitest';
import { checkDamagedCopies, linesMatching, lineText, noFiles } from '../bundler/lockfile-testkit.js';
import { fixtureFile, fixturesOf, osvRecordsFor } from '../pip/corpus-testkit.js';
import { pipfileLock } from './index.js';

// No repository in the shared corpus has a Pipfile.lock; the fixture restates a real one (see the
// Pipfile beside it for which).
const f = fixtureFile(`${fixturesOf(import.meta.url)}/django-api`, 'Pipfile.lock');
const result = pipfileLock.extract({ path: f.path, text: f.text }, f.ctx);
const at = (name: string) => result.components.find((c) => c.name === name);

describe('Pipfile.lock (fixture)', () => {
  it('reads each exact pin at the line of its name, in both sections', () => {
    // Independent count: entries with a "version" member, each keyed on its own line.
    const keyed = linesMatching(f.text, /^ {8}"[^"]+": \{$/);
    const pinned = keyed.filter((l) => /"version": "==/.test(f.text.split('\n').slice(l, l + 10).join('\n').split('}')[0]!));
    const locations = result.components.flatMap((c) => c.locations.map((l) => l.line)).sort((a, b) => a - b);
    expect(locations).toEqual(pinned);
    for (const c of result.components) {
      for (const l of c.locations) expect(lineText(f.text, l.line)).toBe(`        "${c.name}": {`);
    }
  });

  it('strips == from versions and takes dev from the section, direct from the Pipfile', () => {
    expect(at('django')).toMatchObject({ version: '4.0.3', purl: 'pkg:pypi/django@4.0.3', direct: true, dev: false });
    expect(at('sqlparse')).toMatchObject({ direct: false, dev: false });
    expect(at('pytest')).toMatchObject({ version: '7.1.1', direct: true, dev: true });
    expect(at('iniconfig')).toMatchObject({ direct: false, dev: true });
  });

  it('folds a package locked in both sections into one runtime component with both lines', () => {
    const asgiref = result.components.filter((c) => c.name === 'asgiref');
    expect(asgiref).toHaveLength(1);
    expect(asgiref[0]!.dev).toBe(false);
    expect(asgiref[0]!.locations).toHaveLength(2);
  });

  it('reports git and path entries, which record no version, as located notices', () => {
    const notices = result.problems.filter((p) => p.level === 'notice');
    expect(notices.map((p) => p.message)).toEqual([expect.stringContaining('"mylib" (path)'), expect.stringContaining('"django-debug-toolbar" (git)')]);
    for (const p of notices) expect(p.line).toBeTypeOf('number');
    expect(result.problems.filter((p) => p.level !== 'notice')).toEqual([]);
  });

  it('leaves direct unknown without a Pipfile', () => {
    const bare = pipfileLock.extract({ path: f.path, text: f.text }, noFiles);
    expect(bare.components.every((c) => c.direct === undefined)).toBe(true);
  });

  it('pins a Django version the PyPI advisories list as affected', async () => {
    const records = await osvRecordsFor('PyPI', (n) => n.toLowerCase() === 'django');
    expect(records.some((r) => r.affected?.some((a) => a.versions?.includes('4.0.3')))).toBe(true);
  });

  it('never throws on cut-short or overwritten copies and locates what it reports', () => {
    checkDamagedCopies(pipfileLock, f.path, f.text, f.ctx, 60);
  });

  it('rejects a version that is not an exact pin, at its line', () => {
    const text = '{"default": {\n"six": {"version": ">=1.0"}\n}}';
    expect(pipfileLock.extract({ path: 'Pipfile.lock', text }, noFiles).problems).toMatchObject([{ level: 'warning', line: 2 }]);
  });
});
