import { expect, type BrowserContext, type Page } from '@playwright/test';

// Steps many end-to-end tests take the same way a user would, written once.

export interface PlannedSession {
  title: string;
  /** As the "Start from" list shows it, without "Template: ". */
  template?: string;
  /** As the exercise list shows them, e.g. "Parallel timelines (60 minutes)". */
  exercises?: string[];
  breaks?: number;
}

/** Creates a session from the sessions screen and plans it, waiting for each item to appear. */
export async function planSession(page: Page, { title, template, exercises = [], breaks = 0 }: PlannedSession): Promise<void> {
  await page.goto('/');
  await page.getByLabel('Title', { exact: true }).fill(title);
  if (template) await page.getByLabel('Start from').selectOption({ label: `Template: ${template}` });
  await page.getByRole('button', { name: 'Create session' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Plan: ${title}`);
  const entries = page.locator('.agenda-entry');
  const before = template ? await entries.count() : 0;
  for (const [index, label] of exercises.entries()) {
    await page.getByLabel('Exercise from the library').selectOption({ label });
    await page.getByRole('button', { name: 'Add exercise' }).click();
    await expect(entries).toHaveCount(before + index + 1);
  }
  for (let added = 1; added <= breaks; added++) {
    await page.getByRole('button', { name: 'Add a break' }).click();
    await expect(entries).toHaveCount(before + exercises.length + added);
  }
}

/** Opens the participant display from the run (a popup in the browser) and returns its page. */
export async function openParticipantDisplay(page: Page, context: BrowserContext, button = 'Open participant display'): Promise<Page> {
  const [display] = await Promise.all([context.waitForEvent('page'), page.getByRole('button', { name: button }).click()]);
  return display;
}

/** Opens a check-in round from the run view's check-in panel, with only the instruments named (by the start of their title). */
export async function openCheckInRound(page: Page, instruments: string[], method: 'hand-around' | 'tally' = 'hand-around'): Promise<void> {
  const form = page.getByRole('form', { name: 'Open a check-in round' });
  if (!(await form.isVisible())) await page.getByText('Open a check-in round').click();
  for (const box of await form.getByRole('checkbox').all()) await box.uncheck();
  for (const title of instruments) await form.getByRole('checkbox', { name: new RegExp(`^${title}`) }).check();
  await form.getByRole('radio', { name: method === 'tally' ? 'Tally from cards or slips' : 'Private hand-around on this device' }).check();
  await form.getByRole('button', { name: 'Open check-in round' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Check-in round open' })).toBeVisible();
}
