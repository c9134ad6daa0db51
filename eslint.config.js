import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'examples/**'] },
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
);
