import { addAnswerSet, addCountTable, emptyTally, type Answers, type CountTable, type Tally } from '../../../domain/check-ins/tally.ts';
import type { CheckInInstrument } from '../../../domain/content/check-in-schema.ts';
import {
  tallyId,
  type CheckInMethod,
  type CheckInRound,
  type CheckInTally,
  type RoundPurpose,
} from '../../../domain/sessions/session-model.ts';
import type { CommonGroundDatabase } from './database.ts';
import { MixedMethodsError, RoundClosedError } from './errors.ts';

export { MixedMethodsError, RoundClosedError };
import type { Clock } from './session-repository.ts';

export interface NewRound {
  sessionId: string;
  agendaItemId: string | null;
  instrumentIds: string[];
  purpose: RoundPurpose;
  method: CheckInMethod;
}

/** What one person submitted on the device: answers per instrument. An empty list is a pass. */
export type Turn = { instrument: CheckInInstrument; answers: Answers }[];

/**
 * Check-in rounds and their tallies. Each submission is added into the
 * round's tallies in one transaction, so no per-person record is ever
 * written, and nothing is added once the round is closed.
 */
export function createCheckInRepository(db: CommonGroundDatabase, clock: Clock) {
  async function openRoundOf(roundId: string): Promise<CheckInRound> {
    const round = await db.checkInRounds.get(roundId);
    if (!round || round.closedAt !== null) throw new RoundClosedError();
    return round;
  }

  /** Counts were entered when answers arrived without anyone taking a turn on the device. */
  async function hasCounts(round: CheckInRound): Promise<boolean> {
    return (
      round.turns === 0 &&
      (await db.checkInTallies
        .where('roundId')
        .equals(round.id)
        .filter((tally) => tally.respondents > 0)
        .count()) > 0
    );
  }

  async function addToTally(round: CheckInRound, instrument: CheckInInstrument, add: (tally: Tally) => Tally) {
    const id = tallyId(round.id, instrument.id);
    const before = (await db.checkInTallies.get(id)) ?? {
      id,
      sessionId: round.sessionId,
      roundId: round.id,
      instrumentId: instrument.id,
      ...emptyTally(),
    };
    const after = add(before);
    // Adding nothing (a pass, or answers that could not be trusted) writes nothing.
    if (after !== before) await db.checkInTallies.put({ ...before, ...after });
  }

  return {
    round: (roundId: string): Promise<CheckInRound | undefined> => db.checkInRounds.get(roundId),

    /** The round now open in a session, if any: only one is open at a time. */
    async openRound(sessionId: string): Promise<CheckInRound | undefined> {
      return (await db.checkInRounds.where('sessionId').equals(sessionId).toArray()).find((round) => round.closedAt === null);
    },

    async open(round: NewRound): Promise<string> {
      return db.transaction('rw', db.checkInRounds, async () => {
        const rounds = await db.checkInRounds.where('sessionId').equals(round.sessionId).toArray();
        const alreadyOpen = rounds.find((candidate) => candidate.closedAt === null);
        if (alreadyOpen) return alreadyOpen.id;
        const id = clock.newId();
        const sequence = Math.max(0, ...rounds.map((candidate) => candidate.sequence)) + 1;
        await db.checkInRounds.add({ ...round, id, turns: 0, sequence, openedAt: clock.now(), closedAt: null });
        return id;
      });
    },

    async setMethod(roundId: string, method: CheckInMethod): Promise<void> {
      await db.checkInRounds.update(roundId, { method });
    },

    /** One person's turn on the device: their answers, if any, go straight into the tallies. */
    async submitTurn(roundId: string, turn: Turn): Promise<void> {
      await db.transaction('rw', db.checkInRounds, db.checkInTallies, async () => {
        const round = await openRoundOf(roundId);
        if (await hasCounts(round)) throw new MixedMethodsError('counts');
        for (const { instrument, answers } of turn) {
          if (round.instrumentIds.includes(instrument.id))
            await addToTally(round, instrument, (tally) => addAnswerSet(tally, instrument, answers));
        }
        await db.checkInRounds.update(roundId, { turns: round.turns + 1 });
      });
    },

    /** Counts from a show of cards or paper slips. */
    async addCounts(roundId: string, instrument: CheckInInstrument, table: CountTable): Promise<void> {
      await db.transaction('rw', db.checkInRounds, db.checkInTallies, async () => {
        const round = await openRoundOf(roundId);
        if (round.turns > 0) throw new MixedMethodsError('device');
        await addToTally(round, instrument, (tally) => addCountTable(tally, instrument, table));
      });
    },

    async close(roundId: string): Promise<void> {
      await db.checkInRounds.update(roundId, { closedAt: clock.now() });
    },

    /** Closes the round opened for an agenda item, if it is still open: the group has moved on. */
    async closeRoundOf(sessionId: string, agendaItemId: string): Promise<void> {
      await db.checkInRounds
        .where('sessionId')
        .equals(sessionId)
        .filter((round) => round.closedAt === null && round.agendaItemId === agendaItemId)
        .modify({ closedAt: clock.now() });
    },

    async roundsOf(sessionId: string): Promise<{ rounds: CheckInRound[]; tallies: CheckInTally[] }> {
      return {
        rounds: await db.checkInRounds.where('sessionId').equals(sessionId).toArray(),
        tallies: await db.checkInTallies.where('sessionId').equals(sessionId).toArray(),
      };
    },
  };
}

export type CheckInRepository = ReturnType<typeof createCheckInRepository>;
