import type { Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { openCheckInRound } from '../support/app-steps.ts';
import { expect, test } from '../support/fixtures.ts';

// With the browser set to Spanish, the main journey shows no English UI
// string: every text on screen is checked against the English catalogs, and
// any that reads as an English catalog entry (and not as its Spanish one)
// was left in English. Content is not in the catalogs (its words come from
// content/ and what people typed), so it never counts; untranslated content
// is labelled on screen instead (tests/e2e/languages.spec.ts).

const LOCALES = path.join(import.meta.dirname, '../../renderer/src/locales');

function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (value && typeof value === 'object') for (const child of Object.values(value)) strings(child, out);
  return out;
}

/** Each English catalog string that differs from Spanish, as a pattern that matches it with any values put in. */
function englishPatterns(): RegExp[] {
  const spanish = new Set<string>();
  const english: string[] = [];
  for (const file of readdirSync(path.join(LOCALES, 'en'))) {
    strings(JSON.parse(readFileSync(path.join(LOCALES, 'en', file), 'utf8')), english);
    strings(JSON.parse(readFileSync(path.join(LOCALES, 'es', file), 'utf8')), []).forEach((text) => spanish.add(text));
  }
  return (
    [...new Set(english)]
      .filter((text) => !spanish.has(text))
      .map((text) => text.replace(/<\/?\d+>/g, '').trim())
      // Long enough to be a phrase, with a word of at least four letters: not "h", "min" or "A4".
      .filter((text) => /\p{L}{4}/u.test(text.replace(/\{\{[^}]+\}\}/g, '')))
      .map((text) => {
        const pieces = text.split(/\{\{[^}]+\}\}/).map((piece) => piece.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
        return new RegExp(`^${pieces.join('.+?')}$`, 'u');
      })
  );
}

const ENGLISH = englishPatterns();

/** Every visible text, aria-label, placeholder and title on the page, trimmed. */
function shownTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest('script, style') || !parent.checkVisibility()) continue;
      const text = node.textContent?.trim();
      if (text) out.push(text);
    }
    for (const element of document.querySelectorAll('[aria-label], [placeholder], [title]'))
      for (const name of ['aria-label', 'placeholder', 'title']) {
        const value = element.getAttribute(name)?.trim();
        if (value) out.push(value);
      }
    return out;
  });
}

async function expectNoEnglish(page: Page, screen: string) {
  const english = (await shownTexts(page)).filter((text) => ENGLISH.some((pattern) => pattern.test(text)));
  expect(english, `English on ${screen}`).toEqual([]);
}

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

  await openCheckInRound(page, ['Respeto']);
  await expectNoEnglish(page, 'run view with a round open');
  await page.getByRole('link', { name: 'Pasar el dispositivo' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tu turno' })).toBeVisible();
  await expectNoEnglish(page, 'hand-around');
  await page.getByRole('button', { name: 'Ya ha pasado todo el mundo: terminar la ronda…' }).click();
  await page.getByRole('link', { name: 'Terminar la ronda' }).click();
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
