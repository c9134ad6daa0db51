import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import fc from 'fast-check';
import semver from 'semver';
import { expect } from 'vitest';
import { readZipText } from '../../advise/zip.js';
import { TRIMMED, trimmed } from '../../../test/helpers/corpus.js';
import { SHARED_DATA, shared } from '../../../test/helpers/shared.js';
import type { Component } from '../../model/types.js';
import type { ExtractContext, ExtractResult, Extractor } from '../../model/extractor.js';
import { expectLocated, noFiles } from '../bundler/lockfile-testkit.js';

// Test helpers for the Python, Go and Rust extractors: real files (trimmed into test/corpus/) read
// in place with a context that sees their repository, OSV records read from the trimmed bundles, an OSV SEMVER check
// written with the `semver` package (independent of patchwarden's own comparators), and the
// damage property for formats where a cut at a line boundary is a valid, shorter file.

/** A context that reads files below `dir` only, as the real one reads below the scanned root. */
export function folderCtx(dir: string): ExtractContext {
  return {
    readFile(path: string): string | undefined {
      if (path.split('/').includes('..') || path.startsWith('/')) return undefined;
      const abs = join(dir, path);
      return existsSync(abs) && statSync(abs).isFile() ? readFileSync(abs, 'utf8') : undefined;
    },
  };
}

export interface CorpusFile {
  /** Path inside its repository snapshot, as discovery would give it. */
  path: string;
  text: string;
  ctx: ExtractContext;
}

/** `repo` is a folder under repos/ (owner__name@sha); `path` a file inside it. */
export function corpusFile(repo: string, path: string): CorpusFile {
  const text = readFileSync(trimmed('repos', repo, path), 'utf8');
  return { path, text, ctx: folderCtx(join(TRIMMED, 'repos', repo)) };
}

/** The same, from the whole shared corpus (for `*.corpus.test.ts` files only). */
export function sharedCorpusFile(repo: string, path: string): CorpusFile {
  const text = readFileSync(shared('repos', repo, path), 'utf8');
  return { path, text, ctx: folderCtx(join(SHARED_DATA, 'repos', repo)) };
}

/** A fixture beside a test: `dir` is the test's __fixtures__ folder. */
export function fixtureFile(dir: string, path: string): CorpusFile {
  return { path, text: readFileSync(join(dir, path), 'utf8'), ctx: folderCtx(dir) };
}

export const fixturesOf = (importMetaUrl: string): string => join(dirname(new URL(importMetaUrl).pathname), '__fixtures__');

export type OsvRecord = {
  id: string;
  affected?: { package?: { name?: string; ecosystem?: string }; ranges?: { type: string; events: Record<string, string>[] }[]; versions?: string[] }[];
};

/** The named records of one OSV bundle (`osv/<ecosystem>/all.zip`). */
export async function osvRecords(ecosystem: string, ids: readonly string[]): Promise<Map<string, OsvRecord>> {
  const wanted = new Set(ids.map((id) => `${id}.json`));
  const out = new Map<string, OsvRecord>();
  await readZipText(trimmed('osv', ecosystem, 'all.zip'), (name) => wanted.has(name), ({ text }) => {
    const r = JSON.parse(text) as OsvRecord;
    out.set(r.id, r);
  });
  return out;
}

/** Every record of a bundle that names `pkg` (compared by `same`). */
export async function osvRecordsFor(ecosystem: string, same: (name: string) => boolean): Promise<OsvRecord[]> {
  const out: OsvRecord[] = [];
  await readZipText(trimmed('osv', ecosystem, 'all.zip'), () => true, ({ text }) => {
    const r = JSON.parse(text) as OsvRecord;
    if (r.affected?.some((a) => same(a.package?.name ?? ''))) out.push(r);
  });
  return out;
}

/**
 * Whether an OSV record's SEMVER ranges for `pkg` contain `version`, evaluated as OSV's spec
 * describes (events sorted; introduced opens, fixed closes, last_affected closes after itself).
 */
export function semverAffected(record: OsvRecord, pkg: string, version: string): boolean {
  const v = version.replace(/^v/, '');
  const norm = (x: string): string => (x === '0' ? '0.0.0-0' : x.replace(/^v/, ''));
  for (const a of record.affected ?? []) {
    if (a.package?.name !== pkg) continue;
    for (const range of a.ranges ?? []) {
      if (range.type !== 'SEMVER') continue;
      const events = range.events
        .map((e) => Object.entries(e)[0]!)
        .sort((x, y) => semver.compare(norm(x[1]), norm(y[1])));
      let affected = false;
      for (const [kind, at] of events) {
        const c = semver.compare(v, norm(at));
        if (kind === 'introduced' && c >= 0) affected = true;
        if (kind === 'fixed' && c >= 0) affected = false;
        if (kind === 'last_affected' && c > 0) affected = false;
      }
      if (affected) return true;
    }
  }
  return false;
}

const id = (c: Component): string => `${c.name}@${c.version}`;

export interface CutOptions {
  numRuns?: number;
  /**
   * Components a later line of the whole file may rightly change (go.mod's stdlib, which a
   * `toolchain` line after `go` overrides): left out of the comparison.
   */
  later?: (c: Component) => boolean;
  /** Cuts at a third, a half and two thirds of the file must report a problem (true for the TOML locks). */
  fixedCutsReport?: boolean;
}

/**
 * For formats where a cut at a line boundary can leave a valid, shorter file (requirements.txt,
 * go.mod, and uv, pdm and Cargo locks cut between entries): cut-short and overwritten copies never
 * throw, locate every problem and component, and never yield a package version the whole file
 * does not have, except on an unterminated last line, which no reader can tell from a complete
 * one. Lines overwritten with junk never throw and are located.
 */
export function checkCutsNeverInvent(extractor: Extractor, path: string, text: string, ctx: ExtractContext = noFiles, options: CutOptions = {}): void {
  const { numRuns = 60, later = () => false, fixedCutsReport = false } = options;
  const run = (t: string): ExtractResult => extractor.extract({ path, text: t }, ctx);
  const wholeIds = new Set(run(text).components.map(id));
  if (fixedCutsReport) {
    for (const fraction of [1 / 3, 1 / 2, 2 / 3]) {
      const part = text.slice(0, Math.floor(text.length * fraction));
      expect(run(part).problems.length, `a cut at ${fraction.toFixed(2)} of the file reports nothing`).toBeGreaterThan(0);
    }
  }
  fc.assert(
    fc.property(fc.integer({ min: 0, max: text.length - 1 }), (cut) => {
      const part = text.slice(0, cut);
      const r = run(part);
      expectLocated(r, part);
      const lastLine = part.split(/\r\n|\r|\n/).length;
      for (const c of r.components) {
        if ((c.locations[0]!.line === lastLine && !/[\r\n]$/.test(part)) || later(c)) continue;
        expect(wholeIds.has(id(c)), `${id(c)} (cut at ${cut}) is not in the whole file`).toBe(true);
      }
    }),
    { numRuns },
  );
  // Whole lines replaced by junk: the damage a bad merge or an editor leaves.
  const lines = text.split('\n');
  fc.assert(
    fc.property(fc.nat({ max: lines.length - 1 }), fc.string({ unit: 'binary', maxLength: 80 }), (at, junk) => {
      const damaged = [...lines.slice(0, at), junk, ...lines.slice(at + 1)].join('\n');
      expectLocated(run(damaged), damaged);
    }),
    { numRuns },
  );
}
