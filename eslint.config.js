import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  // ../shared is the data corpus beside the checkout, never part of it; fixtures are inputs, not code.
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'examples/**', '../shared/**', '**/__fixtures__/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-control-regex': 'off',
    },
  },
  {
    // Type-aware rules where the code is async-heavy: a promise nobody awaits loses its errors.
    files: ['**/*.ts', '**/*.mts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
    },
  },
);
