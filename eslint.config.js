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
      // A locale's collation depends on LANG and ICU data: reports must sort the same everywhere
      // (model/order.ts byCodePoint, or a locale named in the call).
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name='localeCompare'][arguments.length<2]",
          message: 'localeCompare without a fixed locale sorts differently per machine; use byCodePoint (src/model/order.ts) or name the locale',
        },
        {
          selector: "NewExpression[callee.object.name='Intl'][callee.property.name='Collator'][arguments.length=0]",
          message: 'Intl.Collator without a fixed locale sorts differently per machine',
        },
      ],
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
