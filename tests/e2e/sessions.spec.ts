import { expect, test } from '../support/fixtures.ts';

test.describe('sessions and planner', () => {
  test('opens on the sessions screen and plans a session from a template, kept across a reload', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL(/#\/sessions$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Sessions' })).toBeVisible();
    await expect(page.getByText('No sessions yet. Create one above.')).toBeVisible();

    await page.getByLabel('Title', { exact: true }).fill('Tenants’ union, first evening');
    await page.getByLabel('Start from').selectOption({ label: 'Template: First session for a mixed group' });
    await page.getByRole('button', { name: 'Create session' }).click();

    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Plan: Tenants’ union, first evening');
    const entries = page.locator('.agenda-entry');
    expect(await entries.count()).toBeGreaterThanOrEqual(3);
    await expect(page.getByRole('status').filter({ hasText: 'planned' })).toContainText('3 h 45 min planned of 3 h 45 min available');

    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Plan: Tenants’ union, first evening');
    expect(await entries.count()).toBeGreaterThanOrEqual(3);
  });

  test('warns when the plan runs over the time available, and reorders by keyboard and by drag', async ({ page }) => {
    await page.goto('/');
    await page.getByLabel('Title', { exact: true }).fill('Short evening');
    await page.getByRole('button', { name: 'Create session' }).click();
    await expect(page.getByText('Nothing planned yet.')).toBeVisible();

    await page.getByLabel('Time available (minutes)').fill('45');
    await page.getByLabel('Exercise from the library').selectOption({ label: 'Agreements and the floor protocol (25 minutes)' });
    const titles = page.locator('.agenda-entry__title');
    await page.getByRole('button', { name: 'Add exercise' }).click();
    await expect(titles).toHaveCount(1);
    await page.getByRole('button', { name: 'Add a break' }).click();
    await expect(titles).toHaveCount(2);
    await page.getByLabel('Exercise from the library').selectOption({ label: "Zero-sum check: what do we think we'd lose? (40 minutes)" });
    await page.getByRole('button', { name: 'Add exercise' }).click();
    await expect(titles).toHaveCount(3);
    await expect(page.getByRole('list', { name: 'Warnings' })).toContainText('runs 30 minutes over the time available');

    // Keyboard: the up button, then Alt+↑ on the focused item.
    await page.getByRole('button', { name: /Move “Zero-sum check.*” up/ }).click();
    await expect(titles.nth(1)).toContainText('Zero-sum');
    await page.getByRole('button', { name: /Move “Zero-sum check.*” up/ }).focus();
    await page.keyboard.press('Alt+ArrowUp');
    await expect(titles.nth(0)).toContainText('Zero-sum');

    // Drag: the break onto the first place.
    await page.locator('.agenda-entry').nth(2).dragTo(page.locator('.agenda-entry').nth(0));
    await expect(titles.nth(0)).toContainText('Break');

    await page.reload();
    await expect(titles.nth(0)).toContainText('Break');
    await expect(titles.nth(1)).toContainText('Zero-sum');
  });

  test('never loses a word: prep notes typed and reloaded at once come back whole', async ({ page }) => {
    await page.goto('/');
    await page.getByLabel('Title', { exact: true }).fill('Autosave');
    await page.getByLabel('Start from').selectOption({ label: 'Template: First session for a mixed group' });
    await page.getByRole('button', { name: 'Create session' }).click();

    const note = page.getByLabel(/^Preparation note for/).first();
    const text = 'Bring the slips, the box and two markers. Check the room has a quiet corner — ñ, é, 中文 too.';
    await note.fill('');
    await note.pressSequentially(text, { delay: 5 });
    await page.reload(); // immediately: no blur, no wait for the debounce
    await expect(page.getByLabel(/^Preparation note for/).first()).toHaveValue(text);
    await expect(page.locator('.prep-note .save-status').first()).toHaveText('Saved');

    // And once more after the draft has been written through to IndexedDB and cleared.
    await page.reload();
    await expect(page.getByLabel(/^Preparation note for/).first()).toHaveValue(text);
  });

  test('renames, dates, duplicates, searches, sorts, and deletes with confirmation and undo', async ({ page }) => {
    await page.goto('/');
    for (const title of ['Coalition day', 'Allies caucus']) {
      await page.goto('/#/sessions');
      await page.getByLabel('Title', { exact: true }).fill(title);
      await page.getByRole('button', { name: 'Create session' }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Plan: ${title}`);
    }
    await page.getByLabel('Session title').fill('Allies caucus, March');
    await page.getByLabel('Date and time').fill('2027-03-05T18:30');
    await page.getByRole('link', { name: '← Back to sessions' }).click();

    const rows = page.locator('.session-row__title');
    await expect(rows).toHaveText(['Allies caucus, March', 'Coalition day']);
    await page.getByLabel('Search by title').fill('coalition');
    await expect(rows).toHaveText(['Coalition day']);
    await page.getByLabel('Search by title').fill('');

    await page.getByRole('button', { name: 'Duplicate' }).last().click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Plan: Coalition day (copy)');
    await page.getByRole('link', { name: '← Back to sessions' }).click();
    await page.getByLabel('Sort by').selectOption({ label: 'Recently changed' });
    await expect(rows.first()).toHaveText('Coalition day (copy)');

    await page.getByRole('button', { name: 'Delete…' }).first().click();
    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    await expect(rows).toHaveCount(2);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(rows).toHaveCount(3);
    await expect(rows.first()).toHaveText('Coalition day (copy)');
  });
});
