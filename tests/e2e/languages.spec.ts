import { expect, test } from '../support/fixtures.ts';

// The app speaks the browser's language when it can, and the facilitator can
// change it at any time; the choice is kept on this device.

test.describe('with the browser set to Spanish', () => {
  test.use({ locale: 'es-ES' });

  test('the shell and the sessions screen are in Spanish, and switching to English follows at once and is kept', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await expect(page.getByRole('heading', { level: 1, name: 'Sesiones' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Principal' }).getByRole('link')).toHaveText([
      'Sesiones',
      'Ejercicios',
      'Plantillas de taller',
      'Rondas de chequeo',
      'Privacidad',
    ]);
    await expect(page.getByText('Todo se queda en este dispositivo. No se envía nada a ninguna parte.')).toBeVisible();
    await page.getByLabel('Título', { exact: true }).fill('Asamblea de barrio');
    await page.getByRole('button', { name: 'Crear sesión' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Asamblea de barrio');
    await page.getByRole('link', { name: 'Sesiones', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: /sesión/ })).toHaveText('1 sesión');
    await expect(page.locator('.session-row__meta')).toContainText('Sin fecha');
    await expect(page.locator('.session-row__meta')).toContainText('Planificada');

    await page.getByLabel('Idioma', { exact: true }).selectOption('en');
    await expect(page.getByRole('heading', { level: 1, name: 'Sessions' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('.session-row__meta')).toContainText('Planned');
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Sessions' })).toBeVisible();
    await expect(page.getByLabel('Language', { exact: true })).toHaveValue('en');
  });
});

test('with the pseudo-language, every string of the shell and the sessions screen comes from a catalog', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('common-ground:language', 'en-XA'));
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^\[Šéššíóñš ·+\]$/);
  // Every piece of text on the screen comes from a catalog, so each is in brackets; a piece that is not was written into the code.
  const pieces = await page.evaluate(() => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const out: string[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim() ?? '';
      if (text && !node.parentElement?.closest('option, script, style')) out.push(text);
    }
    return out;
  });
  expect(pieces.length).toBeGreaterThan(10);
  expect(pieces.filter((text) => !/^\[.*\]$/s.test(text) && !/^[·.,:;()\s]+$/.test(text))).toEqual([]);
});
