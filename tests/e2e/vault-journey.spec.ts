import { finishHandAround, openCheckInRound, openParticipantDisplay, planSession, takeTurn } from '../support/app-steps.ts';
import { expect, test } from '../support/fixtures.ts';
import { PASSPHRASE, turnOnAtFirstRun } from '../support/vault-steps.ts';

// The everyday journey with the vault on: a plan, the run with the
// participant display, a step note, a hand-around round closed into
// results, and the summary, all through sealed storage; then a lock and an
// unlock bring the same screen back, with no error reported.

test.use({ vaultChoice: null });

test('with the vault on, a session is planned, run with a display and a check-in round, summarised, locked and opened again', async ({
  page,
  context,
}) => {
  test.slow();
  await turnOnAtFirstRun(page);

  await planSession(page, {
    title: 'Coalition evening',
    exercises: ['Agreements and the floor protocol (25 minutes)'],
    breaks: 1,
    byLink: true,
  });
  await page.getByRole('link', { name: 'Run this session' }).click();
  await page.getByRole('button', { name: 'Start' }).click();
  const room = (await openParticipantDisplay(page, context)).getByRole('main', { name: 'Participant display' });
  await expect(room).not.toBeEmpty();
  await page.locator('#step-note').fill('We agreed on the floor protocol.');
  await expect(page.locator('#step-note-status')).toHaveText('Saved');

  await openCheckInRound(page, ['Respect and empowerment']);
  await page.getByRole('link', { name: 'Hand the device round' }).click();
  for (let person = 0; person < 5; person++) await takeTurn(page, { track: 'affected', answer: 4 });
  await finishHandAround(page);
  const panel = page.getByRole('region', { name: 'Check-ins' });
  await panel.getByRole('button', { name: 'Close round and show results' }).click();
  await expect(panel.getByRole('article', { name: 'Check-in round 1' }).getByTestId('mean-respect-and-empowerment')).toContainText(
    'Average 4.0',
  );

  await page.getByRole('button', { name: 'End session…' }).click();
  await page.getByRole('button', { name: 'End session', exact: true }).click();
  await page.getByRole('link', { name: 'Print or share the summary' }).click();
  await expect(page.getByText('We agreed on the floor protocol.')).toBeVisible();

  // Lock and unlock: the same summary, read again through the keys.
  const summaryUrl = page.url();
  await page.keyboard.press('Control+Shift+L');
  await expect(page.getByRole('heading', { level: 1, name: 'Locked' })).toBeVisible();
  await expect(page.locator('body')).not.toContainText('We agreed');
  await page.getByLabel('Passphrase').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByText('We agreed on the floor protocol.')).toBeVisible({ timeout: 30_000 });
  expect(page.url()).toBe(summaryUrl);
  await expect(page.getByRole('alert')).toHaveCount(0);
});
