import type { DistroHint } from '../../model/purl-parse.js';
import { jsonPathKey, objectLines } from '../../parse/json-lines.js';
import type { ExtractResult } from '../../model/extractor.js';
import { problem } from '../../model/problem.js';
import { isRecord } from '../../parse/json.js';
import { child, childText, childrenNamed, parseXmlTree } from '../../parse/xml-tree.js';
import type { XmlElement } from '../../parse/xml-tree.js';
import { PurlCollector } from '../purl-collector.js';

// CycloneDX 1.4 to 1.6 (cyclonedx.org/docs/1.6/json, .../xml): `components`, each of which may
// hold `components` of its own, every package named by its `purl`. The distribution a container
// image runs comes from the component of type `operating-system` (syft writes it among the
// components, others under `metadata.component`): its name is os-release's ID, its version the
// VERSION_ID. The XML form is read through the same DTD-less saxes tree as POMs.

const ORIGIN = 'extract/sbom';
/** Nesting deeper than this is left out with a warning; real SBOMs nest two or three levels. */
const MAX_NESTING = 32;

interface Node {
  type: string | undefined;
  name: string | undefined;
  version: string | undefined;
  purl: string | undefined;
  line: number;
  children: Node[];
  /** Its own components were below MAX_NESTING and are not read. */
  cut?: boolean;
}

function distroOf(nodes: readonly Node[], meta: Node | undefined): DistroHint | undefined {
  const all: Node[] = [];
  const walk = (list: readonly Node[]): void => {
    for (const n of list) {
      all.push(n);
      walk(n.children);
    }
  };
  walk(nodes);
  if (meta) all.push(meta);
  const os = all.find((n) => n.type === 'operating-system' && n.name);
  return os ? { id: os.name!.toLowerCase(), ...(os.version ? { version: os.version } : {}) } : undefined;
}

function collect(file: string, nodes: readonly Node[], meta: Node | undefined, format: string): ExtractResult {
  const out = new PurlCollector(ORIGIN, file, format, distroOf(nodes, meta));
  const walk = (list: readonly Node[], depth: number): void => {
    for (const n of list) {
      if (n.purl) out.add(n.purl, n.line);
      else if (n.type !== 'operating-system') out.skip('no purl', `${n.type ?? 'component'} "${n.name ?? '(unnamed)'}${n.version ? `@${n.version}` : ''}" has no purl`, n.line);
      if (n.cut || (n.children.length > 0 && depth >= MAX_NESTING)) out.note(problem(ORIGIN, file, `components nested more than ${MAX_NESTING} deep are not read`, n.line, 'warning'));
      else walk(n.children, depth + 1);
    }
  };
  walk(nodes, 1);
  return out.result();
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);

export function readCycloneDxJson(file: string, text: string, doc: Record<string, unknown>): ExtractResult {
  const lines = objectLines(text, (p) => p[0] === 'components' || (p[0] === 'metadata' && p[1] === 'component' && p.length === 2));
  const toNodes = (v: unknown, path: (string | number)[], depth: number): Node[] => {
    if (!Array.isArray(v)) return [];
    return v.flatMap((c, i) => {
      if (!isRecord(c)) return [];
      const at = [...path, i];
      return [
        {
          type: str(c.type),
          name: str(c.name),
          version: str(c.version),
          purl: str(c.purl),
          line: lines.get(jsonPathKey(at)) ?? 1,
          children: depth < MAX_NESTING ? toNodes(c.components, [...at, 'components'], depth + 1) : [],
          ...(depth >= MAX_NESTING && Array.isArray(c.components) && c.components.length > 0 ? { cut: true } : {}),
        },
      ];
    });
  };
  const meta = isRecord(doc.metadata) && isRecord(doc.metadata.component) ? doc.metadata.component : undefined;
  const metaNode: Node | undefined = meta
    ? { type: str(meta.type), name: str(meta.name), version: str(meta.version), purl: undefined, line: lines.get(jsonPathKey(['metadata', 'component'])) ?? 1, children: [] }
    : undefined;
  return collect(file, toNodes(doc.components, ['components'], 1), metaNode, `CycloneDX ${str(doc.specVersion) ?? ''}`.trim());
}

function xmlNode(el: XmlElement): Node {
  return {
    type: el.attributes.type,
    name: childText(el, 'name')?.text || undefined,
    version: childText(el, 'version')?.text || undefined,
    purl: childText(el, 'purl')?.text || undefined,
    line: el.line,
    children: childrenNamed(child(el, 'components'), 'component').map(xmlNode),
  };
}

/** A CycloneDX XML document; another XML document under a claimed name is a noted skip. */
export function readCycloneDxXml(file: string, text: string): ExtractResult {
  const tree = parseXmlTree(text);
  const root = tree.root;
  if (!root || root.name !== 'bom' || !/^http:\/\/cyclonedx\.org\/schema\/bom\//.test(root.attributes.xmlns ?? '')) {
    if (tree.error && !root) return { components: [], problems: [problem(ORIGIN, file, `invalid XML: ${tree.error.message}`, tree.error.line)] };
    return { components: [], problems: [problem(ORIGIN, file, 'not a CycloneDX document (no <bom> root in the CycloneDX namespace); skipped', root?.line ?? 1, 'notice')] };
  }
  const meta = child(child(root, 'metadata'), 'component');
  const result = collect(file, childrenNamed(child(root, 'components'), 'component').map(xmlNode), meta ? xmlNode(meta) : undefined, `CycloneDX ${(root.attributes.xmlns ?? '').replace(/^.*\//, '')} XML`);
  if (tree.error) {
    result.problems.unshift(problem(ORIGIN, file, `invalid XML: ${tree.error.message}; components after this line are not read`, tree.error.line));
  }
  return result;
}
