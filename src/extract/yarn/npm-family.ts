import type { Component, ComponentSource } from '../../model/types.js';
import { isRecord } from '../../parse/json.js';
import { makeComponent } from '../../model/component.js';

// Helpers the yarn, pnpm and bun extractors share: they all name packages with npm descriptors
// (`name@range`, `name@protocol:...`), fold several lockfile entries into one component, and
// work out `dev` by walking the dependency graph from the project's own manifests.

/**
 * Splits `name@rest` at the `@` that ends the package name; a scope's leading `@` belongs to
 * the name. Undefined when there is no name (`@scope` alone, an empty name, no `@`).
 */
export function splitDescriptor(spec: string): { name: string; rest: string } | undefined {
  let from = 1;
  if (spec.startsWith('@')) {
    const slash = spec.indexOf('/');
    if (slash <= 1) return undefined;
    from = slash + 1;
  }
  const at = spec.indexOf('@', from);
  // `@scope/@x`: nothing between the scope and the `@`.
  if (at === -1 || (from > 1 && at === from)) return undefined;
  return { name: spec.slice(0, at), rest: spec.slice(at + 1) };
}

const GIT_PROTOCOL = /^(?:git\+|git:|git@|ssh:|github:|gitlab:|bitbucket:|gist:)/;
// `owner/repo`, optionally `#ref`: npm's GitHub shorthand. Ranges and tags never hold a `/`.
const GITHUB_SHORTHAND = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+(?:#.*)?$/;

/**
 * Where a descriptor's range or a resolved reference takes the code from, by its protocol.
 * Anything without a recognised protocol is a semver range, a version or a dist-tag: the registry.
 */
export function sourceOfReference(ref: string): ComponentSource {
  if (ref.startsWith('workspace:')) return 'workspace';
  if (ref.startsWith('link:') || ref.startsWith('portal:')) return 'link';
  if (ref.startsWith('file:') || ref.startsWith('exec:')) return 'path';
  if (ref.startsWith('npm:')) return 'registry';
  if (GIT_PROTOCOL.test(ref)) return 'git';
  if (/^https?:\/\//i.test(ref)) return /\.git(?:#|$)|#commit=/.test(ref) ? 'git' : 'url';
  if (/^(?:\.{1,2}\/|\/|~\/)/.test(ref)) return 'path';
  if (GITHUB_SHORTHAND.test(ref)) return 'git';
  return 'registry';
}

type DevState = 'none' | 'dev' | 'unknown' | 'prod';
const DEV_RANK: Record<DevState, number> = { none: 0, dev: 1, unknown: 2, prod: 3 };

interface Pending {
  name: string;
  version: string;
  source: ComponentSource;
  line: number;
  direct: boolean;
  dev: DevState;
}

/**
 * One component per distinct (name, version, source) in a lockfile, located at the first entry
 * that declares it. Several entries can resolve to the same package (yarn's `patch:` entry beside
 * the plain one, pnpm's peer variants, bun's nested copies): the component is direct when any
 * entry is, and dev only when every entry is known to be dev-only.
 */
export class NpmComponents {
  private readonly byKey = new Map<string, Pending>();

  constructor(private readonly file: string) {}

  /** Returns the component's key, for markDirect/noteDev. */
  add(name: string, version: string, source: ComponentSource, line: number): string {
    const key = `${name}\u0000${version}\u0000${source}`;
    const existing = this.byKey.get(key);
    if (existing) {
      if (line < existing.line) existing.line = line;
    } else {
      this.byKey.set(key, { name, version, source, line, direct: false, dev: 'none' });
    }
    return key;
  }

  markDirect(key: string): void {
    const c = this.byKey.get(key);
    if (c) c.direct = true;
  }

  /** One entry's dev status: false (needed at run time) outweighs unknown, which outweighs true. */
  noteDev(key: string, dev: boolean | undefined): void {
    const c = this.byKey.get(key);
    if (!c) return;
    const state: DevState = dev === undefined ? 'unknown' : dev ? 'dev' : 'prod';
    if (DEV_RANK[state] > DEV_RANK[c.dev]) c.dev = state;
  }

  /** `directKnown`: the file says what the project depends on, so an unmarked component is indirect. */
  build(directKnown: boolean): Component[] {
    const out: Component[] = [];
    for (const c of this.byKey.values()) {
      out.push(
        makeComponent({
          ecosystem: 'npm',
          name: c.name,
          version: c.version,
          file: this.file,
          line: c.line,
          source: c.source,
          direct: c.direct ? true : directKnown ? false : undefined,
          dev: c.dev === 'dev' ? true : c.dev === 'prod' ? false : undefined,
        }),
      );
    }
    return out;
  }
}

export interface DevRoots {
  /** Nodes the project needs at run time (dependencies, optionalDependencies). */
  prod: Iterable<number>;
  /** Nodes only its devDependencies ask for. */
  dev: Iterable<number>;
  /** Nodes some manifest asks for in a way the lockfile alone cannot tell (manifest unreadable). */
  unknown: Iterable<number>;
}

/**
 * Per node: false when reachable from a run-time root, true when reachable only from dev roots,
 * undefined when reachable from an unknown root and not from a run-time one, and null when
 * unreachable (a leftover entry, or yarn's `patch:` twin of an entry that dependants name):
 * such a node says nothing about the component it shares with others.
 * Three breadth-first walks, each node visited at most once per walk.
 */
export function devByReachability(
  nodeCount: number,
  edges: readonly (readonly number[] | undefined)[],
  roots: DevRoots,
): (boolean | undefined | null)[] {
  const walk = (starts: Iterable<number>): Uint8Array => {
    const seen = new Uint8Array(nodeCount);
    const queue: number[] = [];
    for (const s of starts) {
      if (s >= 0 && s < nodeCount && !seen[s]) {
        seen[s] = 1;
        queue.push(s);
      }
    }
    for (let q = 0; q < queue.length; q++) {
      for (const t of edges[queue[q]!] ?? []) {
        if (!seen[t]) {
          seen[t] = 1;
          queue.push(t);
        }
      }
    }
    return seen;
  };
  const prod = walk(roots.prod);
  const unknown = walk(roots.unknown);
  const dev = walk(roots.dev);
  const out = new Array<boolean | undefined | null>(nodeCount);
  for (let i = 0; i < nodeCount; i++) {
    out[i] = prod[i] ? false : unknown[i] ? undefined : dev[i] ? true : null;
  }
  return out;
}

/** A package.json's dependencies by kind (name -> range as written), for the roots of the graph. */
export interface ManifestDeps {
  prod: Map<string, string>;
  dev: Map<string, string>;
  /** The manifest declares workspaces, whose own manifests it does not list. */
  hasWorkspaces: boolean;
}

/** The run-time and dev dependencies a package.json text declares; undefined when it is not a JSON object. */
export function manifestDeps(text: string): ManifestDeps | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isRecord(value)) return undefined;
  const entries = (field: string): [string, string][] => {
    const deps = value[field];
    if (!isRecord(deps)) return [];
    return Object.entries(deps).filter((e): e is [string, string] => typeof e[1] === 'string');
  };
  // Peer dependencies are not installed for the project itself, so they are no root of its own.
  const prod = new Map([...entries('optionalDependencies'), ...entries('dependencies')]);
  const dev = new Map(entries('devDependencies'));
  return { prod, dev, hasWorkspaces: value.workspaces !== undefined };
}
