// Generators for hostile YAML, and a stopwatch with a heap gauge, shared by the catalogue files.

/** A minimal valid policy: the fields every policy must have. */
export const POLICY_HEAD = 'apiVersion: patchwarden/v1\nkind: PatchPolicy\nmetadata: { name: hostile, version: 1.0.0 }\n';

/** The Chart.yaml that makes a values.yaml beside it a Helm chart's. */
export const CHART_YAML = 'apiVersion: v2\nname: app\nversion: 1.0.0\n';

/**
 * The classic billion laughs: ten levels of ten aliases each, 10^10 nodes once expanded, as
 * mappings of `indent`. `kind` 'map' builds it from flow mappings instead of sequences.
 */
export function billionLaughs(indent: string, kind: 'seq' | 'map' = 'seq'): string {
  const p = kind === 'seq' ? 'l' : 'm';
  const ten = (alias: string): string =>
    kind === 'seq'
      ? `[${Array.from({ length: 10 }, () => alias).join(', ')}]`
      : `{${Array.from({ length: 10 }, (_, i) => `k${i}: ${alias}`).join(', ')}}`;
  let s = `${indent}${p}0: &${p}0 ${kind === 'seq' ? '[lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]' : '{image: "nginx:1.25.3", lol: lol}'}\n`;
  for (let i = 1; i < 10; i++) s += `${indent}${p}${i}: &${p}${i} ${ten(`*${p}${i - 1}`)}\n`;
  return s;
}

/** `n` anchors, each a sequence holding an alias of the one before: a structure n levels deep, written flat. */
export function aliasChain(indent: string, n: number): string {
  let s = `${indent}c0: &c0 [end]\n`;
  for (let i = 1; i < n; i++) s += `${indent}c${i}: &c${i} [*c${i - 1}]\n`;
  return s;
}

/** `n` mappings, each merging the one before with a YAML merge key (`<<`), as compose files do. */
export function mergeChain(indent: string, n: number): string {
  let s = `${indent}c0: &c0 { image: "redis:7.2.4" }\n`;
  for (let i = 1; i < n; i++) s += `${indent}c${i}: &c${i} { <<: *c${i - 1}, k${i}: ${i} }\n`;
  return s;
}

/** Runs `fn`, measuring wall time and how far the heap grew past where it started. */
export async function timed<T>(fn: () => Promise<T> | T): Promise<{ value: T; ms: number; heapMb: number }> {
  const before = process.memoryUsage().heapUsed;
  let peak = before;
  const probe = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().heapUsed);
  }, 5);
  const start = performance.now();
  try {
    const value = await fn();
    peak = Math.max(peak, process.memoryUsage().heapUsed);
    return { value, ms: performance.now() - start, heapMb: (peak - before) / 2 ** 20 };
  } finally {
    clearInterval(probe);
  }
}
