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
import { blankSession } from '../../../domain/sessions/plan-from-content.ts';
import { validCheckIn } from '../../support/exercise-source.ts';

const instrument: CheckInInstrument = { ...checkInFrontMatterSchema.parse(validCheckIn()), body: '' };
const find = (id: string) => (id === instrument.id ? instrument : undefined);
let db: CommonGroundDatabase;
let repository: CheckInRepository;
let ids = 0;

beforeEach(async () => {
  db = new CommonGroundDatabase(find, `check-ins-${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  repository = createCheckInRepository(db, { now: () => 1_000 + ids, newId: () => `round-${++ids}` }, find);
  await db.sessions.add(blankSession({ id: 's', title: 'Evening', now: 1 }));
});

const open = () =>
  repository.open({ sessionId: 's', agendaItemId: null, instrumentIds: [instrument.id], purpose: 'check-in', method: 'hand-around' });

async function everythingStored() {
  return { rounds: await db.checkInRounds.toArray(), results: await db.checkInResults.toArray() };
}

describe('check-in repository', () => {
  it('holds an open round in memory only: nothing is written until it closes, and then only what may be shown', async () => {
    const roundId = await open();
    const people = [
      { heard: 4, worried: 2 },
      {},
      { heard: 5 },
      { heard: 4, worried: 1 },
      { heard: 3, worried: 2 },
      { heard: 5, worried: 2 },
    ];
    for (const answers of people) {
      await repository.submitTurn(roundId, [{ instrument, answers }], { wantsChange: answers.heard === 3 });
      expect(await everythingStored()).toEqual({ rounds: [], results: [] });
    }
    await repository.submitTurn(roundId, []); // a pass
    expect(repository.openRound('s')).toMatchObject({ id: roundId, turns: 7, hasCounts: false });

    await repository.close(roundId);
    const { rounds, results } = await everythingStored();
    expect(rounds).toEqual([expect.objectContaining({ id: roundId, turns: 7, changeRequests: 1, closedAt: expect.any(Number) })]);
    expect(results).toEqual([
      {
        id: `${roundId}_sample-check-in`,
        sessionId: 's',
        roundId,
        instrumentId: 'sample-check-in',
        belowFloor: false,
        respondents: 5,
        meanTenths: 42, // only "heard" had enough answers (4, 5, 4, 3, 5), so the track mean is its mean
        items: [
          { itemId: 'heard', shown: true, count: 5, meanTenths: 42 },
          { itemId: 'worried', shown: false, why: 'too-few' },
        ],
      },
    ]);
    expect(repository.openRound('s')).toBeUndefined();
  });

  it('keeps only the fact that a round below the floor happened', async () => {
    const roundId = await open();
    for (const answers of [{ heard: 4 }, { heard: 2 }, { heard: 5 }, { heard: 1 }])
      await repository.submitTurn(roundId, [{ instrument, answers }]);
    await repository.close(roundId);
    expect((await everythingStored()).results).toEqual([
      { id: `${roundId}_sample-check-in`, sessionId: 's', roundId, instrumentId: 'sample-check-in', belowFloor: true },
    ]);
  });

  it('opens one round at a time and refuses answers once it is closed', async () => {
    const roundId = await open();
    expect(await open()).toBe(roundId);
    await repository.close(roundId);
    await expect(repository.submitTurn(roundId, [{ instrument, answers: { heard: 4 } }])).rejects.toBeInstanceOf(RoundClosedError);
    await expect(repository.addCounts(roundId, instrument, { heard: { '3': 6 } })).rejects.toBeInstanceOf(RoundClosedError);
    expect(repository.openRound('s')).toBeUndefined();
    // Rounds are numbered in the order they open, whatever the clock says.
    const second = await open();
    expect(repository.openRound('s')?.sequence).toBe(2);
    await repository.close(second);
    expect((await db.checkInRounds.get(second))?.sequence).toBe(2);
  });

  it('never mixes private answers with typed counts in one round, so counts cannot be subtracted to read a person', async () => {
    const onDevice = await open();
    await repository.submitTurn(onDevice, [{ instrument, answers: { heard: 4 } }]);
    await expect(repository.addCounts(onDevice, instrument, { heard: { '2': 4 } })).rejects.toBeInstanceOf(MixedMethodsError);
    await repository.close(onDevice);

    const byCounts = await open();
    await repository.addCounts(byCounts, instrument, { heard: { '2': 3, '4': 2 }, worried: { '1': 2 } });
    await repository.addChangeRequests(byCounts, 2);
    await expect(repository.submitTurn(byCounts, [{ instrument, answers: { heard: 5 } }])).rejects.toBeInstanceOf(MixedMethodsError);
    expect(repository.openRound('s')).toMatchObject({ hasCounts: true, turns: 0 });
    await repository.close(byCounts);
    expect(await db.checkInResults.get(`${byCounts}_sample-check-in`)).toMatchObject({
      belowFloor: false,
      respondents: 5,
      items: [
        { itemId: 'heard', shown: true, meanTenths: 28 },
        { itemId: 'worried', shown: false, why: 'too-few' },
      ],
    });
    expect((await db.checkInRounds.get(byCounts))?.changeRequests).toBe(2);
  });

  it('tells whoever listens when a round opens, takes a turn and closes', async () => {
    const heard: (number | undefined)[] = [];
    const stop = repository.subscribe(() => heard.push(repository.openRound('s')?.turns));
    const roundId = await open();
    await repository.submitTurn(roundId, []);
    await repository.close(roundId);
    stop();
    expect(heard).toEqual([0, 1, undefined]);
  });
});

describe('a round whose session is deleted while it is open', () => {
  it('is dropped when it closes: nothing is written for a session that no longer exists', async () => {
    await db.sessions.add(blankSession({ id: 'gone', title: 'Deleted', now: 1 }));
    const roundId = await repository.open({
      sessionId: 'gone',
      agendaItemId: null,
      instrumentIds: [instrument.id],
      purpose: 'check-in',
      method: 'tally',
    });
    await db.sessions.delete('gone');
    await repository.close(roundId);
    expect(await everythingStored()).toEqual({ rounds: [], results: [] });
    expect(repository.openRound('gone')).toBeUndefined();
  });
});

describe('a round answered on phones', () => {
  const openOnPhones = () =>
    repository.open({
      sessionId: 's',
      agendaItemId: null,
      instrumentIds: [instrument.id],
      purpose: 'check-in',
      method: 'phones',
      phones: { url: 'http://192.0.2.10:5000/r/code/', address: '192.0.2.10', key: 'key-of-this-round', hotspot: null },
    });

  it('takes the counts from the host once, when it closes, and writes them under the same rules', async () => {
    let stops = 0;
    repository.attachPhoneRounds({
      stop: async (key) => {
        stops++;
        expect(key).toBe('key-of-this-round');
        return {
          // A value off the scale and an unknown item are dropped, not trusted.
          tallies: { [instrument.id]: { respondents: 6, counts: { heard: { '4': 5, '9': 2 }, nosuch: { '3': 1 } } } },
          changeRequests: 2,
          answered: 7,
        };
      },
    });
    const roundId = await openOnPhones();
    expect(repository.openRound('s')).toMatchObject({ phones: { url: 'http://192.0.2.10:5000/r/code/' }, turns: 0 });
    expect(await everythingStored()).toEqual({ rounds: [], results: [] });
    await repository.close(roundId);
    await expect(repository.close(roundId)).rejects.toThrow(RoundClosedError);
    expect(stops).toBe(1);
    const { rounds, results } = await everythingStored();
    expect(rounds).toEqual([expect.objectContaining({ id: roundId, method: 'phones', turns: 7, changeRequests: 2 })]);
    expect(results[0]).toMatchObject({ belowFloor: false });
    expect(JSON.stringify(results)).not.toContain('nosuch');
  });

  it('cannot also be answered on the device or from slips', async () => {
    repository.attachPhoneRounds({ stop: async () => null });
    const roundId = await openOnPhones();
    await expect(repository.submitTurn(roundId, [{ instrument, answers: { heard: 3 } }])).rejects.toThrow(MixedMethodsError);
    await expect(repository.addCounts(roundId, instrument, { heard: { '3': 5 } })).rejects.toThrow(MixedMethodsError);
    await expect(repository.setMethod(roundId, 'hand-around')).rejects.toThrow(MixedMethodsError);
  });

  it('is not written if it is voided while its counts are being collected', async () => {
    let release!: () => void;
    repository.attachPhoneRounds({
      stop: () => new Promise((resolve) => (release = () => resolve({ tallies: {}, changeRequests: 0, answered: 9 }))),
    });
    const roundId = await openOnPhones();
    const closing = repository.close(roundId);
    // A second close, or a void, while the first waits for the host: refused, nothing doubled.
    await expect(repository.discard(roundId)).rejects.toThrow(RoundClosedError);
    release();
    await closing;
    const { rounds } = await everythingStored();
    expect(rounds).toHaveLength(1);
  });

  it('can be voided: the host stops serving it and nothing of it is kept', async () => {
    let stops = 0;
    repository.attachPhoneRounds({
      stop: async () => {
        stops++;
        return { tallies: {}, changeRequests: 0, answered: 12 };
      },
    });
    const roundId = await openOnPhones();
    await repository.discard(roundId);
    expect(stops).toBe(1);
    expect(repository.openRound('s')).toBeUndefined();
    expect(await everythingStored()).toEqual({ rounds: [], results: [] });
  });
});
