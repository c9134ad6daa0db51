import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The corpus suite (`npm run test:corpus`): the `*.corpus.test.ts` files, which read the whole
// shared corpus of real public data kept beside the repository (../shared/data). Without it
// the suite refuses to run rather than pass with nothing tested.
const shared = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'shared', 'data');
if (!existsSync(shared)) {
  console.error(`test:corpus: the shared corpus is not there (${shared}); these tests need it. The default suite is \`npm test\`.`);
  process.exit(1);
}
const json = process.env.PW_VITEST_JSON;

export default defineConfig({
  test: {
    include: ['src/**/*.corpus.test.ts', 'test/**/*.corpus.test.ts'],
    passWithNoTests: false,
    env: { PW_TEST_SUITE: 'corpus' },
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
    reporters: json ? ['default', ['json', { outputFile: json }]] : ['default'],
  },
});
