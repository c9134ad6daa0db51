import { existsSync, readdirSync, statSync, unlinkSync } from 'node:fs';
import { basename, join } from 'node:path';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { distroPaths } from './os-sources.js';
import { indexFileFor } from './osv-cache.js';
import { hasCachedIndex, PARALLEL_FROM_BYTES } from './osv-local.js';

// A first run with a big bundle (OSV's complete export: 600,000 records) spends most of its time
// building the bundle's index, and a big repository spends seconds more reading its files; both
// are mostly work for the main thread, one after the other. Started before the repository is
// read, the index worker builds and caches the indexes of the big bundles that have none (with
// its own inflate worker beside it), while the main thread extracts; the advise stage then finds
// them in the cache as a later run would. Nothing else changes: when the worker cannot start,
// fails or stops early, no index is there and the advise stage builds it on its own thread, with
// the same answers and the same problems.

/** The worker's code: the bundled action's file (beside its entry or above its chunk), or the sources bundled now. */
function workerUrl(): URL | undefined {
  for (const rel of ['./index-worker.js', '../index-worker.js']) {
    const url = new URL(rel, import.meta.url);
    if (existsSync(url)) return url;
  }
  const source = new URL('./index-worker.ts', import.meta.url);
  return existsSync(source) ? fromSources(source) : undefined;
}

// The sources run under tsx (the CLI from a checkout) or vitest, whose module hooks a worker
// thread does not get on Node.js 20; the worker is bundled once per process with esbuild (the
// action's bundler, there with the sources) and started from memory.
const ESBUILD = 'esbuild';
let bundled: URL | undefined | null = null;
function fromSources(source: URL): URL | undefined {
  if (bundled !== null) return bundled;
  bundled = undefined;
  try {
    // Loaded by a name in a variable: the bundle neither includes esbuild nor needs it.
    const esbuild = createRequire(import.meta.url)(ESBUILD) as { buildSync(options: object): { outputFiles: { text: string }[] } };
    const banner = `import { createRequire as __pwCreateRequire } from 'node:module';\nconst require = __pwCreateRequire(${JSON.stringify(source.href)});`;
    const out = esbuild.buildSync({ entryPoints: [fileURLToPath(source)], bundle: true, write: false, platform: 'node', format: 'esm', mainFields: ['module', 'main'], target: 'node20', logLevel: 'silent', banner: { js: banner } });
    bundled = new URL(`data:text/javascript,${encodeURIComponent(out.outputFiles[0]!.text)}`);
  } catch {
    bundled = undefined;
  }
  return bundled;
}

export interface IndexAhead {
  /** Settles when the worker has ended, however it ended (never rejects). */
  readonly done: Promise<void>;
  /** Ends the worker now (the run stopped before asking for the indexes). */
  stop(): void;
}

/**
 * Starts building, on a worker thread, the cached indexes of the bundles among the --db paths
 * that are at least `fromBytes` long and have no cached index; undefined when there is nothing
 * to build or no second core to build it on.
 */
export function indexAhead(db: readonly string[], cacheDir: string, fromBytes = PARALLEL_FROM_BYTES): IndexAhead | undefined {
  if (availableParallelism() < 2) return undefined;
  const zips = db.filter((p) => p.endsWith('.zip') && size(p) >= fromBytes);
  if (zips.length === 0) return undefined;
  const distro = distroPaths(zips);
  // Identity only: a bundle whose identity changed is hashed on the worker, not here.
  const paths = zips.filter((p) => !distro.has(p) && !hasCachedIndex(p, cacheDir, false));
  if (paths.length === 0) return undefined;
  const url = workerUrl();
  if (!url) return undefined;
  let worker: Worker;
  try {
    worker = new Worker(url, { workerData: { paths, cacheDir, parallelFromBytes: fromBytes } });
  } catch {
    return undefined;
  }
  const done = new Promise<void>((resolve) => {
    worker.on('error', () => resolve());
    worker.on('exit', () => resolve());
  });
  const stop = (): void => {
    void worker.terminate();
    // A worker ended while writing leaves its temporary file (the name writeIndex gives it).
    void done.then(() => {
      for (const path of paths) {
        const file = basename(indexFileFor(cacheDir, path));
        try {
          for (const name of readdirSync(cacheDir)) if (name.startsWith(`${file}.${process.pid}.`) && name.endsWith('.tmp')) unlinkSync(join(cacheDir, name));
        } catch {
          // nothing to remove
        }
      }
    });
  };
  return { done, stop };
}

function size(path: string): number {
  try {
    const st = statSync(path);
    return st.isFile() ? st.size : 0;
  } catch {
    return 0;
  }
}
