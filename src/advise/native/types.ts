import type { Advisory } from '../../model/types.js';

// A native advisory tree (not OSV) that a --db path may hold: recognised by its content, read
// file by file into OSV-equivalent advisories. One file per format, one line in registry.ts.

export interface NativeRecord {
  /** Path inside the tree, `/`-separated. */
  name: string;
  text: string;
}

export type NativeResult = { advisories: Advisory[]; skip?: undefined } | { advisories?: undefined; skip: string };

export interface NativeFormat {
  /** Source kind in the report (`rubysec`, `friendsofphp`). */
  kind: string;
  /** What the format is, for messages. */
  title: string;
  /** Whether a file of the tree is one of this format's records, by its path. */
  wants(name: string): boolean;
  /** Whether a record's text is this format's (checked on the first wanted record). */
  recognises(text: string): boolean;
  /** One record, restated as OSV-equivalent advisories (one per id), or why it is skipped. */
  read(record: NativeRecord, source: string): NativeResult;
}
