import { expect, test } from '../support/fixtures.ts';

test('a full disk is reported in plain words and the typed text stays on screen', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('Title', { exact: true }).fill('Quota');
  await page.getByLabel('Start from').selectOption({ label: 'Template: First session for a mixed group' });
  await page.getByRole('button', { name: 'Create session' }).click();
  await expect(page.getByLabel(/^Preparation note for/).first()).toBeVisible();

  // From now on every IndexedDB write fails the way a full disk makes it fail.
  await page.evaluate(() => {
    const fail = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    IDBObjectStore.prototype.put = fail;
    IDBObjectStore.prototype.add = fail;
  });

  const note = page.getByLabel(/^Preparation note for/).first();
  await note.fill('');
  await note.pressSequentially('Ask the venue about the quiet room.');
  await note.blur();
  await expect(page.getByRole('alert').filter({ hasText: 'no storage space left' }).locator('p')).toHaveCount(1);
  await expect(page.getByRole('alert').filter({ hasText: 'no storage space left' })).toContainText(
    'Could not save your preparation note: this device has no storage space left for Common Ground.',
  );
  await expect(page.locator('.prep-note .save-status').first()).toHaveText('Not saved: see the message above');
  await expect(note).toHaveValue('Ask the venue about the quiet room.');
});

test('a browser with no IndexedDB at all is told so in plain words, with what to do instead', async ({ page }) => {
  // Some private modes and locked-down browsers have no IndexedDB: nothing can be kept.
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
  });
  await page.goto('/');
  const alert = page.getByRole('alert');
  // Said at once, before anyone types something that cannot be kept.
  await expect(alert).toContainText('This browser cannot store data');
  await expect(alert).toContainText('use the desktop app');
  await expect(alert).toContainText('outside a private window');
  // The sessions list says why it is empty instead of loading for ever.
  await expect(page.getByText('No sessions can be kept in this browser: see the message above.')).toBeVisible();
  await expect(page.getByText('Loading…')).toHaveCount(0);
  await expect(page.getByTestId('storage-health')).toHaveCount(0);
  // A session's own address says the same, rather than loading for ever.
  for (const screen of ['/#/sessions/some-session', '/#/sessions/some-session/run', '/#/sessions/some-session/summary']) {
    await page.goto(screen);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nothing can be kept in this browser');
  }
  await page.goto('/');

  // Trying anyway says the same thing, once, and no library's error text or web address.
  await page.getByLabel('Title', { exact: true }).fill('Nowhere to keep it');
  await page.getByRole('button', { name: 'Create session' }).click();
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue('Nowhere to keep it');
  await page.waitForTimeout(500);
  await expect(alert.locator('p')).toHaveCount(1);
  const text = await alert.textContent();
  expect(text).not.toMatch(/MissingAPIError|IndexedDB API missing|https?:\/\/|tinyurl|Dexie/i);
});
