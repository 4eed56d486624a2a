import type { Page } from '@playwright/test';
import { expect, test } from '../support/fixtures.ts';

// The main journeys with the keyboard alone, as someone who cannot use a
// mouse takes them: after `page.goto`, only Tab, Shift+Tab, Enter, Space and
// Escape. Every control reached shows a focus ring; a new screen puts focus
// on its heading; a dialog gives focus back to what opened it; and Tab
// always leads out again (no trap outside dialogs).

/** What has focus: its role-ish tag, accessible text and whether a focus indicator is drawn. */
function focused(page: Page) {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return { name: '', tag: 'BODY', ring: false };
    const style = getComputedStyle(element);
    // Inputs drawn by their label (the scale's boxes) show the ring on the label.
    const drawn = element.closest('.scale-item__option') ?? element;
    const drawnStyle = getComputedStyle(drawn);
    const ring =
      (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) ||
      (drawnStyle.outlineStyle !== 'none' && parseFloat(drawnStyle.outlineWidth) >= 2) ||
      style.boxShadow !== 'none';
    // A field is named by its label (a select's own text would be all its options), anything else by its label or its text.
    const label = (element as HTMLInputElement).labels?.[0]?.textContent?.trim();
    const name = label || (element.getAttribute('aria-label') ?? element.textContent ?? '').trim();
    // Chromium's own date and time fields draw their focus inside (the part being typed is highlighted), and on their last part match no focus selector at all: left to the browser, and reported.
    const native = element instanceof HTMLInputElement && ['date', 'datetime-local', 'time'].includes(element.type);
    // Tab never lands on tabindex=-1: such an element (a screen's heading) has focus because the app moved it there on a route change.
    const movedByApp = element.getAttribute('tabindex') === '-1';
    return { name, tag: element.tagName, ring: ring || native || movedByApp };
  });
}

/** Presses Tab (or Shift+Tab) until the focused element's name matches; each control passed on the way must show its focus ring. */
async function tabTo(page: Page, name: string | RegExp, { back = false, limit = 80 } = {}) {
  const matches = (text: string) => (typeof name === 'string' ? text === name : name.test(text));
  for (let press = 0; press < limit; press++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const now = await focused(page);
    if (now.tag !== 'BODY') expect(now.ring, `a visible focus ring on “${now.name}” (${now.tag})`).toBe(true);
    if (matches(now.name)) return;
  }
  throw new Error(`“${String(name)}” was not reached with ${back ? 'Shift+Tab' : 'Tab'} in ${limit} presses`);
}

/** Tabs through the whole page and back to its first stop, the skip link: nothing outside a dialog holds focus. */
async function expectNoTrap(page: Page) {
  await tabTo(page, 'Skip to content', { limit: 250 });
}

test('plan and run a session with the keyboard alone', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Sessions' })).toBeVisible();
  await tabTo(page, 'Skip to content');
  await tabTo(page, 'Title');
  await page.keyboard.type('Keyboard');
  await tabTo(page, 'Create session');
  await page.keyboard.press('Enter');
  // A new screen: focus on its heading, so a screen reader says where we are.
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toHaveText('Plan: Keyboard');
  await expect(heading).toBeFocused();

  // The library's first exercise, then a break.
  await tabTo(page, 'Exercise from the library');
  await tabTo(page, 'Add exercise');
  await page.keyboard.press('Enter');
  await expect(page.locator('.agenda-entry')).toHaveCount(1);
  await tabTo(page, 'Add a break');
  await page.keyboard.press('Space');
  await expect(page.locator('.agenda-entry')).toHaveCount(2);
  await expectNoTrap(page);

  await tabTo(page, 'Run this session');
  await page.keyboard.press('Enter');
  await expect(heading).toHaveText('Run: Keyboard');
  await expect(heading).toBeFocused();
  await tabTo(page, 'Start');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Pause' })).toBeFocused();
  await tabTo(page, 'Next step');
  await page.keyboard.press('Enter');
  await expect(page.getByText('step 2 of')).toBeVisible();
  await tabTo(page, 'Pause', { back: true });
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Paused' })).toBeVisible();

  // The shortcuts dialog: focus goes in, Escape closes it, focus comes back to its button.
  await tabTo(page, 'More controls');
  await page.keyboard.press('Enter');
  await tabTo(page, 'Shortcuts');
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  expect(await dialog.evaluate((element) => element.contains(document.activeElement))).toBe(true);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Shortcuts' })).toBeFocused();

  // Typing a note, then on past it and through the page: the note does not hold focus.
  await tabTo(page, /^Notes for this step/);
  await page.keyboard.type('Typed by keyboard.');
  await expectNoTrap(page);
});

test('a hand-around turn and the summary with the keyboard alone', async ({ page }) => {
  await page.goto('/');
  await tabTo(page, 'Title');
  await page.keyboard.type('Round');
  await tabTo(page, 'Create session');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await tabTo(page, 'Add exercise');
  await page.keyboard.press('Enter');
  await expect(page.locator('.agenda-entry')).toHaveCount(1);
  await tabTo(page, 'Run this session', { back: true });
  await page.keyboard.press('Enter');
  await tabTo(page, 'Start');
  await page.keyboard.press('Enter');

  // Open a round from the check-in panel's form, which opens like any disclosure.
  await tabTo(page, 'Check-ins');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: 'Check-ins' })).toBeFocused();
  await tabTo(page, 'Open a check-in round');
  await page.keyboard.press('Enter');
  await tabTo(page, 'Open check-in round');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Check-in round open' })).toBeVisible();
  await tabTo(page, 'Hand the device round');
  await page.keyboard.press('Enter');

  // One turn: a track, every screen passed with Next, then submit.
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toHaveText('Your turn');
  await tabTo(page, 'An ally');
  await page.keyboard.press('Enter');
  await expect(heading).toHaveText(/^Screen 1 of \d+$/);
  for (let screen = 0; screen < 20 && !(await page.getByRole('button', { name: 'Submit my answers' }).isVisible()); screen++) {
    await tabTo(page, 'Next →');
    await page.keyboard.press('Enter');
  }
  await tabTo(page, 'Submit my answers');
  await page.keyboard.press('Enter');
  await expect(heading).toHaveText('Thank you');
  // The way out is on the next person's first screen, as a participant would find it; the thank-you screen offers only that.
  await tabTo(page, 'I’m the next person');
  await page.keyboard.press('Enter');
  await expect(heading).toHaveText('Your turn');
  await tabTo(page, 'Everyone has had a turn: finish the hand-around…');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert')).toContainText('Only finish once the device is back');
  await tabTo(page, 'Finish the hand-around');
  await page.keyboard.press('Enter');
  await expect(heading).toHaveText('Run: Round');
  // Back in the run view, focus is on the check-ins, where the round's results and closing are: the next thing to do.
  await expect(page.getByRole('heading', { level: 2, name: 'Check-ins' })).toBeFocused();

  // End the session, then its summary: focus on each new screen's heading, the print button in reach.
  await tabTo(page, 'End session…', { back: true, limit: 150 });
  await page.keyboard.press('Enter');
  await tabTo(page, 'End session');
  await page.keyboard.press('Enter');
  await expect(heading).toHaveText('Session ended: Round');
  await tabTo(page, 'Print or share the summary');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Summary: Round' })).toBeFocused();
  await tabTo(page, /^Print/);
  await expectNoTrap(page);
});
