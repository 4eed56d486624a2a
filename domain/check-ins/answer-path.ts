import type { CheckInInstrument, CheckInItem } from '../content/check-in-schema.ts';
import type { CheckInTrack } from '../content/vocabulary.ts';

// Everyone's turn on the device takes the same path, whatever they choose:
// the room can see how long someone holds the device and how often they tap
// it, so a track with fewer questions (or "prefer not to say", with none)
// must not make a turn shorter. Every path has as many question screens as
// the round's largest track has questions; a shorter track's path, and the
// path of someone who prefers not to say, is padded with neutral screens.
// The same count sets how many slips everyone hands in on paper, and the
// length of the path on a participant's own phone.

/** What a path needs of an instrument: the device, the phone page and the slips all use it. */
export type PathInstrument = Pick<CheckInInstrument, 'track'> & { items: readonly Pick<CheckInItem, 'id' | 'text'>[] };

/** One screen of a person's path: a question of their track, or a neutral screen in its place. */
export type PathScreen<I extends PathInstrument = CheckInInstrument> =
  { kind: 'question'; instrument: I; item: I['items'][number]; firstOfInstrument: boolean } | { kind: 'neutral' };

/** How many question screens every path has: the number of questions of the round's largest track. */
export function questionScreenCount(instruments: readonly PathInstrument[]): number {
  const perTrack = new Map<CheckInTrack, number>();
  for (const instrument of instruments) perTrack.set(instrument.track, (perTrack.get(instrument.track) ?? 0) + instrument.items.length);
  return Math.max(0, ...perTrack.values());
}

/** A person's question screens for the track they chose (null: they prefer not to say), always `questionScreenCount` long. */
export function pathFor<I extends PathInstrument>(instruments: readonly I[], track: CheckInTrack | null): PathScreen<I>[] {
  const questions: PathScreen<I>[] =
    track === null
      ? []
      : instruments
          .filter((instrument) => instrument.track === track)
          .flatMap((instrument) =>
            instrument.items.map((item, index) => ({ kind: 'question', instrument, item, firstOfInstrument: index === 0 })),
          );
  const padding: PathScreen<I>[] = Array.from({ length: questionScreenCount(instruments) - questions.length }, () => ({ kind: 'neutral' }));
  return [...questions, ...padding];
}

/** Each instrument's questions numbered on from the one before, as the room's screen and the tally form show them (slips name a question by number). */
export function firstNumbers(instruments: readonly PathInstrument[]): number[] {
  let next = 1;
  return instruments.map((instrument) => {
    const first = next;
    next += instrument.items.length;
    return first;
  });
}

/**
 * Instruments per page when the room's screen shows a round counted from
 * slips: one. One questionnaire, its questions and scale, fits a 1280×720
 * stage at its 20 pt floor whatever the language (words 30% longer than
 * English are tested in tests/e2e/languages.spec.ts); two long ones with
 * the step's heading did not.
 */
export const INSTRUMENTS_PER_SLIP_PAGE = 1;

export interface SlipQuestionPage<I extends PathInstrument> {
  instruments: I[];
  /** The page's first question's number, and its last's, as numbered through the round (firstNumbers). */
  first: number;
  last: number;
}

/** The pages of questions a round counted from slips is shown in, in order; instruments are never split across pages. */
export function slipQuestionPages<I extends PathInstrument>(instruments: readonly I[]): SlipQuestionPage<I>[] {
  const numbers = firstNumbers(instruments);
  const pages: SlipQuestionPage<I>[] = [];
  for (let start = 0; start < instruments.length; start += INSTRUMENTS_PER_SLIP_PAGE) {
    const group = instruments.slice(start, start + INSTRUMENTS_PER_SLIP_PAGE);
    const lastIndex = start + group.length - 1;
    pages.push({ instruments: group, first: numbers[start]!, last: numbers[lastIndex]! + instruments[lastIndex]!.items.length - 1 });
  }
  return pages;
}
