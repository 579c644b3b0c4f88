// @ts-check
/**
 * One ESLint flat config for the whole repository: type-aware typescript-eslint everywhere,
 * lit + wc rules for web components, and no focused tests anywhere.
 */
import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import noOnlyTests from 'eslint-plugin-no-only-tests';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      'storybook-static/**',
      'site/**',
      'coverage/**',
      '**/test/fixtures/**',
      '**/src/internal/data/**',
      '.pack/**',
      // Scratch output of packages/forms/test/perf/render.perf.mjs (git-ignored).
      '**/test/perf/.out/**',
      // Generated from the Custom Elements Manifest by `pnpm --filter @dvc-kit/forms cem`.
      'packages/forms/frameworks/custom-elements-jsx.d.ts',
      'packages/forms/frameworks/vue.d.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
      globals: { ...globals.node, ...globals.browser },
    },
    plugins: { 'no-only-tests': noOnlyTests },
    rules: {
      'no-only-tests/no-only-tests': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/explicit-module-boundary-types': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-globals': [
        'error',
        { name: 'eval', message: 'Shipped code runs under a strict CSP: no eval.' },
      ],
      'no-new-func': 'error',
      'no-implied-eval': 'off',
      '@typescript-eslint/no-implied-eval': 'error',
    },
  },
  {
    files: ['packages/*/src/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['packages/*/src/**/*.ts'],
    ...wc.configs['flat/recommended'],
  },
  {
    // Tests and stories may be looser about return types; they are not a public surface.
    files: ['**/*.test.ts', '**/*.stories.ts', 'test-utils/**', '**/test/**'],
    rules: {
      '@typescript-eslint/explicit-module-boundary-types': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    extends: [tseslint.configs.disableTypeChecked],
    rules: {
      '@typescript-eslint/explicit-module-boundary-types': 'off',
      '@typescript-eslint/no-require-imports': 'off',
    },
  },
);
