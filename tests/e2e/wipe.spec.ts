import { planSession } from '../support/app-steps.ts';
import { expect, test } from '../support/fixtures.ts';
import { filesHolding } from '../support/profile-search.ts';

// The wipe, from the user's side: everything the app kept is gone from the
// screens, and a plain search of the browser profile's files finds nothing
// of what was typed.

test('a wipe deletes every session and leaves nothing of a typed note in the profile’s files', async ({ page, context, profileDir }) => {
  const canary = `canary-${Date.now().toString(36)}-wipe`;
  await planSession(page, { title: `Session ${canary}`, exercises: ['Agreements and the floor protocol (25 minutes)'] });
  await page.getByRole('link', { name: 'Run this session' }).click();
  await page.getByRole('button', { name: 'Start' }).click();
  await page.locator('#step-note').fill(`Agreed: ${canary}`);
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();

  await page.getByRole('link', { name: 'Sessions', exact: true }).click();
  const panel = page.getByRole('region', { name: 'Wipe this device' });
  await panel.getByRole('button', { name: 'Wipe everything on this device…' }).click();
  const confirm = panel.getByRole('form', { name: 'Confirm the wipe' });
  await expect(confirm).toContainText('What it cannot promise');
  const button = confirm.getByRole('button', { name: 'Wipe everything now' });
  await expect(button).toBeDisabled();
  await confirm.getByLabel('Type “wipe” to confirm').fill('wipe');
  await button.click();

  await expect(page.getByText('No sessions yet. Create one above.')).toBeVisible();
  await context.close();
  expect(await filesHolding(profileDir, canary)).toEqual([]);
});
