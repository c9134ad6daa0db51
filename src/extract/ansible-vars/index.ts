import type { Component, Problem } from '../../model/types.js';
import type { ExtractContext, ExtractResult, Extractor, SourceFile } from '../../model/extractor.js';
import { problem } from '../../model/problem.js';
import { ENDOFLIFE_PRODUCT_IDS } from '../../model/endoflife-products.js';
import { imageComponent } from '../images/component.js';
import { parseImageReference } from '../images/reference.js';
import { readAnnotations } from '../shared/renovate-annotations.js';
import { runtimeComponent } from '../shared/runtime-pin.js';

// Ansible variables where roles and inventories pin what they deploy (role `defaults/` and
// `vars/`, inventories' `group_vars/` and `host_vars/`). Three readings, in this order, each
// line reported once:
//  1. Renovate annotations (extract/shared/renovate-annotations.ts), which say exactly what a line pins;
//  2. images: a `<x>_container_image` / `<x>_docker_image` / `<x>_image` whose value, with the
//     file's own variables substituted (`{{ prefix }}maubot/maubot:{{ maubot_version }}`, as
//     matrix-docker-ansible-deploy writes them), is an image reference with a tag; or a version
//     (`<x>_version`, `<x>_image_tag`, `<x>_tag`) beside an image name (`<x>_image`,
//     `<x>_image_name`, `<x>_repository`, `<x>_docker_image`). The component sits on the line
//     that holds the version, which is where a person changes it;
//  3. `<product>_version` where the product is one endoflife.date knows (`postgresql_version:
//     15`, geerlingguy's `nodejs_version: "20.x"`): a runtime component on its clock.
// A value built from Jinja that cannot be resolved from the file itself (filters, lookups,
// variables defined elsewhere) is a located notice, never a guess.

const ORIGIN = 'extract/ansible-vars';

/** Inventories' group_vars/host_vars files may have no extension (`group_vars/matrix_servers`). */
const CLAIMED = /(?:^|\/)(?:(?:defaults|vars)\/[^/]+\.ya?ml|(?:group_vars|host_vars)\/(?:.+\.ya?ml|[^/.]+))$/;

const IMAGE_KEY = /^(.+?)_(?:container_image|docker_image|image)$/;
const NAME_SUFFIXES = ['_image_name', '_docker_image', '_image', '_repository', '_container_image_name'];
const VERSION_SUFFIXES = ['_image_tag', '_container_image_tag', '_version', '_tag'];
const MAX_DEPTH = 16;
/** Substitutions one value may make, so `a: "{{ b }}{{ b }}"`, `b: "{{ c }}{{ c }}"`, ... cannot blow up. */
const MAX_SUBSTITUTIONS = 256;
/** An image reference is short; a value that grows past this is not one. */
const MAX_VALUE = 2_048;

interface Variable {
  value: string;
  line: number;
}

/** `{{ name }}`, `{{ 'lit' }}`, `{{ a if flag else b }}` (flag a boolean variable): all the Jinja read here. */
class Resolver {
  constructor(private readonly vars: ReadonlyMap<string, Variable>) {}

  /** The variable whose literal a chain of `{{ other }}` values ends at, for the line of a pin. */
  origin(name: string): Variable & { name: string } | undefined {
    let at = name;
    for (let i = 0; i < MAX_DEPTH; i++) {
      const v = this.vars.get(at);
      if (!v) return undefined;
      const m = /^\{\{\s*([A-Za-z_]\w*)\s*\}\}$/.exec(v.value.trim());
      if (!m) return { ...v, name: at };
      at = m[1]!;
    }
    return undefined;
  }

  /** Lines of every variable a value's expressions name, through the variables they name in turn. */
  references(text: string): Set<number> {
    const out = new Set<number>();
    const seen = new Set<string>();
    const queue = [text];
    while (queue.length > 0 && seen.size < 256) {
      for (const block of queue.pop()!.matchAll(/\{\{([\s\S]*?)\}\}/g)) {
        for (const [name] of block[1]!.matchAll(/[A-Za-z_]\w*/g)) {
          const v = this.vars.get(name);
          if (!v || seen.has(name)) continue;
          seen.add(name);
          out.add(v.line);
          queue.push(v.value);
        }
      }
    }
    return out;
  }

  private budget = 0;

  /** The value with every expression substituted, or the first expression that could not be. */
  value(text: string): { ok: true; value: string } | { ok: false; expression: string } {
    this.budget = MAX_SUBSTITUTIONS;
    return this.substitute(text, 0);
  }

  private substitute(text: string, depth: number): { ok: true; value: string } | { ok: false; expression: string } {
    if (depth > MAX_DEPTH || this.budget-- <= 0 || text.length > MAX_VALUE) return { ok: false, expression: text.slice(0, 200) };
    let out = '';
    let rest = text;
    for (;;) {
      const open = rest.indexOf('{{');
      if (open === -1) break;
      const close = rest.indexOf('}}', open);
      if (close === -1) return { ok: false, expression: rest.slice(open) };
      out += rest.slice(0, open);
      const expr = rest.slice(open + 2, close).trim();
      const got = this.expression(expr, depth);
      if (!got.ok) return got;
      out += got.value;
      if (out.length > MAX_VALUE) return { ok: false, expression: expr };
      rest = rest.slice(close + 2);
    }
    if (rest.includes('{%')) return { ok: false, expression: rest };
    return { ok: true, value: out + rest };
  }

  private operand(t: string, depth: number): { ok: true; value: string } | { ok: false; expression: string } {
    const lit = /^(['"])([^'"]*)\1$/.exec(t);
    if (lit) return { ok: true, value: lit[2]! };
    if (/^[A-Za-z_]\w*$/.test(t)) {
      const v = this.vars.get(t);
      return v ? this.substitute(v.value, depth + 1) : { ok: false, expression: t };
    }
    return { ok: false, expression: t };
  }

  private expression(expr: string, depth: number): { ok: true; value: string } | { ok: false; expression: string } {
    const cond = /^(.+?)\s+if\s+(not\s+)?([A-Za-z_]\w*)\s+else\s+(.+)$/.exec(expr);
    if (cond) {
      const flag = this.operand(cond[3]!, depth);
      if (!flag.ok) return { ok: false, expression: expr };
      const truthy = /^(?:true|yes|on|1)$/i.test(flag.value.trim());
      const falsy = /^(?:false|no|off|0|)$/i.test(flag.value.trim());
      if (!truthy && !falsy) return { ok: false, expression: expr };
      return this.operand(truthy !== Boolean(cond[2]) ? cond[1]!.trim() : cond[4]!.trim(), depth);
    }
    return this.operand(expr, depth);
  }
}

/**
 * The file's top-level `key: scalar` lines, read line by line rather than by a YAML parser:
 * Ansible reads these files with PyYAML, which accepts what stricter parsers refuse (real role
 * defaults carry multi-line Jinja dictionaries in double quotes at column 0), and only flat
 * scalars can pin a version. Block scalars, collections, anchors and tags are not read; a
 * repeated key keeps its last value, as Ansible does.
 */
export function topLevelScalars(text: string): Map<string, Variable> {
  const vars = new Map<string, Variable>();
  const lines = text.split(/\r\n|\r|\n/);
  for (let i = 0; i < lines.length; i++) {
    const m = /^([A-Za-z_]\w*)\s*:(?:[ \t]+(.*))?$/.exec(lines[i]!);
    if (!m || m[2] === undefined) continue;
    const value = scalar(m[2].trim());
    if (value !== undefined) vars.set(m[1]!, { value, line: i + 1 });
  }
  return vars;
}

function scalar(raw: string): string | undefined {
  if (raw === '' || /^[|>[{&*!%@`]/.test(raw)) return undefined;
  if (raw.startsWith('"')) {
    const m = /^"((?:[^"\\]|\\.)*)"\s*(?:#.*)?$/.exec(raw);
    return m ? m[1]!.replace(/\\(.)/g, '$1') : undefined;
  }
  if (raw.startsWith("'")) {
    const m = /^'((?:[^']|'')*)'\s*(?:#.*)?$/.exec(raw);
    return m ? m[1]!.replace(/''/g, "'") : undefined;
  }
  // A comment starts at ` #` (found by hand: `\s+#` backtracks quadratically on a run of spaces).
  const hash = raw.search(/[ \t]#/);
  return (hash === -1 ? raw : raw.slice(0, hash)).trimEnd();
}

const isTemplated = (v: string): boolean => v.includes('{{') || v.includes('{%');

/** A bare image name (`redis`, `ghcr.io/element-hq/synapse`): no tag, no URL, no spaces. */
function imageName(v: string): boolean {
  if (v === '' || /[\s]|:\/\/|^\//.test(v)) return false;
  const parsed = parseImageReference(v);
  return parsed.ok && parsed.ref.tag === undefined && parsed.ref.digest === undefined;
}

function read(file: SourceFile): ExtractResult {
  const annotations = readAnnotations(file.path, file.text, ORIGIN);
  const components: Component[] = [...annotations.components];
  const problems: Problem[] = [...annotations.problems];
  // Lines already spoken for: an annotation's pin, then each reading's own.
  const taken = new Set(annotations.lines);

  const vars = topLevelScalars(file.text);
  const resolver = new Resolver(vars);

  // 2a. A whole image reference in one variable, its parts substituted.
  for (const [key, v] of vars) {
    const m = IMAGE_KEY.exec(key);
    if (!m || !v.value.includes(':') || /:\/\//.test(v.value)) continue;
    // The tag's own variable, when the tag is `{{ x }}` (or `v{{ x }}`), is where the pin is written.
    const tagVar = /:[^:{}/]*\{\{\s*([A-Za-z_]\w*)\s*\}\}[^:{}/]*$/.exec(v.value.trim());
    const pin = tagVar ? resolver.origin(tagVar[1]!) : undefined;
    const line = pin?.line ?? v.line;
    if (taken.has(line) || taken.has(v.line)) continue;
    // A reference built on an annotated version is that annotation's pin, reported already.
    if ([...resolver.references(v.value)].some((l) => taken.has(l))) continue;
    const got = resolver.value(v.value);
    if (!got.ok) {
      problems.push(problem(ORIGIN, file.path, `${key}: "${got.expression}" is a Jinja expression this file does not resolve; image not checked`, v.line, 'notice'));
      taken.add(v.line);
      continue;
    }
    if (got.value === '' || !/:[^/]+$/.test(got.value)) continue;
    const made = imageComponent(got.value, file.path, line, ORIGIN);
    if (made.component) components.push(made.component);
    else problems.push(made.problem);
    taken.add(line).add(v.line);
  }

  // 2b. A version beside an image name.
  for (const [key, v] of vars) {
    const suffix = VERSION_SUFFIXES.find((s) => key.endsWith(s));
    if (!suffix) continue;
    // `<x>_image_tag: "{{ x_version }}"`: the pin is the literal the chain ends at.
    const line = resolver.origin(key)?.line ?? v.line;
    if (taken.has(v.line) || taken.has(line)) continue;
    const stem = key.slice(0, -suffix.length);
    const nameVar = NAME_SUFFIXES.map((s) => vars.get(stem + s)).find((n) => n !== undefined);
    if (!nameVar) continue;
    const name = resolver.value(nameVar.value);
    const version = resolver.value(v.value);
    if (!name.ok || !imageName(name.value)) continue;
    if (!version.ok) {
      problems.push(problem(ORIGIN, file.path, `${key}: "${version.expression}" is a Jinja expression this file does not resolve; image ${name.value} not checked`, v.line, 'notice'));
      taken.add(v.line);
      continue;
    }
    const made = imageComponent(`${name.value}:${version.value}`, file.path, line, ORIGIN);
    if (made.component) components.push(made.component);
    else problems.push(made.problem);
    taken.add(v.line).add(line);
  }

  // 3. `<product>_version`.
  for (const [key, v] of vars) {
    if (!key.endsWith('_version') || taken.has(v.line)) continue;
    const product = key.slice(0, -'_version'.length).replace(/_/g, '-').toLowerCase();
    if (!ENDOFLIFE_PRODUCT_IDS.has(product)) continue;
    taken.add(v.line);
    if (isTemplated(v.value)) {
      problems.push(problem(ORIGIN, file.path, `${key}: "${v.value}" is a Jinja expression; ${product} not checked`, v.line, 'notice'));
      continue;
    }
    runtimeComponent({ product, name: product, written: v.value, file: file.path, line: v.line, origin: ORIGIN }, components, problems);
  }
  return { components, problems };
}

export const ansibleVars: Extractor = {
  id: 'ansible-vars',
  description:
    'Ansible role defaults/vars and group_vars/host_vars: Renovate annotations, image references built from the file\'s variables, versions beside image names, and `<product>_version` for endoflife.date products',
  claims: (path) => CLAIMED.test(path),
  extract(file: SourceFile, _ctx: ExtractContext): ExtractResult {
    return read(file);
  },
};
