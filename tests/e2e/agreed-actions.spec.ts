import type { Page } from '@playwright/test';
import { planSession } from '../support/app-steps.ts';
import { expect, test } from '../support/fixtures.ts';
import { failNewRecords, restoreNewRecords } from '../support/storage-faults.ts';

const ACTIONS = [
  'Write to the housing committee',
  'Map the council budget',
  'Invite the tenants union',
  'Book the hall for March',
  'Share the notes with the caucus',
  'Ask the library for a room',
  'Draft a letter to the landlord',
  'Check in again next month',
];

async function runActionsExercise(page: Page) {
  await planSession(page, { title: 'Quick hands', exercises: ['Shared roots, distinct histories (72 minutes)'] });
  await page.getByRole('link', { name: 'Run this session' }).click();
  await page.getByRole('button', { name: 'Start' }).click();
  return page.getByRole('region', { name: 'Agreed actions' });
}

test('actions typed one after another without a pause are each kept whole, and the field holds only what came after Enter', async ({
  page,
}) => {
  const actions = await runActionsExercise(page);
  const field = actions.getByLabel('A new action the group agreed');
  await field.click();
  // The real keyboard, no waiting between one action's Enter and the next one's first letter.
  for (const action of ACTIONS) {
    await page.keyboard.type(action);
    await page.keyboard.press('Enter');
  }
  await page.keyboard.type('Still typing');

  const rows = actions.getByRole('textbox', { name: /^Action \d+$/ });
  await expect(rows).toHaveCount(ACTIONS.length);
  for (const [index, action] of ACTIONS.entries()) await expect(rows.nth(index)).toHaveValue(action);
  await expect(field).toHaveValue('Still typing');

  await page.reload();
  const stored = page.getByRole('region', { name: 'Agreed actions' }).getByRole('textbox', { name: /^Action \d+$/ });
  await expect(stored).toHaveCount(ACTIONS.length);
  for (const [index, action] of ACTIONS.entries()) await expect(stored.nth(index)).toHaveValue(action);
});

test('an action that cannot be saved stays on screen beside what is typed next, and can be added again', async ({ page }) => {
  const actions = await runActionsExercise(page);
  const field = actions.getByLabel('A new action the group agreed');
  await field.click();

  // Every new record fails to be written, the way a full disk makes it fail.
  await failNewRecords(page);
  await page.keyboard.type(ACTIONS[0]!);
  await page.keyboard.press('Enter');
  await page.keyboard.type(ACTIONS[1]!);

  await expect(page.getByRole('alert').filter({ hasText: 'no storage space left' })).toBeVisible();
  const unsaved = actions.getByRole('list', { name: 'Not added yet' });
  await expect(unsaved.getByRole('listitem')).toHaveCount(1);
  await expect(unsaved.getByRole('listitem')).toContainText(ACTIONS[0]!);
  await expect(field).toHaveValue(ACTIONS[1]!);
  await expect(actions.getByRole('textbox', { name: /^Action \d+$/ })).toHaveCount(0);

  await restoreNewRecords(page);
  await unsaved.getByRole('button', { name: `Try again to add “${ACTIONS[0]}”` }).click();
  await expect(actions.getByRole('textbox', { name: 'Action 1' })).toHaveValue(ACTIONS[0]!);
  await expect(unsaved).toHaveCount(0);
  // Focus goes back to the field, so the next line can be finished and added at once.
  await expect(field).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(actions.getByRole('textbox', { name: 'Action 2' })).toHaveValue(ACTIONS[1]!);
});
