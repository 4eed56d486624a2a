// When each agenda item starts, for the plan and the preparation pack. A
// session's start is a local wall-clock time ("YYYY-MM-DDTHH:mm", no zone),
// as the facilitator typed it; items follow one another with no gaps, so an
// item starts when the ones before it, at their planned lengths, are done.
// Without a start time the plan can still say how far into the session an
// item begins ("+1:05"), which is what the template page shows too.

const SCHEDULED = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;
const MINUTE_MS = 60_000;

export interface ItemClock {
  /** Minutes from the session's start to this item's start. */
  startMinute: number;
  /** Minutes from the session's start to this item's end. */
  endMinute: number;
  /** The local time the item starts and ends, formatted, or null when the session has no start time. */
  start: string | null;
  end: string | null;
  /** Whole calendar days after the session's first day that the item starts on (0 for the same day). */
  startDay: number;
}

export interface ClockOptions {
  /** BCP 47 locale for the times ("en-GB": 09:30; "en-US": 9:30 AM); the runtime's own when left out. */
  locale?: string | undefined;
}

/** "+0:45": how far into the session, when there is no clock time to show. */
export function offsetLabel(minutes: number): string {
  return `+${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
}

/**
 * The start instant of a session planned for a local wall-clock time, or null
 * if it has none (or an impossible one). Read as the device's local time:
 * where the session happens is where the app runs.
 */
export function sessionStart(scheduledFor: string | null): Date | null {
  const match = scheduledFor ? SCHEDULED.exec(scheduledFor) : null;
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  const start = new Date(year, month - 1, day, hour, minute);
  // new Date rolls impossible dates over (31 February → 3 March); such a start is no start.
  return start.getMonth() === month - 1 && start.getDate() === day ? start : null;
}

/** The local calendar date of an instant, as a day count, to tell "the next day" apart. */
function dayNumber(date: Date): number {
  return Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()) / (24 * 60 * MINUTE_MS);
}

/**
 * Each item's start and end, in agenda order. Times are counted in elapsed
 * minutes from the start instant, so a session across a clock change ends
 * when it really ends.
 */
export function agendaClockTimes(
  items: readonly { plannedMinutes: number }[],
  scheduledFor: string | null,
  { locale }: ClockOptions = {},
): ItemClock[] {
  const start = sessionStart(scheduledFor);
  const format = new Intl.DateTimeFormat(locale, { timeStyle: 'short' });
  const firstDay = start ? dayNumber(start) : 0;
  const at = (minute: number) => new Date(start!.getTime() + minute * MINUTE_MS);
  let minute = 0;
  return items.map(({ plannedMinutes }) => {
    const startMinute = minute;
    minute += plannedMinutes;
    if (!start) return { startMinute, endMinute: minute, start: null, end: null, startDay: 0 };
    const begins = at(startMinute);
    return {
      startMinute,
      endMinute: minute,
      start: format.format(begins),
      end: format.format(at(minute)),
      startDay: dayNumber(begins) - firstDay,
    };
  });
}
