import type { PhoneInstrument } from '../../../domain/check-ins/phone-round.ts';

/** An instrument as the phone page receives it, with `items` questions on a 1–5 scale. */
export function phoneInstrument(id: string, track: PhoneInstrument['track'], items: number): PhoneInstrument {
  return {
    id,
    title: `Instrument ${id}`,
    track,
    intro: `**About ${id}.**\n\n- Skip any question.`,
    scale: { min: 1, max: 5, minLabel: 'Not at all', maxLabel: 'Completely' },
    items: Array.from({ length: items }, (_, index) => ({ id: `${id}-${index + 1}`, text: `Question ${index + 1} of ${id}` })),
  };
}

/** A mixed room: an affected-track instrument with 4 questions, an ally-track one with 3. */
export const ROOM: PhoneInstrument[] = [phoneInstrument('respect', 'affected', 4), phoneInstrument('acceptance', 'ally', 3)];
