import { allowsNotes } from '../../../domain/content/recording-policy.ts';
import type { AgendaItem } from '../../../domain/sessions/session-model.ts';

/** Notes are offered where the content allows them, and on check-ins (for what the facilitator changed); never during breaks or caucus time. */
export function takesNotes(item: AgendaItem | undefined): boolean {
  if (item?.kind === 'check-in') return true;
  return item?.kind === 'exercise' && allowsNotes(item.exercise.captures);
}
