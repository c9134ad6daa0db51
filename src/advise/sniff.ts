import { closeSync, openSync, readdirSync, readSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { ZipArchive } from './zip.js';

// What an advisory path holds when it holds no OSV record: a user who gives the KEV catalogue,
// release data or a native advisory tree to --db is told what it looked like and where it goes,
// instead of a run that matched nothing and passed.

const NAMES_LOOKED_AT = 5000;

/** Entry names of a zip or files of a folder (relative, `/`-separated), at most NAMES_LOOKED_AT. */
export function listNames(path: string, isDir: boolean, max = NAMES_LOOKED_AT): string[] {
  if (!isDir) {
    const zip = ZipArchive.open(path, false);
    try {
      return zip.entries().slice(0, max).map((e) => e.name);
    } finally {
      zip.close();
    }
  }
  // Node's recursive listing does not enter linked folders; only files are kept.
  const entries = readdirSync(path, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(path, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort()
    .slice(0, max);
}

/** The layout a list of names shows, in words, or undefined when nothing is recognised. */
export function layoutOf(names: readonly string[]): string | undefined {
  const has = (re: RegExp): boolean => names.some((n) => re.test(n));
  if (has(/(^|\/)vuln\/(core|npm)\/\d+\.json$/)) return "the Node.js security working group's data (give it with --nodejs-security-wg)";
  if (has(/(^|\/)releases\/[^/]+\.json$/) || has(/(^|\/)products\/[^/]+\.md$/)) return 'endoflife.date release data (give it with --releases)';
  const yaml = names.filter((n) => /\.ya?ml$/i.test(n)).length;
  const json = names.filter((n) => /\.json$/i.test(n)).length;
  if (yaml > 0 && json === 0) return `${yaml} YAML file(s) and no JSON: not OSV records (OSV records are JSON)`;
  if (names.length === 0) return 'nothing at all (an empty folder or archive)';
  if (json === 0) return `${names.length} file(s), none of them JSON (OSV records are .json)`;
  return undefined;
}

/** What a single file's first bytes look like, when it is not an OSV record. */
export function fileLooksLike(path: string): string | undefined {
  const buf = Buffer.alloc(4096);
  let n: number;
  const fd = openSync(path, 'r');
  try {
    n = readSync(fd, buf, 0, buf.length, 0);
  } finally {
    closeSync(fd);
  }
  const head = buf.subarray(0, n).toString('utf8');
  if (/"catalogVersion"/.test(head) && /"vulnerabilities"/.test(head)) return 'the CISA KEV catalogue (give it with --kev)';
  if (/^(#[^\n]*\n)?cve,epss/i.test(head)) return 'FIRST EPSS scores (give them with --epss)';
  if (/"releases"/.test(head) && /"versions"/.test(head)) return 'endoflife.date release data (give the folder with --releases)';
  if (/^\s*\[/.test(head)) return 'a JSON array, not one OSV record (an OSV record is one object with `id` and `affected`)';
  if (!/^\s*\{/.test(head)) return 'not JSON';
  return undefined;
}
