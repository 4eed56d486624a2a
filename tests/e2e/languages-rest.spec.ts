import type { Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { adaptExercise, ownExerciseToMarkdown } from '../../domain/content/own-exercise.ts';
import { openSpanishSummary, planSession } from '../support/app-steps.ts';
import { expect, test } from '../support/fixtures.ts';
import { shoot } from '../support/screenshots.ts';
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
    await openSpanishSummary(page, 'Resumen bilingüe');
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
      // Its own footer: what the sheet is for, not the group's "printed for the group".
      expect(text).toContain('clave de recuperación: guárdala aparte, no la enseñes');
      expect(text).toMatch(/Página 1 de 1/);
      expect(text).not.toContain(SPANISH_FOOTER);
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
    await shoot(page, 'es-no-storage', page.getByRole('heading', { level: 1 }));
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

test('the preparation pack prints each exercise’s notes, and what to bring, in the app’s language where translated', async ({
  page,
}, testInfo) => {
  test.setTimeout(90_000);
  // An own exercise, whose notes the plan keeps as its author wrote them.
  const shipped = (await shippedExercises()).find((exercise) => exercise.id === 'agreements-and-floor-protocol')!;
  const file = testInfo.outputPath('nuestros-acuerdos.md');
  const own = {
    ...adaptExercise(shipped, new Set()),
    title: 'Nuestros acuerdos',
    safetyNotes: 'Nadie tiene que contar nada de sí.',
    facilitatorNotes: '- Lleva tarjetas de colores para cada grupo.\n- Habla con quien coordina antes.',
  };
  await writeFile(file, ownExerciseToMarkdown(own));
  await page.goto('/#/library/import');
  await page.getByLabel('Choose files…').setInputFiles(file);
  await page.getByRole('button', { name: 'Add to my exercises' }).click();
  await expect(page.getByRole('button', { name: 'Export as Markdown file' })).toBeVisible();

  await planSession(page, {
    title: 'Asamblea de barrio',
    exercises: [
      'Agreements and the floor protocol (25 minutes)',
      "Zero-sum check: what do we think we'd lose? (40 minutes)",
      `Nuestros acuerdos (${own.durationMinutes} minutes, yours)`,
    ],
  });
  await page.getByLabel('Language', { exact: true }).selectOption('es');
  await page.getByRole('link', { name: 'Dosier de preparación para imprimir' }).click();
  const pack = page.getByRole('article', { name: 'Asamblea de barrio' });

  // A translated exercise: its steps, notes and what to bring, in Spanish, unmarked.
  const agreements = pack.getByRole('region', { name: /Acuerdos y el protocolo de la palabra$/ });
  await expect(agreements.getByRole('heading', { level: 3 }).first()).toContainText('Paso 1');
  await expect(agreements).toContainText('Nadie necesita revelar su identidad');
  await expect(agreements).toContainText('Lleva papelitos idénticos, tarjetas en blanco idénticas');
  await expect(agreements).not.toContainText('Nobody needs to reveal');
  await expect(agreements.getByText('Aún sin traducir: se muestra en inglés')).toHaveCount(0);
  const bring = pack.getByRole('region', { name: 'Qué llevar' });
  await expect(bring.getByRole('heading', { name: 'Acuerdos y el protocolo de la palabra' })).toBeVisible();
  await expect(bring).toContainText('Lleva papelitos idénticos, tarjetas en blanco idénticas');
  await expect(bring).not.toContainText('Bring identical slips');

  // One not yet translated: English, marked as the library marks it, and what to bring in its English.
  const zeroSum = pack.getByRole('region', { name: /Zero-sum check/ });
  await expect(zeroSum.getByText('Aún sin traducir: se muestra en inglés')).toBeVisible();
  await expect(zeroSum).toContainText('This space is allies-only by self-selection.');
  await expect(bring).toContainText('Bring two paper slips per person');

  // The own exercise: its notes as the plan kept them, and what they ask to bring, read in the app's language.
  const ours = pack.getByRole('region', { name: /Nuestros acuerdos$/ });
  await expect(ours).toContainText('Nadie tiene que contar nada de sí.');
  await expect(ours).not.toContainText('no longer in the library');
  await expect(ours.getByText('Aún sin traducir')).toHaveCount(0);
  await expect(bring).toContainText('Lleva tarjetas de colores para cada grupo.');
  await expect(bring).not.toContainText('Habla con quien coordina');
  await shoot(page, 'es-pack-bring', bring.getByRole('heading', { level: 2 }));
  await shoot(page, 'es-pack-untranslated', zeroSum.getByRole('heading', { level: 2 }));
});

test('refusals over own exercises and templates are said in the app’s language', async ({ page, context }, testInfo) => {
  test.setTimeout(90_000);
  const shipped = (await shippedExercises()).find((exercise) => exercise.id === 'agreements-and-floor-protocol')!;
  const file = testInfo.outputPath('nuestros-acuerdos.md');
  const own = { ...adaptExercise(shipped, new Set()), title: 'Nuestros acuerdos' };
  await writeFile(file, ownExerciseToMarkdown(own));
  await page.goto('/#/library/import');
  await page.getByLabel('Choose files…').setInputFiles(file);
  await page.getByRole('button', { name: 'Add to my exercises' }).click();
  await expect(page.getByRole('button', { name: 'Export as Markdown file' })).toBeVisible();
  const exercisePage = page.url();
  await planSession(page, { title: 'Asamblea', exercises: [`Nuestros acuerdos (${own.durationMinutes} minutes, yours)`], breaks: 1 });
  await page.getByLabel('Language', { exact: true }).selectOption('es');

  /** Fills the save-as-template form in Spanish until it is ready to save. */
  const readyToSave = async (title: string) => {
    await page.getByRole('link', { name: 'Guardar como plantilla' }).click();
    const form = page.getByRole('form', { name: 'La plantilla' });
    await form.getByLabel('Título', { exact: true }).fill(title);
    await form.getByLabel('Resumen', { exact: true }).fill('Una velada para acordar cómo nos escuchamos.');
    await form.getByLabel('Qué preparar', { exact: true }).fill('Papelógrafo.');
    await form.getByLabel('Sobre este taller', { exact: true }).fill('Funcionó con el grupo de marzo.');
    await expect(page.getByRole('heading', { level: 2, name: 'Listo para guardar' })).toBeVisible();
  };
  await readyToSave('Velada de acuerdos');
  await page.getByRole('button', { name: 'Guardar en mis plantillas' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Velada de acuerdos' })).toBeVisible();

  // A second template, ready to save, while the exercise it names is deleted in another window.
  await page.goBack();
  await page.goBack();
  await readyToSave('Otra velada');
  const other = await context.newPage();
  await other.goto(exercisePage);
  await other.getByRole('button', { name: 'Borrar…' }).click();
  await other.getByRole('button', { name: 'Borrar', exact: true }).click();
  await expect(other.getByRole('heading', { level: 1, name: 'Biblioteca de ejercicios' })).toBeVisible();
  await other.close();
  await page.getByRole('button', { name: 'Guardar en mis plantillas' }).click();
  const refused = page.locator('main').getByRole('alert').filter({ hasText: 'Esto no se puede guardar:' });
  await expect(refused).toContainText(
    /Esto no se puede guardar: agenda\[0\]\.exercise: menciona «own-[a-z0-9]+», que no está en la biblioteca/,
  );
  await expect(page.locator('.storage-problem')).toContainText('No se pudo guardar la plantilla. Esto no se puede guardar:');
  await shoot(page, 'es-template-refused', page.locator('.storage-problems'));
  await expect(page.locator('body')).not.toContainText(/cannot be kept|which is not in the library/);

  // The first template can no longer be planned from: said in Spanish.
  await page.getByRole('link', { name: 'Sesiones', exact: true }).click();
  await page.getByLabel('Título', { exact: true }).fill('Mayo');
  await page.getByLabel('Empezar desde').selectOption({ label: 'Mi plantilla: Velada de acuerdos' });
  await page.getByRole('button', { name: 'Crear sesión' }).click();
  await expect(page.locator('.new-session').getByRole('alert')).toHaveText(
    '«Velada de acuerdos» menciona un ejercicio que ya no se guarda aquí, así que no se creó ninguna sesión a partir de ella. Ábrela para ver cuál.',
  );
});

test.describe('the last words found in English, with the browser set to Spanish', () => {
  test.use({ locale: 'es-ES' });

  test('a plan past midnight, a copy, a restored session and every loading line are in Spanish', async ({ page }, testInfo) => {
    test.setTimeout(90_000);
    // Every loading line the app shows, however briefly, recorded as it appears.
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { loadingLines: string[] }).loadingLines = seen;
      new MutationObserver(() => {
        for (const line of document.querySelectorAll('.loading'))
          if (!seen.includes(line.textContent ?? '')) seen.push(line.textContent ?? '');
      }).observe(document, { childList: true, subtree: true, characterData: true });
    });
    await page.goto('/');
    await page.getByLabel('Título', { exact: true }).fill('Asamblea');
    await page.getByRole('button', { name: 'Crear sesión' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Plan: Asamblea');
    const plan = page.url();
    for (let added = 1; added <= 4; added++) {
      await page.getByRole('button', { name: 'Añadir una pausa' }).click();
      await expect(page.locator('.agenda-entry')).toHaveCount(added);
    }
    await page.locator('#session-date').fill('2027-03-01T23:30');
    // Ten-minute breaks from 23:30: the fourth starts the next day.
    await expect(page.locator('.agenda-entry__time').nth(2)).toHaveText('23:50–0:00');
    await expect(page.locator('.agenda-entry__time').nth(3)).toHaveText('0:00–0:10 (al día siguiente)');
    await shoot(page, 'es-plan-next-day', page.locator('.agenda-entry').nth(3));
    await page.goto(`${plan}/run`);
    await expect(page.getByRole('button', { name: 'Empezar' })).toBeVisible();
    await page.reload(); // a fresh document: the plan and the run load their session anew
    await expect(page.getByRole('button', { name: 'Empezar' })).toBeVisible();
    await page.goto(plan);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Plan: Asamblea');
    const lines = await page.evaluate(() => (window as unknown as { loadingLines: string[] }).loadingLines);
    expect(lines).toContain('Cargando…');
    expect(lines.filter((line) => /Loading/.test(line))).toEqual([]);

    // A copy, and a session restored beside the one already here, say so in Spanish.
    await page.getByRole('link', { name: 'Sesiones', exact: true }).click();
    await page.getByRole('button', { name: 'Duplicar' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Plan: Asamblea (copia)');
    await page.getByRole('link', { name: 'Sesiones', exact: true }).click();
    await page.getByRole('button', { name: 'Exportar todas las sesiones…' }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Guardar el archivo' }).click()]);
    const file = testInfo.outputPath('copia.json');
    await download.saveAs(file);
    await page.getByLabel('Restaurar desde una copia…').setInputFiles(file);
    await page.getByRole('button', { name: 'Conservar las dos' }).click();
    await expect(page.locator('.session-row__title')).toHaveCount(4);
    expect((await page.locator('.session-row__title').allTextContents()).sort()).toEqual([
      'Asamblea',
      'Asamblea (copia)',
      'Asamblea (copia) (restaurada)',
      'Asamblea (restaurada)',
    ]);
  });
});

test('with the pseudo-language, the summary’s paper sizes come from a catalog', async ({ page }) => {
  await planSession(page, { title: 'Pseudo', breaks: 1 });
  await page.getByRole('link', { name: 'Run this session' }).click();
  await page.getByRole('button', { name: 'Start' }).click();
  await page.getByRole('button', { name: 'Pause' }).click();
  await page.getByRole('link', { name: 'Back to the plan' }).click();
  await page.getByRole('link', { name: 'Summary to print or share' }).click();
  await expect(page.getByRole('radio', { name: 'A4' })).toBeChecked();
  await page.evaluate(() => localStorage.setItem('common-ground:language', 'en-XA'));
  await page.reload();
  await expect(page.locator('.summary-choices label').filter({ has: page.getByRole('radio') })).toHaveText([
    /^\s*\[Á4 ·\]$/,
    /^\s*\[ÚŠ Léttér/,
  ]);
});

test('the preparation pack prints a translated template’s preparation and check-ins in the app’s language', async ({ page }) => {
  await planSession(page, { title: 'Primer encuentro', template: 'First session for a mixed group' });
  await page.getByLabel('Language', { exact: true }).selectOption('es');
  await page.getByRole('link', { name: 'Dosier de preparación para imprimir' }).click();
  const pack = page.getByRole('article', { name: 'Primer encuentro' });
  await expect(pack.getByRole('table')).toContainText('ronda de chequeo: Respeto y empoderamiento');
  await expect(pack.getByRole('table')).not.toContainText('Respect and empowerment');
  const preparation = pack.getByRole('region', { name: 'Preparación' });
  await expect(preparation).toContainText('Dos personas facilitadoras, dos salas.');
  await expect(preparation.getByText('Aún sin traducir')).toHaveCount(0);
  const bring = pack.getByRole('region', { name: 'Qué llevar' });
  await expect(bring.getByRole('heading', { name: 'Para toda la sesión' })).toBeVisible();
  await expect(bring).toContainText('Materiales: copias impresas de los pasos del espacio propio');
  await expect(bring).not.toContainText('printed copies');
});
