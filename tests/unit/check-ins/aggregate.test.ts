import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aggregate, patternsShown } from '../../../domain/check-ins/aggregate.ts';
import { closeInstrument, respondentBand, scoredValue } from '../../../domain/check-ins/disclosure.ts';
import { addAnswerSet, emptyTally, type Answers, type Tally } from '../../../domain/check-ins/tally.ts';
import { checkInFrontMatterSchema, type CheckInInstrument } from '../../../domain/content/check-in-schema.ts';
import type { CheckInResult } from '../../../domain/sessions/session-model.ts';
import { validCheckIn } from '../../support/exercise-source.ts';

const instrument: CheckInInstrument = { ...checkInFrontMatterSchema.parse(validCheckIn()), body: '' };
// Items: "heard" (plain) and "worried" (reverse-scored); scale 1–5; minimum 5.

const sets = (...pairs: [number | undefined, number | undefined][]): Answers[] =>
  pairs.map(([heard, worried]) => ({ ...(heard === undefined ? {} : { heard }), ...(worried === undefined ? {} : { worried }) }));

const tallyOf = (answerSets: Answers[], of: CheckInInstrument = instrument): Tally =>
  answerSets.reduce((tally, answers) => addAnswerSet(tally, of, answers), emptyTally());

let round = 0;
/** Closes a round with these answers, after the earlier ones, as the app does. */
const close = (answerSets: Answers[], earlier: CheckInResult[] = [], of: CheckInInstrument = instrument): CheckInResult =>
  closeInstrument(of, tallyOf(answerSets, of), earlier, { id: `r${++round}_${of.id}`, sessionId: 's', roundId: `r${round}` });

const shown = (result: CheckInResult) => {
  const view = aggregate(instrument, result);
  if (!view.shown) throw new Error('expected an aggregate');
  return view.aggregate;
};

describe('what a closed round keeps', () => {
  it('flips reverse-scored items and keeps averages only, to one decimal place as shown', () => {
    expect(scoredValue(instrument, true, 5)).toBe(1);
    expect(scoredValue(instrument, true, 2)).toBe(4);
    const kept = close(sets([5, 1], [4, 2], [5, 1], [4, 2], [5, 1]));
    expect(kept).toEqual({
      id: expect.any(String),
      sessionId: 's',
      roundId: expect.any(String),
      instrumentId: 'sample-check-in',
      belowFloor: false,
      respondents: 5,
      meanTenths: 46,
      items: [
        { itemId: 'heard', shown: true, count: 5, meanTenths: 46 },
        { itemId: 'worried', shown: true, count: 5, meanTenths: 46 },
      ],
    });
    // Nothing of who chose what: no distribution is kept anywhere in the record.
    expect(JSON.stringify(kept)).not.toMatch(/distribution|counts/);
    expect(shown(kept)).toEqual({
      instrumentId: 'sample-check-in',
      band: 'under-10',
      mean: 4.6,
      items: [
        { itemId: 'heard', shown: true, mean: 4.6 },
        { itemId: 'worried', shown: true, mean: 4.6 },
      ],
      comparedWithEarlier: false,
    });
  });

  it('keeps only the fact that a round was below the floor, and counts a set of passes as nobody', () => {
    expect(close(sets([5, 1], [4, 2], [5, 1], [4, 2]))).toEqual(expect.objectContaining({ belowFloor: true }));
    expect(Object.keys(close(sets([5, 1], [4, 2], [5, 1], [4, 2], [undefined, undefined]))).sort()).toEqual(
      ['belowFloor', 'id', 'instrumentId', 'roundId', 'sessionId'].sort(),
    );
    expect(aggregate(instrument, close(sets([5, 1])))).toEqual({ shown: false, minimum: 5 });
  });

  it('keeps no figure for an item fewer people answered, and leaves it out of the track mean', () => {
    // Five people took part; only three answered "worried".
    const kept = close(sets([5, undefined], [4, 1], [5, 1], [4, 1], [3, undefined]));
    expect(shown(kept).items).toEqual([
      { itemId: 'heard', shown: true, mean: 4.2 },
      { itemId: 'worried', shown: false, why: 'too-few' },
    ]);
    // Had "worried" (scored 5, 5, 5) been counted, the mean would have been 4.5; it is exactly the shown item's.
    expect(shown(kept).mean).toBe(4.2);
  });

  it('shows how many answered only as a band', () => {
    expect([5, 9, 10, 19, 20, 200].map(respondentBand)).toEqual(['under-10', 'under-10', '10-19', '10-19', '20-plus', '20-plus']);
  });

  it('keeps only the track average for a round a few people joined or left since an earlier one', () => {
    const first = close(sets(...Array.from({ length: 10 }, () => [4, 2] as [number, number])));
    const oneJoined = close(sets(...Array.from({ length: 10 }, () => [4, 2] as [number, number]), [1, 5]), [first]);
    expect(shown(oneJoined).items.map((item) => item.shown || item.why)).toEqual(['compared', 'compared']);
    expect(shown(oneJoined).comparedWithEarlier).toBe(true);
    expect(shown(oneJoined).mean).not.toBeNull();
    // Five joining (the floor) is a group, not a person: per-item figures come back.
    const fiveJoined = close(sets(...Array.from({ length: 15 }, () => [4, 2] as [number, number])), [first, oneJoined]);
    expect(shown(fiveJoined).comparedWithEarlier).toBe(false);
    // The same people, one of whom passed a question this time: that question is held back.
    const onePassed = close(sets(...Array.from({ length: 9 }, () => [4, 2] as [number, number]), [undefined, 2]), [first]);
    expect(shown(onePassed).items.map((item) => item.shown || item.why)).toEqual(['compared', true]);
  });

  it('keeps nothing from which fewer people than the floor could be singled out (property)', () => {
    // People with fixed answers (the worst case for differencing: those who stay answer the same),
    // and a session's rounds as subsets of them. Checked against what every round keeps.
    const person = fc.tuple(
      fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }),
      fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }),
    );
    fc.assert(
      fc.property(
        fc.array(person, { minLength: 1, maxLength: 24 }),
        fc.array(fc.array(fc.boolean(), { minLength: 24, maxLength: 24 }), { minLength: 1, maxLength: 5 }),
        fc.integer({ min: 5, max: 8 }),
        (people, memberships, floor) => {
          const strict = { ...instrument, minimumGroupSize: floor };
          const kept: CheckInResult[] = [];
          const answeredBy: number[][] = [];
          for (const members of memberships) {
            const present = people.filter((_, index) => members[index]);
            kept.push(close(sets(...present), kept, strict));
            answeredBy.push(people.flatMap((_, index) => (members[index] ? [index] : [])));
          }
          const inScale = (value: number | undefined) => value !== undefined;
          kept.forEach((result, r) => {
            const present = answeredBy[r]!.map((index) => people[index]!);
            const respondents = present.filter((pair) => pair.some(inScale)).length;
            if (respondents < floor) return expect(result.belowFloor).toBe(true);
            if (result.belowFloor) throw new Error('kept nothing above the floor');
            expect(result.respondents).toBe(respondents);
            result.items.forEach((item, i) => {
              // No figure from fewer than the floor.
              if (item.shown) expect(present.filter((pair) => inScale(pair[i])).length).toBeGreaterThanOrEqual(floor);
            });
            // No two rounds' per-item figures differ by fewer people than the floor.
            kept.slice(0, r).forEach((earlier) => {
              if (earlier.belowFloor) return;
              const bothItems = result.items.some((item) => item.shown) && earlier.items.some((item) => item.shown);
              if (bothItems && earlier.respondents !== result.respondents)
                expect(Math.abs(earlier.respondents - result.respondents)).toBeGreaterThanOrEqual(floor);
              result.items.forEach((item, i) => {
                const before = earlier.items[i]!;
                if (item.shown && before.shown && item.count !== before.count)
                  expect(Math.abs(item.count - before.count)).toBeGreaterThanOrEqual(floor);
              });
            });
          });
        },
      ),
      { numRuns: 400 },
    );
  });

  it('leaves the answers of people who joined since an earlier round unknowable: other answers give the same record (property)', () => {
    // A round of `stayers`, then the same people and fewer than the floor joiners. Swapping one joiner's
    // two answers changes what they said but not their total: everything kept must be the same, so
    // nothing kept can tell the two apart.
    const answered = fc.tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 }));
    fc.assert(
      fc.property(
        fc.array(answered, { minLength: 5, maxLength: 20 }),
        fc.array(answered, { minLength: 1, maxLength: 4 }),
        (stayers, joiners) => {
          fc.pre(joiners[0]![0] !== joiners[0]![1]);
          const swapped: [number, number][] = [[joiners[0]![1], joiners[0]![0]], ...joiners.slice(1)];
          const world = (them: [number, number][]) => {
            // Reverse-scored "worried" is flipped so the swap keeps the scored total.
            const asAnswered = (pair: [number, number]) => [pair[0], 6 - pair[1]] as [number, number];
            const first = close(sets(...stayers.map(asAnswered)));
            const second = close(sets(...stayers.map(asAnswered), ...them.map(asAnswered)), [first]);
            return [first, second].map((result) => ({ ...result, id: '', roundId: '' }));
          };
          expect(world(swapped)).toEqual(world(joiners as [number, number][]));
        },
      ),
      { numRuns: 400 },
    );
  });
});

describe('facilitator prompts', () => {
  it('raises the low pattern at or below its threshold, and not above', () => {
    expect(patternsShown(instrument, shown(close(sets([2, 4], [3, 3], [2, 4], [3, 3], [2, 4]))), null).map((p) => p.id)).toEqual(['low']);
    expect(patternsShown(instrument, shown(close(sets([5, 1], [4, 2], [5, 1], [4, 2], [5, 1]))), null)).toEqual([]);
  });

  it('raises the falling pattern against the baseline only', () => {
    const baseline = shown(close(sets([5, 1], [5, 1], [5, 1], [5, 1], [5, 1]))); // mean 5
    const now = shown(close(sets([4, 2], [4, 2], [4, 2], [4, 2], [4, 2]))); // mean 4: fell by 1, still above 3
    expect(patternsShown(instrument, now, null)).toEqual([]);
    expect(patternsShown(instrument, now, baseline).map((p) => p.id)).toEqual(['low']);
  });

  it('measures a fall as it is shown: 4.6 to 3.6 is "down 1.0", so a fall of at least 1 raises the prompt', () => {
    const baseline = shown(close(sets([5, 1], [5, 1], [5, 1], [4, 2], [4, 2]))); // 46 / 10
    const now = shown(close(sets([4, 2], [4, 2], [4, 2], [3, 3], [3, 3]))); // 36 / 10, above the low threshold of 3
    expect(patternsShown(instrument, now, baseline).map((p) => p.id)).toEqual(['low']);
  });
});
