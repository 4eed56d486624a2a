import { defineConfig } from '@playwright/test';
import { PHONE_HOST } from './tests/support/phone-host.ts';

// E2E_PORT lets two checkouts on one machine run their suites side by side.
const WEB_PORT = Number(process.env['E2E_PORT'] ?? 4317);

// End-to-end tests drive the Chromium found by tests/support/chromium.ts
// (Playwright's own where installed, CHROMIUM_PATH, or the system's) against
// the production renderer build on localhost; with none, the run stops
// before any test. Each test gets its own fresh profile directory: see
// tests/support/fixtures.ts.
export default defineConfig({
  testDir: 'tests',
  testMatch: ['e2e/**/*.spec.ts', 'electron/**/*.spec.ts'],
  globalSetup: './tests/support/global-setup.ts',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: true,
  reporter: [['list'], ['./tests/support/closing-summary-reporter.ts']],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${WEB_PORT}/`,
    viewport: { width: 1280, height: 800 },
    trace: 'retain-on-failure',
  },
  webServer: {
    // Phone rounds for the tests: phones are sent to cg-room.test, which their browser maps to loopback.
    command: `npx tsx scripts/serve-web.ts --no-build --port ${WEB_PORT} --phone-rounds ${PHONE_HOST}`,
    url: `http://127.0.0.1:${WEB_PORT}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
