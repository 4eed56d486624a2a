import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { checkInFrontMatterSchema, type CheckInInstrument } from '../../../domain/content/check-in-schema.ts';
import {
  createCheckInRepository,
  MixedMethodsError,
  RoundClosedError,
  type CheckInRepository,
} from '../../../renderer/src/data/check-in-repository.ts';
import { CommonGroundDatabase } from '../../../renderer/src/data/database.ts';
import { validCheckIn } from '../../support/exercise-source.ts';

const instrument: CheckInInstrument = { ...checkInFrontMatterSchema.parse(validCheckIn()), body: '' };
let db: CommonGroundDatabase;
let repository: CheckInRepository;
let ids = 0;

beforeEach(async () => {
  db = new CommonGroundDatabase('check-ins', { indexedDB: new IDBFactory(), IDBKeyRange });
  repository = createCheckInRepository(db, { now: () => 1_000 + ids, newId: () => `round-${++ids}` });
});

const open = () =>
  repository.open({ sessionId: 's', agendaItemId: null, instrumentIds: [instrument.id], purpose: 'check-in', method: 'hand-around' });

describe('check-in repository', () => {
  it('keeps one tally per round and instrument, counts every turn, and writes nothing for a pass', async () => {
    const roundId = await open();
    await repository.submitTurn(roundId, [{ instrument, answers: { heard: 4, worried: 2 } }]);
    await repository.submitTurn(roundId, []);
    await repository.submitTurn(roundId, [{ instrument, answers: {} }]);
    await repository.submitTurn(roundId, [{ instrument, answers: { heard: 5 } }]);
    expect(await db.checkInTallies.toArray()).toEqual([
      {
        id: `${roundId}_sample-check-in`,
        sessionId: 's',
        roundId,
        instrumentId: 'sample-check-in',
        respondents: 2,
        counts: { heard: { '4': 1, '5': 1 }, worried: { '2': 1 } },
      },
    ]);
    expect((await db.checkInRounds.get(roundId))?.turns).toBe(4);
  });

  it('opens one round at a time and refuses answers once it is closed', async () => {
    const roundId = await open();
    expect(await open()).toBe(roundId);
    await repository.close(roundId);
    await expect(repository.submitTurn(roundId, [{ instrument, answers: { heard: 4 } }])).rejects.toBeInstanceOf(RoundClosedError);
    await expect(repository.addCounts(roundId, instrument, { heard: { '3': 6 } })).rejects.toBeInstanceOf(RoundClosedError);
    expect(await db.checkInTallies.count()).toBe(0);
    expect(await repository.openRound('s')).toBeUndefined();
    // Rounds are numbered in the order they open, whatever the clock says.
    const second = await open();
    expect((await db.checkInRounds.get(second))?.sequence).toBe(2);
  });

  it('never mixes private answers with typed counts in one round, so counts cannot be subtracted to read a person', async () => {
    const onDevice = await open();
    await repository.submitTurn(onDevice, [{ instrument, answers: { heard: 4 } }]);
    await expect(repository.addCounts(onDevice, instrument, { heard: { '2': 4 } })).rejects.toBeInstanceOf(MixedMethodsError);
    await repository.close(onDevice);

    const byCounts = await open();
    await repository.addCounts(byCounts, instrument, { heard: { '2': 3, '4': 2 }, worried: { '1': 2 } });
    await expect(repository.submitTurn(byCounts, [{ instrument, answers: { heard: 5 } }])).rejects.toBeInstanceOf(MixedMethodsError);
    const tallies = await db.checkInTallies.orderBy('id').toArray();
    expect(tallies.map(({ roundId, respondents, counts }) => ({ roundId, respondents, counts }))).toEqual(
      [
        { roundId: onDevice, respondents: 1, counts: { heard: { '4': 1 } } },
        { roundId: byCounts, respondents: 5, counts: { heard: { '2': 3, '4': 2 }, worried: { '1': 2 } } },
      ].sort((a, b) => a.roundId.localeCompare(b.roundId)),
    );
  });
});
