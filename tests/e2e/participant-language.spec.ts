import { openCheckInRound, openParticipantDisplay, planSession } from '../support/app-steps.ts';
import { expect, test } from '../support/fixtures.ts';

// A session can be shown to its participants in another language than the
// facilitator's own screens: the display, the hand-around and the printed
// summary follow the session's choice, the run view keeps the app's.

test('a session shown in Spanish: the display and the hand-around speak Spanish while the facilitator’s screens stay English', async ({
  page,
  context,
}) => {
  await planSession(page, { title: 'Bilingual room', exercises: ['Agreements and the floor protocol (25 minutes)'] });
  await page.getByLabel('Shown to participants in').selectOption({ label: 'Español' });
  await page.getByRole('link', { name: 'Run this session' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Run: Bilingual room');
  // The facilitator reads the exercise in English…
  await expect(page.locator('#run-step-title')).toHaveText('Who this session is for');
  // …and sees what the room is shown, in the room's language.
  const display = await openParticipantDisplay(page, context);
  await expect(display.getByRole('main', { name: 'Pantalla para el grupo' })).toBeVisible();
  await expect(display.getByRole('heading', { level: 1 })).toHaveText('Para quién es esta sesión');
  await expect(display.locator('.display__item')).toHaveText('Acuerdos y el protocolo de la palabra');
  await expect(display.locator('[lang="es"]')).toHaveCount(1);

  // Back to English for the room: the display follows at once.
  await page.getByRole('link', { name: 'Back to the plan' }).click();
  await page.getByLabel('Shown to participants in').selectOption({ label: 'English' });
  await page.getByRole('link', { name: 'Run this session' }).click();
  await expect(display.getByRole('main', { name: 'Participant display' })).toBeVisible();
  await expect(display.getByRole('heading', { level: 1 })).toHaveText('Who this session is for');

  // And Spanish again for a hand-around: the promise and the questions in Spanish; leaving it, the run view in English.
  await page.getByRole('link', { name: 'Back to the plan' }).click();
  await page.getByLabel('Shown to participants in').selectOption({ label: 'Español' });
  await page.getByRole('link', { name: 'Run this session' }).click();
  await openCheckInRound(page, ['Respect and empowerment']);
  await page.getByRole('link', { name: 'Hand the device round' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tu turno' })).toBeVisible();
  await expect(page.getByText('Tus respuestas son privadas. Nadie las ve, ni siquiera quien facilita', { exact: false })).toBeVisible();
  await page.getByRole('button', { name: 'Alguien de una comunidad de las más afectadas por este trabajo' }).click();
  await expect(page.getByRole('group').first()).toContainText('Aquí se trató lo que sabe mi comunidad como un saber experto de verdad.');
});
