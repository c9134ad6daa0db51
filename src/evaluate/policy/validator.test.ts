import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../../test/helpers/shared.js';
import { SCHEMAS, generate } from '../../../scripts/gen-policy-validator.mjs';

describe('the ahead-of-time compiled policy validators', () => {
  it.each(SCHEMAS)('$out is what ajv compiles from $schema today', ({ schema, out }) => {
    const cwd = process.cwd();
    process.chdir(REPO_ROOT);
    try {
      expect(readFileSync(join(REPO_ROOT, out), 'utf8'), 'run npm run gen:validator').toBe(generate(schema));
    } finally {
      process.chdir(cwd);
    }
  });
});
