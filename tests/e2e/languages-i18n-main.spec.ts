import type { Page } from '@playwright/test';
import { expect, test } from '../support/fixtures.ts';

// The desktop app's own menus and dialogs are drawn by the main process, which
// cannot know the facilitator's language unless the page says it. Here the
// page runs with a stand-in for the desktop bridge (as the preload would
// expose it) that records what the page tells it; the words the main process
// then uses are unit-tested (tests/unit/electron/desktop-words.test.ts, menu.test.ts).

/** Exposes a desktop bridge that answers like an idle desktop app and records every setUiLanguage call. */
async function standInDesktopBridge(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const told: unknown[] = [];
    Object.assign(window, { __toldLanguages: told });
    const answers: Record<string, (...args: unknown[]) => unknown> = {
      getAppInfo: async () => ({ name: 'Common Ground', version: '0.0.0', platform: 'linux', shell: 'desktop' }),
      onLockRequested: () => () => {},
      setUiLanguage: async (...args: unknown[]) => void told.push(...args),
    };
    // Anything else the page asks of the host at start (a carried vault, say) finds nothing.
    const bridge = new Proxy({}, { get: (_target, name) => answers[String(name)] ?? (async () => null) });
    Object.assign(window, { commonGroundHost: bridge });
  });
}

const told = (page: Page) => page.evaluate(() => (window as unknown as { __toldLanguages: unknown[] }).__toldLanguages);

test.describe('with the browser set to Spanish', () => {
  test.use({ locale: 'es-ES' });

  test('the page tells the desktop app its language at start and on every change, so the menus and dialogs follow', async ({ page }) => {
    await standInDesktopBridge(page);
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Sesiones' })).toBeVisible();
    await expect(page.getByText('Aplicación de escritorio', { exact: false })).toBeVisible();
    await expect.poll(() => told(page)).toEqual(['es']);

    await page.getByRole('combobox', { name: 'Idioma' }).selectOption('en');
    await expect(page.getByRole('heading', { level: 1, name: 'Sessions' })).toBeVisible();
    await expect.poll(() => told(page)).toEqual(['es', 'en']);

    // The choice is kept on this device, and the next start says it again.
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Sessions' })).toBeVisible();
    await expect.poll(() => told(page)).toEqual(['en']);
  });
});

test('the pseudo-language is passed on as it is, so the menus show it bracketed', async ({ page }) => {
  await standInDesktopBridge(page);
  await page.addInitScript(() => localStorage.setItem('common-ground:language', 'en-XA'));
  await page.goto('/');
  await expect(page.locator('main h1')).toHaveText(/^\[.*\]$/);
  await expect.poll(() => told(page)).toEqual(['en-XA']);
});
