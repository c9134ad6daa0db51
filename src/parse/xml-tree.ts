import { SaxesParser } from 'saxes';

// A small element tree with lines, built from saxes events. saxes (the strict XML 1.0 parser
// jsdom uses) reports line numbers for every event and never processes a DTD: entity declarations
// in a DOCTYPE are not expanded, so a billion-laughs document only yields "undefined entity".
// The tree stops at the first well-formedness error: after one, saxes goes on but its idea of
// which element is open can be wrong, and a wrong parent would be a silent wrong answer.

export interface XmlElement {
  name: string;
  /** Line of the start tag's name. */
  line: number;
  /** Character data directly inside the element, untrimmed. */
  text: string;
  children: XmlElement[];
  /** False when the document ended (or broke) before the end tag: its text may be cut short. */
  closed: boolean;
  /** Attributes as written (names with their prefixes), for formats that keep data in them. */
  attributes: Record<string, string>;
}

export interface XmlTree {
  root?: XmlElement;
  /** The first error, where it was found; nothing after it is in the tree. */
  error?: { line: number; message: string };
}

/** Elements nested deeper than this are left out; no POM comes close. */
const MAX_DEPTH = 64;

export function parseXmlTree(text: string): XmlTree {
  const parser = new SaxesParser({ position: true });
  const tree: XmlTree = {};
  const stack: XmlElement[] = [];
  // Elements below MAX_DEPTH are counted, not kept, so end tags still pair up.
  let skipped = 0;
  parser.on('error', (err) => {
    if (tree.error) return;
    tree.error = { line: parser.line, message: err.message.replace(/^\d+:\d+: /, '').replace(/\.$/, '') };
  });
  parser.on('opentagstart', (tag) => {
    if (tree.error) return;
    if (skipped > 0 || stack.length >= MAX_DEPTH) {
      skipped++;
      return;
    }
    const el: XmlElement = { name: tag.name, line: parser.line, text: '', children: [], closed: false, attributes: {} };
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(el);
    else if (!tree.root) tree.root = el;
    stack.push(el);
  });
  parser.on('opentag', (tag) => {
    if (tree.error || skipped > 0) return;
    const el = stack[stack.length - 1];
    if (el) el.attributes = tag.attributes as Record<string, string>;
  });
  const addText = (t: string): void => {
    if (tree.error || skipped > 0) return;
    const el = stack[stack.length - 1];
    if (el) el.text += t;
  };
  parser.on('text', addText);
  parser.on('cdata', addText);
  parser.on('closetag', () => {
    if (tree.error) return;
    if (skipped > 0) {
      skipped--;
      return;
    }
    const el = stack.pop();
    if (el) el.closed = true;
  });
  try {
    parser.write(text).close();
  } catch (err) {
    // saxes only throws when no error handler is set; kept as a last guard.
    tree.error ??= { line: parser.line, message: (err as Error).message };
  }
  return tree;
}

/** Child elements with this name, in document order. */
export function childrenNamed(el: XmlElement | undefined, name: string): XmlElement[] {
  return el ? el.children.filter((c) => c.name === name) : [];
}

/** The first child with this name (closed or not: containers are walked even when cut short). */
export function child(el: XmlElement | undefined, name: string): XmlElement | undefined {
  return el?.children.find((c) => c.name === name);
}

/** Trimmed text of the first closed child with this name; undefined when absent or cut short. */
export function childText(el: XmlElement | undefined, name: string): { text: string; line: number } | undefined {
  const c = el?.children.find((x) => x.name === name);
  if (!c || !c.closed) return undefined;
  return { text: c.text.trim(), line: c.line };
}
