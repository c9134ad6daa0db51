import type { DiscoveredFile } from '../discover/index.js';
import { readRepoFile, resolveInRoot } from '../discover/read.js';
import type { Component, Problem } from '../model/types.js';
import { clipMessage } from '../model/problem.js';
import { ownString } from '../model/strings.js';
import { fitted } from '../model/arrays.js';
import { osLayerComponents } from './images/os-layer.js';
import type { ExtractContext, ExtractResult } from '../model/extractor.js';

export interface ExtractAllResult {
  components: Component[];
  problems: Problem[];
  /** Files read, with how many component entries each gave, for the report. */
  files: { path: string; extractor: string; entries: number }[];
}

/**
 * What every extractor's result goes through before the rest of the run sees it: messages cut to
 * a bounded length, and an entry without a package name (`"": {...}` in a damaged lockfile)
 * turned into a located problem, since no advisory can name it and no report can show it.
 */
export function settle(result: ExtractResult, origin: string): ExtractResult {
  const problems = result.problems.map(clipMessage);
  const components = result.components.filter((c) => {
    if (c.name.trim() !== '') return true;
    const at = c.locations[0];
    problems.push({ level: 'warning', origin, ...(at ? { file: at.file, line: at.line } : {}), message: `an entry without a package name (version ${c.version.slice(0, 100)}); skipped` });
    return false;
  });
  return { components, problems };
}

function componentKey(c: Component): string {
  return [c.ecosystem, c.name, c.version, c.source ?? 'registry', c.layer].join('\u0000');
}

/**
 * Runs each discovered file through its extractor and folds entries for the same package at the
 * same version into one component with every location (one lockfile can install a package in
 * several folders; several lockfiles can pin the same version).
 */
export function extractAll(root: string, files: readonly DiscoveredFile[], options: Pick<ExtractContext, 'distro' | 'helmValues'> = {}): ExtractAllResult {
  const problems: Problem[] = [];
  const merged = new Map<string, Component>();
  const report: ExtractAllResult['files'] = [];
  const ctx: ExtractContext = {
    readFile(path: string): string | undefined {
      const abs = resolveInRoot(root, path);
      if (!abs) return undefined;
      const r = readRepoFile(root, abs);
      return r.ok ? r.text : undefined;
    },
    ...(options.distro ? { distro: options.distro } : {}),
    ...(options.helmValues && options.helmValues.length > 0 ? { helmValues: options.helmValues } : {}),
  };
  for (const file of files) {
    const origin = `extract/${file.extractor.id}`;
    const read = readRepoFile(root, file.abs);
    if (!read.ok) {
      problems.push({ level: 'warning', origin: 'discover', file: file.path, message: `not read: ${read.reason}` });
      continue;
    }
    if (read.warning) problems.push({ level: 'warning', origin, file: file.path, message: read.warning });
    let result;
    try {
      result = file.extractor.extract({ path: file.path, text: read.text }, ctx);
    } catch (err) {
      // An extractor must not throw; if one does, the file is reported and the run goes on.
      problems.push({
        level: 'error',
        origin,
        file: file.path,
        message: `extractor failed (a patchwarden bug, please report it): ${(err as Error).message}`,
      });
      continue;
    }
    result = settle(result, origin);
    problems.push(...result.problems);
    report.push({ path: file.path, extractor: file.extractor.id, entries: result.components.length });
    for (const c of result.components) {
      const key = componentKey(c);
      const existing = merged.get(key);
      if (!existing) {
        // The run keeps every component to its end, and its file's text with it unless its
        // strings are its own (see ownString).
        merged.set(key, { ...c, name: ownString(c.name), version: ownString(c.version), purl: ownString(c.purl), locations: [...c.locations] });
        continue;
      }
      // A file reached twice (discovered, and included by another) must not list a line twice.
      for (const loc of c.locations) {
        if (!existing.locations.some((l) => l.file === loc.file && l.line === loc.line)) existing.locations.push(loc);
      }
      if (c.direct) existing.direct = true;
      if (existing.dev !== undefined || c.dev !== undefined) existing.dev = (existing.dev ?? false) && (c.dev ?? false);
    }
  }
  const components = [...merged.values()];
  // A component found in many lockfiles grew its list one location at a time (see fitted).
  for (const c of components) if (c.locations.length > 1) c.locations = fitted(c.locations);
  components.push(...osLayerComponents(components));
  return { components, problems, files: report };
}
