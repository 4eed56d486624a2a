import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aggregate, patternsShown, scoredValue, type Answers } from '../../../domain/check-ins/aggregate.ts';
import { checkInFrontMatterSchema, type CheckInInstrument } from '../../../domain/content/check-in-schema.ts';
import { validCheckIn } from '../../support/exercise-source.ts';

const instrument: CheckInInstrument = { ...checkInFrontMatterSchema.parse(validCheckIn()), body: '' };
// Items: "heard" (plain) and "worried" (reverse-scored); scale 1–5; minimum 5.

const sets = (...pairs: [number | undefined, number | undefined][]): Answers[] =>
  pairs.map(([heard, worried]) => ({ ...(heard === undefined ? {} : { heard }), ...(worried === undefined ? {} : { worried }) }));

describe('check-in aggregation', () => {
  it('flips reverse-scored items before averaging', () => {
    expect(scoredValue(instrument, true, 5)).toBe(1);
    expect(scoredValue(instrument, true, 2)).toBe(4);
    expect(scoredValue(instrument, false, 2)).toBe(2);
    const result = aggregate(instrument, sets([5, 1], [4, 2], [5, 1], [4, 2], [5, 1]));
    expect(result.shown).toBe(true);
    if (!result.shown) return;
    expect(result.aggregate.items.map((item) => item.mean)).toEqual([4.6, 4.6]);
    expect(result.aggregate.mean).toBeCloseTo(4.6);
    // The distribution is as answered, so people see what they chose.
    expect(result.aggregate.items[1]?.distribution).toEqual({ 1: 3, 2: 2, 3: 0, 4: 0, 5: 0 });
  });

  it('shows nothing below the minimum group size, and counts passes as not answering', () => {
    expect(aggregate(instrument, sets([5, 1], [4, 2], [5, 1], [4, 2]))).toEqual({ shown: false, respondents: 4, minimum: 5 });
    // A set that passed every item is not a respondent.
    expect(aggregate(instrument, sets([5, 1], [4, 2], [5, 1], [4, 2], [undefined, undefined]))).toEqual({
      shown: false,
      respondents: 4,
      minimum: 5,
    });
    const withPasses = aggregate(instrument, sets([5, undefined], [4, 2], [5, 1], [4, 2], [3, undefined]));
    expect(withPasses.shown && withPasses.aggregate.items.map((item) => item.count)).toEqual([5, 3]);
  });

  it('ignores answers outside the scale or for unknown items', () => {
    const result = aggregate(instrument, [...sets([5, 1], [4, 2], [5, 1], [4, 2], [5, 1]), { heard: 9 }, { other: 3 }]);
    expect(result.shown && result.aggregate.respondents).toBe(5);
  });

  it('never produces an aggregate from fewer answer sets than the minimum (property)', () => {
    const answer = fc.option(fc.integer({ min: -2, max: 8 }), { nil: undefined });
    fc.assert(
      fc.property(fc.array(fc.tuple(answer, answer), { maxLength: 12 }), fc.integer({ min: 5, max: 9 }), (pairs, minimum) => {
        const strict = { ...instrument, minimumGroupSize: minimum };
        const result = aggregate(strict, sets(...pairs));
        const respondents = pairs.filter(([h, w]) => [h, w].some((v) => v !== undefined && Number.isInteger(v) && v >= 1 && v <= 5)).length;
        if (respondents < minimum) expect(result.shown).toBe(false);
        else expect(result.shown && result.aggregate.respondents).toBe(respondents);
      }),
      { numRuns: 500 },
    );
  });
});

describe('facilitator prompts', () => {
  const shown = (answerSets: Answers[]) => {
    const result = aggregate(instrument, answerSets);
    if (!result.shown) throw new Error('expected an aggregate');
    return result.aggregate;
  };

  it('raises the low pattern at or below its threshold, and not above', () => {
    expect(patternsShown(instrument, shown(sets([2, 4], [3, 3], [2, 4], [3, 3], [2, 4])), null).map((p) => p.id)).toEqual(['low']);
    expect(patternsShown(instrument, shown(sets([5, 1], [4, 2], [5, 1], [4, 2], [5, 1])), null)).toEqual([]);
  });

  it('raises the falling pattern against the baseline only', () => {
    const baseline = shown(sets([5, 1], [5, 1], [5, 1], [5, 1], [5, 1])); // mean 5
    const now = shown(sets([4, 2], [4, 2], [4, 2], [4, 2], [4, 2])); // mean 4: fell by 1, still above 3
    expect(patternsShown(instrument, now, null)).toEqual([]);
    expect(patternsShown(instrument, now, baseline).map((p) => p.id)).toEqual(['low']);
  });
});
