import type { CheckInCondition, CheckInInstrument, CheckInPattern } from '../content/check-in-schema.ts';

// Check-in results as the facilitator may see them: per item and per track,
// only ever as aggregates, and only when at least the instrument's minimum
// number of people answered. Below that nothing at all is produced, so no
// screen, print or export can show it by mistake.

/** One anonymous answer set: item id → the scale value chosen; passed items are absent. */
export type Answers = Readonly<Record<string, number>>;

export interface ItemAggregate {
  itemId: string;
  /** How many answered this item (passes excluded). */
  count: number;
  /** Mean of scored values (reverse-scored items flipped). */
  mean: number | null;
  /** How many chose each scale value, as answered (not flipped). */
  distribution: Record<number, number>;
}

export interface TrackAggregate {
  instrumentId: string;
  /** How many answer sets this instrument received. */
  respondents: number;
  /** Mean over all scored answers in all sets. */
  mean: number | null;
  items: ItemAggregate[];
}

export type AggregateResult = { shown: true; aggregate: TrackAggregate } | { shown: false; respondents: number; minimum: number };

/** Reverse-scored items are flipped so that, within an instrument, every item reads the same way. */
export function scoredValue(instrument: Pick<CheckInInstrument, 'scale'>, reverseScored: boolean, answer: number): number {
  return reverseScored ? instrument.scale.min + instrument.scale.max - answer : answer;
}

function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0) / values.length;
}

/** Answers outside the scale or for unknown items are ignored rather than trusted. */
function validAnswer(instrument: CheckInInstrument, itemId: string, value: number): boolean {
  return (
    instrument.items.some((item) => item.id === itemId) &&
    Number.isInteger(value) &&
    value >= instrument.scale.min &&
    value <= instrument.scale.max
  );
}

export function aggregate(instrument: CheckInInstrument, answerSets: readonly Answers[]): AggregateResult {
  const sets = answerSets.filter((set) => Object.entries(set).some(([itemId, value]) => validAnswer(instrument, itemId, value)));
  if (sets.length < instrument.minimumGroupSize) return { shown: false, respondents: sets.length, minimum: instrument.minimumGroupSize };

  const items = instrument.items.map((item): ItemAggregate => {
    const answers = sets
      .map((set) => set[item.id])
      .filter((value): value is number => value !== undefined && validAnswer(instrument, item.id, value));
    const distribution: Record<number, number> = {};
    for (let value = instrument.scale.min; value <= instrument.scale.max; value++) distribution[value] = 0;
    for (const value of answers) distribution[value]! += 1;
    return {
      itemId: item.id,
      count: answers.length,
      mean: mean(answers.map((value) => scoredValue(instrument, item.reverseScored, value))),
      distribution,
    };
  });
  const all = instrument.items.flatMap((item) =>
    sets
      .map((set) => set[item.id])
      .filter((value): value is number => value !== undefined && validAnswer(instrument, item.id, value))
      .map((value) => scoredValue(instrument, item.reverseScored, value)),
  );
  return { shown: true, aggregate: { instrumentId: instrument.id, respondents: sets.length, mean: mean(all), items } };
}

function measured(condition: CheckInCondition, aggregate: TrackAggregate): number | null {
  return condition.measure === 'track-mean'
    ? aggregate.mean
    : (aggregate.items.find((item) => item.itemId === condition.item)?.mean ?? null);
}

function holds(condition: CheckInCondition, current: TrackAggregate, baseline: TrackAggregate | null): boolean {
  const now = measured(condition, current);
  if (now === null) return false;
  switch (condition.comparison) {
    case 'at-most':
      return now <= condition.value;
    case 'at-least':
      return now >= condition.value;
    case 'dropped-by-at-least': {
      const before = baseline ? measured(condition, baseline) : null;
      return before !== null && before - now >= condition.value;
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
