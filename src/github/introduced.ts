import { existsSync } from 'node:fs';
import type { Exclusion } from '../discover/index.js';
import { realRoot } from '../discover/read.js';
import type { Finding } from '../evaluate/types.js';
import { inventory } from '../inventory.js';
import { matchKey } from '../model/names.js';
import type { Component, Problem } from '../model/types.js';

// Which findings a pull request introduced and which it inherited. A finding is introduced when
// its package at that version is nowhere in the base branch's tree: a new dependency, or one
// whose version the pull request changed. The base tree is a second checkout of the base commit;
// `base-path` names the folder in it that matches `path` in the head checkout (so with
// `path: head/services/api`, `base-path: base/services/api`). It is read with the same
// discovery and extractors as the head, so
// every format counts and nothing depends on the API, on the token, or on a fork's permissions.
// Advisories are not needed for this: only the base's inventory is compared. A base file that
// could not be read says nothing about what it held, so a finding located in such a file is
// neither introduced nor inherited: it is listed apart, and the base's problems are reported.

export interface BaseInventory {
  keys: ReadonlySet<string>;
  components: number;
  /** The base inventory's problems that concern a file (paths relative to base-path). */
  problems: Problem[];
  /** Files the base could not read in full (not read, or not parsed). */
  unread: ReadonlySet<string>;
}

export function versionKey(ecosystem: string, name: string, version: string): string {
  return `${matchKey(ecosystem, name)}\u0000${version}`;
}

/** The components of the base tree's folder that matches the scanned one. */
export function readBaseInventory(basePath: string, exclude?: Exclusion, helmValues: readonly string[] = []): BaseInventory | { error: string } {
  if (!existsSync(basePath)) return { error: `base-path: ${basePath} does not exist (check out the base commit there first)` };
  // The head's exclusions, so that an excluded folder is not "inherited" from the base either.
  // And the head's Helm values files: a file the base lacks is layered as absent.
  const found = inventory(realRoot(basePath), { ...(exclude ? { exclude } : {}), ...(helmValues.length > 0 ? { helmValues } : {}) });
  const keys = new Set(found.components.map((c: Component) => versionKey(c.ecosystem, c.name, c.version)));
  const problems = found.problems.filter((p) => p.file !== undefined && p.level !== 'notice');
  const unread = new Set(problems.filter((p) => p.level === 'error' || p.origin === 'discover').map((p) => p.file!));
  return { keys, components: found.components.length, problems, unread };
}

export interface Split {
  introduced: Finding[];
  inherited: Finding[];
  /** Not in the base's inventory, but located in a file the base could not read. */
  undetermined: Finding[];
}

export function splitIntroduced(findings: readonly Finding[], base: BaseInventory): Split {
  const out: Split = { introduced: [], inherited: [], undetermined: [] };
  for (const f of findings) {
    if (base.keys.has(versionKey(f.component.ecosystem, f.component.name, f.component.version))) out.inherited.push(f);
    else if (f.locations.some((l) => base.unread.has(l.file))) out.undetermined.push(f);
    else out.introduced.push(f);
  }
  return out;
}
