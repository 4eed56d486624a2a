import { execFileSync } from 'node:child_process';
import { openCheckInRound, openParticipantDisplay, openSpanishSummary, planSession } from '../support/app-steps.ts';
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

test('the printed summary is in the participants’ language, the screen around it in the facilitator’s', async ({ page }) => {
  await openSpanishSummary(page, 'Resumen bilingüe');
  await expect(page.locator('.summary-controls h1')).toHaveText('Summary: Resumen bilingüe');
  await expect(page.getByRole('button', { name: 'Print…' })).toBeVisible();
  const sheet = page.getByRole('article', { name: 'Resumen: Resumen bilingüe' });
  await expect(sheet.getByRole('heading', { level: 2 }).first()).toHaveText('La agenda tal como se hizo');
  await expect(sheet.getByRole('table')).toContainText('Acuerdos y el protocolo de la palabra');
  await expect(sheet.getByRole('table')).toContainText('Previsto');
  await expect(sheet).not.toContainText('Agenda as run');
  // Printed, the page is the same Spanish sheet.
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.byteLength).toBeGreaterThan(1000);
});

test('opened cold in Spanish, the run view and the room never show the exercise in English first', async ({ page, context }) => {
  await planSession(page, { title: 'En frío', exercises: ['Agreements and the floor protocol (25 minutes)'] });
  await page.getByLabel('Shown to participants in').selectOption({ label: 'Español' });
  await expect(page.getByLabel('Shown to participants in')).toHaveValue('es');
  const runUrl = page.url().replace(/#\/sessions\/([^/]+).*$/, '#/sessions/$1/run');
  await page.evaluate(() => localStorage.setItem('common-ground:language', 'es'));
  // Everything this window shows, from the first frame of a fresh load, and everything it sends the room's screen.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { seen: string[] }).seen = seen;
    new MutationObserver(() => seen.push(document.body?.textContent ?? '')).observe(document, {
      subtree: true,
      childList: true,
      characterData: true,
    });
    new BroadcastChannel('common-ground:display').onmessage = (event) => seen.push(JSON.stringify(event.data));
  });
  await page.goto('about:blank');
  await page.goto(runUrl);
  await expect(page.locator('#run-step-title')).toHaveText('Para quién es esta sesión');
  await page.getByRole('button', { name: 'Más controles' }).click();
  const [display] = await Promise.all([
    context.waitForEvent('page'),
    page.getByRole('button', { name: 'Abrir la pantalla para el grupo' }).click(),
  ]);
  await expect(display.getByRole('heading', { level: 1 })).toHaveText('Para quién es esta sesión');
  const seen = (await page.evaluate(() => (window as unknown as { seen: string[] }).seen)).join('\n');
  expect(seen).toContain('"title":"Para quién es esta sesión"');
  expect(seen).not.toContain('Who this session is for');
});

test('the preparation pack’s handouts are in the participants’ language, the facilitator’s pages in the app’s', async ({
  page,
}, testInfo) => {
  await planSession(page, {
    title: 'Bilingual evening',
    exercises: ['Agreements and the floor protocol (25 minutes)', "Zero-sum check: what do we think we'd lose? (40 minutes)"],
  });
  await page.getByLabel('Shown to participants in').selectOption({ label: 'Español' });
  await page.getByRole('link', { name: 'Preparation pack to print' }).click();
  const pack = page.getByRole('article', { name: 'Bilingual evening' });

  // The facilitator's pages: English, and nothing marked as untranslated in the language the facilitator reads.
  const script = pack.getByRole('region', { name: /Agreements and the floor protocol$/ });
  await expect(script.getByRole('heading', { level: 3 }).first()).toContainText('Step 1');
  await expect(pack.getByText('Not yet translated')).toHaveCount(0);

  // The handouts: in Spanish, said so to assistive technology; the one exercise not yet translated is English, marked in Spanish.
  const handouts = pack.getByRole('region', { name: 'Handouts for participants' });
  await expect(handouts.getByRole('heading', { level: 2 })).toHaveText('Handouts for participants');
  const inSpanish = handouts.locator('[lang="es"]');
  await expect(inSpanish.getByRole('heading', { level: 3 })).toHaveText(['Acuerdos y el protocolo de la palabra', /^Zero-sum check/]);
  await expect(inSpanish.getByRole('heading', { level: 4, name: 'Paso 2: Tres herramientas que cualquiera puede usar' })).toBeVisible();
  await expect(inSpanish.getByText('Aún sin traducir: se muestra en inglés')).toHaveCount(1);
  await expect(inSpanish.locator('.prep-pack-handout').first()).not.toContainText('Three tools anyone can use');

  // Printed: the same.
  const file = testInfo.outputPath('pack.pdf');
  await page.pdf({ path: file, preferCSSPageSize: true });
  const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  const handoutsText = text.slice(text.lastIndexOf('Handouts for participants'));
  // (Step headings print in capitals.)
  expect(handoutsText).toContain('PASO 2: TRES HERRAMIENTAS QUE CUALQUIERA PUEDE USAR');
  expect(handoutsText).toContain('Las estrellas nunca se cuentan en voz alta.');
  expect(handoutsText).not.toContain('Stars are never counted aloud');
  expect(text.slice(0, text.lastIndexOf('Handouts for participants'))).toContain('Three tools anyone can use');
});
