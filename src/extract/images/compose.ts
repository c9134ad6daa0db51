import type { Node } from 'yaml';
import type { Component, Location, Problem } from '../../model/types.js';
import type { ExtractContext } from '../../model/extractor.js';
import { LIMITS } from '../../limits.js';
import { problem } from '../../model/problem.js';
import { imageComponent } from './component.js';
import { interpolate } from './interpolate.js';
import { entries, lineOf, scalarText, yamlDoc } from '../../parse/yaml-nodes.js';
import { parseYaml } from '../../parse/yaml.js';
import type { YamlDoc } from '../../parse/yaml-nodes.js';
import { parseDotenv } from './dotenv.js';
import { besideFile } from './repo-paths.js';

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
    return e.has('image') || e.has('build') || e.has('extends');
  });
}

/** Images of one parsed Compose document; `ctx` reads the files `extends:` names. */
export function composeImages(
  y: YamlDoc,
  path: string,
  env: { vars: Map<string, string>; source?: string },
  components: Component[],
  problems: Problem[],
  ctx?: ExtractContext,
): void {
  const services = entries(y, y.doc.contents).get('services')?.value;
  // Services that take their image from one anchor (`<<: *common`) declare it once, on its line.
  const seen = new Set<Node>();
  const add = (written: string, at: Location, where: string, also?: Location): void => {
    const r = interpolate(written, { escape: '$$', lookup: (name) => env.vars.get(name) });
    if (r.errors.length > 0) {
      problems.push(problem(ORIGIN, at.file, `${where}: ${r.errors.join('; ')}`, at.line, 'warning'));
      return;
    }
    if (r.missing.length > 0) {
      const names = r.missing.map((n) => '${' + n + '}').join(', ');
      const from = env.source ? `${env.source} does not set it` : 'there is no .env beside the compose file';
      problems.push(problem(ORIGIN, at.file, `${where}: ${names} has no value and no default (${from}); image not recorded`, at.line, 'warning'));
      return;
    }
    const made = imageComponent(r.value, at.file, at.line, ORIGIN);
    if (!made.component) {
      problems.push(made.problem);
      return;
    }
    if (also) made.component.locations.push(also);
    components.push(made.component);
  };
  const files = new Map<string, YamlDoc | undefined>([[path, y]]);
  for (const [service, entry] of entries(y, services)) {
    const own = entries(y, entry.value);
    const imageNode = own.get('image')?.value;
    const written = scalarText(y, imageNode);
    if (written === undefined && own.has('extends') && !own.has('build')) {
      const inherited = extended(y, path, service, ctx, files, problems);
      if (inherited) add(inherited.written, inherited.at, `services.${service} (extends ${inherited.from}) image "${inherited.written}"`, { file: path, line: lineOf(y, own.get('extends')!.key) });
      continue;
    }
    if (written === undefined || written === '' || !imageNode || seen.has(imageNode)) continue;
    seen.add(imageNode);
    add(written, { file: path, line: lineOf(y, imageNode) }, `services.${service}.image "${written}"`);
  }
}



/**
 * The image a service without its own inherits through `extends:` (compose-spec.io, "extends":
 * `extends: web` or `extends: {service: web}` in the same file, `extends: {file, service}` in
 * another, relative to the file that names it), followed through further `extends:`. What cannot
 * be followed is a warning at the `extends:` line that names it; a service that builds its image
 * inherits none.
 */
function extended(
  y: YamlDoc,
  path: string,
  service: string,
  ctx: ExtractContext | undefined,
  files: Map<string, YamlDoc | undefined>,
  problems: Problem[],
): { written: string; at: Location; from: string } | undefined {
  let cur = { y, path, service };
  const visited = new Set<string>();
  for (let step = 0; step < LIMITS.composeMaxExtends; step++) {
    visited.add(`${cur.path}\u0000${cur.service}`);
    const ext = entries(cur.y, entries(cur.y, entries(cur.y, cur.y.doc.contents).get('services')?.value).get(cur.service)?.value).get('extends');
    if (!ext) return undefined;
    const warn = (message: string): undefined => {
      problems.push(problem(ORIGIN, cur.path, `services.${cur.service}.extends: ${message}`, lineOf(cur.y, ext.key), 'warning'));
      return undefined;
    };
    const e = entries(cur.y, ext.value);
    const target = e.size > 0 ? scalarText(cur.y, e.get('service')?.value) : scalarText(cur.y, ext.value);
    if (!target) return warn('names no service; its image is not seen');
    const named = e.size > 0 ? scalarText(cur.y, e.get('file')?.value)?.trim() : undefined;
    let file = cur.path;
    if (named) {
      const resolved = besideFile(cur.path, named);
      if (resolved === undefined || /^[a-z][a-z0-9+.-]*:\/\//i.test(named)) return warn(`file ${named} is outside the scanned folder; the image of ${target} is not seen`);
      file = resolved;
      if (!files.has(file)) files.set(file, readCompose(file, ctx, problems));
    }
    const ty = files.get(file);
    if (!ty) return warn(`file ${named ?? file} is missing or could not be read; the image of ${target} is not seen`);
    const t = entries(ty, entries(ty, ty.doc.contents).get('services')?.value).get(target);
    if (!t) return warn(`no service ${target} in ${file}; its image is not seen`);
    if (visited.has(`${file}\u0000${target}`)) return warn(`extends ${target} in a cycle; not followed`);
    const te = entries(ty, t.value);
    const imageNode = te.get('image')?.value;
    const written = scalarText(ty, imageNode);
    if (written !== undefined && written !== '') return { written, at: { file, line: lineOf(ty, imageNode) }, from: file === path ? target : `${target} in ${file}` };
    if (te.has('build')) return undefined;
    cur = { y: ty, path: file, service: target };
  }
  problems.push(problem(ORIGIN, path, `services.${service}.extends: more than ${LIMITS.composeMaxExtends} services deep; not followed`, lineOf(y, entries(y, entries(y, entries(y, y.doc.contents).get('services')?.value).get(service)?.value).get('extends')?.key), 'warning'));
  return undefined;
}

/** Another compose file an `extends:` names, parsed; its problems are its own. */
function readCompose(path: string, ctx: ExtractContext | undefined, problems: Problem[]): YamlDoc | undefined {
  const text = ctx?.readFile(path);
  if (text === undefined) return undefined;
  const parsed = parseYaml(text, ORIGIN, path);
  problems.push(...parsed.problems);
  const doc = parsed.docs[0];
  return doc ? yamlDoc(doc, parsed.lines, { origin: ORIGIN, file: path, problems }) : undefined;
}
