import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkOverwrittenCopies } from '../bundler/lockfile-testkit.js';
import { shared } from '../../../test/helpers/shared.js';
import { devByReachability } from '../yarn/npm-family.js';
import { checkCutCopies, findOne, identity, lineAt, lineOfText, lineProblems, NO_FILES } from '../yarn/testkit.js';
import { pnpmLock } from './index.js';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '__fixtures__');
const V9 = 'Welets__zulip@c65cc48215';
const V6 = 'moonwolf-github__zulip@fba8c23dc0';

function extract(text: string) {
  return { text, ...pnpmLock.extract({ path: 'pnpm-lock.yaml', text }, NO_FILES) };
}
const corpus = (dir: string) => extract(readFileSync(join(shared('repos', dir), 'pnpm-lock.yaml'), 'utf8'));


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
