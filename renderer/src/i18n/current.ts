import type { i18n as I18n } from 'i18next';

// The i18n instance the app started with, for words outside React
// components: labels for minutes, group sizes and the content vocabulary
// (renderer/src/content/labels.ts), read while a component renders.

let current: I18n | null = null;

/**
 * Words already looked up, by key and values: the library's first screen
 * asks for the same few labels ("45 min", "8–30 people", the audiences) for
 * every card, and each i18next lookup parses its key and interpolates anew.
 * Emptied whenever what a lookup would return can change: another language,
 * or a catalog arriving.
 */
const looked = new Map<string, string>();

export function setCurrentI18n(instance: I18n): void {
  current = instance;
  looked.clear();
  for (const event of ['languageChanged', 'loaded', 'added', 'removed'] as const) instance.on(event, () => looked.clear());
}

/** Values that make a lookup's cache key (a label's count, bounds…), or undefined for values that do not (objects). */
function valuesKey(options: Record<string, unknown> | undefined): string | undefined {
  if (!options) return '';
  let key = '';
  for (const [name, value] of Object.entries(options)) {
    if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') return undefined;
    key += `\u0000${name}\u0001${typeof value}\u0001${String(value)}`;
  }
  return key;
}

/** A word from a catalog in the app's language; the key itself before the app has started (never shown: screens render after). */
export function translate(key: string, options?: Record<string, unknown>): string {
  if (!current) return key;
  const values = valuesKey(options);
  if (values === undefined) return String(current.t(key, options ?? {}));
  const cacheKey = `${key}${values}`;
  const known = looked.get(cacheKey);
  if (known !== undefined) return known;
  const word = String(current.t(key, options ?? {}));
  looked.set(cacheKey, word);
  return word;
}

/** The app's language as a BCP 47 tag, for Intl. */
export function currentLocale(): string {
  return current?.language ?? 'en';
}
