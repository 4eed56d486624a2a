import english from '../../renderer/src/locales/en/desktop.json' with { type: 'json' };
import spanish from '../../renderer/src/locales/es/desktop.json' with { type: 'json' };
import { pseudoLocalize } from '../../renderer/src/i18n/pseudo.ts';

// The main process's words (menus, dialogs, window titles) come from the
// renderer's own catalogs, namespace "desktop", bundled at build time. A small
// lookup rather than i18next: the main process needs nested keys,
// {{placeholder}} interpolation and _one/_other plurals, nothing more, and
// this keeps a second i18n library instance (and its start-up) out of it.

/** The languages the renderer may ask the main process to speak (renderer/src/i18n/languages.ts: UiLanguage). */
export const DESKTOP_LANGUAGES = ['en', 'es', 'en-XA'] as const;
export type DesktopLanguage = (typeof DESKTOP_LANGUAGES)[number];

export const isDesktopLanguage = (value: unknown): value is DesktopLanguage =>
  typeof value === 'string' && (DESKTOP_LANGUAGES as readonly string[]).includes(value);

export type Catalog = { readonly [key: string]: string | Catalog };

/** Every key of the English catalog, dotted ("menu.file"): a key missing from the catalog fails to compile. */
type Keys<C> = { [K in keyof C & string]: C[K] extends string ? K : `${K}.${Keys<C[K]>}` }[keyof C & string];
/** Keys with their plural suffix taken off, so `t('x', { count })` is typed too. */
type Base<K extends string> = K extends `${infer B}_${'zero' | 'one' | 'two' | 'few' | 'many' | 'other'}` ? B : K;
export type DesktopKey = Base<Keys<typeof english>>;

export type Values = Readonly<Record<string, string | number>>;
export type Translate = (key: DesktopKey, values?: Values) => string;

const CATALOGS: Record<'en' | 'es', Catalog> = { en: english, es: spanish };

function find(catalog: Catalog, key: string): string | undefined {
  let node: string | Catalog | undefined = catalog;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || !Object.hasOwn(node, part)) return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

/**
 * A translator over `catalogs` for `language` (a BCP 47 tag for the plural
 * rules): with a numeric `count`, "key_<category>" is tried before "key";
 * a key the language lacks falls back to English, then to the key itself.
 */
export function createTranslator(
  catalogs: { en: Catalog } & Record<string, Catalog>,
  language: string,
): (key: string, values?: Values) => string {
  const own = (Object.hasOwn(catalogs, language) ? catalogs[language] : undefined) ?? catalogs.en;
  const plural = new Intl.PluralRules(language);
  const lookup = (catalog: Catalog, key: string, count: unknown) =>
    (typeof count === 'number' ? (find(catalog, `${key}_${plural.select(count)}`) ?? find(catalog, `${key}_other`)) : undefined) ??
    find(catalog, key);
  return (key, values = {}) => {
    const text = lookup(own, key, values['count']) ?? lookup(catalogs.en, key, values['count']) ?? key;
    return text.replace(/{{\s*([\w.]+)\s*}}/g, (whole, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : whole));
  };
}

/** The desktop words in one of the app's languages; the pseudo-language is English, bracketed and lengthened as in the renderer. */
export function desktopWords(language: DesktopLanguage): Translate {
  if (language === 'en-XA') {
    // The catalog is bracketed with its {{placeholders}} left alone; the values filled in stay as they are.
    return createTranslator({ en: pseudoCatalog(english) }, 'en');
  }
  return createTranslator(CATALOGS, language);
}

function pseudoCatalog(catalog: Catalog): Catalog {
  return Object.fromEntries(
    Object.entries(catalog).map(([key, value]) => [key, typeof value === 'string' ? pseudoLocalize(value) : pseudoCatalog(value)]),
  );
}
