import { expect, test } from '../support/fixtures.ts';

// When someone is hurt in a Spanish session, the guide the facilitator opens
// is in Spanish, under the title its button gives it: nobody should have to
// translate a safety text in the moment, or look for a guide whose button and
// heading disagree.

test.use({ locale: 'es-ES' });

test('in a Spanish run, the harm guide opens in Spanish under its button’s title', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('Título', { exact: true }).fill('Asamblea de barrio');
  await page.getByRole('button', { name: 'Crear sesión' }).click();
  await page.getByRole('button', { name: 'Añadir ejercicio' }).click();
  await expect(page.locator('.agenda-entry')).toHaveCount(1);
  await page.getByRole('link', { name: 'Dirigir esta sesión' }).click();
  await page.getByRole('button', { name: 'Empezar' }).click();
  await expect(page.getByRole('button', { name: 'Pausar' })).toBeVisible();

  await page.getByRole('button', { name: 'Si aquí se produce un daño', exact: true }).click();
  const guide = page.getByRole('dialog', { name: 'Si aquí se produce un daño' });
  await expect(guide).toBeVisible();
  // Its steps, what the room sees and its safety notes are the Spanish text, not the English original.
  await expect(guide.getByRole('heading', { level: 3 })).toContainText([
    'Detener el plan',
    'Un tiempo aparte',
    'La primera palabra',
    'Reconocimiento',
    'El seguimiento, y qué pasa ahora',
    'Notas de seguridad',
  ]);
  await expect(guide).toContainText('Acaba de pasar algo que ha hecho daño');
  await expect(guide).toContainText('A nadie se le pedirá que describa lo que pasó.');
  await expect(guide).toContainText('Nunca repitas un insulto');
  await expect(guide).not.toContainText('Pause the plan');
  await expect(guide).not.toContainText('Aún sin traducir');
});

test('a Spanish group on its own reads the same guide from «Necesitamos una pausa»', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('Título', { exact: true }).fill('Velada del martes');
  await page.getByLabel('Empezar desde').selectOption('self-guided-evening');
  await page.getByRole('button', { name: 'Crear sesión' }).click();
  await page.getByRole('link', { name: 'Dirigir esta sesión' }).click();
  await page.getByRole('button', { name: 'Empezar la sesión' }).click();
  await page.getByRole('button', { name: 'Necesitamos una pausa' }).click();
  await page.getByRole('button', { name: 'Aquí se ha hecho daño a alguien' }).click();
  await page.getByRole('button', { name: 'Leer la guía: Si aquí se produce un daño' }).click();
  const guide = page.getByRole('dialog', { name: 'Si aquí se produce un daño' });
  await expect(guide).toBeVisible();
  await expect(guide).toContainText('Detener el plan');
  await expect(guide).not.toContainText('Pause the plan');
});
