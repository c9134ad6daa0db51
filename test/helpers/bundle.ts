import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * A bundle file and the chunks it imports statically, transitively: what starting it makes Node
 * read and compile. Dynamic `import()`ed chunks are left out; they load on first use.
 */
export function staticallyLoaded(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    // esbuild writes a chunk import as `} from "./chunks/x.js";` or a bare `import "./x.js";`.
    for (const m of readFileSync(file, 'utf8').matchAll(/^} from "(\.[^"]+)";$|^import "(\.[^"]+)";$/gm)) visit(join(dirname(file), (m[1] ?? m[2])!));
  };
  visit(entry);
  return [...seen];
}
