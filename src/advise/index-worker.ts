import { workerData } from 'node:worker_threads';
import { cacheBundleIndexes } from './osv-local.js';

// The index worker's entry (started by index-ahead.ts; a file of its own in the bundled action,
// see scripts/build.mjs): builds and caches the indexes of the bundles it is given, then ends.
// What it found wrong with a bundle is not reported from here: the advise stage, finding no
// index, reads the bundle itself and reports it as a run without this worker does.
const { paths, cacheDir, parallelFromBytes } = workerData as { paths: string[]; cacheDir: string; parallelFromBytes: number };
await cacheBundleIndexes(paths, cacheDir, parallelFromBytes);
