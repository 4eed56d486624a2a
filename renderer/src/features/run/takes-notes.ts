import type { RecordableCapture } from '../../../../domain/content/recording-policy.ts';
import type { AgendaItem } from '../../../../domain/sessions/session-model.ts';

const NOTE_CAPTURES = new Set<RecordableCapture>(['notes', 'agreements', 'task-list']);

/** Notes are offered where the content allows them, and on check-ins (for what the facilitator changed); never during breaks or caucus time. */
export function takesNotes(item: AgendaItem | undefined): boolean {
  if (item?.kind === 'check-in') return true;
  return item?.kind === 'exercise' && item.exercise.captures.some((capture) => NOTE_CAPTURES.has(capture));
}
