import type { Page } from '@playwright/test';
import { planSession } from '../support/app-steps.ts';
import { expect, test } from '../support/fixtures.ts';

async function planAndRun(page: Page, exercises: string[]) {
  await planSession(page, { title: 'Coalition map', exercises });
  await page.getByRole('link', { name: 'Run this session' }).click();
  await page.getByRole('button', { name: 'Start' }).click();
}

test('the structures map keeps only consenting groups, shows shared roots group by group, and survives a reload', async ({ page }) => {
  await planAndRun(page, ['Shared roots, distinct histories (72 minutes)', "Allies' self-check: am I centring myself? (35 minutes)"]);
  const map = page.getByRole('region', { name: 'Shared structures map' });
  await map.getByLabel('Theme').fill('Housing');

  // A group cannot be added until it has agreed, under its own label.
  const addGroup = map.getByRole('button', { name: 'Add group' });
  await map.getByLabel('Group label, as the group chose it').fill('Group A');
  await expect(addGroup).toBeDisabled();
  await map.getByLabel('This group agreed to keep its leaves on this map, under this label').check();
  await addGroup.click();
  for (const label of ['Tenants of colour', 'Group C']) {
    await map.getByLabel('Group label, as the group chose it').fill(label);
    await map.getByLabel('This group agreed to keep its leaves on this map, under this label').check();
    await addGroup.click();
  }
  await map.getByLabel('A leaf for Group A: what the issue does to this group').fill('Evicted at two weeks’ notice');
  await map.getByLabel('A leaf for Group A: what the issue does to this group').press('Enter');
  await map.getByLabel('A leaf for Tenants of colour: what the issue does to this group').fill('Overcrowded flats');
  await map.getByLabel('A leaf for Tenants of colour: what the issue does to this group').press('Enter');
  await map.getByLabel('A leaf for Group C: what the issue does to this group').fill('Leaf Group C will take back');
  await map.getByLabel('A leaf for Group C: what the issue does to this group').press('Enter');

  await map.getByLabel('A structure').fill('Weak tenancy law');
  await map.getByRole('button', { name: 'Add', exact: true }).last().click();
  const root = map.locator('.structure-editor').first();
  await root.getByRole('checkbox', { name: 'Group A: Evicted at two weeks’ notice' }).check();
  await root.getByRole('checkbox', { name: 'Tenants of colour: Overcrowded flats' }).check();
  await root.getByRole('checkbox', { name: 'Group C: Leaf Group C will take back' }).check();
  await root.getByLabel('How it lands differently for Tenants of colour (optional)').fill('Also means deportation risk');
  await root.getByRole('checkbox', { name: 'The group chose this root to push on together' }).check();

  // Group C withdraws: its label, leaves and links go, everywhere.
  await map.getByRole('button', { name: 'Remove Group C and everything it added' }).click();
  const diagram = map.getByRole('figure', { name: 'Shared structures map: Housing' });
  await expect(diagram).not.toContainText('Group C');
  await expect(diagram.locator('.structure-card--shared')).toContainText('★ Chosen root: Weak tenancy law');
  await expect(diagram.locator('.structure-card--shared')).toContainText('Shared: reaches 2 groups (Group A, Tenants of colour)');
  await expect(diagram).toContainText('Tenants of colour: Overcrowded flats ✦ Lands differently: Also means deportation risk');
  await expect(map.locator('#structures-map-status')).toHaveText('Saved');

  await page.reload();
  await expect(page.getByRole('figure', { name: 'Shared structures map: Housing' })).toContainText('Shared: reaches 2 groups');

  // The timelines on the same exercise: only with a group's consent.
  const timelines = page.getByRole('region', { name: 'Timelines' });
  await timelines.getByLabel('Group label, as the group chose it').fill('Group A');
  await expect(timelines.getByRole('button', { name: 'Add group' })).toBeDisabled();
  await timelines.getByLabel('This group agreed to keep its timeline in the app, under this label').check();
  await timelines.getByRole('button', { name: 'Add group' }).click();
  await timelines.getByLabel('When').fill('1970s');
  await timelines.getByLabel('Event in Group A’s timeline').fill('Council estates sold off');
  await timelines.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(timelines.getByRole('region', { name: 'Timeline: Group A' })).toContainText('1970s Council estates sold off');

  // An exercise whose content keeps nothing offers no capture at all.
  await page.keyboard.press('s');
  await expect(page.locator('.run__progress')).toContainText("Allies' self-check");
  await expect(page.getByText('Nothing is recorded for this exercise')).toBeVisible();
  await expect(page.locator('textarea, .exercise-capture')).toHaveCount(0);

  // The session page shows what was kept, ready for the summary.
  await page.getByRole('link', { name: 'Back to the plan' }).click();
  const record = page.getByRole('region', { name: 'Recorded in this session' });
  await expect(record.getByRole('figure', { name: 'Shared structures map: Housing' })).toContainText('Weak tenancy law');
  await expect(record.getByRole('region', { name: 'Timeline: Group A' })).toContainText('Council estates sold off');
});

test('agreed actions are kept with their exercise and listed on the session', async ({ page }) => {
  await planAndRun(page, ['Shared roots, distinct histories (72 minutes)']);
  const actions = page.getByRole('region', { name: 'Agreed actions' });
  await actions.getByLabel('A new action the group agreed').fill('Write to the housing committee');
  await actions.getByRole('button', { name: 'Add action' }).click();
  await actions.getByLabel('A new action the group agreed').fill('Map the council’s budget');
  await actions.getByLabel('A new action the group agreed').press('Enter');
  await actions.getByLabel('Action 2').fill('Map the council’s housing budget');
  await actions.getByRole('button', { name: 'Remove action 1' }).click();
  await expect(actions.getByRole('listitem')).toHaveCount(1);
  await page.reload();
  await expect(page.getByRole('region', { name: 'Agreed actions' }).getByLabel('Action 1')).toHaveValue('Map the council’s housing budget');
  await page.getByRole('link', { name: 'Back to the plan' }).click();
  await expect(page.getByRole('region', { name: 'Recorded in this session' }).getByRole('listitem')).toHaveText([
    'Map the council’s housing budget',
  ]);
});
