import { dirOf } from '../images/repo-paths.js';
import type { ExtractContext } from '../../model/extractor.js';
import type { Problem } from '../../model/types.js';
import { layerValues, valueDocuments } from '../images/value-tree.js';
import type { ValueNode } from '../images/value-tree.js';

// Which values files make up one install of a chart: its values.yaml, then the files the run
// names for it (`--helm-values`, the policy's `helm.values`), in order.


/** The folder (ending in `/`, or '' for the root) of the nearest chart at or above `path`'s folder. */
export function chartDirOf(path: string, ctx: ExtractContext): string | undefined {
  let dir = dirOf(path);
  for (;;) {
    if (ctx.readFile(`${dir}Chart.yaml`) !== undefined) return dir;
    if (dir === '') return undefined;
    dir = dirOf(dir.slice(0, -1));
  }
}

/** The values files named for the chart in `chartDir` (`--helm-values`, the policy's `helm.values`), in layer order. */
export function namedOverlays(chartDir: string, ctx: ExtractContext): string[] {
  return (ctx.helmValues ?? []).filter((path) => chartDirOf(path, ctx) === chartDir);
}

/**
 * The values one install of the chart in `chartDir` renders with: values.yaml, then the named
 * files, then `extra` (an unnamed `values-*.yaml` read as its own install). Problems of the files
 * read go to `problems` when given.
 */
export function chartInstallValues(
  chartDir: string,
  ctx: ExtractContext,
  origin: string,
  extra?: { path: string; text: string },
  problems: Problem[] = [],
): ValueNode | undefined {
  const read = (path: string, text: string | undefined): ValueNode | undefined =>
    text === undefined ? undefined : valueDocuments(path, text, origin, problems)[0];
  const defaults = read(`${chartDir}values.yaml`, ctx.readFile(`${chartDir}values.yaml`));
  const supplied: ValueNode[] = [];
  for (const path of namedOverlays(chartDir, ctx)) {
    const v = read(path, ctx.readFile(path));
    if (v) supplied.push(v);
  }
  if (extra) {
    const v = read(extra.path, extra.text);
    if (v) supplied.push(v);
  }
  return layerValues(defaults, supplied);
}
