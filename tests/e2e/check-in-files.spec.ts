import type { Page } from '@playwright/test';
import { finishHandAround, openCheckInRound, planSession, takeTurn } from '../support/app-steps.ts';
import { expect, test } from '../support/fixtures.ts';
import { checkInFigures, readIndexedDbFiles, type CheckInFigures, type IndexedDbFiles } from '../support/indexeddb-files.ts';

// Issue 13, "Done when": check-in answers must not be recoverable from the
// browser profile's own files. Chromium's IndexedDB is log-structured, so
// every version of a record that was ever written stays in the files for a
// while, superseded and deleted ones too (and Chromium keeps extra copies
// of the old version in its undo log while a transaction is open). These
// tests run real rounds, close the browser, and read every file of the
// profile's IndexedDB folder with tests/support/indexeddb-files.ts, the way
// anyone holding the device could.
//
// What must not be there, for a round of 6 and a round of 4 (the floor is 5):
// - any tally from before everyone had answered (a respondent count from 1
//   to 5, or an item's counts adding up to 1–5): the difference between
//   two versions is one person's answers;
// - any count at all for the round of 4, which closes below the floor.
//
// Rounds are told apart by their `roundId`, in the order they first appear
// on disk (the round of 6 is run and closed first), so the test does not
// depend on how the app names or numbers them.

const TITLE = 'Files on the device';
const FLOOR = 5;

async function startSession(page: Page) {
  await planSession(page, { title: TITLE, exercises: ['Agreements and the floor protocol (25 minutes)'], breaks: 1 });
  await page.getByRole('link', { name: 'Run this session' }).click();
  await page.getByRole('button', { name: 'Start' }).click();
}

/** Each person in turn on the device, each answering every question with their own value. */
async function handAround(page: Page, answers: number[]) {
  await page.getByRole('link', { name: 'Hand the device round' }).click();
  for (const answer of answers) await takeTurn(page, { track: 'affected', answer });
  await finishHandAround(page);
}

/** One pile of slips typed in: for every question, how many chose each value. */
async function typeCounts(page: Page, pile: Record<number, number>) {
  const form = page.getByRole('form', { name: 'Counts from cards or slips' });
  for (const row of await form.locator('tbody tr').all()) {
    for (const [value, count] of Object.entries(pile)) {
      await row.getByRole('spinbutton', { name: new RegExp(`how many chose ${value}$`) }).fill(String(count));
    }
  }
  await form.getByRole('button', { name: 'Add these counts' }).click();
  await expect(form.getByRole('status')).toContainText('Counts added');
}

async function closeRound(page: Page, sequence: number) {
  const panel = page.getByRole('region', { name: 'Check-ins' });
  await panel.getByRole('button', { name: 'Close round and show results' }).click();
  await expect(panel.getByRole('article', { name: `Check-in round ${sequence}` })).toBeVisible();
}

/**
 * Closes the browser once both rounds are on disk, and reads its files.
 * Reloading first shows the last round closed, read back from IndexedDB:
 * the writes made at closing are committed (the first round's before it),
 * so a clean result cannot come from closing the browser too early.
 */
async function filesAfterClosing(page: Page, close: () => Promise<void>, profileDir: string, baseURL: string | undefined) {
  await page.reload();
  const panel = page.getByRole('region', { name: 'Check-ins' });
  await expect(panel.getByRole('article', { name: 'Check-in round 2' })).toBeVisible();
  await expect(panel.getByRole('button', { name: 'Close round and show results' })).toHaveCount(0);
  await close();
  return readIndexedDbFiles(profileDir, new URL(baseURL ?? '').origin);
}

function holdsText(value: unknown, text: string): boolean {
  if (typeof value === 'string') return value.includes(text);
  if (typeof value !== 'object' || value === null) return false;
  return Object.values(value).some((child) => holdsText(child, text));
}

/**
 * What differencing a round's successive versions gives away: the answers
 * each version added, per item, e.g. "+1 person: 4/4/4/4". Only versions as
 * written are used (the undo log's copies repeat them).
 */
function recovered(figures: CheckInFigures[]): string {
  const versions = figures.filter(({ found }) => found.from === 'record');
  const answers = (row: Record<string, number>, less: Record<string, number> = {}) =>
    Object.entries(row)
      .flatMap(([value, count]) => Array<string>(Math.max(0, count - (less[value] ?? 0))).fill(value))
      .join('+');
  return versions
    .map((after, index) => {
      const before = versions[index - 1];
      const people = (after.respondents ?? 0) - (before?.respondents ?? 0);
      const items = Object.entries(after.counts).map(([itemId, row]) => answers(row, before?.counts[itemId]));
      return `${before ? '+' : ''}${people} person(s): ${items.join('/')}`;
    })
    .join('; ');
}

function describe(figures: CheckInFigures[]): string {
  if (figures.length === 0) return 'none';
  return figures
    .map(({ respondents, itemTotals, found }) => {
      const totals = Object.values(itemTotals).join('/') || '–';
      return `respondents ${respondents ?? '–'}, item totals ${totals} (${found.from}, ${found.file}, #${found.sequence ?? 'blob'})`;
    })
    .join('\n    ');
}

/**
 * The assertions, one per thing a reader of the disk must not learn. Soft,
 * so a failing run lists everything it found, round by round.
 */
function expectNothingRecoverable(disk: IndexedDbFiles) {
  // The reader did read the app's records, not an empty or foreign folder.
  expect(
    disk.values.some((stored) => holdsText(stored.value, TITLE)),
    `the session "${TITLE}" is among the ${disk.values.length} stored values read from ${disk.files.map(({ file }) => file).join(', ')}`,
  ).toBe(true);

  const figures = checkInFigures(disk);
  // Shown in the report even when the test passes: what the files do hold.
  test.info().annotations.push({ type: 'check-in figures on disk', description: describe(figures) });
  const roundIds = [...new Set(figures.map(({ roundId }) => roundId))];
  const [roundOf6 = null, roundOf4 = null, ...others] = roundIds;
  const ofRound = (roundId: string | null) => figures.filter((figure) => figure.roundId === roundId);
  const found = (roundId: string | null) =>
    `\n  found on disk, in the order written:\n    ${describe(ofRound(roundId))}\n  answers recovered by differencing the versions (item by item): ${recovered(ofRound(roundId)) || 'none'}`;
  const fewerThanTheFloor = (figure: CheckInFigures) =>
    (figure.respondents !== null && figure.respondents >= 1 && figure.respondents <= FLOOR) ||
    Object.values(figure.itemTotals).some((total) => total >= 1 && total <= FLOOR);

  expect.soft(others, `only two rounds ran, yet figures for more rounds are on disk: ${others.join(', ')}`).toEqual([]);

  // FAILS while an open round's tally is rewritten after each person: every intermediate version is on disk.
  expect
    .soft(
      ofRound(roundOf6)
        .filter(fewerThanTheFloor)
        .map(({ respondents }) => respondents),
      `Round of 6 (first round on disk, ${roundOf6}): a tally from fewer than 6 people is on disk, so the difference between two versions gives away one person's answers.${found(roundOf6)}`,
    )
    .toEqual([]);

  // FAILS while a round below the floor keeps its counts.
  expect
    .soft(
      ofRound(roundOf4)
        .filter((figure) => (figure.respondents ?? 0) > 0 || figure.positiveCounts > 0)
        .map(({ respondents }) => respondents),
      `Round of 4 (second round on disk, ${roundOf4}): it closed below the floor of ${FLOOR}, yet counts from it are on disk.${found(roundOf4)}`,
    )
    .toEqual([]);

  // Whatever round they belong to, and however they are filed, no figures from 1 to 5 people.
  expect
    .soft(
      figures.filter(fewerThanTheFloor).length,
      `figures from 1 to ${FLOOR} people anywhere on disk (any round, any record):\n    ${describe(figures.filter(fewerThanTheFloor))}`,
    )
    .toBe(0);
}

test('hand-around rounds of 6 and of 4 leave no intermediate tally and no below-floor counts in the profile’s files', async ({
  page,
  context,
  profileDir,
  baseURL,
}) => {
  await startSession(page);

  // Six people, each with answers of their own, so each intermediate tally would show whose they were.
  await openCheckInRound(page, ['Respect and empowerment']);
  await handAround(page, [5, 4, 2, 3, 1, 4]);
  await closeRound(page, 1);

  await openCheckInRound(page, ['Respect and empowerment']);
  await handAround(page, [1, 2, 5, 3]);
  await closeRound(page, 2);

  const disk = await filesAfterClosing(page, () => context.close(), profileDir, baseURL);
  expectNothingRecoverable(disk);
});

test('typed tallies for rounds of 6 and of 4 leave no intermediate tally and no below-floor counts in the profile’s files', async ({
  page,
  context,
  profileDir,
  baseURL,
}) => {
  await startSession(page);

  // Six slips counted in two piles, typed in one after the other: the first pile alone is 4 people.
  await openCheckInRound(page, ['Respect and empowerment'], 'tally');
  await typeCounts(page, { 5: 2, 4: 2 });
  await typeCounts(page, { 2: 1, 3: 1 });
  await closeRound(page, 1);

  await openCheckInRound(page, ['Respect and empowerment'], 'tally');
  await typeCounts(page, { 1: 1, 2: 1, 4: 2 });
  await closeRound(page, 2);

  const disk = await filesAfterClosing(page, () => context.close(), profileDir, baseURL);
  expectNothingRecoverable(disk);
});
