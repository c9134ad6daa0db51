import { pathMatcher } from '../model/glob.js';
import type { PathMatcher } from '../model/glob.js';
import type { Component, Location } from '../model/types.js';
import type { ResolvedPolicy, Scope, ScopedSettings } from './policy/types.js';

// Which scopes select a component, and the value each setting takes for it. Every matching scope
// applies in the policy's order, a later one overriding an earlier one; the returned rule path
// says where the winning value was written, so a finding can say `scopes[internet].deadlines.high`.

export function anyLocation(locations: readonly Location[], match: PathMatcher): boolean {
  return locations.some((l) => match(l.file));
}

/** What a scope or an owner selects by: every selector given must hold. */
export type Selectors = Pick<Scope, 'paths' | 'layers' | 'ecosystems' | 'dev' | 'direct'>;

interface CompiledScope {
  scope: Scope;
  paths?: PathMatcher;
}

export function compileScopes(policy: ResolvedPolicy): CompiledScope[] {
  return policy.settings.scopes.map((scope) => (scope.paths ? { scope, paths: pathMatcher(scope.paths) } : { scope }));
}

function selects(c: CompiledScope, comp: Component): boolean {
  return selectedBy(c.scope, c.paths, comp);
}

/** Whether `s` selects the component; `paths` is `s.paths` compiled once by the caller. */
export function selectedBy(s: Selectors, paths: PathMatcher | undefined, comp: Pick<Component, 'locations' | 'layer' | 'ecosystem' | 'dev' | 'direct'>): boolean {
  if (paths && !anyLocation(comp.locations, paths)) return false;
  if (s.layers && !s.layers.includes(comp.layer)) return false;
  if (s.ecosystems) {
    const eco = comp.ecosystem.toLowerCase();
    const base = eco.split(':')[0];
    if (!s.ecosystems.some((e) => e.toLowerCase() === eco || e.toLowerCase() === base)) return false;
  }
  if (s.dev !== undefined && (comp.dev === true) !== s.dev) return false;
  // Directness is only known where the format says; an unknown component is selected by neither.
  if (s.direct !== undefined && comp.direct !== s.direct) return false;
  return true;
}

export interface Picked<T> {
  value: T;
  rule: string;
}

/** The settings in force for one component: the top level, then each matching scope. */
export class EffectiveSettings {
  readonly scopes: string[];
  private readonly layers: { prefix: string; settings: ScopedSettings }[];

  constructor(policy: ResolvedPolicy, compiled: readonly CompiledScope[], comp: Component) {
    const matching = compiled.filter((c) => selects(c, comp)).map((c) => c.scope);
    this.scopes = matching.map((s) => s.name);
    this.layers = [{ prefix: '', settings: policy.settings }, ...matching.map((s) => ({ prefix: `scopes[${s.name}].`, settings: s }))];
  }

  /** The last value set for `field` (a path such as `deadlines.high`), with where it was set. */
  pick<T>(field: string, get: (s: ScopedSettings) => T | undefined): Picked<T> | undefined {
    let found: Picked<T> | undefined;
    for (const layer of this.layers) {
      const v = get(layer.settings);
      if (v !== undefined) found = { value: v, rule: layer.prefix + field };
    }
    return found;
  }
}
