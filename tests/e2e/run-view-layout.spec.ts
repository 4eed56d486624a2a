import type { Locator, Page } from '@playwright/test';
import { openCheckInRound, planSession } from '../support/app-steps.ts';
import { expect, test } from '../support/fixtures.ts';

// The run view as a facilitator meets it on a laptop (1280×800) and an old
// projector laptop (1024×768): what to say, what the room sees and the timer
// without scrolling; the check-in panel one key away from anywhere in the run.

const LAPTOP = { width: 1280, height: 800 };
const PROJECTOR_LAPTOP = { width: 1024, height: 768 };

/** Plans a session from the half-day template and opens its run view, at the top of the page. */
async function runHalfDay(page: Page, size: { width: number; height: number }) {
  await page.setViewportSize(size);
  await page.clock.setFixedTime(new Date('2027-03-05T09:00:00').getTime());
  await planSession(page, { title: 'Half day', template: 'Allies and activists: a half-day' });
  await page.getByRole('link', { name: 'Run this session' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Run: Half day');
}

/** Asserts that at least the first `lines` lines' worth (in px) of the element are on screen, with the page not scrolled. */
async function startsAboveTheFold(locator: Locator, viewportHeight: number, lines = 60) {
  const box = await locator.boundingBox();
  expect(box, 'the element is on the page').not.toBeNull();
  expect(box!.y, 'it starts below the top of the window').toBeGreaterThanOrEqual(0);
  expect(box!.y + Math.min(lines, box!.height), 'its start is on screen without scrolling').toBeLessThan(viewportHeight);
}

for (const size of [LAPTOP, PROJECTOR_LAPTOP]) {
  test(`at ${size.width}×${size.height} the step, its script, what participants see and the timer are in view without scrolling`, async ({
    page,
  }) => {
    await runHalfDay(page, size);
    await page.getByRole('button', { name: 'Start' }).click();
    expect(await page.evaluate(() => window.scrollY)).toBe(0);

    const step = page.getByRole('article', { name: 'Arriving' });
    await startsAboveTheFold(page.getByRole('heading', { level: 2, name: 'Arriving' }), size.height);
    // The first words the facilitator says, and the first thing the room is shown.
    await startsAboveTheFold(step.getByText('Welcome. Before anything else, some practical things'), size.height, 2 * 28);
    const prompt = page.getByRole('complementary', { name: 'Beside the script' }).locator('.step__prompt');
    await expect(prompt).toContainText('Toilets, water, exits');
    await startsAboveTheFold(prompt.getByRole('listitem').first(), size.height, 28);
    // The timer and the controls used every minute are above it all.
    for (const needed of [
      page.getByTestId('timer'),
      page.getByRole('button', { name: 'Pause' }),
      page.getByRole('button', { name: 'Next step' }),
    ])
      await expect(needed).toBeInViewport({ ratio: 1 });
    // Ending is kept apart: not in the row of everyday controls.
    await expect(page.getByRole('toolbar', { name: 'Run controls' }).getByRole('button', { name: 'End session…' })).toHaveCount(0);
  });
}

test('during an open round, K from anywhere in the run opens the check-in panel beside the script, with the round’s state and focus', async ({
  page,
}) => {
  await runHalfDay(page, LAPTOP);
  await page.getByRole('button', { name: 'Start' }).click();
  await page.keyboard.press('s'); // the agreements: a long step, a long page
  await openCheckInRound(page, ['Respect and empowerment']);
  const checkIns = page.getByRole('button', { name: 'Check-ins', exact: true });
  const panel = page.getByRole('region', { name: 'Check-ins' });
  const heading = panel.getByRole('heading', { level: 2, name: 'Check-ins' });
  const state = page.getByTestId('drawer-round-state');

  // Reading the script at the top of the page, focus anywhere: one key.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.keyboard.press('k');
  await expect(heading).toBeFocused();
  // Beside the script, not instead of it: the page has not moved, and the step is where it was.
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  await expect(page.locator('#run-step-title')).toBeInViewport({ ratio: 1 });
  await expect(heading).toBeInViewport({ ratio: 1 });
  // The round's state is at the panel's head: open, how it is answered, how many have answered.
  await expect(state).toHaveText('Round open · hand-around on this device · 0 turns taken');
  await expect(state).toBeInViewport({ ratio: 1 });
  await expect(panel.getByRole('button', { name: 'Close round and show results' })).toBeInViewport();

  // From inside the panel, K puts it away again, and focus goes back to its button.
  await page.keyboard.press('k');
  await expect(checkIns).toHaveAttribute('aria-expanded', 'false');
  await expect(checkIns).toBeFocused();
  await expect(state).toHaveCount(0);

  // From the far end of the page, K brings it back in view.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await page.keyboard.press('k');
  await expect(checkIns).toHaveAttribute('aria-expanded', 'true');
  await expect(heading).toBeFocused();
  await expect(heading).toBeInViewport({ ratio: 1 });
  await expect(state).toBeInViewport({ ratio: 1 });
  // Esc, or its close button, puts it away too.
  await page.keyboard.press('Escape');
  await expect(checkIns).toHaveAttribute('aria-expanded', 'false');
  await checkIns.click();
  await expect(heading).toBeFocused();
  await page.getByRole('button', { name: 'Close the check-in panel' }).click();
  await expect(checkIns).toHaveAttribute('aria-expanded', 'false');
  await expect(checkIns).toBeFocused();
});

for (const size of [LAPTOP, PROJECTOR_LAPTOP]) {
  test(`at ${size.width}×${size.height}, ? opens the shortcuts dialog whole and in view, from anywhere in the run`, async ({ page }) => {
    await runHalfDay(page, size);
    await page.keyboard.press('s');
    await page.keyboard.press('k'); // the check-in panel open beside it changes nothing
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(dialog).toBeInViewport({ ratio: 1 });
    await expect(dialog.getByRole('button', { name: 'Close' })).toBeInViewport({ ratio: 1 });
    await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
  });
}

test('the step note has room to write, grows with its text, and says nothing about saving until something is typed', async ({ page }) => {
  await runHalfDay(page, LAPTOP);
  await page.keyboard.press('s'); // the agreements take notes
  const note = page.getByLabel('Notes for this step');
  const status = page.locator('#step-note-status');
  await expect(note).toBeVisible();
  await expect(status).toHaveText('');
  const empty = (await note.boundingBox())!;
  expect(empty.height, 'several lines to write in').toBeGreaterThanOrEqual(150);

  await note.fill(Array.from({ length: 14 }, (_, line) => `Agreed point ${line + 1}`).join('\n'));
  await expect(status).toHaveText('Saved');
  const full = (await note.boundingBox())!;
  expect(full.height, 'the box grows with the text').toBeGreaterThan(empty.height + 100);
});
