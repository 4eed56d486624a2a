import type { Locator, Page } from '@playwright/test';
import path from 'node:path';

/** Where screenshots for a person to look at go, when OWN_EXERCISE_SHOTS names a folder; otherwise none are taken. */
const SHOTS = process.env['OWN_EXERCISE_SHOTS'];

/** Screenshots at 1280×800 and 1024×768 for a person to look at, `at` scrolled into view first; back to 1280×800 after. */
export async function shoot(page: Page, name: string, at: Locator): Promise<void> {
  if (!SHOTS) return;
  for (const [width, height] of [
    [1280, 800],
    [1024, 768],
  ] as const) {
    await page.setViewportSize({ width, height });
    await at.evaluate((element) => element.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: path.join(SHOTS, `${name}-${width}x${height}.png`) });
  }
  await page.setViewportSize({ width: 1280, height: 800 });
}
