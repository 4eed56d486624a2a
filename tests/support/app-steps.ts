import { expect, type BrowserContext, type Page } from '@playwright/test';

// Steps many end-to-end tests take the same way a user would, written once.

export interface PlannedSession {
  title: string;
  /** As the "Start from" list shows it, without "Template: ". */
  template?: string;
  /** As the exercise list shows them, e.g. "Parallel timelines (60 minutes)". */
  exercises?: string[];
  breaks?: number;
  /** Reach the sessions screen by its link rather than by loading the app again (which locks an open vault). */
  byLink?: boolean;
}

/** Creates a session from the sessions screen and plans it, waiting for each item to appear. */
export async function planSession(
  page: Page,
  { title, template, exercises = [], breaks = 0, byLink = false }: PlannedSession,
): Promise<void> {
  if (byLink) await page.getByRole('link', { name: 'Sessions', exact: true }).click();
  else await page.goto('/');
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

/** Shows the run view's less frequent controls (time, timer options, shortcuts, display), if they are not shown already. */
/**
 * Plans a one-exercise session shown to its participants in Spanish, runs it a
 * moment (a summary is offered once a session has been run) and opens its
 * summary: the facilitator's screens in English, the summary in Spanish.
 */
export async function openSpanishSummary(page: Page, title: string): Promise<void> {
  await planSession(page, { title, exercises: ['Agreements and the floor protocol (25 minutes)'] });
  await page.getByLabel('Shown to participants in').selectOption({ label: 'Español' });
  await page.getByRole('link', { name: 'Run this session' }).click();
  await page.getByRole('button', { name: 'Start' }).click();
  await page.getByRole('button', { name: 'Pause' }).click();
  await page.getByRole('link', { name: 'Back to the plan' }).click();
  await page.getByRole('link', { name: 'Summary to print or share' }).click();
}

export async function showMoreRunControls(page: Page): Promise<void> {
  const toggle = page.getByRole('button', { name: 'More controls' });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  await expect(page.getByRole('group', { name: 'More controls' })).toBeVisible();
}

/** Opens the participant display from the run (a popup in the browser) and returns its page. */
export async function openParticipantDisplay(page: Page, context: BrowserContext, button = 'Open participant display'): Promise<Page> {
  // In the facilitated run it is among the run view's "More controls"; the self-guided run shows its own button.
  if (!(await page.getByRole('button', { name: button }).isVisible())) await showMoreRunControls(page);
  const [display] = await Promise.all([context.waitForEvent('page'), page.getByRole('button', { name: button }).click()]);
  return display;
}

/** Opens a check-in round from the run view's check-in panel, with only the instruments named (by the start of their title). */
/** The check-in panel's words, in the languages the tests drive it in. */
const ROUND_PANEL = {
  en: {
    form: 'Open a check-in round',
    tally: 'Tally from cards or slips',
    handAround: 'Private hand-around on this device',
    open: 'Open check-in round',
    opened: 'Check-in round open',
  },
  es: {
    form: 'Abrir una ronda de chequeo',
    tally: 'Recuento con tarjetas o papeles',
    handAround: 'Ronda privada pasando este dispositivo',
    open: 'Abrir la ronda de chequeo',
    opened: 'Ronda de chequeo abierta',
  },
} as const;

export async function openCheckInRound(
  page: Page,
  instruments: string[],
  method: 'hand-around' | 'tally' = 'hand-around',
  language: keyof typeof ROUND_PANEL = 'en',
): Promise<void> {
  const words = ROUND_PANEL[language];
  const form = page.getByRole('form', { name: words.form });
  if (!(await form.isVisible())) await page.getByText(words.form).click();
  for (const box of await form.getByRole('checkbox').all()) await box.uncheck();
  for (const title of instruments) await form.getByRole('checkbox', { name: new RegExp(`^${title}`) }).check();
  await form.getByRole('radio', { name: method === 'tally' ? words.tally : words.handAround }).check();
  await form.getByRole('button', { name: words.open }).click();
  await expect(page.getByRole('status').filter({ hasText: words.opened })).toBeVisible();
}

/** The tracks as the hand-around's first screen offers them. */
export const TRACKS = {
  affected: 'Someone from a community most affected by this work',
  ally: 'An ally',
  none: 'I prefer not to say',
} as const;

export interface Turn {
  track: keyof typeof TRACKS;
  /** The value chosen on every question of the track; left out, every question is passed. */
  answer?: number;
  /** "Does something need to change?": left out, it is passed. */
  wantsChange?: boolean;
}

/** What one turn looked like from the outside: the heading of every screen of the path, and how many held a question. */
export interface TurnRecord {
  headings: string[];
  nextPresses: number;
  questions: number;
  neutral: number;
}

/**
 * One person's turn on the hand-around, from "Your turn" to "Thank you", the
 * way a participant takes it: choose a track, then one screen at a time,
 * each checked to start on "Pass" with nothing of anyone before on it, then
 * the question everyone is asked, and submit. Then the device is handed on.
 */
export async function takeTurn(page: Page, { track, answer, wantsChange }: Turn): Promise<TurnRecord> {
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toHaveText('Your turn');
  await expect(page.locator('input:checked')).toHaveCount(0);
  await page.getByRole('button', { name: TRACKS[track], exact: true }).click();

  const record: TurnRecord = { headings: [], nextPresses: 0, questions: 0, neutral: 0 };
  for (;;) {
    await expect(heading).toHaveText(/^Screen \d+ of \d+$/);
    const text = (await heading.textContent()) ?? '';
    const [, at, of] = /^Screen (\d+) of (\d+)$/.exec(text) ?? [];
    expect(text, 'each screen follows the last').toBe(`Screen ${record.headings.length + 1} of ${of}`);
    record.headings.push(text);
    // Whatever the screen holds, nothing is chosen on it yet but "Pass".
    const radios = page.locator('input[type="radio"]');
    if ((await radios.count()) > 0) {
      await expect(page.locator('input[type="radio"]:checked')).toHaveCount(1);
      await expect(page.getByRole('radio', { name: 'Pass' })).toBeChecked();
    }
    if (at === of) {
      const change = page.getByRole('group', { name: /^Does something need to change\?/ });
      await expect(change).toBeVisible();
      if (wantsChange !== undefined) await change.getByRole('radio', { name: wantsChange ? 'Yes' : 'No' }).check();
      await page.getByRole('button', { name: 'Submit my answers' }).click();
      break;
    }
    if (await page.locator('fieldset.scale-item').isVisible()) {
      record.questions++;
      if (answer !== undefined) await page.locator(`fieldset.scale-item input[value="${answer}"]`).check();
    } else {
      await expect(page.getByText('Nothing to answer on this screen — take a breath, then Next.')).toBeVisible();
      record.neutral++;
    }
    await page.getByRole('button', { name: 'Next →' }).click();
    record.nextPresses++;
  }

  await expect(heading).toHaveText('Thank you');
  await expect(page.locator('input')).toHaveCount(0);
  await expect(page.getByText(/Average|[0-9]\.[0-9]/)).toHaveCount(0);
  await page.getByRole('button', { name: 'I’m the next person' }).click();
  await expect(heading).toHaveText('Your turn');
  return record;
}

/** The facilitator, with the device back, ends the hand-around: the way out asks first. */
export async function finishHandAround(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Everyone has had a turn: finish the hand-around…' }).click();
  await expect(page.getByRole('alert')).toContainText('Only finish once the device is back');
  await page.getByRole('link', { name: 'Finish the hand-around' }).click();
}
