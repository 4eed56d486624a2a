// Sessions can carry a "delete after" date: a local calendar date, chosen by
// the facilitator (or suggested by a template). A session is deleted the
// first time the app runs on a later day: at start-up, or at the hourly sweep
// while it is open. The app cannot act while it is closed, so the screens say
// "deleted the next time the app runs after <date>", never "on <date>".

/** A local calendar date, "YYYY-MM-DD". */
export type LocalDate = string;

export const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The local calendar date at an instant (the sweep's "today"). */
export function localDate(epochMs: number): LocalDate {
  const date = new Date(epochMs);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** A date some whole days after another, for a template's suggestion. */
export function addDays(date: LocalDate, days: number): LocalDate {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return localDate(new Date(year, month - 1, day + days, 12).getTime());
}

/** Whether a session marked to be deleted after `deleteAfter` is due on `today`: only once that day is over. */
export function isExpired(deleteAfter: LocalDate | null | undefined, today: LocalDate): boolean {
  return typeof deleteAfter === 'string' && LOCAL_DATE.test(deleteAfter) && deleteAfter < today;
}

/** The sessions a sweep on `today` deletes. */
export function expiredSessionIds(sessions: readonly { id: string; deleteAfter?: LocalDate | null }[], today: LocalDate): string[] {
  return sessions.filter((session) => isExpired(session.deleteAfter, today)).map((session) => session.id);
}

/** How often the sweep runs while the app is open. */
export const RETENTION_SWEEP_INTERVAL_MS = 60 * 60 * 1000;
