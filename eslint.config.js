// @ts-check
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = [
  'node:*',
  'fs',
  'fs/*',
  'path',
  'os',
  'child_process',
  'crypto',
  'http',
  'https',
  'net',
  'url',
  'stream',
  'util',
  'worker_threads',
  'zlib',
  'buffer',
  'events',
];

/** Layers import only downwards: shared ← electron, shared ← renderer; never across. */
const boundary = (/** @type {string[]} */ patterns, /** @type {string} */ message) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }],
});

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'node_modules/**',
      'coverage/**',
      'test-results/**',
      'playwright-report/**',
      'build/**/*.js',
      'docs/server-setup-validate.js' /* a CouchDB function expression, not a module */,
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-confusing-void-expression': 'off',
      '@typescript-eslint/no-unnecessary-condition': ['error', { allowConstantLoopConditions: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
      'no-console': 'off',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: boundary(
      [...nodeBuiltins, 'electron', 'react', 'react-dom', '**/electron/**', '**/renderer/**'],
      'shared/ is pure TypeScript: no Node, DOM, Electron, or imports from electron/ and renderer/.',
    ),
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...boundary(
        [...nodeBuiltins, 'electron', '**/electron/**'],
        'The renderer is a sandboxed web page: it reaches main only through window.ripoti.',
      ),
    },
  },
  {
    // Shared pieces sit below the screens (issue #19): a component that needs something of a
    // screen means that thing belongs in components/. Repeats the renderer's own boundary,
    // because a later no-restricted-imports replaces an earlier one for the same files.
    files: ['renderer/src/components/**/*.ts', 'renderer/src/components/**/*.tsx'],
    rules: boundary(
      [...nodeBuiltins, 'electron', '**/electron/**', '**/screens/**', '**/screens'],
      'renderer/src/components/ imports nothing from screens/: move what both need into components/ (or shared/).',
    ),
  },
  {
    // Every word the officer sees goes through i18next (issue #7): text, and the attributes a
    // screen reader or tooltip reads, may not be string literals in JSX. Symbols and numbers
    // ("·", "–", "%") carry no letter and pass.
    name: 'ripoti/i18n-no-literal-strings',
    files: ['renderer/**/*.tsx'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...[
          'JSXText[value=/\\p{L}/u]',
          ':matches(JSXElement, JSXFragment) > JSXExpressionContainer > Literal[value=/\\p{L}/u]',
          ':matches(JSXElement, JSXFragment) > JSXExpressionContainer > :matches(LogicalExpression, ConditionalExpression) > Literal[value=/\\p{L}/u]',
          ':matches(JSXElement, JSXFragment) > JSXExpressionContainer > TemplateLiteral > TemplateElement[value.raw=/\\p{L}/u]',
          'JSXAttribute[name.name=/^(aria-label|aria-description|aria-roledescription|aria-valuetext|aria-placeholder|title|alt|placeholder|label)$/] > Literal[value=/\\p{L}/u]',
        ].map((selector) => ({
          selector,
          message: "Visible text must go through i18next: t('namespace.key'), with the English in locales/en.json.",
        })),
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: boundary(['**/renderer/**'], 'The main process never imports renderer code.'),
  },
  {
    // The README's promise: services are plain Node, tested directly and run by the CLI. Only
    // setup/ (and window/) touch Electron; services never reach up into setup/, ipc/ or window/.
    files: ['electron/main/services/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['electron', 'electron-store', 'electron-updater'].map((name) => ({
            name,
            message: 'electron/main/services/ is plain Node: pass what Electron provides in from electron/main/setup/.',
          })),
          patterns: [
            { group: ['**/renderer/**'], message: 'The main process never imports renderer code.' },
            {
              regex: '^((\\.\\./)+|@/electron/main/)(setup|ipc|window|security)/',
              message: 'Services are the bottom layer of main: setup/ and ipc/ use them, never the other way.',
            },
          ],
        },
      ],
    },
  },
  {
    // ipcMain.handle only in the one module that derives handlers from the contract.
    files: ['electron/**/*.ts'],
    ignores: ['electron/main/setup/ipc.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.object.name='ipcMain']",
          message: 'Register IPC through the contract (electron/main/setup/ipc.ts).',
        },
      ],
    },
  },
  {
    files: ['tests/**/*.ts', 'tests/**/*.tsx'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    // Playwright fixtures must destructure their (empty) dependencies with `{}`.
    rules: { 'no-empty-pattern': 'off' },
  },
);
