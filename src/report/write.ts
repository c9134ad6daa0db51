import { closeSync, openSync, writeSync } from 'node:fs';

// A report of tens of thousands of findings is tens of MB of text (68 MB for 37,000 findings).
// It is written as it is rendered, never held whole beside the objects it renders: in pieces of
// about 256 KB, one system call each rather than one per finding.

const PIECE = 1 << 18;

/** The chunks joined into pieces of at least `size` characters (the last one shorter), in order. */
export function* pieces(chunks: Iterable<string>, size = PIECE): Generator<string> {
  let parts: string[] = [];
  let length = 0;
  for (const c of chunks) {
    parts.push(c);
    length += c.length;
    if (length >= size) {
      yield parts.join('');
      parts = [];
      length = 0;
    }
  }
  if (parts.length > 0) yield parts.join('');
}

/** Writes the chunks to `file` (created or truncated), piece by piece. */
export function writeChunksToFile(file: string, chunks: Iterable<string>): void {
  const fd = openSync(file, 'w');
  try {
    for (const piece of pieces(chunks)) writeSync(fd, piece);
  } finally {
    closeSync(fd);
  }
}
