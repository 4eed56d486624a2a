import type { Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { adaptExercise, ownExerciseToMarkdown } from '../../domain/content/own-exercise.ts';
import { planSession } from '../support/app-steps.ts';
import { expect, test } from '../support/fixtures.ts';
import { shoot } from '../support/screenshots.ts';
import { shippedExercises } from '../support/shipped-content.ts';

// The facilitator's own exercises (the editor and its checks, an import, an
// exercise's page, sharing), saving a plan as a template, and the
// preparation pack, in Spanish and in the pseudo-language: their words, and
// what the content check says, come from catalogs.

const LANGUAGE = 'common-ground:language';

/** Switches the app's language as the facilitator's stored choice, and opens `hash` in it. */
async function openIn(page: Page, language: string, hash: string) {
  await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [LANGUAGE, language]);
  await page.goto(`/${hash}`);
  await page.reload();
}

/** An own exercise's file, adapted from a shipped one, and the same file without its safety notes. */
async function exerciseFiles(folder: (name: string) => string) {
  const shipped = (await shippedExercises()).find((exercise) => exercise.id === 'agreements-and-floor-protocol')!;
  const valid = ownExerciseToMarkdown(adaptExercise(shipped, new Set()));
  const good = folder('acuerdos.md');
  const broken = folder('sin-notas.md');
  await writeFile(good, valid);
  await writeFile(broken, valid.replace(/^safetyNotes:.*$/m, ''));
  return { shipped, good, broken };
}

/** Plans a session with one shipped exercise that shows participants a prompt; its id, from the address. */
async function planWithAnExercise(page: Page, title: string): Promise<string> {
  await planSession(page, { title, exercises: ['Agreements and the floor protocol (25 minutes)'] });
  return decodeURIComponent(/#\/sessions\/([^/]+)$/.exec(page.url())![1]!);
}

/** Every visible piece of text in `main`, as it is on screen, but inside `skip` (what the content files and the user wrote). */
async function textPieces(page: Page, skip: string): Promise<string[]> {
  return page.evaluate((content) => {
    const walker = document.createTreeWalker(document.querySelector('main')!, NodeFilter.SHOW_TEXT);
    const out: string[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim() ?? '';
      const parent = node.parentElement;
      if (!text || !parent || parent.closest(`option, script, style, ${content}`)) continue;
      if (parent.closest('[hidden], .visually-hidden') === null && parent.getClientRects().length === 0) continue;
      out.push(text);
    }
    return out;
  }, skip);
}

/** Pieces not in brackets, so written into the code rather than a catalog; `content` is what the user or the content files wrote. */
const bare = (pieces: string[], content: readonly string[] = []) =>
  pieces.filter((text) => !/^\[|\]$/.test(text) && /\p{L}/u.test(text) && !content.includes(text));

/** What an exercise's page shows of its file: its Markdown, and its sources' citations and links (its title, summary and steps' titles are listed by each test). */
const EXERCISE_VIEW = '.markdown, .source__citation, .source-list a';

test.describe('in Spanish', () => {
  test('the exercise editor and its checks, an import, an own exercise’s page and sharing', async ({ page }, testInfo) => {
    test.setTimeout(90_000);
    const { shipped, good, broken } = await exerciseFiles((name) => testInfo.outputPath(name));
    await page.goto('/');
    await openIn(page, 'es', '#/library/write');

    // The editor: its labels, and the content check's messages beside each field and in the summary.
    await expect(page.getByRole('heading', { level: 1, name: 'Escribir un ejercicio nuevo' })).toBeVisible();
    const form = page.getByRole('form', { name: 'El ejercicio' });
    await expect(page.getByRole('heading', { level: 2, name: /^\d+ cosas que corregir antes de guardar$/ })).toBeVisible();
    await expect(page.locator('#own-title-problems')).toHaveText('No puede quedar en blanco.');
    await expect(page.locator('#own-safetyNotes-problems')).toHaveText('No puede quedar en blanco.');
    await expect(page.locator('.own-editor__summary li').filter({ hasText: /^Notas de seguridad:/ })).toHaveText(
      'Notas de seguridad: no puede quedar en blanco',
    );
    await expect(page.locator('.own-editor__summary li').filter({ hasText: /^Público:/ })).toHaveText(
      'Público: debe indicar al menos un público',
    );
    await expect(form.getByRole('group', { name: 'Público' }).getByLabel('Grupo mixto', { exact: true })).toBeVisible();
    await expect(form.getByLabel('Notas sobre la conversación, sin nombres', { exact: true })).toBeVisible();
    await expect(form.getByLabel('Paso 1: qué decir y hacer', { exact: true })).toBeVisible();
    await expect(page.locator('#own-durationMinutes-problems')).toHaveText('Falta.');
    await form.getByLabel('Duración en minutos', { exact: true }).fill('2.5');
    await expect(page.locator('#own-durationMinutes-problems')).toHaveText('Debe ser un número entero de minutos.');
    await expect(page.getByRole('button', { name: 'Guardar en mis ejercicios' })).toBeDisabled();
    await expect(page.getByRole('region', { name: 'Vista previa' })).toBeVisible();
    await shoot(page, 'es-editor', page.getByRole('heading', { level: 1 }));

    // An import: a file that fails a check is refused with the check's words, one that passes is shown before it is added.
    await page.goto('/#/library/import');
    await expect(page.getByRole('heading', { level: 1, name: 'Importar ejercicios y plantillas compartidos' })).toBeVisible();
    await page.getByLabel('Elegir archivos…').setInputFiles(broken);
    await expect(page.getByRole('heading', { name: 'No se puede importar «sin-notas.md»' })).toBeVisible();
    await expect(page.getByText('No se añadió nada. Pide a quien lo compartió que te envíe los archivos corregidos:')).toBeVisible();
    await expect(page.locator('.own-editor__summary li')).toHaveText(['Notas de seguridad: falta']);
    await shoot(page, 'es-import-refused', page.getByRole('heading', { level: 1 }));
    await page.getByLabel('Elegir otros archivos…').setInputFiles([good, broken]);
    await expect(page.getByRole('heading', { name: 'No se pueden importar estos 2 archivos' })).toBeVisible();
    await expect(page.locator('.own-editor__summary li')).toHaveText(['sin-notas.md: Notas de seguridad: falta']);
    await page.getByLabel('Elegir otros archivos…').setInputFiles(good);
    await expect(page.getByText('«acuerdos.md» pasa todas las comprobaciones.')).toBeVisible();
    await expect(page.getByRole('region', { name: 'Vista previa' })).toBeVisible();
    await page.getByRole('button', { name: 'Añadir a mis ejercicios' }).click();

    // The exercise's page: what can be done with it.
    await expect(page.getByRole('heading', { level: 1, name: shipped.title })).toBeVisible();
    await expect(page.getByText(`Tuyo, adaptado de «${shipped.title}»`)).toBeVisible();
    await expect(page.getByRole('link', { name: '← Volver a la biblioteca' })).toBeVisible();
    await page.getByRole('button', { name: 'Borrar…' }).click();
    await expect(page.getByRole('alert')).toHaveText(
      `¿Borrar «${shipped.title}»? Las sesiones planificadas a partir de él conservan su propia copia.`,
    );
    await page.getByRole('button', { name: 'Conservarlo' }).click();
    await expect(page.getByRole('button', { name: 'Exportar como archivo Markdown' })).toBeVisible();
    await shoot(page, 'es-own-exercise', page.getByRole('heading', { level: 1 }));
    await page.getByRole('link', { name: 'Editar', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Editar tu ejercicio' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Listo para guardar' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Guardar los cambios' })).toBeEnabled();

    // Sharing several at once.
    await page.goto('/#/library/share');
    await expect(page.getByRole('heading', { level: 1, name: 'Compartir varios de tus ejercicios y plantillas' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Elige qué compartir' })).toBeDisabled();
    await page.getByRole('group', { name: 'Mis ejercicios' }).getByLabel(shipped.title).check();
    await expect(page.getByRole('button', { name: 'Guardar 1 archivo como .zip' })).toBeEnabled();
    await shoot(page, 'es-share', page.getByRole('heading', { level: 1 }));
  });

  test('saving a plan as a template, and the preparation pack on screen and on paper', async ({ page }, testInfo) => {
    test.setTimeout(90_000);
    const id = await planWithAnExercise(page, 'Asamblea de barrio');
    await openIn(page, 'es', `#/sessions/${encodeURIComponent(id)}/save-as-template`);

    await expect(page.getByRole('heading', { level: 1, name: 'Guardar el plan como plantilla' })).toBeVisible();
    await expect(page.getByText('No entra nada más de «Asamblea de barrio»')).toBeVisible();
    await expect(page.getByText(/^Total: 25 minutos$/)).toBeVisible();
    await expect(page.locator('.own-editor__summary li')).toContainText(['Título: no puede quedar en blanco']);
    await expect(page.locator('#template-title-problems')).toHaveText('no puede quedar en blanco');
    const form = page.getByRole('form', { name: 'La plantilla' });
    await form.getByLabel('Título', { exact: true }).fill('Velada de acuerdos');
    await form.getByLabel('Resumen', { exact: true }).fill('Una velada para acordar cómo nos escuchamos.');
    await form.getByLabel('Qué preparar', { exact: true }).fill('Papelógrafo.');
    await form.getByLabel('Sobre este taller', { exact: true }).fill('Funcionó con el grupo de marzo.');
    await expect(page.locator('.own-editor__summary li')).toContainText(['Agenda: debe tener al menos dos puntos']);
    await shoot(page, 'es-save-as-template', page.getByRole('heading', { level: 1 }));

    await page.goto(`/#/sessions/${encodeURIComponent(id)}/pack`);
    await expect(page.getByRole('heading', { level: 1, name: 'Dosier de preparación: Asamblea de barrio' })).toBeVisible();
    const pack = page.getByRole('article', { name: 'Asamblea de barrio' });
    await expect(pack).toContainText('Sin fecha ni hora de inicio: las horas se cuentan desde el comienzo. · 25 minutos');
    await expect(pack.getByRole('columnheader')).toHaveText(['Desde el inicio', 'Punto', 'Duración']);
    await expect(pack.getByRole('heading', { name: 'Qué llevar' })).toBeVisible();
    await expect(pack.getByText('25 minutos en el plan')).toBeVisible();
    await expect(pack.getByRole('heading', { name: 'Material para las personas participantes' })).toBeVisible();
    await expect(page.getByRole('radio', { name: 'Carta (EE. UU.)' })).toBeVisible();
    await shoot(page, 'es-pack', page.locator('.prep-pack-controls h1'));

    const pdf = testInfo.outputPath('dosier.pdf');
    await page.pdf({ path: pdf, preferCSSPageSize: true });
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toMatch(/Dosier de preparación/i); // the kicker, in capitals by the stylesheet
    expect(text).toContain('Common Ground · dosier de preparación, para quienes facilitan');
    expect(text).toMatch(/Página 1 de \d+/);
    expect(text).not.toMatch(/Page \d|preparation pack|Handouts/);
  });
});

test.describe('with the pseudo-language', () => {
  test('every word of the own-exercise screens and of the content check comes from a catalog', async ({ page }, testInfo) => {
    test.setTimeout(90_000);
    const { shipped, good, broken } = await exerciseFiles((name) => testInfo.outputPath(name));
    const content = [
      shipped.title,
      shipped.summary,
      ...shipped.steps.map((step) => step.title),
      ...(shipped.contentWarning ? [shipped.contentWarning] : []),
      'acuerdos.md',
      'sin-notas.md',
    ];
    await page.goto('/');
    await openIn(page, 'en-XA', '#/library/write');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^\[Wríté á ñéw/);
    await page.getByRole('form').getByRole('spinbutton').first().fill('40');
    await expect(page.locator('.own-editor__summary li').first()).toBeVisible();
    expect(bare(await textPieces(page, EXERCISE_VIEW))).toEqual([]);

    await page.goto('/#/library/import');
    await page.locator('input[type=file]').setInputFiles([good, broken]);
    await expect(page.locator('.own-editor__summary li')).toHaveCount(1);
    expect(bare(await textPieces(page, EXERCISE_VIEW), content)).toEqual([]);
    await page.locator('input[type=file]').setInputFiles(good);
    await expect(page.getByRole('region').filter({ has: page.locator('#own-import-preview-heading') })).toBeVisible();
    expect(bare(await textPieces(page, EXERCISE_VIEW), content)).toEqual([]);
    await page.locator('.own-import__ready button').click();

    await expect(page.getByRole('heading', { level: 1, name: shipped.title })).toBeVisible();
    await page.locator('.own-exercise-actions button').last().click();
    await expect(page.getByRole('alert')).toBeVisible();
    expect(bare(await textPieces(page, EXERCISE_VIEW), content)).toEqual([]);

    await page.locator('.own-exercise-actions a').click();
    await expect(page.locator('.own-editor__summary--ready')).toBeVisible();
    expect(bare(await textPieces(page, `${EXERCISE_VIEW}, .own-editor__form input, .own-editor__form textarea`), content)).toEqual([]);

    await page.goto('/#/library/share');
    await page.getByRole('checkbox').first().check();
    expect(bare(await textPieces(page, EXERCISE_VIEW), content)).toEqual([]);
  });

  test('every word of saving a template and of the preparation pack comes from a catalog', async ({ page }) => {
    test.setTimeout(90_000);
    const id = await planWithAnExercise(page, 'Pseudo plan');
    const exercise = (await shippedExercises()).find((candidate) => candidate.id === 'agreements-and-floor-protocol')!;
    const content = ['Pseudo plan', exercise.title, ...exercise.steps.map((step) => step.title)];
    await openIn(page, 'en-XA', `#/sessions/${encodeURIComponent(id)}/save-as-template`);
    await expect(page.locator('.own-editor__summary li').first()).toBeVisible();
    expect(bare(await textPieces(page, '.never'), content)).toEqual([]);

    await page.goto(`/#/sessions/${encodeURIComponent(id)}/pack`);
    await expect(page.getByRole('article')).toBeVisible();
    expect(bare(await textPieces(page, '.markdown'), content)).toEqual([]);
  });
});
