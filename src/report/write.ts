import { closeSync, openSync, writeSync } from 'node:fs';

// A report of tens of thousands of findings is tens of MB of text (77 MB for 43,000 findings).
// It is written as it is rendered, never held whole beside the objects it renders: each chunk is
// encoded straight into one reused 256 KB buffer, written with one system call when full. Joining
// the chunks into 256 KB strings first made a new large string per piece, each garbage the moment
// it was written: about 12 MB more heap at the end of a monorepo's run, when the report's objects
// are the largest they get.

const PIECE = 1 << 18;
/** The most bytes one UTF-16 code unit takes in UTF-8 (a surrogate pair's four are two units' six). */
const MAX_BYTES_PER_UNIT = 3;

/** Writes the chunks to `file` (created or truncated) as UTF-8, in pieces of up to `size` bytes. */
export function writeChunksToFile(file: string, chunks: Iterable<string>, size = PIECE): void {
  const fd = openSync(file, 'w');
  const buffer = Buffer.allocUnsafe(size);
  let used = 0;
  const flush = (): void => {
    if (used > 0) writeSync(fd, buffer, 0, used);
    used = 0;
  };
  // A surrogate pair split across two chunks is encoded whole: the high half waits for the next.
  let held = '';
  try {
    for (const chunk of chunks) {
      let text = held + chunk;
      held = '';
      const last = text.charCodeAt(text.length - 1);
      if (last >= 0xd800 && last <= 0xdbff) {
        held = text.slice(-1);
        text = text.slice(0, -1);
      }
      if (used + text.length * MAX_BYTES_PER_UNIT > size) {
        flush();
        if (text.length * MAX_BYTES_PER_UNIT > size) {
          writeSync(fd, text);
          continue;
        }
      }
      used += buffer.write(text, used);
    }
    if (held !== '') {
      if (used + MAX_BYTES_PER_UNIT > size) flush();
      used += buffer.write(held, used);
    }
    flush();
  } finally {
    closeSync(fd);
  }
}
