import type { Locator, Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { openCheckInRound, planSession } from '../support/app-steps.ts';
import { expect, test } from '../support/fixtures.ts';

// The hand-around is answered on a held device, often a tablet or phone, and
// read from across a room: every answer a thumb can hit, a chosen one that
// shows without colour, the scale's words at its ends, and "Pass" as much an
// answer as any number. Results and the trend say what a round was in words.

async function box(locator: Locator) {
  const found = await locator.boundingBox();
  expect(found, 'on screen').not.toBeNull();
  return found!;
}

async function handAroundQuestion(page: Page) {
  await planSession(page, { title: 'Thumbs', exercises: ['Agreements and the floor protocol (25 minutes)'] });
  await page.getByRole('link', { name: 'Run this session' }).click();
  await page.getByRole('button', { name: 'Start' }).click();
  await openCheckInRound(page, ['Respect and empowerment']);
  await page.getByRole('link', { name: 'Hand the device round' }).click();
  await page.getByRole('button', { name: 'Someone from a community most affected by this work' }).click();
  return page.getByRole('group', { name: 'What my community knows was treated as real expertise here.' });
}

/** The box a person taps for an answer: the label around its radio button. */
const target = (question: Locator, name: string | RegExp) =>
  question.locator('label').filter({ has: question.page().getByRole('radio', { name, exact: typeof name === 'string' }) });

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 1024, height: 768 },
  { width: 390, height: 844 },
]) {
  test(`at ${viewport.width}×${viewport.height} every answer is at least 44 px each way, Pass included, and the ends are labelled under the first and last answers`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    const question = await handAroundQuestion(page);
    const answers = ['1 (Not at all)', '2', '3', '4', '5 (Completely)', 'Pass'];
    const boxes = [];
    for (const name of answers) {
      const { x, y, width, height } = await box(target(question, name));
      expect(width, `${name} wide enough`).toBeGreaterThanOrEqual(44);
      expect(height, `${name} tall enough`).toBeGreaterThanOrEqual(44);
      expect(x + width, `${name} on screen`).toBeLessThanOrEqual(viewport.width);
      boxes.push({ x, y, width, height });
    }
    // The scale is one row; Pass is as tall as the others and written in the same weight.
    const scale = boxes.slice(0, 5);
    const pass = boxes[5]!;
    for (const other of scale) expect(Math.abs(other.y - scale[0]!.y)).toBeLessThan(1);
    expect(Math.abs(pass.height - scale[0]!.height)).toBeLessThan(1);
    const weight = (locator: Locator) => locator.evaluate((element) => getComputedStyle(element).fontWeight);
    expect(await weight(target(question, 'Pass'))).toBe(await weight(target(question, '3')));
    expect(await target(question, 'Pass').evaluate((element) => parseFloat(getComputedStyle(element).fontSize))).toBe(
      await target(question, '3').evaluate((element) => parseFloat(getComputedStyle(element).fontSize)),
    );

    // "Not at all" starts under 1, "Completely" ends under 5, just below the row.
    const first = scale[0]!;
    const last = scale[4]!;
    const notAtAll = await box(question.getByText('Not at all', { exact: true }));
    const completely = await box(question.getByText('Completely', { exact: true }));
    expect(Math.abs(notAtAll.x - first.x)).toBeLessThan(2);
    expect(Math.abs(completely.x + completely.width - (last.x + last.width))).toBeLessThan(2);
    for (const label of [notAtAll, completely]) {
      expect(label.y).toBeGreaterThanOrEqual(first.y + first.height);
      expect(label.y).toBeLessThan(first.y + first.height + 24);
    }
  });
}

test('a chosen answer is checked for assistive technology and shows a check mark, not only a colour', async ({ page }) => {
  const question = await handAroundQuestion(page);
  const mark = (name: string) => target(question, name).locator('.scale-item__mark');
  await expect(question.getByRole('radio', { checked: true })).toHaveAccessibleName('Pass');
  await expect(mark('Pass')).toBeVisible();
  await expect(mark('3')).toBeHidden();

  const border = (name: string) => target(question, name).evaluate((element) => parseFloat(getComputedStyle(element).borderTopWidth));
  const unchosen = await border('3');
  await target(question, '3').click(); // anywhere on the box chooses
  await expect(question.getByRole('radio', { name: '3', exact: true })).toBeChecked();
  await expect(question.getByRole('radio', { checked: true })).toHaveAccessibleName('3');
  await expect(mark('3')).toBeVisible();
  await expect(mark('3')).toHaveText('✓');
  await expect(mark('Pass')).toBeHidden();
  expect(await border('3')).toBeGreaterThan(unchosen);

  // The question everyone is asked last: Yes, No and Pass alike.
  for (let screen = 1; screen <= 4; screen++) await page.getByRole('button', { name: 'Next →' }).click();
  const change = page.getByRole('group', { name: /^Does something need to change\?/ });
  for (const name of ['Yes', 'No', 'Pass']) {
    const { width, height } = await box(target(change, name));
    expect(Math.min(width, height), name).toBeGreaterThanOrEqual(44);
  }
  await target(change, 'Yes').click();
  await expect(change.getByRole('radio', { checked: true })).toHaveAccessibleName('Yes');
  await expect(target(change, 'Yes').locator('.scale-item__mark')).toBeVisible();
});

/** Opens a tally round of "Respect and empowerment", enters counts that can be shown, and closes it. */
async function tallyRound(page: Page, purpose: 'check-in' | 'check-out', chosen: string) {
  const name = purpose === 'check-out' ? 'Open the closing check-out' : 'Open a check-in round';
  const form = page.getByRole('form', { name });
  if (!(await form.isVisible())) await page.getByText('Open a check-in round').click();
  for (const checkbox of await form.getByRole('checkbox').all()) await checkbox.uncheck();
  await form.getByRole('checkbox', { name: /^Respect and empowerment/ }).check();
  await form.getByRole('radio', { name: 'Tally from cards or slips' }).check();
  await form.getByRole('button', { name: purpose === 'check-out' ? 'Open the closing check-out' : 'Open check-in round' }).click();
  const tally = page.getByRole('form', { name: 'Counts from cards or slips' });
  await expect(tally.getByRole('spinbutton').first()).toBeVisible();
  for (const count of await tally.getByRole('spinbutton', { name: new RegExp(`how many chose ${chosen}$`) }).all()) await count.fill('6');
  await tally.getByRole('button', { name: 'Add these counts' }).click();
  await expect(tally.getByRole('status')).toHaveText('Counts added. Results stay hidden until you close the round.');
  await page.getByRole('button', { name: 'Close round and show results' }).click();
}

test('the results and the trend chart name each round in plain words', async ({ page }, testInfo) => {
  await planSession(page, { title: 'Plain words', exercises: ['Agreements and the floor protocol (25 minutes)'] });
  await page.getByRole('link', { name: 'Run this session' }).click();
  await page.getByRole('button', { name: 'Start' }).click();
  await tallyRound(page, 'check-in', '3');
  await page.getByRole('button', { name: 'End session…' }).click();
  await tallyRound(page, 'check-out', '4');

  await expect(page.getByRole('article', { name: 'Closing check-out' })).toBeVisible();
  const chart = page.getByRole('img', { name: /^Respect and empowerment, average/ });
  await expect(chart).toHaveAccessibleName(/round 1: 3\.0; closing check-out: 4\.0\.$/);
  const axis = chart.locator('.trend-chart__axis');
  await expect(axis).toHaveText(['Round 1', 'Closingcheck-out']);
  await expect(chart).not.toContainText('Out');

  // The printed summary draws the same chart.
  await page.getByRole('button', { name: 'End session', exact: true }).click();
  await page.getByRole('link', { name: 'Print or share the summary' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Summary: Plain words' })).toBeVisible();
  const file = testInfo.outputPath('plain-words.pdf');
  await page.pdf({ path: file, preferCSSPageSize: true });
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  expect(text).toMatch(/Round 1\s+Closing/);
  expect(text).not.toMatch(/\bOut\b/);
});
