import type { Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { adaptExercise, ownExerciseToMarkdown } from '../../domain/content/own-exercise.ts';
import { planSession } from '../support/app-steps.ts';
import { expect, test } from '../support/fixtures.ts';
import { shippedExercises } from '../support/shipped-content.ts';
import { PASSPHRASE } from '../support/vault-steps.ts';

// The last words that were written into the code rather than a catalog: the
// printed page's footer and numbers, the shell's own fallbacks, the web
// mode's question before a link, refusals, the preparation pack's notes and
// the shared files' name. Each in English as before and in Spanish.

/** A PDF's text as pdftotext reads it, its white space folded. */
async function printedText(page: Page, file: string): Promise<string> {
  await page.pdf({ path: file, preferCSSPageSize: true });
  return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

const ENGLISH_FOOTER = 'Common Ground · kept on this device, printed for the group';
const SPANISH_FOOTER = 'Common Ground · guardado en este dispositivo, impreso para el grupo';

test.describe('the printed page’s footer and page numbers', () => {
  test('print a summary in its participants’ language, whatever the app’s', async ({ page }, testInfo) => {
    await planSession(page, { title: 'Resumen bilingüe', exercises: ['Agreements and the floor protocol (25 minutes)'] });
    await page.getByLabel('Shown to participants in').selectOption({ label: 'Español' });
    // A summary is offered once the session has been run.
    await page.getByRole('link', { name: 'Run this session' }).click();
    await page.getByRole('button', { name: 'Start' }).click();
    await page.getByRole('button', { name: 'Pause' }).click();
    await page.getByRole('link', { name: 'Back to the plan' }).click();
    await page.getByRole('link', { name: 'Summary to print or share' }).click();
    await expect(page.getByRole('article', { name: 'Resumen: Resumen bilingüe' })).toBeVisible();
    const spanish = await printedText(page, testInfo.outputPath('resumen.pdf'));
    expect(spanish).toContain(SPANISH_FOOTER);
    expect(spanish).toMatch(/Página 1 de \d+/);
    expect(spanish).not.toContain('printed for the group');
    expect(spanish).not.toMatch(/Page \d/);

    // The app in Spanish, the room in English: the summary still prints in the room's language.
    await page.getByRole('link', { name: 'Back to the plan' }).click();
    await page.getByLabel('Shown to participants in').selectOption({ label: 'English' });
    await page.getByLabel('Language', { exact: true }).selectOption('es');
    await page.getByRole('link', { name: 'Resumen para imprimir o compartir' }).click();
    await expect(page.getByRole('article', { name: 'Summary: Resumen bilingüe' })).toBeVisible();
    const english = await printedText(page, testInfo.outputPath('summary.pdf'));
    expect(english).toContain(ENGLISH_FOOTER);
    expect(english).toMatch(/Page 1 of \d+/);
    expect(english).not.toContain('impreso para el grupo');
    expect(english).not.toMatch(/Página \d/);
  });

  test.describe('with the browser set to Spanish, on a first run', () => {
    test.use({ locale: 'es-ES', vaultChoice: null });

    test('print the recovery key in the app’s language', async ({ page }, testInfo) => {
      test.setTimeout(120_000);
      await page.goto('/#/sessions');
      const form = page.getByRole('form', { name: 'Elegir una frase de contraseña' });
      await form.getByLabel('Frase de contraseña', { exact: true }).fill(PASSPHRASE);
      await form.getByLabel('Escríbela otra vez').fill(PASSPHRASE);
      await form.getByLabel(/Lo entiendo: sin la frase de contraseña/).check();
      await form.getByRole('button', { name: 'Activar la caja fuerte' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Tu clave de recuperación' })).toBeVisible({ timeout: 60_000 });
      const text = await printedText(page, testInfo.outputPath('clave.pdf'));
      expect(text).toContain('Tu clave de recuperación');
      expect(text).toContain(SPANISH_FOOTER);
      expect(text).toMatch(/Página 1 de 1/);
      expect(text).not.toMatch(/Page \d|printed for the group/);
    });
  });
});

test.describe('the shell, with the browser set to Spanish', () => {
  test.use({ locale: 'es-ES' });

  test('says a screen is loading, and that a browser with no storage cannot open sessions, in Spanish', async ({ page }) => {
    // A screen's code held back on its way: the shell shows its loading line meanwhile.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/assets\/PrivacyScreen-[\w-]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto('/#/sessions');
    await page.getByRole('link', { name: 'Privacidad', exact: true }).click();
    await expect(page.locator('main .loading')).toHaveText('Cargando…');
    release();
    await expect(page.getByRole('heading', { level: 1, name: 'Privacidad' })).toBeVisible();

    await page.addInitScript(() => Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true }));
    await page.goto('/#/sessions/some-session');
    await page.reload(); // a new document, so the script above runs before the app
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('En este navegador no se puede guardar nada');
    await expect(page.locator('main .detail p')).toHaveText(
      'Aquí no se pueden abrir sesiones: el mensaje de arriba dice qué hacer en su lugar.',
    );
  });
});

/** Keeps an own exercise adapted from a shipped one, through the import screen in Spanish; its title. */
async function importOwnExercise(page: Page, file: string): Promise<string> {
  const shipped = (await shippedExercises()).find((exercise) => exercise.id === 'agreements-and-floor-protocol')!;
  await writeFile(file, ownExerciseToMarkdown(adaptExercise(shipped, new Set())));
  await page.goto('/#/library/import');
  await page.getByLabel('Elegir archivos…').setInputFiles(file);
  await page.getByRole('button', { name: 'Añadir a mis ejercicios' }).click();
  await expect(page.getByRole('button', { name: 'Exportar como archivo Markdown' })).toBeVisible();
  return shipped.title;
}

test.describe('own exercises, with the browser set to Spanish', () => {
  test.use({ locale: 'es-ES' });

  test('several shared at once are saved under a Spanish file name', async ({ page }, testInfo) => {
    const title = await importOwnExercise(page, testInfo.outputPath('acuerdos.md'));
    await page.goto('/#/library/share');
    await page.getByRole('group', { name: 'Mis ejercicios' }).getByLabel(title).check();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Guardar 1 archivo como .zip' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('ejercicios-y-plantillas-compartidos.zip');
    await expect(page.getByRole('status')).toHaveText('Se guardó 1 archivo como ejercicios-y-plantillas-compartidos.zip.');
  });
});
