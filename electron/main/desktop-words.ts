import english from '../../renderer/src/locales/en/desktop.json' with { type: 'json' };
import spanish from '../../renderer/src/locales/es/desktop.json' with { type: 'json' };
import { createTranslator, type Catalog, type Values } from '../../renderer/src/i18n/lookup.ts';
import { pseudoCatalog } from '../../renderer/src/i18n/pseudo.ts';

// The main process's words (menus, dialogs, window titles) come from the
// renderer's own catalogs, namespace "desktop", bundled at build time, read
// through the small lookup the phone page uses too (renderer/src/i18n/lookup.ts)
// rather than a second i18next instance and its start-up.

/** The languages the renderer may ask the main process to speak (renderer/src/i18n/languages.ts: UiLanguage). */
export const DESKTOP_LANGUAGES = ['en', 'es', 'en-XA'] as const;
export type DesktopLanguage = (typeof DESKTOP_LANGUAGES)[number];

export const isDesktopLanguage = (value: unknown): value is DesktopLanguage =>
  typeof value === 'string' && (DESKTOP_LANGUAGES as readonly string[]).includes(value);

/** Every key of the English catalog, dotted ("menu.file"): a key missing from the catalog fails to compile. */
type Keys<C> = { [K in keyof C & string]: C[K] extends string ? K : `${K}.${Keys<C[K]>}` }[keyof C & string];
/** Keys with their plural suffix taken off, so `t('x', { count })` is typed too. */
type Base<K extends string> = K extends `${infer B}_${'zero' | 'one' | 'two' | 'few' | 'many' | 'other'}` ? B : K;
export type DesktopKey = Base<Keys<typeof english>>;

export type Translate = (key: DesktopKey, values?: Values) => string;

const CATALOGS: Record<'en' | 'es', Catalog> = { en: english, es: spanish };

/** The desktop words in one of the app's languages; the pseudo-language is English, bracketed and lengthened as in the renderer. */
export function desktopWords(language: DesktopLanguage): Translate {
  if (language === 'en-XA') {
    // The catalog is bracketed with its {{placeholders}} left alone; the values filled in stay as they are.
    return createTranslator({ en: pseudoCatalog(english) }, 'en');
  }
  return createTranslator(CATALOGS, language);
}
