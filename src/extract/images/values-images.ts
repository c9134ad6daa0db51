import type { Location } from '../../model/types.js';
import type { MapNode, ValueEntry, ValueNode } from './value-tree.js';

// Images in Helm values, read the way charts conventionally consume them: an `image:` block of
// `registry` / `repository` / `tag` / `digest` (Bitnami and `helm create` style), `repository` +
// `imageTag` (older stable charts), or an `image:` string. A block without a tag takes the
// chart's appVersion where the chart says so: the top-level `image` of `helm create`, or a block
// whose comments say the tag defaults to appVersion. An image is located at its `image:` key
// (for a block, the line that opens it), in each values file that writes a part of it, the file
// that sets the version first. Shared by Helm charts and Kustomize's helmCharts.

export interface ValuesImageOptions {
  /** Top-level keys whose subchart Helm does not install, with why. */
  disabled?: ReadonlyMap<string, { key: string; reason: string }>;
  /** `global.imageRegistry`: replaces the `registry:` of every block that has one. */
  globalRegistry?: string;
  /** The chart's appVersion, asked for only when a tagless block defaults to it. */
  appVersion?: () => string | undefined;
  onFound(found: Found): void;
  /** A top-level block left out because its subchart is off, at its key. */
  onSkipped?(sub: { key: string; reason: string }, at: Location): void;
}

/** A key under which charts put an image: `image`, `initContainerImage`, `sidecarImage`. */
function isImageKey(key: string | undefined): boolean {
  return key !== undefined && key.toLowerCase().endsWith('image');
}

export const nonEmpty = (s: string | undefined): string | undefined => (s === undefined || s.trim() === '' ? undefined : s.trim());

/** The text of a scalar value (null and collections have none). */
const textOf = (v: ValueNode | undefined): string | undefined => (v?.kind === 'scalar' ? v.text : undefined);

export interface Found {
  reference: string;
  /** Where the rendered value is written: first the file that sets the version, then any other that contributes. */
  locations: Location[];
  /** The chart appVersion supplied the tag. */
  fromAppVersion: boolean;
  /** A block with neither tag nor digest: the template supplies them (a subchart's own defaults, say). */
  tagless?: boolean;
  /** The keys from the top of the values to the image. */
  path: readonly string[];
}

/** Each place once, in order. */
function places(list: (Location | undefined)[]): Location[] {
  const out: Location[] = [];
  for (const l of list) if (l && !out.some((o) => o.file === l.file && o.line === l.line)) out.push(l);
  return out;
}

/** The image an `image:`-style block names, or undefined when the map is not one. */
function imageBlock(
  map: MapNode,
  key: string | undefined,
  entry: ValueEntry | undefined,
  topLevel: boolean,
  opts: Pick<ValuesImageOptions, 'appVersion' | 'globalRegistry'>,
): Found | undefined {
  const globalRegistry = opts.globalRegistry;
  const e = map.entries;
  const repoNode = e.get('repository')?.value ?? (isImageKey(key) ? e.get('name')?.value : undefined);
  const repo = nonEmpty(textOf(repoNode));
  if (repo === undefined || repoNode === undefined) return undefined;
  const tagNode = e.get('tag')?.value ?? e.get('imageTag')?.value;
  const digestNode = e.get('digest')?.value;
  if (!isImageKey(key) && !e.has('tag') && !e.has('imageTag') && !e.has('digest') && !e.has('registry')) return undefined;
  // Bitnami's common.images.image: global.imageRegistry wins over the block's own registry.
  const registryNode = e.get('registry')?.value;
  const registry = e.has('registry') ? (globalRegistry ?? nonEmpty(textOf(registryNode))) : undefined;
  let tag = nonEmpty(textOf(tagNode));
  const digest = nonEmpty(textOf(digestNode));
  let fromAppVersion = false;
  if (tag === undefined && digest === undefined && (topLevel || (entry?.mentionsAppVersion ?? map.mentionsAppVersion))) {
    const appVersion = opts.appVersion?.();
    if (appVersion !== undefined) {
      tag = appVersion;
      fromAppVersion = true;
    }
  }
  const reference = (registry ? `${registry}/` : '') + repo + (tag ? `:${tag}` : '') + (digest ? `@${digest}` : '');
  // The block is the declaration: its `image:` key (in each file that writes a part of the
  // image), or `repository:` where the key says nothing.
  const at = (field: ValueNode | undefined): Location | undefined => {
    if (field === undefined || (field.kind === 'scalar' && field.text === undefined)) return undefined;
    const decl = isImageKey(key) ? entry?.keys.find((k) => k.file === field.file) : repoNode.file === field.file ? repoNode : undefined;
    const where = decl ?? field;
    return { file: where.file, line: where.line };
  };
  const used = [digest ? digestNode : undefined, tag && !fromAppVersion ? tagNode : undefined, repoNode, registry && registry !== globalRegistry ? registryNode : undefined];
  return { reference, locations: places(used.map(at)), fromAppVersion, ...(tag === undefined && digest === undefined ? { tagless: true } : {}), path: [] };
}

/** Every image of one value tree, in file order; each node once, so alias-heavy values stay linear. */
export function imagesInValues(tree: ValueNode, opts: ValuesImageOptions): void {
  const visited = new Set<ValueNode>();
  // Explicit stack, each node once: deep or alias-heavy values files stay linear.
  const stack: { node: ValueNode; key?: string; entry?: ValueEntry; depth: number; imageTag?: ValueNode; path: readonly string[] }[] = [{ node: tree, depth: 0, path: [] }];
  while (stack.length > 0) {
    const item = stack.pop()!;
    const node = item.node;
    if (visited.has(node)) continue;
    visited.add(node);
    const off = item.depth === 1 && item.key !== undefined ? opts.disabled?.get(item.key) : undefined;
    if (off) {
      opts.onSkipped?.(off, { file: item.entry?.file ?? node.file, line: item.entry?.line ?? node.line });
      continue;
    }
    if (node.kind === 'scalar') {
      if (!isImageKey(item.key) || typeof node.value !== 'string') continue;
      const written = nonEmpty(node.value);
      if (written === undefined) continue;
      // Older stable charts: `image: mysql` with `imageTag: 5.7` beside it.
      const imageTag = nonEmpty(textOf(item.imageTag));
      const withTag = item.key === 'image' && imageTag !== undefined && !/[:@]/.test(written);
      const tagAt = withTag && item.imageTag ? { file: item.imageTag.file, line: item.imageTag.line } : undefined;
      opts.onFound({ reference: written + (withTag ? `:${imageTag}` : ''), locations: places([tagAt?.file !== node.file ? tagAt : undefined, { file: node.file, line: node.line }]), fromAppVersion: false, path: item.path });
      continue;
    }
    // Children are pushed in reverse so that images come out in file order.
    if (node.kind === 'seq') {
      for (const child of [...node.items].reverse()) stack.push({ node: child, key: item.key, depth: item.depth + 1, path: item.path });
      continue;
    }
    const block = imageBlock(node, item.key, item.entry, item.depth === 1 && item.key === 'image', opts);
    if (block) {
      opts.onFound({ ...block, path: item.path });
      continue;
    }
    const imageTag = node.entries.get('imageTag')?.value;
    for (const [key, entry] of [...node.entries].reverse()) {
      stack.push({ node: entry.value, key, entry, depth: item.depth + 1, path: [...item.path, key], ...(imageTag ? { imageTag } : {}) });
    }
  }
}
