import { defineConfig } from 'vitest/config';

// CI asks for a machine-readable result (PW_VITEST_JSON) to print its closing count from.
const json = process.env.PW_VITEST_JSON;

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    reporters: json ? ['default', ['json', { outputFile: json }]] : ['default'],
  },
});
