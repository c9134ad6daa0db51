import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { parse as parseJsonc } from 'jsonc-parser';
import { parse as parseToml } from 'smol-toml';
import { parseAllDocuments } from 'yaml';
import { ZipArchive } from '../src/advise/zip.js';

// The floor: every input and advisory file read once and handed to its format's parser, with
// nothing else done. Whatever patchwarden does beyond this is its own cost.

export type ParserKind = 'json' | 'jsonc' | 'yaml' | 'toml' | 'lines';

const TOML_LOCKS = new Set(['Cargo.lock', 'poetry.lock', 'uv.lock', 'pdm.lock']);
const JSON_LOCKS = new Set(['composer.lock', 'Pipfile.lock', 'deno.lock', 'flake.lock']);
const YAML_LOCKS = new Set(['Podfile.lock', 'pubspec.lock', 'Chart.lock']);

/** The parser a file's format calls for; line-based formats (requirements.txt, go.mod, Gemfile.lock, yarn v1) are split into lines. */
export function parserFor(path: string, text: string): ParserKind {
  const name = basename(path);
  if (name === 'bun.lock') return 'jsonc';
  if (name.endsWith('.json') || JSON_LOCKS.has(name)) return 'json';
  if (name.endsWith('.toml') || TOML_LOCKS.has(name)) return 'toml';
  if (/\.ya?ml$/.test(name) || YAML_LOCKS.has(name)) return 'yaml';
  // Yarn berry writes YAML; classic (v1) is its own line format.
  if (name === 'yarn.lock' && /^__metadata:/m.test(text)) return 'yaml';
  return 'lines';
}

export function parseAs(kind: ParserKind, text: string): unknown {
  switch (kind) {
    case 'json':
      try {
        return JSON.parse(text);
      } catch {
        return undefined;
      }
    case 'jsonc':
      return parseJsonc(text);
    case 'yaml':
      return parseAllDocuments(text);
    case 'toml':
      try {
        return parseToml(text);
      } catch {
        return undefined;
      }
    case 'lines':
      return text.split('\n');
  }
}

export interface FloorResult {
  files: number;
  bytes: number;
  records: number;
  /** Files, characters and milliseconds per parser, for this one pass. */
  byParser?: Partial<Record<ParserKind, { files: number; bytes: number; ms: number }>>;
}

/** Reads and parses each file once. */
export function floorInputs(paths: readonly string[]): FloorResult {
  const out: FloorResult = { files: paths.length, bytes: 0, records: 0, byParser: {} };
  for (const p of paths) {
    const t = performance.now();
    const text = readFileSync(p, 'utf8');
    const kind = parserFor(p, text);
    parseAs(kind, text);
    const k = (out.byParser![kind] ??= { files: 0, bytes: 0, ms: 0 });
    k.files++;
    k.bytes += text.length;
    k.ms += performance.now() - t;
    out.bytes += text.length;
  }
  return out;
}

/** Reads an OSV bundle (zip, folder or record) and JSON.parses every record: inflate and parse, no checks. */
export function floorAdvisories(paths: readonly string[]): FloorResult {
  const out: FloorResult = { files: 0, bytes: 0, records: 0 };
  const parseOne = (text: string): void => {
    out.records++;
    out.bytes += text.length;
    try {
      JSON.parse(text);
    } catch {
      // counted all the same: the parser ran
    }
  };
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const abs = join(dir, name);
      if (statSync(abs).isDirectory()) walk(abs);
      else if (name.endsWith('.json')) parseOne(readFileSync(abs, 'utf8'));
    }
  };
  for (const p of paths) {
    out.files++;
    if (statSync(p).isDirectory()) walk(p);
    else if (p.endsWith('.zip')) {
      // The directory by position, then the whole file in one read, as the fastest reader would.
      const zip = ZipArchive.open(p, false);
      const whole = readFileSync(p);
      for (const e of zip.entries()) {
        if (!e.name.endsWith('.json')) continue;
        const start = e.offset + 30 + whole.readUInt16LE(e.offset + 26) + whole.readUInt16LE(e.offset + 28);
        const raw = whole.subarray(start, start + e.compressedSize);
        parseOne((e.method === 8 ? inflateRawSync(raw) : raw).toString('utf8'));
      }
      zip.close();
    } else parseOne(readFileSync(p, 'utf8'));
  }
  return out;
}
