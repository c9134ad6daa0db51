import type { Component, Problem } from '../../model/types.js';
import type { ExtractContext, ExtractResult, Extractor, SourceFile } from '../../model/extractor.js';
import { problem } from '../../model/problem.js';
import { parseYaml } from '../../parse/yaml.js';
import { imageComponent } from '../images/component.js';
import { isKustomizationName } from '../images/file-names.js';
import { asSeq, entries, lineOf, scalarText, yamlDoc } from '../../parse/yaml-nodes.js';
import type { YamlDoc } from '../../parse/yaml-nodes.js';
import { helmChartComponent } from '../images/helm-chart.js';
import { layerValues, valueDocuments, valueTree } from '../images/value-tree.js';
import type { ValueNode } from '../images/value-tree.js';
import { imagesInValues } from '../images/values-images.js';
import { besideFile } from '../images/repo-paths.js';

// Kustomize (kubectl.docs.kubernetes.io, "images"): an `images:` entry replaces the image `name`
// in every resource below it with `newName`, `newTag` and/or `digest`. The override is what gets
// deployed, so it is a component of its own, located at the override's entry (its first line).
//
// `helmCharts:` (kubectl.docs.kubernetes.io, "helmCharts"; `kustomize build --enable-helm`)
// inflates a chart: the chart is a component (ecosystem `helm`, like a Chart.yaml dependency),
// and the images its values set are read from `valuesFile`, `additionalValuesFiles` and
// `valuesInline`, layered as kustomize layers them (`valuesMerge`: `override`, the default, lets
// the inline values win; `merge` lets the files win; `replace` keeps the inline values alone),
// each image at the line where its value is written. The chart's own values.yaml is in the
// chart, not the repository: an image only the chart's defaults name is not seen here.

const ORIGIN = 'extract/kustomize';
export const kustomizations: Extractor = {
  id: 'kustomize',
  description: 'Kustomize kustomization.yaml: images overrides (newName, newTag, digest), helmCharts (the chart, images of valuesFile and valuesInline)',
  claims: isKustomizationName,
  extract(file: SourceFile, ctx: ExtractContext): ExtractResult {
    const parsed = parseYaml(file.text, ORIGIN, file.path);
    const components: Component[] = [];
    const problems: Problem[] = [...parsed.problems];
    for (const doc of parsed.docs) {
      const y = yamlDoc(doc, parsed.lines, { origin: ORIGIN, file: file.path, problems });
      helmCharts(y, file, ctx, components, problems);
      for (const item of asSeq(y, entries(y, doc.contents).get('images')?.value)?.items ?? []) {
        const e = entries(y, item);
        const nameNode = e.get('name')?.value;
        const name = scalarText(y, nameNode);
        const newNameNode = e.get('newName')?.value;
        const newTagNode = e.get('newTag')?.value;
        const digestNode = e.get('digest')?.value;
        const newName = scalarText(y, newNameNode) || undefined;
        const newTag = scalarText(y, newTagNode) || undefined;
        const digest = scalarText(y, digestNode) || undefined;
        if (name === undefined || name === '') {
          problems.push(problem(ORIGIN, file.path, 'images entry without a name', lineOf(y, item), 'warning'));
          continue;
        }
        if (newTag === undefined && digest === undefined) {
          // Only the name changes: the tag stays whatever each resource wrote, which those
          // resources' own entries already report.
          if (newName !== undefined) {
            problems.push(
              problem(ORIGIN, file.path, `images: ${name} → ${newName} keeps the tags of the resources; reported there`, lineOf(y, newNameNode), 'notice'),
            );
          }
          continue;
        }
        const reference = (newName ?? name) + (newTag !== undefined ? `:${newTag}` : '') + (digest !== undefined ? `@${digest}` : '');
        const line = lineOf(y, item);
        const made = imageComponent(reference, file.path, line, ORIGIN);
        if (made.component) components.push(made.component);
        else problems.push(made.problem);
      }
    }
    return { components, problems };
  },
};


/** `helmCharts:` entries: each chart a component, and the images of its values. */
function helmCharts(y: YamlDoc, file: SourceFile, ctx: ExtractContext, components: Component[], problems: Problem[]): void {
  for (const item of asSeq(y, entries(y, y.doc.contents).get('helmCharts')?.value)?.items ?? []) {
    const e = entries(y, item);
    const nameNode = e.get('name')?.value;
    const name = scalarText(y, nameNode)?.trim();
    if (!name) {
      problems.push(problem(ORIGIN, file.path, 'helmCharts entry without a name', lineOf(y, item), 'warning'));
      continue;
    }
    const versionNode = e.get('version')?.value;
    const version = scalarText(y, versionNode)?.trim();
    const repo = scalarText(y, e.get('repo')?.value)?.trim() ?? '';
    if (version) components.push(helmChartComponent(name, version, repo, file.path, lineOf(y, versionNode)));
    else if (repo !== '') {
      problems.push(problem(ORIGIN, file.path, `helmCharts ${name}: no version, so kustomize pulls whatever ${repo} serves newest; chart not recorded`, lineOf(y, nameNode), 'warning'));
    }
    const supplied: ValueNode[] = [];
    const fileNames = [e.get('valuesFile')?.value, ...(asSeq(y, e.get('additionalValuesFiles')?.value)?.items ?? [])];
    for (const node of fileNames) {
      const named = scalarText(y, node)?.trim();
      if (!named) continue;
      const values = readValuesFile(named, file.path, ctx, problems, lineOf(y, node));
      if (values) supplied.push(values);
    }
    const inlineNode = e.get('valuesInline')?.value;
    const inline = inlineNode ? valueTree(y, file.path, file.text, inlineNode, ORIGIN, problems) : undefined;
    const merge = scalarText(y, e.get('valuesMerge')?.value)?.trim() ?? 'override';
    let layers = supplied;
    if (inline) layers = merge === 'replace' ? [inline] : merge === 'merge' ? [inline, ...supplied] : [...supplied, inline];
    const values = layerValues(undefined, layers);
    if (!values) continue;
    imagesInValues(values, {
      onFound: (found) => {
        const first = found.locations[0] ?? { file: file.path, line: lineOf(y, item) };
        const made = imageComponent(found.reference, first.file, first.line, ORIGIN);
        if (!made.component) {
          problems.push(made.problem);
          return;
        }
        made.component.locations.push(...found.locations.slice(1));
        components.push(made.component);
      },
    });
  }
}

/** A values file a helmCharts entry names, relative to the kustomization's folder; a URL or a missing file is said at `line`. */
function readValuesFile(named: string, from: string, ctx: ExtractContext, problems: Problem[], line: number): ValueNode | undefined {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(named)) {
    problems.push(problem(ORIGIN, from, `helmCharts values file ${named} is remote; not read (its images are not seen)`, line, 'notice'));
    return undefined;
  }
  const path = besideFile(from, named);
  if (path === undefined) {
    problems.push(problem(ORIGIN, from, `helmCharts values file ${named} is outside the scanned folder; not read`, line, 'warning'));
    return undefined;
  }
  const text = ctx.readFile(path);
  if (text === undefined) {
    problems.push(problem(ORIGIN, from, `helmCharts values file ${named} (${path}) is missing or could not be read; its images are not seen`, line, 'warning'));
    return undefined;
  }
  return valueDocuments(path, text, ORIGIN, problems)[0];
}
