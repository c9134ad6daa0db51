import { describe, expect, it } from 'vitest';
import { linesMatching, lineText } from '../bundler/lockfile-testkit.js';
import { checkCutsNeverInvent, corpusFile, fixtureFile, fixturesOf, osvRecords } from './corpus-testkit.js';
import { requirementsTxt } from './index.js';

const ZULIP = 'moonwolf-github__zulip@fba8c23dc0';
const FIXTURES = fixturesOf(import.meta.url);

describe('requirementsTxt.claims', () => {
  it.each([
    ['requirements.txt', true],
    ['requirements-dev.txt', true],
    ['dev-requirements.txt', true],
    ['requirements/prod.txt', true],
    ['sub/requirements/docs.txt', true],
    ['requirements.in', false],
    ['requirements/prod.in', false],
    ['docs/notes.txt', false],
    ['requirements.txt.bak', false],
  ])('%s -> %s', (path, expected) => {
    expect(requirementsTxt.claims(path)).toBe(expected);
  });
});

describe.each(['requirements/prod.txt', 'requirements/dev.txt', 'requirements/docs.txt', 'requirements/pip.txt'])(
  'zulip pip-compile output %s (real file)',
  (path) => {
    const f = corpusFile(ZULIP, path);
    const result = requirementsTxt.extract({ path: f.path, text: f.text }, f.ctx);

    it('reads every pinned requirement at the line where it starts', () => {
      // pip-compile writes each requirement at column 0 as name==version[ ; marker] followed by " \".
      const pinned = linesMatching(f.text, /^[A-Za-z0-9][A-Za-z0-9._-]*(\[[^\]]*\])?==\S+( ;.*)? \\$/);
      expect(result.components.map((c) => c.locations[0]!.line).sort((a, b) => a - b)).toEqual(pinned);
      for (const c of result.components) {
        expect(c.ecosystem).toBe('PyPI');
        expect(c.locations[0]!.file).toBe(path);
        const esc = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        expect(lineText(f.text, c.locations[0]!.line)).toMatch(new RegExp(`^${esc(c.name)}(\\[[^\\]]*\\])?==${esc(c.version)} `));
      }
    });

    it('skips URL requirements with a located reason and reports nothing worse', () => {
      const urls = linesMatching(f.text, /^https?:\/\//);
      const skips = result.problems.filter((p) => p.message.includes('comes from a URL'));
      expect(skips.map((p) => p.line)).toEqual(urls);
      expect(result.problems.filter((p) => p.level !== 'notice')).toEqual([]);
    });

    it('never throws on cut-short or overwritten copies and never invents a version', () => {
      checkCutsNeverInvent(requirementsTxt, path, f.text, f.ctx, { numRuns: 40 });
    });
  },
);

describe('zulip requirements against the PyPI advisories', () => {
  it('finds aiohttp 3.8.4 at dev.txt:14, a version PYSEC-2023-120 lists as affected', async () => {
    const f = corpusFile(ZULIP, 'requirements/dev.txt');
    const c = requirementsTxt.extract({ path: f.path, text: f.text }, f.ctx).components.find((x) => x.name === 'aiohttp');
    expect(c).toMatchObject({ version: '3.8.4', purl: 'pkg:pypi/aiohttp@3.8.4', locations: [{ file: 'requirements/dev.txt', line: 14 }] });
    const rec = (await osvRecords('PyPI', ['PYSEC-2023-120'])).get('PYSEC-2023-120');
    const affected = rec?.affected?.find((a) => a.package?.name === 'aiohttp');
    expect(affected?.versions).toContain(c!.version);
  });
});

describe('requirements.txt includes, options and requirement forms (fixture)', () => {
  const f = fixtureFile(`${FIXTURES}/includes`, 'requirements.txt');
  const result = requirementsTxt.extract({ path: f.path, text: f.text }, f.ctx);
  const at = (name: string) => result.components.find((c) => c.name === name);

  it('reads pins with extras, markers, parentheses, === and continuations at their first line', () => {
    expect(at('Django')).toMatchObject({ version: '4.0.3', locations: [{ file: 'requirements.txt', line: 7 }] });
    expect(at('celery')).toMatchObject({ version: '5.2.7', locations: [{ line: 9 }] });
    expect(at('urllib3')).toMatchObject({ version: '1.26.5', locations: [{ line: 10 }] });
    expect(at('pyyaml')).toMatchObject({ version: '6.0', locations: [{ line: 13 }] });
    expect(at('zope.interface')).toMatchObject({ version: '5.4.0', purl: 'pkg:pypi/zope.interface@5.4.0' });
  });

  it('follows -r and -c relative to the including file, each component at its own file and line', () => {
    expect(at('aiohttp')).toMatchObject({ version: '3.8.4', locations: [{ file: 'requirements/base.txt', line: 2 }] });
    expect(at('cryptography')).toMatchObject({ version: '40.0.2', locations: [{ file: 'constraints.txt', line: 2 }] });
    expect(result.components).toHaveLength(7);
  });

  it('reports the missing include, the cycle, the skips and one unpinned summary, each located', () => {
    const find = (s: string) => result.problems.filter((p) => p.message.includes(s));
    expect(find('missing.txt')).toMatchObject([{ level: 'warning', file: 'requirements.txt', line: 15 }]);
    expect(find('cycle')).toMatchObject([{ level: 'warning', file: 'requirements/cycle.txt', line: 2 }]);
    expect(find('editable')).toMatchObject([{ level: 'notice', line: 11 }]);
    expect(find('"talon-core==1.6.0+git" comes from a URL')).toMatchObject([{ level: 'notice', line: 12 }]);
    expect(find('not pinned')).toMatchObject([{ level: 'notice', line: 8, message: expect.stringContaining('2 requirement(s)') }]);
    for (const p of result.problems) expect(p.line).toBeTypeOf('number');
  });

  it('refuses includes that climb out of the repository', () => {
    const r = requirementsTxt.extract({ path: 'requirements.txt', text: '-r ../../etc/passwd\n-r /etc/passwd\n' }, f.ctx);
    expect(r.problems.map((p) => [p.line, p.level])).toEqual([
      [1, 'warning'],
      [2, 'warning'],
    ]);
  });
});

describe('hash-checking mode (fixture)', () => {
  it('drops a requirement without --hash when others have one, as pip refuses it', () => {
    const f = fixtureFile(`${FIXTURES}/hashed`, 'requirements.txt');
    const result = requirementsTxt.extract({ path: f.path, text: f.text }, f.ctx);
    expect(result.components.map((c) => [c.name, c.version, c.locations[0]!.line])).toEqual([['aiohttp', '3.8.4', 3]]);
    expect(result.problems).toMatchObject([{ level: 'warning', line: 7, message: expect.stringContaining('hash-checking mode') }]);
  });

  it('warns when the file ends inside a continued line', () => {
    const r = requirementsTxt.extract({ path: 'requirements.txt', text: 'six==1.16.0 \\\n    --hash=sha256:1e61 \\\n' }, { readFile: () => undefined });
    expect(r.components).toHaveLength(1);
    expect(r.problems).toMatchObject([{ level: 'warning', line: 2 }]);
  });
});
