import type { CheckInInstrument } from '../content/check-in-schema.ts';
import type { CheckInResult, ItemResult } from '../sessions/stored-records.ts';
import { meanTenths } from './format-mean.ts';
import { isValidAnswer, type Tally } from './tally.ts';

// What a closed check-in round keeps, and so what anyone can ever see of it.
// This is decided once, when the round closes, and only the outcome is
// stored: the counts of an open round live in memory and are gone once this
// has run. The promise to participants is "only averages, and only once
// enough people have answered"; everything here keeps it, against a reader
// who sees every screen, print, export and backup, across every round:
//
// - Averages only. No distribution of answers is kept: with a handful of
//   people, "how many chose each value" is often a count of one.
// - The floor. An instrument fewer people answered than its minimum group
//   size keeps only the fact that it was below the floor. An item fewer
//   people answered keeps no figure and is left out of the track's mean, so
//   it cannot be worked back from the others.
// - No differencing. If one or two people joined or left between rounds,
//   subtracting one round's per-item averages from another's would single
//   them out. So when a round's number of respondents (or an item's number
//   of answers) differs from an earlier round's with per-item figures by
//   fewer than the floor, only the track-level average is kept for it.
// - Rounded as shown. Averages are kept to one decimal place, as they are
//   shown, so no file holds more precision than the screen.
// - Counts of people are shown only in bands (respondentBand); the exact
//   number is kept only to apply the rule above to later rounds.

/** How many people answered, as it is shown: never the exact number. */
export type RespondentBand = 'under-10' | '10-19' | '20-plus';

export const RESPONDENT_BAND_LABELS: Record<RespondentBand, string> = {
  'under-10': 'fewer than 10 people',
  '10-19': '10 to 19 people',
  '20-plus': '20 people or more',
};

export function respondentBand(respondents: number): RespondentBand {
  return respondents < 10 ? 'under-10' : respondents < 20 ? '10-19' : '20-plus';
}

/** Reverse-scored items are flipped so that, within an instrument, every item reads the same way. */
export function scoredValue(instrument: Pick<CheckInInstrument, 'scale'>, reverseScored: boolean, answer: number): number {
  return reverseScored ? instrument.scale.min + instrument.scale.max - answer : answer;
}

/** An item's answers from a tally: how many answered, and the sum of their scored values. */
function itemSums(instrument: CheckInInstrument, tally: Tally, itemId: string, reverseScored: boolean) {
  let count = 0;
  let sum = 0;
  for (let value = instrument.scale.min; value <= instrument.scale.max; value++) {
    const chosen = tally.counts[itemId]?.[String(value)] ?? 0;
    if (!isValidAnswer(instrument, itemId, value) || !Number.isInteger(chosen) || chosen <= 0) continue;
    count += chosen;
    sum += chosen * scoredValue(instrument, reverseScored, value);
  }
  return { count, sum };
}

const differsByFewerThan = (a: number, b: number, floor: number) => a !== b && Math.abs(a - b) < floor;

/**
 * What a round keeps for one instrument, from its counts as they stood at
 * close and what earlier rounds of the same session kept for the same
 * instrument. The counts themselves are not part of the result.
 */
export function closeInstrument(
  instrument: CheckInInstrument,
  tally: Tally,
  earlier: readonly CheckInResult[],
  ids: { id: string; sessionId: string; roundId: string },
): CheckInResult {
  const floor = instrument.minimumGroupSize;
  const base = { ...ids, instrumentId: instrument.id };
  if (tally.respondents < floor) return { ...base, belowFloor: true };

  // Earlier rounds that showed per-item figures for this instrument, and the item counts they showed.
  const comparable = earlier.filter(
    (result): result is Extract<CheckInResult, { belowFloor: false }> =>
      result.instrumentId === instrument.id && !result.belowFloor && result.items.some((item) => item.shown),
  );
  const trackOnly = comparable.some((result) => differsByFewerThan(result.respondents, tally.respondents, floor));

  let trackSum = 0;
  let trackCount = 0;
  const items = instrument.items.map((item): ItemResult => {
    const { count, sum } = itemSums(instrument, tally, item.id, item.reverseScored);
    if (count < floor) return { itemId: item.id, shown: false, why: 'too-few' };
    trackSum += sum;
    trackCount += count;
    const earlierCounts = comparable.flatMap((result) =>
      result.items.flatMap((candidate) => (candidate.itemId === item.id && candidate.shown ? [candidate.count] : [])),
    );
    if (trackOnly || earlierCounts.some((earlierCount) => differsByFewerThan(earlierCount, count, floor)))
      return { itemId: item.id, shown: false, why: 'compared' };
    return { itemId: item.id, shown: true, count, meanTenths: Number(meanTenths(sum / count)) };
  });
  return {
    ...base,
    belowFloor: false,
    respondents: tally.respondents,
    meanTenths: trackCount === 0 ? null : Number(meanTenths(trackSum / trackCount)),
    items,
  };
}

/** A kept average, as a number to show and compare: 32 tenths is 3.2. */
export function tenthsValue(tenths: number): number {
  return tenths / 10;
}

// The words every screen, print and export uses for what is withheld, so they say the same thing.

/** Why a question has no average, in a table cell. */
export const WITHHELD_LABELS = { 'too-few': 'too few answers', compared: 'not shown this round' } as const;

/** Asking for a change carries no track and no answers: it is said as a count, so the group can act on it. */
export function changeRequestText(count: number): string | null {
  if (count <= 0) return null;
  return count === 1
    ? 'One person asked for a change: slow down, or something needs to change.'
    : `${count} people asked for a change: slow down, or something needs to change.`;
}

/** Why a round shows only the overall average. */
export const COMPARED_NOTE =
  'Only the overall average is shown for this round: a few people joined or left since an earlier round, and comparing question by question could single them out.';

export function belowFloorText(minimum: number): string {
  return `fewer than ${minimum} people answered, so nothing is shown: an average of so few could point at a person.`;
}

/** What participants are told before they answer (its own module, so the phone page can import it alone). */
export { PARTICIPANT_PROMISE } from './participant-promise.ts';
