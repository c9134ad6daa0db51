import { describe, expect, it } from 'vitest';
import { linesMatching } from '../bundler/lockfile-testkit.js';
import { fixtureFile, fixturesOf, osvRecordsFor } from '../pip/corpus-testkit.js';
import { uvLock } from './index.js';

const FIXTURES = fixturesOf(import.meta.url);

describe('uv.lock workspace with git, directory and dynamic-version members (fixture)', () => {
  const f = fixtureFile(`${FIXTURES}/workspace`, 'uv.lock');
  const result = uvLock.extract({ path: f.path, text: f.text }, f.ctx);
  const at = (name: string) => result.components.find((c) => c.name === name);

  it('lists every versioned package and says why a member without a version is not listed', () => {
    expect(result.components.map((c) => c.name).sort()).toEqual(
      ['app', 'argon2-cffi', 'asgiref', 'bcrypt', 'boto3', 'django', 'iniconfig', 'mylib', 'mypy', 'pyjwt', 'pytest', 'ruff', 'sqlalchemy', 'sqlparse'].sort(),
    );
    const toolsLine = linesMatching(f.text, /^name = "tools"$/)[0]! - 1;
    expect(result.problems).toEqual([expect.objectContaining({ level: 'notice', line: toolsLine, message: expect.stringContaining('"tools"') })]);
  });

  it('marks sources and flags', () => {
    expect(at('app')).toMatchObject({ source: 'workspace' });
    expect([at('app')?.direct, at('app')?.dev]).toEqual([undefined, undefined]);
    expect(at('pyjwt')).toMatchObject({ source: 'git', direct: true });
    expect(at('mylib')).toMatchObject({ source: 'path', direct: true });
    expect(at('boto3')).toMatchObject({ direct: true, dev: false }); // the member's own extra
    expect(at('argon2-cffi')).toMatchObject({ direct: false, dev: false }); // django[argon2]
    expect([at('bcrypt')?.direct, at('bcrypt')?.dev]).toEqual([false, undefined]); // an extra nobody asks for
    expect(at('pytest')).toMatchObject({ direct: true, dev: true });
    expect(at('iniconfig')).toMatchObject({ direct: false, dev: true });
    expect(at('mypy')).toMatchObject({ direct: true, dev: true });
    expect(at('ruff')).toMatchObject({ direct: true, dev: false }); // `lint` is not the dev group
  });

  it('pins a Django version the PyPI advisories list as affected', async () => {
    const records = await osvRecordsFor('PyPI', (n) => n.toLowerCase() === 'django');
    expect(records.some((r) => r.affected?.some((a) => a.versions?.includes(at('django')!.version)))).toBe(true);
  });

  it('reports a dependency the lock does not hold, and a lock without members', () => {
    const noSqlparse = f.text.replace(/\[\[package\]\]\nname = "sqlparse"[\s\S]*?(?=\[\[package\]\])/, '');
    const r = uvLock.extract({ path: f.path, text: noSqlparse }, f.ctx);
    const djangoLine = linesMatching(noSqlparse, /^name = "django"$/)[0]! - 1;
    expect(r.problems).toContainEqual(expect.objectContaining({ level: 'warning', line: djangoLine, message: expect.stringContaining('"sqlparse"') }));
    const noMembers = uvLock.extract({ path: f.path, text: 'version = 1\n' }, f.ctx);
    expect(noMembers.problems).toMatchObject([{ level: 'warning', line: 1, message: expect.stringContaining('no workspace member') }]);
  });
});
