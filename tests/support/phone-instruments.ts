import type { PhoneInstrument } from '../../domain/check-ins/phone-round.ts';
import type { CheckInTrack } from '../../domain/content/vocabulary.ts';

/** An instrument as phones receive it, on a 1–5 scale: enough for the round server's tests and bench. */
export function phoneTestInstrument(id: string, track: CheckInTrack, itemIds: readonly string[], intro = ''): PhoneInstrument {
  return {
    id,
    title: id,
    track,
    intro,
    scale: { min: 1, max: 5, minLabel: 'Not at all', maxLabel: 'Fully' },
    items: itemIds.map((itemId) => ({ id: itemId, text: `Question ${itemId}` })),
  };
}
