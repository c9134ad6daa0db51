import type { PathSegment } from './locate.js';
import { displayPath } from './locate.js';
import type { Location } from '../../model/types.js';
import type { PolicySettings, ResolvedSettings } from './types.js';

// Layers merge field by field: mappings recurse, scalars and plain lists replace. Three lists
// have their own rule because their entries have identities: scopes merge by name (a child can
// tighten one field of its parent's `internet` scope), exceptions add up (an organisation's
// accepted risks stay accepted in each repository), and rules replace as a whole (a decision
// table is read top to bottom, so splicing two tables would change what either one means).

/** Settings that apply when no layer sets them: the values of builtin:baseline@1's deadlines. */
export const DEFAULT_SETTINGS: ResolvedSettings = {
  exposure: 'public',
  deadlines: { critical: '7d', high: '30d', medium: '90d', low: '180d' },
  dueSoon: '25%',
  gate: 'critical',
  unknownSeverity: 'medium',
  unknownClock: 'modified',
  coverage: { missingData: 'warn', maxDataAge: '7d' },
  kinds: { malicious: { severity: 'critical', deadline: '0d', failsGate: true }, unsound: { severity: 'low' }, unmaintained: { severity: 'medium' } },
  cooldown: '0d',
  kev: {},
  epss: {},
  ssvc: { deriveFromCvss: true, automatable: true, technicalImpact: 'total' },
  rules: [],
  runtime: {
    patchLag: { severity: 'medium', deadline: '30d' },
    endOfLife: { severity: 'high', deadline: '0d', dueSoon: '90d' },
    unpinned: { severity: 'low', deadline: 'none' },
  },
  scopes: [],
  exceptions: [],
  exceptionLimits: {},
};

type Json = unknown;
type Obj = Record<string, Json>;

function isObj(v: Json): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function clone<T>(v: T): T {
  return structuredClone(v);
}

export interface MergeState {
  settings: Obj;
  origins: Record<string, string>;
  exceptionSources: (Location | undefined)[];
}

/** Where a value at a path of the layer was written: a readable label and, for files, the place. */
export type Describe = (localPath: readonly PathSegment[]) => { text: string; location?: Location };

function forget(origins: Record<string, string>, prefix: string): void {
  for (const k of Object.keys(origins)) {
    if (k === prefix || k.startsWith(prefix + '.') || k.startsWith(prefix + '[')) delete origins[k];
  }
}

function note(origins: Record<string, string>, value: Json, shown: PathSegment[], local: PathSegment[], describe: Describe): void {
  if (isObj(value)) {
    for (const [k, v] of Object.entries(value)) note(origins, v, [...shown, k], [...local, k], describe);
  } else if (Array.isArray(value) && value.some((x) => isObj(x))) {
    value.forEach((v, i) => note(origins, v, [...shown, i], [...local, i], describe));
  } else {
    origins[displayPath(shown)] = describe(local).text;
  }
}

function mergeObj(target: Obj, src: Obj, shown: PathSegment[], local: PathSegment[], state: MergeState, describe: Describe): void {
  for (const [key, value] of Object.entries(src)) {
    if (value === undefined || key === '__proto__' || key === 'constructor' || key === 'prototype') continue;
    const s = [...shown, key];
    const l = [...local, key];
    if (shown.length === 0 && key === 'scopes' && Array.isArray(value)) {
      mergeScopes(target, value as Obj[], l, state, describe);
    } else if (shown.length === 0 && key === 'exceptions' && Array.isArray(value)) {
      const list = (Array.isArray(target.exceptions) ? target.exceptions : []) as Json[];
      value.forEach((ex, i) => {
        note(state.origins, ex, ['exceptions', list.length], [...l, i], describe);
        state.exceptionSources.push(describe([...l, i]).location);
        list.push(clone(ex));
      });
      target.exceptions = list;
    } else if (isObj(value) && isObj(target[key])) {
      mergeObj(target[key], value, s, l, state, describe);
    } else {
      forget(state.origins, displayPath(s));
      target[key] = clone(value);
      note(state.origins, value, s, l, describe);
    }
  }
}

function mergeScopes(target: Obj, scopes: Obj[], local: PathSegment[], state: MergeState, describe: Describe): void {
  const list = (Array.isArray(target.scopes) ? target.scopes : []) as Obj[];
  scopes.forEach((scope, i) => {
    const name = String(scope.name);
    const shownBase: PathSegment[] = [`scopes[${name}]`];
    const existing = list.find((s) => s.name === name);
    if (existing) {
      mergeObj(existing, scope, shownBase, [...local, i], state, describe);
    } else {
      list.push(clone(scope));
      note(state.origins, scope, shownBase, [...local, i], describe);
    }
  });
  target.scopes = list;
}

export function newMergeState(): MergeState {
  const state: MergeState = { settings: {}, origins: {}, exceptionSources: [] };
  mergeObj(state.settings, DEFAULT_SETTINGS as unknown as Obj, [], [], state, () => ({ text: 'default' }));
  return state;
}

export function mergeLayer(state: MergeState, settings: PolicySettings, describe: Describe): void {
  mergeObj(state.settings, settings as unknown as Obj, [], [], state, describe);
}
