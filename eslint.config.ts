import reactHooks from 'eslint-plugin-react-hooks';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

// Import boundaries that keep the layers honest (see README, "Layers"):
// the domain core stays free of frameworks and platforms, the renderer never
// reaches into the main process, and the preload sees only the contract.

const NODE_BUILTINS = { group: ['node:*'], message: 'The domain core and the renderer run without Node.' };
const ELECTRON = { regex: '^electron(/.*)?$', message: 'Only the main process and the preload may use Electron.' };

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
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
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
              group: [
                'zod',
                'yaml',
                '**/domain/content/*-schema.ts',
                '**/domain/content/schema-primitives.ts',
                '**/domain/content/load-content.ts',
              ],
              allowTypeImports: true,
              message: 'Content is validated at build time; the renderer imports its types only, so the validator stays out of the bundle.',
            },
          ],
        },
      ],
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
            { group: ['**/renderer/**', '**/electron/preload/**'], message: 'The main process never imports renderer or preload code.' },
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
