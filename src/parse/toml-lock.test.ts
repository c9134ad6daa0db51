import { describe, expect, it } from 'vitest';
import { readTomlLock } from './toml-lock.js';

const read = (text: string) => readTomlLock(text, 'extract/test', 'x.lock');

describe('readTomlLock', () => {
  it('gives each [[package]] its header line and keeps other tables, merged, at the top', () => {
    const r = read(
      [
        'version = 3', // 1
        '', // 2
        '[[package]]', // 3
        'name = "a"', // 4
        '', // 5
        '[package.dependencies]', // 6
        'b = "*"', // 7
        '', // 8
        '[[package]] # a comment', // 9
        'name = "b"', // 10
        '[metadata]', // 11
        'x = 1', // 12
        '[metadata.files]', // 13
        'a = []', // 14
      ].join('\n'),
    );
    expect(r.problems).toEqual([]);
    expect(r.packages.map((p) => [p.table.name, p.line])).toEqual([
      ['a', 3],
      ['b', 9],
    ]);
    expect(r.packages[0]!.table.dependencies).toEqual({ b: '*' });
    expect(r.top).toEqual({ version: 3, metadata: { x: 1, files: { a: [] } } });
  });

  it('does not take a header-like line inside a multi-line string for a header', () => {
    const text = ['[[package]]', 'name = "a"', 'description = """', '[[package]]', 'name = "fake"', '"""', "notes = '''", '[x]', "'''"].join('\n');
    const r = read(text);
    expect(r.problems).toEqual([]);
    expect(r.packages).toHaveLength(1);
    expect(r.packages[0]!.table.description).toBe('[[package]]\nname = "fake"\n');
  });

  it('locates a syntax error at its own line and column, and still reads the other packages', () => {
    const text = ['[[package]]', 'name = "a"', 'version = "1.0"', '', '[[package]]', 'name = "b"', 'version = "2.0', '', '[[package]]', 'name = "c"', 'version = "3.0"'].join('\n');
    const r = read(text);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ level: 'error', line: 7, file: 'x.lock', message: expect.stringMatching(/^invalid TOML: /) });
    expect(r.problems[0]!.column).toBeTypeOf('number');
    // b's section did not parse: only the lines that parse on their own are kept, never a half value
    expect(r.packages.map((p) => [p.table.name, p.table.version, p.partial])).toEqual([
      ['a', '1.0', false],
      ['b', undefined, true],
      ['c', '3.0', false],
    ]);
  });

  it('ignores salvaged-looking lines inside a multi-line value of a damaged section', () => {
    const text = ['[[package]]', 'name = "a"', 'summary = """', 'version = "9.9.9"', '"""', 'files = [', '  {file = "a.whl"'].join('\n');
    const r = read(text);
    expect(r.packages).toMatchObject([{ table: { name: 'a' }, partial: true }]);
    expect(r.packages[0]!.table.version).toBeUndefined();
  });

  it('drops prototype-polluting keys', () => {
    const r = read('[[package]]\nname = "a"\n__proto__ = { polluted = true }\n');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(r.packages[0]!.table.name).toBe('a');
  });
});
