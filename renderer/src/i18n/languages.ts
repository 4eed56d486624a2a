// The languages the app speaks, and how one is chosen. Free of the i18n
// library, so anything (the shell's first render, tests) can ask cheaply.

import type { ParticipantLanguage } from '../../../domain/sessions/session-vocabulary.ts';

export const LANGUAGES = {
  en: 'English',
  es: 'Español',
} as const;

export type Language = keyof typeof LANGUAGES;

// A session can be shown to its participants in exactly the languages the app speaks: a compile error otherwise.
const participantLanguagesMatch: [Language, ParticipantLanguage] extends [ParticipantLanguage, Language] ? true : never = true;
void participantLanguagesMatch;

/** A pseudo-language for testing layouts: English made about 30% longer, with accents, in brackets. */
export const PSEUDO_LANGUAGE = 'en-XA';

export type UiLanguage = Language | typeof PSEUDO_LANGUAGE;

/** Where the facilitator's own choice of language is kept on this device (never in a session or a backup). */
export const LANGUAGE_STORAGE_KEY = 'common-ground:language';

export const isLanguage = (value: unknown): value is Language => typeof value === 'string' && Object.hasOwn(LANGUAGES, value);

/**
 * The facilitator's stored choice if there is one, else the first of the
 * browser's languages the app speaks (by its primary subtag: "es-MX" is
 * Spanish), else English.
 */
export function chooseLanguage(browser: readonly string[], stored: string | null): UiLanguage {
  if (stored === PSEUDO_LANGUAGE || isLanguage(stored)) return stored;
  for (const tag of browser) {
    const primary = tag.toLowerCase().split('-')[0];
    if (isLanguage(primary)) return primary;
  }
  return 'en';
}
