import { describe, expect, it } from 'vitest';
import { addAnswerSet, addCountTable, emptyTally } from '../../../domain/check-ins/tally.ts';
import { checkInFrontMatterSchema } from '../../../domain/content/check-in-schema.ts';
import { validCheckIn } from '../../support/exercise-source.ts';

const instrument = checkInFrontMatterSchema.parse(validCheckIn());

describe('check-in tallies', () => {
  it('adds each submission into counts, keeping nothing that could be read back as one person', () => {
    let tally = addAnswerSet(emptyTally(), instrument, { heard: 4, worried: 2 });
    tally = addAnswerSet(tally, instrument, { heard: 4 });
    expect(tally).toEqual({ respondents: 2, counts: { heard: { '4': 2 }, worried: { '2': 1 } } });
  });

  it('adds nothing for a pass, an empty set or answers it cannot trust', () => {
    const before = addAnswerSet(emptyTally(), instrument, { heard: 3 });
    expect(addAnswerSet(before, instrument, {})).toBe(before);
    expect(addAnswerSet(before, instrument, { heard: 7, unknown: 3, worried: 2.5 })).toBe(before);
  });

  it('takes a show of cards as counts, with the largest item total as the number of people', () => {
    const tally = addCountTable(emptyTally(), instrument, {
      heard: { '1': 2, '5': 4 },
      worried: { '3': 3, '9': 10, '2': -4 },
    });
    expect(tally).toEqual({ respondents: 6, counts: { heard: { '1': 2, '5': 4 }, worried: { '3': 3 } } });
    expect(addCountTable(tally, instrument, { heard: { '2': 0 } })).toBe(tally);
  });
});
