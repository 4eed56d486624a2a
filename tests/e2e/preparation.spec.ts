import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import type { Exercise } from '../../domain/content/exercise-schema.ts';
import { loadContentLibrary } from '../../scripts/content-files.ts';
import { planSession } from '../support/app-steps.ts';
import { expect, test } from '../support/fixtures.ts';

const HALF_DAY = 'Allies and activists: a half-day';
const HALF_DAY_ID = 'allies-and-activists-half-day';

/** The shipped half-day template's exercises, in agenda order, as the build has them. */
async function halfDayExercises(): Promise<Exercise[]> {
  const projectRoot = path.resolve(import.meta.dirname, '../..');
  const result = await loadContentLibrary({ contentDir: path.join(projectRoot, 'content'), projectRoot });
  if (!result.ok) throw new Error('The shipped content does not load; run npm run content:check.');
  const template = result.library.templates.find((candidate) => candidate.id === HALF_DAY_ID)!;
  return template.agenda.flatMap((item) =>
    item.kind === 'exercise' ? [result.library.exercises.find((exercise) => exercise.id === item.exercise)!] : [],
  );
}

/** Text as read, with list markers, Markdown's emphasis, curly quotes (the renderer's typography) and all line breaks gone. */
function plain(text: string): string {
  return text
    .replace(/^\s*-\s+/gm, '')
    .replace(/\*+/g, '')
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A line from each step's script that is read aloud as it stands (no list, no stage direction): its first eight words. */
function scriptLines(exercise: Exercise): string[] {
  return exercise.steps.map((step) => {
    const paragraph = step.script.split(/\n\s*\n/).find((candidate) => /^[A-Z“"]/.test(candidate.trim())) ?? step.script;
    return plain(paragraph).split(' ').slice(0, 8).join(' ');
  });
}

async function axeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

async function planHalfDay(page: Page, startsAt: string | null) {
  await planSession(page, { title: 'Saturday half-day', template: HALF_DAY });
  if (startsAt) await page.getByLabel('Date and time').fill(startsAt);
}

test('a plan from the half-day template shows each item’s clock time, the template’s preparation and links to each exercise', async ({
  page,
}) => {
  await planHalfDay(page, '2027-03-13T09:30');
  const times = page.locator('.agenda-entry__time');
  const expected = [
    '9:30 AM–9:50 AM',
    '9:50 AM–10:15 AM',
    '10:15 AM–10:32 AM',
    '10:32 AM–10:42 AM',
    '10:42 AM–11:27 AM',
    '11:27 AM–11:42 AM',
    '11:42 AM–12:27 PM',
    '12:27 PM–12:39 PM',
    '12:39 PM–12:54 PM',
    '12:54 PM–1:39 PM',
    '1:39 PM–1:59 PM',
    '1:59 PM–2:14 PM',
  ];
  // Intl writes a narrow no-break space before AM and PM.
  await expect(times).toHaveText(expected.map((time) => new RegExp(`^${time.replaceAll(' ', '\\s')}$`)));

  // A longer opening moves every later item.
  await page.getByLabel('Minutes', { exact: true }).first().fill('30');
  await expect(times.nth(1)).toHaveText(/^10:00\sAM–10:25\sAM$/);
  await expect(times.last()).toHaveText(/^2:09\sPM–2:24\sPM$/);

  const preparation = page.getByRole('region', { name: 'Preparation' });
  await expect(preparation).toContainText('from the template “Allies and activists: a half-day”');
  await expect(preparation).toContainText('Two facilitators, two rooms.');
  await expect(preparation).toContainText('Materials: flipcharts and markers for both rooms');

  // The template's long note on the caucus shows whole, with no scrolling inside its box.
  const caucusNote = page.getByLabel('Preparation note for “Caucus: setting the agenda”');
  await expect(caucusNote).toHaveValue(/Allies wait to be invited back/);
  expect(await caucusNote.evaluate((box) => box.scrollHeight <= box.clientHeight)).toBe(true);

  expect(await axeViolations(page)).toEqual([]);

  await page.getByRole('link', { name: 'Caucus: setting the agenda', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Caucus: setting the agenda' })).toBeVisible();
});

test('a plan with no start time counts each item from the start', async ({ page }) => {
  await planHalfDay(page, null);
  await expect(page.locator('.agenda-entry__time').first()).toHaveText('+0:00');
  await expect(page.locator('.agenda-entry__time').nth(2)).toHaveText('+0:45');
  await expect(page.getByText('set a date and time above to see clock times')).toBeVisible();
});

function pdfText(file: string): string {
  return plain(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }));
}

function pdfPageSize(file: string): string {
  return /Page size:\s+(.*)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]!;
}

test('the preparation pack prints the plan with clock times, the preparation, what to bring, every exercise’s script and the handouts', async ({
  page,
}, testInfo) => {
  test.setTimeout(60_000);
  const exercises = await halfDayExercises();
  await planHalfDay(page, '2027-03-13T09:30');
  await page.getByRole('link', { name: 'Preparation pack to print' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Preparation pack: Saturday half-day' })).toBeVisible();
  const pack = page.getByRole('article', { name: 'Saturday half-day' });
  await expect(pack.getByRole('heading', { name: 'Handouts for participants' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  const a4 = testInfo.outputPath('pack-a4.pdf');
  await page.pdf({ path: a4, preferCSSPageSize: true });
  expect(pdfPageSize(a4)).toContain('(A4)');
  const text = pdfText(a4);
  expect(text).toMatch(/9:30\sAM–9:50\sAM Arriving: grounding and access/);
  expect(text).toMatch(/1:59\sPM–2:14\sPM After the close/);
  expect(text).toContain('Two facilitators, two rooms.');
  expect(text).toContain('What to bring');
  expect(text).toContain('Handouts for participants');
  expect(text).toMatch(/Page 1 of \d+/);
  for (const exercise of exercises) {
    expect(text).toContain(plain(exercise.title));
    for (const line of scriptLines(exercise)) expect(text, `${exercise.id}: the script`).toContain(line);
    expect(text, `${exercise.id}: the safety notes`).toContain(plain(exercise.safetyNotes).split(' ').slice(0, 8).join(' '));
  }
  // The screen's own controls never print.
  expect(text).not.toContain('Save as PDF');

  await page.getByRole('radio', { name: 'US Letter' }).check();
  const letter = testInfo.outputPath('pack-letter.pdf');
  await page.pdf({ path: letter, preferCSSPageSize: true });
  expect(pdfPageSize(letter)).toContain('(letter)');
  expect(pdfText(letter)).toContain(scriptLines(exercises[0]!)[0]!);
});

test('the first launch points to the templates and the library, and search and sort wait for sessions to search', async ({ page }) => {
  await page.goto('/');
  const yours = page.getByRole('region', { name: 'Your sessions' });
  await expect(yours.getByText('No sessions yet. Create one above.')).toBeVisible();
  await expect(yours.getByRole('search')).toHaveCount(0);
  await expect(page.getByLabel('Search by title')).toHaveCount(0);
  await expect(page.getByLabel('Sort by')).toHaveCount(0);
  // Nothing to export yet; restoring a backup is always offered.
  await expect(page.getByRole('button', { name: 'Export all sessions…' })).toHaveCount(0);
  await expect(page.getByText('Restore from a backup file…')).toBeVisible();
  await yours.getByRole('link', { name: 'Browse the workshop templates' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Workshop templates' })).toBeVisible();
  await page.goBack();
  await yours.getByRole('link', { name: 'Browse the exercise library' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Exercise/);

  // One session: nothing to search among yet. Two: search and sort appear.
  await planSession(page, { title: 'First', byLink: true });
  await page.getByRole('link', { name: '← Back to sessions' }).click();
  await expect(page.locator('.session-row')).toHaveCount(1);
  await expect(page.getByLabel('Search by title')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Export all sessions…' })).toBeVisible();
  await planSession(page, { title: 'Second', byLink: true });
  await page.getByRole('link', { name: '← Back to sessions' }).click();
  await expect(page.getByLabel('Search by title')).toBeVisible();
  await expect(page.getByLabel('Sort by')).toBeVisible();
});
