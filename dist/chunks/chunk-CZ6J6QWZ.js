import { createRequire as __pwCreateRequire } from 'node:module';
const require = __pwCreateRequire(import.meta.url);
import {
  problem
} from "./chunk-EKFZ64EB.js";
import {
  require_dist
} from "./chunk-JAWFNDPB.js";
import {
  LIMITS
} from "./chunk-TVC7EKD4.js";
import {
  __toESM
} from "./chunk-X2NN6BVW.js";

// src/parse/yaml.ts
var import_yaml = __toESM(require_dist(), 1);
function tooDeep(tokens, max) {
  const stack = tokens.map((t) => [t, 0]);
  while (stack.length > 0) {
    const [token, depth] = stack.pop();
    if (token.type === "document") {
      if (token.value) stack.push([token.value, depth]);
    } else if (token.type === "block-map" || token.type === "block-seq" || token.type === "flow-collection") {
      if (depth >= max) return token.offset;
      for (const item of token.items) {
        if (item.key) stack.push([item.key, depth + 1]);
        if (item.value) stack.push([item.value, depth + 1]);
      }
    }
  }
  return void 0;
}
function reportDuplicateKeys(doc) {
  const found = [];
  const stack = [doc.contents];
  while (stack.length > 0) {
    const node = stack.pop();
    if ((0, import_yaml.isMap)(node)) {
      const seen = /* @__PURE__ */ new Set();
      for (const pair of node.items) {
        const key = pair.key;
        const id = (0, import_yaml.isScalar)(key) ? key.value : key;
        if (seen.has(id) && !(typeof id === "number" && Number.isNaN(id))) {
          const pos = (0, import_yaml.isScalar)(key) && key.range ? key.range[0] : node.range?.[0] ?? 0;
          found.push(new import_yaml.YAMLParseError([pos, pos + 1], "DUPLICATE_KEY", "Map keys must be unique"));
        }
        seen.add(id);
        stack.push(pair.value, pair.key);
      }
    } else if ((0, import_yaml.isSeq)(node)) {
      for (const item of node.items) stack.push(item);
    }
  }
  if (found.length === 0) return;
  doc.errors.push(...found);
  doc.errors.sort((a, b) => a.pos[0] - b.pos[0]);
}
function parseYamlStream(text, options, single = false) {
  const parser = new import_yaml.Parser(options.lineCounter?.addNewLine);
  let tokens;
  try {
    tokens = Array.from(parser.parse(text));
  } catch (err) {
    if (err instanceof RangeError) return { refused: { at: parser.offset, reason: TOO_DEEP } };
    throw err;
  }
  const at = tooDeep(tokens, LIMITS.maxNestingDepth);
  if (at !== void 0) return { refused: { at, reason: TOO_DEEP } };
  const errors = tokens.filter((t) => t.type === "error");
  if (errors.length > LIMITS.yamlMaxErrors) {
    return { refused: { at: errors[0].offset, reason: `with more than ${LIMITS.yamlMaxErrors} syntax errors, the first at this line` } };
  }
  const ownCheck = options.uniqueKeys === void 0 || options.uniqueKeys === true;
  const composer = new import_yaml.Composer(ownCheck ? { ...options, uniqueKeys: false } : options);
  const docs = [];
  const stackTraceLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    for (const doc of composer.compose(tokens, single, single ? text.length : -1)) {
      if (ownCheck) reportDuplicateKeys(doc);
      if (single && docs[0]) {
        const range = [doc.range[0], doc.range[1]];
        docs[0].errors.push(new import_yaml.YAMLParseError(range, "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
        break;
      }
      docs.push(doc);
    }
  } finally {
    Error.stackTraceLimit = stackTraceLimit;
  }
  return { docs };
}
var TOO_DEEP = `nested deeper than ${LIMITS.maxNestingDepth} levels`;
function refusedProblem(origin, file, line, reason) {
  return problem(origin, file, `YAML ${reason}; not read`, line);
}
function parseYaml(text, origin, file) {
  const lines = new import_yaml.LineCounter();
  const problems = [];
  let docs;
  try {
    const stream = parseYamlStream(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
    if (stream.docs === void 0) {
      problems.push(refusedProblem(origin, file, lines.linePos(stream.refused.at).line, stream.refused.reason));
      return { docs: [], lines, problems };
    }
    docs = stream.docs;
  } catch (err) {
    problems.push(problem(origin, file, `invalid YAML: ${err.message}`));
    return { docs: [], lines, problems };
  }
  const good = [];
  for (const doc of docs) {
    const first = doc.errors[0];
    if (first) {
      const line = first.linePos?.[0]?.line ?? lines.linePos(first.pos[0]).line;
      problems.push(problem(origin, file, `invalid YAML: ${first.message.split("\n")[0]}`, line));
      continue;
    }
    good.push(doc);
  }
  return { docs: good, lines, problems };
}
function toJs(doc, origin, file, problems, lines) {
  try {
    return doc.toJS({ maxAliasCount: LIMITS.yamlMaxAliases });
  } catch (err) {
    let alias;
    (0, import_yaml.visit)(doc, { Alias: (_, node) => (alias = node, import_yaml.visit.BREAK) });
    problems.push(problem(origin, file, `YAML document not read: ${err.message}`, lineOfNode(alias ?? doc.contents, lines)));
    return void 0;
  }
}
function lineOfNode(node, lines) {
  if (!node || !node.range) return void 0;
  return lines ? lines.linePos(node.range[0]).line : void 0;
}

export {
  import_yaml,
  parseYamlStream,
  refusedProblem,
  parseYaml,
  toJs,
  lineOfNode
};
