import { readFile } from 'node:fs/promises';
import { planSession } from '../support/app-steps.ts';
import { expect, test } from '../support/fixtures.ts';

// What editing the agenda means once a session has run, and where the keyboard focus goes
// while it is edited. Each of these was found broken in review.

const AGREEMENTS = 'Agreements and the floor protocol (25 minutes)';

test('a run session keeps what has happened, so the item a round was opened during cannot be removed, and its backup restores', async ({
  page,
}, testInfo) => {
  await planSession(page, { title: 'Coalition evening', exercises: [AGREEMENTS], breaks: 2 });
  await page.getByRole('link', { name: 'Run this session' }).click();
  await page.getByRole('button', { name: 'Start' }).click();

  // A check-in round, opened and answered by counts during the first item.
  await page.getByText('Open a check-in round').click();
  const form = page.getByRole('form', { name: 'Open a check-in round' });
  await form.getByRole('radio', { name: 'Tally from cards or slips' }).check();
  await form.getByRole('button', { name: 'Open check-in round' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Check-in round open' })).toBeVisible();
  // Closed, so it is stored (an open round lives in memory only).
  await page.getByRole('button', { name: 'Close round and show results' }).click();

  await page.getByRole('link', { name: '← Back to the plan' }).click();
  const entries = page.locator('.agenda-entry');
  await expect(page.getByText('This session is running. Items already reached stay as they ran')).toBeVisible();
  // The item the run is on cannot be removed, moved or resized: the round stays tied to it.
  await expect(entries.nth(0)).toContainText('reached in this run');
  await expect(entries.nth(0).getByRole('button', { name: /Remove/ })).toHaveCount(0);
  await expect(entries.nth(0).getByLabel('Minutes', { exact: true })).toHaveCount(0);
  // What is still to come can change, but not move in front of what has run.
  await expect(entries.nth(1).getByRole('button', { name: /up$/ })).toHaveAttribute('aria-disabled', 'true');
  await entries.nth(2).getByRole('button', { name: 'Remove “Break”' }).click();
  await expect(entries).toHaveCount(2);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    (async () => {
      await page.getByRole('link', { name: '← Back to sessions' }).click();
      await page.getByRole('button', { name: 'Export all sessions…' }).click();
      await page.getByRole('button', { name: 'Save the file' }).click();
    })(),
  ]);
  const file = testInfo.outputPath('backup.json');
  await download.saveAs(file);
  expect(JSON.parse(await readFile(file, 'utf8')).sessions[0].checkInRounds).toHaveLength(1);
  await page.getByRole('button', { name: 'Delete…' }).click();
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  await page.getByLabel('Restore from a backup file…').setInputFiles(file);
  await expect(page.getByText('Restored 1 session.')).toBeVisible();
});

test('an ended session’s agenda is its record: nothing can be added, removed or moved', async ({ page }) => {
  await planSession(page, { title: 'Finished evening', breaks: 2 });
  await page.getByRole('link', { name: 'Run this session' }).click();
  await page.getByRole('button', { name: 'Start' }).click();
  await page.getByRole('button', { name: 'End session…' }).click();
  await page.getByRole('button', { name: 'End session', exact: true }).click();
  await page.getByRole('link', { name: '← Back to the plan' }).click();
  await expect(page.getByText('This session has ended, so its agenda stays as the record of what ran.')).toBeVisible();
  await expect(page.getByRole('button', { name: /^Remove|^Move/ })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Add a break' })).toHaveCount(0);
  await expect(page.getByLabel('Minutes', { exact: true })).toHaveCount(0);
  // Preparation notes are the facilitator's own and still save.
  await page
    .getByLabel(/^Preparation note for/)
    .first()
    .fill('Next time, a longer break.');
  await expect(page.locator('.prep-note .save-status').first()).toHaveText('Saved');
  // Running it again starts from a copy, with the notes, that can be edited.
  await page.getByRole('button', { name: 'Plan a copy' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Plan: Finished evening (copy)');
  await expect(page.getByLabel(/^Preparation note for/).first()).toHaveValue('Next time, a longer break.');
  await expect(page.getByRole('button', { name: /^Remove/ })).toHaveCount(2);
});

test('the focus stays where the keyboard user is when items are added and moved', async ({ page }) => {
  await planSession(page, { title: 'Keyboard evening' });
  const entries = page.locator('.agenda-entry');
  const focusedName = () => page.evaluate(() => document.activeElement?.textContent?.trim() ?? document.activeElement?.tagName);

  await page.getByRole('button', { name: 'Add a break' }).focus();
  await page.keyboard.press('Enter');
  await expect(entries).toHaveCount(1);
  await expect.poll(focusedName).toBe('Add a break');
  await expect(page.getByRole('status').filter({ hasText: 'Added “Break” at the end of the agenda.' })).toHaveCount(1);

  await page.getByLabel('Exercise from the library').selectOption({ label: AGREEMENTS });
  await page.getByRole('button', { name: 'Add exercise' }).focus();
  await page.keyboard.press('Enter');
  await expect(entries).toHaveCount(2);
  await expect.poll(focusedName).toBe('Add exercise');

  // Moving the break down: its node is moved in the page, and the focus comes with it.
  await page.getByRole('button', { name: 'Move “Break” down' }).focus();
  await page.keyboard.press('Enter');
  await expect(entries.nth(1)).toContainText('Break');
  await expect(page.getByRole('button', { name: 'Move “Break” down' })).toBeFocused();
  await expect(page.getByRole('button', { name: 'Move “Break” down' })).toHaveAttribute('aria-disabled', 'true');
  // Pressing it again at the bottom does nothing, and the focus stays.
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Move “Break” down' })).toBeFocused();
  await expect(entries.nth(1)).toContainText('Break');
  // Alt+↑ on the focused item, then to the top, where "up" can no longer act.
  await page.keyboard.press('Alt+ArrowUp');
  await expect(entries.nth(0)).toContainText('Break');
  await expect(page.getByRole('button', { name: 'Move “Break” down' })).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: '“Break” moved to position 1 of 2.' })).toHaveCount(1);
});
