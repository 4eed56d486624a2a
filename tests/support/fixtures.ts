import { test as base, chromium, type BrowserContext, type Page } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.ts';

interface Fixtures {
  /**
   * The test's own profile directory. A test may close `context` itself and
   * then read the files the browser left here; the directory is removed
   * after the test either way.
   */
  profileDir: string;
  context: BrowserContext;
  page: Page;
  /** Requests the page tried to make to anywhere but the local test server. */
  offsiteRequests: string[];
}

interface Options {
  /**
   * The vault's first-run choice, as already made: 'off' (the default) skips
   * it, as for someone who chose "Not now"; null leaves the profile as a
   * first run finds it, for the vault's own tests.
   */
  vaultChoice: 'off' | null;
}

/**
 * Every test runs in a brand-new Chromium profile on disk, so IndexedDB,
 * storage persistence and reloads behave as they do for a real user, and no
 * test sees another's data. Any request that leaves localhost is aborted
 * and recorded: the app must never send anything anywhere.
 */
export const test = base.extend<Fixtures & Options>({
  vaultChoice: ['off', { option: true }],
  // Playwright requires an object pattern here even when no fixture is used.
  offsiteRequests: async ({}, use) => {
    await use([]);
  },
  // Playwright requires an object pattern here even when no fixture is used.
  profileDir: async ({}, use) => {
    const profileDir = await mkdtemp(path.join(os.tmpdir(), 'common-ground-profile-'));
    try {
      await use(profileDir);
    } finally {
      await rm(profileDir, { recursive: true, force: true });
    }
  },
  context: async ({ baseURL, viewport, bypassCSP, profileDir, vaultChoice, locale }, use) => {
    // The browser found once for the whole run (tests/support/chromium.ts); the run stops before any test when there is none.
    const context = await chromium.launchPersistentContext(profileDir, {
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
      headless: true,
      viewport,
      // Only for tests that inject a testing tool's script (the virtual screen reader): the app's own CSP forbids it.
      bypassCSP,
      ...(baseURL ? { baseURL } : {}),
      // A test may set the browser's language (test.use({ locale: 'es-ES' })): navigator.languages and Accept-Language follow.
      ...(locale ? { locale } : {}),
    });
    if (vaultChoice === 'off') {
      await context.addInitScript(() => {
        if (localStorage.getItem('common-ground:vault') === null) localStorage.setItem('common-ground:vault', 'off');
      });
    }
    try {
      await use(context);
    } finally {
      // Closing twice is harmless: a test that read the profile's files has closed it already.
      await context.close();
    }
  },
  page: async ({ context, offsiteRequests, baseURL }, use) => {
    const ownOrigin = new URL(baseURL ?? 'http://127.0.0.1/').origin;
    await context.route('**/*', async (route) => {
      const url = route.request().url();
      if (new URL(url).origin === ownOrigin || url.startsWith('data:')) return route.continue();
      offsiteRequests.push(url);
      return route.abort('blockedbyclient');
    });
    const page = context.pages()[0] ?? (await context.newPage());
    await use(page);
  },
});

export { expect } from '@playwright/test';
