import { defineConfig } from 'vitest/config';

// The default suite (`npm test`): everything it reads is inside the repository, so a fresh clone
// passes it. Tests over the whole shared corpus of real data are `*.corpus.test.ts` files, run by
// `npm run test:corpus` (vitest.corpus.config.ts).
// CI asks for a machine-readable result (PW_VITEST_JSON) to print its closing count from.
const json = process.env.PW_VITEST_JSON;

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: ['**/node_modules/**', '**/*.corpus.test.ts'],
    env: { PW_TEST_SUITE: 'default' },
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    reporters: json ? ['default', ['json', { outputFile: json }]] : ['default'],
  },
});
