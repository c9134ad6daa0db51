import type { Component, ComponentSource } from '../../model/types.js';
import type { ExtractResult, Extractor, SourceFile } from '../../model/extractor.js';
import { makeComponent } from '../../model/component.js';
import { problem } from '../../model/problem.js';
import { mapEntries, readYamlLock, seqItems, writtenText } from '../../parse/yaml-salvage.js';
import { isMap, lineOfNode } from '../../parse/yaml.js';
import type { Node } from 'yaml';

// Podfile.lock (CocoaPods, YAML written by Pod::Lockfile): `PODS` lists every installed spec as
// `Name (version)` or `Name/Subspec (version)`, with its requirements nested below; a subspec is
// part of its pod, so all of a pod's entries make one component at the first entry's line.
// `DEPENDENCIES` are what the Podfile asks for (direct), `EXTERNAL SOURCES` the pods taken from a
// path, a git repository or a podspec instead of a spec repository. No OSV ecosystem covers
// CocoaPods, so these components are inventory only. `COCOAPODS:` is written last.

const ORIGIN = 'extract/cocoapods';
const SPEC = /^([^\s()]+) \(([^\s()]+)\)$/;

function podOf(spec: string): string {
  const slash = spec.indexOf('/');
  return slash === -1 ? spec : spec.slice(0, slash);
}

/** Where an EXTERNAL SOURCES entry takes a pod from (its keys are `:path`, `:git`, `:podspec`, `:http`). */
function externalSource(options: Map<string, string>): ComponentSource {
  if (options.has(':git')) return 'git';
  if (options.has(':path')) return 'path';
  const spec = options.get(':podspec') ?? options.get(':http');
  return spec !== undefined && /^https?:/i.test(spec) ? 'url' : 'path';
}

function extract(file: SourceFile): ExtractResult {
  const components: Component[] = [];
  const { top, lines, problems, lastLine } = readYamlLock(file, ORIGIN, 'PODS');
  if (!top) return { components, problems };
  const section = (key: string) => top.find((e) => e.key === key);
  if (!section('COCOAPODS')) {
    problems.push(problem(ORIGIN, file.path, 'no COCOAPODS line, which CocoaPods writes last: the file looks truncated', lastLine, 'warning'));
  }

  const depsEntry = section('DEPENDENCIES');
  let direct: Set<string> | undefined;
  const depItems = seqItems(depsEntry?.value);
  if (depsEntry && depItems) {
    direct = new Set();
    for (const item of depItems) {
      const text = writtenText(item);
      const name = text === undefined ? undefined : /^\S+/.exec(text)?.[0];
      if (name === undefined) {
        problems.push(problem(ORIGIN, file.path, 'DEPENDENCIES: expected "Name" or "Name (requirement)"', (lineOfNode(item, lines) ?? depsEntry.line)));
        continue;
      }
      direct.add(podOf(name));
    }
  }

  const sources = new Map<string, ComponentSource>();
  for (const { key, line, value } of mapEntries(section('EXTERNAL SOURCES')?.value, lines) ?? []) {
    const options = new Map<string, string>();
    for (const o of mapEntries(value, lines) ?? []) {
      const v = writtenText(o.value);
      if (v !== undefined) options.set(o.key, v);
    }
    if (options.size === 0) {
      problems.push(problem(ORIGIN, file.path, `EXTERNAL SOURCES ${key}: expected :path, :git or :podspec`, line, 'warning'));
    }
    sources.set(key, externalSource(options));
  }

  const podsEntry = section('PODS');
  const pods = seqItems(podsEntry?.value);
  if (!podsEntry || !pods) {
    problems.push(problem(ORIGIN, file.path, 'no PODS list', podsEntry?.line ?? 1));
    return { components, problems };
  }
  const seen = new Map<string, string>();
  for (const item of pods) {
    // `- Name (1.0)` or `- Name (1.0):` followed by its requirements.
    const keyNode: Node | null = isMap(item) && item.items.length === 1 ? (item.items[0]!.key as Node) : item;
    const text = writtenText(keyNode);
    const line = (lineOfNode(keyNode, lines) ?? podsEntry.line);
    const m = text === undefined ? null : SPEC.exec(text);
    if (!m) {
      problems.push(problem(ORIGIN, file.path, 'PODS: expected "Name (version)"', line));
      continue;
    }
    const pod = podOf(m[1]!);
    const version = m[2]!;
    const earlier = seen.get(pod);
    if (earlier !== undefined) {
      if (earlier !== version) {
        problems.push(problem(ORIGIN, file.path, `${m[1]} is at ${version} but ${pod} was at ${earlier}`, line, 'warning'));
      }
      continue;
    }
    seen.set(pod, version);
    components.push(
      makeComponent({
        ecosystem: 'CocoaPods',
        name: pod,
        version,
        file: file.path,
        line,
        source: sources.get(pod) ?? 'registry',
        ...(direct ? { direct: direct.has(pod) } : {}),
      }),
    );
  }
  return { components, problems };
}

export const cocoapodsLock: Extractor = {
  id: 'cocoapods',
  description: 'Podfile.lock (CocoaPods): pods with subspecs folded, direct from DEPENDENCIES, path/git sources (inventory only)',
  claims: (path) => /(^|\/)Podfile\.lock$/.test(path),
  extract,
};
