import type { BrowserContext, Page } from '@playwright/test';
import { openParticipantDisplay, planSession } from '../support/app-steps.ts';
import { expect, test } from '../support/fixtures.ts';

// The participant display shows only what the window running the session
// sends it, and reads nothing from the database: with the vault on it holds
// no key, and the room must never see a lock screen or anything private.

const VIEWPORTS = [
  { width: 1280, height: 800 },
  { width: 1024, height: 768 },
];

/** Counts, on display pages only, every attempt to open a database: the display must make none. */
async function countDatabaseOpens(context: BrowserContext) {
  await context.addInitScript(() => {
    if (!location.hash.startsWith('#/display/')) return;
    const opens = { count: 0 };
    Object.assign(window, { databaseOpens: opens });
    const open = IDBFactory.prototype.open;
    IDBFactory.prototype.open = function (this: IDBFactory, ...args: Parameters<IDBFactory['open']>) {
      opens.count++;
      return open.apply(this, args);
    };
  });
}

const databaseOpens = (display: Page) =>
  display.evaluate(() => (window as unknown as { databaseOpens: { count: number } }).databaseOpens.count);

/** Plans and starts a session of the agreements exercise; returns its id. */
async function startRun(page: Page): Promise<string> {
  await planSession(page, { title: 'Display test', exercises: ['Agreements and the floor protocol (25 minutes)'], breaks: 1 });
  const sessionId = new URL(page.url()).hash.split('/').pop()!;
  await page.getByRole('link', { name: 'Run this session' }).click();
  await page.getByRole('button', { name: 'Start' }).click();
  return sessionId;
}

/** The neutral screen: nothing in it at all, not a word, not a spinner. */
async function expectBlank(display: Page) {
  const main = display.getByRole('main', { name: 'Participant display' });
  await expect(main).toBeVisible();
  await expect(main).toHaveText('');
  await expect(main.locator('*')).toHaveCount(0);
  await expect(display.locator('body')).toHaveText('');
}

test('a display opened after the run has started asks and shows the current step, reading nothing from the database', async ({
  page,
  context,
}) => {
  await countDatabaseOpens(context);
  const sessionId = await startRun(page);
  await page.keyboard.press('n');
  await page.keyboard.press('n');
  const title = (await page.locator('#run-step-title').textContent())!;
  const prompt = (await page.getByRole('complementary', { name: 'Beside the script' }).locator('.step__prompt .markdown').textContent())!;

  // Typed into a new tab, as someone setting up the projector late would: no window.open, nothing handed over.
  const display = await context.newPage();
  await display.goto(`/#/display/${sessionId}`);
  await expect(display.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(display.locator('.display__prompt')).toHaveText(prompt);
  await expect(display.getByTestId('display-timer')).toHaveText(/^\d+:\d\d$/);
  // It follows the run view from there.
  await page.keyboard.press('n');
  const following = (await page.locator('#run-step-title').textContent())!;
  expect(following).not.toBe(title);
  await expect(display.getByRole('heading', { level: 1 })).toHaveText(following);

  // The facilitator glances at the plan: the room keeps the step it was on.
  await page.getByRole('link', { name: '← Back to the plan' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Plan: Display test');
  await expect(display.getByRole('heading', { level: 1 })).toHaveText(following);
  expect(await databaseOpens(display)).toBe(0);
  for (const viewport of VIEWPORTS) {
    await display.setViewportSize(viewport);
    await display.screenshot({ path: test.info().outputPath(`display-step-${viewport.width}.png`) });
  }

  // With no run view open anywhere, a display opened now has nothing to show, and says nothing.
  await display.reload();
  await expectBlank(display);
  expect(await databaseOpens(display)).toBe(0);
});

test('a withdrawal blanks the display at once: no step, no title, no word about why', async ({ page, context }) => {
  await startRun(page);
  const display = await openParticipantDisplay(page, context);
  const title = (await page.locator('#run-step-title').textContent())!;
  await expect(display.getByRole('heading', { level: 1 })).toHaveText(title);

  // What withdrawFromDisplays() sends (the vault calls it as it locks; tests/unit/run/display-channel.test.ts pins the message).
  await page.evaluate(() => {
    const channel = new BroadcastChannel('common-ground:display');
    channel.postMessage({ kind: 'withdraw' });
    channel.close();
  });
  await expectBlank(display);
  for (const viewport of VIEWPORTS) {
    await display.setViewportSize(viewport);
    await display.screenshot({ path: test.info().outputPath(`display-blank-${viewport.width}.png`) });
  }
});
