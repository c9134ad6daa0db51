import { existsSync } from 'node:fs';
import { discover } from '../discover/index.js';
import type { Exclusion } from '../discover/index.js';
import { realRoot } from '../discover/read.js';
import type { Finding } from '../evaluate/types.js';
import { extractAll } from '../extract/index.js';
import { EXTRACTORS } from '../extract/registry.js';
import { matchKey } from '../model/names.js';
import type { Component, Problem } from '../model/types.js';

// Which findings a pull request introduced and which it inherited. A finding is introduced when
// its package at that version is nowhere in the base branch's tree: a new dependency, or one
// whose version the pull request changed. The base tree is a second checkout of the base commit;
// `base-path` names the folder in it that matches `path` in the head checkout (so with
// `path: head/services/api`, `base-path: base/services/api`). It is read with the same
// discovery and extractors as the head, so
// every format counts and nothing depends on the API, on the token, or on a fork's permissions.
// Advisories are not needed for this: only the base's inventory is compared.

export interface BaseInventory {
  keys: ReadonlySet<string>;
  components: number;
  problems: Problem[];
}

export function versionKey(ecosystem: string, name: string, version: string): string {
  return `${matchKey(ecosystem, name)}\u0000${version}`;
}

/** The components of the base tree's folder that matches the scanned one. */
export function readBaseInventory(basePath: string, exclude?: Exclusion): BaseInventory | { error: string } {
  if (!existsSync(basePath)) return { error: `base-path: ${basePath} does not exist (check out the base commit there first)` };
  const real = realRoot(basePath);
  // The head's exclusions, so that an excluded folder is not "inherited" from the base either.
  const found = discover({ root: real, extractors: EXTRACTORS, ...(exclude ? { exclude } : {}) });
  const extracted = extractAll(real, found.files);
  const keys = new Set(extracted.components.map((c: Component) => versionKey(c.ecosystem, c.name, c.version)));
  const problems = [...found.problems, ...extracted.problems].filter((p) => p.level === 'error');
  return { keys, components: extracted.components.length, problems };
}

export interface Split {
  introduced: Finding[];
  inherited: Finding[];
}

export function splitIntroduced(findings: readonly Finding[], base: BaseInventory): Split {
  const out: Split = { introduced: [], inherited: [] };
  for (const f of findings) {
    (base.keys.has(versionKey(f.component.ecosystem, f.component.name, f.component.version)) ? out.inherited : out.introduced).push(f);
  }
  return out;
}
