import i18next from 'i18next';
import type { SummaryFormat } from '../../domain/summary/compose-summary.ts';
import { readFileSync } from 'node:fs';

const catalog = (language: string): Record<string, unknown> =>
  JSON.parse(readFileSync(new URL(`../../renderer/src/locales/${language}/summary.json`, import.meta.url), 'utf8')) as Record<
    string,
    unknown
  >;
const [en, es] = [catalog('en'), catalog('es')];

/** The summary's words from the app's own catalogs, as the summary screen passes them, for tests of the domain. */
export function summaryFormat(language: 'en' | 'es' = 'en', locale = language === 'en' ? 'en-GB' : 'es'): SummaryFormat {
  const instance = i18next.createInstance();
  void instance.init({
    lng: language,
    resources: { en: { summary: en }, es: { summary: es } },
    ns: ['summary'],
    defaultNS: 'summary',
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  const t = instance.getFixedT(language, 'summary');
  return { locale, timeZone: 'UTC', words: (key, values) => String(t(key, { ...values })) };
}
