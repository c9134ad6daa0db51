import { closeSync, constants, fstatSync, openSync, readSync, realpathSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { LIMITS } from '../limits.js';

// Every read of a repository file goes through here: the path must stay inside the root after
// symlinks are resolved (a pull request can commit a link to /proc/self/environ), the file must be
// a regular file under the size limit, and the bytes are decoded the way editors do (UTF-8 or a
// UTF-16 BOM), with undecodable bytes replaced and reported rather than silently dropped.

export type ReadOutcome =
  | { ok: true; text: string; warning?: string }
  | { ok: false; reason: string };

/** The real path of the root, so that containment checks compare like with like. */
export function realRoot(root: string): string {
  return realpathSync(resolve(root));
}

/** Whether `target` (a real path) is the root or inside it. */
export function isInside(root: string, target: string): boolean {
  const rel = relative(root, target);
  return rel === '' || (!rel.startsWith('..' + sep) && rel !== '..' && !isAbsolute(rel));
}

/** Turns a `/`-separated path relative to the root into an absolute one, refusing escapes. */
export function resolveInRoot(root: string, relPath: string): string | undefined {
  if (relPath.includes('\0') || isAbsolute(relPath)) return undefined;
  const abs = resolve(root, ...relPath.split('/'));
  return isInside(root, abs) ? abs : undefined;
}

export function decodeText(buf: Buffer): { text: string; warning?: string } {
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(buf.subarray(2)) };
  }
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(buf.subarray(2)) };
  }
  const start = buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? 3 : 0;
  const body = buf.subarray(start);
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body) };
  } catch {
    const text = new TextDecoder('utf-8').decode(body);
    return { text, warning: 'not valid UTF-8: undecodable bytes were replaced with U+FFFD' };
  }
}

/**
 * Reads a file inside `root` (a real path). Symlinks are resolved and must land inside the root;
 * non-regular files (FIFOs, devices) are refused before any read, so nothing can block.
 */
export function readRepoFile(root: string, abs: string, maxBytes: number = LIMITS.maxFileBytes): ReadOutcome {
  let real: string;
  try {
    real = realpathSync(abs);
  } catch (err) {
    return { ok: false, reason: `cannot resolve: ${(err as NodeJS.ErrnoException).code ?? String(err)}` };
  }
  if (!isInside(root, real)) return { ok: false, reason: 'symlink points outside the repository; not followed' };
  let fd: number;
  try {
    fd = openSync(real, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (err) {
    return { ok: false, reason: `cannot open: ${(err as NodeJS.ErrnoException).code ?? String(err)}` };
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) return { ok: false, reason: 'not a regular file' };
    if (st.size > maxBytes) return { ok: false, reason: `${st.size} bytes, over the ${maxBytes}-byte limit` };
    const buf = Buffer.allocUnsafe(st.size);
    let off = 0;
    while (off < st.size) {
      const n = readSync(fd, buf, off, st.size - off, off);
      if (n === 0) break;
      off += n;
    }
    const decoded = decodeText(buf.subarray(0, off));
    return decoded.warning ? { ok: true, text: decoded.text, warning: decoded.warning } : { ok: true, text: decoded.text };
  } finally {
    closeSync(fd);
  }
}
