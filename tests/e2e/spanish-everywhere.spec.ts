import { openCheckInRound } from '../support/app-steps.ts';
import { expect, test } from '../support/fixtures.ts';
import { ENGLISH, expectNoEnglish } from '../support/no-english.ts';

// With the browser set to Spanish, the main journey shows no English UI
// string: every text on screen is checked against the English catalogs, and
// any that reads as an English catalog entry (and not as its Spanish one)
// was left in English. Content is not in the catalogs (its words come from
// content/ and what people typed), so it never counts; untranslated content
// is labelled on screen instead (tests/e2e/languages.spec.ts).

test.use({ locale: 'es-ES' });

test('with the browser in Spanish, the main journey shows no English UI string', async ({ page }) => {
  test.setTimeout(180_000);
  expect(ENGLISH.length).toBeGreaterThan(300);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Sesiones' })).toBeVisible();
  await expectNoEnglish(page, 'sessions');

  await page.getByLabel('Título', { exact: true }).fill('Asamblea de barrio');
  await page.getByLabel('Empezar desde').selectOption({ index: 1 });
  await page.getByRole('button', { name: 'Crear sesión' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Plan: Asamblea de barrio');
  await expectNoEnglish(page, 'planner');

  await page.getByRole('link', { name: 'Dirigir esta sesión' }).click();
  await page.getByRole('button', { name: 'Empezar' }).click();
  await expect(page.getByRole('button', { name: 'Pausar' })).toBeVisible();
  await expectNoEnglish(page, 'run view');
  // The exercise's safety notes, from its translation like its steps, not English beside them.
  const safety = page.locator('.run-notes').first();
  await expect(safety.locator('summary')).toHaveText('Seguridad');
  await expect(safety.locator('li').first()).toBeVisible();
  await expect(safety).not.toContainText('Nobody is asked to say their needs aloud');
  await expect(safety.locator('.not-translated')).toHaveCount(0);

  await openCheckInRound(page, ['Respe'], 'hand-around', 'es');
  await expectNoEnglish(page, 'run view with a round open');
  await page.getByRole('link', { name: 'Pasar el dispositivo' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tu turno' })).toBeVisible();
  await expectNoEnglish(page, 'hand-around');
  await page.getByRole('button', { name: 'Ya ha pasado todo el mundo: terminar de pasar el dispositivo…' }).click();
  await page.getByRole('link', { name: 'Terminar de pasar el dispositivo' }).click();
  await page.getByRole('button', { name: 'Pausar' }).click();

  await page.getByRole('link', { name: 'Volver al plan' }).click();
  await page.getByRole('link', { name: 'Resumen para imprimir o compartir' }).click();
  await expect(page.locator('.summary-controls h1')).toHaveText('Resumen: Asamblea de barrio');
  await expectNoEnglish(page, 'summary');

  for (const [link, heading] of [
    ['Ejercicios', 'Biblioteca de ejercicios'],
    ['Plantillas de taller', 'Plantillas de taller'],
    ['Rondas de chequeo', 'Rondas de chequeo'],
    ['Privacidad', 'Privacidad'],
  ] as const) {
    await page.getByRole('link', { name: link, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(heading);
    await expectNoEnglish(page, link);
    if (link !== 'Privacidad') {
      await page.locator('.card__title a').first().click();
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expectNoEnglish(page, `${link}: first item`);
    }
  }
});
