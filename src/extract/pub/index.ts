import type { Component, ComponentSource } from '../../model/types.js';
import type { ExtractResult, Extractor, SourceFile } from '../../model/extractor.js';
import { makeComponent } from '../../model/component.js';
import { problem } from '../../model/problem.js';
import { mapEntries, readYamlLock, writtenText } from '../../parse/yaml-salvage.js';

// pubspec.lock (Dart and Flutter; dart.dev/tools/pub/glossary#lockfile): `packages` maps each
// package to its `dependency` kind ("direct main", "direct dev", "direct overridden",
// "transitive"), `source` (hosted, git, path, sdk) and locked `version`. `sdk` packages
// (flutter, flutter_test, sky_engine, ...) ship inside the Flutter SDK; they are not pub.dev
// packages and their version is a placeholder, so they are left out, with one notice.
// pub writes `sdks:` last; a lock without it was cut short.

const ORIGIN = 'extract/pub';
const SOURCES: Record<string, ComponentSource> = { hosted: 'registry', git: 'git', path: 'path' };
const KINDS = new Set(['direct main', 'direct dev', 'direct overridden', 'transitive']);

function extract(file: SourceFile): ExtractResult {
  const components: Component[] = [];
  const { top, lines, problems, lastLine } = readYamlLock(file, ORIGIN, '`packages`');
  if (!top) return { components, problems };
  const packagesEntry = top.find((e) => e.key === 'packages');
  if (!top.some((e) => e.key === 'sdks')) {
    problems.push(problem(ORIGIN, file.path, 'no `sdks` section, which pub writes last: the file looks truncated', lastLine, 'warning'));
  }
  if (!packagesEntry) return { components, problems };
  const packages = mapEntries(packagesEntry.value, lines);
  if (!packages) {
    if (packagesEntry.value !== null) problems.push(problem(ORIGIN, file.path, '`packages`: expected a mapping of package names', packagesEntry.line));
    return { components, problems };
  }
  const sdkPackages: string[] = [];
  for (const { key: name, line, value } of packages) {
    const fields = mapEntries(value, lines);
    if (!fields) {
      problems.push(problem(ORIGIN, file.path, `${name}: expected a mapping with dependency, source and version`, line));
      continue;
    }
    const get = (k: string): string | undefined => writtenText(fields.find((f) => f.key === k)?.value);
    const source = get('source');
    const version = get('version');
    const kind = get('dependency');
    if (source === 'sdk') {
      sdkPackages.push(name);
      continue;
    }
    if (version === undefined || version === '') {
      problems.push(problem(ORIGIN, file.path, `${name}: no version; not matched`, line, 'warning'));
      continue;
    }
    let componentSource = source === undefined ? undefined : SOURCES[source];
    if (componentSource === undefined) {
      problems.push(problem(ORIGIN, file.path, `${name}: unknown source ${JSON.stringify(source)}; not matched against pub.dev`, line, 'warning'));
      componentSource = 'url';
    }
    if (kind !== undefined && !KINDS.has(kind)) {
      problems.push(problem(ORIGIN, file.path, `${name}: unknown dependency kind ${JSON.stringify(kind)}`, line, 'notice'));
    }
    const flags: { direct?: boolean; dev?: boolean } = {};
    if (kind !== undefined && KINDS.has(kind)) {
      flags.direct = kind.startsWith('direct ');
      if (kind === 'direct main') flags.dev = false;
      if (kind === 'direct dev') flags.dev = true;
    }
    components.push(
      makeComponent({ ecosystem: 'Pub', name, version, file: file.path, line, source: componentSource, ...flags }),
    );
  }
  if (sdkPackages.length > 0) {
    problems.push(
      problem(
        ORIGIN,
        file.path,
        `${sdkPackages.length} SDK package(s) (${sdkPackages.join(', ')}) ship with the Dart/Flutter SDK, not pub.dev; left out of the inventory`,
        packagesEntry.line,
        'notice',
      ),
    );
  }
  return { components, problems };
}

export const pubLock: Extractor = {
  id: 'pub',
  description: 'pubspec.lock (Dart/Flutter pub): hosted, git and path packages, direct main/dev and transitive',
  claims: (path) => /(^|\/)pubspec\.lock$/.test(path),
  extract,
};
