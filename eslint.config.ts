import reactHooks from 'eslint-plugin-react-hooks';
import type { Linter } from 'eslint';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

// Import boundaries that keep the layers honest (see README, "Layers"):
// the domain core stays free of frameworks and platforms, the renderer never
// reaches into the main process, and the preload sees only the contract.

const NODE_BUILTINS = { group: ['node:*'], message: 'The domain core and the renderer run without Node.' };
const ELECTRON = { regex: '^electron(/.*)?$', message: 'Only the main process and the preload may use Electron.' };

/** What no part of the renderer may import: the host's insides, Node, build tooling, the content validator. */
const RENDERER_BASE = [
  ELECTRON,
  NODE_BUILTINS,
  {
    regex: '(^|/)electron/(?!ipc/(contract|names)\\.ts$)',
    message: 'The renderer talks to the host only through the Host interface, the IPC contract and its names.',
  },
  {
    group: ['**/electron/ipc/contract.ts'],
    allowTypeImports: true,
    message: 'The IPC contract is types only; the names both sides share are in electron/ipc/names.ts.',
  },
  { group: ['**/scripts/**'], message: 'Build tooling is not part of the app.' },
  {
    group: ['zod', 'yaml', '**/domain/content/*-schema.ts', '**/domain/content/schema-primitives.ts', '**/domain/content/load-content.ts'],
    allowTypeImports: true,
    message: 'Content is validated at build time; the renderer imports its types only, so the validator stays out of the bundle.',
  },
];

const NO_REACT = {
  group: ['react', 'react/*', 'react-dom', 'react-dom/*', 'dexie-react-hooks', 'wouter', 'wouter/*'],
  message: 'The data layer holds no components or hooks: screens live outside renderer/src/data.',
};

/**
 * The phone page (renderer/phone) loads on old phones over the room's Wi-Fi: it imports its own
 * modules, the few small domain modules it shares with the app and the round server, and its words:
 * the hand-around's and its own catalogs (handAround.json, phone.json) through the import-free
 * lookup (renderer/src/i18n/lookup.ts). Nothing else (no zod, no React, no i18next, nothing else of
 * renderer/src). Types may come from anywhere: they leave no code.
 */
const PHONE_PAGE_ONLY = {
  regex:
    '^(?!\\./[\\w-]+\\.(ts|css)$|(\\.\\./)+domain/(check-ins/(phone-round|answer-path|participant-promise)|content/vocabulary)\\.ts$|\\.\\./src/(locales/[a-z]{2}/(handAround|phone)\\.json|i18n/lookup\\.ts)$)',
  allowTypeImports: true,
  message:
    'The phone page imports only its own modules, domain/check-ins/{phone-round,answer-path,participant-promise}.ts, domain/content/vocabulary.ts and its words (src/locales/*/{handAround,phone}.json through src/i18n/lookup.ts): never zod, React, i18next or the rest of renderer/src.',
};

type Pattern = { message: string } & Record<string, unknown>;

function rendererLayer(files: string[], patterns: Pattern[], ignores: string[] = []): Linter.Config[] {
  return [
    {
      files,
      ignores,
      rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: [...RENDERER_BASE, ...patterns] }] },
    },
  ];
}

export default defineConfig(
  { ignores: ['out/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'bench-results/**'] },
  tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off',
    },
  },
  {
    // Ambient declarations of globals must use `declare var`.
    files: ['**/*.d.ts'],
    rules: { 'no-var': 'off' },
  },
  {
    files: ['domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react/*', 'react-dom', 'react-dom/*', 'wouter', 'wouter/*'],
              message: 'The domain core is pure: no React.',
            },
            { group: ['dexie', 'dexie/*', 'dexie-react-hooks'], message: 'The domain core is pure: storage belongs to the data layer.' },
            {
              group: ['i18next', 'i18next/*', 'react-i18next', 'react-i18next/*'],
              message: 'The domain core returns message keys and values; words in a language belong to the renderer (renderer/src/i18n).',
            },
            ELECTRON,
            NODE_BUILTINS,
            {
              group: ['**/renderer/**', '**/electron/**', '**/scripts/**'],
              message: 'The domain core imports nothing from the layers above it.',
            },
          ],
        },
      ],
    },
  },
  { files: ['renderer/**/*.{ts,tsx}'], ...reactHooks.configs.flat.recommended },
  // The walls between the renderer's own layers are kept by dependency-cruiser, on resolved paths
  // (.dependency-cruiser.cjs); here, what every part of the renderer may not import, and that the
  // data layer holds no components and keeps its database to itself.
  ...rendererLayer(['renderer/**/*.{ts,tsx}'], []),
  ...rendererLayer(['renderer/src/data/**/*.{ts,tsx}'], [NO_REACT]),
  // The phone page; not its build configuration, which runs in Node and imports Vite.
  ...rendererLayer(['renderer/phone/**/*.ts'], [PHONE_PAGE_ONLY], ['renderer/phone/vite.config.ts']),
  {
    files: ['renderer/src/data/app-database.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'ExportNamedDeclaration VariableDeclarator[id.name="appDatabase"], ExportSpecifier[local.name="appDatabase"]',
          message: 'The database object stays inside renderer/src/data: export repositories, never the database.',
        },
      ],
    },
  },
  {
    files: ['renderer/src/data/**/*.tsx'],
    rules: {
      'no-restricted-syntax': ['error', { selector: 'Program', message: NO_REACT.message }],
    },
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!electron$|\\.\\./ipc/(contract|names)\\.ts$)',
              message: 'The preload imports only Electron, the IPC contract and its names.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/main/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/electron/preload/**'], message: 'The main process never imports preload code.' },
            {
              // But the words of its menus and dialogs (electron/main/desktop-words.ts): the renderer's
              // "desktop" catalogs, the import-free lookup that reads them and the pseudo-language that brackets them. Nothing else.
              regex: '(^|/)renderer/(?!src/locales/[a-z]{2}/desktop\\.json$|src/i18n/(pseudo|lookup)\\.ts$)',
              message:
                'The main process never imports renderer code, but its words (renderer/src/locales/*/desktop.json, renderer/src/i18n/{lookup,pseudo}.ts).',
            },
          ],
        },
      ],
    },
  },
  {
    // The round server runs in the main process and under the web mode's server script alike.
    files: ['electron/round-server/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { ...ELECTRON, message: 'The round server is plain Node: the web mode and the tests run it without Electron.' },
            {
              group: ['**/renderer/**', '**/electron/main/**', '**/electron/preload/**'],
              message: 'The round server stands alone: main uses it, not the reverse.',
            },
          ],
        },
      ],
    },
  },
  {
    // The contract is the shape of the bridge and nothing else: no values, so nothing of the
    // host can travel into the renderer through it. Shared names live in names.ts.
    files: ['electron/ipc/contract.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...['VariableDeclaration', 'FunctionDeclaration', 'ClassDeclaration', 'TSEnumDeclaration', 'ExportDefaultDeclaration'].map(
          (selector) => ({
            selector: `Program > ${selector}, ExportNamedDeclaration > ${selector}`,
            message: 'electron/ipc/contract.ts holds types only; put run-time names in electron/ipc/names.ts.',
          }),
        ),
      ],
    },
  },
  {
    files: ['electron/ipc/names.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!\\./contract\\.ts$)',
              allowTypeImports: false,
              message: "The shared names import nothing but the contract's types.",
            },
          ],
        },
      ],
    },
  },
);
