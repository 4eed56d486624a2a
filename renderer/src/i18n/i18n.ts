import i18next, { type i18n as I18n, type Module } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LANGUAGES, PSEUDO_LANGUAGE, type UiLanguage } from './languages.ts';
import { pseudoCatalog } from './pseudo.ts';

// The app's words, with i18next and react-i18next: one catalog per language
// and per part of the app (a namespace: the shell, the sessions screen, the
// library…), each a JSON file in renderer/src/locales/<language>/. English is
// the source language and every other language's fallback, so its catalogs
// are needed whatever the language: they come with the app's first chunk
// (8 kB gzip today) rather than one round trip per screen. Every other
// language's catalogs are chunks of their own, fetched when a screen that
// needs them is first shown. Plurals follow CLDR through Intl.PluralRules
// (Spanish has "many" beside "one" and "other"); dates and numbers go through
// Intl with the language chosen here.

const SOURCE_LANGUAGE = 'en';

// Two namespaces are not the renderer's: "desktop" (the main process's menus and dialogs) and "phone"
// (the phone page's own words); their catalogs are bundled where they are read.

/** The English catalogs, by namespace, in the first chunk. */
const english = Object.fromEntries(
  Object.entries(
    import.meta.glob<Record<string, unknown>>(['../locales/en/*.json', '!../locales/en/{desktop,phone}.json'], {
      eager: true,
      import: 'default',
    }),
  ).map(([file, catalog]) => [file.replace(/^.*\/(.+)\.json$/, '$1'), catalog]),
);

/** Every other language's catalogs, by path, each a chunk of its own loaded on demand. */
const catalogs = import.meta.glob<{ default: Record<string, unknown> }>([
  '../locales/*/*.json',
  '!../locales/en/*.json',
  '!../locales/*/{desktop,phone}.json',
]);

export const catalogPath = (language: string, namespace: string) => `../locales/${language}/${namespace}.json`;

const catalogBackend: Module & {
  read: (language: string, namespace: string, done: (error: Error | null, data?: unknown) => void) => void;
} = {
  type: 'backend',
  read(language, namespace, done) {
    if (language === SOURCE_LANGUAGE) {
      const catalog = english[namespace];
      return catalog ? done(null, catalog) : done(new Error(`No English catalog for “${namespace}”.`));
    }
    const load = catalogs[catalogPath(language, namespace)];
    if (!load) return done(new Error(`No ${language} catalog for “${namespace}”.`));
    load().then(
      (module) => done(null, module.default),
      (error: unknown) => done(error instanceof Error ? error : new Error(String(error))),
    );
  },
} as const;

/** The language tag a screen and Intl use for `language` (the pseudo-language formats as English). */
export const localeOf = (language: string): string => (language === PSEUDO_LANGUAGE ? 'en' : language);

/**
 * An i18n instance speaking `language`, with `namespaces` loaded before it
 * resolves: the first screen's words are there before it renders, so it
 * never shows keys or a loading state.
 */
export async function startI18n(language: UiLanguage, namespaces: readonly string[]): Promise<I18n> {
  const instance = i18next.createInstance();
  instance.use(catalogBackend).use(initReactI18next);
  await instance.init({
    lng: localeOf(language),
    fallbackLng: SOURCE_LANGUAGE,
    // Given here, the English catalogs are there at once: i18n.init resolves with no wait for English.
    // The pseudo-language is English with each catalog string pseudo-translated before anything is filled in, so what
    // people typed (a session's title) is shown as typed, as in any real language.
    resources: { [SOURCE_LANGUAGE]: language === PSEUDO_LANGUAGE ? pseudoCatalog(english) : english },
    partialBundledLanguages: true,
    // Load in init itself, not a task later: in English nothing is fetched, so the first screen need not wait a turn.
    initAsync: false,
    supportedLngs: Object.keys(LANGUAGES),
    ns: [...new Set(['shell', 'common', ...namespaces])],
    defaultNS: 'shell',
    // React escapes what it renders; escaping here too would show "&amp;".
    interpolation: { escapeValue: false },
    react: { useSuspense: true },
    returnEmptyString: false,
  });
  return instance;
}

/** Switches the app's language where it is: the catalogs of the namespaces in use load, and every screen re-renders in it. */
export async function switchLanguage(instance: I18n, language: UiLanguage): Promise<void> {
  await instance.changeLanguage(localeOf(language));
  document.documentElement.lang = localeOf(language);
}
