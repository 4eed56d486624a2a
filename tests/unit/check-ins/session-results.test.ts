import { beforeAll, describe, expect, it } from 'vitest';
import { closeTalliedRounds, type LegacyTally, type TalliedRound } from '../../../domain/check-ins/legacy-check-ins.ts';
import { sessionResults as resultsOfKept, trends } from '../../../domain/check-ins/session-results.ts';
import { addAnswerSet, emptyTally, type Answers } from '../../../domain/check-ins/tally.ts';
import type { CheckInInstrument } from '../../../domain/content/check-in-schema.ts';
import { checkInResultId } from '../../../domain/sessions/session-model.ts';

type CheckInRound = TalliedRound;
type CheckInTally = LegacyTally;

/** Rounds closed in order with these counts, as the app closes them, then read as the screens read them. */
function sessionResults(rounds: CheckInRound[], tallies: CheckInTally[], findInstrument: (id: string) => CheckInInstrument | undefined) {
  const closed = closeTalliedRounds(
    rounds.filter((r) => r.closedAt !== null),
    tallies,
    findInstrument,
    0,
  );
  return resultsOfKept(closed.rounds, closed.results, findInstrument);
}
import { shippedCheckIns } from '../../support/shipped-content.ts';

// The shipped instruments' own pattern rules, checked against the rounds a
// facilitator would actually see.

let instruments: CheckInInstrument[];
const find = (id: string) => instruments.find((instrument) => instrument.id === id);

beforeAll(async () => {
  instruments = await shippedCheckIns();
});

let clock = 0;
function round(instrumentIds: string[], closed = true): CheckInRound {
  clock += 1000;
  return {
    id: `round-${clock}`,
    sessionId: 's',
    agendaItemId: null,
    instrumentIds,
    purpose: 'check-in',
    method: 'hand-around',
    turns: 0,
    sequence: clock,
    openedAt: clock,
    closedAt: closed ? clock + 500 : null,
  };
}

/** Everyone in the round gives the same answer to every item of the instrument (a pattern rule is about the mean). */
function everyone(forRound: CheckInRound, instrumentId: string, people: number, answer: number | Answers): CheckInTally {
  const instrument = find(instrumentId)!;
  const answers = typeof answer === 'number' ? Object.fromEntries(instrument.items.map((item) => [item.id, answer])) : answer;
  let tally = emptyTally();
  for (let person = 0; person < people; person++) tally = addAnswerSet(tally, instrument, answers);
  return { id: checkInResultId(forRound.id, instrumentId), sessionId: 's', roundId: forRound.id, instrumentId, ...tally };
}

function patternIds(rounds: CheckInRound[], tallies: CheckInTally[]): string[][] {
  return sessionResults(rounds, tallies, find).map((result) => result.results.flatMap((entry) => entry.patterns.map((p) => p.id)));
}

describe('respect and empowerment', () => {
  it('prompts when the mean, or any one question, is 3 or lower, and not above', () => {
    const low = round(['respect-and-empowerment']);
    const oneQuestion = round(['respect-and-empowerment']);
    const fine = round(['respect-and-empowerment']);
    expect(
      patternIds(
        [low, oneQuestion, fine],
        [
          everyone(low, 'respect-and-empowerment', 5, 3),
          everyone(oneQuestion, 'respect-and-empowerment', 5, {
            'knowledge-as-expertise': 5,
            'my-say-in-decisions': 3,
            'could-say-what-i-think': 5,
            'allies-followed-our-lead': 5,
          }),
          everyone(fine, 'respect-and-empowerment', 5, 4),
        ],
      ),
    ).toEqual([['respect-low'], ['respect-low'], []]);
  });

  it('reads each round on its own: a fall that stays above 3 prompts nothing (there is no baseline rule)', () => {
    const first = round(['respect-and-empowerment']);
    const second = round(['respect-and-empowerment']);
    expect(
      patternIds([first, second], [everyone(first, 'respect-and-empowerment', 6, 5), everyone(second, 'respect-and-empowerment', 6, 4)]),
    ).toEqual([[], []]);
  });

  it('takes the first round that could be shown as the baseline, and never one below the floor', () => {
    const tooFew = round(['respect-and-empowerment']);
    const first = round(['respect-and-empowerment']);
    const later = round(['respect-and-empowerment']);
    const results = sessionResults(
      [tooFew, first, later],
      [
        everyone(tooFew, 'respect-and-empowerment', 4, 5),
        everyone(first, 'respect-and-empowerment', 5, 4),
        everyone(later, 'respect-and-empowerment', 5, 4),
      ],
      find,
    );
    expect(results[0]!.results[0]!.result).toEqual({ shown: false, minimum: 5 });
    expect(results[2]!.results[0]!.baseline?.mean).toBe(4);
    expect(trends(results)[0]!.points.map((point) => point.mean)).toEqual([null, 4, 4]);
  });

  it('leaves open rounds out: their results stay hidden until closed', () => {
    const open = round(['respect-and-empowerment'], false);
    expect(sessionResults([open], [everyone(open, 'respect-and-empowerment', 8, 1)], find)).toEqual([]);
  });
});

describe("allies' instruments", () => {
  it('prompts on acceptance-seeking when any question scores 3 or lower, reading the reverse-scored one flipped', () => {
    const unsure = round(['ally-acceptance']);
    const imageBound = round(['ally-acceptance']);
    const settled = round(['ally-acceptance']);
    expect(
      patternIds(
        [unsure, imageBound, settled],
        [
          everyone(unsure, 'ally-acceptance', 5, { 'can-hear-no': 3, 'take-in-criticism': 4, 'preoccupied-with-image': 1 }),
          // Answering 3 to "caught up in whether people here think I'm a good person" scores 3: acceptance-seeking.
          everyone(imageBound, 'ally-acceptance', 5, { 'can-hear-no': 5, 'take-in-criticism': 5, 'preoccupied-with-image': 3 }),
          everyone(settled, 'ally-acceptance', 5, { 'can-hear-no': 4, 'take-in-criticism': 4, 'preoccupied-with-image': 2 }),
        ],
      ),
    ).toEqual([['acceptance-seeking-high'], ['acceptance-seeking-high'], []]);
  });

  it('prompts on centring when answers average 3 or more: 3 or lower once flipped, like every other threshold', () => {
    const centring = round(['ally-centring']);
    const fine = round(['ally-centring']);
    expect(patternIds([centring, fine], [everyone(centring, 'ally-centring', 5, 3), everyone(fine, 'ally-centring', 5, 2)])).toEqual([
      ['centring-high'],
      [],
    ]);
  });

  it("lists prompts across instruments most urgent first within each instrument, and carries each instrument's action", () => {
    const both = round(['respect-and-empowerment', 'ally-centring']);
    const [result] = sessionResults([both], [everyone(both, 'respect-and-empowerment', 5, 2), everyone(both, 'ally-centring', 5, 5)], find);
    const prompts = result!.results.flatMap((entry) => entry.patterns);
    expect(prompts.map((p) => p.priority)).toEqual([1, 2]);
    expect(prompts[0]!.responses.map((r) => r.action).filter(Boolean)).toEqual(['insert-caucus-time', 'allies-listen-next-item']);
  });
});

describe('the coalition instrument', () => {
  it('names which part of the coalition is strained, each question read on its own', () => {
    const harmUnspoken = round(['coalition-solidarity']);
    const sayUneven = round(['coalition-solidarity']);
    const working = round(['coalition-solidarity']);
    const answers = { 'history-respected': 5, 'could-name-harm': 5, 'working-on-shared-structures': 5, 'equal-say': 5 };
    expect(
      patternIds(
        [harmUnspoken, sayUneven, working],
        [
          everyone(harmUnspoken, 'coalition-solidarity', 5, { ...answers, 'could-name-harm': 2 }),
          everyone(sayUneven, 'coalition-solidarity', 5, { ...answers, 'equal-say': 3 }),
          everyone(working, 'coalition-solidarity', 5, 4),
        ],
      ),
    ).toEqual([['history-or-harm-unheard'], ['say-uneven'], []]);
  });

  it('shows nothing with fewer than five answers', () => {
    const few = round(['coalition-solidarity']);
    const results = sessionResults([few], [everyone(few, 'coalition-solidarity', 4, 1)], find);
    expect(results[0]!.results[0]!.result).toEqual({ shown: false, minimum: 5 });
  });
});
