import type { Component, Problem } from '../../model/types.js';
import type { ExtractContext, ExtractResult, Extractor, SourceFile } from '../../model/extractor.js';
import { parseYaml } from '../../parse/yaml.js';
import { composeEnvironment, composeImages } from '../images/compose.js';
import { isComposeFileName } from '../images/file-names.js';
import { yamlDoc } from '../../parse/yaml-nodes.js';

// Compose files (compose-spec.io): the `image:` of every service, inherited through `extends:`
// where a service has none, read by images/compose.ts (the Kubernetes extractor reads Compose
// files under other names with it too).

const ORIGIN = 'extract/compose';

export const composeFiles: Extractor = {
  id: 'compose',
  description: 'Compose files (docker-compose*.yml, compose*.yaml): service images, with ${VAR} interpolation from .env, inherited through extends',
  claims: isComposeFileName,
  extract(file: SourceFile, ctx: ExtractContext): ExtractResult {
    const parsed = parseYaml(file.text, ORIGIN, file.path);
    const components: Component[] = [];
    const problems: Problem[] = [...parsed.problems];
    const env = composeEnvironment(file.path, ctx);
    for (const doc of parsed.docs) composeImages(yamlDoc(doc, parsed.lines, { origin: ORIGIN, file: file.path, problems }), file.path, env, components, problems, ctx);
    return { components, problems };
  },
};
