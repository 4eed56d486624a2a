import { chromium, type Page } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.ts';

/**
 * A second browser profile, as new as the test's own and with no first-run
 * choice made: "another device", for restoring or importing there. Like the
 * test's own, it may not leave localhost; what it tried is recorded.
 */
export async function withFreshProfile(baseURL: string, offsiteRequests: string[], use: (page: Page) => Promise<void>): Promise<void> {
  const profileDir = await mkdtemp(path.join(os.tmpdir(), 'common-ground-profile-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    headless: true,
    viewport: { width: 1280, height: 800 },
    baseURL,
  });
  try {
    await context.route('**/*', async (route) => {
      const url = route.request().url();
      if (new URL(url).origin === new URL(baseURL).origin || url.startsWith('data:')) return route.continue();
      offsiteRequests.push(url);
      return route.abort('blockedbyclient');
    });
    await use(context.pages()[0] ?? (await context.newPage()));
  } finally {
    await context.close();
    await rm(profileDir, { recursive: true, force: true });
  }
}
