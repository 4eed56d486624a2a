import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { planSession } from '../support/app-steps.ts';
import { expect, test } from '../support/fixtures.ts';

/** WCAG 2.1 A and AA rules that axe can check automatically; a person still has to check the rest. */
async function violations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations.map(
    (violation) => `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}

test('every main screen passes the automatic WCAG 2.1 AA checks', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Sessions' })).toBeVisible();
  expect(await violations(page)).toEqual([]);

  await page.getByLabel('Title', { exact: true }).fill('Checked');
  await page.getByLabel('Start from').selectOption({ label: 'Template: First session for a mixed group' });
  await page.getByRole('button', { name: 'Create session' }).click();
  await expect(page.locator('.agenda-entry').first()).toBeVisible();
  expect(await violations(page)).toEqual([]);

  await page.getByRole('link', { name: 'Run this session' }).click();
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  expect(await violations(page)).toEqual([]);
  // The opening records nothing; the agreements that follow take notes.
  await page.getByRole('button', { name: 'Skip item' }).click();
  await expect(page.getByText('Notes for this step')).toBeVisible();
  expect(await violations(page)).toEqual([]);
  // The run view's less frequent controls shown, and the check-in panel open beside the script.
  await page.getByRole('button', { name: 'More controls' }).click();
  await expect(page.getByRole('group', { name: 'More controls' })).toBeVisible();
  await page.keyboard.press('k');
  await expect(page.getByRole('heading', { level: 2, name: 'Check-ins' })).toBeFocused();
  expect(await violations(page)).toEqual([]);

  for (const path of [
    '/#/library',
    '/#/library/shared-roots-distinct-histories',
    '/#/templates/first-session-mixed-group',
    '/#/check-ins/respect-and-empowerment',
  ]) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect(await violations(page), path).toEqual([]);
  }
});

test('check-in rounds, the hand-around and the structures map pass the automatic WCAG 2.1 AA checks', async ({ page }) => {
  await planSession(page, { title: 'Checked', exercises: ['Shared roots, distinct histories (72 minutes)'] });
  await page.getByRole('link', { name: 'Run this session' }).click();
  await page.getByRole('button', { name: 'Start' }).click();
  const map = page.getByRole('region', { name: 'Shared structures map' });
  await map.getByLabel('Group label, as the group chose it').fill('Group A');
  await map.getByLabel('This group agreed to keep its leaves on this map, under this label').check();
  await map.getByRole('button', { name: 'Add group' }).click();
  await page.getByText('Open a check-in round').click();
  // A coalition exercise offers the coalition's questions; take the mixed room's three, for screens of every kind.
  const form = page.getByRole('form', { name: 'Open a check-in round' });
  await expect(form.getByRole('checkbox', { name: /^Coalition: solidarity/ })).toBeChecked();
  await expect(form.getByRole('checkbox', { name: /^Respect and empowerment/ })).not.toBeChecked();
  await form.getByRole('checkbox', { name: /^Coalition: solidarity/ }).uncheck();
  for (const name of [/^Respect and empowerment/, /^Allies: my place/, /^Allies: the room I'm taking/])
    await form.getByRole('checkbox', { name }).check();
  await page.getByRole('button', { name: 'Open check-in round' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Check-in round open' })).toBeVisible();
  expect(await violations(page)).toEqual([]);

  await page.getByRole('link', { name: 'Hand the device round' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your turn' })).toBeVisible();
  expect(await violations(page)).toEqual([]);
  // A question screen with its instrument's introduction, a neutral screen, and the question everyone is asked.
  await page.getByRole('button', { name: 'Someone from a community most affected by this work' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Screen 1 of 8' })).toBeVisible();
  await expect(page.getByRole('group')).toBeVisible();
  expect(await violations(page)).toEqual([]);
  for (let screen = 1; screen <= 4; screen++) await page.getByRole('button', { name: 'Next →' }).click();
  await expect(page.getByText('Nothing to answer on this screen — take a breath, then Next.')).toBeVisible();
  expect(await violations(page)).toEqual([]);
  for (let screen = 5; screen <= 7; screen++) await page.getByRole('button', { name: 'Next →' }).click();
  await expect(page.getByRole('group', { name: /^Does something need to change\?/ })).toBeVisible();
  expect(await violations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Submit my answers' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Thank you' })).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

test('the session summary passes the automatic WCAG 2.1 AA checks', async ({ page }) => {
  await planSession(page, { title: 'Checked', template: 'First session for a mixed group' });
  await page.getByRole('link', { name: 'Run this session' }).click();
  await page.getByRole('button', { name: 'Start' }).click();
  await page.getByRole('button', { name: 'Skip item' }).click();
  await page.locator('#step-note').fill('We agreed to pass without giving reasons.');
  await page.getByRole('button', { name: 'End session…' }).click();
  await page.getByRole('button', { name: 'End session', exact: true }).click();
  await page.getByRole('link', { name: 'Print or share the summary' }).click();
  await expect(page.getByRole('article', { name: 'Summary: Checked' })).toContainText('We agreed to pass without giving reasons.');
  expect(await violations(page)).toEqual([]);
});

test('the self-guided cards and the pause guidance pass the automatic WCAG 2.1 AA checks', async ({ page }) => {
  await planSession(page, { title: 'Checked', template: "Allies' evening, without a facilitator" });
  await page.getByRole('link', { name: 'Run this session' }).click();
  await expect(page.getByRole('button', { name: 'Start the session' })).toBeVisible();
  expect(await violations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Start the session' }).click();
  await expect(page.locator('#guided-card-title')).toBeVisible();
  expect(await violations(page)).toEqual([]);
  await page.getByRole('button', { name: 'We need to pause' }).click();
  await page.getByRole('button', { name: 'Someone is upset' }).click();
  expect(await violations(page)).toEqual([]);
});
