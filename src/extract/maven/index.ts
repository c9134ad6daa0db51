import type { Component, Problem } from '../../model/types.js';
import type { ExtractResult, Extractor, SourceFile } from '../../model/extractor.js';
import { makeComponent } from '../../model/component.js';
import { problem } from '../../model/problem.js';
import { child, childText, childrenNamed, parseXmlTree } from '../../parse/xml-tree.js';
import type { XmlElement } from '../../parse/xml-tree.js';

// pom.xml (maven.apache.org/pom.html): the dependencies a POM declares with versions this file
// alone decides. `<dependencies>` of the project and of its profiles are components;
// `<dependencyManagement>` (imported BOMs included) only gives versions to them; `${...}` is resolved from `<properties>` and the project's own coordinates
// (`project.version`, `project.parent.version`, ...). Anything else (a parent POM's properties,
// an imported BOM, `-Drevision=` on the command line) is outside the file: such a dependency is
// skipped with a notice at its line, never guessed. A dependency without `<version>` takes the
// version this file's dependencyManagement gives it. Version ranges and LATEST/RELEASE name no
// single version and are skipped the same way. Plugins are build tooling and not read.

const ORIGIN = 'extract/maven';
/** Property references resolved inside one value, and the longest value kept (a chain of properties can double at each step). */
const MAX_REFERENCES = 64;
const MAX_VALUE_LENGTH = 1024;
const REFERENCE = /\$\{([^${}]*)\}/g;

type Resolved = { value: string } | { unresolved: string } | { tooLarge: true };

class Properties {
  private readonly values = new Map<string, string>();

  constructor(project: XmlElement) {
    for (const p of child(project, 'properties')?.children ?? []) {
      if (p.closed) this.values.set(p.name, p.text.trim());
    }
    const parent = child(project, 'parent');
    const own = (name: string) => childText(project, name)?.text;
    const inherited = (name: string) => childText(parent, name)?.text;
    const builtins: Record<string, string | undefined> = {
      'project.version': own('version') ?? inherited('version'),
      'project.groupId': own('groupId') ?? inherited('groupId'),
      'project.artifactId': own('artifactId'),
      'project.parent.version': inherited('version'),
      'project.parent.groupId': inherited('groupId'),
      'project.parent.artifactId': inherited('artifactId'),
    };
    for (const [key, value] of Object.entries(builtins)) {
      if (value === undefined) continue;
      this.values.set(key, value);
      // Maven 2's `pom.` prefix is still honoured by Maven 3.
      this.values.set(key.replace(/^project\./, 'pom.'), value);
    }
  }

  /** Every `${name}` replaced, recursively, within bounds; the first name that cannot be is reported. */
  resolve(raw: string): Resolved {
    let value = raw;
    for (let references = 0; ; ) {
      let unresolved: string | undefined;
      let replaced = 0;
      value = value.replace(REFERENCE, (whole, name: string) => {
        const v = this.values.get(name);
        if (v === undefined) {
          unresolved ??= name;
          return whole;
        }
        replaced++;
        return v;
      });
      if (unresolved !== undefined) return { unresolved };
      if (replaced === 0) return { value };
      references += replaced;
      if (references > MAX_REFERENCES || value.length > MAX_VALUE_LENGTH) {
        return { tooLarge: true };
      }
    }
  }
}

/** Why a resolved version is no single literal version, or undefined when it is one. */
function notLiteral(version: string): string | undefined {
  if (version === '') return 'an empty version';
  if (/^[[(]|[\])]$/.test(version) || version.includes(',')) return `the version range ${version}`;
  if (version === 'LATEST' || version === 'RELEASE') return `the meta-version ${version}`;
  if (/\s|\$\{/.test(version)) return `"${version}", which is not a version`;
  return undefined;
}

interface Declared {
  name: string;
  version: string;
  scope: string | undefined;
}

function extract(file: SourceFile): ExtractResult {
  const components: Component[] = [];
  const problems: Problem[] = [];
  const tree = parseXmlTree(file.text);
  if (tree.error) {
    problems.push(
      problem(ORIGIN, file.path, `invalid XML: ${tree.error.message}; elements from this line on were not read`, tree.error.line),
    );
  }
  const project = tree.root;
  if (!project) return { components, problems };
  if (project.name !== 'project') {
    problems.push(problem(ORIGIN, file.path, `expected <project> as the root element, found <${project.name}>`, project.line));
    return { components, problems };
  }
  const props = new Properties(project);
  const skip = (line: number, what: string): void => {
    problems.push(problem(ORIGIN, file.path, `${what}; not matched`, line, 'notice'));
  };

  /** A coordinate's text resolved, or undefined after reporting why not. */
  const resolveField = (dep: XmlElement, field: string, label: string): string | undefined => {
    const t = childText(dep, field);
    if (!t) return undefined;
    const r = props.resolve(t.text);
    if ('value' in r) return r.value;
    const why =
      'unresolved' in r
        ? `uses \${${r.unresolved}}, which this file does not define (a parent POM or the command line sets it)`
        : `nests property references too deeply or expands beyond ${MAX_VALUE_LENGTH} characters`;
    skip(t.line, `${label}: <${field}>${t.text}</${field}> ${why}`);
    return undefined;
  };

  /** Reads one <dependency>; `managed` maps group:artifact to what dependencyManagement pinned. */
  const read = (dep: XmlElement, managed: Map<string, Declared>, isManagement: boolean): Declared | undefined => {
    if (!dep.closed) return undefined;
    const line = childText(dep, 'artifactId')?.line ?? dep.line;
    if (!childText(dep, 'groupId') || !childText(dep, 'artifactId')) {
      problems.push(problem(ORIGIN, file.path, 'dependency without <groupId> or <artifactId>; not read', dep.line, 'warning'));
      return undefined;
    }
    const groupId = resolveField(dep, 'groupId', 'dependency');
    const artifactId = groupId === undefined ? undefined : resolveField(dep, 'artifactId', `${groupId}:?`);
    if (groupId === undefined || artifactId === undefined) return undefined;
    const name = `${groupId}:${artifactId}`;
    const scopeText = childText(dep, 'scope')?.text;
    const scopeResolved = scopeText === undefined ? undefined : props.resolve(scopeText);
    let scope = scopeResolved && 'value' in scopeResolved ? scopeResolved.value : undefined;
    let version: string | undefined;
    const versionField = childText(dep, 'version');
    if (versionField) {
      version = resolveField(dep, 'version', name);
      if (version === undefined) return undefined;
    } else if (!isManagement && managed.has(name)) {
      // dependencyManagement pins the version and, unless the dependency says otherwise, the scope.
      const pinned = managed.get(name)!;
      version = pinned.version;
      scope ??= pinned.scope;
    } else {
      skip(line, `${name}: no <version>, and none in this file's dependencyManagement (a parent POM or an imported BOM sets it)`);
      return undefined;
    }
    const why = notLiteral(version);
    if (why !== undefined) {
      skip(versionField?.line ?? line, `${name}: ${why}`);
      return undefined;
    }
    // dependencyManagement entries (imported BOMs among them) are constraints, not installed
    // packages: they only give versions to declared dependencies that have none.
    if (isManagement) return { name, version, scope };
    components.push(
      makeComponent({
        ecosystem: 'Maven',
        name,
        version,
        file: file.path,
        line,
        dev: scope === 'test',
        // A system-scoped jar is read from <systemPath> on disk, not from a repository.
        source: scope === 'system' ? 'path' : 'registry',
        direct: true,
      }),
    );
    return { name, version, scope };
  };

  /** The dependencies of the project or of a profile; returns what its dependencyManagement pins. */
  const readScope = (owner: XmlElement, inherited: ReadonlyMap<string, Declared>): Map<string, Declared> => {
    const managed = new Map(inherited);
    for (const dep of childrenNamed(child(child(owner, 'dependencyManagement'), 'dependencies'), 'dependency')) {
      const d = read(dep, managed, true);
      if (d) managed.set(d.name, d);
    }
    for (const dep of childrenNamed(child(owner, 'dependencies'), 'dependency')) read(dep, managed, false);
    return managed;
  };
  const projectManaged = readScope(project, new Map());
  // An active profile adds to the project's dependencies and dependencyManagement.
  for (const profile of childrenNamed(child(project, 'profiles'), 'profile')) readScope(profile, projectManaged);
  return { components, problems };
}

export const mavenPom: Extractor = {
  id: 'maven',
  description: 'pom.xml (Maven): dependencies, with versions from dependencyManagement and the file’s own properties',
  claims: (path) => /(^|\/)pom\.xml$/.test(path),
  extract,
};
