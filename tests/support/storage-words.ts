import i18next from 'i18next';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { BackupProblem } from '../../domain/backup/backup-format.ts';
import type { EncryptedBackupProblem } from '../../domain/backup/encrypted-backup.ts';
import { backupProblemWords } from '../../renderer/src/data/backup-problems.ts';
import { sayStorage, type Words } from '../../renderer/src/data/errors.ts';

// What the data layer tells the facilitator, as it reads in English: its
// words come from the storage catalog (and the content check's, for what is
// wrong with a field), so tests that check a refusal's
// sentence say it through that catalog, as the screens do.

const catalog = (language: string, namespace = 'storage') =>
  JSON.parse(readFileSync(path.resolve(import.meta.dirname, `../../renderer/src/locales/${language}/${namespace}.json`), 'utf8')) as Record<
    string,
    unknown
  >;

const i18n = i18next.createInstance();
void i18n.init({
  lng: 'en',
  fallbackLng: 'en',
  // The content check's words too: a refusal may say what is wrong with a field in them.
  resources: {
    en: { storage: catalog('en'), contentCheck: catalog('en', 'contentCheck') },
    es: { storage: catalog('es'), contentCheck: catalog('es', 'contentCheck') },
  },
  ns: ['storage', 'contentCheck'],
  defaultNS: 'storage',
  interpolation: { escapeValue: false },
  initAsync: false,
});

/** `words` in a language, as a screen speaking it shows them. */
export const inLanguage = (language: 'en' | 'es', words: Words): string =>
  sayStorage((key, options) => i18n.t(key, { ...options, lng: language }), words);

/** `words` in English, as a screen shows them. */
export const inEnglish = (words: Words): string => inLanguage('en', words);

/** What a refusal says in English: the data layer's (its words) or a backup file's (its problem, as the screen words it). */
export function refusalText(error: unknown): string {
  if (error && typeof error === 'object' && 'words' in error) return inEnglish((error as { words: Words }).words);
  if (error && typeof error === 'object' && 'problem' in error)
    return inEnglish(backupProblemWords((error as { problem: BackupProblem | EncryptedBackupProblem }).problem));
  throw error;
}

/** What `operation` is refused with, in English; fails when it is not refused, or fails otherwise. */
export async function refusedWith(operation: Promise<unknown> | (() => unknown)): Promise<string> {
  try {
    await (typeof operation === 'function' ? operation() : operation);
  } catch (error) {
    return refusalText(error);
  }
  throw new Error('It was not refused.');
}
