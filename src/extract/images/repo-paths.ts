// Paths inside the scanned repository, `/`-separated and relative to its root, as manifests name
// other files: relative to the file that names them.

/** The folder of a path, ending in `/`, or '' at the root. */
export function dirOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash === -1 ? '' : path.slice(0, slash + 1);
}

/** `named` as written in the file at `from`, as a root-relative path; undefined when it climbs above the root. */
export function besideFile(from: string, named: string): string | undefined {
  const parts: string[] = [];
  for (const part of `${dirOf(from)}${named}`.split('/')) {
    if (part === '' || part === '.') continue;
    if (part !== '..') parts.push(part);
    else if (parts.pop() === undefined) return undefined;
  }
  return parts.join('/');
}
