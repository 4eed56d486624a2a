import type { Page } from '@playwright/test';
import { finishHandAround, openCheckInRound, planSession } from '../support/app-steps.ts';
import { expect, test } from '../support/fixtures.ts';

const NOTE = 'Watch the quiet corner by the window.';
const CONFIRMATION = 'Only finish once the device is back';

/** Anything of the facilitator's screen: the run view, its check-in panel (with "Close round"), the step note. */
const FACILITATOR_SCREEN = '.run, .check-in-panel, #step-note';

/** Runs a session with a step note, opens a hand-around round, and hands the device round. */
async function startHandAround(page: Page) {
  await planSession(page, { title: 'Hand it round', exercises: ['Agreements and the floor protocol (25 minutes)'] });
  await page.getByRole('link', { name: 'Run this session' }).click();
  await page.getByRole('button', { name: 'Start' }).click();
  await page.locator('#step-note').fill(NOTE);
  await openCheckInRound(page, ['Respect and empowerment']);
  await page.getByRole('link', { name: 'Hand the device round' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your turn');
  await expect(page.locator(FACILITATOR_SCREEN)).toHaveCount(0);

  // From here on, note anything of the facilitator's screen that is put on the page, even for a moment.
  await page.evaluate((selector) => {
    const seen: string[] = [];
    (window as unknown as { facilitatorSeen: string[] }).facilitatorSeen = seen;
    new MutationObserver((records) => {
      for (const record of records)
        for (const node of record.addedNodes) {
          if (!(node instanceof Element)) continue;
          if (node.matches(selector) || node.querySelector(selector)) seen.push(node.outerHTML.slice(0, 80));
          if (node.textContent?.includes('Close round')) seen.push('Close round');
        }
    }).observe(document.body, { subtree: true, childList: true });
  }, FACILITATOR_SCREEN);
}

async function expectNothingOfTheFacilitatorsScreen(page: Page) {
  await expect(page.locator(FACILITATOR_SCREEN)).toHaveCount(0);
  await expect(page.getByText('Close round')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { facilitatorSeen: string[] }).facilitatorSeen)).toEqual([]);
}

/** Back was pressed: the hand-around is still on screen and asks first, with focus on staying. */
async function expectConfirmation(page: Page) {
  const alert = page.getByRole('alert').filter({ hasText: CONFIRMATION });
  await expect(alert).toBeVisible();
  await expect(alert.getByRole('link', { name: 'Finish the hand-around' })).toBeVisible();
  await expect(alert.getByRole('button', { name: 'Not yet' })).toBeFocused();
  await expectNothingOfTheFacilitatorsScreen(page);
}

test('Back during the hand-around, by any means, asks first and never shows the facilitator’s screen', async ({ page }) => {
  await startHandAround(page);

  await page.goBack();
  await expectConfirmation(page);
  await page.getByRole('button', { name: 'Not yet' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your turn');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await expectNothingOfTheFacilitatorsScreen(page);

  // The mouse's back button, as the browser itself handles it.
  const cdp = await page.context().newCDPSession(page);
  for (const type of ['mousePressed', 'mouseReleased'] as const)
    await cdp.send('Input.dispatchMouseEvent', {
      type,
      x: 20,
      y: 20,
      button: 'back',
      buttons: type === 'mousePressed' ? 8 : 0,
      clickCount: 1,
    });
  await expectConfirmation(page);
  await page.getByRole('button', { name: 'Not yet' }).click();

  // Alt+Left: the page does nothing with it itself (headless Chromium has no browser shortcut for it to go back by).
  await page.keyboard.press('Alt+ArrowLeft');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your turn');
  await expectNothingOfTheFacilitatorsScreen(page);

  // And the page's own history.back().
  await page.evaluate(() => history.back());
  await expectConfirmation(page);

  // The facilitator, with the device back, finishes: their screen returns as it was.
  await page.getByRole('link', { name: 'Finish the hand-around' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Run: Hand it round');
  await expect(page.getByRole('button', { name: 'Close round and show results' })).toBeVisible();
  await expect(page.locator('#step-note')).toHaveValue(NOTE);
});

test('Back in the middle of someone’s answers keeps them, and the run view’s shortcuts do nothing during the hand-around', async ({
  page,
}) => {
  await startHandAround(page);
  await page.getByRole('button', { name: 'Someone from a community most affected by this work' }).click();
  const first = page.locator('fieldset.scale-item').first();
  await first.locator('input[value="4"]').check();

  // Run-view shortcuts (next step, skip, check-ins) must not reach a run view behind the hand-around.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  for (const key of ['n', 's', 'k', 'ArrowRight', '?']) await page.keyboard.press(key);
  await expectNothingOfTheFacilitatorsScreen(page);

  await page.goBack();
  await expectConfirmation(page);
  await page.getByRole('button', { name: 'Not yet' }).click();
  await expect(first.locator('input[value="4"]')).toBeChecked();
  await expect(first.locator('input[value="4"]')).toBeFocused();
  // On through the rest of the path, which is as long as anyone's.
  for (let screen = 1; screen <= 4; screen++) await page.getByRole('button', { name: 'Next →' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Screen 5 of 5');
  await page.getByRole('button', { name: 'Submit my answers' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thank you');

  await page.getByRole('button', { name: 'I’m the next person' }).click();
  await finishHandAround(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Run: Hand it round');
  // The shortcuts pressed during the hand-around moved nothing.
  await expect(page.locator('.run__progress')).toContainText('step 1 of');
  await expect(page.getByRole('status').filter({ hasText: 'Check-in round open' })).toContainText('1 turn taken');
});

test('the app opened afresh during the hand-around, at any address, opens on the hand-around, whose round lived only in the first window', async ({
  page,
  context,
}) => {
  await startHandAround(page);
  // What is kept to hold the app names the session, never the round: the round is in memory only.
  const roundId = page.url().split('/').at(-1)!;
  const stored = await page.evaluate(() => JSON.stringify(localStorage));
  expect(stored).not.toContain(roundId);

  const other = await context.newPage();
  await other.goto('/#/sessions');
  await expect(other.getByRole('heading', { level: 1 })).toHaveText('This check-in round is closed');
  await expect(other.locator(FACILITATOR_SCREEN)).toHaveCount(0);
  await expect(other.getByRole('link', { name: 'Resume this session' })).toHaveCount(0);

  // Reloaded mid-round, the round is discarded (it lived in memory), and the hand-around still holds the app.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This check-in round is closed');
  await expect(page.getByText('its answers were discarded')).toBeVisible();
  await expect(page.locator(FACILITATOR_SCREEN)).toHaveCount(0);
});
