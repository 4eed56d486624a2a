import type { Page } from '@playwright/test';
import { planSession } from '../support/app-steps.ts';
import { expect, test } from '../support/fixtures.ts';

const QUESTIONS = ['I talked more than my share', 'I suggested what this group', 'Part of me wanted', 'I offered help'];

/** A round counted from cards: for every question, how many chose each value. */
async function tallyRound(page: Page, counts: Record<number, number>) {
  const form = page.getByRole('form', { name: 'Open a check-in round' });
  if (!(await form.isVisible())) await page.getByText('Open a check-in round').click();
  for (const box of await form.getByRole('checkbox').all()) await box.uncheck();
  await form.getByRole('checkbox', { name: /^Allies: the room I'm taking/ }).check();
  await form.getByRole('radio', { name: 'Tally from cards or slips' }).check();
  await form.getByRole('button', { name: 'Open check-in round' }).click();
  const tally = page.getByRole('form', { name: 'Counts from cards or slips' });
  for (const question of QUESTIONS) {
    for (const [value, count] of Object.entries(counts)) {
      await tally.getByRole('spinbutton', { name: new RegExp(`^${question}.*how many chose ${value}$`) }).fill(String(count));
    }
  }
  await tally.getByRole('button', { name: 'Add these counts' }).click();
  await expect(tally.getByRole('status')).toHaveText('Counts added. Results stay hidden until you close the round.');
  await page.getByRole('button', { name: 'Close round and show results' }).click();
}

test('an average of exactly 3.15 is shown as 3.2, and so is a rise of exactly 0.15', async ({ page }) => {
  await planSession(page, { title: 'Rounding', exercises: ['Agreements and the floor protocol (25 minutes)'], breaks: 1 });
  await page.getByRole('link', { name: 'Run this session' }).click();
  await page.getByRole('button', { name: 'Start' }).click();

  await tallyRound(page, { 3: 20 });
  await expect(page.getByRole('article', { name: 'Check-in round 1' }).getByTestId('mean-ally-centring')).toContainText(
    'Average 3.0 out of 5, from 20 people or more',
  );

  // 17 people chose 3 and 3 chose 2 on every question; agreeing is the worse answer, so 2 scores 4: 63 / 20 = 3.15 exactly.
  await tallyRound(page, { 3: 17, 2: 3 });
  const second = page.getByRole('article', { name: 'Check-in round 2' });
  await expect(second.getByTestId('mean-ally-centring')).toHaveText(
    'Average 3.2 out of 5, from 20 people or more · up 0.2 since the first round',
  );
  const firstQuestion = second.getByRole('row', { name: /^I talked more than my share/ });
  await expect(firstQuestion.getByRole('cell').nth(0)).toHaveText('3.2');
  await expect(firstQuestion.getByRole('cell').nth(1)).toHaveText('3.0');
  // The trend chart writes each round's average beside its point, and says it in its accessible name.
  const chart = page.getByRole('img', { name: /^Allies: the room I'm taking, average from 1 to 5 by round/ });
  await expect(chart).toHaveAccessibleName(/round 1: 3\.0; round 2: 3\.2\.$/);
  await expect(chart.locator('.trend-chart__point text').filter({ hasText: /^3\.\d$/ })).toHaveText(['3.0', '3.2']);
});
