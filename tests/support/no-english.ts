import { expect, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

// For pages shown in Spanish: every text on screen is checked against the
// English catalogs, and any that reads as an English catalog entry (and not
// as its Spanish one) was left in English. Content is not in the catalogs,
// but the title of every exercise, check-in and template that has a Spanish
// translation is checked too: shown in English, it was mixed in silently.
// Content shown untranslated is labelled on its card and skipped.

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
        // A count or a number stands for digits; any other value, for any text.
        const pattern = text
          .split(/(\{\{[^}]+\}\})/)
          .map((piece) =>
            piece.startsWith('{{')
              ? /count|number|minutes|hours/i.test(piece)
                ? '[\\d.,\\s]+'
                : '.+?'
              : piece.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
          )
          .join('');
        return new RegExp(`^${pattern}$`, 'u');
      })
  );
}

const CONTENT = path.join(import.meta.dirname, '../../content');

/** The English title of every piece of content translated into Spanish, as a pattern that finds it anywhere in a text. */
function translatedContentTitles(): RegExp[] {
  const titles: RegExp[] = [];
  for (const folder of readdirSync(path.join(CONTENT, 'es'))) {
    for (const file of readdirSync(path.join(CONTENT, 'es', folder))) {
      const source = /^source: *"?([\w-]+)"?$/m.exec(readFileSync(path.join(CONTENT, 'es', folder, file), 'utf8'))?.[1];
      const english = source && readFileSync(path.join(CONTENT, folder, `${source}.md`), 'utf8');
      const title = english && /^title: *"(.+)"$/m.exec(english)?.[1];
      if (title) titles.push(new RegExp(title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'u'));
    }
  }
  return titles;
}

export const ENGLISH = [...englishPatterns(), ...translatedContentTitles()];

/** Every visible text, aria-label, placeholder and title on the page, trimmed. */
function shownTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    // Content shown in English is labelled so on its card: it is not the UI's.
    const labelledEnglish = (element: Element) => element.closest('article, li')?.querySelector('.not-translated') != null;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      // A closed list's options are not "visible", but they are read and chosen: they count where their list does.
      const shown = parent?.closest('select') ?? parent;
      if (!parent || !shown || parent.closest('script, style') || !shown.checkVisibility() || labelledEnglish(parent)) continue;
      const text = node.textContent?.trim();
      if (text) out.push(text);
    }
    for (const element of document.querySelectorAll('[aria-label], [placeholder], [title]'))
      for (const name of ['aria-label', 'placeholder', 'title']) {
        const value = element.getAttribute(name)?.trim();
        if (value && !labelledEnglish(element)) out.push(value);
      }
    return out;
  });
}

/** Fails naming every text on the page that reads as an English catalog entry (and not as its Spanish one). */
export async function expectNoEnglish(page: Page, screen: string) {
  // A text that says itself that it is in English for want of a translation (a list's option) is labelled too.
  const english = (await shownTexts(page)).filter(
    (text) => !/aún sin traducir/.test(text) && ENGLISH.some((pattern) => pattern.test(text)),
  );
  expect(english, `English on ${screen}`).toEqual([]);
}
