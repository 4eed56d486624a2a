import { currentLocale, translate } from '../i18n/current.ts';

// Clock times and dates in the app's language (which may differ from the browser's).

/** A clock time in the app's language's own format, e.g. "18:05" or "6:05 PM". */
export const timeOfDay = {
  format: (date: Date | number): string => new Intl.DateTimeFormat(currentLocale(), { timeStyle: 'short' }).format(date),
};

/** A local calendar date ("YYYY-MM-DD") in the app's language, e.g. "12 January 2027" or "12 de enero de 2027". */
export function calendarDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(currentLocale(), { day: 'numeric', month: 'long', year: 'numeric' }).format(
    new Date(year, month - 1, day, 12),
  );
}

/** What the app can honestly promise about a "delete after" date: it acts only when it runs. */
export function deletionNotice(deleteAfter: string): string {
  return translate('common:deletionNotice', { date: calendarDate(deleteAfter) });
}
