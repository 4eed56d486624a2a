import { desktopWords, type DesktopLanguage, type Translate } from './desktop-words.ts';

// The facilitator's language as the renderer last said it (setUiLanguage):
// the menu is rebuilt in it, and every dialog opened after speaks it. One for
// the whole app, as the renderer keeps one choice per device.

let current: DesktopLanguage = 'en';
let words: Translate = desktopWords(current);
const listeners = new Set<(language: DesktopLanguage) => void>();

/**
 * The language before the renderer has said which: Spanish if the system
 * prefers it, as the renderer chooses with nothing stored, else English.
 */
export function initialUiLanguage(preferred: readonly string[]): DesktopLanguage {
  for (const tag of preferred) {
    const primary = tag.toLowerCase().split('-')[0];
    if (primary === 'en' || primary === 'es') return primary;
  }
  return 'en';
}

export function currentUiLanguage(): DesktopLanguage {
  return current;
}

/** The words in the current language; call it when a dialog opens, not once ahead. */
export function currentWords(): Translate {
  return words;
}

/** Switches the main process's language; the listeners (the menu) hear of a change, not of the same language again. */
export function setUiLanguage(language: DesktopLanguage): void {
  if (language === current) return;
  current = language;
  words = desktopWords(language);
  for (const listener of listeners) listener(language);
}

export function onUiLanguageChange(listener: (language: DesktopLanguage) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
