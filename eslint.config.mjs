import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/** Modules the renderer must never reach: it talks to main only through window.coachbook. */
const mainOnlyModules = ['electron', 'typeorm', 'better-sqlite3', 'fs', 'path', 'child_process', 'os', 'crypto'];

export const rendererImportRule = {
  'no-restricted-imports': [
    'error',
    {
      paths: mainOnlyModules.map((name) => ({
        name,
        message:
          'The renderer must not import main-process or Node modules; call the API through src/renderer/src/api.',
      })),
      patterns: [
        { group: ['node:*'], message: 'The renderer must not import Node modules.' },
        {
          group: ['typeorm/*', 'electron/*', '**/main/**', '**/preload/**'],
          message: 'The renderer must not import main-process code.',
        },
      ],
    },
  ],
};

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'build/**', '.bench-data/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' },
        { selector: 'TSEnumDeclaration', message: 'Use a string union instead of an enum.' },
      ],
    },
  },
  {
    files: [
      'src/main/**',
      'src/preload/**',
      'scripts/**',
      'tests/main/**',
      'tests/e2e/**',
      'tests/electron/**',
      '*.config.*',
      '*.mjs',
    ],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['src/renderer/**', 'tests/renderer/**'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules, ...rendererImportRule },
  },
  {
    // CommonJS on purpose: Node loads it directly, before any TypeScript compiler is registered.
    files: ['**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Config files must default-export for their tools.
    files: ['*.config.*', 'eslint.config.mjs'],
    rules: { 'no-restricted-syntax': 'off' },
  },
);
