// Compiles each shipped policy schema into a standalone ajv validator (src/evaluate/policy/
// validate-<version>.cjs), so a run loads a small generated function instead of compiling the
// schema with ajv at start-up (about a third of the action's cold start). A test regenerates the
// code and fails when the committed file differs: after editing a schema, run
// `npm run gen:validator`.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv2020Module from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import standaloneModule from 'ajv/dist/standalone/index.js';

const Ajv2020 = Ajv2020Module.default ?? Ajv2020Module;
const addFormats = addFormatsModule.default ?? addFormatsModule;
const standalone = standaloneModule.default ?? standaloneModule;

export const SCHEMAS = [{ schema: 'policies/schema/patch-policy.v1.json', out: 'src/evaluate/policy/validate-v1.cjs' }];

/** The generated source for one schema; the same options the loader's messages rely on. */
export function generate(schemaPath) {
  const ajv = new Ajv2020({ allErrors: true, verbose: true, strict: true, allowUnionTypes: true, code: { source: true } });
  addFormats(ajv, { mode: 'full', formats: ['date', 'uri'] });
  // VS Code's and yaml-language-server's keyword for a readable pattern failure.
  ajv.addKeyword({ keyword: 'patternErrorMessage', schemaType: 'string' });
  const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')));
  return `// Generated from ${schemaPath} by scripts/gen-policy-validator.mjs. Do not edit.\n/* eslint-disable */\n${standalone(ajv, validate)}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const { schema, out } of SCHEMAS) writeFileSync(out, generate(schema));
}
