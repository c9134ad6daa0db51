import type { ExtractContext } from '../../model/extractor.js';
import type { Problem } from '../../model/types.js';
import { isRecord } from '../../parse/json.js';
import { parseYaml, toJs } from '../../parse/yaml.js';

// What `helm template` would decide before any image is rendered, read from the chart's own
// files (helm.sh/docs/topics/charts, "Tags and Condition fields in dependencies"):
//  - a dependency whose `condition:` (comma-separated value paths; the first path that exists
//    decides) is false in the top parent's values is not installed, nor are its images;
//  - without a deciding condition, a dependency with `tags:` is disabled when one of its tags is
//    false under the values' `tags:` and none is true;
//  - `global.imageRegistry` (the convention of Bitnami's common library, common.images.image)
//    replaces the `registry:` of every image block that has one.

const ORIGIN = 'extract/helm';

/** A dependency the values switch off, by the key its values live under (alias, else name). */
export interface DisabledSubchart {
  key: string;
  /** Why, as a person reads it: `condition postgresql.enabled is false`. */
  reason: string;
}

export interface ChartValues {
  disabled: Map<string, DisabledSubchart>;
  /** `global.imageRegistry`, when the values set one. */
  globalRegistry?: string;
}

function plain(text: string | undefined, path: string): unknown {
  if (text === undefined) return undefined;
  const parsed = parseYaml(text, ORIGIN, path);
  const doc = parsed.docs[0];
  // Problems of these files are reported where the files themselves are read.
  return doc ? toJs(doc, ORIGIN, path, []) : undefined;
}

/** Helm's value lookup by a dot path; undefined when any step is missing. */
function lookup(values: unknown, path: string): unknown {
  let at: unknown = values;
  for (const part of path.split('.')) {
    if (!isRecord(at) || !Object.prototype.hasOwnProperty.call(at, part)) return undefined;
    at = at[part];
  }
  return at;
}

/** Maps merge key by key, anything else replaces: the values files of one install, layered. */
function overlay(base: unknown, top: unknown): unknown {
  if (!isRecord(base) || !isRecord(top)) return top === undefined ? base : top;
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(top)) out[k] = overlay(base[k], v);
  return out;
}

/** Why a dependency is off under these values, or undefined when Helm would install it. */
function disabledBy(dep: Record<string, unknown>, values: unknown): string | undefined {
  if (typeof dep.condition === 'string') {
    for (const path of dep.condition.split(',').map((p) => p.trim()).filter((p) => p !== '')) {
      const v = lookup(values, path);
      if (typeof v === 'boolean') return v ? undefined : `condition ${path} is false`;
    }
  }
  if (Array.isArray(dep.tags)) {
    const tags = isRecord(values) && isRecord(values.tags) ? values.tags : {};
    const set = dep.tags.filter((t): t is string => typeof t === 'string');
    if (set.some((t) => tags[t] === true)) return undefined;
    const off = set.filter((t) => tags[t] === false);
    if (off.length > 0) return `tag${off.length > 1 ? 's' : ''} ${off.join(', ')} false`;
  }
  return undefined;
}

/**
 * What the chart in `dir` (ending in `/`, or '' for the root) and its values decide for a values
 * file: `values.yaml` with `overlayText` (another values file of the chart) layered on top.
 */
export function chartValues(dir: string, ctx: ExtractContext, overlayPath?: string, overlayText?: string): ChartValues {
  const base = plain(ctx.readFile(`${dir}values.yaml`), `${dir}values.yaml`);
  const values = overlayText === undefined ? base : overlay(base, plain(overlayText, overlayPath ?? `${dir}values.yaml`));
  const out: ChartValues = { disabled: new Map() };
  const registry = lookup(values, 'global.imageRegistry');
  if (typeof registry === 'string' && registry.trim() !== '') out.globalRegistry = registry.trim();
  const chart = plain(ctx.readFile(`${dir}Chart.yaml`), `${dir}Chart.yaml`);
  if (!isRecord(chart) || !Array.isArray(chart.dependencies)) return out;
  for (const dep of chart.dependencies) {
    if (!isRecord(dep)) continue;
    const key = typeof dep.alias === 'string' && dep.alias !== '' ? dep.alias : dep.name;
    if (typeof key !== 'string') continue;
    const reason = disabledBy(dep, values);
    if (reason !== undefined) out.disabled.set(key, { key, reason });
  }
  return out;
}

/** The notice for images left out because their subchart is off. */
export function skippedNotice(file: string, line: number, sub: DisabledSubchart, chartYaml: string): Problem {
  return {
    level: 'notice',
    origin: ORIGIN,
    file,
    line,
    message: `images of subchart ${sub.key} skipped: Helm does not install it (${chartYaml} dependency, ${sub.reason} in the values)`,
  };
}
