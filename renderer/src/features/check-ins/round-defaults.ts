import type { CheckInInstrument } from '../../../../domain/content/check-in-schema.ts';
import type { AudienceId } from '../../../../domain/content/vocabulary.ts';
import type { AgendaItem } from '../../../../domain/sessions/session-model.ts';

/**
 * The instruments a new round starts with, before the facilitator changes
 * anything. A check-in item brings its own; otherwise the round is for the
 * room the current exercise is written for (a coalition's questions are not
 * put to a mixed room, nor the reverse); with no exercise to go by, a mixed
 * room's.
 */
export function defaultRoundInstruments(instruments: readonly CheckInInstrument[], currentItem: AgendaItem | undefined): string[] {
  if (currentItem?.kind === 'check-in') return [...currentItem.instrumentIds];
  const rooms: readonly AudienceId[] = currentItem?.kind === 'exercise' ? currentItem.exercise.audience : ['mixed'];
  const forTheRoom = instruments.filter((instrument) => instrument.audience.some((room) => rooms.includes(room)));
  return (forTheRoom.length > 0 ? forTheRoom : instruments).map((instrument) => instrument.id);
}
