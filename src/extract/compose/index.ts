import type { Node } from 'yaml';
import type { Component, Problem } from '../../model/types.js';
import type { ExtractContext, ExtractResult, Extractor, SourceFile } from '../types.js';
import { problem } from '../util.js';
import { parseYaml } from '../yaml.js';
import { imageComponent } from '../images/component.js';
import { interpolate } from '../images/interpolate.js';
import { entries, lineOf, scalarText, yamlDoc } from '../images/yaml-nodes.js';
import type { YamlDoc } from '../images/yaml-nodes.js';
import { parseDotenv } from './dotenv.js';

// Compose files (compose-spec.io): the `image:` of every service, interpolated the way
// `docker compose` does it. Variables come from the `.env` file in the compose file's folder
// (the project folder); the shell environment of whoever runs patchwarden is deliberately not
// consulted, so the same repository always gives the same inventory.

const ORIGIN = 'extract/compose';

/** docker-compose.yml, docker-compose.override.yaml, docker-compose-ci.yml, compose.yaml, compose.prod.yml. */
const COMPOSE_NAME = /^(?:docker-)?compose(?:[.-][A-Za-z0-9_.-]+)?\.ya?ml$/i;

export function isComposeFileName(path: string): boolean {
  return COMPOSE_NAME.test(path.slice(path.lastIndexOf('/') + 1));
}

/** The variables a compose file in `path` interpolates with, from the `.env` beside it. */
export function composeEnvironment(path: string, ctx: ExtractContext): { vars: Map<string, string>; source?: string } {
  const slash = path.lastIndexOf('/');
  const envPath = (slash === -1 ? '' : path.slice(0, slash + 1)) + '.env';
  const text = ctx.readFile(envPath);
  return text === undefined ? { vars: new Map() } : { vars: parseDotenv(text), source: envPath };
}

/** True for a YAML document shaped like a Compose file: a `services` map of service maps. */
export function looksLikeCompose(y: YamlDoc): boolean {
  const services = entries(y, y.doc.contents).get('services')?.value;
  const list = [...entries(y, services).values()];
  return list.length > 0 && list.every((s) => entries(y, s.value).size > 0) && list.some((s) => {
    const e = entries(y, s.value);
    return e.has('image') || e.has('build');
  });
}

/** Images of one parsed Compose document. */
export function composeImages(
  y: YamlDoc,
  path: string,
  env: { vars: Map<string, string>; source?: string },
  components: Component[],
  problems: Problem[],
): void {
  const services = entries(y, y.doc.contents).get('services')?.value;
  // Services that take their image from one anchor (`<<: *common`) declare it once, on its line.
  const seen = new Set<Node>();
  for (const [service, entry] of entries(y, services)) {
    const imageNode = entries(y, entry.value).get('image')?.value;
    const written = scalarText(y, imageNode);
    if (written === undefined || written === '' || !imageNode || seen.has(imageNode)) continue;
    seen.add(imageNode);
    const line = lineOf(y, imageNode);
    const r = interpolate(written, { escape: '$$', lookup: (name) => env.vars.get(name) });
    const where = `services.${service}.image "${written}"`;
    if (r.errors.length > 0) {
      problems.push(problem(ORIGIN, path, `${where}: ${r.errors.join('; ')}`, line, 'warning'));
      continue;
    }
    if (r.missing.length > 0) {
      const names = r.missing.map((n) => '${' + n + '}').join(', ');
      const from = env.source ? `${env.source} does not set it` : 'there is no .env beside the compose file';
      problems.push(
        problem(ORIGIN, path, `${where}: ${names} has no value and no default (${from}); image not recorded`, line, 'warning'),
      );
      continue;
    }
    const made = imageComponent(r.value, path, line, ORIGIN);
    if (made.component) components.push(made.component);
    else problems.push(made.problem);
  }
}

export const composeFiles: Extractor = {
  id: 'compose',
  description: 'Compose files (docker-compose*.yml, compose*.yaml): service images, with ${VAR} interpolation from .env',
  claims: isComposeFileName,
  extract(file: SourceFile, ctx: ExtractContext): ExtractResult {
    const parsed = parseYaml(file.text, ORIGIN, file.path);
    const components: Component[] = [];
    const problems: Problem[] = [...parsed.problems];
    const env = composeEnvironment(file.path, ctx);
    for (const doc of parsed.docs) composeImages(yamlDoc(doc, parsed.lines, { origin: ORIGIN, file: file.path, problems }), file.path, env, components, problems);
    return { components, problems };
  },
};
