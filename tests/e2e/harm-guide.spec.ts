import { planSession } from '../support/app-steps.ts';
import { expect, test } from '../support/fixtures.ts';

// "When harm happens here" is one key or click away from anywhere in a run:
// the plan pauses and the whole exercise opens over it, to read cold.

test('in a facilitated run, H or the floor tools pause the plan and open the guide; it can join the agenda', async ({ page }) => {
  await planSession(page, { title: 'Mixed evening', exercises: ['Agreements and the floor protocol (25 minutes)'], breaks: 1 });
  await page.getByRole('link', { name: 'Run this session' }).click();
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();

  await page.keyboard.press('h');
  const guide = page.getByRole('dialog', { name: 'When harm happens here' });
  await expect(guide).toBeVisible();
  await expect(guide).toBeInViewport({ ratio: 0.5 });
  await expect(guide.getByRole('status')).toHaveText('The plan is paused. Take the time this needs.');
  await expect(guide.getByRole('heading', { name: 'Safety notes' })).toBeVisible();
  // Behind it, the clock has stopped and the run's own keys do nothing.
  await page.keyboard.press('n');
  await page.keyboard.press('Escape');
  await expect(guide).toBeHidden();
  await expect(page.getByRole('button', { name: 'Resume' })).toBeVisible();
  await expect(page.locator('.run__progress')).toContainText('step 1 of');

  // The floor tools' button does the same, and the exercise can go into the agenda after this item.
  await page.getByRole('button', { name: 'When harm happens here' }).click();
  await guide.getByRole('button', { name: 'Add it to the agenda after this item' }).click();
  await expect(guide).toBeHidden();
  await page.getByRole('link', { name: '← Back to the plan' }).click();
  await expect(page.locator('.agenda-entry__title').nth(1)).toContainText('When harm happens here');
});

test('a group on its own reaches the guide from "We need to pause", with where to find support', async ({ page }) => {
  await planSession(page, { title: 'Allies, Tuesday', template: "Allies' evening, without a facilitator" });
  await page.getByRole('link', { name: 'Run this session' }).click();
  await page.getByRole('button', { name: 'Start the session' }).click();
  await page.getByRole('button', { name: 'We need to pause' }).click();
  await page.getByRole('button', { name: 'Someone has been hurt here' }).click();
  const guidance = page.locator('.pause-panel__guidance');
  await expect(guidance).toContainText('The people who were hurt decide what happens next');
  await expect(guidance).toContainText('Use the support you noted when you prepared');
  await expect(guidance).toContainText('call emergency services');
  await page.getByRole('button', { name: 'Read the guide: When harm happens here' }).click();
  const guide = page.getByRole('dialog', { name: 'When harm happens here' });
  await expect(guide).toBeVisible();
  // A group on its own reads it; it does not add a facilitator's exercise to its plan.
  await expect(guide.getByRole('button', { name: 'Add it to the agenda after this item' })).toHaveCount(0);
  await guide.getByRole('button', { name: 'Close' }).click();
  await expect(guide).toBeHidden();
});
