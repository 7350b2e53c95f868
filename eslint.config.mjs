// ESLint (flat config): the layer order of docs/ARCHITECTURE.md, enforced. Each lib/ folder may
// import only the folders below it in LAYERS; lib/ never imports the extension's UI and never uses
// a browser global (the same engine runs in Node, in a worker and in the extension).
import { dirname, relative, resolve, sep } from 'node:path';
import tsParser from '@typescript-eslint/parser';

/** Bottom to top. */
export const LAYERS = [
  'amount',
  'model',
  'pdf',
  'findings',
  'layout',
  'html',
  'claims',
  'tables',
  'glossary',
  'rules',
  'report',
  'review',
  'compare',
  'engine',
  'extension',
  'cli',
];

const BROWSER_GLOBALS = [
  'window',
  'document',
  'navigator',
  'location',
  'localStorage',
  'sessionStorage',
  'indexedDB',
  'chrome',
  'browser',
  'alert',
  'HTMLElement',
  'DOMParser',
];

/** Entries a front imports directly, kept out of their folder's index so that the extension's bundles
 *  never carry them: Node-only code (polyfills, the stream cap, canvas crops) and pdf-lib (annotate). */
const DEEP_ALLOWED = new Set(['pdf/node', 'pdf/stream-limit', 'pdf/render-crops', 'report/annotate']);
const LIB = resolve(import.meta.dirname, 'lib');

/** An import into another lib/ folder goes through that folder's index.ts (its public surface). */
const throughIndex = {
  meta: {
    type: 'problem',
    messages: { deep: "import '{{folder}}' (its index.ts), not '{{spec}}': a folder's public surface is its index" },
  },
  create(context) {
    const file = context.filename;
    const own = relative(LIB, file).split(sep)[0];
    const check = (node) => {
      const spec = node.source?.value;
      if (typeof spec !== 'string' || !spec.startsWith('.')) return;
      const parts = relative(LIB, resolve(dirname(file), spec)).split(sep);
      if (parts[0] === '..' || parts[0] === own || parts.length < 2 || DEEP_ALLOWED.has(parts.join('/'))) return;
      context.report({ node: node.source, messageId: 'deep', data: { folder: parts[0], spec } });
    };
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check };
  },
};

const above = (i) => LAYERS.slice(i + 1);
/** Relative imports that climb out of the folder into `n` (never a same-named file of its own: './compare'). */
const patternsFor = (names) => names.flatMap((n) => ['../', '../../', '../../../'].flatMap((up) => [`${up}${n}`, `${up}${n}/**`]));

const layerRules = LAYERS.map((name, i) => ({
  files: [`lib/${name}/**/*.ts`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            group: patternsFor([...above(i), 'entrypoints', 'components']),
            message: `lib/${name} sits below this folder in the layer order (docs/ARCHITECTURE.md, eslint.config.mjs LAYERS): move the shared piece down instead.`,
          },
        ],
      },
    ],
    'no-restricted-globals': [
      'error',
      ...BROWSER_GLOBALS.map((g) => ({
        name: g,
        message: 'lib/ runs in Node and workers too: no browser globals (pass what you need in).',
      })),
    ],
  },
}));

export default [
  { ignores: ['node_modules/**', 'dist/**', '.output/**', '.wxt/**', 'bench/out/**', '.e2e/**', '.scratch/**'] },
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: { parser: tsParser, parserOptions: { ecmaVersion: 'latest', sourceType: 'module', ecmaFeatures: { jsx: true } } },
    rules: { 'no-debugger': 'error', 'no-dupe-keys': 'error', 'no-unreachable': 'error' },
  },
  ...layerRules,
  { files: ['lib/**/*.ts'], plugins: { dlens: { rules: { 'through-index': throughIndex } } }, rules: { 'dlens/through-index': 'error' } },
  {
    files: ['components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: patternsFor(['entrypoints']),
              message: 'components/ are shared UI pieces: the entrypoints use them, not the other way round.',
            },
          ],
        },
      ],
    },
  },
];
