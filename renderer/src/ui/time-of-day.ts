/** A clock time in the user's own format, e.g. "18:05" or "6:05 PM". */
export const timeOfDay = new Intl.DateTimeFormat(undefined, { timeStyle: 'short' });

const longDate = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'long', year: 'numeric' });

/** A local calendar date ("YYYY-MM-DD") in the user's own format, e.g. "12 January 2027". */
export function calendarDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return longDate.format(new Date(year, month - 1, day, 12));
}

/** What the app can honestly promise about a "delete after" date: it acts only when it runs. */
export function deletionNotice(deleteAfter: string): string {
  return `Deleted the next time the app runs after ${calendarDate(deleteAfter)}`;
}
