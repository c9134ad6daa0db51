import { pathMatcher } from '../model/glob.js';
import type { Component } from '../model/types.js';
import type { Owner, ResolvedPolicy } from './policy/types.js';
import { selectedBy } from './scope.js';

// Ownership is part of the judgement a finding carries (issues, alerts and the audit all name
// it), so it is decided here, from the policy alone: the first `owners` entry that selects the
// component, by the same selectors scopes use. CODEOWNERS, a file of the repository, is the
// fallback that the sinks consult for findings no entry selects.

export type OwnerOf = (comp: Component) => Owner | undefined;

export function compileOwners(policy: ResolvedPolicy): OwnerOf {
  const owners = (policy.settings.owners ?? []).map((o) => ({ owner: o, paths: o.paths ? pathMatcher(o.paths) : undefined }));
  return (comp) => owners.find((o) => selectedBy(o.owner, o.paths, comp))?.owner;
}
