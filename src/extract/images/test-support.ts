// Test support for the manifest extractors (imported by *.test.ts only): run extractors over a
// real repository snapshot of the shared corpus the way discovery and extraction would, and
// find image lines in a text independently of the extractors, by pattern.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { Component, Problem } from '../../model/types.js';
import type { ExtractContext, Extractor } from '../../model/extractor.js';

export interface ScanResult {
  components: Component[];
  problems: Problem[];
  /** Relative path → id of the extractor that claimed it. */
  claimed: Map<string, string>;
}

function walk(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const p = join(dir, name);
      return statSync(p).isDirectory() ? (name === '_derived' ? [] : walk(p)) : [p];
    });
}

export function contextFor(root: string, extra: Omit<ExtractContext, 'readFile'> = {}): ExtractContext {
  return {
    ...extra,
    readFile(path: string): string | undefined {
      const abs = resolve(root, path);
      if (!abs.startsWith(resolve(root) + sep) || !existsSync(abs) || !statSync(abs).isFile()) return undefined;
      return readFileSync(abs, 'utf8');
    },
  };
}

/** Every file of `root` handed to the first extractor that claims it, as discovery does. */
export function scanRepo(root: string, extractors: readonly Extractor[], extra: Omit<ExtractContext, 'readFile'> = {}): ScanResult {
  const result: ScanResult = { components: [], problems: [], claimed: new Map() };
  const ctx = contextFor(root, extra);
  for (const abs of walk(root)) {
    const path = relative(root, abs).split(sep).join('/');
    const extractor = extractors.find((e) => e.claims(path));
    if (!extractor) continue;
    result.claimed.set(path, extractor.id);
    const r = extractor.extract({ path, text: readFileSync(abs, 'utf8') }, ctx);
    result.components.push(...r.components);
    result.problems.push(...r.problems);
  }
  return result;
}

/**
 * Lines that declare an image, found by pattern alone: an `image:` (or `…Image:`) key that is not
 * commented out, with a value on the line or a block below it. Independent of the YAML parser.
 */
export function imageKeyLines(text: string): number[] {
  const out: number[] = [];
  text.split(/\r\n|\r|\n/).forEach((line, i) => {
    if (/^\s*(?:-\s+)?[A-Za-z]*[iI]mage\s*:(?:\s|$)/.test(line) && !/^\s*#/.test(line)) out.push(i + 1);
  });
  return out;
}

/** `file:line name:version` of each component location, sorted, for readable expectations. */
export function inventory(components: readonly Component[]): string[] {
  return components
    .flatMap((c) => c.locations.map((l) => `${l.file}:${l.line} ${c.name}:${c.version}`))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
}

/**
 * The image lines (imageKeyLines) of the scanned files that `include` selects and that no
 * component or problem is located at, and how many lines were checked. `skipLine` drops lines
 * that are not images by design (a CRD schema's `image:` property).
 */
export function unlocatedImageLines(
  root: string,
  scan: ScanResult,
  include: (path: string, extractorId: string, text: string) => boolean,
  skipLine: (line: string) => boolean = () => false,
): { missing: string[]; checked: number } {
  const located = new Set([...scan.components.flatMap((c) => c.locations), ...scan.problems].map((l) => `${l.file}:${l.line}`));
  const missing: string[] = [];
  let checked = 0;
  for (const [path, id] of scan.claimed) {
    const text = readFileSync(join(root, path), 'utf8');
    if (!include(path, id, text)) continue;
    const lines = text.split(/\r\n|\r|\n/);
    for (const n of imageKeyLines(text)) {
      if (skipLine(lines[n - 1]!)) continue;
      checked++;
      if (!located.has(`${path}:${n}`)) missing.push(`${path}:${n}`);
    }
  }
  return { missing, checked };
}
