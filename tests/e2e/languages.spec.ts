import type { BrowserContext, Page } from '@playwright/test';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { openCheckInRound, openParticipantDisplay, planSession } from '../support/app-steps.ts';
import { expect, test } from '../support/fixtures.ts';

// The app speaks the browser's language when it can, and the facilitator can
// change it at any time; the choice is kept on this device.

/** How many English files of a kind have no Spanish translation beside them: the ones the app shows in English, marked. */
function untranslatedCount(kind: 'exercises' | 'templates'): number {
  const content = path.resolve(import.meta.dirname, '../../content');
  const files = (folder: string) => readdirSync(folder).filter((name) => name.endsWith('.md'));
  const spanish = new Set(files(path.join(content, 'es', kind)));
  return files(path.join(content, kind)).filter((name) => !spanish.has(name)).length;
}

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
    // The planner speaks Spanish too: its labels, the plan's totals, and the break it adds.
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Plan: Asamblea de barrio');
    await page.getByRole('button', { name: 'Añadir ejercicio' }).click();
    await expect(page.locator('.agenda-entry')).toHaveCount(1);
    await page.getByRole('button', { name: 'Añadir una pausa' }).click();
    await expect(page.locator('.agenda-entry')).toHaveCount(2);
    await expect(page.locator('.agenda-entry').nth(1)).toContainText('Pausa · Pausa');
    await expect(page.locator('.plan-summary__totals')).toHaveText(
      /^\d+ minutos planificados · indica el tiempo disponible para comparar$/,
    );
    await expect(page.getByLabel('Quién dirige')).toHaveValue('facilitated');
    // Running it: the controls, the timer's state and the shortcuts speak Spanish.
    await page.getByRole('link', { name: 'Dirigir esta sesión' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('En curso: Asamblea de barrio');
    await page.getByRole('button', { name: 'Empezar' }).click();
    await expect(page.getByRole('button', { name: 'Pausar' })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'A tiempo' })).toBeVisible();
    await page.keyboard.press('?');
    await expect(page.getByRole('dialog', { name: 'Atajos de teclado' })).toContainText('Empezar, pausar o reanudar');
    await expect(page.getByRole('dialog')).toContainText('Espacio');
    await page.keyboard.press('Escape');
    // A hand-around in Spanish: the promise, the choices, and the translated instrument's own questions.
    await openCheckInRound(page, ['Respe'], 'hand-around', 'es');
    await page.getByRole('link', { name: 'Pasar el dispositivo' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Tu turno' })).toBeVisible();
    await expect(page.getByText('Tus respuestas son privadas. Nadie las ve, ni siquiera quien facilita', { exact: false })).toBeVisible();
    await page.getByRole('button', { name: 'Alguien de una comunidad de las más afectadas por este trabajo' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Pantalla 1 de \d+$/);
    await expect(page.getByRole('group').first()).toContainText('Aquí se trató lo que sabe mi comunidad como un saber experto de verdad.');
    await expect(page.getByRole('radio', { name: 'Paso' }).first()).toBeChecked();
    await page.getByRole('button', { name: 'Siguiente →' }).click();
    await page.getByRole('button', { name: '← Atrás' }).click();
    await page.getByRole('button', { name: '← Atrás' }).click();
    await page.getByRole('button', { name: 'Ya ha pasado todo el mundo: terminar de pasar el dispositivo…' }).click();
    await page.getByRole('link', { name: 'Terminar de pasar el dispositivo' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('En curso: Asamblea de barrio');
    await page.getByRole('button', { name: 'Pausar' }).click();
    await page.getByRole('link', { name: 'Sesiones', exact: true }).click();
    await expect(page.locator('.result-count')).toHaveText('1 sesión');
    await expect(page.locator('.running-banner')).toHaveText('En curso: Asamblea de barrio. Retomar esta sesión');
    await expect(page.locator('.session-row__meta')).toContainText('Sin fecha');
    await expect(page.locator('.session-row__meta')).toContainText('En curso');

    // The library's own words are Spanish; its exercises are content, translated apart (and marked where they are not).
    await page.getByRole('link', { name: 'Ejercicios', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Biblioteca de ejercicios' })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: /ejercicios/ })).toHaveText(/^\d+ ejercicios$/);
    await expect(page.getByLabel('Público', { exact: true }).locator('option')).toContainText(['Cualquier público', 'Grupo mixto']);
    await expect(page.locator('.card').first()).toContainText('Duración');
    await expect(page.locator('.card').first()).toContainText(/\d+ minutos/);
    await expect(page.getByRole('heading', { name: 'Mis ejercicios' })).toBeVisible();
    // An untranslated exercise is the English original and says so; a translated one reads in Spanish.
    // (Counted from content/, so translating another file does not break this test.)
    const markedExercises = page
      .locator('.library__results > .card-list > li')
      .filter({ hasText: 'Aún sin traducir: se muestra en inglés' });
    await expect(markedExercises).toHaveCount(untranslatedCount('exercises'));
    const translatedExercise = page.locator('.card').filter({ hasText: 'Acuerdos y el protocolo de la palabra' });
    await expect(translatedExercise).not.toContainText('Aún sin traducir');
    await translatedExercise.getByRole('link').click();
    await expect(page.getByRole('heading', { level: 1, name: 'Acuerdos y el protocolo de la palabra' })).toBeVisible();
    await expect(page.getByText('Aún sin traducir')).toHaveCount(0);
    await page.getByRole('link', { name: 'Ejercicios', exact: true }).click();

    // A translated template reads in Spanish (its timings are the English source's); an untranslated one is marked.
    await page.getByRole('link', { name: 'Plantillas de taller', exact: true }).click();
    const translatedCard = page.locator('.card').filter({ hasText: 'Primera sesión para un grupo mixto' });
    await expect(translatedCard).not.toContainText('Aún sin traducir');
    await expect(page.locator('.card').filter({ hasText: 'Aún sin traducir: se muestra en inglés' })).toHaveCount(
      untranslatedCount('templates'),
    );
    await translatedCard.getByRole('link').click();
    await expect(page.getByRole('heading', { level: 1, name: 'Primera sesión para un grupo mixto' })).toBeVisible();
    await expect(page.getByRole('table')).toContainText('Total');
    // All four check-in instruments are translated, the coalition's included: none is the English original.
    await page.getByRole('link', { name: 'Rondas de chequeo', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Rondas de chequeo' })).toBeVisible();
    await expect(page.locator('.card')).toHaveCount(4);
    await expect(page.locator('.card').filter({ hasText: 'Coalición: solidaridad entre nuestras comunidades' })).toHaveCount(1);
    await expect(page.locator('.card').filter({ hasText: 'Aún sin traducir: se muestra en inglés' })).toHaveCount(0);
    await expect(page.locator('.card').first()).toContainText('Se muestra solo a partir de');
    await page.getByRole('link', { name: 'Ejercicios', exact: true }).click();

    await page.getByLabel('Idioma', { exact: true }).selectOption('en');
    await expect(page.getByRole('heading', { level: 1, name: 'Exercise library' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('.card').first()).toContainText(/\d+ minutes/);
    await page.getByRole('link', { name: 'Sessions', exact: true }).click();
    await expect(page.locator('.session-row__meta')).toContainText('In progress');
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Sessions' })).toBeVisible();
    await expect(page.getByLabel('Language', { exact: true })).toHaveValue('en');
  });
});

/** Every visible piece of text outside `content` (what the library's content files and the user wrote), as it is on screen. */
async function textPieces(page: Page, content: string): Promise<string[]> {
  return page.evaluate((skip) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const out: string[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim() ?? '';
      if (text && !node.parentElement?.closest(`option, script, style, ${skip}`)) out.push(text);
    }
    return out;
  }, content);
}

test('with the pseudo-language, every word of the shell, the sessions screen and the library comes from a catalog', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('common-ground:language', 'en-XA'));
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^\[Šéššíóñš ·+\]$/);
  // A piece not in brackets was written into the code, not a catalog.
  // (A sentence with a link inside is split around it: its first piece opens the bracket and its last closes it.)
  const bare = (pieces: string[]) => pieces.filter((text) => !/^\[|\]$/.test(text) && /\p{L}/u.test(text));
  const sessions = await textPieces(page, '.never');
  expect(sessions.length).toBeGreaterThan(10);
  expect(bare(sessions)).toEqual([]);

  await page.getByLabel(/Tíŧlé|Títlé/).fill('Pseudo');
  await page.getByRole('button', { name: /Çréáté šéššíóñ/ }).click();
  // What someone typed is shown as typed, inside the catalog's pseudo-translated words, as in any real language.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^\[Pláñ: Pseudo ·+\]$/);
  await page.getByRole('button', { name: /Ádd á bréák/ }).click();
  await expect(page.locator('.agenda-entry')).toHaveCount(1);
  expect(bare(await textPieces(page, '.never'))).toEqual([]);

  await page.goto('/#/library');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^\[Éxéŕçíšé|^\[Éxérçíšé/);
  await expect(page.locator('.own-shelf h2')).toBeVisible();
  expect(bare(await textPieces(page, '.card__title, .card__summary'))).toEqual([]);

  // The templates list and a template, their content aside (titles, summaries, agenda items, preparation, about).
  await page.goto('/#/templates');
  await expect(page.locator('.card').first()).toBeVisible();
  expect(bare(await textPieces(page, '.card__title, .card__summary, .own-shelf__empty a'))).toEqual([]);
  await page.locator('.card__title a').first().click();
  await expect(page.getByRole('table')).toBeVisible();
  expect(
    bare(
      await textPieces(page, 'header .lede, h1, .agenda td:nth-child(2), .note-block .markdown, section:last-child .markdown, .markdown'),
    ),
  ).toEqual([]);
});

/** What spills out of the display's stage, or out of its own box, as "text: how". */
function overflowing(display: Page): Promise<string[]> {
  return display.evaluate(() => {
    const stage = document.querySelector('main')!;
    const edge = stage.getBoundingClientRect();
    const out: string[] = [];
    for (const element of stage.querySelectorAll<HTMLElement>('*')) {
      const box = element.getBoundingClientRect();
      const name = (element.textContent ?? '').trim().slice(0, 40);
      if (box.width === 0 || box.height === 0) continue;
      if (box.right > edge.right + 1 || box.bottom > edge.bottom + 1 || box.left < edge.left - 1) out.push(`${name}: outside the stage`);
      else if (element.scrollWidth > element.clientWidth + 1 && getComputedStyle(element).overflowX !== 'visible')
        out.push(`${name}: cut off`);
    }
    return out;
  });
}

/** Starts a run of the agreements exercise and opens the display in the pseudo-language at 1280×720; this window keeps the language it started in. */
async function pseudoDisplay(page: Page, context: BrowserContext) {
  await planSession(page, { title: 'Overflow', exercises: ['Agreements and the floor protocol (25 minutes)'] });
  await page.getByRole('link', { name: 'Run this session' }).click();
  await page.getByRole('button', { name: 'Start' }).click();
  await page.evaluate(() => localStorage.setItem('common-ground:language', 'en-XA'));
  const display = await openParticipantDisplay(page, context);
  await display.setViewportSize({ width: 1280, height: 720 });
  const stage = display.getByRole('main', { name: /^\[Pártíçípáñt díšpláý/ });
  await expect(stage).toBeVisible();
  return { display, stage };
}

test('with the pseudo-language’s 30% longer words, nothing on the participant display’s step overflows at 1280×720', async ({
  page,
  context,
}) => {
  const { display, stage } = await pseudoDisplay(page, context);
  await expect(stage.getByRole('heading', { level: 1 })).toBeVisible();
  expect(await overflowing(display)).toEqual([]);
});

// A round counted from slips shows the promise, three slip instructions and every question: together they
// were taller than the stage even at the 20 pt floor in two columns. The room now sees them a page at a
// time, the facilitator turning from one to the next: how to fill in the slips, then each questionnaire.
// Each page fits on its own, with the longer words, for every questionnaire there is.
test('a round counted from slips fits the participant display at 1280×720, a page at a time', async ({ page, context }) => {
  const { display, stage } = await pseudoDisplay(page, context);
  await openCheckInRound(
    page,
    ['Respect and empowerment', 'Allies: my place', "Allies: the room I'm taking", 'Coalition: solidarity'],
    'tally',
  );
  const pages = page.getByRole('group', { name: 'The room’s screen shows' });
  await expect(pages.locator('label')).toHaveText([
    'How to fill in the slips',
    'Questions 1–4',
    'Questions 5–7',
    'Questions 8–11',
    'Questions 12–15',
  ]);
  await expect(pages.getByRole('radio', { name: 'How to fill in the slips' })).toBeChecked();
  await expect(stage.getByRole('heading', { level: 2 })).toHaveText(/^\[Çhéçk-íñ ·+\]$/);
  await expect(stage).toContainText('[Fóld áll ýóúr šlípš');
  await expect(stage.getByRole('listitem').filter({ hasText: 'What my community knows' })).toHaveCount(0);
  expect(await overflowing(display)).toEqual([]);

  const questionPages: [string, string][] = [
    ['1–4', 'What my community knows was treated as real expertise here.'],
    ['5–7', 'If my offer of help were turned down here, I could accept that without feeling rejected.'],
    ['8–11', 'I talked more than my share.'],
    ['12–15', 'We worked on rules and institutions that affect my community as well as the others here.'],
  ];
  for (const [range, question] of questionPages) {
    await pages.getByRole('radio', { name: `Questions ${range}` }).check();
    await expect(stage.getByRole('heading', { level: 2 })).toContainText(`${range} óf 15`);
    await expect(stage.getByRole('listitem').filter({ hasText: question })).toBeVisible();
    await expect(stage.locator('ol')).toHaveAttribute('start', range.split('–')[0]!);
    await expect(stage).not.toContainText('[Fóld áll ýóúr šlípš');
    // The last slip, for everyone, is said on the last page.
    await expect(stage.getByText(/^\[Lášt šlíp/)).toHaveCount(range === '12–15' ? 1 : 0);
    expect(await overflowing(display), range).toEqual([]);
  }

  // And back: the instructions again, the questions gone.
  await pages.getByRole('radio', { name: 'How to fill in the slips' }).check();
  await expect(stage).toContainText('[Fóld áll ýóúr šlípš');
  await expect(stage.locator('ol')).toHaveCount(0);
});
