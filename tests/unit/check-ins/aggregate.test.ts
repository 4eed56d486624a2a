import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aggregate, patternsShown, scoredValue } from '../../../domain/check-ins/aggregate.ts';
import { addAnswerSet, emptyTally, type Answers, type Tally } from '../../../domain/check-ins/tally.ts';
import { checkInFrontMatterSchema, type CheckInInstrument } from '../../../domain/content/check-in-schema.ts';
import { validCheckIn } from '../../support/exercise-source.ts';

const instrument: CheckInInstrument = { ...checkInFrontMatterSchema.parse(validCheckIn()), body: '' };
// Items: "heard" (plain) and "worried" (reverse-scored); scale 1–5; minimum 5.

const sets = (...pairs: [number | undefined, number | undefined][]): Answers[] =>
  pairs.map(([heard, worried]) => ({ ...(heard === undefined ? {} : { heard }), ...(worried === undefined ? {} : { worried }) }));

const tallyOf = (answerSets: Answers[], of: CheckInInstrument = instrument): Tally =>
  answerSets.reduce((tally, answers) => addAnswerSet(tally, of, answers), emptyTally());

describe('check-in aggregation', () => {
  it('flips reverse-scored items before averaging', () => {
    expect(scoredValue(instrument, true, 5)).toBe(1);
    expect(scoredValue(instrument, true, 2)).toBe(4);
    expect(scoredValue(instrument, false, 2)).toBe(2);
    const result = aggregate(instrument, tallyOf(sets([5, 1], [4, 2], [5, 1], [4, 2], [5, 1])));
    if (!result.shown) throw new Error('expected an aggregate');
    expect(result.aggregate.items.map((item) => item.shown && item.mean)).toEqual([4.6, 4.6]);
    expect(result.aggregate.mean).toBeCloseTo(4.6);
    // The distribution is as answered, so people see what they chose.
    const worried = result.aggregate.items[1]!;
    expect(worried.shown && worried.distribution).toEqual({ 1: 3, 2: 2, 3: 0, 4: 0, 5: 0 });
  });

  it('says only that results are hidden below the minimum group size, and counts a set of passes as nobody', () => {
    expect(aggregate(instrument, tallyOf(sets([5, 1], [4, 2], [5, 1], [4, 2])))).toEqual({ shown: false, minimum: 5 });
    expect(aggregate(instrument, tallyOf(sets([5, 1], [4, 2], [5, 1], [4, 2], [undefined, undefined])))).toEqual({
      shown: false,
      minimum: 5,
    });
  });

  it('hides an item fewer than the minimum answered, and leaves it out of the track mean', () => {
    // Five people took part; only three answered "worried".
    const result = aggregate(instrument, tallyOf(sets([5, undefined], [4, 1], [5, 1], [4, 1], [3, undefined])));
    if (!result.shown) throw new Error('expected an aggregate');
    expect(result.aggregate.items).toEqual([
      { itemId: 'heard', shown: true, count: 5, mean: 4.2, distribution: { 1: 0, 2: 0, 3: 1, 4: 2, 5: 2 } },
      { itemId: 'worried', shown: false },
    ]);
    // Had "worried" (scored 5, 5, 5) been counted, the mean would have been 4.5; it is exactly the shown item's.
    expect(result.aggregate.mean).toBeCloseTo(4.2);
  });

  it('ignores answers outside the scale or for unknown items', () => {
    const result = aggregate(instrument, tallyOf([...sets([5, 1], [4, 2], [5, 1], [4, 2], [5, 1]), { heard: 9 }, { other: 3 }]));
    expect(result.shown && result.aggregate.respondents).toBe(5);
  });

  it('never produces any figure from fewer people than the minimum, for a track or an item (property)', () => {
    const answer = fc.option(fc.integer({ min: -2, max: 8 }), { nil: undefined });
    fc.assert(
      fc.property(fc.array(fc.tuple(answer, answer), { maxLength: 14 }), fc.integer({ min: 5, max: 9 }), (pairs, minimum) => {
        const strict = { ...instrument, minimumGroupSize: minimum };
        const answerSets = sets(...pairs);
        const result = aggregate(strict, tallyOf(answerSets, strict));
        const inScale = (v: number | undefined) => v !== undefined && Number.isInteger(v) && v >= 1 && v <= 5;
        const respondents = pairs.filter((pair) => pair.some(inScale)).length;
        if (respondents < minimum) {
          expect(result).toEqual({ shown: false, minimum });
          return;
        }
        if (!result.shown) throw new Error('expected an aggregate at or above the minimum');
        expect(result.aggregate.respondents).toBe(respondents);
        result.aggregate.items.forEach((item, index) => {
          const answered = pairs.filter((pair) => inScale(pair[index])).length;
          expect(item.shown).toBe(answered >= minimum);
          if (item.shown) expect(item.count).toBe(answered);
        });
        if (result.aggregate.items.every((item) => !item.shown)) expect(result.aggregate.mean).toBeNull();
      }),
      { numRuns: 500 },
    );
  });
});

describe('facilitator prompts', () => {
  const shown = (answerSets: Answers[]) => {
    const result = aggregate(instrument, tallyOf(answerSets));
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

  it('measures a fall as it is shown: 4.6 to 3.6 is "down 1.0", so a fall of at least 1 raises the prompt', () => {
    const baseline = shown(sets([5, 1], [5, 1], [5, 1], [4, 2], [4, 2])); // 46 / 10
    const now = shown(sets([4, 2], [4, 2], [4, 2], [3, 3], [3, 3])); // 36 / 10, above the low threshold of 3
    expect(baseline.mean! - now.mean!).toBeLessThan(1); // 0.9999999999999996 in binary
    expect(patternsShown(instrument, now, baseline).map((p) => p.id)).toEqual(['low']);
  });
});
