import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from '../support/fixtures.ts';

test.describe('backup and restore', () => {
  test('exports all sessions, and restores them after they are deleted', async ({ page }, testInfo) => {
    await page.goto('/');
    await page.getByLabel('Title', { exact: true }).fill('Coalition day');
    await page.getByLabel('Start from').selectOption({ label: 'Template: First session for a mixed group' });
    await page.getByRole('button', { name: 'Create session' }).click();
    await page
      .getByLabel(/^Preparation note for/)
      .first()
      .fill('Book the hall with step-free access.');
    await page
      .getByLabel(/^Preparation note for/)
      .first()
      .blur();
    await expect(page.locator('.prep-note .save-status').first()).toHaveText('Saved');
    await page.getByRole('link', { name: '← Back to sessions' }).click();

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export all sessions' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^common-ground-backup-\d{4}-\d{2}-\d{2}\.json$/);
    const file = testInfo.outputPath('backup.json');
    await download.saveAs(file);
    expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({ format: 'common-ground-backup', version: 3 });

    await page.getByRole('button', { name: 'Delete…' }).click();
    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    await expect(page.getByText('No sessions yet.')).toBeVisible();

    await page.getByLabel('Restore from a backup file…').setInputFiles(file);
    await expect(page.getByText('Restored 1 session.')).toBeVisible();
    await page.getByRole('link', { name: 'Coalition day' }).click();
    await expect(page.getByLabel(/^Preparation note for/).first()).toHaveValue('Book the hall with step-free access.');

    // Restoring the same file again asks what to do with the session that is already here.
    await page.getByRole('link', { name: '← Back to sessions' }).click();
    await page.getByLabel('Restore from a backup file…').setInputFiles(file);
    await expect(page.getByRole('alertdialog')).toContainText('“Coalition day”');
    await page.getByRole('button', { name: 'Keep both' }).click();
    await expect(page.locator('.session-row__title')).toHaveCount(2);
    expect((await page.locator('.session-row__title').allTextContents()).sort()).toEqual(['Coalition day', 'Coalition day (restored)']);
  });

  test('refuses a damaged backup with a clear message and changes nothing', async ({ page }, testInfo) => {
    await page.goto('/');
    await page.getByLabel('Title', { exact: true }).fill('Keep me');
    await page.getByRole('button', { name: 'Create session' }).click();
    await page.getByRole('link', { name: '← Back to sessions' }).click();

    const damaged = testInfo.outputPath('damaged.json');
    await writeFile(damaged, '{"format":"common-ground-backup","version":1,"exportedAt":1,"sessions":[{"session":');
    await page.getByLabel('Restore from a backup file…').setInputFiles(damaged);
    await expect(page.getByRole('alert')).toHaveText(
      'Nothing was restored. This file is not a complete Common Ground backup: it may be cut short or damaged.',
    );
    await expect(page.locator('.session-row__title')).toHaveText(['Keep me']);

    const newer = path.join(path.dirname(damaged), 'newer.json');
    await writeFile(newer, JSON.stringify({ format: 'common-ground-backup', version: 7, exportedAt: 1, sessions: [] }));
    await page.getByLabel('Restore from a backup file…').setInputFiles(newer);
    await expect(page.getByRole('alert')).toContainText('made by a newer version of Common Ground');
    await expect(page.locator('.session-row__title')).toHaveText(['Keep me']);
  });
});
