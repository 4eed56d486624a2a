import { changeTenths, meanTenths, thresholdTenths } from './format-mean.ts';
import type { CheckInCondition, CheckInInstrument, CheckInPattern } from '../content/check-in-schema.ts';
import type { CheckInResult } from '../sessions/stored-records.ts';
import { respondentBand, scoredValue, tenthsValue, type RespondentBand } from './disclosure.ts';

// Check-in results as anyone may see them, from what a closed round kept
// (disclosure.ts decides that, once, when the round closes): averages only,
// to one decimal place, never below the floor, never per item where that
// would single people out, and how many answered only as a band.

export type ItemAggregate =
  | {
      itemId: string;
      shown: true;
      /** Mean of scored values (reverse-scored items flipped), to one decimal place as kept. */
      mean: number;
    }
  | { itemId: string; shown: false; why: 'too-few' | 'compared' };

export interface TrackAggregate {
  instrumentId: string;
  /** How many answered, as a band: never the exact number. */
  band: RespondentBand;
  /** Mean over every scored answer to the items with enough answers; null when none had. */
  mean: number | null;
  items: ItemAggregate[];
  /** Per-item figures were left out because this round's numbers differ from an earlier round's by only a few people. */
  comparedWithEarlier: boolean;
}

/** Below the floor the result says only that it is hidden, and why; not even how many answered. */
export type AggregateResult = { shown: true; aggregate: TrackAggregate } | { shown: false; minimum: number };

export { scoredValue };

/** What a closed round kept for an instrument, ready to show. A round with nothing kept for it is below the floor. */
export function aggregate(instrument: CheckInInstrument, kept: CheckInResult | undefined): AggregateResult {
  if (!kept || kept.belowFloor) return { shown: false, minimum: instrument.minimumGroupSize };
  const items = instrument.items.map((item): ItemAggregate => {
    const stored = kept.items.find((candidate) => candidate.itemId === item.id);
    if (!stored) return { itemId: item.id, shown: false, why: 'too-few' };
    return stored.shown
      ? { itemId: item.id, shown: true, mean: tenthsValue(stored.meanTenths) }
      : { itemId: item.id, shown: false, why: stored.why };
  });
  return {
    shown: true,
    aggregate: {
      instrumentId: instrument.id,
      band: respondentBand(kept.respondents),
      mean: kept.meanTenths === null ? null : tenthsValue(kept.meanTenths),
      items,
      comparedWithEarlier: items.some((item) => !item.shown && item.why === 'compared'),
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
