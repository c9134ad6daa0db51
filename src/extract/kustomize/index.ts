import type { Component, Problem } from '../../model/types.js';
import type { ExtractResult, Extractor, SourceFile } from '../../model/extractor.js';
import { problem } from '../../model/problem.js';
import { parseYaml } from '../../parse/yaml.js';
import { imageComponent } from '../images/component.js';
import { isKustomizationName } from '../images/file-names.js';
import { asSeq, entries, lineOf, scalarText, yamlDoc } from '../../parse/yaml-nodes.js';

// Kustomize (kubectl.docs.kubernetes.io, "images"): an `images:` entry replaces the image `name`
// in every resource below it with `newName`, `newTag` and/or `digest`. The override is what gets
// deployed, so it is a component of its own, located at the override's entry (its first line).

const ORIGIN = 'extract/kustomize';
export const kustomizations: Extractor = {
  id: 'kustomize',
  description: 'Kustomize kustomization.yaml: images overrides (newName, newTag, digest)',
  claims: isKustomizationName,
  extract(file: SourceFile): ExtractResult {
    const parsed = parseYaml(file.text, ORIGIN, file.path);
    const components: Component[] = [];
    const problems: Problem[] = [...parsed.problems];
    for (const doc of parsed.docs) {
      const y = yamlDoc(doc, parsed.lines, { origin: ORIGIN, file: file.path, problems });
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
