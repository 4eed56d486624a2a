import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // Some tests run real builds and CLIs; give them room on a 2-core machine.
    testTimeout: 60_000,
  },
});
