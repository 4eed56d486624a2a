import type { Page } from '@playwright/test';
import { planSession, showMoreRunControls } from '../support/app-steps.ts';
import { expect, test } from '../support/fixtures.ts';

/** Plans the agreements exercise and two breaks, then opens the run view with the clock standing still. */
async function openRunView(page: Page) {
  await page.clock.setFixedTime(new Date('2027-03-05T18:00:00').getTime());
  await planSession(page, { title: 'Keys', exercises: ['Agreements and the floor protocol (25 minutes)'], breaks: 2 });
  await page.getByRole('link', { name: 'Run this session' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Run: Keys');
}

const progress = (page: Page) => page.locator('.run__progress');
const timer = (page: Page) => page.getByTestId('timer');

test('every shortcut of the run view does what its button does', async ({ page }) => {
  await openRunView(page);
  const controls = page.getByRole('toolbar', { name: 'Run controls' });

  await page.keyboard.press(' ');
  await expect(controls.getByRole('button', { name: 'Pause' })).toBeVisible();
  await page.keyboard.press(' ');
  await expect(controls.getByRole('button', { name: 'Resume' })).toBeVisible();
  await page.keyboard.press(' ');
  await expect(controls.getByRole('button', { name: 'Pause' })).toBeVisible();

  await page.keyboard.press('ArrowRight');
  await expect(progress(page)).toContainText('step 2 of');
  await page.keyboard.press('n');
  await expect(progress(page)).toContainText('step 3 of');
  await page.keyboard.press('ArrowLeft');
  await expect(progress(page)).toContainText('step 2 of');
  await page.keyboard.press('p');
  await expect(progress(page)).toContainText('step 1 of');
  await page.keyboard.press('Shift+N'); // a capital letter too
  await expect(progress(page)).toContainText('step 2 of');

  const before = (await timer(page).textContent())!;
  const minutes = Number(before.split(':')[0]);
  await page.keyboard.press('1');
  await expect(timer(page)).toHaveText(`${minutes + 1}:${before.split(':')[1]}`);
  await page.keyboard.press('5');
  await expect(timer(page)).toHaveText(`${minutes + 6}:${before.split(':')[1]}`);

  await showMoreRunControls(page);
  const mute = controls.getByRole('checkbox', { name: 'Mute chime' });
  await page.keyboard.press('m');
  await expect(mute).toBeChecked();
  await page.keyboard.press('m');
  await expect(mute).not.toBeChecked();

  const airtime = page.getByRole('group', { name: 'Airtime' });
  await page.keyboard.press('a');
  await expect(airtime.getByRole('button', { name: 'Affected participant speaking' })).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('l');
  await expect(airtime.getByRole('button', { name: 'Ally speaking' })).toHaveAttribute('aria-pressed', 'true');
  await expect(airtime.getByRole('button', { name: 'Affected participant speaking' })).toHaveAttribute('aria-pressed', 'false');
  await page.keyboard.press('0');
  await expect(airtime.getByRole('button', { name: 'Stop' })).toBeDisabled();

  const log = page.getByRole('status').filter({ hasText: 'floor shift' });
  await page.keyboard.press('f');
  await expect(log).toHaveText('0 caucus calls, 1 floor shift so far');

  await page.keyboard.press('k');
  await expect(page.getByRole('heading', { name: 'Check-ins', level: 2 })).toBeFocused();
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());

  await page.keyboard.press('s');
  await expect(progress(page)).toContainText('Item 2 of 3');

  await page.keyboard.press('c');
  await expect(page.locator('#run-step-title')).toHaveText('Caucus time');
  await expect(log).toHaveText('1 caucus call, 1 floor shift so far');
});

test('? opens the list of shortcuts as a dialog in view, with focus; Esc closes it and focus goes back', async ({ page }) => {
  await openRunView(page);
  const start = page.getByRole('button', { name: 'Start' });
  await start.focus();
  await page.keyboard.press('?');

  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toBeInViewport({ ratio: 1 });
  expect(await dialog.evaluate((element) => element.contains(document.activeElement))).toBe(true);
  // Every shortcut is listed, once, with the keys that work.
  await expect(dialog.locator('dt')).toHaveText(['Space', '← or P', '→ or N', '1', '5', 'S', 'M', 'A', 'L', '0', 'C', 'F', 'H', 'K', '?']);
  // Behind it the run stands still.
  await page.keyboard.press('n');
  await expect(progress(page)).toContainText('step 1 of');

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(start).toBeFocused();

  // The button (among the more controls) opens it too, and its Close button shuts it, back to the button.
  await showMoreRunControls(page);
  const shortcuts = page.getByRole('button', { name: 'Shortcuts' });
  await shortcuts.click();
  await expect(dialog).toBeInViewport({ ratio: 1 });
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  await expect(shortcuts).toBeFocused();

  // Pressed again, ? hides it.
  await page.keyboard.press('?');
  await expect(dialog).toBeVisible();
  await page.keyboard.press('?');
  await expect(dialog).toBeHidden();
});

test('each button names its keys as the list of shortcuts does', async ({ page }) => {
  await openRunView(page);
  await showMoreRunControls(page);
  const expected: [string, string][] = [
    ['Start', 'Space'],
    ['Previous', 'ArrowLeft P'],
    ['Next step', 'ArrowRight N'],
    ['+1 min', '1'],
    ['+5 min', '5'],
    ['Skip item', 'S'],
    ['Shortcuts', '?'],
    ['Caucus call', 'C'],
    ['Floor shift', 'F'],
    ['Check-ins', 'K'],
    ['Affected participant speaking', 'A'],
    ['Ally speaking', 'L'],
    ['Stop', '0'],
  ];
  for (const [name, keys] of expected)
    await expect(page.getByRole('button', { name, exact: true })).toHaveAttribute('aria-keyshortcuts', keys);
  await expect(page.getByRole('checkbox', { name: 'Mute chime' })).toHaveAttribute('aria-keyshortcuts', 'M');
});
