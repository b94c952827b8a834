import js from '@eslint/js';
import boundaries from 'eslint-plugin-boundaries';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * The layers, lowest first; each may import only those below it:
 *   engine ← i18n ← shared ← app (shell) ← features ← root (composition) ← main/prerender
 * A feature never imports another feature. scripts/ (Node) may use the engine, never the UI.
 */
export const layers = [
  { type: 'engine', pattern: 'src/engine' },
  { type: 'i18n', pattern: 'src/i18n' },
  { type: 'shared', pattern: 'src/shared' },
  { type: 'app', pattern: 'src/app' },
  { type: 'feature', pattern: 'src/features/*', capture: ['name'] },
  { type: 'root', pattern: 'src/root' },
  { type: 'entry', pattern: 'src/*.{ts,tsx}', mode: 'file' },
  { type: 'scripts', pattern: 'scripts' },
];

const ui = ['i18n', 'shared', 'app', 'feature', 'root', 'entry'];

/** Each policy's message names the rule that was broken. */
const layerPolicies = [
  {
    from: { type: 'engine' },
    disallow: { to: { type: [...ui, 'scripts'] } },
    message: 'the engine never imports the UI or the scripts (engine is the lowest layer)',
  },
  {
    from: { type: 'i18n' },
    disallow: { to: { type: ['shared', 'app', 'feature', 'root', 'entry', 'scripts'] } },
    message: 'i18n imports only the engine',
  },
  {
    from: { type: 'shared' },
    disallow: { to: { type: ['app', 'feature', 'root', 'entry', 'scripts'] } },
    message: 'src/shared never imports app or features (pass what it needs as props or context)',
  },
  {
    from: { type: 'app' },
    disallow: { to: { type: ['feature', 'root', 'entry', 'scripts'] } },
    message: 'the app shell never imports features (only src/root puts them together)',
  },
  {
    from: { type: 'feature' },
    disallow: { to: { type: 'feature', captured: { name: '!{{ from.captured.name }}' } } },
    message: 'features must not import each other (move what both need to src/shared, or wire them in src/root)',
  },
  {
    from: { type: 'feature' },
    disallow: { to: { type: ['root', 'entry', 'scripts'] } },
    message: 'features never import the composition root or the scripts',
  },
  {
    from: { type: 'scripts' },
    disallow: { to: { type: ui } },
    message: 'scripts use the engine, never the UI',
  },
];

/** The clock, read in any of the usual ways. */
const clockReads = [
  {
    selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
    message: 'the engine never reads the clock: take `today` (an IsoDate) as an argument',
  },
  {
    selector: "NewExpression[callee.name='Date'][arguments.length=0]",
    message: 'the engine never reads the clock: take `today` (an IsoDate) as an argument',
  },
  {
    selector: "CallExpression[callee.name='Date']",
    message: 'the engine never reads the clock: take `today` (an IsoDate) as an argument',
  },
  {
    selector: "MemberExpression[object.name='performance'][property.name='now']",
    message: 'the engine never reads the clock: take `today` (an IsoDate) as an argument',
  },
];

export default tseslint.config(
  { ignores: ['dist', 'coverage', 'test-results', 'reports', 'node_modules', '.stryker-tmp'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/**/*.tsx'],
    plugins: { 'jsx-a11y': jsxA11y },
    rules: jsxA11y.flatConfigs.recommended.rules,
  },
  {
    // Hooks live in .ts files too (use-phrase.ts, session.ts).
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}', 'scripts/**/*.ts'],
    plugins: { boundaries },
    settings: {
      'boundaries/elements': layers,
      'import/resolver': { typescript: { project: './tsconfig.json' } },
      'boundaries/legacy-warnings': false,
    },
    rules: {
      'boundaries/dependencies': ['error', { default: 'allow', policies: layerPolicies }],
    },
  },
  {
    // The engine is pure: no React, no DOM-facing app code, no clock.
    files: ['src/engine/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['react', 'react-*', 'react/*'], message: 'the engine never depends on React' },
            { group: ['node:*'], message: 'the engine runs in the browser too: no Node modules' },
          ],
        },
      ],
      'no-restricted-syntax': ['error', ...clockReads],
    },
  },
);
