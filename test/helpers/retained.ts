import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

// How much heap a value keeps alive, for tests of what a stage lets go: the difference in the heap
// used after full collections before and after it is made. Node's `gc` is exposed for this process
// from here on (the flag, then a fresh context that sees it), so no test runner flag is needed.

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

function used(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

/** The bytes of heap still in use once `make()`'s value is all that remains of what it did. */
export function retainedBytes<T>(make: () => T, keep: (value: T) => void = () => undefined): number {
  const before = used();
  const value = make();
  const after = used();
  keep(value);
  return after - before;
}
