// Import cycles, type-only imports included: a cycle of types is still two
// modules that cannot be understood, or moved, one without the other.
// ESLint keeps the layers (eslint.config.ts); this keeps each layer acyclic.
// dependency-cruiser rather than import-x/no-cycle, which skips `import type`.
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
  ],
  options: {
    // Count `import type` too: the compiler's view of the imports, before types are erased.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['^out/', '^node_modules/'] },
  },
};
