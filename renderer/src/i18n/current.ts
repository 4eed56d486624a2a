import type { i18n as I18n } from 'i18next';

// The i18n instance the app started with, for words outside React
// components: labels for minutes, group sizes and the content vocabulary
// (renderer/src/content/labels.ts), read while a component renders.

let current: I18n | null = null;

export function setCurrentI18n(instance: I18n): void {
  current = instance;
}

/** A word from a catalog in the app's language; the key itself before the app has started (never shown: screens render after). */
export function translate(key: string, options?: Record<string, unknown>): string {
  return current ? String(current.t(key, options ?? {})) : key;
}

/** The app's language as a BCP 47 tag, for Intl. */
export function currentLocale(): string {
  return current?.language ?? 'en';
}
