/** A clock time in the user's own format, e.g. "18:05" or "6:05 PM". */
export const timeOfDay = new Intl.DateTimeFormat(undefined, { timeStyle: 'short' });
