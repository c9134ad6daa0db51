import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { LIMITS } from '../../limits.js';
import type { Advisory } from '../../model/types.js';
import { listNames } from '../sniff.js';
import { ZipArchive } from '../zip.js';
import { NATIVE_FORMATS } from './registry.js';
import type { NativeFormat, NativeRecord } from './types.js';

// Reading a native advisory tree (a folder or a zip of it): which format it is, by the first
// record a format wants; then every record, restated as OSV-equivalent advisories. Records of
// one id in several files (one CVE in symfony/symfony and symfony/http-kernel) become one
// advisory naming every package, as OSV writes them.

export interface NativeLoad {
  format: NativeFormat;
  advisories: Advisory[];
  /** [reason, record name] of every record left out. */
  skips: [string, string][];
}

function forEachRecord(path: string, isDir: boolean, names: readonly string[], format: NativeFormat, onRecord: (r: NativeRecord) => void, skip: (reason: string, name: string) => void): void {
  if (!isDir) {
    const zip = ZipArchive.open(path, true);
    try {
      const res = zip.forEachText(format.wants, (ref, text) => onRecord({ name: ref.name, text }));
      for (const s of res.skipped) skip(s.reason, s.name);
    } finally {
      zip.close();
    }
    return;
  }
  for (const name of names) {
    if (!format.wants(name)) continue;
    const abs = join(path, ...name.split('/'));
    if (statSync(abs).size > LIMITS.advisoryMaxFileBytes) {
      skip(`over the ${LIMITS.advisoryMaxFileBytes}-byte limit per record`, name);
      continue;
    }
    onRecord({ name, text: readFileSync(abs, 'utf8') });
  }
}

function firstText(path: string, isDir: boolean, name: string): string | undefined {
  if (isDir) return readFileSync(join(path, ...name.split('/')), 'utf8');
  const zip = ZipArchive.open(path, false);
  try {
    const ref = zip.entries().find((e) => e.name === name);
    return ref ? zip.read(ref).data?.toString('utf8') : undefined;
  } finally {
    zip.close();
  }
}

/** The native format this tree holds, or undefined (then it is read as OSV). */
export function recogniseNative(path: string, isDir: boolean): { format: NativeFormat; names: string[] } | undefined {
  let names: string[];
  try {
    names = isDir ? listNames(path, true) : listNames(path, false);
  } catch {
    return undefined;
  }
  for (const format of NATIVE_FORMATS) {
    const first = names.find((n) => format.wants(n));
    if (first === undefined) continue;
    const text = firstText(path, isDir, first);
    if (text !== undefined && format.recognises(text)) return { format, names };
  }
  return undefined;
}

/** Every record of the tree; `accept` is asked before each new advisory (the record budget). */
export function loadNative(path: string, isDir: boolean, found: { format: NativeFormat; names: string[] }, source: string, accept: () => boolean): NativeLoad {
  const { format } = found;
  const byId = new Map<string, Advisory>();
  const skips: [string, string][] = [];
  const skip = (reason: string, name: string): void => void skips.push([reason, name]);
  // A folder's full listing: the recognition pass stopped at a few thousand names.
  const names = isDir ? listNames(path, true, Number.MAX_SAFE_INTEGER) : [];
  forEachRecord(path, isDir, names, format, (record) => {
    const got = format.read(record, source);
    if (!got.advisories) return skip(got.skip, record.name);
    for (const a of got.advisories) {
      const have = byId.get(a.id);
      if (have) {
        have.affected.push(...a.affected);
        for (const alias of a.aliases) if (!have.aliases.includes(alias)) have.aliases.push(alias);
        if (a.published && (!have.published || a.published < have.published)) have.published = a.published;
      } else if (accept()) byId.set(a.id, a);
      else skip(`over the ${LIMITS.maxAdvisories}-record limit`, record.name);
    }
  }, skip);
  return { format, advisories: [...byId.values()], skips };
}
