import type { ExtractContext } from '../../model/extractor.js';
import type { Problem } from '../../model/types.js';
import { isRecord } from '../../parse/json.js';
import { parseYaml, toJs } from '../../parse/yaml.js';
import { chartInstallValues } from './layers.js';
import { lookup } from '../images/value-tree.js';
import type { ValueNode } from '../images/value-tree.js';

// What `helm template` would decide before any image is rendered, read from the chart's own
// files and the values of the install (helm/layers.ts) (helm.sh/docs/topics/charts, "Tags and
// Condition fields in dependencies"):
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
  /** The dependencies Helm installs, by the key their values live under (alias, else name). */
  installed: Map<string, { name: string; version?: string; repository?: string }>;
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

/** Why a dependency is off under these values, or undefined when Helm would install it. */
function disabledBy(dep: Record<string, unknown>, values: ValueNode | undefined): string | undefined {
  const bool = (node: ValueNode | undefined): boolean | undefined => (node?.kind === 'scalar' && typeof node.value === 'boolean' ? node.value : undefined);
  if (typeof dep.condition === 'string') {
    for (const path of dep.condition.split(',').map((p) => p.trim()).filter((p) => p !== '')) {
      const v = bool(lookup(values, path));
      if (v !== undefined) return v ? undefined : `condition ${path} is false`;
    }
  }
  if (Array.isArray(dep.tags)) {
    const set = dep.tags.filter((t): t is string => typeof t === 'string');
    const tags = lookup(values, 'tags');
    const tag = (t: string): boolean | undefined => bool(tags?.kind === 'map' ? tags.entries.get(t)?.value : undefined);
    if (set.some((t) => tag(t) === true)) return undefined;
    const off = set.filter((t) => tag(t) === false);
    if (off.length > 0) return `tag${off.length > 1 ? 's' : ''} ${off.join(', ')} false`;
  }
  return undefined;
}

/**
 * What the chart in `dir` (ending in `/`, or '' for the root) decides under the values of one
 * install (chartInstallValues: values.yaml, the named files, then `extra`).
 */
export function chartValues(dir: string, ctx: ExtractContext, extra?: { path: string; text: string }): ChartValues {
  return decide(dir, ctx, chartInstallValues(dir, ctx, ORIGIN, extra));
}

/** What the chart in `dir` decides under these values. */
export function decide(dir: string, ctx: ExtractContext, values: ValueNode | undefined): ChartValues {
  const out: ChartValues = { disabled: new Map(), installed: new Map() };
  const registry = lookup(values, 'global.imageRegistry');
  if (registry?.kind === 'scalar' && typeof registry.value === 'string' && registry.value.trim() !== '') out.globalRegistry = registry.value.trim();
  const chart = plain(ctx.readFile(`${dir}Chart.yaml`), `${dir}Chart.yaml`);
  if (!isRecord(chart) || !Array.isArray(chart.dependencies)) return out;
  for (const dep of chart.dependencies) {
    if (!isRecord(dep)) continue;
    const key = typeof dep.alias === 'string' && dep.alias !== '' ? dep.alias : dep.name;
    if (typeof key !== 'string') continue;
    const reason = disabledBy(dep, values);
    if (reason !== undefined) out.disabled.set(key, { key, reason });
    else if (typeof dep.name === 'string') {
      out.installed.set(key, {
        name: dep.name,
        ...(typeof dep.version === 'string' ? { version: dep.version } : {}),
        ...(typeof dep.repository === 'string' ? { repository: dep.repository } : {}),
      });
    }
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
