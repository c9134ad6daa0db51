import { isScalar } from 'yaml';
import type { Component, Location, Problem } from '../../model/types.js';
import { dirOf } from '../images/repo-paths.js';
import type { ExtractContext, ExtractResult, Extractor, SourceFile } from '../../model/extractor.js';
import { helmChartComponent } from '../images/helm-chart.js';
import { problem } from '../../model/problem.js';
import { parseYaml } from '../../parse/yaml.js';
import { imageComponent } from '../images/component.js';
import { asSeq, entries, get, lineOf, resolve, scalarText, yamlDoc } from '../../parse/yaml-nodes.js';
import type { YamlDoc } from '../../parse/yaml-nodes.js';
import { isHelmFileName } from '../images/file-names.js';
import { chartValues, decide, skippedNotice } from './render.js';
import { chartDirOf, chartInstallValues, namedOverlays } from './layers.js';
import { lookup, valueDocuments } from '../images/value-tree.js';
import type { ValueNode } from '../images/value-tree.js';
import { imagesInValues, nonEmpty } from '../images/values-images.js';
import type { Found } from '../images/values-images.js';
import type { ChartValues } from './render.js';

// Helm charts (helm.sh/docs/topics/charts): images in values files and the chart dependencies
// of Chart.yaml. Templates are not rendered; values files are read the way charts conventionally
// consume them (images/values-images.ts), as the values of one install: with files named for the
// chart (`--helm-values`, the policy's `helm.values`) its values.yaml stands for the install, the
// named files layered on it (helm/layers.ts); otherwise values.yaml is read on its own and each
// other `values-*.yaml` as values.yaml with it on top, for what that file writes. An image whose
// tag is the appVersion is located at Chart.yaml's `appVersion:` line too; a block that leaves
// the tag to a subchart it configures takes the vendored subchart's tag, or is a located notice.
//
// Chart dependencies are inventory of their own, ecosystem `helm`, layer `runtime` (a dependency
// chart deploys a service beside the application), version from Chart.lock when it pins one.

const ORIGIN = 'extract/helm';

function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}


interface ChartInfo {
  path: string;
  appVersion?: string;
  appVersionLine?: number;
}

function readChart(dir: string, ctx: ExtractContext): ChartInfo | undefined {
  const path = `${dir}Chart.yaml`;
  const text = ctx.readFile(path);
  if (text === undefined) return undefined;
  const parsed = parseYaml(text, ORIGIN, path);
  const doc = parsed.docs[0];
  if (!doc) return { path };
  const y = yamlDoc(doc, parsed.lines);
  const node = entries(y, doc.contents).get('appVersion')?.value;
  const appVersion = scalarText(y, node);
  return appVersion ? { path, appVersion, appVersionLine: lineOf(y, node) } : { path };
}

/** What Helm decides for a values file: its chart's switches, or its parent's for a vendored `charts/<sub>/` file. */
function rendering(file: SourceFile, ctx: ExtractContext, values: ValueNode | undefined): { own: ChartValues; offBy?: { parent: string; sub: string; reason: string } } {
  const dir = dirOf(file.path);
  const own = decide(dir, ctx, values);
  const vendored = /^(.*\/)?charts\/([^/]+)\/$/.exec(dir);
  if (!vendored) return { own };
  const parentDir = vendored[1] ?? '';
  const parent = chartValues(parentDir, ctx);
  if (own.globalRegistry === undefined && parent.globalRegistry !== undefined) own.globalRegistry = parent.globalRegistry;
  const off = parent.disabled.get(vendored[2]!);
  return off ? { own, offBy: { parent: `${parentDir}Chart.yaml`, sub: off.key, reason: off.reason } } : { own };
}

/**
 * The value trees a values file stands for. With files named for its chart (`--helm-values`, the
 * policy's `helm.values`), the chart's values.yaml stands for the whole install, layered as Helm
 * layers it, and a named file has nothing of its own (a chart without values.yaml: its first
 * named file does). Otherwise each file on its own, as written; an unnamed `values-*.yaml` is
 * judged (subchart switches, global registry) as an install of values.yaml with it on top.
 */
function valueTrees(file: SourceFile, ctx: ExtractContext, problems: Problem[]): { trees: ValueNode[]; decidedBy: ValueNode | undefined; onlyOwn?: boolean } {
  const dir = dirOf(file.path);
  const chartDir = ctx.helmValues === undefined || ctx.helmValues.length === 0 ? undefined : chartDirOf(file.path, ctx);
  const named = chartDir === undefined ? [] : namedOverlays(chartDir, ctx);
  const isNamed = named.includes(file.path);
  if (chartDir !== undefined && named.length > 0) {
    const isDefaults = file.path === `${chartDir}values.yaml`;
    const hasDefaults = ctx.readFile(`${chartDir}values.yaml`) !== undefined;
    if (isDefaults || (isNamed && !hasDefaults && file.path === named[0])) {
      const values = chartInstallValues(chartDir, ctx, ORIGIN, undefined, problems);
      return { trees: values ? [values] : [], decidedBy: values };
    }
    if (isNamed) return { trees: [], decidedBy: undefined };
  }
  if (baseName(file.path) !== 'values.yaml') {
    // An install of values.yaml with this file on top, of which what this file writes is its
    // own: an image block that only changes the tag is completed from values.yaml.
    const read: Problem[] = [];
    const values = chartInstallValues(dir, ctx, ORIGIN, file, read);
    // The other files' problems are reported where those files are read.
    problems.push(...read.filter((p) => p.file === file.path));
    return { trees: values ? [values] : [], decidedBy: values, onlyOwn: true };
  }
  const trees = valueDocuments(file.path, file.text, ORIGIN, problems);
  // Nothing is named for this folder's chart here: values.yaml alone is the install.
  return { trees, decidedBy: trees[0] };
}

function valuesImages(file: SourceFile, ctx: ExtractContext, components: Component[], problems: Problem[]): void {
  const { trees, decidedBy, onlyOwn } = valueTrees(file, ctx, problems);
  if (trees.length === 0) return;
  const render = rendering(file, ctx, decidedBy);
  if (render.offBy) {
    problems.push(skippedNotice(file.path, 1, { key: render.offBy.sub, reason: render.offBy.reason }, render.offBy.parent));
    return;
  }
  const { disabled, globalRegistry } = render.own;
  const chartYaml = `${dirOf(file.path)}Chart.yaml`;
  let chartCache: ChartInfo | undefined | null = null;
  const chart = (): ChartInfo | undefined => {
    if (chartCache === null) chartCache = readChart(dirOf(file.path), ctx) ?? readChart(dirOf(dirOf(file.path).slice(0, -1)), ctx);
    return chartCache;
  };
  const add = (found: Found): void => {
    if (onlyOwn && !found.locations.some((l) => l.file === file.path)) return;
    const first = found.locations[0] ?? { file: file.path, line: 1 };
    const sub = found.tagless && found.path.length >= 2 ? render.own.installed.get(found.path[0]!) : undefined;
    if (sub) {
      // A block that renames a subchart's image (Bitnami's bitnami/ -> bitnamilegacy/) and
      // leaves the tag to the subchart: the tag is the subchart's own default.
      const tag = subchartTag(dirOf(file.path), sub.name, found.path.slice(1), ctx);
      if (tag) {
        found = { ...found, reference: `${found.reference}:${tag.tag}`, locations: [...found.locations, tag.at] };
      } else {
        const chartRef = `${sub.name}${sub.version ? ` ${sub.version}` : ''}${sub.repository ? ` from ${sub.repository}` : ''}`;
        problems.push({
          ...problem(ORIGIN, first.file, `image ${found.reference} sets no tag: the subchart ${chartRef} supplies it from its own values, which are not in the repository (no charts/${sub.name}/values.yaml); not checked`, first.line, 'notice'),
          coverage: { layer: 'runtime', ecosystem: 'image', note: 'images whose tag a subchart sets were not checked (vendor the subchart under charts/ with helm dependency build, or set the tag)' },
        });
        return;
      }
    }
    const made = imageComponent(found.reference, first.file, first.line, ORIGIN);
    if (!made.component) {
      problems.push(made.problem);
      return;
    }
    made.component.locations.push(...found.locations.slice(1));
    const c = chart();
    if (found.fromAppVersion && c?.appVersionLine !== undefined) {
      const loc: Location = { file: c.path, line: c.appVersionLine };
      made.component.locations.push(loc);
    }
    components.push(made.component);
  };
  for (const tree of trees) {
    imagesInValues(tree, {
      disabled,
      ...(globalRegistry !== undefined ? { globalRegistry } : {}),
      appVersion: () => chart()?.appVersion,
      onFound: add,
      onSkipped: (sub, at) => {
        if (!onlyOwn || at.file === file.path) problems.push(skippedNotice(at.file, at.line, sub, chartYaml));
      },
    });
  }
}

/** The tag a vendored subchart's values.yaml sets for the image block at `path`, and where. */
function subchartTag(chartDir: string, name: string, path: readonly string[], ctx: ExtractContext): { tag: string; at: Location } | undefined {
  const valuesPath = `${chartDir}charts/${name}/values.yaml`;
  const text = ctx.readFile(valuesPath);
  if (text === undefined) return undefined;
  // Problems of the subchart's file are reported where that file is read.
  const tree = valueDocuments(valuesPath, text, ORIGIN, [])[0];
  const block = lookup(tree, path.join('.'));
  const tag = block?.kind === 'map' ? block.entries.get('tag') : undefined;
  const written = tag?.value.kind === 'scalar' ? nonEmpty(tag.value.text) : undefined;
  return tag && written ? { tag: written, at: { file: tag.file, line: tag.line } } : undefined;
}

function chartDependencies(file: SourceFile, ctx: ExtractContext, components: Component[], problems: Problem[]): void {
  const parsed = parseYaml(file.text, ORIGIN, file.path);
  problems.push(...parsed.problems);
  const doc = parsed.docs[0];
  if (!doc) return;
  const y = yamlDoc(doc, parsed.lines, { origin: ORIGIN, file: file.path, problems });
  annotatedImages(y, file.path, components, problems);
  const deps = asSeq(y, entries(y, doc.contents).get('dependencies')?.value);
  if (!deps || deps.items.length === 0) return;
  const locked = lockedVersions(dirOf(file.path), ctx);
  for (const item of deps.items) {
    const e = entries(y, item);
    const nameNode = e.get('name')?.value;
    const name = nonEmpty(scalarText(y, nameNode));
    if (name === undefined) {
      problems.push(problem(ORIGIN, file.path, 'dependency without a name', lineOf(y, item), 'warning'));
      continue;
    }
    const versionNode = e.get('version')?.value;
    const declared = nonEmpty(scalarText(y, versionNode));
    const repository = nonEmpty(scalarText(y, e.get('repository')?.value)) ?? '';
    const version = locked.get(`${name}\u0000${repository}`) ?? locked.get(name) ?? declared;
    if (version === undefined) {
      problems.push(problem(ORIGIN, file.path, `dependency ${name}: no version and none in Chart.lock`, lineOf(y, nameNode), 'warning'));
      continue;
    }
    components.push(helmChartComponent(name, version, repository, file.path, lineOf(y, versionNode ?? nameNode)));
  }
}

/**
 * Artifact Hub's `artifacthub.io/images` annotation (artifacthub.io/docs/topics/annotations/helm):
 * a YAML list of `{name, image}` inside a string, the images the chart says it deploys.
 */
function annotatedImages(y: YamlDoc, path: string, components: Component[], problems: Problem[]): void {
  const node = resolve(y, get(y, get(y, y.doc.contents, 'annotations'), 'artifacthub.io/images'));
  if (!isScalar(node) || typeof node.value !== 'string') return;
  const inner = parseYaml(node.value, ORIGIN, path);
  const base = lineOf(y, node);
  // In a `|` block the string's first line is the line after the indicator; otherwise the
  // string sits on one line, as far as locations go.
  const lineIn = (n: unknown, iy: YamlDoc): number => (node.type === 'BLOCK_LITERAL' ? base + lineOf(iy, n) : base);
  if (inner.problems.length > 0) {
    problems.push(problem(ORIGIN, path, `annotation artifacthub.io/images is not a YAML list: ${inner.problems[0]!.message}`, base, 'warning'));
    return;
  }
  for (const doc of inner.docs) {
    const iy = yamlDoc(doc, inner.lines, { origin: ORIGIN, file: path, problems });
    for (const item of asSeq(iy, doc.contents)?.items ?? []) {
      const imageNode = get(iy, item, 'image');
      const image = nonEmpty(scalarText(iy, imageNode));
      if (image === undefined) continue;
      const made = imageComponent(image, path, lineIn(imageNode, iy), ORIGIN);
      if (made.component) components.push(made.component);
      else problems.push(made.problem);
    }
  }
}

/** Chart.lock's pinned versions, by `name\0repository` and by name. */
function lockedVersions(dir: string, ctx: ExtractContext): Map<string, string> {
  const out = new Map<string, string>();
  const path = `${dir}Chart.lock`;
  const text = ctx.readFile(path);
  if (text === undefined) return out;
  const parsed = parseYaml(text, ORIGIN, path);
  const doc = parsed.docs[0];
  if (!doc) return out;
  const y = yamlDoc(doc, parsed.lines);
  for (const item of asSeq(y, entries(y, doc.contents).get('dependencies')?.value)?.items ?? []) {
    const e = entries(y, item);
    const name = scalarText(y, e.get('name')?.value);
    const version = scalarText(y, e.get('version')?.value);
    if (!name || !version) continue;
    out.set(`${name}\u0000${scalarText(y, e.get('repository')?.value) ?? ''}`, version);
    if (!out.has(name)) out.set(name, version);
  }
  return out;
}

export const helmCharts: Extractor = {
  id: 'helm',
  description: 'Helm charts: images in values*.yaml (appVersion as default tag), dependencies of Chart.yaml (pinned by Chart.lock)',
  claims: isHelmFileName,
  extract(file: SourceFile, ctx: ExtractContext): ExtractResult {
    const components: Component[] = [];
    const problems: Problem[] = [];
    if (baseName(file.path) === 'Chart.yaml') chartDependencies(file, ctx, components, problems);
    else valuesImages(file, ctx, components, problems);
    return { components, problems };
  },
};
