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

/**
 * The English title of every piece of content not yet translated into
 * Spanish. A translation may name one in its own prose by that title (with a
 * Spanish gloss beside it): the words are the content's, not the UI's.
 */
function untranslatedContentTitles(): string[] {
  const translated = new Set<string>();
  for (const folder of readdirSync(path.join(CONTENT, 'es')))
    for (const file of readdirSync(path.join(CONTENT, 'es', folder)))
      translated.add(`${folder}/${/^source: *"?([\w-]+)"?$/m.exec(readFileSync(path.join(CONTENT, 'es', folder, file), 'utf8'))?.[1]}`);
  const titles: string[] = [];
  for (const folder of readdirSync(path.join(CONTENT, 'es')))
    for (const file of readdirSync(path.join(CONTENT, folder))) {
      if (!file.endsWith('.md') || translated.has(`${folder}/${file.replace(/\.md$/, '')}`)) continue;
      const title = /^title: *"(.+)"$/m.exec(readFileSync(path.join(CONTENT, folder, file), 'utf8'))?.[1];
      if (title) titles.push(title);
    }
  return titles;
}

const UNTRANSLATED_TITLES = untranslatedContentTitles();

/**
 * Every visible text on the page, trimmed, and every text read out or shown
 * from an attribute: accessible names and descriptions, placeholders,
 * tooltips, images' alternatives, a list's group labels, a button's value,
 * an SVG's title and the window's title.
 */
function shownTexts(page: Page): Promise<string[]> {
  return page.evaluate((untranslatedTitles) => {
    const out: string[] = [];
    // Content shown in English is labelled so on its card, its item or its section: it is not the UI's.
    // The label covers the nearest card, item or section it sits in, and everything inside that.
    // A label beside the page's own title covers the whole page (an exercise's outline beside its text, say).
    const CONTAINER = 'article, li, section, tr';
    const pageTitle = document.querySelector('main h1');
    const labelledEnglish = (element: Element) => {
      for (let container = element.closest(CONTAINER); container; container = container.parentElement?.closest(CONTAINER) ?? null)
        for (const mark of container.querySelectorAll('.not-translated')) if (mark.closest(CONTAINER) === container) return true;
      return (
        pageTitle !== null &&
        element.closest('main') !== null &&
        [...document.querySelectorAll('main .not-translated')].some((mark) => mark.closest(CONTAINER)?.contains(pageTitle))
      );
    };
    // A translation's prose may name content not yet translated by its English title.
    // (Whole, or its first words: "*Zero-sum check* (comprobación de suma cero)".)
    const namedInProse = (element: Element, text: string) =>
      element.closest('.markdown') !== null && text.length >= 10 && untranslatedTitles.some((title) => title.startsWith(text));
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      // A closed list's options are not "visible", but they are read and chosen: they count where their list does.
      // An SVG's title is never drawn, but it is the picture's name: it counts where the picture does.
      const shown = parent?.closest('select') ?? (parent?.closest('svg title') ? parent.closest('svg') : parent);
      // A citation keeps the title its source was published under, in whatever language.
      if (!parent || !shown || parent.closest('script, style, .source__citation') || !shown.checkVisibility() || labelledEnglish(parent))
        continue;
      const text = node.textContent?.trim();
      if (text && !namedInProse(parent, text)) out.push(text);
    }
    const ATTRIBUTES = [
      'aria-label',
      'aria-description',
      'aria-roledescription',
      'aria-valuetext',
      'aria-placeholder',
      'placeholder',
      'title',
      'alt',
    ];
    const selector = [
      ...ATTRIBUTES.map((name) => `[${name}]`),
      'optgroup[label]',
      'input[type="button"][value]',
      'input[type="submit"][value]',
    ];
    for (const element of document.querySelectorAll(selector.join(', '))) {
      if (labelledEnglish(element)) continue;
      const names = element.matches('optgroup') ? ['label'] : element.matches('input') ? [...ATTRIBUTES, 'value'] : ATTRIBUTES;
      for (const name of names) {
        const value = element.getAttribute(name)?.trim();
        if (value) out.push(value);
      }
    }
    if (document.title.trim()) out.push(document.title.trim());
    return out;
  }, UNTRANSLATED_TITLES);
}

/**
 * English the catalogs do not hold (written into a component, or a value
 * put into a Spanish sentence): a text of three words or more with two or
 * more of English's commonest small words, none of which is a Spanish word.
 * Citations are left out: a source keeps the title it was published under.
 */
const ENGLISH_WORDS =
  /\b(the|and|with|your|you|this|that|is|are|of|to|for|from|not|be|it|on|in|an|or|by|at|was|will|can|which|what|when|there|their|it’s|don’t|isn’t)\b/giu;
function readsAsEnglish(text: string): boolean {
  if (text.split(/\s+/).length < 3) return false;
  const found = new Set((text.match(ENGLISH_WORDS) ?? []).map((word) => word.toLowerCase()));
  return found.size >= 2;
}

/** Fails naming every text on the page that reads as an English catalog entry (and not as its Spanish one). */
export async function expectNoEnglish(page: Page, screen: string) {
  // A text that says itself that it is in English for want of a translation (a list's option) is labelled too.
  const english = (await shownTexts(page)).filter(
    (text) =>
      !/aún sin traducir/.test(text) &&
      (ENGLISH.some((pattern) => pattern.test(text)) ||
        // Content not yet translated is shown by its English title only beside its label.
        UNTRANSLATED_TITLES.includes(text) ||
        readsAsEnglish(text)),
  );
  expect(english, `English on ${screen}`).toEqual([]);
}
