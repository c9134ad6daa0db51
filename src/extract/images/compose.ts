import type { Node } from 'yaml';
import type { Component, Problem } from '../../model/types.js';
import type { ExtractContext } from '../../model/extractor.js';
import { problem } from '../../model/problem.js';
import { imageComponent } from './component.js';
import { interpolate } from './interpolate.js';
import { entries, lineOf, scalarText } from '../../parse/yaml-nodes.js';
import type { YamlDoc } from '../../parse/yaml-nodes.js';
import { parseDotenv } from './dotenv.js';

// Compose files (compose-spec.io): the `image:` of every service, interpolated the way
// `docker compose` does it. Variables come from the `.env` file in the compose file's folder
// (the project folder); the shell environment of whoever runs patchwarden is deliberately not
// consulted, so the same repository always gives the same inventory.

const ORIGIN = 'extract/compose';

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
