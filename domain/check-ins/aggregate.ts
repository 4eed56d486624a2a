import { changeTenths, meanTenths, thresholdTenths } from './format-mean.ts';
import type { CheckInCondition, CheckInInstrument, CheckInPattern } from '../content/check-in-schema.ts';
import { isValidAnswer, type Tally } from './tally.ts';

// Check-in results as the facilitator may see them: per item and per track,
// only ever as aggregates, and only when at least the instrument's minimum
// number of people answered. Below that nothing at all is produced, so no
// screen, print or export can show it by mistake. The floor applies to each
// item too: an item fewer people answered is left out, and left out of the
// track's mean as well, so it cannot be worked back from the other figures.

export type ItemAggregate =
  | {
      itemId: string;
      shown: true;
      /** How many answered this item (passes excluded). */
      count: number;
      /** Mean of scored values (reverse-scored items flipped). */
      mean: number;
      /** How many chose each scale value, as answered (not flipped). */
      distribution: Record<number, number>;
    }
  | { itemId: string; shown: false };

export interface TrackAggregate {
  instrumentId: string;
  /** How many people answered at least one item. */
  respondents: number;
  /** Mean over every scored answer to the items shown; null when no item is. */
  mean: number | null;
  items: ItemAggregate[];
}

/** Below the floor the result says only that it is hidden, and why; not even how many answered. */
export type AggregateResult = { shown: true; aggregate: TrackAggregate } | { shown: false; minimum: number };

/** Reverse-scored items are flipped so that, within an instrument, every item reads the same way. */
export function scoredValue(instrument: Pick<CheckInInstrument, 'scale'>, reverseScored: boolean, answer: number): number {
  return reverseScored ? instrument.scale.min + instrument.scale.max - answer : answer;
}

export function aggregate(instrument: CheckInInstrument, tally: Tally): AggregateResult {
  const minimum = instrument.minimumGroupSize;
  if (tally.respondents < minimum) return { shown: false, minimum };

  let scoredSum = 0;
  let scoredCount = 0;
  const items = instrument.items.map((item): ItemAggregate => {
    const distribution: Record<number, number> = {};
    let count = 0;
    let sum = 0;
    for (let value = instrument.scale.min; value <= instrument.scale.max; value++) {
      const chosen = tally.counts[item.id]?.[String(value)] ?? 0;
      const times = isValidAnswer(instrument, item.id, value) && Number.isInteger(chosen) && chosen > 0 ? chosen : 0;
      distribution[value] = times;
      count += times;
      sum += times * scoredValue(instrument, item.reverseScored, value);
    }
    if (count < minimum) return { itemId: item.id, shown: false };
    scoredSum += sum;
    scoredCount += count;
    return { itemId: item.id, shown: true, count, mean: sum / count, distribution };
  });
  return {
    shown: true,
    aggregate: {
      instrumentId: instrument.id,
      respondents: tally.respondents,
      mean: scoredCount === 0 ? null : scoredSum / scoredCount,
      items,
    },
  };
}

function measured(condition: CheckInCondition, aggregate: TrackAggregate): number | null {
  if (condition.measure === 'track-mean') return aggregate.mean;
  const item = aggregate.items.find((candidate) => candidate.itemId === condition.item);
  return item?.shown ? item.mean : null;
}

/** Compared as the figures are shown (to one decimal, half-up), so a prompt never disagrees with the screen. */
function holds(condition: CheckInCondition, current: TrackAggregate, baseline: TrackAggregate | null): boolean {
  const now = measured(condition, current);
  if (now === null) return false;
  const threshold = thresholdTenths(condition.value);
  switch (condition.comparison) {
    case 'at-most':
      return meanTenths(now) <= threshold;
    case 'at-least':
      return meanTenths(now) >= threshold;
    case 'dropped-by-at-least': {
      const before = baseline ? measured(condition, baseline) : null;
      return before !== null && -changeTenths(now, before) >= threshold;
    }
  }
}

/**
 * The instrument's patterns that this round shows, most urgent first. A
 * pattern shows when any of its conditions holds; falls are measured against
 * the session's first round (the baseline), when there is one.
 */
export function patternsShown(instrument: CheckInInstrument, current: TrackAggregate, baseline: TrackAggregate | null): CheckInPattern[] {
  return instrument.patterns
    .filter((pattern) => pattern.when.some((condition) => holds(condition, current, baseline)))
    .sort((a, b) => a.priority - b.priority);
}
