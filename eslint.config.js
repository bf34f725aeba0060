// @ts-check
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Type-aware linting of the TypeScript in src/, scripts/ and tests/ and of the components' frontmatter; the client
 * scripts inside components are linted without types (eslint-plugin-astro hands them over as separate files).
 */
export default defineConfig(
  // ESLint does not read .gitignore: build output and caches are listed again. Contributed content and test
  // fixtures are inputs, not code; the stock site is Astro's starter, kept as it is for the benchmark.
  {
    ignores: [
      'dist/',
      'dist-shards/',
      'dist-shards-whole/',
      '.test-dist/',
      '.astro/',
      '.scratch/',
      'tests/.artifacts/',
      'content/',
      'tests/fixtures/',
      'scripts/bench/stock-site/',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  astro.configs.recommended,
  {
    languageOptions: {
      globals: globals.node,
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // An `async` function that awaits nothing still turns a throw into a rejection, as the interfaces it
      // implements (search sources, loaders) expect.
      '@typescript-eslint/require-await': 'off',
      // `const { path: _path, ...rest }` drops a key; `for (const _ of …)` only runs an iterator.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true, varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['tests/**/*.ts'],
    // Vitest types its asymmetric matchers (`expect.closeTo`, `expect.stringContaining`) as `any`.
    rules: { '@typescript-eslint/no-unsafe-assignment': 'off' },
  },
  {
    files: ['**/*.astro'],
    languageOptions: {
      // astro-eslint-parser builds its own program from the tsconfig rather than asking the project service.
      parserOptions: { projectService: false, project: './tsconfig.json', extraFileExtensions: ['.astro'] },
    },
    // The parser types template markup (`{list.map((item) => <li>…</li>)}`) and other components' props as
    // `any`, so these rules would flag most templates; `astro check` type-checks the components in full.
    rules: {
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  { files: ['**/*.astro/*.ts', '**/*.astro/*.js'], extends: [tseslint.configs.disableTypeChecked] },
  // CommonJS configuration read by a tool (dependency-cruiser), outside the TypeScript project.
  {
    files: ['**/*.cjs'],
    extends: [tseslint.configs.disableTypeChecked],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
