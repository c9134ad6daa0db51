import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkOverwrittenCopies } from '../bundler/lockfile-testkit.js';
import { shared } from '../../../test/helpers/shared.js';
import { devByReachability } from '../yarn/npm-family.js';
import { checkCutCopies, findOne, identity, lineAt, lineOfText, lineProblems, NO_FILES, table } from '../yarn/testkit.js';
import { pnpmLock } from './index.js';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '__fixtures__');
const V9 = 'Welets__zulip@c65cc48215';
const V6 = 'moonwolf-github__zulip@fba8c23dc0';

function extract(text: string) {
  return { text, ...pnpmLock.extract({ path: 'pnpm-lock.yaml', text }, NO_FILES) };
}
const corpus = (dir: string) => extract(readFileSync(join(shared('repos', dir), 'pnpm-lock.yaml'), 'utf8'));
const fixture = (name: string) => extract(readFileSync(join(FIXTURES, name), 'utf8'));


/** Counted apart from the extractor: keys two spaces in under `packages:`, peer suffixes cut. */
function packageKeys(text: string): Set<string> {
  const out = new Set<string>();
  let inPackages = false;
  for (const line of text.split('\n')) {
    if (/^\S/.test(line)) inPackages = line === 'packages:';
    else if (inPackages && /^ {2}\S/.test(line)) out.add(line.trim().replace(/:$/, '').replace(/^'|'$/g, '').replace(/\(.*$/, ''));
  }
  return out;
}


describe('pnpmLock.claims', () => {
  it('claims pnpm-lock.yaml only', () => {
    expect(pnpmLock.claims('pnpm-lock.yaml')).toBe(true);
    expect(pnpmLock.claims('web/pnpm-lock.yaml')).toBe(true);
    expect(pnpmLock.claims('pnpm-workspace.yaml')).toBe(false);
  });
});

describe('pnpm 9.0 (Welets/zulip)', () => {
  const r = corpus(V9);

  it('reads one component per packages key, at its line', () => {
    expect(r.text.startsWith("lockfileVersion: '9.0'")).toBe(true);
    expect(r.problems).toEqual([]);
    expect(r.components).toHaveLength(packageKeys(r.text).size);
    expect(lineProblems(r.text, r.components)).toEqual([]);
    expect(findOne(r.components, '@ampproject/remapping', '2.3.0').locations[0]!.line).toBe(518);
    expect(findOne(r.components, 'typescript', '5.8.2').locations[0]!.line).toBe(8583);
  });

  it('resolves importer aliases and peer-suffixed versions to the package, direct', () => {
    // `source-map: npm:source-map-js@^1.2.1` and `emoji-datasource-google-blob: npm:emoji-datasource-google@^3.0.0`.
    expect(findOne(r.components, 'source-map-js', '1.2.1')).toMatchObject({ direct: true, dev: false, locations: [{ line: 8020 }] });
    expect(findOne(r.components, 'emoji-datasource-google', '3.0.0').direct).toBe(true);
    // `version: 3.1.4(typescript@5.8.2)` in the importer.
    expect(findOne(r.components, '@formatjs/intl', '3.1.4')).toMatchObject({ direct: true, dev: false, locations: [{ line: 1725 }] });
    expect(r.components.some((c) => c.name.includes('(') || c.version.includes('('))).toBe(false);
  });

  it('derives dev from the importers: every run-time dependency is dev false', () => {
    const doc = parse(r.text) as { importers: Record<string, { dependencies?: Record<string, { version: string }> }> };
    let checked = 0;
    for (const imp of Object.values(doc.importers)) {
      for (const [name, { version }] of Object.entries(imp.dependencies ?? {})) {
        if (version.startsWith('link:')) continue;
        const alias = /^(@?[^@(]+)@([^(]+)/.exec(version);
        const c = alias ? findOne(r.components, alias[1]!, alias[2]!) : findOne(r.components, name, version.replace(/\(.*$/, ''));
        expect(c.dev, name).toBe(false);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(50);
    expect(r.components.filter((c) => c.dev === true).length).toBeGreaterThan(100);
    expect(r.components.every((c) => c.dev !== undefined)).toBe(true);
  });
});

describe('pnpm 6.1 (moonwolf-github/zulip)', () => {
  const r = corpus(V6);

  it('reads one component per packages key, peers stripped, with the file dev flags', () => {
    expect(r.problems).toEqual([]);
    expect(r.components).toHaveLength(packageKeys(r.text).size);
    expect(lineProblems(r.text, r.components)).toEqual([]);
    expect(findOne(r.components, '@ampproject/remapping', '2.2.1').locations[0]!.line).toBe(421);
    expect(findOne(r.components, '@formatjs/intl', '2.7.2')).toMatchObject({ direct: true, dev: false, locations: [{ line: 2312 }] });
    expect(findOne(r.components, 'emoji-datasource-google', '3.0.0')).toMatchObject({ direct: true, locations: [{ line: 5356 }] });
    const devTrue = [...r.text.matchAll(/^ {4}dev: true$/gm)].length;
    expect(r.components.filter((c) => c.dev === true)).toHaveLength(devTrue);
  });

  it("the graph walk used for 9.x agrees with pnpm's own dev flags on this file", () => {
    type Pkg = { dependencies?: Record<string, string>; optionalDependencies?: Record<string, string>; dev?: boolean };
    type Dep = string | { version: string };
    const doc = parse(r.text) as {
      dependencies: Record<string, Dep>;
      devDependencies: Record<string, Dep>;
      optionalDependencies?: Record<string, Dep>;
      packages: Record<string, Pkg>;
    };
    const keys = Object.keys(doc.packages);
    const index = new Map(keys.map((k, i) => [k, i]));
    const ref = (name: string, v: Dep): number | undefined => {
      const version = typeof v === 'string' ? v : v.version;
      return index.get(version.startsWith('/') ? version : `/${name}@${version}`);
    };
    const edges = keys.map((k) =>
      Object.entries({ ...doc.packages[k]!.dependencies, ...doc.packages[k]!.optionalDependencies })
        .map(([n, v]) => ref(n, v))
        .filter((i): i is number => i !== undefined),
    );
    const roots = (deps: Record<string, Dep> | undefined) =>
      Object.entries(deps ?? {}).map(([n, v]) => ref(n, v)).filter((i): i is number => i !== undefined);
    const dev = devByReachability(keys.length, edges, {
      prod: [...roots(doc.dependencies), ...roots(doc.optionalDependencies)],
      dev: roots(doc.devDependencies),
      unknown: [],
    });
    const disagree = keys.filter((k, i) => (doc.packages[k]!.dev === true) !== (dev[i] === true));
    expect(disagree).toEqual([]);
    expect(dev.every((d) => d !== null)).toBe(true);
  });
});

describe('pnpm fixtures', () => {
  it('5.4 single project: `_` peer and patch suffixes, flags, absent flag = both', () => {
    const r = fixture('v5.4-single.yaml');
    expect(r.problems).toEqual([]);
    expect(table(r.components)).toEqual([
      ['@babel/code-frame', '7.12.11', 'registry', 24, false, true],
      ['@typescript-eslint/parser', '4.33.0', 'registry', 30, true, true],
      ['acorn-jsx', '5.3.2', 'registry', 46, false, true],
      ['acorn', '7.4.1', 'registry', 54, false, true],
      ['comment-parser', '1.3.1', 'registry', 60, false, false],
      ['eslint', '7.32.0', 'registry', 65, true, true],
      ['ts-import', '4.0.0-beta.6', 'registry', 73, true, false],
      ['typescript', '4.7.4', 'registry', 83, true, false],
    ]);
    expect(lineProblems(r.text, r.components)).toEqual([]);
  });

  it('5.3 workspace: git, directory and second-registry packages, alias and link importers', () => {
    const r = fixture('v5.3-workspace.yaml');
    expect(r.problems).toEqual([]);
    expect(table(r.components)).toEqual([
      ['js-tokens', '4.0.0', 'registry', 29, false, false],
      ['lodash', '4.17.21', 'registry', 33, true, false],
      ['loose-envify', '1.4.0', 'registry', 37, false, false],
      ['react-dom', '17.0.2', 'registry', 44, true, false],
      ['react', '17.0.2', 'registry', 53, false, false],
      ['local-lib', '0.1.0', 'path', 60, true, false],
      ['is-negative', '2.1.0', 'git', 66, true, false],
      ['left-pad', '1.3.0', 'registry', 73, true, true],
    ]);
  });

  it('6.0 workspace: peer variants fold into one component, run-time wins over dev', () => {
    const r = fixture('v6-workspace.yaml');
    expect(r.problems).toEqual([]);
    expect(table(r.components)).toEqual([
      ['@formatjs/fast-memoize', '2.0.1', 'registry', 29, false, false],
      ['@formatjs/intl', '2.7.2', 'registry', 35, true, false],
      ['emoji-datasource-google', '3.0.0', 'registry', 61, true, false],
      ['tslib', '2.5.3', 'registry', 65, false, false],
      ['typescript', '5.0.4', 'registry', 68, false, true],
      ['typescript', '5.1.3', 'registry', 74, true, false],
    ]);
  });

  it('9.0: tarball, git, directory and alias packages; dev from snapshots', () => {
    const r = fixture('v9-sources.yaml');
    expect(r.problems).toEqual([]);
    expect(table(r.components)).toEqual([
      ['@formatjs/fast-memoize', '2.2.6', 'registry', 42, false, false],
      ['@formatjs/intl', '3.1.4', 'registry', 45, true, false],
      ['git-dep', '1.2.0', 'git', 53, true, true],
      ['is-negative', '2.1.0', 'git', 57, true, false],
      ['local-lib', '0.1.0', 'path', 62, true, false],
      ['source-map-js', '1.2.1', 'registry', 66, true, false],
      ['tslib', '2.8.1', 'registry', 70, true, false],
      // A devDependency of the root, but @formatjs/intl needs it at run time (optional dependency).
      ['typescript', '5.8.2', 'registry', 73, true, false],
    ]);
    expect(lineProblems(r.text, r.components)).toEqual([]);
  });

  it('warns on an unknown lockfileVersion and still reads by key shape', () => {
    const text = readFileSync(join(FIXTURES, 'v6-workspace.yaml'), 'utf8').replace("lockfileVersion: '6.0'", "lockfileVersion: '4.2'");
    const r = extract(text);
    expect(r.problems).toEqual([expect.objectContaining({ level: 'warning', line: 1, message: expect.stringMatching(/4\.2/) })]);
    const missing = extract(text.replace("lockfileVersion: '4.2'\n", ''));
    expect(missing.problems).toEqual([expect.objectContaining({ level: 'warning', message: expect.stringMatching(/no lockfileVersion; read as v6/) })]);
    expect(missing.components.map(identity)).toContain('tslib@2.5.3 registry L64');
  });

  it('rejects what is no pnpm lockfile, with a located problem', () => {
    expect(extract('- just\n- a list\n').problems).toEqual([expect.objectContaining({ level: 'error', line: 1 })]);
    expect(extract('').components).toEqual([]);
    const bomb = 'a: &a ["x","x"]\nb: &b [*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b]\nlockfileVersion: "9.0"\npackages:\n  x@1.0.0: *c\n';
    expect(extract(bomb).components.map(identity)).toEqual(['x@1.0.0 registry L6']);
  });
});

describe('damaged copies of the fixtures', () => {
  for (const name of ['v5.4-single.yaml', 'v5.3-workspace.yaml', 'v6-workspace.yaml', 'v9-sources.yaml']) {
    it(`${name}: cut and overwritten copies`, () => {
      const text = readFileSync(join(FIXTURES, name), 'utf8');
      checkCutCopies(pnpmLock, 'pnpm-lock.yaml', text, NO_FILES, 150);
      checkOverwrittenCopies(pnpmLock, 'pnpm-lock.yaml', text, NO_FILES, 150);
    });
  }
});

describe('damaged copies of the real lockfiles', () => {
  for (const dir of [V9, V6]) {
    describe(dir, () => {
      const full = corpus(dir);
      const fullIds = new Set(full.components.map(identity));

      it('copies cut at random offsets keep only true entries, every problem located', () => {
        checkCutCopies(pnpmLock, 'pnpm-lock.yaml', full.text, NO_FILES, 6);
      });

      it('copies with bytes overwritten by garbage never throw and locate every problem', () => {
        checkOverwrittenCopies(pnpmLock, 'pnpm-lock.yaml', full.text, NO_FILES, 6);
      });

      it('a copy cut inside a package key reports it at its line and leaves it out', () => {
        const packagesAt = full.text.indexOf('\npackages:\n');
        const keyLine = /\n {2}[^\s]/g;
        keyLine.lastIndex = packagesAt + Math.floor((full.text.length - packagesAt) / 3);
        const keyAt = keyLine.exec(full.text)!.index + 6;
        const r = extract(full.text.slice(0, keyAt));
        expect(r.problems).toContainEqual(expect.objectContaining({ level: 'error', line: lineAt(full.text, keyAt) }));
        expect(r.components.map(identity).filter((id) => !fullIds.has(id))).toEqual([]);
      });

      it('a corrupted copy reports the damage at its line and reads the rest', () => {
        const lines = full.text.split('\n');
        const at = lines.findIndex((l, i) => i > lines.length / 3 && /^ {4}resolution:/.test(l));
        lines[at] = '    resolution: {integrity: "unterminated';
        const r = extract(lines.join('\n'));
        // The entry whose resolution broke is reported at its key, two lines up at most.
        const keyLine = at - [...lines.slice(0, at)].reverse().findIndex((l) => /^ {2}\S/.test(l));
        expect(lines[keyLine - 1]).toMatch(/^ {2}\S/);
        expect(r.problems).toContainEqual(expect.objectContaining({ level: 'error', line: keyLine, message: expect.stringMatching(/not read/) }));
        expect(r.components.map(identity).filter((id) => !fullIds.has(id))).toEqual([]);
        expect(r.components.length).toBe(full.components.length - 1);
      });
    });
  }
});

it('finds fixture lines by text, not by counting', () => {
  const text = readFileSync(join(FIXTURES, 'v9-sources.yaml'), 'utf8');
  expect(lineOfText(text, "  '@formatjs/intl@3.1.4':")).toBe(45);
});
