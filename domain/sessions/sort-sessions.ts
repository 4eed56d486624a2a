import type { Session } from './session-model.ts';

export const SESSION_ORDERS = {
  'date-ascending': 'Date, soonest first',
  'date-descending': 'Date, latest first',
  'recently-changed': 'Recently changed',
} as const;

export type SessionOrder = keyof typeof SESSION_ORDERS;

/** Sessions without a date go last whichever way dates are sorted. */
export function sortSessions(list: readonly Session[], order: SessionOrder, query: string): Session[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const matching = list.filter((session) => words.every((word) => session.title.toLowerCase().includes(word)));
  const byDate = (a: Session, b: Session) => {
    if (a.scheduledFor === b.scheduledFor) return b.updatedAt - a.updatedAt;
    if (a.scheduledFor === null) return 1;
    if (b.scheduledFor === null) return -1;
    return order === 'date-ascending' ? a.scheduledFor.localeCompare(b.scheduledFor) : b.scheduledFor.localeCompare(a.scheduledFor);
  };
  return matching.sort(order === 'recently-changed' ? (a, b) => b.updatedAt - a.updatedAt : byDate);
}
