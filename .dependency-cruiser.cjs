// What `npm run lint` checks on resolved paths, static, on-demand and
// type-only imports alike: no import cycles, and the walls between the
// renderer's layers (see README, "Layers a linter keeps"). ESLint keeps the
// rest (the domain's purity, the host boundary, the IPC contract). This runs
// on what an import resolves to, so no spelling of a path slips through.
// dependency-cruiser rather than import-x: import-x/no-cycle skips `import type`.

const FEATURES = '^renderer/src/features/';
const SHARED = '^renderer/src/(ui|autosave|run-engine|navigation|host|content|markdown)/';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Modules that import each other, directly or through others. Split the shared part into a module both can import.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'features-meet-through-index',
      severity: 'error',
      comment: "A feature uses another feature only through that feature's index.ts, never its inner files.",
      from: { path: `${FEATURES}([^/]+)/` },
      to: { path: FEATURES, pathNot: [`${FEATURES}$1/`, `${FEATURES}[^/]+/index\\.ts$`] },
    },
    {
      name: 'database-stays-in-data',
      severity: 'error',
      comment:
        'Screens reach stored data only through the repositories in renderer/src/data/app-database.ts (their types may be imported).',
      from: { path: '^renderer/src/', pathNot: '^renderer/src/data/' },
      to: {
        path: ['^renderer/src/data/(database|backup|session-bundles|[a-z-]+-repository)\\.ts$', '(^|/)node_modules/dexie/'],
        dependencyTypesNot: ['type-only'],
      },
    },
    {
      name: 'data-below-everything',
      severity: 'error',
      comment: 'The data layer imports the domain, the content and itself: nothing of the screens above it.',
      from: { path: '^renderer/src/data/' },
      to: { path: '^renderer/src/', pathNot: ['^renderer/src/data/', '^renderer/src/content/'] },
    },
    {
      name: 'shared-below-features',
      severity: 'error',
      comment: 'The shared folders sit below the features and the shell: they may not import them.',
      from: { path: SHARED },
      to: { path: `${FEATURES}|^renderer/src/app/` },
    },
    {
      name: 'features-below-shell',
      severity: 'error',
      comment: 'Only the app shell (renderer/src/app, main.tsx) composes screens; routes and marks are in renderer/src/navigation.',
      from: { path: FEATURES },
      to: { path: '^renderer/src/app/' },
    },
  ],
  options: {
    // Count `import type` too: the compiler's view of the imports, before types are erased.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['^out/'] },
  },
};
