import { posix } from 'node:path';
import { createScanner, getNodeValue, parseTree, printParseErrorCode } from 'jsonc-parser';
import { LIMITS } from '../../limits.js';
import type { Node, ParseError } from 'jsonc-parser';
import type { ComponentSource, Problem } from '../../model/types.js';
import type { ExtractResult, Extractor, SourceFile } from '../../model/extractor.js';
import { LineIndex } from '../../parse/lines.js';
import { isRecord } from '../../parse/json.js';
import { problem } from '../../model/problem.js';
import { NpmComponents, devByReachability, sourceOfReference, splitDescriptor } from '../yarn/npm-family.js';

// bun.lock, Bun's text lockfile (lockfileVersion 0 and 1; bun.sh/docs/install/lockfile and the
// BunLockFile type). It is JSON with trailing commas. `packages` is keyed by install path
// (`foo`, or `parent/foo` for a copy nested under `parent`), each value an array whose first
// element is the resolved `name@reference`:
//   npm        ["name@1.2.3", "<registry or empty>", {info}, "sha512-..."]
//   git/github ["name@github:owner/repo#sha", {info}, "<tag>"]
//   tarball    ["name@https://...", {info}]      folder ["name@file:path", {info}]
//   link       ["name@link:path", {info}]        workspace ["name@workspace:path"]
// The key is the alias the dependant uses, the first element names the real package.
// `workspaces` holds each workspace's manifest dependencies: the direct ones, split dev/run time.
//
// jsonc-parser (VS Code's) reads it: it accepts the trailing commas, gives every node's offset
// for the line, and recovers from errors, so a truncated file still yields the entries before
// the damage. An entry that overlaps a syntax error is reported and left out.

const ID = 'bun';
const ORIGIN = `extract/${ID}`;
const MAX_SYNTAX_ERRORS = 5;
const VERSIONS = new Set([0, 1]);

function prop(obj: Node | undefined, name: string): Node | undefined {
  if (obj?.type !== 'object') return undefined;
  for (const p of obj.children ?? []) {
    if (p.children?.[0]?.value === name) return p.children[1];
  }
  return undefined;
}

function depNames(manifest: Record<string, unknown>, field: string): string[] {
  const deps = manifest[field];
  return isRecord(deps) ? Object.keys(deps) : [];
}

/** `a/@s/b/c` -> ['a', '@s/b', 'c']: the package names along an install path. */
function pathNames(key: string): string[] {
  const segs = key.split('/');
  const out: string[] = [];
  for (let i = 0; i < segs.length; i++) {
    if (segs[i]!.startsWith('@') && i + 1 < segs.length) {
      out.push(`${segs[i]}/${segs[i + 1]}`);
      i++;
    } else {
      out.push(segs[i]!);
    }
  }
  return out;
}

interface PackageNode {
  key: string;
  component?: string;
  workspace: boolean;
  info?: Record<string, unknown>;
}

export const bunLock: Extractor = {
  id: ID,
  description: 'bun.lock (Bun text lockfile, lockfileVersion 0 and 1), with workspaces, aliases and nested copies',
  claims: (path) => posix.basename(path) === 'bun.lock',
  extract(file: SourceFile): ExtractResult {
    try {
      return read(file);
    } catch (err) {
      // jsonc-parser recurses once per nesting level: a hostile file can exhaust the stack.
      if (!(err instanceof RangeError)) throw err;
      const line = lineTooDeep(file.text);
      return { components: [], problems: [problem(ORIGIN, file.path, `nested too deeply to read (over ${LIMITS.maxNestingDepth} levels from this line)`, line)] };
    }
  },
};

/** Line where brackets first nest deeper than LIMITS.maxNestingDepth, by a flat scan of the tokens. */
function lineTooDeep(text: string): number {
  const scanner = createScanner(text, false);
  const EOF = 17; // jsonc-parser's SyntaxKind.EOF (a const enum, not importable here)
  let depth = 0;
  for (let t = scanner.scan(); t !== EOF; t = scanner.scan()) {
    // Only bracket tokens start with a bracket: strings start with a quote, comments with a slash.
    const c = text[scanner.getTokenOffset()];
    if (c === '{' || c === '[') {
      if (++depth > LIMITS.maxNestingDepth) return scanner.getTokenStartLine() + 1;
    } else if (c === '}' || c === ']') {
      depth--;
    }
  }
  return 1;
}

function read(file: SourceFile): ExtractResult {
    const problems: Problem[] = [];
    const lines = new LineIndex(file.text);
    const errors: ParseError[] = [];
    const root = parseTree(file.text, errors, { allowTrailingComma: true, disallowComments: false });
    errors.slice(0, MAX_SYNTAX_ERRORS).forEach((e) => {
      const what = printParseErrorCode(e.error).replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
      problems.push(problem(ORIGIN, file.path, `invalid JSON: ${what}`, lines.lineOf(e.offset)));
    });
    if (errors.length > MAX_SYNTAX_ERRORS) {
      const next = lines.lineOf(errors[MAX_SYNTAX_ERRORS]!.offset);
      problems.push(problem(ORIGIN, file.path, `${errors.length - MAX_SYNTAX_ERRORS} more syntax errors not listed, the next at this line`, next));
    }
    const errorOffsets = errors.map((e) => e.offset).sort((a, b) => a - b);
    const damaged = (n: Node): boolean => {
      // First error at or after the node's start, by binary search.
      let lo = 0;
      let hi = errorOffsets.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (errorOffsets[mid]! < n.offset) lo = mid + 1;
        else hi = mid;
      }
      return lo < errorOffsets.length && errorOffsets[lo]! <= n.offset + n.length;
    };
    if (root?.type !== 'object') {
      problems.push(problem(ORIGIN, file.path, 'not a bun.lock: expected a JSON object with lockfileVersion and packages', 1));
      return { components: [], problems };
    }
    const versionNode = prop(root, 'lockfileVersion');
    const version: unknown = versionNode ? getNodeValue(versionNode) : undefined;
    if (typeof version !== 'number' || !VERSIONS.has(version)) {
      problems.push(
        problem(
          ORIGIN,
          file.path,
          `lockfileVersion ${JSON.stringify(version) ?? 'missing'} is not 0 or 1; read as version 1`,
          versionNode ? lines.lineOf(versionNode.offset) : 1,
          'warning',
        ),
      );
    }

    // Workspaces: path -> manifest subset, for versions of workspace packages and the roots.
    const workspaces = new Map<string, Record<string, unknown>>();
    const wsNode = prop(root, 'workspaces');
    for (const p of wsNode?.type === 'object' ? (wsNode.children ?? []) : []) {
      const path = p.children?.[0]?.value;
      const value = p.children?.[1] ? (getNodeValue(p.children[1]) as unknown) : undefined;
      if (typeof path === 'string' && isRecord(value) && !damaged(p)) workspaces.set(path, value);
    }

    const out = new NpmComponents(file.path);
    const nodes: PackageNode[] = [];
    const index = new Map<string, number>();
    const packages = prop(root, 'packages');
    if (packages && packages.type !== 'object') {
      problems.push(problem(ORIGIN, file.path, '`packages` is not an object', lines.lineOf(packages.offset)));
    }
    for (const p of packages?.type === 'object' ? (packages.children ?? []) : []) {
      const keyNode = p.children?.[0];
      const key: unknown = keyNode?.value;
      const line = lines.lineOf((keyNode ?? p).offset);
      if (typeof key !== 'string') continue;
      if (damaged(p)) {
        problems.push(problem(ORIGIN, file.path, `packages["${key}"]: entry damaged by a syntax error; not read`, line));
        continue;
      }
      const value: unknown = p.children?.[1] ? getNodeValue(p.children[1]) : undefined;
      const ident = Array.isArray(value) ? value[0] : undefined;
      const d = typeof ident === 'string' ? splitDescriptor(ident) : undefined;
      if (!Array.isArray(value) || !d || d.rest === '') {
        problems.push(problem(ORIGIN, file.path, `packages["${key}"]: expected ["name@version", ...]; not read`, line));
        continue;
      }
      const ref = d.rest;
      // The project's own root package is no dependency.
      if (ref === 'root:') continue;
      const source: ComponentSource = sourceOfReference(ref);
      // Git, tarball and path packages have no registry version; their reference identifies them.
      let version = ref;
      const info = source === 'registry' ? value[2] : value[1];
      if (source === 'workspace') {
        const ws = workspaces.get(ref.slice('workspace:'.length));
        const wsVersion = ws?.version;
        if (typeof wsVersion !== 'string' || wsVersion === '') {
          // No version to show; the workspace is still a node of the graph.
          index.set(key, nodes.length);
          nodes.push({ key, workspace: true });
          continue;
        }
        version = wsVersion;
      }
      index.set(key, nodes.length);
      nodes.push({
        key,
        component: out.add(d.name, version, source, line),
        workspace: source === 'workspace',
        ...(isRecord(info) ? { info } : {}),
      });
    }

    // Node's resolution, as bun lays packages out: a dependency of the package installed at
    // `a/b` is `a/b/dep` if that exists, else `a/dep`, else the hoisted `dep`.
    const resolveFrom = (names: string[], dep: string): number | undefined => {
      for (let n = names.length; n >= 0; n--) {
        const hit = index.get([...names.slice(0, n), dep].join('/'));
        if (hit !== undefined) return hit;
      }
      return undefined;
    };
    const edges = nodes.map((node) => {
      // A workspace's dependencies are roots of their own (below), split by kind.
      if (node.workspace || !node.info) return [];
      const optionalPeers = new Set(Array.isArray(node.info.optionalPeers) ? node.info.optionalPeers : []);
      const names = pathNames(node.key);
      const targets: number[] = [];
      for (const field of ['dependencies', 'optionalDependencies', 'peerDependencies']) {
        for (const dep of depNames(node.info, field)) {
          if (field === 'peerDependencies' && optionalPeers.has(dep)) continue;
          const t = resolveFrom(names, dep);
          if (t !== undefined) targets.push(t);
        }
      }
      return targets;
    });

    const roots = { prod: [] as number[], dev: [] as number[], unknown: [] as number[] };
    for (const [path, manifest] of workspaces) {
      // Copies nested under a workspace package are keyed by its name.
      const owner = path === '' || typeof manifest.name !== 'string' ? [] : [manifest.name];
      const add = (field: string, into: number[]): void => {
        for (const dep of depNames(manifest, field)) {
          const t = resolveFrom(owner, dep);
          if (t === undefined) continue;
          const component = nodes[t]!.component;
          if (component !== undefined) out.markDirect(component);
          into.push(t);
        }
      };
      add('dependencies', roots.prod);
      add('optionalDependencies', roots.prod);
      add('devDependencies', roots.dev);
    }
    if (workspaces.size > 0) {
      const dev = devByReachability(nodes.length, edges, roots);
      nodes.forEach((node, i) => {
        const d = dev[i];
        if (node.component !== undefined && d !== null) out.noteDev(node.component, d);
      });
    }
    return { components: out.build(workspaces.size > 0), problems };
}
