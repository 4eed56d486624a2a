import type { BrowserContext, Page } from '@playwright/test';
import { COMPARED_NOTE } from '../../domain/check-ins/disclosure.ts';
import { finishHandAround, openCheckInRound, openParticipantDisplay, planSession, takeTurn, type Turn } from '../support/app-steps.ts';
import { expect, test } from '../support/fixtures.ts';

/** Plans a three-item session, starts running it, and opens the participant display: returns what the room sees. */
async function startSession(page: Page, context: BrowserContext) {
  await page.clock.setFixedTime(new Date('2027-03-05T18:00:00').getTime());
  await planSession(page, { title: 'Coalition evening', exercises: ['Agreements and the floor protocol (25 minutes)'], breaks: 2 });
  await page.getByRole('link', { name: 'Run this session' }).click();
  await page.getByRole('button', { name: 'Start' }).click();
  const display = await openParticipantDisplay(page, context);
  return display.getByRole('main', { name: 'Participant display' });
}

/** Each person in turn, through the same screens, on a device cleared between them; then the facilitator finishes. */
async function handAround(page: Page, people: Turn[]) {
  await page.getByRole('link', { name: 'Hand the device round' }).click();
  for (const person of people) await takeTurn(page, person);
  await finishHandAround(page);
}

const everyone = (count: number, answer: number): Turn[] => Array.from({ length: count }, () => ({ track: 'affected', answer }));

test('three hand-around rounds: answers stay private, aggregates appear only at the threshold, and a low score prompts caucus time', async ({
  page,
  context,
}) => {
  // Seventeen turns on the device, each checked screen by screen: long by nature, so it gets three times the usual limit.
  test.slow();
  const room = await startSession(page, context);

  // Round 1: five people from the affected track, plus an ally and someone who prefers not to say (nothing stored for them).
  await openCheckInRound(page, ['Respect and empowerment']);
  await expect(room.getByRole('heading', { name: 'Check-in' })).toBeVisible();
  await expect(room).toContainText('The device comes round the circle, in order, to everyone');
  await handAround(page, [...everyone(5, 5), { track: 'ally' }, { track: 'none' }]);
  const panel = page.getByRole('region', { name: 'Check-ins' });
  await expect(panel.getByRole('status')).toContainText('7 turns taken');
  // Once people have answered privately, no typed counts can join them: they could be subtracted to read a person.
  await expect(panel.getByRole('button', { name: 'Enter counts from cards or slips' })).toHaveCount(0);
  // Hidden until the round is closed, so early answers cannot sway later ones.
  await expect(panel.getByText(/Average/)).toHaveCount(0);
  await panel.getByRole('button', { name: 'Close round and show results' }).click();
  const round1 = panel.getByRole('article', { name: 'Check-in round 1' });
  await expect(round1.getByTestId('mean-respect-and-empowerment')).toContainText('Average 5.0 out of 5, from fewer than 10 people');
  await expect(room).not.toContainText('Average');
  await expect(room).not.toContainText('Check-in');

  // Round 2: four people, one fewer than the minimum. Nothing is shown, not even how many answered.
  await openCheckInRound(page, ['Respect and empowerment']);
  await handAround(page, everyone(4, 1));
  await panel.getByRole('button', { name: 'Close round and show results' }).click();
  const round2 = panel.getByRole('article', { name: 'Check-in round 2' });
  await expect(round2).toContainText('Fewer than 5 people answered, so nothing is shown');
  await expect(round2.getByText(/Average|people answered, from|[0-9]\.[0-9]/)).toHaveCount(0);
  await expect(round2.getByRole('table')).toHaveCount(0);

  // Round 3: six people, an average of 3: low enough to act on, whatever round 1 said. One more person than round 1, so question by
  // question the two rounds could be subtracted to read that person: only the overall average is shown, and why.
  await openCheckInRound(page, ['Respect and empowerment']);
  await handAround(page, everyone(6, 3));
  await panel.getByRole('button', { name: 'Close round and show results' }).click();
  const round3 = panel.getByRole('article', { name: 'Check-in round 3' });
  await expect(round3.getByTestId('mean-respect-and-empowerment')).toContainText(
    'Average 3.0 out of 5, from fewer than 10 people · down 2.0 since the first round',
  );
  await expect(round3).toContainText(COMPARED_NOTE);
  const prompt = round3.getByRole('alert').filter({ hasText: 'Respect or say is low' });
  await expect(prompt).toBeVisible();
  await expect(page.getByRole('img', { name: /Respect and empowerment.*round 1: 5\.0; round 2: not shown; round 3: 3\.0/ })).toBeVisible();

  await prompt.getByRole('button', { name: 'Insert caucus time now' }).click();
  await expect(prompt.getByRole('status')).toContainText('Caucus time (10 minutes) is in the agenda and its timer has started');
  await expect(page.locator('.run__progress')).toContainText('Item 2 of 4: Caucus time');
  await expect(page.getByTestId('timer')).toHaveText('10:00');
  await expect(page.getByRole('status').filter({ hasText: 'On time' })).toBeVisible();
  await expect(room.locator('.display__title')).toHaveText('Caucus time');
});

test('counts from cards go in as a tally, the room sees the questions but never results, and a check-out is offered at the end', async ({
  page,
  context,
}) => {
  const room = await startSession(page, context);

  await openCheckInRound(page, ["Allies: the room I'm taking"], 'tally');
  await expect(room).toContainText('Everyone takes 5 slips, whatever they answer. No names. One slip per question');
  // The questions are a page of their own on the room's screen, turned to by the facilitator.
  await expect(room).not.toContainText('I talked more than my share.');
  await page.getByRole('radio', { name: 'The questions' }).check();
  await expect(room).toContainText('I talked more than my share.');
  await expect(room).not.toContainText('Everyone takes 5 slips');
  const tally = page.getByRole('form', { name: 'Counts from cards or slips' });
  for (const question of ['I talked more than my share', 'I suggested what this group', 'Part of me wanted', 'I offered help']) {
    await tally.getByRole('spinbutton', { name: new RegExp(`^${question}.*how many chose 4$`) }).fill('5');
    await tally.getByRole('spinbutton', { name: new RegExp(`^${question}.*how many chose 2$`) }).fill('1');
  }
  await tally.getByRole('button', { name: 'Add these counts' }).click();
  await expect(tally.getByRole('status')).toHaveText('Counts added. Results stay hidden until you close the round.');
  await expect(page.getByRole('link', { name: 'Hand the device round' })).toHaveCount(0);
  await expect(page.getByText(/Average/)).toHaveCount(0);
  await page.getByRole('button', { name: 'Close round and show results' }).click();
  const round = page.getByRole('article', { name: 'Check-in round 1' });
  await expect(round.getByTestId('mean-ally-centring')).toContainText('Average 2.3 out of 5, from fewer than 10 people');
  const prompt = round.getByRole('alert').filter({ hasText: 'Allies are taking up too much room' });
  await prompt.getByRole('button', { name: 'Allies listen only during the next item' }).click();
  await expect(prompt.getByRole('status')).toContainText('Allies will take part only by listening during “Break”');
  await page.keyboard.press('s');
  await expect(page.getByRole('note').filter({ hasText: 'Allies take part only by listening during this item.' })).toBeVisible();
  await expect(room).toContainText('Allies: listening only during this part.');
  await expect(room).not.toContainText('Average');

  // On the last item the closing check-out is offered, with the questions used before already chosen.
  await page.keyboard.press('s');
  await expect(page.locator('.run__progress')).toContainText('Item 3 of 3');
  const checkOut = page.getByRole('form', { name: 'Open the closing check-out' });
  await expect(checkOut.getByRole('checkbox', { name: /^Allies: the room I'm taking/ })).toBeChecked();
  await expect(checkOut.getByRole('checkbox', { name: /^Respect and empowerment/ })).not.toBeChecked();
  await checkOut.getByRole('button', { name: 'Open the closing check-out' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Closing check-out open' })).toBeVisible();
  await expect(room.getByRole('heading', { name: 'Closing check-out' })).toBeVisible();
});
