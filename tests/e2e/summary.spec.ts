import type { Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { planSession } from '../support/app-steps.ts';
import { expect, test } from '../support/fixtures.ts';

/** A short session run to the end: notes, a private caucus note, a tally check-in and an agreed action. */
async function runShortSession(page: Page) {
  await planSession(page, {
    title: 'Tenants & allies: evening one',
    exercises: [
      'Agreements and the floor protocol (25 minutes)',
      'Caucus: setting the agenda (45 minutes)',
      'Shared roots, distinct histories (72 minutes)',
    ],
  });
  await page.getByRole('link', { name: 'Run this session' }).click();
  await page.getByRole('button', { name: 'Start' }).click();
  await page.locator('#step-note').fill('Agreed: anyone can pass, no reason needed.');

  await page.getByRole('button', { name: 'Skip item' }).click();
  await expect(page.locator('.run__progress')).toContainText('Caucus: setting the agenda');
  await page.locator('#step-note').fill('The caucus’s private ask stays here.');
  await expect(page.locator('#step-note-status')).toHaveText('Saved');

  await page.getByRole('button', { name: 'Skip item' }).click();
  await page
    .getByRole('region', { name: 'Agreed actions' })
    .getByLabel('A new action the group agreed')
    .fill('Write to the housing committee');
  await page.getByRole('region', { name: 'Agreed actions' }).getByRole('button', { name: 'Add action' }).click();

  await page.getByText('Open a check-in round').click();
  const form = page.getByRole('form', { name: 'Open a check-in round' });
  for (const box of await form.getByRole('checkbox').all()) await box.uncheck();
  await form.getByRole('checkbox', { name: /^Respect and empowerment/ }).check();
  await form.getByRole('radio', { name: 'Tally from cards or slips' }).check();
  await form.getByRole('button', { name: 'Open check-in round' }).click();
  const tally = page.getByRole('form', { name: 'Counts from cards or slips' });
  await expect(tally.getByRole('spinbutton').first()).toBeVisible(); // .all() below does not wait for the form
  for (const question of await tally.getByRole('spinbutton', { name: /how many chose 4$/ }).all()) await question.fill('6');
  await tally.getByRole('button', { name: 'Add these counts' }).click();
  await expect(tally.getByRole('status')).toHaveText('Counts added. Results stay hidden until you close the round.');
  await page.getByRole('button', { name: 'Close round and show results' }).click();

  await page.getByRole('button', { name: 'End session…' }).click();
  await page.getByRole('button', { name: 'End session', exact: true }).click();
  await page.getByRole('link', { name: 'Print or share the summary' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Summary: Tenants & allies: evening one' })).toBeVisible();
}

function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

function pdfPageSize(file: string): string {
  return /Page size:\s+(.*)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]!;
}

test('the printed summary holds the notes, results and actions, and leaves out what is private or unticked', async ({ page }, testInfo) => {
  await runShortSession(page);
  const preview = page.getByRole('article', { name: 'Summary: Tenants & allies: evening one' });
  await expect(preview).toContainText('Agreed: anyone can pass, no reason needed.');
  await expect(preview).not.toContainText('private ask');

  const a4 = testInfo.outputPath('summary-a4.pdf');
  await page.pdf({ path: a4, preferCSSPageSize: true });
  expect(pdfPageSize(a4)).toContain('(A4)');
  const text = pdfText(a4);
  expect(text).toContain('Tenants & allies: evening one'); // the running header and the title
  expect(text).toMatch(/Page 1 of \d/);
  expect(text).toContain('Agreed: anyone can pass, no reason needed.');
  expect(text).toContain('Write to the housing committee');
  expect(text).toMatch(/Respect and empowerment: average 4\.0 out of 5, from fewer than 10\s+people/);
  // How many answered is never printed exactly.
  expect(text).not.toMatch(/from \d+\s+people/);
  expect(text).toContain('Agenda as run');
  // Private by the exercise's guidance, and the facilitator's follow-ups: out by default.
  expect(text).not.toContain('private ask');
  expect(text).not.toContain('Follow-ups for the facilitator');
  // The app's own screen furniture never prints.
  expect(text).not.toContain('Export Markdown');
  expect(text).not.toContain('Everything stays on this device');

  // Leave the notes out and put the caucus in, on US Letter; the choice is remembered for the session.
  const choices = page.getByRole('form', { name: 'What goes into the summary' });
  await choices.getByRole('checkbox', { name: 'Notes taken during exercises' }).uncheck();
  await choices.getByRole('checkbox', { name: 'What “Caucus: setting the agenda” kept' }).check();
  await choices.getByRole('radio', { name: 'US Letter' }).check();
  // The screen says when the last change has been saved; leaving before that could lose it.
  await expect(choices.getByRole('status')).toHaveText('Your choices are saved for this session.');
  await page.reload();
  await expect(choices.getByRole('radio', { name: 'US Letter' })).toBeChecked();
  await expect(choices.getByRole('checkbox', { name: 'Notes taken during exercises' })).not.toBeChecked();
  const letter = testInfo.outputPath('summary-letter.pdf');
  await page.pdf({ path: letter, preferCSSPageSize: true });
  expect(pdfPageSize(letter)).toContain('(letter)');
  const letterText = pdfText(letter);
  expect(letterText).not.toContain('Agreed: anyone can pass');
  expect(letterText).not.toContain('private ask'); // a note, and notes are now left out
  expect(letterText).toContain('Write to the housing committee');
});

test('the summary exports as a Markdown file and copies to the clipboard', async ({ page, context }) => {
  await runShortSession(page);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export Markdown…' }).click()]);
  expect(download.suggestedFilename()).toBe('Tenants - allies- evening one.md');
  const markdown = await readFile((await download.path())!, 'utf8');
  expect(markdown.startsWith('# Tenants & allies: evening one\n')).toBe(true);
  expect(markdown).toContain('Agreed: anyone can pass, no reason needed.');
  expect(markdown).toContain('1. Write to the housing committee *(Shared roots, distinct histories)*');
  expect(markdown).not.toContain('private ask');

  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.getByRole('button', { name: 'Copy as Markdown' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Summary copied as Markdown.' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(markdown);
});
