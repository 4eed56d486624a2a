import type { BrowserContext, Page } from '@playwright/test';
import { PARTICIPANT_PROMISE } from '../../domain/check-ins/disclosure.ts';
import { finishHandAround, openCheckInRound, openParticipantDisplay, planSession, takeTurn } from '../support/app-steps.ts';
import { expect, test } from '../support/fixtures.ts';

// The room can see how long each person holds the device and how often they
// tap it. Every path through the hand-around must therefore be the same
// length, whatever track is chosen, or none; and the one question that has
// no track, "does something need to change?", is on everyone's path.

const ALL_THREE = ['Respect and empowerment', 'Allies: my place', "Allies: the room I'm taking"];

/** Runs a session with the participant display open: returns what the room sees. */
async function startSession(page: Page, context: BrowserContext) {
  await planSession(page, { title: 'Same path', exercises: ['Agreements and the floor protocol (25 minutes)'] });
  await page.getByRole('link', { name: 'Run this session' }).click();
  await page.getByRole('button', { name: 'Start' }).click();
  const display = await openParticipantDisplay(page, context);
  return display.getByRole('main', { name: 'Participant display' });
}

const screens = (count: number) => Array.from({ length: count }, (_, index) => `Screen ${index + 1} of ${count}`);

test('an affected participant, an ally and someone who prefers not to say take the same number of screens, and asking for a change is counted with no track', async ({
  page,
  context,
}) => {
  const room = await startSession(page, context);
  // The affected track has 4 questions, the allies' 7 (two instruments): every path has 7 question screens and the change question.
  await openCheckInRound(page, ALL_THREE);
  await expect(room.getByText(PARTICIPANT_PROMISE, { exact: true })).toBeVisible();
  await expect(room).toContainText('Everyone goes through the same 8 screens');

  await page.getByRole('link', { name: 'Hand the device round' }).click();
  // What participants are told is the one promise, word for word.
  await expect(page.getByText(PARTICIPANT_PROMISE, { exact: true })).toBeVisible();
  await expect(page.getByRole('main')).toContainText('you go through the same 8 screens');

  const affected = await takeTurn(page, { track: 'affected', answer: 4, wantsChange: true });
  const ally = await takeTurn(page, { track: 'ally', answer: 2, wantsChange: false });
  const none = await takeTurn(page, { track: 'none', wantsChange: true });
  const passedAll = await takeTurn(page, { track: 'affected' });

  for (const turn of [affected, ally, none, passedAll]) {
    expect(turn.headings).toEqual(screens(8));
    expect(turn.nextPresses).toBe(7);
  }
  expect([affected.questions, affected.neutral]).toEqual([4, 3]);
  expect([ally.questions, ally.neutral]).toEqual([7, 0]);
  expect([none.questions, none.neutral]).toEqual([0, 7]);

  await finishHandAround(page);
  const panel = page.getByRole('region', { name: 'Check-ins' });
  await expect(panel.getByRole('status')).toContainText('4 turns taken');
  await panel.getByRole('button', { name: 'Close round and show results' }).click();
  const round = panel.getByRole('article', { name: 'Check-in round 1' });
  // Too few for any average, but the request for a change has no track and is said as a count.
  await expect(round.getByRole('note')).toHaveText('2 people asked for a change: slow down, or something needs to change.');
  await expect(round.getByText(/Average/)).toHaveCount(0);
});

test('the path is as long as the round’s largest track, Back keeps an answer, and changing track leaves nothing of the first', async ({
  page,
  context,
}) => {
  await startSession(page, context);
  // Only the affected track's 4 questions: an ally, who has none here, still goes through 4 screens.
  await openCheckInRound(page, ['Respect and empowerment']);
  await page.getByRole('link', { name: 'Hand the device round' }).click();
  const ally = await takeTurn(page, { track: 'ally', wantsChange: true });
  expect(ally.headings).toEqual(screens(5));
  expect([ally.questions, ally.neutral]).toEqual([0, 4]);

  // Back from the second question keeps the first answer; back to the start and another track clears it.
  await page.getByRole('button', { name: 'Someone from a community most affected by this work' }).click();
  await page.getByRole('radio', { name: '4' }).check();
  await page.getByRole('button', { name: 'Next →' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Screen 2 of 5');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await page.getByRole('button', { name: '← Back' }).click();
  await expect(page.getByRole('radio', { name: '4' })).toBeChecked();
  await page.getByRole('button', { name: '← Back' }).click();
  await page.getByRole('button', { name: 'An ally' }).click();
  await expect(page.getByText('Nothing to answer on this screen — take a breath, then Next.')).toBeVisible();
  await page.getByRole('button', { name: '← Back' }).click();
  await page.getByRole('button', { name: 'Someone from a community most affected by this work' }).click();
  await expect(page.getByRole('radio', { name: 'Pass' })).toBeChecked();
  await expect(page.locator('input[type="radio"]:checked')).toHaveCount(1);

  // The keyboard alone: a value, then Next, screen after screen.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('radio', { name: 'Pass' })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('radio', { name: '1 (Not at all)' })).toBeChecked();
  for (let screen = 1; screen <= 4; screen++) {
    await page.getByRole('button', { name: 'Next →' }).focus();
    await page.keyboard.press('Enter');
  }
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Screen 5 of 5');
  await page.getByRole('button', { name: 'Submit my answers' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thank you');
});

test('counts from slips: one slip per question, shuffled before counting, and slips asking for a change', async ({ page, context }) => {
  const room = await startSession(page, context);
  await openCheckInRound(page, ALL_THREE, 'tally');
  // The room is told to hand in the same number of slips whatever they answer, one per question, and that they are shuffled.
  await expect(room).toContainText('Everyone takes 8 slips, whatever they answer');
  await expect(room).toContainText('One slip per question');
  await expect(room).toContainText('shuffled before anyone counts them');
  await expect(room).toContainText('write “change” if something needs to change');
  await expect(room.getByText(PARTICIPANT_PROMISE, { exact: true })).toBeVisible();
  // Questions are numbered through the round, so a slip names its question; each questionnaire is a page of its own.
  await page.getByRole('radio', { name: 'Questions 5–7' }).check();
  await expect(room.getByRole('heading', { level: 2 })).toHaveText('Check-in: questions 5–7 of 11');
  await expect(
    room
      .getByRole('listitem')
      .filter({ hasText: 'If my offer of help were turned down here, I could accept that without feeling rejected.' }),
  ).toBeVisible();
  await expect(room.locator('ol')).toHaveAttribute('start', '5');

  const tally = page.getByRole('form', { name: 'Counts from cards or slips' });
  await expect(tally).toContainText('shuffle it well, so nobody, you included, sees one person’s slips together');
  await expect(tally).toContainText('each slip answers one question');
  for (const question of ['What my community knows', 'I had a real say', 'I could say what I really think', 'Allies here followed']) {
    await tally.getByRole('spinbutton', { name: new RegExp(`^${question}.*how many chose 4$`) }).fill('5');
  }
  await tally.getByRole('spinbutton', { name: /^Slips that say “change”/ }).fill('1');
  await tally.getByRole('button', { name: 'Add these counts' }).click();
  await expect(tally.getByRole('status')).toHaveText('Counts added. Results stay hidden until you close the round.');
  await expect(tally.getByRole('spinbutton', { name: /^Slips that say “change”/ })).toHaveValue('');

  await page.getByRole('button', { name: 'Close round and show results' }).click();
  const round = page.getByRole('article', { name: 'Check-in round 1' });
  await expect(round.getByRole('note')).toHaveText('One person asked for a change: slow down, or something needs to change.');
  await expect(round.getByTestId('mean-respect-and-empowerment')).toContainText('Average 4.0 out of 5, from fewer than 10 people');
});
