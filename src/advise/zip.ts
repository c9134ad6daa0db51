import { readFile, stat } from 'node:fs/promises';
import yauzl from 'yauzl';
import type { Entry, ZipFile } from 'yauzl';
import { LIMITS } from '../limits.js';

// Advisory bundles (OSV's all.zip, RubySec, FriendsOfPHP) are read in place, never extracted to
// disk. yauzl checks every entry's real inflated size against its declared size, so a zip bomb
// cannot inflate past the per-entry cap we enforce on the declared size.

export interface ZipEntryText {
  name: string;
  text: string;
}

export interface ZipReadResult {
  entries: number;
  skipped: { name: string; reason: string }[];
}

function openZip(path: string, buffer: Buffer | undefined): Promise<ZipFile> {
  const options = { lazyEntries: true, validateEntrySizes: true, strictFileNames: false, decodeStrings: true };
  return new Promise((resolve, reject) => {
    const done = (err: Error | null, zip?: ZipFile): void => (err || !zip ? reject(err ?? new Error('no zip')) : resolve(zip));
    if (buffer) yauzl.fromBuffer(buffer, options, done);
    else yauzl.open(path, options, done);
  });
}

function readEntry(zip: ZipFile, entry: Entry): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (err, stream) => {
      if (err || !stream) return reject(err ?? new Error('no stream'));
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('error', reject);
      stream.on('end', () => resolve(Buffer.concat(chunks)));
    });
  });
}

/**
 * Calls `onEntry` with the UTF-8 text of every file entry that `want(name)` accepts, one at a
 * time and in archive order. Entries over the size cap, encrypted entries and unsupported
 * compression are skipped with a reason; a total inflated size over the cap stops the read
 * with an error, since a bundle that large is not an advisory database we can trust.
 */
export async function readZipText(
  path: string,
  want: (name: string) => boolean,
  onEntry: (entry: ZipEntryText) => void,
): Promise<ZipReadResult> {
  const info = await stat(path);
  // Reading the archive into memory once is much faster than one positioned read per entry;
  // past the cap, yauzl reads from the file descriptor instead.
  const buffer = info.size <= LIMITS.zipInMemoryBytes ? await readFile(path) : undefined;
  const zip = await openZip(path, buffer);
  const result: ZipReadResult = { entries: 0, skipped: [] };
  let total = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      zip.on('error', reject);
      zip.on('end', () => resolve());
      zip.on('entry', (entry: Entry) => {
        const name = entry.fileName;
        const next = (): void => zip.readEntry();
        if (name.endsWith('/') || !want(name)) return next();
        if (result.entries + result.skipped.length >= LIMITS.zipMaxEntries) {
          return reject(new Error(`more than ${LIMITS.zipMaxEntries} entries`));
        }
        if (entry.uncompressedSize > LIMITS.zipMaxEntryBytes) {
          result.skipped.push({ name, reason: `declares ${entry.uncompressedSize} bytes, over the ${LIMITS.zipMaxEntryBytes}-byte limit per entry` });
          return next();
        }
        if (entry.isEncrypted() || !entry.canDecodeFileData()) {
          result.skipped.push({ name, reason: 'encrypted or unsupported compression' });
          return next();
        }
        total += entry.uncompressedSize;
        if (total > LIMITS.zipMaxTotalBytes) {
          return reject(new Error(`inflates to more than ${LIMITS.zipMaxTotalBytes} bytes`));
        }
        readEntry(zip, entry).then(
          (data) => {
            result.entries++;
            try {
              onEntry({ name, text: data.toString('utf8') });
            } catch (err) {
              return reject(err);
            }
            next();
          },
          (err: Error) => {
            result.skipped.push({ name, reason: err.message });
            next();
          },
        );
      });
      zip.readEntry();
    });
  } finally {
    zip.close();
  }
  return result;
}
