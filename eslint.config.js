import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';

const FEATURES = ['console', 'stage', 'log', 'plan'];
const layer = (path) => `./src/${path}`;

export default tseslint.config(
  { ignores: ['dist', 'dist-bench', 'dist-*', 'tests/lint/fixtures', 'node_modules', 'test-results', 'playwright-report'] },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    languageOptions: { ecmaVersion: 2023, globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // The sync server: plain ESM for Node 20 with JSDoc types (tsconfig.server.json checks them).
    files: ['server/**/*.mjs'],
    extends: [js.configs.recommended],
    languageOptions: { ecmaVersion: 2023, sourceType: 'module', globals: globals.node },
    rules: { 'no-unused-vars': ['error', { argsIgnorePattern: '^_' }] },
  },
  {
    // The domain is pure: no React, no store, no date library, no browser.
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['react', 'react-dom', 'react/*', 'react-dom/*'], message: 'src/domain stays free of React.' },
            { group: ['zustand', 'zustand/*'], message: 'src/domain stays free of the store.' },
            { group: ['dayjs', 'dayjs/*'], message: 'src/domain takes time as numbers; format at the edges.' },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'window', message: 'No browser APIs in src/domain.' },
        { name: 'document', message: 'No browser APIs in src/domain.' },
        { name: 'localStorage', message: 'No browser APIs in src/domain.' },
        { name: 'navigator', message: 'No browser APIs in src/domain.' },
        { name: 'performance', message: 'Time is an argument in src/domain.' },
      ],
      'no-restricted-properties': ['error', { object: 'Date', property: 'now', message: 'Time is an argument in src/domain: take `now`.' }],
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'Time is an argument in src/domain: take `now`.' },
      ],
    },
  },
  {
    // Layers point one way: domain ← store, platform ← wiring (src/app/wiring) ← features, shared UI ← app shell.
    // The store and the platform never import each other; nothing imports in a circle.
    files: ['src/**/*.{ts,tsx}', 'tests/lint/fixtures/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'] })],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: layer('domain'),
              from: ['store', 'platform', 'features', 'app', 'ui', 'i18n'].map(layer),
              message: 'src/domain imports only src/domain.',
            },
            {
              target: layer('platform'),
              from: ['store', 'features', 'app', 'ui', 'i18n'].map(layer),
              message: 'src/platform wraps the browser and knows nothing of the store: connect them in src/app/wiring.',
            },
            {
              target: layer('store'),
              from: ['platform', 'features', 'app', 'ui'].map(layer),
              message: 'src/store takes what it needs from outside as factory arguments: connect it in src/app/wiring.',
            },
            {
              target: layer('i18n'),
              from: ['store', 'platform', 'features', 'app', 'ui'].map(layer),
              message: 'src/i18n holds words only.',
            },
            { target: layer('ui'), from: ['features', 'app'].map(layer), message: 'Shared UI sits below the features and the shell.' },
            {
              target: layer('app/wiring'),
              from: ['features', 'ui'].map(layer),
              message: 'Wiring connects the store to the outside; it renders nothing.',
            },
            ...FEATURES.map((feature) => ({
              target: layer(`features/${feature}`),
              from: [...FEATURES.filter((f) => f !== feature).map((f) => layer(`features/${f}`)), layer('app')],
              message: 'Features do not import each other nor the shell: shared logic moves down into the domain, the store or src/ui.',
            })),
          ],
        },
      ],
    },
  },
  {
    // Only the clock module reads the system clock (the domain's own rules above say the same for it).
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/platform/clock.ts', 'src/domain/**'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'Read the time through src/platform/clock (or take `now`).' },
        { object: 'performance', property: 'now', message: 'Read the time through src/platform/clock (or take `now`).' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'Read the time through src/platform/clock.' },
      ],
    },
  },
  {
    // No barrel files.
    files: ['src/**/index.ts', 'src/**/index.tsx'],
    rules: {
      'no-restricted-syntax': ['error', { selector: 'ExportAllDeclaration', message: 'No barrel files: import the file you mean.' }],
    },
  },
);
