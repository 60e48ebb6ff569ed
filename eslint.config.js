// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/**
 * Import boundaries between the layers (ARCHITECTURE.md, "Invariants"), as
 * `no-restricted-imports` patterns. A file gets one rule set only (ESLint does not
 * merge a rule's options across blocks), so every block is built by `imports()`,
 * which adds the rules every file shares. Each rule is tested by a fixture that
 * breaks it: src/lint/boundaries.test.ts.
 */

/** Modules that do I/O (or talk to a database or the network). */
const IO_MODULES = [
  'node:*',
  'fs',
  'fs/*',
  'path',
  'os',
  'http',
  'https',
  'net',
  'child_process',
  'worker_threads',
  'better-sqlite3',
  'pg',
  'kysely',
  'hono',
  'hono/*',
  '@hono/*',
];

/** Every CSV goes through one writer that neutralises formulas (src/exchange/csv-write.ts). */
const CSV_WRITER = {
  group: ['csv-stringify', 'csv-stringify/*'],
  message: 'Write CSV with csvText() from src/exchange/csv-write.ts: it neutralises spreadsheet formulas.',
};

/** @param {Array<{ group: string[]; message: string; allowTypeImports?: boolean }>} patterns */
const imports = (...patterns) => ({ 'no-restricted-imports': ['error', { patterns: [...patterns, CSV_WRITER] }] });

/** Tests may drive a layer from outside (e.g. a use case through the CLI). */
const TESTS = ['**/*.test.ts'];

const layer = (/** @type {string[]} */ ...names) => names.flatMap((n) => [`**/${n}/**`, `**/${n}`]);

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'test-output/', 'data/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      ...imports(),
    },
  },
  {
    files: ['src/exchange/csv-write.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // The domain and every folder in it: pure, and below every other layer.
    files: ['src/domain/**/*.ts'],
    ignores: TESTS,
    rules: imports(
      { group: IO_MODULES, message: 'src/domain is pure: it imports nothing that does I/O.' },
      {
        group: layer('disclosure', 'app', 'store', 'web', 'http', 'cli'),
        message: 'src/domain is the innermost layer: it imports nothing from disclosure, app, store, web, http or cli.',
      },
    ),
  },
  {
    // What leaves for each audience (the public presenters): pure, over the domain only.
    files: ['src/disclosure/**/*.ts'],
    ignores: TESTS,
    rules: imports(
      { group: IO_MODULES, message: 'src/disclosure is pure: it imports nothing that does I/O.' },
      {
        group: layer('app', 'store', 'web', 'http', 'cli'),
        allowTypeImports: true,
        message:
          'src/disclosure sits on the domain: it imports nothing from app, store, web, http or cli (types of the ports only).',
      },
    ),
  },
  {
    files: ['src/app/**/*.ts'],
    ignores: TESTS,
    rules: imports({
      group: layer('web', 'http', 'cli'),
      message: 'Use cases (src/app) import no shell: nothing from web, http or cli.',
    }),
  },
  {
    files: ['src/store/**/*.ts'],
    ignores: [...TESTS, 'src/store/bench/**'],
    rules: imports({
      group: layer('app'),
      allowTypeImports: true,
      message: 'The store implements the ports of src/app/ports.ts (import type only) and imports no use case.',
    }),
  },
  {
    files: ['src/web/**/*.ts'],
    ignores: TESTS,
    rules: imports({
      group: ['**/store/*', '!**/store/sqlite.js'],
      message: 'src/web reads through use cases (src/app); of the store it may only open one (store/sqlite.js).',
    }),
  },
  {
    // The shells never decide themselves what the public sees: src/disclosure does (default deny).
    files: ['src/web/**/*.ts', 'src/http/**/*.ts'],
    ignores: TESTS,
    rules: {
      'no-restricted-syntax': [
        'error',
        ...["MemberExpression[property.name='visibility']", "ObjectPattern > Property[key.name='visibility']"].map(
          (selector) => ({
            selector,
            message:
              'Web and HTTP code does not read `visibility`: what the public may see is decided in src/disclosure (isPublic, publicIds, the presenters).',
          }),
        ),
      ],
    },
  },
  {
    files: ['bin/**/*.js'],
    languageOptions: { globals: { process: 'readonly' } },
  },
  {
    // The browser scripts (staff passkeys and person form, the report form's proof of work), served as written.
    files: ['src/web/assets/**/*.js'],
    languageOptions: {
      globals: {
        window: 'readonly',
        document: 'readonly',
        navigator: 'readonly',
        fetch: 'readonly',
        btoa: 'readonly',
        atob: 'readonly',
        PublicKeyCredential: 'readonly',
        TextEncoder: 'readonly',
      },
    },
  },
);
