import type { Component, Problem } from '../../model/types.js';
import { makeComponent } from '../../model/component.js';
import { problem } from '../../model/problem.js';
import { imageComponent } from '../images/component.js';
import { canonicalRepository } from '../../model/repositories.js';
import { productVersion, runtimeComponent } from './runtime-pin.js';

// Versions pinned outside manifests, the way Renovate's regex manager has users annotate them
// (docs.renovatebot.com/modules/manager/regex, "Using a single comment"): a comment
//   # renovate: datasource=docker depName=ghcr.io/element-hq/synapse versioning=semver
// directly above a line that assigns a version (`synapse_version: v1.128.0`, `default =
// "v1.128.0"`, `export SYNAPSE_VERSION=1.128.0`) makes that line a component. Repositories that
// already follow the convention for Renovate are read with no extra work. Shared by every
// extractor of files where such pins are kept (Ansible variables, Terraform, shell, dotenv).

/** `# renovate: k=v ...` or `// renovate: ...`, the comment the convention puts above a pin. */
const ANNOTATION = /^\s*(?:#|\/\/)\s*renovate:\s*(.*)$/;
/**
 * `key: value`, `key = "value"`, `export KEY=value`: the value up to a quote, space or comment.
 * What follows it is checked by hand (a comma, a comment, nothing): adjacent `\s*` groups before
 * a failing `$` backtrack quadratically on a line of spaces.
 */
const ASSIGNMENT = /^[ \t]*(?:export[ \t]+)?["']?[A-Za-z_][\w.-]*["']?[ \t]*[:=][ \t]*["']?([^"'\s#,]+)["']?/;

function assignedValue(line: string): string | undefined {
  const m = ASSIGNMENT.exec(line);
  if (!m) return undefined;
  let rest = line.slice(m[0].length).trimStart();
  if (rest.startsWith(',')) rest = rest.slice(1).trimStart();
  return rest === '' || rest.startsWith('#') ? m[1] : undefined;
}

interface Pin {
  name: string;
  value: string;
  fields: ReadonlyMap<string, string>;
  file: string;
  line: number;
  origin: string;
}

type Datasource = (pin: Pin, components: Component[], problems: Problem[]) => void;

const registryPackage =
  (ecosystem: string): Datasource =>
  (pin, components) => {
    components.push(makeComponent({ ecosystem, name: pin.name, version: pin.value, file: pin.file, line: pin.line, direct: true }));
  };

/**
 * `extractVersion=` read as the literal tag prefix before its `(?<version>...)` group (`^v`,
 * `^release-`), never run as a regular expression: a pattern from a scanned file must not be able
 * to hang the scan. Undefined when the pattern is not of that shape.
 */
export function extractVersionPrefix(pattern: string): string | undefined {
  const m = /^\^?((?:[A-Za-z0-9_/-]|\\[.\-/_])*)\(\?<version>/.exec(pattern);
  return m ? m[1]!.replace(/\\(.)/g, '$1') : undefined;
}

const unversioned = (pin: Pin): Problem =>
  problem(pin.origin, pin.file, `renovate annotation for ${pin.name}: "${pin.value}" names no release version (a tag prefix is stated as extractVersion=^prefix(?<version>.*)$); not checked`, pin.line, 'notice');

/** The version a release pin names: the `extractVersion=` prefix and a `v` taken off. */
function releaseVersion(pin: Pin, product: string | undefined): string | undefined {
  let v = pin.value;
  const pattern = pin.fields.get('extractVersion');
  const prefix = pattern === undefined ? undefined : extractVersionPrefix(pattern);
  if (prefix !== undefined && prefix !== '' && v.startsWith(prefix)) v = v.slice(prefix.length);
  return productVersion(product, v);
}

function repositoryPin(pin: Pin, components: Component[], problems: Problem[]): void {
  const repository = canonicalRepository(pin.name);
  if (!/^[\w.-]+\/[\w.-]+$/.test(repository)) {
    problems.push(problem(pin.origin, pin.file, `renovate annotation for ${pin.name}: not a GitHub owner/repository; skipped`, pin.line - 1, 'warning'));
    return;
  }
  const version = releaseVersion(pin, undefined);
  if (version === undefined) {
    problems.push(unversioned(pin));
    return;
  }
  runtimeComponent({ repository, name: repository, written: pin.value, version, file: pin.file, line: pin.line, origin: pin.origin }, components, problems);
}

/** Renovate datasource ids turned into components (docs.renovatebot.com/modules/datasource). */
const DATASOURCES: Record<string, Datasource> = {
  docker: (pin, components, problems) => {
    const made = imageComponent(`${pin.name}:${pin.value}`, pin.file, pin.line, pin.origin);
    if (made.component) components.push(made.component);
    else problems.push(made.problem);
  },
  npm: registryPackage('npm'),
  pypi: registryPackage('PyPI'),
  // The product itself, by endoflife.date's id (`postgresql`, `amazon-eks`).
  'endoflife-date': (pin, components, problems) => {
    const product = pin.name.toLowerCase();
    const version = releaseVersion(pin, product);
    if (version === undefined) {
      problems.push(unversioned(pin));
      return;
    }
    runtimeComponent({ product, name: product, written: pin.value, version, file: pin.file, line: pin.line, origin: pin.origin }, components, problems);
  },
  // A repository's releases (or tags): the product is the one whose endoflife.date page names
  // the repository, found when the release data is read (advise/runtime/repositories.ts).
  'github-releases': repositoryPin,
  'github-tags': repositoryPin,
};

const READ = Object.keys(DATASOURCES).join(', ');

/** `k=v` words of an annotation (`k="a b"` quoted), read word by word so a long line stays linear. */
function fields(text: string): Map<string, string> {
  const out = new Map<string, string>();
  const words = text.split(/[ \t]+/);
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const eq = word.indexOf('=');
    const key = word.slice(0, eq);
    if (eq <= 0 || !/^[A-Za-z]+$/.test(key)) continue;
    let value = word.slice(eq + 1);
    if (value.startsWith('"')) {
      while (!(value.length > 1 && value.endsWith('"')) && i + 1 < words.length) value += ` ${words[++i]!}`;
      value = value.replace(/^"|"$/g, '');
    }
    out.set(key, value);
  }
  return out;
}

export interface AnnotationsResult {
  components: Component[];
  problems: Problem[];
  /** 1-based lines an annotation spoke for (the assignment under it), used or refused: no other reading may report them again. */
  lines: Set<number>;
}

/** Every `# renovate:` annotation of a file, with the pin under it. */
export function readAnnotations(path: string, text: string, origin: string): AnnotationsResult {
  const components: Component[] = [];
  const problems: Problem[] = [];
  const used = new Set<number>();
  const lines = text.split(/\r\n|\r|\n/);
  for (let i = 0; i < lines.length; i++) {
    const note = ANNOTATION.exec(lines[i]!);
    if (!note) continue;
    const at = i + 1;
    const f = fields(note[1]!);
    const datasource = f.get('datasource');
    const name = f.get('packageName') ?? f.get('depName');
    if (i + 1 < lines.length) used.add(at + 1);
    if (datasource === undefined || name === undefined) {
      problems.push(problem(origin, path, 'renovate annotation without datasource= and depName= (or packageName=); skipped', at, 'warning'));
      continue;
    }
    const make = DATASOURCES[datasource];
    if (!make) {
      problems.push(problem(origin, path, `renovate annotation for ${name}: datasource ${datasource} is not read (${READ} are); skipped`, at, 'notice'));
      continue;
    }
    const next = lines[i + 1];
    const value = next === undefined ? undefined : assignedValue(next);
    if (value === undefined || value.includes('{{') || value.includes('${')) {
      // At the line that should hold the version, or at the annotation when the file ends there.
      problems.push(problem(origin, path, `renovate annotation for ${name}: the next line assigns no literal version; skipped`, next === undefined ? at : at + 1, 'warning'));
      continue;
    }
    make({ name, value, fields: f, file: path, line: at + 1, origin }, components, problems);
  }
  return { components, problems, lines: used };
}
