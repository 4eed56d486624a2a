import { PARTICIPANT_PROMISE } from '../../domain/check-ins/disclosure.ts';
import { finishHandAround, openParticipantDisplay, planSession, takeTurn } from '../support/app-steps.ts';
import { expect, test } from '../support/fixtures.ts';

test('a group with no facilitator goes from the template to its summary, with a pause, a check-in and an early end', async ({
  page,
  context,
}) => {
  let now = new Date('2027-03-05T18:00:00').getTime();
  await page.clock.setFixedTime(now);
  const advance = async (ms: number) => page.clock.setFixedTime((now += ms));

  await planSession(page, { title: 'Allies, Tuesday', template: "Allies' evening, without a facilitator" });
  await expect(page.getByLabel('Who leads')).toHaveValue('self-guided');
  // Only what a group can run on its own can be added, and the rest say why.
  const exercises = page.getByLabel('Exercise from the library');
  await expect(exercises.getByRole('option', { name: /Shared roots, distinct histories/ })).toHaveCount(0);
  await page.getByText('exercises need an experienced facilitator').click();
  await expect(page.getByRole('listitem').filter({ hasText: 'Shared roots, distinct histories:' })).toContainText('painful history');

  await page.getByRole('link', { name: 'Run this session' }).click();
  await expect(page.getByRole('region', { name: 'Roles' })).toContainText('Process watcher');
  // The cards have no airtime buttons: the process watcher is pointed at the pause, which they do have.
  await expect(page.getByRole('region', { name: 'Roles' })).toContainText('presses “We need to pause” when something is off');
  await expect(page.getByRole('region', { name: 'Roles' })).not.toContainText('airtime');
  const display = await openParticipantDisplay(page, context, 'Show the cards on a second screen');
  await page.getByRole('button', { name: 'Start the session' }).click();
  // The second screen mirrors the card, text to read included: with no facilitator it is everyone's.
  await expect(display.locator('.display__title')).toHaveText("Why we're doing this among allies");
  await expect(display.locator('.display__read-aloud')).toContainText('Welcome to the allies’ caucus');

  const card = page.getByRole('article');
  const title = page.locator('#guided-card-title');
  await expect(title).toHaveText("Why we're doing this among allies");
  await expect(card.getByRole('heading', { name: 'Read aloud' })).toBeVisible();
  await expect(card.getByRole('region', { name: 'Roles' })).toContainText('The person holding the device reads first');
  await page.getByRole('button', { name: 'Next →' }).click();
  await expect(title).toHaveText('Writing privately');
  await expect(card.getByRole('region', { name: 'Roles' })).toContainText('Roles stay where they are until the next exercise');

  // A pause stops the timer and offers guidance; carrying on starts it again.
  const clock = page.getByTestId('timer');
  await advance(60_000);
  await page.getByRole('button', { name: 'We need to pause' }).click();
  await expect(page.getByRole('heading', { name: 'Paused' })).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: 'Timer stopped' })).toBeVisible();
  const atPause = await clock.textContent();
  await advance(5 * 60_000);
  await page.waitForTimeout(600); // more than two redraws of the clock
  await expect(clock).toHaveText(atPause!);
  await page.getByRole('button', { name: 'Allies are taking over' }).click();
  const paused = page.getByRole('region', { name: 'Paused' });
  await expect(paused).toContainText('everyone writes their point on a card first');
  // Nothing in it sorts people by who they are in front of the others.
  await expect(paused).not.toContainText('speak first');
  await page.getByRole('button', { name: 'Carry on' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Timer running: on time' })).toBeVisible();

  // On to the built-in check-in.
  for (let presses = 0; presses < 40 && (await title.textContent()) !== 'Check-in: my place in this work'; presses++) {
    await page.getByRole('button', { name: 'Next →' }).click();
  }
  await expect(title).toHaveText('Check-in: my place in this work');
  // The group is told the one promise the app keeps, and to pass the device round in order, to everyone.
  const checkIn = page.getByRole('region', { name: 'Private check-in' });
  await expect(checkIn.getByText(PARTICIPANT_PROMISE, { exact: true })).toBeVisible();
  await expect(checkIn).toContainText('Pass the device round the circle in order, to everyone, including anyone who will pass');
  await page.getByRole('button', { name: 'Start the private hand-around' }).click();
  await expect(page.getByText(PARTICIPANT_PROMISE, { exact: true })).toBeVisible();
  for (let person = 0; person < 5; person++) await takeTurn(page, { track: 'ally', answer: 2, wantsChange: person === 0 });
  // The way out asks first, so a participant who taps it by chance sees nothing behind it.
  await finishHandAround(page);
  await expect(page.getByRole('status').filter({ hasText: '5 people have taken their turn' })).toBeVisible();
  await page.getByRole('button', { name: 'Everyone has gone: show the results' }).click();
  const results = page.getByRole('region', { name: 'Private check-in' });
  await expect(results.getByTestId('mean-ally-acceptance')).toContainText('from fewer than 10 people');
  await expect(results.getByRole('note')).toHaveText('One person asked for a change: slow down, or something needs to change.');
  const guidance = results.getByRole('alert').filter({ hasText: 'Allies are looking for acceptance' });
  await expect(guidance).toContainText('This is for allies to work on among themselves');
  // A group on its own gets guidance, not a facilitator's buttons.
  await expect(results.getByRole('button')).toHaveCount(0);
  // The group's own note at the check-in.
  await page.getByLabel('Notes for this step').fill('Next time: talk about wanting thanks.');
  await expect(page.locator('#step-note-status')).toHaveText('Saved');

  // An early end, with nothing lost.
  await page.getByRole('button', { name: 'Next →' }).click();
  await page.getByRole('button', { name: 'We need to pause' }).click();
  await page.getByRole('button', { name: 'We want to stop' }).click();
  await expect(page.getByRole('region', { name: 'Paused' })).toContainText('Stopping early is a good decision');
  await page.getByRole('button', { name: 'End the session early…' }).click();
  await page.getByRole('button', { name: 'End the session', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('You have finished');

  await page.getByRole('link', { name: 'See your summary' }).click();
  const summary = page.getByRole('article', { name: 'Summary: Allies, Tuesday' });
  await expect(summary).toContainText('Agenda as run');
  await expect(summary).toContainText('Allies: my place in this work: average 2.7 out of 5, from fewer than 10 people.');
  await expect(summary.getByRole('cell', { name: 'not run' })).toHaveCount(0);
  // The group's note is in its summary by default, as its own, with nothing addressed to a facilitator it does not have.
  await expect(page.getByRole('checkbox', { name: 'Notes you took, at exercises and check-ins' })).toBeChecked();
  await expect(summary.getByRole('heading', { name: 'Notes at the check-ins' })).toBeVisible();
  await expect(summary).toContainText('Next time: talk about wanting thanks.');
  await expect(page.getByText(/facilitator/)).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('article', { name: 'Summary: Allies, Tuesday' })).toContainText('from fewer than 10 people');
});
