import { expect, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

// For pages shown in Spanish: every text on screen is checked against the
// English catalogs, and any that reads as an English catalog entry (and not
// as its Spanish one) was left in English. Content is not in the catalogs
// (its words come from content/ and what people typed), so it never counts;
// content shown untranslated is labelled on its card and skipped.

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

export const ENGLISH = englishPatterns();

/** Every visible text, aria-label, placeholder and title on the page, trimmed. */
function shownTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest('script, style') || !parent.checkVisibility()) continue;
      // Content shown in English is labelled so on its card: it is not the UI's.
      if (parent.closest('article, li')?.querySelector('.not-translated')) continue;
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

/** Fails naming every text on the page that reads as an English catalog entry (and not as its Spanish one). */
export async function expectNoEnglish(page: Page, screen: string) {
  const english = (await shownTexts(page)).filter((text) => ENGLISH.some((pattern) => pattern.test(text)));
  expect(english, `English on ${screen}`).toEqual([]);
}
